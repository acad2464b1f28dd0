//! What the person sees, as words and markup: the answers, the form's fields, the page around
//! them, the timeline, the consultation tools, what-if and the print summary. Plain functions from the form and the
//! assessment to HTML strings (no Leptos, no DOM), tested natively; `page` puts them on screen
//! and `src/bin/prerender.rs` writes the empty page at build time.

pub mod answers;
pub mod form_markup;
pub mod headlines;
pub mod kilder;
pub mod markup;
pub mod shell;
pub mod summary;
pub mod timeline;
pub mod tools;
pub mod what_if;
