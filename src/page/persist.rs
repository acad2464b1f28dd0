//! Where a situation comes from when the page opens, and where it is kept: a share link's URL
//! fragment (`#v1;…`), or localStorage when the user has turned on "save on this device".
//! Both hold `codec::encode` of the raw form, so a restored page shows exactly what the
//! user typed; `codec::opening` decides what the page opens with. Anything unreadable — a
//! newer version, corrupted data, a cut or edited link — is not used and is said at the top.
//! The stored copy is never removed or replaced without the person's word: an unreadable one
//! stays until they delete it or save, and a link opened while something is saved is shown
//! without being saved. Storage that is blocked or full is said when saving fails. Nothing
//! here can panic: every browser call that can throw is checked.
//!
//! localStorage is reached through `web_sys` rather than gloo-storage: gloo's `raw()` throws
//! when the browser blocks storage, and its `get`/`set` would add serde_json to the page.

use crate::form::codec::{self, Notice};
use crate::form::{parse, FormState, Touched};
use crate::page::state::{use_consult, Consult, Ctx, SaveStatus};
use crate::present::form_markup::field_label;
use crate::present::markup::{icon_html, IconKind};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The localStorage key. The value carries its own version (`v1;…`).
pub const KEY: &str = "forloebsberegneren";

pub(crate) struct Restored {
    pub form: FormState,
    notices: Vec<Notice>,
    saving: bool,
}

impl Restored {
    /// Restored fields count as visited: their problems show at once.
    pub fn touched(&self) -> Touched {
        filled(&self.form)
    }
}

fn filled(form: &FormState) -> Touched {
    codec::filled_ids(form).into_iter().collect()
}

/// A notice about the stored copy (rather than the link).
fn about_stored(n: &Notice) -> bool {
    matches!(
        n,
        Notice::StoredUnreadable { .. }
            | Notice::StoredKept
            | Notice::Skipped {
                from_link: false,
                ..
            }
    )
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

fn stored() -> Option<String> {
    storage().and_then(|s| s.get_item(KEY).ok().flatten())
}

fn replace_url(url: &str) {
    if let Ok(history) = window().history() {
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url))
            .ok();
    }
}

/// Puts the language in the address (`?lang=en`; nothing for Danish) so a reload keeps it;
/// the fragment stays.
fn set_lang_in_url(lang: crate::text::Lang) {
    let location = window().location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
    else {
        return;
    };
    match lang {
        crate::text::Lang::En => params.set("lang", "en"),
        crate::text::Lang::Da => params.delete("lang"),
    }
    let query = String::from(params.to_string());
    replace_url(&format!(
        "{}{}{query}{}",
        location.pathname().unwrap_or_default(),
        if query.is_empty() { "" } else { "?" },
        location.hash().unwrap_or_default()
    ));
}

/// Removes the fragment from the address bar (and so from a reload) without a navigation.
pub(crate) fn clear_hash() {
    let location = window().location();
    replace_url(&format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    ));
}

/// Writes the form to localStorage; false if the browser refuses (blocked, full).
pub(crate) fn save(form: &FormState) -> bool {
    storage().is_some_and(|s| s.set_item(KEY, &codec::encode(form)).is_ok())
}

pub(crate) fn remove() {
    if let Some(s) = storage() {
        s.remove_item(KEY).ok();
    }
}

/// The form the page opens with: a link's situation first, then a saved one, then defaults.
pub(crate) fn restore() -> Restored {
    let opening = codec::opening(stored().as_deref(), &hash());
    if opening.clear_hash {
        clear_hash();
    }
    Restored {
        form: opening.form,
        notices: opening.notices,
        saving: opening.saving,
    }
}

/// Provides `Consult` and keeps the stored copy and the address bar in step with the form.
pub(crate) fn provide(ctx: Ctx, restored: &Restored) -> Consult {
    let saving = RwSignal::new(restored.saving);
    let status = RwSignal::new(None);
    let current = Memo::new(move |_| {
        ctx.evaluation.with(|e| e.assessment.clone()).and_then(|a| {
            // The form already passed `evaluate` with today's date; parse only rebuilds it.
            ctx.form
                .with(|f| parse(f, NaiveDate::MAX).ok())
                .map(|s| (s, a))
        })
    });
    let consult = Consult {
        saving,
        notices: RwSignal::new(restored.notices.clone()),
        status,
        current,
    };
    provide_context(consult);

    Effect::new(move |first: Option<()>| {
        let on = saving.get();
        // Not on the first run: the form is the stored copy then, and writing it back would
        // drop a field that could not be read.
        ctx.form.with(|f| {
            if on && first.is_some() && !save(f) {
                saving.set(false);
                status.set(Some(SaveStatus::Blocked));
            }
        });
        // After the first change, the link's fragment no longer describes the page.
        if first.is_some() && codec::is_situation(&hash()) {
            clear_hash();
        }
    });

    Effect::new(move |first: Option<()>| {
        let lang = ctx.lang.get();
        if first.is_some() {
            set_lang_in_url(lang);
        }
    });

    // A link pasted into the address bar of an open page changes only the fragment.
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = hash();
        if !codec::is_situation(&hash) {
            return;
        }
        let mut notices: Vec<Notice> = consult
            .notices
            .with_untracked(|n| n.iter().filter(|n| about_stored(n)).cloned().collect());
        match codec::decode(&hash) {
            Ok(linked) => {
                // Stop saving before the form changes: the link's situation is not saved.
                if saving.get_untracked() {
                    saving.set(false);
                    notices.retain(|n| !about_stored(n));
                    notices.push(Notice::StoredKept);
                }
                let mut first = vec![Notice::FromLink];
                if !linked.skipped.is_empty() {
                    first.push(Notice::Skipped {
                        from_link: true,
                        fields: linked.skipped,
                    });
                }
                notices.splice(0..0, first);
                ctx.touched.set(filled(&linked.form));
                ctx.form.set(linked.form);
            }
            Err(_) => {
                clear_hash();
                notices.insert(0, Notice::LinkUnreadable);
            }
        }
        consult.notices.set(notices);
    });
    on_cleanup(move || handle.remove());
    consult
}

/// Drops the notices about the stored copy: it was just replaced or removed.
fn forget_stored(consult: Consult) {
    consult.notices.update(|n| n.retain(|n| !about_stored(n)));
}

/// Turns saving on (writing at once, over whatever was stored) or off (removing the stored copy).
pub(crate) fn set_saving(ctx: Ctx, consult: Consult, on: bool) {
    if !on {
        remove();
        consult.saving.set(false);
        consult.status.set(Some(SaveStatus::Deleted));
        forget_stored(consult);
    } else if ctx.form.with_untracked(save) {
        consult.saving.set(true);
        consult.status.set(Some(SaveStatus::Saved));
        forget_stored(consult);
    } else {
        consult.saving.set(false);
        consult.status.set(Some(SaveStatus::Blocked));
    }
}

/// "Brug mine gemte oplysninger": back to the stored situation, saving on, the link gone.
fn use_stored(ctx: Ctx, consult: Consult) {
    let opening = codec::opening(stored().as_deref(), "");
    clear_hash();
    ctx.touched.set(filled(&opening.form));
    ctx.form.set(opening.form);
    consult.saving.set(opening.saving);
    consult.notices.set(opening.notices);
}

/// "Slet de gemte oplysninger", offered when they could not be read.
fn discard_stored(consult: Consult) {
    remove();
    forget_stored(consult);
    consult.status.set(Some(SaveStatus::Deleted));
}

/// "Slet mine oplysninger": the stored copy, the form and the link's fragment, at once.
pub(crate) fn delete_all(ctx: Ctx, consult: Consult) {
    remove();
    consult.saving.set(false);
    ctx.form.set(FormState::default());
    ctx.touched.set(Touched::default());
    clear_hash();
    consult.notices.set(Vec::new());
    consult.status.set(Some(SaveStatus::Deleted));
}

pub(crate) fn status_text(lang: crate::text::Lang, status: SaveStatus) -> &'static str {
    let c = lang.c();
    match status {
        SaveStatus::Blocked => c.notice_blocked,
        SaveStatus::Saved => c.saved,
        SaveStatus::Deleted => c.deleted,
    }
}

/// The notices as markup: one alert (`#consult-notice`, `data-notice` = the first notice's
/// code, kept for tests and tools), a line per notice, and the choices the person has.
pub(crate) fn notices_html(lang: crate::text::Lang, notices: &[Notice]) -> String {
    use crate::present::markup::esc;
    let Some(first) = notices.first() else {
        return String::new();
    };
    let (t, c) = (lang.texts(), lang.c());
    let warning = notices
        .iter()
        .any(|n| !matches!(n, Notice::FromLink | Notice::StoredKept));
    let (kind, icon) = if warning {
        ("warning", IconKind::Warning)
    } else {
        ("info", IconKind::Info)
    };
    let mut o = format!(
        "<div class=\"alert alert-{kind} consult-notice\" id=\"consult-notice\" data-notice=\"{}\">{}<div class=\"alert-body\">",
        first.code(),
        icon_html(icon)
    );
    let button = |o: &mut String, id: &str, label: &str, class: &str| {
        o.push_str(&format!(
            "<button type=\"button\" class=\"button {class}\" id=\"{id}\">{}</button>",
            esc(label)
        ));
    };
    for n in notices {
        let text = match n {
            Notice::FromLink => c.notice_from_link.to_string(),
            Notice::LinkUnreadable => c.notice_link.to_string(),
            Notice::StoredUnreadable { newer: false } => c.notice_stored.to_string(),
            Notice::StoredUnreadable { newer: true } => c.notice_stored_newer.to_string(),
            Notice::StoredKept => c.notice_kept.to_string(),
            Notice::Skipped { from_link, fields } => {
                let known = FormState::default();
                let labels: Vec<String> = fields
                    .iter()
                    .map(|id| {
                        if known.text(id).is_some()
                            || known.flag(id).is_some()
                            || id.starts_with("previous_forloeb-")
                        {
                            field_label(t, id)
                        } else {
                            format!("“{id}”")
                        }
                    })
                    .collect();
                (c.notice_skipped)(*from_link, &labels.join(", "))
            }
        };
        o.push_str(&format!(
            "<p class=\"alert-text\" data-notice=\"{}\">{}</p>",
            n.code(),
            esc(&text)
        ));
        match n {
            Notice::StoredUnreadable { .. } => button(
                &mut o,
                "discard-stored",
                c.notice_discard,
                "button-tertiary",
            ),
            Notice::StoredKept => {
                o.push_str("<p class=\"consult-notice-choices\">");
                button(
                    &mut o,
                    "use-stored",
                    c.notice_use_stored,
                    "button-secondary",
                );
                o.push(' ');
                button(
                    &mut o,
                    "save-link-instead",
                    c.notice_save_link,
                    "button-tertiary",
                );
                o.push_str("</p>");
            }
            _ => {}
        }
    }
    o.push_str("</div></div>");
    o
}

/// The lines at the top of the page about where the situation came from, with the choices
/// they offer (markup in a region that is always there, so a screen reader announces a new
/// notice; the buttons are handled here by delegation).
pub(crate) fn attach_notices(ctx: Ctx) {
    let consult = use_consult();
    let region = crate::page::dom::by_id("consult-notice-region");
    crate::page::dom::listen(&region, "click", move |ev: web_sys::MouseEvent| {
        use wasm_bindgen::JsCast;
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button").ok().flatten())
        else {
            return;
        };
        match button.id().as_str() {
            "discard-stored" => discard_stored(consult),
            "use-stored" => use_stored(ctx, consult),
            "save-link-instead" => set_saving(ctx, consult, true),
            _ => return,
        }
        // The button is gone with its notice: keep the keyboard user's place.
        crate::page::dom::focus_field("consult-notice-region");
    });
    crate::page::dom::redraw_on(
        region,
        String::new(),
        move || consult.notices.with(|n| notices_html(ctx.lang.get(), n)),
        String::clone,
    );
}
