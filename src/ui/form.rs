//! The form, grouped the way a person thinks about their situation. No submit button: the
//! answer follows the fields.

use super::app::{focus_field, use_ctx};
use super::fields::{Binding, Checkbox, Kind, Select, TextField};
use super::form_state::{FormState, PreviousRow};
use super::i18n::{Texts, ANSWER_VALUES, YDELSE_BEFORE_VALUES};
use crate::rules::satser::SATSER;
use leptos::prelude::*;

#[component]
pub fn Form() -> impl IntoView {
    let ctx = use_ctx();
    let tx =
        move |f: fn(&'static Texts) -> &'static str| Signal::derive(move || f(ctx.t()).to_string());
    let answers = Signal::derive(move || {
        let t = ctx.t();
        ANSWER_VALUES
            .iter()
            .zip(t.answers)
            .map(|(v, l)| (v.to_string(), l.to_string()))
            .collect::<Vec<_>>()
    });
    let ydelse_options = Signal::derive(move || {
        let t = ctx.t();
        YDELSE_BEFORE_VALUES
            .iter()
            .zip(t.ydelse_before_options)
            .map(|(v, l)| (v.to_string(), l.to_string()))
            .collect::<Vec<_>>()
    });
    // Exactly the years in rules::satser; a year sourced only secondarily says so.
    let years = Signal::derive(move || {
        let c = ctx.lang.get().c();
        SATSER
            .iter()
            .map(|s| (s.year.to_string(), (c.rate_year_option)(s.year, s.verified)))
            .collect::<Vec<_>>()
    });
    // A problem with the grant date must be visible: open "Avanceret" (never close it).
    let advanced = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        if let (Some(details), true) = (advanced.get(), ctx.error_for("decision_date").is_some()) {
            details.set_open(true);
        }
    });

    view! {
        <form
            class="calculator-form"
            novalidate
            on:submit=|ev| ev.prevent_default()
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
            <h2 id="form-heading">{tx(|t| t.form_heading)}</h2>
            <p>
                {tx(|t| t.form_intro)} " "
                // On a phone the answer is below the form: a way there without scrolling past it.
                <a
                    class="function-link to-results"
                    href="#results-heading"
                    on:click=|ev| {
                        ev.prevent_default();
                        focus_field("results-heading");
                    }
                >
                    {tx(|t| t.to_results)}
                </a>
            </p>

            <fieldset>
                <legend class="h3">{tx(|t| t.about_legend)}</legend>
                <TextField
                    id="birth_date"
                    label=tx(|t| t.birth_date)
                    hint=tx(|t| t.date_hint)
                    kind=Kind::Date
                    autocomplete="bday"
                    bind=Binding::field(|f| &f.birth_date, |f| &mut f.birth_date)
                />
                <Checkbox
                    id="forsoerger"
                    label=tx(|t| t.forsoerger)
                    hint=tx(|t| t.forsoerger_hint)
                    value=|f| f.forsoerger
                    set=|f, v| f.forsoerger = v
                />
                <Checkbox
                    id="hjemmeboende"
                    label=tx(|t| t.hjemmeboende)
                    hint=tx(|t| t.hjemmeboende_hint)
                    value=|f| f.hjemmeboende
                    set=|f, v| f.hjemmeboende = v
                />
            </fieldset>

            <fieldset>
                <legend class="h3">{tx(|t| t.new_legend)}</legend>
                <TextField
                    id="date"
                    label=tx(|t| t.date)
                    hint=tx(|t| t.date_extra_hint)
                    kind=Kind::Date
                    bind=Binding::field(|f| &f.date, |f| &mut f.date)
                />
                <Checkbox
                    id="wishes_forloeb"
                    label=tx(|t| t.wishes_forloeb)
                    hint=tx(|t| t.wishes_forloeb_hint)
                    value=|f| f.wishes_forloeb
                    set=|f, v| f.wishes_forloeb = v
                />
                <details class="details" node_ref=advanced>
                    <summary class="details-summary">{tx(|t| t.advanced)}</summary>
                    <div class="details-text">
                        <TextField
                            id="decision_date"
                            label=tx(|t| t.decision_date)
                            hint=tx(|t| t.decision_date_hint)
                            kind=Kind::Date
                            bind=Binding::field(|f| &f.decision_date, |f| &mut f.decision_date)
                        />
                    </div>
                </details>
            </fieldset>

            <PreviousForloeb/>

            <fieldset>
                <legend class="h3">{tx(|t| t.support_legend)}</legend>
                <Select
                    id="ydelse_before"
                    label=tx(|t| t.ydelse_before)
                    options=ydelse_options
                    value=|f| f.ydelse_before.clone()
                    set=|f, v| f.ydelse_before = v
                />
                <TextField
                    id="ydelse_before_monthly"
                    label=tx(|t| t.ydelse_before_monthly)
                    hint=tx(|t| t.ydelse_before_monthly_hint)
                    kind=Kind::Amount
                    bind=Binding::field(|f| &f.ydelse_before_monthly, |f| &mut f.ydelse_before_monthly)
                />
                <TextField
                    id="sygedagpenge_until"
                    label=tx(|t| t.sygedagpenge_until)
                    hint=tx(|t| t.sygedagpenge_until_hint)
                    kind=Kind::Date
                    bind=Binding::field(|f| &f.sygedagpenge_until, |f| &mut f.sygedagpenge_until)
                />
                <TextField
                    id="other_income_monthly"
                    label=tx(|t| t.other_income_monthly)
                    hint=tx(|t| t.other_income_monthly_hint)
                    kind=Kind::Amount
                    bind=Binding::field(|f| &f.other_income_monthly, |f| &mut f.other_income_monthly)
                />
                <TextField
                    id="wage_income_monthly"
                    label=tx(|t| t.wage_income_monthly)
                    hint=tx(|t| t.wage_income_monthly_hint)
                    kind=Kind::Amount
                    bind=Binding::field(|f| &f.wage_income_monthly, |f| &mut f.wage_income_monthly)
                />
            </fieldset>

            <fieldset>
                <legend class="h3">{tx(|t| t.sick_legend)}</legend>
                <Checkbox
                    id="on_sygedagpenge"
                    label=tx(|t| t.on_sygedagpenge)
                    hint=tx(|t| t.on_sygedagpenge_hint)
                    value=|f| f.on_sygedagpenge
                    set=|f, v| f.on_sygedagpenge = v
                />
                <Select
                    id="sygedagpenge_extension_possible"
                    label=tx(|t| t.extension)
                    hint=tx(|t| t.extension_hint)
                    options=answers
                    value=|f| f.sygedagpenge_extension_possible.clone()
                    set=|f, v| f.sygedagpenge_extension_possible = v
                />
                <Checkbox
                    id="unfit_for_work"
                    label=tx(|t| t.unfit_for_work)
                    value=|f| f.unfit_for_work
                    set=|f, v| f.unfit_for_work = v
                />
            </fieldset>

            <fieldset>
                <legend class="h3">{tx(|t| t.kommune_legend)}</legend>
                <p class="form-hint">{tx(|t| t.kommune_hint)}</p>
                <Select
                    id="target_group"
                    label=tx(|t| t.target_group)
                    hint=tx(|t| t.target_group_hint)
                    options=answers
                    value=|f| f.target_group.clone()
                    set=|f, v| f.target_group = v
                />
                <Select
                    id="development_perspective"
                    label=tx(|t| t.perspective)
                    hint=tx(|t| t.perspective_hint)
                    options=answers
                    value=|f| f.development_perspective.clone()
                    set=|f, v| f.development_perspective = v
                />
                <Indicators/>
            </fieldset>

            <fieldset>
                <legend class="h3">{tx(|t| t.rates_legend)}</legend>
                <Select
                    id="rate_year"
                    label=tx(|t| t.rate_year)
                    hint=tx(|t| t.rate_year_hint)
                    options=years
                    value=|f| f.rate_year.clone()
                    set=|f, v| f.rate_year = v
                />
            </fieldset>
        </form>
    }
}

/// The seed's indicators for and against a development perspective (R2), to help answer.
#[component]
fn Indicators() -> impl IntoView {
    let ctx = use_ctx();
    let list = move |items: fn(&'static Texts) -> [&'static str; 4]| {
        move || {
            items(ctx.t())
                .into_iter()
                .map(|item| view! { <li>{item}</li> })
                .collect_view()
        }
    };
    view! {
        <details class="details indicators">
            <summary class="details-summary">{move || ctx.t().indicators_summary}</summary>
            <div class="details-text">
                <p class="weight-semibold">{move || ctx.t().indicators_for}</p>
                <ul>{list(|t| t.indicators_for_list)}</ul>
                <p class="weight-semibold">{move || ctx.t().indicators_against}</p>
                <ul>{list(|t| t.indicators_against_list)}</ul>
                <p class="form-hint">{move || ctx.t().indicators_source}</p>
            </div>
        </details>
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
            <button type="button" id="add-previous-forloeb" class="button button-secondary" on:click=add>
                {move || ctx.t().previous_add}
            </button>
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
        ctx.form.update(|f| f.remove_previous(key));
        focus_field("add-previous-forloeb");
    };
    view! {
        <fieldset class="previous-row">
            <legend class="h4">{move || (ctx.t().previous_row)(index.get() + 1)}</legend>
            <div class="previous-dates">
                <TextField
                    id=id("start")
                    label=text(|t| t.previous_start)
                    hint=text(|t| t.date_hint)
                    kind=Kind::Date
                    bind=bind(|r| &r.start, |r| &mut r.start)
                />
                <TextField
                    id=id("end")
                    label=text(|t| t.previous_end)
                    hint=text(|t| t.date_hint)
                    kind=Kind::Date
                    bind=bind(|r| &r.end, |r| &mut r.end)
                />
            </div>
            <TextField
                id=id("excluded_days")
                label=text(|t| t.previous_excluded)
                hint=text(|t| t.previous_excluded_hint)
                kind=Kind::Days
                bind=bind(|r| &r.excluded_days, |r| &mut r.excluded_days)
            />
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
