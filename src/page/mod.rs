//! The page in the browser: Leptos wiring only. It keeps the state, listens to the person and
//! puts `present`'s markup on screen; no rule and no words are made here.

mod app;
mod dom;
mod form;
mod persist;
mod results;
mod state;
mod tools;

pub use app::{mount, start};
