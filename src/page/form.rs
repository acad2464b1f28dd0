//! The form, grouped the way a person thinks about their situation. No submit button: the
//! answer follows the fields.
//!
//! The fieldsets are markup (form_html.rs), rebuilt only when the language changes. One
//! listener per kind of event on the `<form>` writes what the user does into the state, and
//! one effect (calling `sync` for each control) shows the state in the fields: a value set
//! from elsewhere ("Slet mine oplysninger"), a problem on show or gone. The earlier forløb,
//! rows the user adds and removes, are Leptos views.

use crate::form::{touched_after_removing, FormState, PreviousRow, MAX_ROWS};
use crate::page::dom::focus_field;
use crate::page::fields::{text_field, Binding};
use crate::page::state::use_ctx;
use crate::present::form_markup::{
    controls, described_by, error_html, fieldset_html, is_choice, text_kind, Field, Fieldset, Kind,
    AFTER_PREVIOUS, BEFORE_PREVIOUS, SHOW_ALL,
};
use crate::present::shell::form_head_html;
use crate::text::Texts;
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// A fieldset of markup, rebuilt (with the values and problems of the moment) when the
/// language changes.
fn fieldset(fieldset: &'static Fieldset) -> impl IntoView + use<> {
    let ctx = use_ctx();
    let html = move || {
        let lang = ctx.lang.get();
        untrack(|| {
            ctx.form
                .with(|f| fieldset_html(fieldset, lang, f, &|id| ctx.error_for(id)))
        })
    };
    view! { <fieldset inner_html=html></fieldset> }
}

/// The id of the control an event came from, and the control.
fn control(ev: &web_sys::Event) -> Option<(String, web_sys::Element)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    Some((el.id(), el))
}

/// Shows the state in one control of the markup: whether it is on show, its value, and its
/// problem if that is not
/// the one in `shown` (the problems on show by id; none for a field not in it, as the markup
/// was built).
fn sync(
    field: &Field,
    form: &FormState,
    t: &Texts,
    problem: Option<String>,
    shown: &mut HashMap<&'static str, Option<String>>,
) {
    let (id, hint) = match *field {
        Field::Text(id, ..) => (id, true),
        Field::Select(id, _, hint, _) => (id, hint.is_some()),
        Field::Check(id, ..) => (id, false),
        _ => return,
    };
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    if let Some(group) = el.parent_element() {
        let hidden = !form.shown(id);
        if group.has_attribute("hidden") != hidden {
            group.toggle_attribute_with_force("hidden", hidden).ok();
        }
    }
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        match form.flag(id) {
            Some(checked) if input.checked() != checked => input.set_checked(checked),
            Some(_) => {}
            None => {
                let value = form.text(id).map(String::as_str).unwrap_or_default();
                if input.value() != value {
                    input.set_value(value);
                }
            }
        }
    } else if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        let value = form.text(id).map(String::as_str).unwrap_or_default();
        if select.value() != value {
            select.set_value(value);
        }
    }
    if form.flag(id).is_some() || shown.get(id).unwrap_or(&None) == &problem {
        return;
    }
    if let Some(group) = el.parent_element() {
        group.set_class_name(if problem.is_some() {
            "form-group form-error"
        } else {
            "form-group"
        });
    }
    if let Some(message) = document().get_element_by_id(&format!("{id}-error")) {
        message.set_inner_html(&error_html(t, problem.as_deref()));
        message
            .toggle_attribute_with_force("hidden", problem.is_none())
            .ok();
    }
    match described_by(id, hint, problem.is_some()) {
        Some(ids) => el.set_attribute("aria-describedby", &ids).ok(),
        None => el.remove_attribute("aria-describedby").ok(),
    };
    match problem {
        Some(_) => el.set_attribute("aria-invalid", "true").ok(),
        None => el.remove_attribute("aria-invalid").ok(),
    };
    // A problem with the grant date must be visible: open "Avanceret" (never close it).
    if id == "decision_date" && problem.is_some() {
        if let Ok(Some(details)) = el.closest("details") {
            details.set_attribute("open", "").ok();
        }
    }
    shown.insert(id, problem);
}

#[component]
pub fn Form() -> impl IntoView {
    let ctx = use_ctx();
    // The problem on show per control, as last shown; rebuilt fieldsets show the current ones.
    let shown = StoredValue::new(HashMap::<&'static str, Option<String>>::new());
    Effect::new(move |_| {
        let t = ctx.t();
        ctx.form.with(|form| {
            shown.update_value(|shown| {
                for field in controls().chain([&SHOW_ALL]) {
                    let problem = field.control_id().and_then(|id| ctx.error_for(id));
                    sync(field, form, t, problem, shown);
                }
            })
        });
    });
    let on_input = move |ev: web_sys::Event| {
        let Some((id, el)) = control(&ev) else { return };
        let (Some(kind), Some(input)) = (text_kind(&id), el.dyn_ref::<web_sys::HtmlInputElement>())
        else {
            return;
        };
        // A date is judged when the user leaves it (`begin_edit` looks at the problem on show
        // before this keystroke); an amount while typed (each prefix of a good amount is good).
        if kind == Kind::Date {
            ctx.begin_edit(&id);
        }
        let value = input.value();
        ctx.form.update(|f| {
            if let Some(slot) = f.text_mut(&id) {
                *slot = value;
            }
        });
        if kind != Kind::Date {
            ctx.touch(&id);
        }
    };
    let on_change = move |ev: web_sys::Event| {
        let Some((id, el)) = control(&ev) else { return };
        if text_kind(&id).is_some() {
            ctx.touch(&id);
        } else if let (Some(_), Some(input)) = (
            ctx.form.with_untracked(|f| f.flag(&id)),
            el.dyn_ref::<web_sys::HtmlInputElement>(),
        ) {
            let checked = input.checked();
            ctx.form.update(|f| {
                if let Some(slot) = f.flag_mut(&id) {
                    *slot = checked;
                }
            });
        } else if let (true, Some(select)) =
            (is_choice(&id), el.dyn_ref::<web_sys::HtmlSelectElement>())
        {
            let value = select.value();
            ctx.form.update(|f| {
                if let Some(slot) = f.text_mut(&id) {
                    *slot = value;
                }
            });
            ctx.touch(&id);
        }
    };
    view! {
        <form
            class="calculator-form"
            novalidate
            on:submit=|ev| ev.prevent_default()
            on:input=on_input
            on:change=on_change
            // On a phone the answer is below the form: the intro's link leads there without
            // scrolling past it (and leaves the fragment, reserved for a shared situation).
            on:click=move |ev| {
                let target = event_target::<web_sys::Element>(&ev);
                if let Ok(Some(_)) = target.closest("a.to-results") {
                    ev.prevent_default();
                    focus_field("results-heading");
                }
            }
            // Enter in a text field is where a form would be sent: with problems on show, go to
            // the error summary (DKFDS), whose links lead back to the fields.
            on:keydown=move |ev| {
                let in_text_field = event_target::<web_sys::Element>(&ev).get_attribute("type").as_deref() == Some("text");
                if ev.key() == "Enter" && in_text_field && ctx.shown_errors.with(|e| !e.is_empty()) {
                    ev.prevent_default();
                    focus_field("error-summary");
                }
            }
            aria-labelledby="form-heading"
        >
            // Heading, intro with the link to the answer, the switch (markup: shell.rs).
            <div class="form-head" inner_html=move || {
                let lang = ctx.lang.get();
                untrack(|| ctx.form.with(|f| form_head_html(lang, f)))
            }></div>
            {BEFORE_PREVIOUS.iter().map(fieldset).collect_view()}
            <PreviousForloeb/>
            {AFTER_PREVIOUS.iter().map(fieldset).collect_view()}
        </form>
    }
}

/// Earlier forløb: rows with start, end and leave days, added and removed by the user.
#[component]
fn PreviousForloeb() -> impl IntoView {
    let ctx = use_ctx();
    let keys = Memo::new(move |_| {
        ctx.form
            .with(|f| f.previous_forloeb.iter().map(|r| r.key).collect::<Vec<_>>())
    });
    let add = move |_| {
        ctx.form.update(FormState::add_previous);
        let last = ctx.form.with_untracked(|f| f.previous_forloeb.len() - 1);
        // Focus the new row's first field once it is in the DOM.
        request_animation_frame(move || focus_field(&format!("previous_forloeb-{last}-start")));
    };
    view! {
        <fieldset>
            <legend class="h3">{move || ctx.t().previous_legend}</legend>
            <p class="form-hint">{move || ctx.t().previous_hint}</p>
            <Show when=move || keys.with(Vec::is_empty)>
                <p class="previous-none">{move || ctx.t().previous_none}</p>
            </Show>
            <For each=move || keys.get() key=|key| *key children=move |key| view! { <PreviousRow key=key/> }/>
            // No more rows than the save/share format holds (form_state::MAX_ROWS).
            <button
                type="button"
                id="add-previous-forloeb"
                class="button button-secondary"
                disabled=move || keys.with(|k| k.len() >= MAX_ROWS)
                aria-describedby=move || keys.with(|k| k.len() >= MAX_ROWS).then_some("previous-max")
                on:click=add
            >
                {move || ctx.t().previous_add}
            </button>
            <p class="form-hint" id="previous-max" hidden=move || keys.with(|k| k.len() < MAX_ROWS)>
                {move || ctx.t().previous_max}
            </p>
        </fieldset>
    }
}

#[component]
fn PreviousRow(key: u32) -> impl IntoView {
    let ctx = use_ctx();
    // The row's position gives its ids (`previous_forloeb-N-…`, as `validate` numbers them);
    // it changes when an earlier row is removed.
    let index = Memo::new(move |_| ctx.form.with(|f| f.row_index(key).unwrap_or(0)));
    let id = move |column: &'static str| {
        Signal::derive(move || format!("previous_forloeb-{}-{column}", index.get()))
    };
    let text =
        move |f: fn(&'static Texts) -> &'static str| Signal::derive(move || f(ctx.t()).to_string());
    let bind =
        move |get: fn(&PreviousRow) -> &String, put: fn(&mut PreviousRow) -> &mut String| Binding {
            value: Signal::derive(move || {
                ctx.form.with(|f| {
                    f.previous_forloeb
                        .iter()
                        .find(|r| r.key == key)
                        .map(get)
                        .cloned()
                        .unwrap_or_default()
                })
            }),
            set: Callback::new(move |v| {
                ctx.form.update(|f| {
                    if let Some(row) = f.row_mut(key) {
                        *put(row) = v;
                    }
                })
            }),
        };
    let remove = move |_| {
        let removed = index.get_untracked();
        ctx.touched
            .update(|touched| *touched = touched_after_removing(touched, removed));
        ctx.form.update(|f| f.remove_previous(key));
        focus_field("add-previous-forloeb");
    };
    view! {
        <fieldset class="previous-row">
            <legend class="h4">{move || (ctx.t().previous_row)(index.get() + 1)}</legend>
            <div class="previous-dates">
                {text_field(id("start"), text(|t| t.previous_start), text(|t| t.date_hint), Kind::Date, bind(|r| &r.start, |r| &mut r.start), "off")}
                {text_field(id("end"), text(|t| t.previous_end), text(|t| t.date_hint), Kind::Date, bind(|r| &r.end, |r| &mut r.end), "off")}
            </div>
            {text_field(id("excluded_days"), text(|t| t.previous_excluded), text(|t| t.previous_excluded_hint), Kind::Days, bind(|r| &r.excluded_days, |r| &mut r.excluded_days), "off")}
            <button
                type="button"
                id=move || format!("remove-previous-forloeb-{}", index.get())
                class="button button-tertiary"
                on:click=remove
            >
                {move || (ctx.t().previous_remove)(index.get() + 1)}
            </button>
        </fieldset>
    }
}
