//! The form, grouped the way a person thinks about their situation. No submit button: the
//! answer follows the fields.
//!
//! The form is the markup the page was written with (present/form_markup.rs); its fieldsets are
//! redrawn only when the language changes. One listener per kind of event on the `<form>`
//! writes what the user does into the state, and one effect (calling `sync` for each control)
//! shows the state in the fields: what was restored at the start, a value set from elsewhere
//! ("Slet mine oplysninger"), a problem on show or gone. The earlier forløb are redrawn when a
//! row is added or removed.

use crate::form::{cell_id, touched_after_removing, Column, FormState};
use crate::page::dom::{focus_field, listen, redraw_on};
use crate::page::state::Ctx;
use crate::present::form_markup::{
    controls, described_by, error_html, fieldset_html, is_choice, previous_html, text_kind, Field,
    Fieldset, Kind, AFTER_PREVIOUS, BEFORE_PREVIOUS, SHOW_ALL,
};
use crate::present::shell::form_head_html;
use crate::text::{Lang, Texts};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of the control an event came from, and the control.
fn control(ev: &web_sys::Event) -> Option<(String, web_sys::Element)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    Some((el.id(), el))
}

/// Shows the state in the control `id` of the markup (`hint`: it has one): whether it is on
/// show, its value, and its problem if that is not the one in `shown` (the problems on show by
/// id; none for a field not in it, as the markup was built).
fn sync(
    id: &str,
    hint: bool,
    form: &FormState,
    t: &Texts,
    problem: Option<String>,
    shown: &mut Vec<(String, Option<String>)>,
) {
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
    let on_show = shown.iter().position(|(shown_id, _)| shown_id == id);
    if form.flag(id).is_some() || on_show.map_or(&None, |at| &shown[at].1) == &problem {
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
    match on_show {
        Some(at) => shown[at].1 = problem,
        None => shown.push((id.to_string(), problem)),
    }
}

/// Attaches the form of the page written at build time: its listeners, the effect that shows the
/// state in the fields, and its parts redrawn when the language (or the number of earlier
/// forløb) is not the one they were written in.
pub(crate) fn attach_form(ctx: Ctx) {
    // The problem on show per control, as last shown; redrawn markup shows the current ones.
    let shown = StoredValue::new(Vec::<(String, Option<String>)>::new());
    Effect::new(move |_| {
        let t = ctx.t();
        ctx.form.with(|form| {
            shown.update_value(|shown| {
                for field in controls().chain([&SHOW_ALL]) {
                    let (id, hint) = match *field {
                        Field::Text(id, ..) => (id, true),
                        Field::Select(id, _, hint, _) => (id, hint.is_some()),
                        Field::Check(id, ..) => (id, false),
                        _ => continue,
                    };
                    sync(id, hint, form, t, ctx.error_for(id), shown);
                }
                for row in 0..form.previous_forloeb.len() {
                    for column in Column::ALL {
                        let id = cell_id(row, column);
                        sync(&id, true, form, t, ctx.error_for(&id), shown);
                    }
                }
            })
        });
    });
    let Some(form) = document()
        .query_selector("form.calculator-form")
        .ok()
        .flatten()
    else {
        panic!("the page has no form");
    };
    // A restored grant date is on show, as in markup drawn with it (present::form_markup).
    if ctx.form.with_untracked(|f| !f.decision_date.is_empty()) {
        if let Some(Ok(Some(details))) = document()
            .get_element_by_id("decision_date")
            .map(|e| e.closest("details"))
        {
            details.set_attribute("open", "").ok();
        }
    }
    listen(&form, "submit", |ev: web_sys::Event| ev.prevent_default());
    listen(&form, "input", move |ev: web_sys::Event| on_input(ctx, &ev));
    listen(&form, "change", move |ev: web_sys::Event| {
        on_change(ctx, &ev)
    });
    // On a phone the answer is below the form: the intro's link leads there without
    // scrolling past it (and leaves the fragment, reserved for a shared situation).
    listen(&form, "click", move |ev: web_sys::MouseEvent| {
        let target = event_target::<web_sys::Element>(&ev);
        if let Ok(Some(_)) = target.closest("a.to-results") {
            ev.prevent_default();
            focus_field("results-heading");
        } else if let Ok(Some(button)) = target.closest("button[type=button]") {
            row_button(ctx, &button.id());
        }
    });
    // Enter in a text field is where a form would be sent: with problems on show, go to
    // the error summary (DKFDS), whose links lead back to the fields.
    listen(&form, "keydown", move |ev: web_sys::KeyboardEvent| {
        let in_text_field = event_target::<web_sys::Element>(&ev)
            .get_attribute("type")
            .as_deref()
            == Some("text");
        if ev.key() == "Enter" && in_text_field && ctx.shown_errors.with(|e| !e.is_empty()) {
            ev.prevent_default();
            focus_field("error-summary");
        }
    });
    // Heading, intro with the link to the answer, the switch (markup: present/shell.rs), then
    // the fieldsets in page order, the earlier forløb between them.
    let parts = form.children();
    let part = |i: u32| {
        parts
            .item(i)
            .unwrap_or_else(|| panic!("the form has no part {i}"))
    };
    let lang = move || ctx.lang.get();
    redraw_on(part(0), Lang::Da, lang, move |lang| {
        ctx.form.with(|f| form_head_html(*lang, f))
    });
    let mut next = 1;
    for fieldset in &BEFORE_PREVIOUS {
        redraw_fieldset(ctx, part(next), fieldset);
        next += 1;
    }
    // Rebuilt (with the values and problems of the moment) when a row is added or removed or
    // the language changes; typing in a row leaves the markup alone.
    let rows = Memo::new(move |_| ctx.form.with(|f| f.previous_forloeb.len()));
    let drawn_rows = FormState::default().previous_forloeb.len();
    redraw_on(
        part(next),
        (Lang::Da, drawn_rows),
        move || (ctx.lang.get(), rows.get()),
        move |(lang, _)| {
            ctx.form
                .with(|f| previous_html(*lang, f, &|id| ctx.error_for(id)))
        },
    );
    next += 1;
    for fieldset in &AFTER_PREVIOUS {
        redraw_fieldset(ctx, part(next), fieldset);
        next += 1;
    }
}

/// What is typed into a text field goes into the state.
fn on_input(ctx: Ctx, ev: &web_sys::Event) {
    let Some((id, el)) = control(ev) else { return };
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
}

/// A field left, a box ticked, a choice made.
fn on_change(ctx: Ctx, ev: &web_sys::Event) {
    let Some((id, el)) = control(ev) else { return };
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
}

/// A fieldset of markup, redrawn (with the values and problems of the moment) when the
/// language changes.
fn redraw_fieldset(ctx: Ctx, element: web_sys::Element, fieldset: &'static Fieldset) {
    redraw_on(
        element,
        Lang::Da,
        move || ctx.lang.get(),
        move |lang| {
            ctx.form
                .with(|f| fieldset_html(fieldset, *lang, f, &|id| ctx.error_for(id)))
        },
    );
}

/// "Tilføj et tidligere forløb" and a row's "Fjern": the focus goes to the new row's first
/// field, or after a removal to the add button, once the rebuilt rows are in the DOM.
fn row_button(ctx: Ctx, id: &str) {
    let focus = if id == "add-previous-forloeb" {
        ctx.form.update(FormState::add_previous);
        let last = ctx.form.with_untracked(|f| f.previous_forloeb.len() - 1);
        cell_id(last, Column::Start)
    } else if let Some(row) = id
        .strip_prefix("remove-previous-forloeb-")
        .and_then(|r| r.parse().ok())
    {
        // The removed row's problems go with it; the rows below keep theirs (ids are positional).
        ctx.touched
            .update(|touched| *touched = touched_after_removing(touched, row));
        ctx.form.update(|f| f.remove_previous(row));
        "add-previous-forloeb".to_string()
    } else {
        return;
    };
    request_animation_frame(move || focus_field(&focus));
}
