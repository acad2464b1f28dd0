//! DKFDS form fields: label above the field, hint, the error message above the input, no
//! placeholders. Each field's id is its SPEC § 7 field name.

use super::app::use_ctx;
use super::form_state::FormState;
use super::html::{el, esc};
use leptos::prelude::*;

/// Where a text field's value lives in the form: how to read it and how to write it.
#[derive(Clone, Copy)]
pub struct Binding {
    pub value: Signal<String>,
    pub set: Callback<String>,
}

impl Binding {
    /// A top-level field of the form.
    pub fn field(
        get: fn(&FormState) -> &String,
        put: fn(&mut FormState) -> &mut String,
    ) -> Binding {
        let ctx = use_ctx();
        Binding {
            value: Signal::derive(move || ctx.form.with(|f| get(f).clone())),
            set: Callback::new(move |v| ctx.form.update(|f| *put(f) = v)),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Date,
    Amount,
    Days,
}

/// A text field. `bind` reads and writes the form; `label`/`hint` follow the language.
/// A plain function with type-erased arguments (signals, callbacks) returning one concrete view type: one
/// copy of this code serves every field, which keeps the WebAssembly small.
pub fn text_field(
    id: Signal<String>,
    label: Signal<String>,
    hint: Signal<String>,
    kind: Kind,
    bind: Binding,
    autocomplete: &'static str,
) -> impl IntoView + use<> {
    let ctx = use_ctx();
    let current = Memo::new(move |_| bind.value.get());
    let error = Memo::new(move |_| id.with(|id| ctx.error_for(id)));
    let (inputmode, width) = match kind {
        Kind::Date => ("numeric", "input-width-s"),
        Kind::Amount => ("decimal", "input-width-m"),
        Kind::Days => ("numeric", "input-width-xs"),
    };
    let hint_id = move || format!("{}-hint", id.get());
    let error_id = move || format!("{}-error", id.get());
    view! {
        <div class="form-group" class:form-error=move || error.with(Option::is_some)>
            <label class="form-label" for=id>{label}</label>
            <span class="form-hint" id=hint_id>{hint}</span>
            <ErrorMessage id=Signal::derive(error_id) error=error/>
            <input
                class=format!("form-input {width}")
                type="text"
                id=id
                name=id
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=move || match error.with(Option::is_some) {
                    true => format!("{} {}", hint_id(), error_id()),
                    false => hint_id(),
                }
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=current
                on:input=move |ev| {
                    bind.set.run(event_target_value(&ev));
                    // An amount is judged while typed (each prefix of a good amount is good);
                    // a date only when the user leaves it.
                    if kind != Kind::Date {
                        id.with_untracked(|id| ctx.touch(id));
                    }
                }
                on:change=move |_| id.with_untracked(|id| ctx.touch(id))
            />
        </div>
    }
}

/// The DKFDS error message, placed above the input.
#[component]
fn ErrorMessage(id: Signal<String>, error: Memo<Option<String>>) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <Show when=move || error.with(Option::is_some)>
            <span class="form-error-message" id=id>
                <span class="sr-only">{move || ctx.t().error_prefix}</span>
                {move || error.get()}
            </span>
        </Show>
    }
}

pub fn checkbox(
    id: &'static str,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    value: fn(&FormState) -> bool,
    set: fn(&mut FormState, bool),
) -> impl IntoView + use<> {
    let ctx = use_ctx();
    let hint_id = format!("{id}-hint");
    view! {
        <div class="form-group-checkbox">
            <input
                class="form-checkbox"
                type="checkbox"
                id=id
                name=id
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:checked=Memo::new(move |_| ctx.form.with(value))
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    ctx.form.update(|f| set(f, checked));
                }
            />
            <label for=id class="form-label">{label}</label>
            {hint.map(|hint| view! { <span class="form-hint" id=hint_id.clone()>{hint}</span> })}
        </div>
    }
}

/// A `<select>` whose option values are the SPEC § 7 enum values.
/// `options` are (value, label) pairs; labels follow the language.
pub fn select(
    id: &'static str,
    label: Signal<String>,
    hint: Option<Signal<String>>,
    options: Signal<Vec<(String, String)>>,
    value: fn(&FormState) -> String,
    set: fn(&mut FormState, String),
) -> impl IntoView + use<> {
    let ctx = use_ctx();
    let current = Memo::new(move |_| ctx.form.with(value));
    let error = Memo::new(move |_| ctx.error_for(id));
    let hint_id = format!("{id}-hint");
    view! {
        <div class="form-group" class:form-error=move || error.with(Option::is_some)>
            <label class="form-label" for=id>{label}</label>
            {hint.map(|hint| view! { <span class="form-hint" id=hint_id.clone()>{hint}</span> })}
            <ErrorMessage id=Signal::derive(move || format!("{id}-error")) error=error/>
            <select
                class="form-select"
                id=id
                name=id
                aria-describedby=move || {
                    let ids = [hint.map(|_| hint_id.clone()), error.with(Option::is_some).then(|| format!("{id}-error"))];
                    let ids: Vec<String> = ids.into_iter().flatten().collect();
                    (!ids.is_empty()).then(|| ids.join(" "))
                }
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    ctx.form.update(|f| set(f, v));
                    ctx.touch(id);
                }
                inner_html=move || options.with(|o| options_html(o, &current.get()))
            ></select>
        </div>
    }
}

/// A select's options as markup (one DOM call instead of a view per option).
fn options_html(options: &[(String, String)], current: &str) -> String {
    let mut out = String::new();
    for (value, text) in options {
        let selected = if *value == current { " selected" } else { "" };
        el(&mut out, "option", &format!("value=\"{}\"{selected}", esc(value)), text);
    }
    out
}
