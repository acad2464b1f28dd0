//! The form, grouped the way a person thinks about their situation. No submit button: the
//! answer follows the fields.

use super::app::{focus_field, use_ctx};
use super::fields::{checkbox, select, text_field, Binding, Kind};
use super::form_state::{FormState, PreviousRow};
use super::html::{el, list};
use super::i18n::{Texts, ANSWER_VALUES, YDELSE_BEFORE_VALUES};
use crate::rules::satser::SATSER;
use leptos::either::EitherOf6;
use leptos::prelude::*;

/// A text of the current language.
type Text = fn(&'static Texts) -> &'static str;
type Options = Signal<Vec<(String, String)>>;

/// One field of the form, as data: all fields of a kind are built by the same code
/// (`field`), instead of one `view!` (and one monomorphised copy of tachys) per field.
enum Field {
    /// id, label, hint, kind, autocomplete, read, write.
    Text(
        &'static str,
        Text,
        Text,
        Kind,
        &'static str,
        fn(&FormState) -> &String,
        fn(&mut FormState) -> &mut String,
    ),
    /// id, label, hint, read, write.
    Check(
        &'static str,
        Text,
        Option<Text>,
        fn(&FormState) -> bool,
        fn(&mut FormState, bool),
    ),
    /// id, label, hint, options, read, write.
    Select(
        &'static str,
        Text,
        Option<Text>,
        Options,
        fn(&FormState) -> String,
        fn(&mut FormState, String),
    ),
    /// The "Avanceret" details around the grant date.
    Advanced(NodeRef<leptos::html::Details>),
    /// A hint paragraph.
    Hint(Text),
    /// The indicators for and against a development perspective.
    Indicators,
}

fn tx(f: Text) -> Signal<String> {
    let ctx = use_ctx();
    Signal::derive(move || f(ctx.t()).to_string())
}

fn text(
    id: &'static str,
    label: Text,
    hint: Text,
    kind: Kind,
    autocomplete: &'static str,
    get: fn(&FormState) -> &String,
    put: fn(&mut FormState) -> &mut String,
) -> impl IntoView + use<> {
    text_field(
        Signal::from(id),
        tx(label),
        tx(hint),
        kind,
        Binding::field(get, put),
        autocomplete,
    )
}

/// One concrete view type for every kind of field (an enum, not a type-erased `AnyView`, whose
/// vtable would keep each erased type's unused server-rendering code in the WebAssembly).
fn field(f: Field) -> impl IntoView + use<> {
    match f {
        Field::Text(id, label, hint, kind, autocomplete, get, put) => {
            EitherOf6::A(text(id, label, hint, kind, autocomplete, get, put))
        }
        Field::Check(id, label, hint, value, set) => {
            EitherOf6::B(checkbox(id, tx(label), hint.map(tx), value, set))
        }
        Field::Select(id, label, hint, options, value, set) => {
            EitherOf6::C(select(id, tx(label), hint.map(tx), options, value, set))
        }
        Field::Advanced(node_ref) => EitherOf6::D(view! {
            <details class="details" node_ref=node_ref>
                <summary class="details-summary">{tx(|t| t.advanced)}</summary>
                <div class="details-text">
                    {text("decision_date", |t| t.decision_date, |t| t.decision_date_hint, Kind::Date, "off", |f| &f.decision_date, |f| &mut f.decision_date)}
                </div>
            </details>
        }),
        Field::Hint(hint) => EitherOf6::E(view! { <p class="form-hint">{tx(hint)}</p> }),
        Field::Indicators => EitherOf6::F(view! { <Indicators/> }),
    }
}

/// A fieldset of the form: its legend and its fields (one concrete type for all of them).
fn fieldset(legend: Text, fields: Vec<Field>) -> impl IntoView + use<> {
    let fields = fields.into_iter().map(field).collect::<Vec<_>>();
    view! {
        <fieldset>
            <legend class="h3">{tx(legend)}</legend>
            {fields}
        </fieldset>
    }
}

#[component]
pub fn Form() -> impl IntoView {
    let ctx = use_ctx();
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

    let fieldsets = (
        fieldset(
            |t| t.about_legend,
            vec![
                Field::Text(
                    "birth_date",
                    |t| t.birth_date,
                    |t| t.date_hint,
                    Kind::Date,
                    "bday",
                    |f| &f.birth_date,
                    |f| &mut f.birth_date,
                ),
                Field::Check(
                    "forsoerger",
                    |t| t.forsoerger,
                    Some(|t| t.forsoerger_hint),
                    |f| f.forsoerger,
                    |f, v| f.forsoerger = v,
                ),
                Field::Check(
                    "hjemmeboende",
                    |t| t.hjemmeboende,
                    Some(|t| t.hjemmeboende_hint),
                    |f| f.hjemmeboende,
                    |f, v| f.hjemmeboende = v,
                ),
            ],
        ),
        fieldset(
            |t| t.new_legend,
            vec![
                Field::Text(
                    "date",
                    |t| t.date,
                    |t| t.date_extra_hint,
                    Kind::Date,
                    "off",
                    |f| &f.date,
                    |f| &mut f.date,
                ),
                Field::Check(
                    "wishes_forloeb",
                    |t| t.wishes_forloeb,
                    Some(|t| t.wishes_forloeb_hint),
                    |f| f.wishes_forloeb,
                    |f, v| f.wishes_forloeb = v,
                ),
                Field::Advanced(advanced),
            ],
        ),
        view! { <PreviousForloeb/> },
        fieldset(
            |t| t.support_legend,
            vec![
                Field::Select(
                    "ydelse_before",
                    |t| t.ydelse_before,
                    None,
                    ydelse_options,
                    |f| f.ydelse_before.clone(),
                    |f, v| f.ydelse_before = v,
                ),
                Field::Text(
                    "ydelse_before_monthly",
                    |t| t.ydelse_before_monthly,
                    |t| t.ydelse_before_monthly_hint,
                    Kind::Amount,
                    "off",
                    |f| &f.ydelse_before_monthly,
                    |f| &mut f.ydelse_before_monthly,
                ),
                Field::Text(
                    "sygedagpenge_until",
                    |t| t.sygedagpenge_until,
                    |t| t.sygedagpenge_until_hint,
                    Kind::Date,
                    "off",
                    |f| &f.sygedagpenge_until,
                    |f| &mut f.sygedagpenge_until,
                ),
                Field::Text(
                    "other_income_monthly",
                    |t| t.other_income_monthly,
                    |t| t.other_income_monthly_hint,
                    Kind::Amount,
                    "off",
                    |f| &f.other_income_monthly,
                    |f| &mut f.other_income_monthly,
                ),
                Field::Text(
                    "wage_income_monthly",
                    |t| t.wage_income_monthly,
                    |t| t.wage_income_monthly_hint,
                    Kind::Amount,
                    "off",
                    |f| &f.wage_income_monthly,
                    |f| &mut f.wage_income_monthly,
                ),
            ],
        ),
        fieldset(
            |t| t.sick_legend,
            vec![
                Field::Check(
                    "on_sygedagpenge",
                    |t| t.on_sygedagpenge,
                    Some(|t| t.on_sygedagpenge_hint),
                    |f| f.on_sygedagpenge,
                    |f, v| f.on_sygedagpenge = v,
                ),
                Field::Select(
                    "sygedagpenge_extension_possible",
                    |t| t.extension,
                    Some(|t| t.extension_hint),
                    answers,
                    |f| f.sygedagpenge_extension_possible.clone(),
                    |f, v| f.sygedagpenge_extension_possible = v,
                ),
                Field::Check(
                    "unfit_for_work",
                    |t| t.unfit_for_work,
                    None,
                    |f| f.unfit_for_work,
                    |f, v| f.unfit_for_work = v,
                ),
            ],
        ),
        fieldset(
            |t| t.kommune_legend,
            vec![
                Field::Hint(|t| t.kommune_hint),
                Field::Select(
                    "target_group",
                    |t| t.target_group,
                    Some(|t| t.target_group_hint),
                    answers,
                    |f| f.target_group.clone(),
                    |f, v| f.target_group = v,
                ),
                Field::Select(
                    "development_perspective",
                    |t| t.perspective,
                    Some(|t| t.perspective_hint),
                    answers,
                    |f| f.development_perspective.clone(),
                    |f, v| f.development_perspective = v,
                ),
                Field::Indicators,
            ],
        ),
        fieldset(
            |t| t.rates_legend,
            vec![Field::Select(
                "rate_year",
                |t| t.rate_year,
                Some(|t| t.rate_year_hint),
                years,
                |f| f.rate_year.clone(),
                |f, v| f.rate_year = v,
            )],
        ),
    );

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
            {fieldsets}
        </form>
    }
}

/// The seed's indicators for and against a development perspective (R2), to help answer
/// (markup: text only, see html.rs).
#[component]
fn Indicators() -> impl IntoView {
    let ctx = use_ctx();
    view! { <details class="details indicators" inner_html=move || indicators_html(ctx.t())></details> }
}

fn indicators_html(t: &Texts) -> String {
    let mut out = String::new();
    el(&mut out, "summary", "class=\"details-summary\"", t.indicators_summary);
    out.push_str("<div class=\"details-text\">");
    for (heading, items) in [
        (t.indicators_for, t.indicators_for_list),
        (t.indicators_against, t.indicators_against_list),
    ] {
        el(&mut out, "p", "class=\"weight-semibold\"", heading);
        list(&mut out, &items);
    }
    el(&mut out, "p", "class=\"form-hint\"", t.indicators_source);
    out.push_str("</div>");
    out
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
