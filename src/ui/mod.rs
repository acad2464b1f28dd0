//! The page. `form_state` and `i18n` are plain Rust (tested natively); the Leptos components
//! are built for the browser only and hold no rule logic: they render an `Assessment`.

pub mod answers;
pub mod form_html;
pub mod form_state;
pub mod fragment;
pub mod html;
pub mod i18n;
pub mod results_text;
pub mod shell;
pub mod summary;
pub mod texts_consult;
pub mod timeline;
pub mod what_if;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod fields;
#[cfg(target_arch = "wasm32")]
mod form;
#[cfg(target_arch = "wasm32")]
mod persist;
#[cfg(target_arch = "wasm32")]
mod results;
#[cfg(target_arch = "wasm32")]
mod tools;

#[cfg(target_arch = "wasm32")]
pub use app::{mount, App};
