//! The few DOM calls the components share.

use leptos::prelude::*;

/// Moves focus to a field, opening the "Avanceret" section it may sit in. The URL fragment is
/// left alone: it is reserved for sharing a situation.
pub(crate) fn focus_field(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    if let Ok(Some(details)) = element.closest("details") {
        details.set_attribute("open", "").ok();
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        element.focus().ok();
    }
}
