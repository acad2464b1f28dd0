//! The page's reactive state, which every component reads: the form and what is on show
//! (`Ctx`), and the consultation tools' (`Consult`). It imports no other page module, so
//! every component can use it.

use crate::form::codec::Notice;
use crate::form::{Evaluation, FieldError, FormState, Touched};
use crate::rules::{Assessment, Situation};
use crate::text::{Lang, Texts};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The state every component reads. The form components write `form` and `touched`; so do
/// page/persist.rs (a restored or deleted situation) and the earlier forløb rows (a removed row).
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub lang: RwSignal<Lang>,
    pub form: RwSignal<FormState>,
    /// Fields the user has finished with (left, or for checkboxes/selects: changed). A field's
    /// own problem is shown only then, so nobody is told off while still typing a date.
    pub touched: RwSignal<Touched>,
    /// A date being typed again that had no problem on show: it is judged again when the user
    /// leaves it, so that its error (and the answer) does not come and go with each keystroke.
    pub editing: RwSignal<Option<String>>,
    pub evaluation: Memo<Evaluation>,
    /// The problems on show, in page order.
    pub shown_errors: Memo<Vec<FieldError>>,
}

impl Ctx {
    pub fn t(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// The message for the field `id`, if a problem with it is on show.
    pub fn error_for(&self, id: &str) -> Option<String> {
        let t = self.t();
        self.shown_errors.with(|errors| {
            errors
                .iter()
                .find(|e| e.id == id)
                .map(|e| t.problem(&e.problem).to_string())
        })
    }

    /// The user is typing in the date `id`.
    pub fn begin_edit(&self, id: &str) {
        let unjudged = self.editing.with_untracked(|e| e.as_deref() != Some(id));
        if unjudged && self.error_for_untracked(id).is_none() {
            self.editing.set(Some(id.to_string()));
        }
    }

    fn error_for_untracked(&self, id: &str) -> Option<()> {
        self.shown_errors
            .with_untracked(|errors| errors.iter().find(|e| e.id == id).map(|_| ()))
    }

    pub fn touch(&self, id: &str) {
        if self.editing.with_untracked(Option::is_some) {
            self.editing.set(None);
        }
        if !self.touched.with_untracked(|t| t.contains(id)) {
            self.touched.update(|t| {
                t.insert(id.to_string());
            });
        }
    }
}

pub(crate) fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(NaiveDate::MAX)
}

/// The outcome of the save/delete controls, shown beside them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum SaveStatus {
    /// Saving failed: storage blocked or full.
    Blocked,
    Saved,
    Deleted,
}

/// The consultation tools' shared state.
#[derive(Clone, Copy)]
pub(crate) struct Consult {
    /// "Save on this device" is on: the stored copy follows the form.
    pub saving: RwSignal<bool>,
    /// The lines at the top of the page about where the situation came from.
    pub notices: RwSignal<Vec<Notice>>,
    pub status: RwSignal<Option<SaveStatus>>,
    /// The parsed situation with its assessment, when the form is complete and valid.
    pub current: Memo<Option<(Situation, Assessment)>>,
}

pub(crate) fn use_consult() -> Consult {
    expect_context::<Consult>()
}
