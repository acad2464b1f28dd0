//! The text field of an earlier forløb's row, as a Leptos view (the rest of the form is markup,
//! form_html.rs, with the same DKFDS structure): label above the field, hint, the error
//! message above the input, no placeholders; ids `previous_forloeb-N-start|end|excluded_days`.

use crate::page::state::use_ctx;
use crate::present::form_markup::Kind;
use leptos::prelude::*;

/// Where a text field's value lives in the form: how to read it and how to write it.
#[derive(Clone, Copy)]
pub struct Binding {
    pub value: Signal<String>,
    pub set: Callback<String>,
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
    let (inputmode, width) = kind.input();
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
                // The save/share format's limit (form_state::MAX_CHARS), so nothing typed is lost.
                maxlength=crate::form::MAX_CHARS
                aria-describedby=move || match error.with(Option::is_some) {
                    true => format!("{} {}", hint_id(), error_id()),
                    false => hint_id(),
                }
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=current
                on:input=move |ev| {
                    // A date is judged when the user leaves it (`begin_edit` looks at the
                    // problem on show before this keystroke); an amount while typed.
                    if kind == Kind::Date {
                        id.with_untracked(|id| ctx.begin_edit(id));
                    }
                    bind.set.run(event_target_value(&ev));
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
