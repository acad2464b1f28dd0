//! The law as pure functions: a situation in, an assessment out. No Leptos, no web-sys.

pub mod assessment;
pub mod situation;

pub use assessment::*;
pub use situation::*;
