//! "Gem, del og udskriv": the consultation tools under the answer — what-if, print summary,
//! share link, save on this device. Thin: the work is in `form::codec`, `persist` and
//! `present::what_if`; the markup is present/tools.rs.

use crate::form::codec;
use crate::form::FormState;
use crate::page::dom::{by_id, listen, part};
use crate::page::persist::{delete_all, set_saving, status_text};
use crate::page::state::{use_consult, Ctx};
use crate::present::tools::{link_html, tools_html};
use crate::present::what_if;
use crate::text::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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

/// Wires the tools' section (markup: present/tools.rs), drawn again only when the language
/// changes, so the button just used keeps the focus; what changes is put into its places.
pub(crate) fn attach_tools(ctx: Ctx, section: web_sys::Element) {
    let consult = use_consult();
    // The link on show and whether it reached the clipboard; gone once the form changes.
    let link = RwSignal::new(None::<(String, bool)>);
    Effect::new(move |first: Option<()>| {
        ctx.form.track();
        if first.is_some() {
            link.set(None);
        }
    });
    let what_if_open = RwSignal::new(false);
    let tables = Memo::new(move |_| {
        if !what_if_open.get() {
            return String::new();
        }
        let lang = ctx.lang.get();
        consult
            .current
            .with(|cur| {
                cur.as_ref()
                    .map(|(s, _)| what_if::render(lang.texts(), &what_if::what_if(s)))
            })
            .unwrap_or_default()
    });

    listen(&section, "click", move |ev: web_sys::MouseEvent| {
        let target = event_target::<web_sys::Element>(&ev);
        let Ok(Some(button)) = target.closest("button") else {
            return;
        };
        match button.id().as_str() {
            "what-if-button" => what_if_open.update(|o| *o = !*o),
            "print-summary-button" => {
                window().print().ok();
            }
            "copy-link" => share(ctx, link),
            "delete-my-data" => delete_all(ctx, consult),
            _ => {}
        }
    });
    listen(&section, "change", move |ev: web_sys::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if input.id() == "save-on-device" {
            set_saving(ctx, consult, input.checked());
            // When saving failed the signal did not change: reset the box.
            input.set_checked(consult.saving.get_untracked());
        }
    });

    // One effect, so the places are filled only after the section is drawn in its language.
    Effect::new(move |last: Option<(Lang, String)>| {
        let lang = ctx.lang.get();
        let c = lang.c();
        let redrawn = last.as_ref().map(|(l, _)| *l) != Some(lang);
        if redrawn {
            section.set_inner_html(&tools_html(c));
        }
        let open = what_if_open.get();
        let button = by_id("what-if-button");
        set_text(&button, if open { c.wi_hide } else { c.wi_button });
        button
            .set_attribute("aria-expanded", if open { "true" } else { "false" })
            .ok();
        let panel = by_id("what-if-panel");
        panel.toggle_attribute_with_force("hidden", !open).ok();
        let tables = tables.get();
        if redrawn || last.is_some_and(|(_, drawn)| drawn != tables) {
            panel.set_inner_html(&tables);
        }
        link.with(|l| {
            let status = l.as_ref().map(|(_, copied)| match copied {
                true => c.share_copied,
                false => c.share_manual,
            });
            set_text(&by_id("share-status"), status.unwrap_or_default());
            let field = part(&section, ".share-link");
            match l {
                Some((url, _)) if !shows_link(&field, url) => {
                    field.set_inner_html(&link_html(c, url))
                }
                Some(_) => {}
                None => field.set_inner_html(""),
            }
        });
        by_id("save-on-device")
            .unchecked_into::<web_sys::HtmlInputElement>()
            .set_checked(consult.saving.get());
        let saved = consult.status.get().map(|n| status_text(lang, n));
        set_text(&by_id("save-status"), saved.unwrap_or_default());
        (lang, tables)
    });
}

/// "Kopiér link": the link on show at once, then on the clipboard if the browser allows it;
/// otherwise the field with the link is selected for copying by hand.
fn share(ctx: Ctx, link: RwSignal<Option<(String, bool)>>) {
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
                if let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() {
                    input.focus().ok();
                    input.select();
                }
            }
        }
    });
}

/// True if the link field already shows `url`: drawn again, it would lose its focus and selection.
fn shows_link(field: &web_sys::Element, url: &str) -> bool {
    field
        .query_selector("input")
        .ok()
        .flatten()
        .is_some_and(|input| input.unchecked_into::<web_sys::HtmlInputElement>().value() == url)
}

/// A status line's text, set only when it changes, so a screen reader does not hear it again.
fn set_text(element: &web_sys::Element, text: &str) {
    if element.text_content().as_deref().unwrap_or_default() != text {
        element.set_text_content(Some(text));
    }
}
