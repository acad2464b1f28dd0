//! Forløbsberegneren, in layers whose imports run one way:
//! `rules` (the law) ← `form` (the raw form, its parsing and link format) ← `text` (the words,
//! one catalogue per language) ← `present` (words and markup) ← `page` (Leptos, browser only).
//! `case_format` is the command line's adapter; `present::kilder` writes the sources pages.

pub mod case_format;
pub mod form;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod present;
pub mod rules;
pub mod text;
