//! The form's fields as data, and as markup (see markup.rs): DKFDS fields with the label above,
//! the hint, the error message above the control, no placeholders; each control's id is its
//! SPEC § 7 field name; the earlier forløb's cells are `previous_forloeb-N-start|end|excluded_days`.
//! The page builds each fieldset from this markup and keeps the values and problems on show in
//! step with the state (page/form.rs); the earlier forløb are rebuilt when a row is added or
//! removed.
//!
//! Why markup: the ~120 elements of the form are the bulk of the page at start, and building
//! them as Leptos views took one DOM call per element and attribute and a monomorphised copy
//! of the view code per kind of field (README, performance).

use crate::form::{cell, cell_id, Column, FieldError, FormState, MAX_CHARS, MAX_ROWS};
use crate::form::{ANSWER_VALUES, YDELSE_BEFORE_VALUES};
use crate::present::markup::{el, esc, icon_html, list, IconKind};
use crate::rules::satser::SATSER;
use crate::text::{Lang, Texts};
use std::fmt::Write;

/// A text of the current language.
pub type Text = fn(&'static Texts) -> &'static str;

#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Kind {
    Date,
    Amount,
    Days,
}

impl Kind {
    /// `inputmode` and the DKFDS width class.
    pub fn input(self) -> (&'static str, &'static str) {
        match self {
            Kind::Date => ("numeric", "input-width-s"),
            Kind::Amount => ("decimal", "input-width-m"),
            Kind::Days => ("numeric", "input-width-xs"),
        }
    }
}

/// The choices of a select, as (SPEC § 7 value, label) pairs.
#[derive(Clone, Copy)]
pub enum Choices {
    Answers,
    YdelseBefore,
    /// Exactly the years in rules::satser; a year sourced only secondarily says so.
    RateYears,
}

pub enum Field {
    /// id, label, hint, kind, autocomplete.
    Text(&'static str, Text, Text, Kind, &'static str),
    /// id, label, hint.
    Check(&'static str, Text, Option<Text>),
    /// id, label, hint, choices.
    Select(&'static str, Text, Option<Text>, Choices),
    /// The "Avanceret" details around the grant date.
    Advanced,
    /// A hint paragraph.
    Hint(Text),
    /// The indicators for and against a development perspective (R2), to help answer.
    Indicators,
}

impl Field {
    /// The field's label, if it has a control.
    fn label(&self) -> Option<Text> {
        match *self {
            Field::Text(_, label, ..) | Field::Check(_, label, _) | Field::Select(_, label, ..) => {
                Some(label)
            }
            Field::Advanced | Field::Hint(_) | Field::Indicators => None,
        }
    }

    /// The id of the field's own control, if it has one.
    pub fn control_id(&self) -> Option<&'static str> {
        match *self {
            Field::Text(id, ..) | Field::Check(id, ..) | Field::Select(id, ..) => Some(id),
            Field::Advanced | Field::Hint(_) | Field::Indicators => None,
        }
    }
}

pub struct Fieldset {
    pub legend: Text,
    pub fields: &'static [Field],
}

const DECISION_DATE: Field = Field::Text(
    "decision_date",
    |t| t.decision_date,
    |t| t.decision_date_hint,
    Kind::Date,
    "off",
);

/// The counsellor's switch that shows every field, also those that do not apply
/// (`FormState::shown`). Above the fieldsets, outside them: it is about the form, not the person.
pub const SHOW_ALL: Field = Field::Check(
    "show-all-fields",
    |t| t.show_all_fields,
    Some(|t| t.show_all_fields_hint),
);

/// The fieldsets before the earlier forløb.
pub const BEFORE_PREVIOUS: [Fieldset; 2] = [
    Fieldset {
        legend: |t| t.about_legend,
        fields: &[
            Field::Text(
                "birth_date",
                |t| t.birth_date,
                |t| t.date_hint,
                Kind::Date,
                "bday",
            ),
            Field::Check("forsoerger", |t| t.forsoerger, Some(|t| t.forsoerger_hint)),
            Field::Check(
                "hjemmeboende",
                |t| t.hjemmeboende,
                Some(|t| t.hjemmeboende_hint),
            ),
        ],
    },
    Fieldset {
        legend: |t| t.new_legend,
        fields: &[
            Field::Text("date", |t| t.date, |t| t.date_extra_hint, Kind::Date, "off"),
            Field::Check(
                "wishes_forloeb",
                |t| t.wishes_forloeb,
                Some(|t| t.wishes_forloeb_hint),
            ),
            Field::Advanced,
        ],
    },
];

/// The fieldsets after the earlier forløb.
pub const AFTER_PREVIOUS: [Fieldset; 4] = [
    Fieldset {
        legend: |t| t.support_legend,
        fields: &[
            Field::Select(
                "ydelse_before",
                |t| t.ydelse_before,
                None,
                Choices::YdelseBefore,
            ),
            Field::Text(
                "ydelse_before_monthly",
                |t| t.ydelse_before_monthly,
                |t| t.ydelse_before_monthly_hint,
                Kind::Amount,
                "off",
            ),
            Field::Text(
                "sygedagpenge_until",
                |t| t.sygedagpenge_until,
                |t| t.sygedagpenge_until_hint,
                Kind::Date,
                "off",
            ),
            Field::Text(
                "other_income_monthly",
                |t| t.other_income_monthly,
                |t| t.other_income_monthly_hint,
                Kind::Amount,
                "off",
            ),
            Field::Text(
                "wage_income_monthly",
                |t| t.wage_income_monthly,
                |t| t.wage_income_monthly_hint,
                Kind::Amount,
                "off",
            ),
        ],
    },
    Fieldset {
        legend: |t| t.sick_legend,
        fields: &[
            Field::Check(
                "on_sygedagpenge",
                |t| t.on_sygedagpenge,
                Some(|t| t.on_sygedagpenge_hint),
            ),
            Field::Select(
                "sygedagpenge_extension_possible",
                |t| t.extension,
                Some(|t| t.extension_hint),
                Choices::Answers,
            ),
            Field::Check("unfit_for_work", |t| t.unfit_for_work, None),
        ],
    },
    Fieldset {
        legend: |t| t.kommune_legend,
        fields: &[
            Field::Hint(|t| t.kommune_hint),
            Field::Select(
                "target_group",
                |t| t.target_group,
                Some(|t| t.target_group_hint),
                Choices::Answers,
            ),
            Field::Select(
                "development_perspective",
                |t| t.perspective,
                Some(|t| t.perspective_hint),
                Choices::Answers,
            ),
            Field::Indicators,
        ],
    },
    Fieldset {
        legend: |t| t.rates_legend,
        fields: &[Field::Select(
            "rate_year",
            |t| t.rate_year,
            Some(|t| t.rate_year_hint),
            Choices::RateYears,
        )],
    },
];

/// Every field with a control of its own, in page order (the grant date inside "Avanceret").
pub fn controls() -> impl Iterator<Item = &'static Field> {
    BEFORE_PREVIOUS
        .iter()
        .chain(&AFTER_PREVIOUS)
        .flat_map(|fs| fs.fields)
        .flat_map(|f| match f {
            Field::Advanced => Some(&DECISION_DATE),
            Field::Text(..) | Field::Check(..) | Field::Select(..) => Some(f),
            Field::Hint(_) | Field::Indicators => None,
        })
}

/// The label, hint and kind of an earlier forløb's cells in `column`.
fn column_field(column: Column) -> (Text, Text, Kind) {
    match column {
        Column::Start => (|t| t.previous_start, |t| t.date_hint, Kind::Date),
        Column::End => (|t| t.previous_end, |t| t.date_hint, Kind::Date),
        Column::ExcludedDays => (
            |t| t.previous_excluded,
            |t| t.previous_excluded_hint,
            Kind::Days,
        ),
    }
}

/// The kind of the text field with this id, an earlier forløb's cell included (`None`: not a
/// text field).
pub fn text_kind(id: &str) -> Option<Kind> {
    controls()
        .find_map(|f| match f {
            Field::Text(i, _, _, kind, _) if *i == id => Some(*kind),
            _ => None,
        })
        .or_else(|| cell(id).map(|(_, column)| column_field(column).2))
}

/// A field's name as the error summary shows it, from its id: "Forløb 2: Sidste dag" for
/// `previous_forloeb-1-end`, "Forløb 2" for a problem with the whole row `previous_forloeb-1`.
pub fn field_label(t: &'static Texts, id: &str) -> String {
    if let Some(label) = controls()
        .chain([&SHOW_ALL])
        .find(|f| f.control_id() == Some(id))
        .and_then(Field::label)
    {
        return label(t).to_string();
    }
    if let Some((row, column)) = cell(id) {
        return format!(
            "{}: {}",
            (t.previous_row)(row + 1),
            column_field(column).0(t)
        );
    }
    match id
        .strip_prefix("previous_forloeb-")
        .and_then(|row| row.parse::<usize>().ok())
    {
        Some(row) => (t.previous_row)(row + 1),
        None => t.previous_legend.to_string(),
    }
}

/// The DKFDS error summary (`#error-summary`): every problem on show, each a link to its field;
/// nothing while there is none.
pub fn error_summary_html(t: &'static Texts, errors: &[FieldError]) -> String {
    if errors.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<div class=\"alert alert-error error-summary\" id=\"error-summary\" tabindex=\"-1\">{}<div class=\"alert-body\">",
        icon_html(IconKind::Error)
    );
    el(&mut out, "h2", "class=\"alert-heading\"", t.errors_heading);
    let _ = write!(
        out,
        "<ul class=\"alert-text nobullet-list\">{}</ul></div></div>",
        error_items_html(t, errors)
    );
    out
}

/// The error summary's lines, redrawn alone while the summary stays, so that a screen reader in
/// its live region hears the new problems, not the heading again.
pub fn error_items_html(t: &'static Texts, errors: &[FieldError]) -> String {
    let mut out = String::new();
    for e in errors {
        let _ = write!(
            out,
            "<li><a class=\"function-link\" href=\"#{}\">{}: {}</a></li>",
            esc(&e.id),
            esc(&field_label(t, &e.id)),
            esc(t.problem(&e.problem))
        );
    }
    out
}

/// True for the id of a select.
pub fn is_choice(id: &str) -> bool {
    controls().any(|f| matches!(f, Field::Select(i, ..) if *i == id))
}

impl Choices {
    pub fn options(self, lang: Lang) -> Vec<(String, String)> {
        let t = lang.texts();
        let pairs = |values: &[&str], labels: &[&str]| {
            values
                .iter()
                .zip(labels)
                .map(|(v, l)| (v.to_string(), l.to_string()))
                .collect()
        };
        match self {
            Choices::Answers => pairs(&ANSWER_VALUES, &t.answers),
            Choices::YdelseBefore => pairs(&YDELSE_BEFORE_VALUES, &t.ydelse_before_options),
            Choices::RateYears => {
                let c = lang.c();
                SATSER
                    .iter()
                    .filter(|s| s.selectable())
                    .map(|s| (s.year.to_string(), (c.rate_year_option)(s)))
                    .collect()
            }
        }
    }
}

/// The contents of the error message above a control (empty when there is no problem).
pub fn error_html(t: &Texts, problem: Option<&str>) -> String {
    let mut out = String::new();
    if let Some(problem) = problem {
        el(&mut out, "span", "class=\"sr-only\"", t.error_prefix);
        out.push_str(&esc(problem));
    }
    out
}

/// `aria-describedby` of a control: its hint and, with a problem on show, its error message.
pub fn described_by(id: &str, hint: bool, problem: bool) -> Option<String> {
    let ids: Vec<String> = [
        hint.then(|| format!("{id}-hint")),
        problem.then(|| format!("{id}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The `hidden` attribute of a field's group: a field that does not apply is in the DOM (its
/// SPEC § 7 id stays), not on show.
fn hidden_unless(shown: bool) -> &'static str {
    if shown {
        ""
    } else {
        " hidden"
    }
}

/// The switch `show-all-fields` as it is now.
pub fn show_all_html(lang: Lang, form: &FormState) -> String {
    let mut out = String::new();
    field_html(&mut out, &SHOW_ALL, lang, form, &|_| None);
    out
}

/// A fieldset's contents (its legend and fields) as they are now: values from `form`, the
/// problem on show for a field from `problem`.
pub fn fieldset_html(
    fieldset: &Fieldset,
    lang: Lang,
    form: &FormState,
    problem: &dyn Fn(&str) -> Option<String>,
) -> String {
    let t = lang.texts();
    let mut out = String::new();
    el(&mut out, "legend", "class=\"h3\"", (fieldset.legend)(t));
    for field in fieldset.fields {
        field_html(&mut out, field, lang, form, problem);
    }
    out
}

fn field_html(
    out: &mut String,
    field: &Field,
    lang: Lang,
    form: &FormState,
    problem: &dyn Fn(&str) -> Option<String>,
) {
    let t = lang.texts();
    match *field {
        Field::Text(id, label, hint, kind, autocomplete) => {
            let value = form.text(id).map(String::as_str).unwrap_or_default();
            let field = TextField {
                id,
                label: label(t),
                hint: hint(t),
                kind,
                autocomplete,
            };
            text_field_html(
                out,
                &field,
                value,
                form.shown(id),
                problem(id).as_deref(),
                t,
            );
        }
        Field::Check(id, label, hint) => {
            let checked = if form.flag(id) == Some(true) {
                " checked"
            } else {
                ""
            };
            let described = hint
                .map(|_| format!(" aria-describedby=\"{id}-hint\""))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<div class=\"form-group-checkbox\"{}><input class=\"form-checkbox\" type=\"checkbox\" \
                 id=\"{id}\" name=\"{id}\"{described}{checked}>",
                hidden_unless(form.shown(id))
            );
            el(
                out,
                "label",
                &format!("for=\"{id}\" class=\"form-label\""),
                label(t),
            );
            if let Some(hint) = hint {
                el(
                    out,
                    "span",
                    &format!("class=\"form-hint\" id=\"{id}-hint\""),
                    hint(t),
                );
            }
            out.push_str("</div>");
        }
        Field::Select(id, label, hint, choices) => {
            let problem = problem(id);
            group_start(
                out,
                id,
                form.shown(id),
                label(t),
                hint.map(|h| h(t)),
                problem.as_deref(),
                t,
            );
            let _ = write!(
                out,
                "<select class=\"form-select\" id=\"{id}\" name=\"{id}\"{}>",
                control_aria(id, hint.is_some(), problem.is_some())
            );
            let current = form.text(id).map(String::as_str).unwrap_or_default();
            for (value, text) in choices.options(lang) {
                let selected = if value == current { " selected" } else { "" };
                el(
                    out,
                    "option",
                    &format!("value=\"{}\"{selected}", esc(&value)),
                    &text,
                );
            }
            out.push_str("</select></div>");
        }
        Field::Advanced => {
            // Open when the grant date holds something or has a problem: never hidden then.
            let open = !form.decision_date.is_empty() || problem("decision_date").is_some();
            let _ = write!(
                out,
                "<details class=\"details\"{}>",
                if open { " open" } else { "" }
            );
            el(out, "summary", "class=\"details-summary\"", t.advanced);
            out.push_str("<div class=\"details-text\">");
            field_html(out, &DECISION_DATE, lang, form, problem);
            out.push_str("</div></details>");
        }
        Field::Hint(hint) => el(out, "p", "class=\"form-hint\"", hint(t)),
        Field::Indicators => {
            out.push_str("<details class=\"details indicators\">");
            el(
                out,
                "summary",
                "class=\"details-summary\"",
                t.indicators_summary,
            );
            out.push_str("<div class=\"details-text\">");
            for (heading, items) in [
                (t.indicators_for, t.indicators_for_list),
                (t.indicators_against, t.indicators_against_list),
            ] {
                el(out, "p", "class=\"weight-semibold\"", heading);
                list(out, &items);
            }
            el(out, "p", "class=\"form-hint\"", t.indicators_source);
            out.push_str("</div></details>");
        }
    }
}

/// A text field as it is drawn.
struct TextField<'a> {
    id: &'a str,
    label: &'a str,
    hint: &'a str,
    kind: Kind,
    autocomplete: &'a str,
}

/// The one DKFDS text field: label above, hint, the error message above the input, no
/// placeholder; the form's own fields and the earlier forløb's cells alike.
fn text_field_html(
    out: &mut String,
    f: &TextField,
    value: &str,
    shown: bool,
    problem: Option<&str>,
    t: &Texts,
) {
    let TextField {
        id,
        label,
        hint,
        kind,
        autocomplete,
    } = *f;
    let (inputmode, width) = kind.input();
    group_start(out, id, shown, label, Some(hint), problem, t);
    let _ = write!(
        out,
        "<input class=\"form-input {width}\" type=\"text\" id=\"{id}\" name=\"{id}\" \
         inputmode=\"{inputmode}\" autocomplete=\"{autocomplete}\" spellcheck=\"false\" maxlength=\"{MAX_CHARS}\"{} value=\"{}\"></div>",
        control_aria(id, true, problem.is_some()),
        esc(value)
    );
}

/// The earlier forløb's fieldset contents as they are now: a row per forløb (start, end, leave
/// days, a button that removes it), the button that adds one — disabled at `MAX_ROWS`, the
/// most the save/share format holds, with the reason beside it.
pub fn previous_html(
    lang: Lang,
    form: &FormState,
    problem: &dyn Fn(&str) -> Option<String>,
) -> String {
    let t = lang.texts();
    let mut out = String::new();
    el(&mut out, "legend", "class=\"h3\"", t.previous_legend);
    el(&mut out, "p", "class=\"form-hint\"", t.previous_hint);
    if form.previous_forloeb.is_empty() {
        el(&mut out, "p", "class=\"previous-none\"", t.previous_none);
    }
    for row in 0..form.previous_forloeb.len() {
        out.push_str("<fieldset class=\"previous-row\">");
        el(
            &mut out,
            "legend",
            "class=\"h4\"",
            &(t.previous_row)(row + 1),
        );
        let cell_html = |out: &mut String, column: Column| {
            let id = cell_id(row, column);
            let (label, hint, kind) = column_field(column);
            let field = TextField {
                id: &id,
                label: label(t),
                hint: hint(t),
                kind,
                autocomplete: "off",
            };
            let value = form.text(&id).map(String::as_str).unwrap_or_default();
            text_field_html(out, &field, value, true, problem(&id).as_deref(), t);
        };
        out.push_str("<div class=\"previous-dates\">");
        cell_html(&mut out, Column::Start);
        cell_html(&mut out, Column::End);
        out.push_str("</div>");
        cell_html(&mut out, Column::ExcludedDays);
        el(
            &mut out,
            "button",
            &format!("type=\"button\" id=\"remove-previous-forloeb-{row}\" class=\"button button-tertiary\""),
            &(t.previous_remove)(row + 1),
        );
        out.push_str("</fieldset>");
    }
    let full = form.previous_forloeb.len() >= MAX_ROWS;
    el(
        &mut out,
        "button",
        &format!(
            "type=\"button\" id=\"add-previous-forloeb\" class=\"button button-secondary\"{}",
            if full {
                " disabled aria-describedby=\"previous-max\""
            } else {
                ""
            }
        ),
        t.previous_add,
    );
    el(
        &mut out,
        "p",
        &format!(
            "class=\"form-hint\" id=\"previous-max\"{}",
            hidden_unless(full)
        ),
        t.previous_max,
    );
    out
}

/// The form group up to its control: label, hint, and the error message (hidden without a
/// problem, so that the page can show one without rebuilding the field).
fn group_start(
    out: &mut String,
    id: &str,
    shown: bool,
    label: &str,
    hint: Option<&str>,
    problem: Option<&str>,
    t: &Texts,
) {
    let error_class = if problem.is_some() { " form-error" } else { "" };
    let _ = write!(
        out,
        "<div class=\"form-group{error_class}\"{}>",
        hidden_unless(shown)
    );
    el(
        out,
        "label",
        &format!("class=\"form-label\" for=\"{id}\""),
        label,
    );
    if let Some(hint) = hint {
        el(
            out,
            "span",
            &format!("class=\"form-hint\" id=\"{id}-hint\""),
            hint,
        );
    }
    let hidden = if problem.is_some() { "" } else { " hidden" };
    let _ = write!(
        out,
        "<span class=\"form-error-message\" id=\"{id}-error\"{hidden}>{}</span>",
        error_html(t, problem)
    );
}

fn control_aria(id: &str, hint: bool, problem: bool) -> String {
    let mut out = String::new();
    if let Some(ids) = described_by(id, hint, problem) {
        let _ = write!(out, " aria-describedby=\"{ids}\"");
    }
    if problem {
        out.push_str(" aria-invalid=\"true\"");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn every_spec_field_has_one_control_with_its_id() {
        use crate::form::{CHOICE_FIELDS, FLAG_FIELDS, TEXT_FIELDS};
        let mut ids: Vec<&str> = controls().map(|f| f.control_id().unwrap()).collect();
        let mut fields: Vec<&str> = TEXT_FIELDS
            .iter()
            .chain(CHOICE_FIELDS)
            .chain(FLAG_FIELDS)
            .copied()
            .collect();
        assert_eq!(ids.len(), 17);
        ids.sort_unstable();
        fields.sort_unstable();
        assert_eq!(
            ids, fields,
            "the table of fields and the form's list differ"
        );
        for id in TEXT_FIELDS {
            assert!(text_kind(id).is_some(), "{id} is not drawn as a text field");
        }
        for id in CHOICE_FIELDS {
            assert!(is_choice(id), "{id} is not drawn as a select");
        }
        assert_eq!(text_kind("ydelse_before_monthly"), Some(Kind::Amount));
        assert_eq!(text_kind("decision_date"), Some(Kind::Date));
        assert_eq!(text_kind("rate_year"), None);
        assert!(is_choice("rate_year") && !is_choice("birth_date"));
    }

    #[test]
    fn the_fields_are_drawn_in_the_order_the_error_summary_lists_them() {
        let ids = |fieldsets: &'static [Fieldset]| -> Vec<&'static str> {
            fieldsets
                .iter()
                .flat_map(|fs| fs.fields)
                .flat_map(|f| match f {
                    Field::Advanced => DECISION_DATE.control_id(),
                    f => f.control_id(),
                })
                .collect()
        };
        let mut drawn = ids(&BEFORE_PREVIOUS);
        drawn.push("previous_forloeb");
        drawn.extend(ids(&AFTER_PREVIOUS));
        assert_eq!(drawn, crate::form::FIELD_ORDER);
    }

    #[test]
    fn the_error_summary_names_each_field_and_each_row() {
        use crate::text::{DA, EN};
        assert_eq!(
            field_label(&DA, "previous_forloeb-1-end"),
            "Forløb 2: Sidste dag"
        );
        assert_eq!(field_label(&EN, "previous_forloeb-0"), "Programme 1");
        assert_eq!(field_label(&DA, "birth_date"), "Fødselsdato");
        assert_eq!(field_label(&DA, "decision_date"), DA.decision_date);
        assert_eq!(field_label(&EN, "development_perspective"), EN.perspective);
    }

    #[test]
    fn earlier_forloeb_rows_are_drawn_with_their_values_and_problems() {
        let mut form = FormState::default();
        let empty = previous_html(Lang::Da, &form, &none);
        assert!(empty.contains("class=\"previous-none\""));
        assert!(!empty.contains("previous-row"));
        form.add_previous();
        form.add_previous();
        form.previous_forloeb[1].end = "31-12-2019".into();
        let problem =
            |id: &str| (id == "previous_forloeb-1-end").then(|| "Skriv en dato".to_string());
        let html = previous_html(Lang::Da, &form, &problem);
        assert!(!html.contains("previous-none"));
        assert_eq!(html.matches("class=\"previous-row\"").count(), 2);
        for row in 0..2 {
            for column in Column::ALL {
                assert_eq!(
                    html.matches(&format!(" id=\"{}\"", cell_id(row, column)))
                        .count(),
                    1
                );
            }
            assert!(html.contains(&format!("id=\"remove-previous-forloeb-{row}\"")));
        }
        assert!(html.contains(
            "id=\"previous_forloeb-1-end\" name=\"previous_forloeb-1-end\" inputmode=\"numeric\""
        ));
        assert!(html.contains("aria-invalid=\"true\" value=\"31-12-2019\""));
        assert_eq!(html.matches("aria-invalid").count(), 1);
        assert!(html.contains("<legend class=\"h4\">Forløb 2</legend>"));
        assert!(html.contains("id=\"previous-max\" hidden"));
        assert!(!html.contains("disabled"));
    }

    #[test]
    fn at_the_most_rows_the_add_button_is_disabled_and_says_why() {
        let mut form = FormState::default();
        for _ in 0..MAX_ROWS {
            form.add_previous();
        }
        let html = previous_html(Lang::En, &form, &none);
        assert!(html.contains("id=\"add-previous-forloeb\" class=\"button button-secondary\" disabled aria-describedby=\"previous-max\""));
        assert!(html.contains(&format!(
            "<p class=\"form-hint\" id=\"previous-max\">{}</p>",
            esc(crate::text::EN.previous_max)
        )));
    }

    #[test]
    fn a_text_field_shows_its_value_and_its_problem() {
        let mut form = FormState::default();
        form.birth_date = "15-03-\"1975".into();
        let problem =
            |id: &str| (id == "birth_date").then(|| "Skriv en dato <dd-mm-åååå>".to_string());
        let html = fieldset_html(&BEFORE_PREVIOUS[0], Lang::Da, &form, &problem);
        for part in [
            "<legend class=\"h3\">",
            "<div class=\"form-group form-error\"><label class=\"form-label\" for=\"birth_date\">",
            "<span class=\"form-error-message\" id=\"birth_date-error\"><span class=\"sr-only\">Fejl: </span>Skriv en dato &lt;dd-mm-åååå&gt;</span>",
            "id=\"birth_date\" name=\"birth_date\" inputmode=\"numeric\" autocomplete=\"bday\" spellcheck=\"false\" maxlength=\"100\" \
             aria-describedby=\"birth_date-hint birth_date-error\" aria-invalid=\"true\" value=\"15-03-&quot;1975\">",
            "<input class=\"form-checkbox\" type=\"checkbox\" id=\"forsoerger\" name=\"forsoerger\" aria-describedby=\"forsoerger-hint\">",
        ] {
            assert!(html.contains(part), "missing {part:?} in\n{html}");
        }
        let quiet = fieldset_html(&BEFORE_PREVIOUS[0], Lang::Da, &form, &none);
        assert!(quiet
            .contains("<span class=\"form-error-message\" id=\"birth_date-error\" hidden></span>"));
        assert!(quiet.contains("aria-describedby=\"birth_date-hint\" value="));
    }

    #[test]
    fn choices_mark_the_current_value_and_advanced_opens_when_used() {
        let mut form = FormState::default();
        form.ydelse_before = "sygedagpenge".into();
        form.forsoerger = true;
        let html = fieldset_html(&AFTER_PREVIOUS[0], Lang::En, &form, &none);
        assert!(
            html.contains("<option value=\"sygedagpenge\" selected>"),
            "{html}"
        );
        assert_eq!(html.matches(" selected").count(), 1);
        assert!(fieldset_html(&BEFORE_PREVIOUS[0], Lang::Da, &form, &none).contains(" checked>"));
        assert!(!fieldset_html(&BEFORE_PREVIOUS[1], Lang::Da, &form, &none)
            .contains("<details class=\"details\" open>"));
        form.decision_date = "01-02-2025".into();
        assert!(fieldset_html(&BEFORE_PREVIOUS[1], Lang::Da, &form, &none)
            .contains("<details class=\"details\" open>"));
    }

    #[test]
    fn a_field_that_does_not_apply_is_in_the_markup_but_hidden() {
        let mut form = FormState::default();
        let html = fieldset_html(&AFTER_PREVIOUS[0], Lang::Da, &form, &none);
        for id in ["ydelse_before_monthly", "sygedagpenge_until"] {
            let control = html.find(&format!("id=\"{id}\"")).unwrap();
            let group = html[..control].rfind("<div class=\"form-group\"").unwrap();
            assert!(
                html[group..].starts_with("<div class=\"form-group\" hidden>"),
                "{id}"
            );
        }
        assert!(html.contains(
            "<div class=\"form-group\"><label class=\"form-label\" for=\"ydelse_before\">"
        ));
        form.ydelse_before = "sygedagpenge".into();
        let html = fieldset_html(&AFTER_PREVIOUS[0], Lang::Da, &form, &none);
        assert!(!html.contains("form-group\" hidden>"), "{html}");
        let sick = fieldset_html(&AFTER_PREVIOUS[1], Lang::En, &form, &none);
        assert_eq!(
            sick.matches("<div class=\"form-group-checkbox\" hidden>")
                .count(),
            1
        );
        assert_eq!(sick.matches("<div class=\"form-group\" hidden>").count(), 1);
        form.show_all_fields = true;
        let sick = fieldset_html(&AFTER_PREVIOUS[1], Lang::En, &form, &none);
        assert!(!sick.contains("form-group\" hidden>") && !sick.contains("checkbox\" hidden>"));
        assert!(show_all_html(Lang::Da, &form).contains("id=\"show-all-fields\" name=\"show-all-fields\" aria-describedby=\"show-all-fields-hint\" checked>"));
    }

    /// No summary without a problem; each problem is a link to its field, the row's cells named
    /// with their row.
    #[test]
    fn the_error_summary_links_each_problem_to_its_field() {
        use crate::form::Problem;
        let t = Lang::Da.texts();
        assert_eq!(error_summary_html(t, &[]), "");
        let errors = [FieldError {
            id: "previous_forloeb-1-end".into(),
            problem: Problem::NotADate,
        }];
        let html = error_summary_html(t, &errors);
        assert!(
            html.starts_with("<div class=\"alert alert-error error-summary\" id=\"error-summary\"")
        );
        assert!(html.contains(&esc(t.errors_heading)));
        let item = format!(
            "<li><a class=\"function-link\" href=\"#previous_forloeb-1-end\">{}: {}</a></li>",
            esc(&field_label(t, "previous_forloeb-1-end")),
            esc(t.err_date)
        );
        assert!(html.contains(&item), "{html}");
        assert!(item.contains("Forløb 2"));
    }
}
