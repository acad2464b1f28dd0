//! The page frame: the state, the start (attaching to the page written at build time), the
//! header, lead and footer with the language switcher (markup: present/shell.rs) and the error
//! summary. (If anything panics, public/boot.js shows the crash view.)

use crate::form::{evaluate, FormState, Problem};
use crate::page::dom::{by_id, focus_field, listen, part, redraw_on};
use crate::page::form::attach_form;
use crate::page::results::{attach_answer_summary, attach_print_summary, attach_results, on_show};
use crate::page::state::{today, Ctx};
use crate::present::form_markup::{controls, error_items_html, error_summary_html, SHOW_ALL};
use crate::present::shell::{footer_html, header_html, lead_html, PAGE_ID};
use crate::text::Lang;
use leptos::prelude::*;

/// `?lang=en` (or `en-GB`) opens the English page, so a counsellor can hand over a link.
fn initial_lang() -> Lang {
    let search = window().location().search().unwrap_or_default();
    let lang = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get("lang"));
    match lang.as_deref() {
        Some(l) if l.starts_with("en") => Lang::En,
        _ => Lang::Da,
    }
}

/// Starts the page: takes what the person typed into the page written at build time
/// (present::shell `page_html`) and attaches the app to that page. A page served without it
/// (the prerender step skipped) gets it written first.
pub fn mount() {
    // A panic stops the module (the release build aborts at once, without formatting a message);
    // public/boot.js then shows the crash view. Development builds say why in the console.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let Some(body) = document().body() else {
        return;
    };
    if document().get_element_by_id(PAGE_ID).is_none() {
        body.insert_adjacent_html("afterbegin", &crate::present::shell::page_html())
            .ok();
    }
    let typed = typed_before_start();
    let focus = document()
        .active_element()
        .filter(|e| !e.id().is_empty())
        .map(|e| {
            use wasm_bindgen::JsCast;
            let caret = e
                .dyn_ref::<web_sys::HtmlInputElement>()
                .and_then(|i| i.selection_start().ok().flatten());
            (e.id(), caret)
        });
    // A part redrawn at the start (another language) can move the window: put it back.
    let scrolled = (
        window().scroll_x().unwrap_or(0.0),
        window().scroll_y().unwrap_or(0.0),
    );
    let focused = focus.as_ref().map(|(id, _)| id.clone());
    // The app lives as long as the page.
    std::mem::forget(start(typed, focused));
    // The field the person is in was redrawn (another language): give the focus back.
    if let Some((id, caret)) = focus {
        if document().active_element().map(|e| e.id()).as_deref() != Some(id.as_str()) {
            focus_field(&id);
            if let (Some(caret), Some(input)) = (caret, document().get_element_by_id(&id)) {
                use wasm_bindgen::JsCast;
                if let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() {
                    input.set_selection_range(caret, caret).ok();
                }
            }
        }
    }
    window().scroll_to_with_x_and_y(scrolled.0, scrolled.1);
}

/// A field the person changed in the page before the WebAssembly started, and its value.
#[derive(Clone)]
pub enum Typed {
    Flag(String, bool),
    Text(String, String),
}

/// What the person typed, ticked or chose in the page before the WebAssembly started.
fn typed_before_start() -> Vec<Typed> {
    use wasm_bindgen::JsCast;
    let form = FormState::default();
    let mut typed = Vec::new();
    for id in controls().chain([&SHOW_ALL]).filter_map(|f| f.control_id()) {
        // public/boot.js marks the fields the person changed; a value the browser restored
        // on a reload is not theirs to keep over a saved situation or a link.
        let Some(el) = document()
            .get_element_by_id(id)
            .filter(|e| e.has_attribute("data-typed"))
        else {
            continue;
        };
        if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if form.flag(id).is_some() {
                typed.push(Typed::Flag(id.to_string(), input.checked()));
            } else if form.text(id).is_some() {
                typed.push(Typed::Text(id.to_string(), input.value()));
            }
        } else if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
            typed.push(Typed::Text(id.to_string(), select.value()));
        }
    }
    typed
}

/// Attaches the app to the page written at build time (present::shell `page_html`), whose
/// nodes it keeps, so the browser neither builds nor lays out the page a second time; it adds
/// the parts that only the app shows, as markup too. `typed`: the fields the person changed
/// before the WebAssembly started (`mount`), put over a share link's situation, the one saved
/// on this device, or the defaults. `focused`: the field they are still in (not yet finished
/// with, so its problem waits). The app lives as long as the returned owner of its signals and
/// effects.
pub fn start(typed: Vec<Typed>, focused: Option<String>) -> Owner {
    // An error says it runs already (a second start, in the component tests).
    any_spawner::Executor::init_wasm_bindgen().ok();
    let app = Owner::new();
    app.with(move || {
        let ctx = state(typed, focused);
        let shown = on_show(ctx);
        Effect::new(move |_| {
            let t = ctx.t();
            let document = document();
            // Only a change: setting `lang`, even to the value it has, makes the browser work
            // out the style of every element on the page again, before the answer is painted.
            if let Some(html) = document
                .document_element()
                .filter(|html| html.get_attribute("lang").as_deref() != Some(t.code))
            {
                html.set_attribute("lang", t.code).ok();
            }
            // Screen readers hear the page title first; say that something needs fixing.
            let problems = if ctx.shown_errors.with(Vec::is_empty) {
                ""
            } else {
                t.error_prefix
            };
            document.set_title(&format!("{problems}{}", t.title));
        });
        let page = by_id(PAGE_ID);
        // The header's and footer's language links: switch without a reload.
        for (bar, html) in [
            (part(&page, ".page-top"), header_html as fn(Lang) -> String),
            (part(&page, ".page-bottom"), footer_html),
        ] {
            listen(&bar, "click", move |ev: web_sys::MouseEvent| {
                switch_language(ctx, ev)
            });
            redraw_on(
                bar,
                Lang::Da,
                move || ctx.lang.get(),
                move |lang| html(*lang),
            );
        }
        redraw_on(
            part(&page, ".lead"),
            Lang::Da,
            move || ctx.lang.get(),
            |lang| lead_html(lang.texts()),
        );
        attach_error_summary(ctx);
        crate::page::persist::attach_notices(ctx);
        attach_form(ctx);
        attach_answer_summary(ctx, shown, &part(&page, ".layout-form"));
        attach_results(ctx, shown);
        attach_print_summary(ctx, &by_id("main"));
    });
    // Started: the message for a WebAssembly that cannot start no longer applies.
    if let Some(loading) = document().get_element_by_id("loading") {
        loading.remove();
    }
    // The app has taken over the page (for tests and the benchmark).
    by_id(PAGE_ID).set_attribute("data-started", "").ok();
    app
}

/// The state, from a share link, the copy saved on this device or the defaults, with what was
/// typed before the start over it; every part of the page is given it.
fn state(typed: Vec<Typed>, focused: Option<String>) -> Ctx {
    let lang = RwSignal::new(initial_lang());
    let restored = crate::page::persist::restore();
    let mut initial = restored.form.clone();
    let mut filled = restored.touched();
    for change in typed {
        let id = match change {
            Typed::Flag(id, on) => {
                if let Some(slot) = initial.flag_mut(&id) {
                    *slot = on;
                }
                id
            }
            Typed::Text(id, value) => {
                if let Some(slot) = initial.text_mut(&id) {
                    *slot = value;
                }
                id
            }
        };
        if focused.as_deref() != Some(id.as_str()) {
            filled.insert(id);
        }
    }
    initial.show_all_fields |= initial.holds_hidden_values();
    let form = RwSignal::new(initial);
    let touched = RwSignal::new(filled);
    let editing = RwSignal::new(None::<String>);
    let today = today();
    let evaluation = Memo::new(move |_| form.with(|f| evaluate(f, today)));
    let shown_errors = Memo::new(move |_| {
        let editing = editing.get();
        touched.with(|touched| {
            evaluation.with(|e| {
                e.errors
                    .iter()
                    .filter(|e| editing.as_deref() != Some(e.id.as_str()))
                    .filter(|e| {
                        matches!(e.problem, Problem::Rule { .. }) || touched.contains(&e.id)
                    })
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let ctx = Ctx {
        lang,
        form,
        touched,
        editing,
        evaluation,
        shown_errors,
    };
    crate::page::persist::provide(ctx, &restored);
    ctx
}

/// A click on a language link (markup: present/shell.rs) switches the page's language.
fn switch_language(ctx: Ctx, ev: web_sys::MouseEvent) {
    let target = event_target::<web_sys::Element>(&ev);
    let Ok(Some(link)) = target.closest("a[data-lang]") else {
        return;
    };
    ev.prevent_default();
    ctx.lang
        .set(match link.get_attribute("data-lang").as_deref() {
            Some("en") => Lang::En,
            _ => Lang::Da,
        });
}

/// The DKFDS error summary (markup: present/form_markup.rs) in the page's polite region, so a
/// new problem is announced once the user has left the field; its links move the focus to the
/// field (the fragment is reserved for a shared situation).
fn attach_error_summary(ctx: Ctx) {
    let region = by_id("error-summary-region");
    listen(&region, "click", |ev: web_sys::MouseEvent| {
        let target = event_target::<web_sys::Element>(&ev);
        let Ok(Some(link)) = target.closest("a[href^='#']") else {
            return;
        };
        ev.prevent_default();
        if let Some(href) = link.get_attribute("href") {
            focus_field(&href[1..]);
        }
    });
    // Only the lines are redrawn while the summary stays (same language, still problems).
    Effect::new(move |drawn: Option<(Lang, bool)>| {
        let (lang, t) = (ctx.lang.get(), ctx.t());
        ctx.shown_errors.with(|errors| {
            let summary = (lang, errors.is_empty());
            let lines = region.query_selector("ul").ok().flatten();
            match lines {
                Some(lines) if drawn == Some(summary) => {
                    lines.set_inner_html(&error_items_html(t, errors))
                }
                _ => region.set_inner_html(&error_summary_html(t, errors)),
            }
            summary
        })
    });
}
