//! Where a situation comes from when the page opens, and where it is kept: a share link's URL
//! fragment (`#v1;…`), or localStorage when the user has turned on "save on this device".
//! Both hold `fragment::encode` of the raw form, so a restored page shows exactly what the
//! user typed. Anything unreadable — an old version, corrupted data, a cut or edited link —
//! is ignored and said in one line; storage that is blocked or full is said when saving
//! fails. Nothing here can panic: every browser call that can throw is checked.
//!
//! localStorage is reached through `web_sys` rather than gloo-storage: gloo's `raw()` throws
//! when the browser blocks storage, and its `get`/`set` would add serde_json to the page.

use super::app::Ctx;
use super::form_state::{parse, FormState};
use super::fragment;
use super::html::{icon_html, IconKind};
use crate::rules::{Assessment, Situation};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::HashSet;

/// The localStorage key. The value carries its own version (`v1;…`).
pub const KEY: &str = "forloebsberegneren";

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Notice {
    /// Stored data could not be read (old version, corrupted): removed, defaults used.
    Stored,
    /// The link's fragment could not be read: ignored.
    Link,
    /// The situation from the link was filled in.
    FromLink,
    /// Saving failed: storage blocked or full.
    Blocked,
    Saved,
    Deleted,
}

/// The consultation tools' shared state.
#[derive(Clone, Copy)]
pub(crate) struct Consult {
    /// "Save on this device" is on (off until the user turns it on).
    pub saving: RwSignal<bool>,
    /// The one-line notice at the top of the page.
    pub notice: RwSignal<Option<Notice>>,
    /// The last outcome of the save/delete controls, shown beside them.
    pub status: RwSignal<Option<Notice>>,
    /// The parsed situation with its assessment, when the form is complete and valid.
    pub current: Memo<Option<(Situation, Assessment)>>,
}

pub(crate) fn use_consult() -> Consult {
    expect_context::<Consult>()
}

pub(crate) struct Restored {
    pub form: FormState,
    pub notice: Option<Notice>,
    pub saving: bool,
}

impl Restored {
    /// Restored fields count as visited: their problems show at once.
    pub fn touched(&self) -> HashSet<String> {
        fragment::filled_ids(&self.form).into_iter().collect()
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Removes the fragment from the address bar (and so from a reload) without a navigation.
pub(crate) fn clear_hash() {
    let location = window().location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        history
            .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            .ok();
    }
}

/// Writes the form to localStorage; false if the browser refuses (blocked, full).
pub(crate) fn save(form: &FormState) -> bool {
    storage().is_some_and(|s| s.set_item(KEY, &fragment::encode(form)).is_ok())
}

pub(crate) fn remove() {
    if let Some(s) = storage() {
        s.remove_item(KEY).ok();
    }
}

/// The form the page opens with: a link's situation first, then a saved one, then defaults.
pub(crate) fn restore() -> Restored {
    let mut notice = None;
    let mut saving = false;
    let mut form = None;
    if let Some(text) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) {
        match fragment::decode(&text) {
            Ok(saved) => {
                saving = true;
                form = Some(saved);
            }
            Err(_) => {
                remove();
                notice = Some(Notice::Stored);
            }
        }
    }
    let hash = hash();
    if fragment::is_situation(&hash) {
        match fragment::decode(&hash) {
            Ok(linked) => {
                form = Some(linked);
                notice = Some(Notice::FromLink);
            }
            Err(_) => {
                clear_hash();
                notice = Some(Notice::Link);
            }
        }
    }
    Restored {
        form: form.unwrap_or_default(),
        notice,
        saving,
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
        notice: RwSignal::new(restored.notice),
        status,
        current,
    };
    provide_context(consult);

    Effect::new(move |first: Option<()>| {
        let on = saving.get();
        ctx.form.with(|f| {
            if on && !save(f) {
                saving.set(false);
                status.set(Some(Notice::Blocked));
            }
        });
        // After the first change, the link's fragment no longer describes the page.
        if first.is_some() && fragment::is_situation(&hash()) {
            clear_hash();
        }
    });

    // A link pasted into the address bar of an open page changes only the fragment.
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = hash();
        if !fragment::is_situation(&hash) {
            return;
        }
        match fragment::decode(&hash) {
            Ok(form) => {
                let touched: HashSet<String> = fragment::filled_ids(&form).into_iter().collect();
                ctx.form.set(form);
                ctx.touched.set(touched);
                consult.notice.set(Some(Notice::FromLink));
            }
            Err(_) => {
                clear_hash();
                consult.notice.set(Some(Notice::Link));
            }
        }
    });
    on_cleanup(move || handle.remove());
    consult
}

/// Turns saving on (writing at once) or off (removing the stored copy).
pub(crate) fn set_saving(ctx: Ctx, consult: Consult, on: bool) {
    if !on {
        remove();
        consult.saving.set(false);
        consult.status.set(Some(Notice::Deleted));
    } else if ctx.form.with_untracked(save) {
        consult.saving.set(true);
        consult.status.set(Some(Notice::Saved));
    } else {
        consult.saving.set(false);
        consult.status.set(Some(Notice::Blocked));
    }
}

/// "Slet mine oplysninger": the stored copy, the form and the link's fragment, at once.
pub(crate) fn delete_all(ctx: Ctx, consult: Consult) {
    remove();
    consult.saving.set(false);
    ctx.form.set(FormState::default());
    ctx.touched.set(HashSet::new());
    clear_hash();
    consult.notice.set(None);
    consult.status.set(Some(Notice::Deleted));
}

pub(crate) fn notice_text(lang: super::i18n::Lang, notice: Notice) -> &'static str {
    let c = lang.c();
    match notice {
        Notice::Stored => c.notice_stored,
        Notice::Link => c.notice_link,
        Notice::FromLink => c.notice_from_link,
        Notice::Blocked => c.notice_blocked,
        Notice::Saved => c.saved,
        Notice::Deleted => c.deleted,
    }
}

/// The one line at the top of the page about where the situation came from (markup: a
/// region that is always there, so a screen reader announces a new notice).
#[component]
pub(crate) fn StartNotice() -> impl IntoView {
    let ctx = super::app::use_ctx();
    let consult = use_consult();
    let html = move || {
        let Some(n) = consult.notice.get() else {
            return String::new();
        };
        let (kind, icon) = match n {
            Notice::FromLink => ("info", IconKind::Info),
            _ => ("warning", IconKind::Warning),
        };
        let id = match n {
            Notice::Stored => "stored",
            Notice::Link => "link",
            Notice::FromLink => "from_link",
            _ => "other",
        };
        format!(
            "<div class=\"alert alert-{kind} consult-notice\" id=\"consult-notice\" data-notice=\"{id}\">\
             {}<div class=\"alert-body\"><p class=\"alert-text\">{}</p></div></div>",
            icon_html(icon),
            super::html::esc(notice_text(ctx.lang.get(), n))
        )
    };
    view! { <div id="consult-notice-region" role="status" inner_html=html></div> }
}
