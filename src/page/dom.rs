//! The few DOM calls the components share, and the two that attach the app to the markup the
//! page was written with (present/shell.rs `page_html`): a listener, and markup kept up to date.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Moves focus to a field, opening the "Avanceret" section it may sit in. The URL fragment is
/// left alone: it is reserved for sharing a situation.
pub(crate) fn focus_field(id: &str) {
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

/// Listens to `kind` events on an element of the page. The page lives as long as the
/// document, so the listener does too.
pub(crate) fn listen<E: JsCast + 'static>(
    element: &web_sys::Element,
    kind: &str,
    mut handler: impl FnMut(E) + 'static,
) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        handler(ev.unchecked_into())
    });
    element
        .add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref())
        .ok();
    closure.forget();
}

/// Keeps the markup inside `element` to `html(key)`, redrawn whenever `key()` changes. The
/// page was written with the markup for `drawn`: a different key is drawn at once, before
/// anything else happens, and the same key is left alone.
pub(crate) fn redraw_on<K: PartialEq + 'static>(
    element: web_sys::Element,
    drawn: K,
    key: impl Fn() -> K + 'static,
    html: impl Fn(&K) -> String + 'static,
) {
    let now = untrack(&key);
    if now != drawn {
        element.set_inner_html(&untrack(|| html(&now)));
    }
    Effect::new(move |last: Option<K>| {
        let key = key();
        if last.as_ref().unwrap_or(&now) != &key {
            element.set_inner_html(&untrack(|| html(&key)));
        }
        key
    });
}

/// The first element inside `parent` that matches `selector`, which the page written at build
/// time (present/shell.rs) or the app's own markup holds.
pub(crate) fn part(parent: &web_sys::Element, selector: &str) -> web_sys::Element {
    parent
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("the page has no {selector}"))
}

/// The element `id`, which the page written at build time holds (present/shell.rs).
pub(crate) fn by_id(id: &str) -> web_sys::Element {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("the page has no #{id}"))
}
