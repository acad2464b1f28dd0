//! Shared by the component tests (tests/web.rs, tests/web_consultation.rs): write the page as
//! the build writes it into index.html, start the app on it, and fill fields the way a browser
//! does (value + bubbling input/change events, which the app listens for on the form and Leptos
//! by delegation). Each test file uses a subset of these helpers.
#![allow(dead_code)]

use forloebsberegneren::page::start;
use forloebsberegneren::present::shell::page_html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// The page before the WebAssembly in a fresh container, with the app started on it; the app
/// is stopped and the page removed when dropped.
pub struct Page {
    _app: leptos::prelude::Owner,
    container: HtmlElement,
}

impl Drop for Page {
    fn drop(&mut self) {
        self.container.remove();
    }
}

pub async fn page() -> Page {
    // A failed test aborts without dropping its page: remove what it left behind.
    while let Some(old) = document().query_selector(".test-page").unwrap() {
        old.remove();
    }
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    container.set_class_name("test-page");
    document().body().unwrap().append_child(&container).unwrap();
    container.set_inner_html(&page_html());
    let app = start(Vec::new(), None);
    tick().await;
    Page {
        _app: app,
        container,
    }
}

pub async fn tick() {
    leptos::task::tick().await;
    // Effects (saving, clearing the fragment) run after the first tick.
    leptos::task::tick().await;
}

pub fn el(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

/// True if the element exists and is not hidden: a field's error message is hidden, not
/// removed, while the field has no problem on show.
pub fn shown(id: &str) -> bool {
    el(id).is_some_and(|e| !e.has_attribute("hidden"))
}

pub fn text(selector: &str) -> String {
    document()
        .query_selector(selector)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_else(|| panic!("no element {selector}"))
}

pub fn texts(selector: &str) -> Vec<String> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

pub fn attr(selector: &str, name: &str) -> Option<String> {
    document()
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.get_attribute(name))
}

pub fn value(id: &str) -> String {
    el(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into::<HtmlInputElement>()
        .value()
}

pub fn checked(id: &str) -> bool {
    el(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into::<HtmlInputElement>()
        .checked()
}

pub fn fire(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

/// Types a value and leaves the field, as a user does.
pub async fn type_into(id: &str, value: &str) {
    let input: HtmlInputElement = el(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into();
    input.set_value(value);
    fire(&input, "input");
    fire(&input, "change");
    tick().await;
}

pub async fn choose(id: &str, value: &str) {
    let select: HtmlSelectElement = el(id).unwrap().unchecked_into();
    select.set_value(value);
    fire(&select, "change");
    tick().await;
}

pub async fn click(id: &str) {
    el(id)
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into::<HtmlElement>()
        .click();
    tick().await;
}

/// Waits for the next frame (what the page waits for before it moves focus to a new element).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    tick().await;
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
