//! Component tests in headless Chromium (wasm-bindgen-test): the app is mounted into the test
//! page, fields are filled the way a browser fills them (value + bubbling input/change events,
//! which Leptos listens for by delegation), and the DOM is read after `tick()`.
#![cfg(target_arch = "wasm32")]

mod support;

use leptos::prelude::*;
use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Born 17 May 1990, forløb from 1 March 2024: 33 years old under the 2022 rules.
async fn fill_simple_case() {
    type_into("birth_date", "17-05-1990").await;
    type_into("date", "2024-03-01").await;
}

#[wasm_bindgen_test]
async fn no_answer_until_birth_date_and_start_date_are_given() {
    let _page = page().await;
    assert!(text(".results-waiting").contains("Udfyld din fødselsdato"));
    assert!(el("ressourceforloeb-result").is_none());
    assert!(
        el("error-summary").is_none(),
        "an untouched form shows no errors"
    );
    assert_eq!(attr("#target_group", "id").as_deref(), Some("target_group"));
}

#[wasm_bindgen_test]
async fn a_filled_form_shows_the_three_answers() {
    let _page = page().await;
    fill_simple_case().await;
    assert_eq!(
        attr("#ressourceforloeb-result", "data-outcome").as_deref(),
        Some("possible")
    );
    assert_eq!(
        attr("#ressourceforloeb-result", "data-max-months").as_deref(),
        Some("36")
    );
    assert_eq!(
        text("#ressourceforloeb-result .result-headline"),
        "Du kan få et ressourceforløb på højst 3 år"
    );
    assert_eq!(
        attr("#jobafklaringsforloeb-result", "data-outcome").as_deref(),
        Some("not_applicable")
    );
    // 2021 rates by default, not a forsørger: 11.698 kr.
    assert_eq!(
        attr("#ydelse-result", "data-monthly-kr").as_deref(),
        Some("11698")
    );
    assert!(text("#ydelse-result .result-headline").contains("11.698 kr."));
    // The reasons carry the § references beside the sentences.
    assert!(document()
        .query_selector("#ressourceforloeb-result .law")
        .unwrap()
        .is_some());
    assert!(text("#notices").contains("2021"));

    click("forsoerger").await;
    assert_eq!(
        attr("#ydelse-result", "data-monthly-kr").as_deref(),
        Some("15547")
    );
    choose("rate_year", "2024").await;
    assert_eq!(
        attr("#ydelse-result", "data-monthly-kr").as_deref(),
        Some("16382")
    );
    // Danish amounts are understood: 5.000,00 kr. of other income is deducted krone for krone.
    type_into("other_income_monthly", "5.000,00").await;
    assert_eq!(
        attr("#ydelse-result", "data-monthly-kr").as_deref(),
        Some("11382")
    );
}

#[wasm_bindgen_test]
async fn not_possible_is_an_answer_not_an_error() {
    let _page = page().await;
    fill_simple_case().await;
    choose("development_perspective", "no").await;
    assert_eq!(
        attr("#ressourceforloeb-result", "data-outcome").as_deref(),
        Some("not_possible")
    );
    assert_eq!(attr("#ressourceforloeb-result", "data-max-months"), None);
    assert_eq!(
        text("#ressourceforloeb-result .result-headline"),
        "Du kan ikke få et ressourceforløb"
    );
    assert!(el("error-summary").is_none());
    let class = attr("#ressourceforloeb-result", "class").unwrap();
    assert!(
        class.contains("result--no") && !class.contains("error"),
        "{class}"
    );

    choose("development_perspective", "unclear").await;
    assert_eq!(
        text("#ressourceforloeb-result .result-headline"),
        "Sagen er ikke oplyst nok til et svar"
    );
}

#[wasm_bindgen_test]
async fn from_february_2026_the_page_says_no_new_forloeb_can_be_granted() {
    let _page = page().await;
    type_into("birth_date", "17-05-1990").await;
    type_into("date", "01-03-2026").await;
    assert_eq!(
        attr("#ressourceforloeb-result", "data-outcome").as_deref(),
        Some("not_possible")
    );
    assert!(attr("#notices", "class").unwrap().contains("alert-warning"));
    assert!(text("#notices").contains("1750"), "{}", text("#notices"));
}

#[wasm_bindgen_test]
async fn earlier_forloeb_rows_are_added_and_removed() {
    let _page = page().await;
    fill_simple_case().await;
    click("add-previous-forloeb").await;
    click("add-previous-forloeb").await;
    assert!(el("previous_forloeb-1-excluded_days").is_some());
    // The new row's first field has the focus, ready to type in.
    next_frame().await;
    assert_eq!(
        document().active_element().unwrap().id(),
        "previous_forloeb-1-start"
    );
    type_into("previous_forloeb-0-start", "2019-01-01").await;
    type_into("previous_forloeb-0-end", "2019-12-31").await;
    type_into("previous_forloeb-1-start", "2020-06-01").await;
    type_into("previous_forloeb-1-end", "2020-11-30").await;
    assert!(attr("#ressourceforloeb-result", "data-outcome").is_some());
    assert!(
        text(".milestones").contains("548 dage"),
        "{}",
        text(".milestones")
    );

    // Removing the first row renumbers the second, which keeps its dates.
    click("remove-previous-forloeb-0").await;
    assert!(el("previous_forloeb-1-start").is_none());
    next_frame().await;
    assert_eq!(
        document().active_element().unwrap().id(),
        "add-previous-forloeb"
    );
    let start: HtmlInputElement = el("previous_forloeb-0-start").unwrap().unchecked_into();
    assert_eq!(start.value(), "2020-06-01");
    assert!(
        text(".milestones").contains("183 dage"),
        "{}",
        text(".milestones")
    );
}

/// No more rows than the save/share format holds: at 20 the button is disabled and says why.
#[wasm_bindgen_test]
async fn at_twenty_earlier_forloeb_the_add_button_says_why_it_stops() {
    let _page = page().await;
    fill_simple_case().await;
    for _ in 0..19 {
        click("add-previous-forloeb").await;
    }
    assert!(!shown("previous-max"), "not before the limit");
    assert_eq!(attr("#add-previous-forloeb", "aria-describedby"), None);
    click("add-previous-forloeb").await;
    assert!(el("previous_forloeb-19-start").is_some());
    assert!(attr("#add-previous-forloeb", "disabled").is_some());
    assert!(shown("previous-max"));
    assert!(text("#previous-max").contains("højst angive 20"));
    assert_eq!(
        attr("#add-previous-forloeb", "aria-describedby").as_deref(),
        Some("previous-max")
    );
    click("add-previous-forloeb").await;
    assert!(
        el("previous_forloeb-20-start").is_none(),
        "a disabled button adds nothing"
    );
    click("remove-previous-forloeb-0").await;
    assert!(attr("#add-previous-forloeb", "disabled").is_none());
    assert!(!shown("previous-max"));
}

#[wasm_bindgen_test]
async fn bad_input_is_reported_above_the_field_and_in_the_summary() {
    let _page = page().await;
    fill_simple_case().await;
    type_into("birth_date", "31-02-1980").await;
    type_into("wage_income_monthly", "tolv").await;

    let summary = text("#error-summary");
    assert!(summary.contains("Der er problemer"));
    assert!(
        summary.contains("Fødselsdato: Datoen findes ikke"),
        "{summary}"
    );
    assert!(
        summary.contains("Løn om måneden, inkl. pension: Skriv et beløb"),
        "{summary}"
    );
    assert_eq!(
        attr("#error-summary a", "href").as_deref(),
        Some("#birth_date")
    );
    // A link in the summary moves the focus to its field and leaves the address alone.
    let hash = window().location().hash().unwrap();
    document()
        .query_selector("#error-summary a[href='#wage_income_monthly']")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    assert_eq!(
        document().active_element().unwrap().id(),
        "wage_income_monthly"
    );
    assert_eq!(window().location().hash().unwrap(), hash);
    // A new problem redraws the lines, not the summary: its live region announces the lines.
    let heading = document()
        .query_selector("#error-summary .alert-heading")
        .unwrap()
        .unwrap();
    type_into("date", "32-01-2024").await;
    assert!(
        text("#error-summary").contains("Hvornår skal forløbet begynde?: "),
        "{}",
        text("#error-summary")
    );
    assert!(
        heading.is_connected(),
        "the summary's heading was drawn again"
    );
    type_into("date", "2024-03-01").await;
    assert!(shown("birth_date-error"));
    assert!(text("#birth_date-error").contains("Datoen findes ikke"));
    assert_eq!(attr("#birth_date", "aria-invalid").as_deref(), Some("true"));
    assert!(attr("#birth_date", "aria-describedby")
        .unwrap()
        .contains("birth_date-error"));
    // The message sits above the input, inside the DKFDS error group.
    let group = el("birth_date").unwrap().parent_element().unwrap();
    assert!(group.class_name().contains("form-error"));
    assert!(
        el("birth_date-error")
            .unwrap()
            .next_element_sibling()
            .unwrap()
            .id()
            == "birth_date"
    );
    assert!(el("ressourceforloeb-result").is_none());
    assert!(document()
        .query_selector(".results-invalid")
        .unwrap()
        .is_some());
    assert!(document().title().starts_with("Fejl: "));

    // Cross-field checks from the rules: an earlier forløb that ends before it starts.
    type_into("birth_date", "17-05-1990").await;
    type_into("wage_income_monthly", "").await;
    click("add-previous-forloeb").await;
    type_into("previous_forloeb-0-start", "2021-06-01").await;
    type_into("previous_forloeb-0-end", "2020-06-01").await;
    assert!(
        text("#error-summary").contains("Forløb 1: Sidste dag"),
        "{}",
        text("#error-summary")
    );
    assert!(el("previous_forloeb-0-end-error").is_some());
    type_into("previous_forloeb-0-end", "2021-12-31").await;
    assert!(el("error-summary").is_none());
    assert!(el("ressourceforloeb-result").is_some());
}

#[wasm_bindgen_test]
async fn a_date_is_not_judged_while_it_is_being_typed() {
    let _page = page().await;
    let input: HtmlInputElement = el("birth_date").unwrap().unchecked_into();
    input.set_value("17-05");
    fire(&input, "input");
    tick().await;
    assert!(!shown("birth_date-error"));
    fire(&input, "change");
    tick().await;
    assert!(shown("birth_date-error"));
    assert!(text("#birth_date-error").contains("dd-mm-åååå"));
}

#[wasm_bindgen_test]
async fn the_whole_page_switches_to_english() {
    let _page = page().await;
    fill_simple_case().await;
    click("language-en").await;
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    assert_eq!(
        text("#ressourceforloeb-result .result-headline"),
        "You can get a ressourceforløb of at most 3 years"
    );
    assert_eq!(text("label[for='birth_date']"), "Date of birth");
    assert!(text("#ydelse-result .result-headline").contains("DKK 11,698"));
    // Errors too.
    type_into("birth_date", "31-02-1980").await;
    assert!(text("#error-summary").contains("There is a problem"));
    assert!(text("#birth_date-error").contains("This date does not exist"));
    // The chosen language is first in the DKFDS sprogvælger.
    assert_eq!(text(".language-switcher li:first-child a"), "English");
    click("language-toggle").await;
    assert_eq!(text("label[for='birth_date']"), "Fødselsdato");
}

#[wasm_bindgen_test]
async fn screen_readers_hear_the_answer_once_typing_pauses() {
    let _page = page().await;
    fill_simple_case().await;
    assert_eq!(
        attr("#results-status", "aria-live").as_deref(),
        Some("polite")
    );
    assert_eq!(text("#results-status"), "", "not announced at once");
    sleep(1500).await;
    assert!(text("#results-status").starts_with("Du kan få et ressourceforløb på højst 3 år"));
}

/// The group (label, hint, message, control) of a field is on show.
fn group_shown(id: &str) -> bool {
    let group = el(id)
        .unwrap_or_else(|| panic!("no #{id}: a hidden field keeps its id in the DOM"))
        .parent_element()
        .unwrap();
    !group.has_attribute("hidden")
}

#[wasm_bindgen_test]
async fn a_question_is_asked_only_once_it_applies() {
    let _page = page().await;
    fill_simple_case().await;
    // Kontanthjælp (the default), not on sygedagpenge: no amount, no sygedagpenge questions.
    for id in [
        "ydelse_before_monthly",
        "sygedagpenge_until",
        "sygedagpenge_extension_possible",
        "unfit_for_work",
    ] {
        assert!(
            !group_shown(id),
            "{id} is asked of a person on kontanthjælp"
        );
    }
    assert!(group_shown("hjemmeboende") && group_shown("other_income_monthly"));

    // LAS § 68, stk. 5: from ledighedsydelse the benefit equals it.
    choose("ydelse_before", "ledighedsydelse").await;
    assert!(group_shown("ydelse_before_monthly") && !group_shown("sygedagpenge_until"));
    type_into("ydelse_before_monthly", "12.000").await;
    assert_eq!(
        attr("#ydelse-result", "data-monthly-kr").as_deref(),
        Some("12000")
    );
    choose("ydelse_before", "sygedagpenge").await;
    assert!(group_shown("ydelse_before_monthly") && group_shown("sygedagpenge_until"));

    // Back to kontanthjælp: the amount is hidden, kept, and not used.
    choose("ydelse_before", "kontanthjaelp").await;
    assert!(!group_shown("ydelse_before_monthly"));
    assert_eq!(value("ydelse_before_monthly"), "12.000");
    assert_ne!(
        attr("#ydelse-result", "data-monthly-kr").as_deref(),
        Some("12000")
    );
    // A bad value in a hidden field is no problem either.
    choose("ydelse_before", "sygedagpenge").await;
    type_into("sygedagpenge_until", "31-02-2024").await;
    assert!(shown("sygedagpenge_until-error"));
    choose("ydelse_before", "kontanthjaelp").await;
    assert!(el("error-summary").is_none());
    assert!(el("ressourceforloeb-result").is_some());

    // Sygedagpengeloven § 24: the jobafklaring questions follow "on sygedagpenge".
    click("on_sygedagpenge").await;
    assert!(group_shown("sygedagpenge_extension_possible") && group_shown("unfit_for_work"));
    // A forsørger gets the forsørger rate (LAS § 68, stk. 2): "living with a parent" is not asked.
    click("forsoerger").await;
    assert!(!group_shown("hjemmeboende"));

    // The counsellor's switch shows every field.
    click("on_sygedagpenge").await;
    click("show-all-fields").await;
    for id in [
        "hjemmeboende",
        "ydelse_before_monthly",
        "sygedagpenge_until",
        "sygedagpenge_extension_possible",
        "unfit_for_work",
    ] {
        assert!(group_shown(id), "{id} with every field on show");
    }
    // On show, the bad last day is in use again, and said to be wrong.
    assert!(text("#error-summary").contains("Sidste dag med ret til sygedagpenge"));
}

#[wasm_bindgen_test]
async fn editing_a_date_keeps_the_answer_until_the_date_is_left() {
    let _page = page().await;
    fill_simple_case().await;
    let before = attr("#ressourceforloeb-result", "data-outcome");
    assert!(before.is_some());
    // Deleting the last digit: nothing readable, nothing judged yet.
    let input: HtmlInputElement = el("date").unwrap().unchecked_into();
    input.set_value("2024-03-0");
    fire(&input, "input");
    tick().await;
    assert_eq!(attr("#ressourceforloeb-result", "data-outcome"), before);
    assert!(attr("#answers", "class").unwrap().contains("answers-stale"));
    assert!(document()
        .query_selector(".results-invalid")
        .unwrap()
        .is_none());
    assert!(el("error-summary").is_none());
    // Typed again: the answer is current.
    input.set_value("2024-03-01");
    fire(&input, "input");
    tick().await;
    assert!(!attr("#answers", "class")
        .unwrap_or_default()
        .contains("answers-stale"));
    // Left while wrong: now the problem is on show, and only then the "errors" note.
    input.set_value("2024-03-0");
    fire(&input, "input");
    fire(&input, "change");
    tick().await;
    assert!(shown("date-error"));
    assert!(document()
        .query_selector(".results-invalid")
        .unwrap()
        .is_some());
    assert!(el("ressourceforloeb-result").is_none());
}

#[wasm_bindgen_test]
async fn a_first_answer_still_being_typed_is_not_called_an_error() {
    let _page = page().await;
    type_into("birth_date", "17-05-1990").await;
    let input: HtmlInputElement = el("date").unwrap().unchecked_into();
    input.set_value("01-03-20");
    fire(&input, "input");
    tick().await;
    assert!(document()
        .query_selector(".results-invalid")
        .unwrap()
        .is_none());
    assert!(text(".results-pending").contains("færdigt"));
}

#[wasm_bindgen_test]
async fn removing_a_row_shows_no_error_the_user_did_not_cause() {
    let _page = page().await;
    fill_simple_case().await;
    click("add-previous-forloeb").await;
    click("add-previous-forloeb").await;
    type_into("previous_forloeb-0-start", "2019-01-01").await;
    type_into("previous_forloeb-0-end", "2019-12-31").await;
    // Row 2 is untouched (empty). Removing row 1 makes it row 1: still untouched.
    click("remove-previous-forloeb-0").await;
    assert!(el("previous_forloeb-1-start").is_none());
    next_frame().await;
    assert_eq!(
        document().active_element().unwrap().id(),
        "add-previous-forloeb"
    );
    assert!(!shown("previous_forloeb-0-start-error"));
    assert!(!shown("previous_forloeb-0-end-error"));
    assert!(el("error-summary").is_none());
}

#[wasm_bindgen_test]
async fn the_short_answer_links_to_each_full_answer() {
    let _page = page().await;
    assert!(el("answer-summary").unwrap().has_attribute("hidden"));
    fill_simple_case().await;
    assert!(!el("answer-summary").unwrap().has_attribute("hidden"));
    let links = texts("#answer-summary a");
    assert_eq!(links.len(), 3);
    for (link, panel) in links
        .iter()
        .zip(["ressourceforloeb", "jobafklaringsforloeb", "ydelse"])
    {
        let headline = text(&format!("#{panel}-result .result-headline"));
        assert!(link.contains(headline.trim()), "{link:?} vs {headline:?}");
    }
    // Following a link moves focus to its panel and leaves the address alone.
    document()
        .query_selector("#answer-summary a[data-panel='ydelse-result']")
        .unwrap()
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    tick().await;
    assert_eq!(document().active_element().unwrap().id(), "ydelse-result");
    assert!(!window().location().hash().unwrap().contains("ydelse"));
}
