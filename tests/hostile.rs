//! What a person can save or share comes back unchanged, and input from anywhere — a link, a
//! saved copy, a case file, a pasted value — never breaks anything (issue 12, review H1).
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use forloebsberegneren::case_format::{parse_situation, read_situation};
use forloebsberegneren::form::codec::{decode, encode};
use forloebsberegneren::form::{
    parse_amount, parse_date, parse_days, FormState, PreviousRow, MAX_CHARS, MAX_ROWS,
};
use forloebsberegneren::form::{ANSWER_VALUES, YDELSE_BEFORE_VALUES};
use forloebsberegneren::rules::satser::rate_years;
use proptest::prelude::*;

/// Anything a text field can hold: any characters (a pasted tab, emoji, `;`, `=`, `%`, `~`),
/// up to the form's limit.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..=MAX_CHARS)
        .prop_map(|chars| chars.into_iter().collect())
}

fn one_of(values: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(values).prop_map(str::to_string)
}

/// Every form state the page can produce: free text in the text fields, the offered choices
/// in the selects, up to `MAX_ROWS` earlier forløb.
fn form_state() -> impl Strategy<Value = FormState> {
    let years: Vec<String> = rate_years().map(|y| y.to_string()).collect();
    (
        (text(), text(), text(), text(), text(), text(), text()),
        (
            one_of(&ANSWER_VALUES),
            one_of(&ANSWER_VALUES),
            one_of(&ANSWER_VALUES),
            one_of(&YDELSE_BEFORE_VALUES),
            prop::sample::select(years),
        ),
        prop::array::uniform5(any::<bool>()),
        prop::collection::vec((text(), text(), text()), 0..=MAX_ROWS),
    )
        .prop_map(|(texts, choices, flags, rows)| {
            let (date, decision_date, birth_date, before_kr, syg_until, other, wage) = texts;
            let (target, perspective, extension, before, year) = choices;
            let [wish, forsoerger, hjemme, on_syg, unfit] = flags;
            FormState {
                date,
                decision_date,
                birth_date,
                previous_forloeb: rows
                    .into_iter()
                    .map(|(start, end, excluded_days)| PreviousRow {
                        start,
                        end,
                        excluded_days,
                    })
                    .collect(),
                wishes_forloeb: wish,
                target_group: target,
                development_perspective: perspective,
                forsoerger,
                hjemmeboende: hjemme,
                ydelse_before: before,
                ydelse_before_monthly: before_kr,
                sygedagpenge_until: syg_until,
                other_income_monthly: other,
                wage_income_monthly: wage,
                rate_year: year,
                on_sygedagpenge: on_syg,
                sygedagpenge_extension_possible: extension,
                unfit_for_work: unfit,
                // The counsellor's switch is a way of looking, not part of the situation.
                show_all_fields: false,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// The link and the saved copy (one format) give back exactly the form that was written.
    #[test]
    fn any_form_state_round_trips_through_the_link_and_the_saved_copy(form in form_state()) {
        let decoded = decode(&encode(&form)).expect("a text the page wrote is readable");
        prop_assert_eq!(decoded.skipped, Vec::<String>::new());
        prop_assert_eq!(decoded.form, form);
    }

    /// Arbitrary text as a link or saved copy: no panic, and whatever is kept is within the
    /// form's limits and can be written and read again unchanged (never accepted-then-failed).
    #[test]
    fn any_text_as_a_link_is_refused_or_read_within_the_limits(body in ".{0,400}", versioned in any::<bool>()) {
        let text = if versioned { format!("v1;{body}") } else { body };
        if let Ok(decoded) = decode(&text) {
            let form = decoded.form;
            prop_assert!(form.previous_forloeb.len() <= MAX_ROWS);
            prop_assert!(form.birth_date.chars().count() <= MAX_CHARS);
            prop_assert_eq!(decode(&encode(&form)).map(|again| again.form), Ok(form));
        }
    }

    /// Arbitrary text as a case file: no panic, and an error always says what is wrong.
    #[test]
    fn any_text_as_a_case_file_is_read_or_refused_with_a_message(json in ".{0,300}") {
        if let Err(error) = parse_situation(&json) {
            prop_assert!(!error.message.is_empty() && !error.message_en.is_empty());
        }
    }

    /// Arbitrary text in a date, amount or days field: no panic.
    #[test]
    fn any_text_in_a_field_is_parsed_or_refused(raw in ".{0,200}") {
        let _ = parse_date(&raw);
        let _ = parse_amount(&raw);
        let _ = parse_days(&raw);
    }
}

/// Overlong and odd input: a 1 MB value and 25 rows in a text with a sound checksum (as a
/// newer page, or a hand-edited link, could write), a 40-digit amount, a 256 kB odd-Unicode date.
#[test]
fn overlong_input_is_skipped_and_named_without_losing_the_rest() {
    let mut form = FormState {
        birth_date: "9".repeat(1 << 20),
        wage_income_monthly: "12\t500".into(),
        ..FormState::default()
    };
    form.previous_forloeb = (0..MAX_ROWS + 5)
        .map(|_| PreviousRow {
            start: "01-01-2015".into(),
            ..PreviousRow::default()
        })
        .collect();
    let decoded = decode(&encode(&form)).expect("the checksum is sound");
    assert_eq!(decoded.form.birth_date, "", "an overlong value is not kept");
    assert_eq!(
        decoded.form.wage_income_monthly, "12\t500",
        "the rest is kept"
    );
    assert_eq!(decoded.form.previous_forloeb.len(), MAX_ROWS);
    assert!(
        decoded.skipped.contains(&"birth_date".to_string()),
        "{:?}",
        decoded.skipped
    );
    assert!(decoded
        .skipped
        .contains(&format!("previous_forloeb-{MAX_ROWS}")));

    assert!(
        decode(&format!("v1;birth_date={}", "9".repeat(1 << 20))).is_err(),
        "no checksum"
    );
    assert!(
        parse_amount(&"9".repeat(40)).is_err(),
        "a 40-digit amount is refused"
    );
    assert!(parse_amount("18446744073709551615").is_err());
    let json = format!(
        r#"{{"date":"2024-01-15","birth_date":"{}"}}"#,
        "\u{202e}".repeat(1 << 18)
    );
    let error = parse_situation(&json).expect_err("not a date");
    assert_eq!(error.field, "birth_date");
}

/// The case format under many rows, huge numbers and odd Unicode: refused with the field named,
/// or accepted and then assessed (never accepted-then-failed), quickly.
#[test]
fn the_case_format_names_the_field_for_many_rows_huge_numbers_and_odd_text() {
    let rows: Vec<String> = (0..10_000)
        .map(|_| r#"{"start":"2015-01-01","end":"2015-06-30"}"#.to_string())
        .collect();
    let many = format!(
        r#"{{"date":"2024-01-15","birth_date":"1985-05-05","previous_forloeb":[{}]}}"#,
        rows.join(",")
    );
    let started = std::time::Instant::now();
    let errors = read_situation(&many).expect_err("10 000 rows are more than the form holds");
    assert!(
        errors.iter().any(|e| e.field == "previous_forloeb"),
        "{errors:?}"
    );
    assert!(
        started.elapsed().as_secs() < 5,
        "no quadratic check on rows beyond the limit"
    );

    for (field, value) in [
        ("other_income_monthly", "1e308"),
        ("wage_income_monthly", "-1"),
        ("rate_year", "99999999999"),
        ("rate_year", "-2021"),
    ] {
        let json =
            format!(r#"{{"date":"2024-01-15","birth_date":"1985-05-05","{field}":{value}}}"#);
        match read_situation(&json) {
            Err(errors) => assert!(
                errors.iter().any(|e| e.field == field),
                "{field}={value}: {errors:?}"
            ),
            Ok(situation) => panic!("{field}={value} accepted as {situation:?}"),
        }
    }
    // Beyond what JSON numbers hold: a syntax error, placed by line and column.
    let errors = read_situation(
        r#"{"date":"2024-01-15","birth_date":"1985-05-05","ydelse_before_monthly":1e400}"#,
    )
    .expect_err("out of range");
    assert!(
        errors[0].message_en.contains("line 1, column 76"),
        "{errors:?}"
    );
    for odd in [
        "２０２４-０１-１５",
        "2024‐01‐15",
        "2024-01-15\u{200b}",
        "\u{202e}51-10-4202",
        "",
    ] {
        let json = format!(r#"{{"date":"{odd}","birth_date":"1985-05-05"}}"#);
        let errors = read_situation(&json).expect_err(odd);
        assert_eq!(errors[0].field, "date", "{odd:?}");
    }
    let accepted = read_situation(
        r#"{"date":"2024-01-15","birth_date":"1985-05-05","other_income_monthly":99999999}"#,
    );
    if let Ok(situation) = accepted {
        assert!(
            forloebsberegneren::rules::assess(&situation)
                .ydelse
                .monthly_kr
                >= 0
        );
    }
}
