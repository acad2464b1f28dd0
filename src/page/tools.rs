//! "Gem, del og udskriv": the consultation tools under the answer — what-if, print summary,
//! share link, save on this device. Thin: the work is in `form::codec`, `persist` and
//! `present::what_if`.

use crate::form::codec;
use crate::form::FormState;
use crate::page::persist::{delete_all, set_saving, status_text};
use crate::page::state::use_consult;
use crate::page::state::use_ctx;
use crate::present::markup::esc;
use crate::present::what_if;
use crate::text::ConsultTexts;
use crate::text::Lang;
use leptos::prelude::*;

/// The page's address with the situation in the fragment (and `?lang=en` for English).
fn share_url(form: &FormState, lang: Lang) -> String {
    let location = window().location();
    format!(
        "{}{}{}#{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        if lang == Lang::En { "?lang=en" } else { "" },
        codec::encode(form)
    )
}

/// `navigator.clipboard.writeText`, looked up at run time: it is missing outside a secure
/// context and may be refused; false then, and the link is shown for copying by hand.
async fn copy_to_clipboard(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let get = |target: &wasm_bindgen::JsValue, name: &str| {
        js_sys::Reflect::get(target, &name.into())
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let Some(clipboard) = get(&window().into(), "navigator").and_then(|n| get(&n, "clipboard"))
    else {
        return false;
    };
    let promise = get(&clipboard, "writeText")
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&clipboard, &text.into()).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match promise {
        Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
        None => false,
    }
}

#[component]
pub(crate) fn Tools() -> impl IntoView {
    let ctx = use_ctx();
    let consult = use_consult();
    // The link on show and whether it reached the clipboard; gone once the form changes.
    let link = RwSignal::new(None::<(String, bool)>);
    Effect::new(move |first: Option<()>| {
        ctx.form.track();
        if first.is_some() {
            link.set(None);
        }
    });
    let share = move |_| {
        let url = ctx
            .form
            .with_untracked(|f| share_url(f, ctx.lang.get_untracked()));
        link.set(Some((url.clone(), false)));
        leptos::task::spawn_local(async move {
            let copied = copy_to_clipboard(&url).await;
            link.update(|l| {
                if let Some((shown, ok)) = l {
                    *ok = copied && *shown == url;
                }
            });
            if !copied {
                if let Some(input) = document().get_element_by_id("share-link-url") {
                    use wasm_bindgen::JsCast;
                    if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                        input.focus().ok();
                        input.select();
                    }
                }
            }
        });
    };

    // Outside the body, so a language switch leaves the comparison open.
    let what_if_open = RwSignal::new(false);
    // Rebuilt only when the language changes: plain texts, no closure per text (smaller wasm).
    let body = move || {
        let c = ctx.lang.get().c();
        view! {
            <h3 id="tools-heading">{c.tools_heading}</h3>
            <WhatIfPanel open=what_if_open/>

            <div class="tool">
                <button
                    type="button"
                    id="print-summary-button"
                    class="button button-secondary"
                    aria-describedby="print-hint"
                    on:click=|_| {
                        window().print().ok();
                    }
                >
                    {c.print_button}
                </button>
                <p class="form-hint" id="print-hint">{c.print_hint}</p>
            </div>

            <div class="tool">
                <button
                    type="button"
                    id="copy-link"
                    class="button button-secondary"
                    aria-describedby="copy-link-note"
                    on:click=share
                >
                    {c.share_button}
                </button>
                <p class="form-hint" id="copy-link-note">{c.share_note}</p>
                // One status node that stays, so a screen reader announces its new text.
                <p class="share-status" id="share-status" role="status">
                    {move || link.with(|l| l.as_ref().map(|(_, copied)| if *copied { c.share_copied } else { c.share_manual }))}
                </p>
                <div class="share-link" inner_html=move || link_html(c, link.get())></div>
            </div>

            <div class="tool">
                <div class="form-group-checkbox">
                    <input
                        class="form-checkbox"
                        type="checkbox"
                        id="save-on-device"
                        aria-describedby="save-on-device-hint"
                        prop:checked=consult.saving
                        on:change=move |ev| {
                            set_saving(ctx, consult, event_target_checked(&ev));
                            // When saving failed the signal did not change: reset the box.
                            use wasm_bindgen::JsCast;
                            if let Some(input) = ev
                                .target()
                                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                            {
                                input.set_checked(consult.saving.get_untracked());
                            }
                        }
                    />
                    <label for="save-on-device" class="form-label">{c.save_label}</label>
                    <span class="form-hint" id="save-on-device-hint">{c.save_hint}</span>
                </div>
                <button
                    type="button"
                    id="delete-my-data"
                    class="button button-tertiary"
                    on:click=move |_| delete_all(ctx, consult)
                >
                    {c.delete_button}
                </button>
                <p class="save-status" id="save-status" role="status">
                    {move || consult.status.get().map(|n| status_text(ctx.lang.get(), n))}
                </p>
            </div>
        }
    };
    view! { <section class="tools" aria-labelledby="tools-heading">{body}</section> }
}

/// The link field after "Kopiér link", selectable for copying by hand.
fn link_html(c: &ConsultTexts, link: Option<(String, bool)>) -> String {
    let Some((url, _)) = link else {
        return String::new();
    };
    format!(
        "<label class=\"form-label\" for=\"share-link-url\">{}</label>\
         <input class=\"form-input\" type=\"text\" id=\"share-link-url\" readonly spellcheck=\"false\" value=\"{}\">",
        esc(c.share_field),
        esc(&url)
    )
}

/// One button; the comparison tables appear under it and follow the form. `open` is the
/// caller's, so it outlives a rebuild of the tools for another language.
#[component]
pub(crate) fn WhatIfPanel(open: RwSignal<bool>) -> impl IntoView {
    let ctx = use_ctx();
    let consult = use_consult();
    let tables = move || {
        let lang = ctx.lang.get();
        consult
            .current
            .with(|cur| {
                cur.as_ref()
                    .map(|(s, _)| what_if::render(lang.texts(), &what_if::what_if(s)))
            })
            .unwrap_or_default()
    };
    view! {
        <div class="tool what-if">
            <button
                type="button"
                id="what-if-button"
                class="button button-secondary"
                aria-expanded=move || open.get().to_string()
                aria-controls="what-if-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { ctx.lang.get().c().wi_hide } else { ctx.lang.get().c().wi_button }}
            </button>
            <div id="what-if-panel" hidden=move || !open.get() inner_html=move || if open.get() { tables() } else { String::new() }></div>
        </div>
    }
}
