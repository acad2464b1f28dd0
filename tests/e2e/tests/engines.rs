//! End-to-end, in every WebDriver-classic engine (`E2E_ENGINE`: Chromium by default, WebKit
//! through WebKitWebDriver; scripts/test runs this file in both, and Firefox runs the same
//! checks from `tests/e2e/firefox/engines.test.mjs`):
//! - the 26 seed cases typed into the form as a person does (key by key, dates as dd-mm-åååå,
//!   left with Tab), each checked against its case file's expected outcome, maximum months,
//!   headline and cited §;
//! - a consultation: the printed summary fits on one or two A4 pages (the screen page needs
//!   more, so the print style is what makes it fit), the copied link opens the same answer in a
//!   fresh profile, and saving on the device survives a reload until the person deletes it (served
//!   with a CDN's cache headers, so the reloads are repeat visits);
//! - an error while the page is in use (a part it redraws removed, then a click): the module
//!   stops, and public/boot.js shows the crash view in both languages instead of the form.
//! Every wait is for a condition; expected values come from the case files.

use forloebsberegneren_e2e::form::{self, Case};
use forloebsberegneren_e2e::{
    artifacts_dir, pdf_pages, since_page_request, Browser, Caching, Engine, Locator, Options, Result,
};
use serde_json::Value;

fn seed_cases() -> Vec<Case> {
    let cases = form::cases("seed");
    assert_eq!(cases.len(), 26, "expected the 26 seed case files");
    cases
}

/// Once the page's fonts have settled: each face as "family weight status".
const FONT_FACES: &str = "document.fonts.ready.then(() => arguments[0]([...document.fonts].map((f) => \
     `${f.family.replaceAll('\"', '')} ${f.weight} ${f.status}`)));";

#[tokio::test]
async fn seed_cases_typed_into_the_form_give_the_case_files_answers() {
    let cases = seed_cases();
    let b = Browser::start().await.expect("start the browser");
    let engine = b.engine();
    let mut failures = Vec::new();
    let run = async {
        let agent = js(&b, "return navigator.userAgent").await?;
        eprintln!("{}: {agent}", engine.name());
        b.goto("/").await?;
        b.wait_for("#birth_date").await?;
        // The two faces are data: URIs inside the stylesheet (scripts/build-css.mjs): each
        // engine must let them through the CSP (font-src data:) and decode them.
        let fonts = b
            .client()
            .execute_async(FONT_FACES, vec![])
            .await?;
        for case in &cases {
            b.goto("/").await?;
            b.wait_for("#birth_date").await?;
            form::fill(&b, &case.situation).await?;
            let panel = form::ressourceforloeb_panel(&b).await?;
            failures.extend(form::differences(case, &panel));
            if case.name == "sag-01.json" && engine == Engine::Chromium {
                b.client().execute("window.scrollTo(0, 0)", vec![]).await?;
                b.screenshot("desktop-1280-sag-01").await?;
                // The whole page, for review.
                b.client().set_window_size(1280, 3000).await?;
                b.screenshot("desktop-1280-sag-01-full").await?;
                b.client().set_window_size(1280, 900).await?;
            }
        }
        Result::<Value>::Ok(fonts)
    }
    .await;
    let requests = b.close().await;
    let fonts = run.unwrap_or_else(|e| panic!("{}: replay the seed cases: {e}", engine.name()));
    assert_eq!(
        fonts,
        serde_json::json!(["Beregner Sans 400 loaded", "Beregner Sans 600 loaded"]),
        "{}: both font faces load",
        engine.name()
    );
    assert!(
        failures.is_empty(),
        "{}: {} of {} cases differ:\n{}",
        engine.name(),
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    let foreign: Vec<_> = since_page_request(&requests).iter().filter(|r| !r.is_local()).collect();
    assert!(foreign.is_empty(), "requests to other origins: {foreign:?}");
}

async fn js(b: &Browser, script: &str) -> Result<Value> {
    Ok(b.client().execute(script, vec![]).await?)
}

async fn value(b: &Browser, id: &str) -> Result<String> {
    Ok(b.client().find(Locator::Id(id)).await?.prop("value").await?.unwrap_or_default())
}

const STORED: &str = "return localStorage.getItem('forloebsberegneren')";

/// The page as it prints.
#[derive(Debug)]
struct PrintView {
    summary_shown: bool,
    /// The birth date field, the header, the copy-link button.
    chrome_shown: [bool; 3],
    summary: String,
    estimated_pages: f64,
}

async fn displayed(b: &Browser, css: &str) -> Result<bool> {
    Ok(b.client().find(Locator::Css(css)).await?.is_displayed().await?)
}

/// What one browser saw of the consultation.
#[derive(Debug)]
struct Counsellor {
    panel: form::Panel,
    print_view: PrintView,
    print_pages: Option<usize>,
    screen_pages: f64,
    link: String,
    stored_before: Value,
    save_status: String,
    after_reload: (String, String, bool, form::Panel),
    after_delete: (Value, String),
    after_delete_reload: (String, usize),
}

#[tokio::test]
async fn a_consultation_prints_shares_a_link_and_saves_until_deleted() {
    // Sag 1 has an earlier forløb (a row added by the button) and a wish (a checkbox).
    let case = seed_cases().into_iter().find(|c| c.name == "sag-01.json").expect("sag-01.json");
    let birth = form::danish_date(case.situation["birth_date"].as_str().unwrap());
    let previous_start =
        form::danish_date(case.situation["previous_forloeb"][0]["start"].as_str().unwrap());

    // Served as a CDN serves it: the two reloads are repeat visits, which take the module from
    // the browser's cache (public/boot.js).
    let b = Browser::start_with(Options { caching: Caching::Cdn, ..Options::default() })
        .await
        .expect("start the browser");
    let engine = b.engine();
    let counsellor = async {
        b.goto("/").await?;
        b.wait_for("#birth_date").await?;
        form::fill(&b, &case.situation).await?;
        let panel = form::ressourceforloeb_panel(&b).await?;

        // Print view: only the summary, no form chrome ([`Browser::print_media`]), laid out
        // at the width of an A4 page's text (210 mm − 2 × 16 mm margins = 673 px).
        b.client().set_window_size(673, 900).await?;
        b.print_media(true).await?;
        let print_view = PrintView {
            summary_shown: displayed(&b, "#print-summary").await?,
            chrome_shown: [
                displayed(&b, "#birth_date").await?,
                displayed(&b, ".header").await?,
                displayed(&b, "#copy-link").await?,
            ],
            summary: b.wait_for("#print-summary").await?.text().await?,
            // An A4 page holds 297 mm − 16 mm − 18 mm margins = 263 mm = 994 px of text.
            estimated_pages: js(&b, "return document.getElementById('print-summary').getBoundingClientRect().height / 994").await?.as_f64().unwrap_or(f64::MAX),
        };
        b.print_media(false).await?;
        // The screen page at A4's width is longer than two pages, so a one- or two-page print
        // is the print style's doing.
        b.client().set_window_size(794, 900).await?;
        let screen_pages = js(&b, "return document.documentElement.scrollHeight / 1123").await?.as_f64().unwrap_or_default();
        b.client().set_window_size(1280, 900).await?;
        // The engine's own PDF (WebDriver "Print Page", A4), where it has the command
        // (WebKitWebDriver has not).
        let print_pages = if engine == Engine::WebKit {
            None
        } else {
            let pdf = b.client().print(Default::default()).await?;
            std::fs::create_dir_all(artifacts_dir())?;
            std::fs::write(artifacts_dir().join(format!("engines-{}-summary.pdf", engine.name())), &pdf)?;
            Some(pdf_pages(&pdf))
        };

        // The link.
        b.scroll_to_middle("copy-link").await?;
        b.client().find(Locator::Id("copy-link")).await?.click().await?;
        let link = b.wait_for("#share-link-url").await?.prop("value").await?.unwrap_or_default();

        // Save on this device → reload → delete.
        let stored_before = js(&b, STORED).await?;
        b.scroll_to_middle("save-on-device").await?;
        b.click_label("save-on-device").await?;
        b.wait_until("the situation is saved", &format!("{STORED} !== null")).await?;
        let save_status = b.wait_for("#save-status").await?.text().await?;
        b.client().refresh().await?;
        b.wait_until(
            "the saved situation is restored",
            &format!("return document.getElementById('birth_date')?.value === '{birth}'"),
        )
        .await?;
        b.settle().await?;
        let after_reload = (
            value(&b, "birth_date").await?,
            value(&b, "previous_forloeb-0-start").await?,
            b.client().find(Locator::Id("save-on-device")).await?.is_selected().await?,
            form::ressourceforloeb_panel(&b).await?,
        );
        b.scroll_to_middle("delete-my-data").await?;
        b.client().find(Locator::Id("delete-my-data")).await?.click().await?;
        b.wait_until("the saved situation is deleted", &format!("{STORED} === null")).await?;
        b.wait_until(
            "the form is emptied",
            "return document.getElementById('birth_date')?.value === ''",
        )
        .await?;
        let after_delete = (js(&b, STORED).await?, value(&b, "birth_date").await?);
        b.client().refresh().await?;
        b.wait_started().await?;
        b.settle().await?;
        let after_delete_reload = (
            value(&b, "birth_date").await?,
            b.client().find_all(Locator::Css("#consult-notice")).await?.len(),
        );
        Result::<_>::Ok(Counsellor {
            panel,
            print_view,
            print_pages,
            screen_pages,
            link,
            stored_before,
            save_status,
            after_reload,
            after_delete,
            after_delete_reload,
        })
    }
    .await;
    let requests_a = b.close().await;
    let c = counsellor.unwrap_or_else(|e| panic!("{}: the counsellor's browser: {e}", engine.name()));

    // The person opens the link in a fresh profile (a new browser, nothing stored).
    let path = format!("/#{}", c.link.split_once('#').map(|(_, f)| f).unwrap_or_default());
    let p = Browser::start_with(Options { window: (390, 844), ..Options::default() })
        .await
        .expect("start a second browser");
    let person = async {
        let empty_profile = {
            p.goto("/").await?;
            p.wait_for("#birth_date").await?;
            js(&p, "return localStorage.length").await?
        };
        // A new document, not a fragment change of the one on show.
        p.client().goto("about:blank").await?;
        p.goto(&path).await?;
        p.wait_until(
            "the link's situation is in the form",
            &format!("return document.getElementById('birth_date')?.value === '{birth}'"),
        )
        .await?;
        p.settle().await?;
        let fields = (value(&p, "birth_date").await?, value(&p, "previous_forloeb-0-start").await?);
        let notice = p.attr("#consult-notice", "data-notice").await?;
        let panel = form::ressourceforloeb_panel(&p).await?;
        let stored = js(&p, STORED).await?;
        Result::<_>::Ok((empty_profile, fields, notice, panel, stored))
    }
    .await;
    let requests_b = p.close().await;
    let (empty_profile, fields, notice, panel_b, stored_b) =
        person.unwrap_or_else(|e| panic!("{}: the person's browser: {e}", engine.name()));

    let engine = engine.name();
    let differ = |panel: &form::Panel| form::differences(&case, panel);
    assert_eq!(differ(&c.panel), Vec::<String>::new(), "{engine}: the counsellor's answer");
    let print = &c.print_view;
    eprintln!(
        "{engine}: print view {:.2} A4 pages (estimated), PDF {:?} pages, screen page {:.1} A4 pages",
        print.estimated_pages, c.print_pages, c.screen_pages
    );
    assert!(print.summary_shown, "{engine}: the summary is printed");
    assert_eq!(print.chrome_shown, [false; 3], "{engine}: no form, header or buttons in print");
    let headline = form::headline_da(case.expected["ressourceforloeb"]["outcome"].as_str().unwrap_or_default());
    for part in [
        "Resumé af en vejledende beregning",
        "Oplysninger",
        headline,
        "Vejledende beregning – kommunen træffer afgørelsen",
    ] {
        assert!(print.summary.contains(part), "{engine}: the printed summary lacks {part:?}:\n{}", print.summary);
    }
    assert!(print.estimated_pages <= 2.0, "{engine}: the summary is {:.2} A4 pages long", print.estimated_pages);
    if let Some(pages) = c.print_pages {
        assert!((1..=2).contains(&pages), "{engine}: the summary prints on {pages} A4 pages");
    }
    assert!(c.screen_pages > 2.0, "{engine}: the screen page is only {:.1} A4 pages long", c.screen_pages);
    assert!(c.link.contains("#v1;") && c.link.contains(&format!("birth_date={birth}")), "{engine}: {}", c.link);
    assert_eq!(c.stored_before, Value::Null, "{engine}: nothing is stored before the person asks");
    assert!(c.save_status.contains("gemt"), "{engine}: {}", c.save_status);
    let (birth_r, start_r, saving_r, panel_r) = &c.after_reload;
    assert_eq!((birth_r, start_r, *saving_r), (&birth, &previous_start, true), "{engine}: after reload");
    assert_eq!(differ(panel_r), Vec::<String>::new(), "{engine}: the answer after reload");
    assert_eq!(c.after_delete, (Value::Null, String::new()), "{engine}: after delete");
    assert_eq!(c.after_delete_reload, (String::new(), 0), "{engine}: empty, no notice, after reload");

    assert_eq!(empty_profile, Value::from(0), "{engine}: the second browser's profile is fresh");
    assert_eq!(fields, (birth.clone(), previous_start.clone()), "{engine}: the link's fields");
    assert_eq!(notice.as_deref(), Some("from_link"), "{engine}");
    assert_eq!(differ(&panel_b), Vec::<String>::new(), "{engine}: the answer from the link");
    assert_eq!(stored_b, Value::Null, "{engine}: opening a link saves nothing");
    // Once: the page's preload answers public/boot.js's fetch, and the reloads take the module
    // from the cache (in WebKit, whose WebDriver sessions have no disk cache, from its memory
    // cache). Twice or more per load is the preload not being used.
    let downloads = requests_a.iter().filter(|r| r.path.ends_with(".wasm")).count();
    assert_eq!(downloads, 1, "{engine}: module downloads for one load and two reloads");
    for requests in [&requests_a, &requests_b] {
        let foreign: Vec<_> = since_page_request(requests).iter().filter(|r| !r.is_local()).collect();
        assert!(foreign.is_empty(), "{engine}: requests to other origins: {foreign:?}");
    }
}

#[tokio::test]
async fn an_error_while_in_use_shows_the_crash_view() {
    let case = seed_cases().into_iter().find(|c| c.name == "sag-01.json").expect("sag-01.json");
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        b.goto("/").await?;
        form::fill(&b, &case.situation).await?;
        let button = b.wait_for("#what-if-button").await?;
        if js(&b, "return !!document.querySelector('body > .crash')").await? != Value::Bool(false) {
            return Err("the crash view is there before the error".into());
        }
        js(&b, "document.getElementById('what-if-panel').remove(); return null").await?;
        b.client()
            .execute("arguments[0].scrollIntoView({ block: 'center' }); return null", vec![serde_json::to_value(&button)?])
            .await?;
        button.click().await?;
        b.crash_view().await
    }
    .await;
    b.close().await;
    got.expect("the crash view").assert_as_a_person_needs_it();
}
