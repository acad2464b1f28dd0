//! Component tests of the consultation tools in headless Chromium (wasm-bindgen-test): the
//! timeline and its words, what-if, the print summary, save on this device (save → remount →
//! same; delete; corrupted, old and unsavable storage), and the share link's fragment
//! (restore; malformed → notice). The app is mounted as in tests/web.rs; each test leaves
//! localStorage and the URL fragment empty.
#![cfg(target_arch = "wasm32")]

mod support;

use forloebsberegneren::form::codec;
use forloebsberegneren::form::FormState;
use leptos::prelude::*;
use support::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "forloebsberegneren";

fn storage() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

fn stored() -> Option<String> {
    storage().get_item(KEY).unwrap()
}

fn set_hash(hash: &str) {
    let url = format!("{}{}", window().location().pathname().unwrap(), hash);
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
}

/// A clean start: nothing stored, no fragment.
fn clean() {
    storage().remove_item(KEY).unwrap();
    set_hash("");
}

/// Born 17 May 1980, new forløb from 1 March 2024, one earlier forløb in 2020.
async fn fill_case() {
    type_into("birth_date", "17-05-1980").await;
    type_into("date", "01-03-2024").await;
    click("add-previous-forloeb").await;
    type_into("previous_forloeb-0-start", "01-01-2020").await;
    type_into("previous_forloeb-0-end", "31-12-2020").await;
}

fn notice() -> Option<String> {
    el("consult-notice").and_then(|e| e.get_attribute("data-notice"))
}

#[wasm_bindgen_test]
async fn the_timeline_says_in_words_what_it_draws() {
    clean();
    let _page = page().await;
    assert!(
        el("timeline").is_none(),
        "no timeline before there is an answer"
    );
    fill_case().await;
    assert_eq!(
        texts("#timeline-text li"),
        vec![
            "Tidligere forløb 1: 1. januar 2020 til 31. december 2020",
            "Det længste nye forløb: 1. marts 2024 til 28. februar 2027",
            "1. Du fylder 40 år: 17. maj 2020",
            "2. Du fylder 50 år: 17. maj 2030",
            "3. 6 år før folkepensionsalderen: 17. maj 2044",
            "4. Du når folkepensionsalderen (70 år): 17. maj 2050",
            "5-årsgrænsen mellem 40 og 50 år: Du har brugt ca. 1 år af de 5 år. Der er ca. 4 år tilbage.",
        ]
    );
    let svg = el("timeline-svg").expect("the picture");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-describedby").as_deref(),
        Some("timeline-text")
    );
    assert_eq!(svg.query_selector_all("circle").unwrap().length(), 4);
    assert_eq!(
        svg.query_selector_all("rect.tl-prev, rect.tl-new")
            .unwrap()
            .length(),
        2
    );

    // It follows the form: at 63 only a forløb the person wishes, up to the pension date.
    type_into("birth_date", "10-01-1961").await;
    let lines = texts("#timeline-text li");
    assert!(
        lines.iter().any(|l| l.starts_with("Et nyt forløb, kun hvis du selv ønsker det: 1. marts 2024 til")),
        "{lines:?}"
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("5-årsgrænsen")),
        "{lines:?}"
    );
    click("language-en").await;
    assert!(texts("#timeline-text li")
        .iter()
        .any(|l| l.starts_with("A new programme, only if you want it yourself: 1 March 2024")));
}

#[wasm_bindgen_test]
async fn what_if_compares_the_wish_and_every_rate_year() {
    clean();
    let _page = page().await;
    type_into("birth_date", "10-01-1979").await;
    type_into("date", "01-03-2024").await;
    click("add-previous-forloeb").await;
    type_into("previous_forloeb-0-start", "01-07-2018").await;
    type_into("previous_forloeb-0-end", "31-12-2022").await;
    assert!(el("what-if-rates").is_none(), "closed until asked for");
    click("what-if-button").await;
    let button = el("what-if-button").unwrap();
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    // The wish changes nothing here: said in one sentence, not two identical columns.
    assert_eq!(
        texts("#what-if-wish"),
        ["Dit eget ønske ændrer ikke svaret: Kun hvis du selv ønsker det."]
    );
    let years: Vec<String> = texts("#what-if-rates tbody th");
    assert_eq!(
        years,
        vec![
            "2015",
            "2017",
            "2020",
            "2021 (nogle satser usikre) (valgt nu)",
            "2022",
            "2023 (nogle satser usikre)",
            "2024"
        ]
    );
    let amount_2024 = document()
        .query_selector("#what-if-rates tr[data-year='2024']")
        .unwrap()
        .unwrap()
        .get_attribute("data-monthly-kr");
    assert_eq!(amount_2024.as_deref(), Some("12326"));
    // The rate-year select offers exactly the same years, 2021 marked.
    let options = texts("#rate_year option");
    assert_eq!(
        options,
        vec![
            "2015",
            "2017",
            "2020",
            "2021 (nogle satser usikre)",
            "2022",
            "2023 (nogle satser usikre)",
            "2024"
        ]
    );
}

/// The tools are drawn again in the other language with what was on show kept: the open
/// comparison, the saving switch and its status line; the button used keeps the focus while
/// the comparison opens and closes.
#[wasm_bindgen_test]
async fn the_tools_switch_language_and_keep_what_is_on_show() {
    clean();
    let _page = page().await;
    fill_case().await;
    click("save-on-device").await;
    click("what-if-button").await;
    let button = el("what-if-button").unwrap();
    button
        .unchecked_ref::<web_sys::HtmlElement>()
        .focus()
        .unwrap();
    click("what-if-button").await;
    assert!(el("what-if-panel").unwrap().has_attribute("hidden"));
    assert!(
        document()
            .active_element()
            .unwrap()
            .is_same_node(Some(&button)),
        "the button was not drawn again"
    );
    click("what-if-button").await;
    assert_eq!(text("#what-if-button"), "Skjul sammenligningen");
    click("language-en").await;
    assert_eq!(text("#tools-heading"), "Save, share and print");
    assert_eq!(text("#what-if-button"), "Hide the comparison");
    assert_eq!(
        attr("#what-if-button", "aria-expanded").as_deref(),
        Some("true")
    );
    assert!(!el("what-if-panel").unwrap().has_attribute("hidden"));
    assert!(texts("#what-if-wish")[0].starts_with("Your own wish"));
    assert!(checked("save-on-device"));
    assert_eq!(
        texts("#save-status"),
        ["Your details are saved on this device."]
    );
    click("delete-my-data").await;
    clean();
}

#[wasm_bindgen_test]
async fn the_print_summary_holds_inputs_answers_rules_and_disclaimer() {
    clean();
    let _page = page().await;
    let summary = || el("print-summary").unwrap().text_content().unwrap();
    assert!(summary().contains("Der er endnu ikke noget svar"));
    fill_case().await;
    let text = summary();
    for part in [
        "Resumé af en vejledende beregning",
        "Beregnet den ",
        "Fødselsdato17. maj 1980",
        "Du kan få et ressourceforløb på højst 3 år",
        "LAB § 114, stk. 1",
        "Ydelsen er beregnet med satserne for 2021.",
        "kommunen træffer afgørelsen",
    ] {
        assert!(
            text.to_lowercase().contains(&part.to_lowercase()),
            "missing {part:?}: {text}"
        );
    }
}

#[wasm_bindgen_test]
async fn saved_on_this_device_comes_back_and_delete_removes_it() {
    clean();
    {
        let _page = page().await;
        assert!(!checked("save-on-device"), "off by default");
        fill_case().await;
        assert_eq!(stored(), None, "nothing stored until asked");
        click("save-on-device").await;
        assert!(stored().unwrap().starts_with("v1;"));
        type_into("other_income_monthly", "1.200,50").await;
        assert!(stored().unwrap().contains("other_income_monthly=1.200,50"));
    }
    {
        let _page = page().await;
        assert!(checked("save-on-device"));
        assert_eq!(value("birth_date"), "17-05-1980");
        assert_eq!(value("previous_forloeb-0-end"), "31-12-2020");
        assert_eq!(value("other_income_monthly"), "1.200,50");
        assert!(el("ressourceforloeb-result").is_some());
        assert_eq!(notice(), None);
        click("delete-my-data").await;
        assert_eq!(stored(), None);
        assert_eq!(value("birth_date"), "");
        assert!(!checked("save-on-device"));
        assert!(texts("#save-status")[0].contains("slettet"));
    }
    {
        let _page = page().await;
        assert_eq!(value("birth_date"), "");
        assert!(!checked("save-on-device"));
    }
    // Turning saving off also removes the stored copy.
    {
        let _page = page().await;
        type_into("birth_date", "17-05-1980").await;
        click("save-on-device").await;
        assert!(stored().is_some());
        click("save-on-device").await;
        assert_eq!(stored(), None);
    }
    clean();
}

#[wasm_bindgen_test]
async fn unreadable_storage_starts_with_defaults_and_says_so() {
    for bad in [
        "garbage",
        "{\"birth_date\":\"1980-05-17\"}",
        "v0;birth_date=17-05-1980;c=00000000",
        "v1;birth_date=17-05-1980;c=00000000",
    ] {
        clean();
        storage().set_item(KEY, bad).unwrap();
        let _page = page().await;
        assert_eq!(notice().as_deref(), Some("stored"), "{bad}");
        assert!(texts("#consult-notice")[0].contains("læses"), "{bad}");
        assert_eq!(value("birth_date"), "", "{bad}");
        assert_eq!(
            stored().as_deref(),
            Some(bad),
            "the unreadable copy is kept"
        );
        assert!(el("discard-stored").is_some(), "with a choice to delete it");
    }
    clean();
}

#[wasm_bindgen_test]
async fn storage_that_refuses_to_save_is_said_in_one_line() {
    clean();
    let proto = js_sys::Reflect::get(&js_sys::global(), &"Storage".into())
        .and_then(|s| js_sys::Reflect::get(&s, &"prototype".into()))
        .unwrap();
    let original = js_sys::Reflect::get(&proto, &"setItem".into()).unwrap();
    let full =
        js_sys::Function::new_no_args("throw new DOMException('full', 'QuotaExceededError')");
    js_sys::Reflect::set(&proto, &"setItem".into(), &full).unwrap();
    let result = {
        let _page = page().await;
        type_into("birth_date", "17-05-1980").await;
        click("save-on-device").await;
        (checked("save-on-device"), texts("#save-status"))
    };
    js_sys::Reflect::set(&proto, &"setItem".into(), &original).unwrap();
    clean();
    assert!(!result.0, "the box goes back off");
    assert!(result.1[0].contains("kan ikke gemmes"), "{:?}", result.1);
}

/// Every notice shown at the top, by its code.
fn notices() -> Vec<String> {
    let found = document()
        .query_selector_all("#consult-notice-region p[data-notice]")
        .unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i))
        .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("data-notice"))
        .collect()
}

/// Review M1: a link opened on a device where "Gem på denne enhed" is on shows the link's
/// situation without replacing the saved one; the person chooses, and each choice does what it says.
#[wasm_bindgen_test]
async fn a_link_opened_while_saving_is_on_does_not_replace_the_saved_situation() {
    clean();
    let own = FormState {
        birth_date: "17-05-1980".into(),
        date: "01-03-2024".into(),
        ..FormState::default()
    };
    let theirs = FormState {
        birth_date: "02-02-1970".into(),
        date: "01-06-2025".into(),
        ..FormState::default()
    };
    let saved = codec::encode(&own);
    for choice in ["use-stored", "save-link-instead"] {
        storage().set_item(KEY, &saved).unwrap();
        set_hash(&format!("#{}", codec::encode(&theirs)));
        let _page = page().await;
        assert_eq!(notices(), ["from_link", "stored_kept"], "{choice}");
        assert_eq!(
            value("birth_date"),
            "02-02-1970",
            "the link's situation is shown"
        );
        assert_eq!(
            stored().as_deref(),
            Some(saved.as_str()),
            "the saved copy is unchanged"
        );
        assert!(texts("#consult-notice-region")[0].contains("uændrede"));
        click(choice).await;
        leptos::task::tick().await;
        match choice {
            "use-stored" => {
                assert_eq!(
                    value("birth_date"),
                    "17-05-1980",
                    "back to the saved situation"
                );
                assert_eq!(stored().as_deref(), Some(saved.as_str()));
            }
            _ => {
                assert_eq!(value("birth_date"), "02-02-1970");
                let now = stored().expect("the link's situation is saved now");
                assert_eq!(codec::decode(&now).unwrap().form.birth_date, "02-02-1970");
            }
        }
        assert!(
            !notices().contains(&"stored_kept".to_string()),
            "{choice}: the choice is made"
        );
    }
    clean();
}

#[wasm_bindgen_test]
async fn a_share_link_restores_the_situation() {
    clean();
    let mut form = FormState {
        birth_date: "17-05-1980".into(),
        date: "01-03-2024".into(),
        wishes_forloeb: true,
        wage_income_monthly: "2.000".into(),
        ..FormState::default()
    };
    form.add_previous();
    form.previous_forloeb[0].start = "01-01-2020".into();
    form.previous_forloeb[0].end = "31-12-2020".into();
    set_hash(&format!("#{}", codec::encode(&form)));
    let _page = page().await;
    assert_eq!(notice().as_deref(), Some("from_link"));
    assert_eq!(value("birth_date"), "17-05-1980");
    assert_eq!(value("wage_income_monthly"), "2.000");
    assert_eq!(value("previous_forloeb-0-start"), "01-01-2020");
    assert!(checked("wishes_forloeb"));
    assert!(!checked("save-on-device"), "a link does not save anything");
    assert_eq!(stored(), None);
    // The first change takes the situation out of the address bar.
    type_into("date", "01-04-2024").await;
    assert_eq!(window().location().hash().unwrap(), "");
    // "Kopiér link" gives a link with the situation as it is now.
    click("copy-link").await;
    leptos::task::tick().await;
    let link = value("share-link-url");
    let (_, hash) = link.split_once('#').expect("a fragment");
    let back = codec::decode(hash).unwrap().form;
    assert_eq!(back.date, "01-04-2024");
    assert_eq!(back.previous_forloeb, form.previous_forloeb);
    assert!(texts("#copy-link-note")[0].contains("Linket indeholder de svar"));
    clean();
}

#[wasm_bindgen_test]
async fn a_malformed_or_tampered_link_is_ignored_with_a_notice() {
    let good = codec::encode(&FormState {
        birth_date: "17-05-1980".into(),
        ..FormState::default()
    });
    for bad in [
        good.replace("1980", "1981"),
        good[..good.len() - 3].to_string(),
        "v1;name=Hans;c=00000000".to_string(),
        "v9;birth_date=17-05-1980".to_string(),
    ] {
        clean();
        set_hash(&format!("#{bad}"));
        let _page = page().await;
        assert_eq!(notice().as_deref(), Some("link"), "{bad}");
        assert_eq!(value("birth_date"), "", "{bad}");
        assert_eq!(window().location().hash().unwrap(), "", "{bad}");
    }
    // An in-page anchor is not a link to restore.
    clean();
    set_hash("#main");
    let _page = page().await;
    assert_eq!(notice(), None);
    clean();
}
