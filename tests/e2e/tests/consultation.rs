//! End-to-end: the consultation tools in the built page. A counsellor goes through a case,
//! shows the timeline, prints the summary (emulated print media; the PDF Chromium would print
//! has one or two A4 pages) and copies a link that restores the case in a fresh browser
//! profile at phone size. Save on this device survives a reload; delete and corrupted storage
//! give defaults (with a notice for the latter); a malformed link gives a notice. No request
//! ever leaves the page's origin. Screenshots: tests/artifacts/consultation-*.png.

use forloebsberegneren_e2e::{
    artifacts_dir, cdp, pdf_pages, since_page_request, Browser, Locator, Options, Result,
};
use serde_json::{json, Value};

async fn type_into(b: &Browser, id: &str, value: &str) -> Result<()> {
    b.set_field(id, value).await
}

async fn click(b: &Browser, css: &str) -> Result<()> {
    b.client().find(Locator::Css(css)).await?.click().await?;
    b.settle().await
}

async fn js(b: &Browser, script: &str) -> Result<Value> {
    Ok(b.client().execute(script, vec![]).await?)
}

async fn value(b: &Browser, id: &str) -> Result<String> {
    Ok(b.client().find(Locator::Id(id)).await?.prop("value").await?.unwrap_or_default())
}

async fn displayed(b: &Browser, css: &str) -> Result<bool> {
    Ok(b.client().find(Locator::Css(css)).await?.is_displayed().await?)
}

async fn lines(b: &Browser, css: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for el in b.client().find_all(Locator::Css(css)).await? {
        out.push(el.text().await?);
    }
    Ok(out)
}

/// Born 17 May 1980, a new forløb from 1 March 2024, one earlier forløb in 2020.
async fn fill_case(b: &Browser) -> Result<()> {
    b.wait_for("#birth_date").await?;
    type_into(b, "birth_date", "17-05-1980").await?;
    type_into(b, "date", "01-03-2024").await?;
    click(b, "#add-previous-forloeb").await?;
    type_into(b, "previous_forloeb-0-start", "01-01-2020").await?;
    type_into(b, "previous_forloeb-0-end", "31-12-2020").await?;
    b.wait_for("#timeline-text").await?;
    Ok(())
}

const TIMELINE_DA: [&str; 7] = [
    "Tidligere forløb 1: 1. januar 2020 til 31. december 2020",
    "Det længste nye forløb: 1. marts 2024 til 28. februar 2027",
    "1. Du fylder 40 år: 17. maj 2020",
    "2. Du fylder 50 år: 17. maj 2030",
    "3. 6 år før folkepensionsalderen: 17. maj 2044",
    "4. Du når folkepensionsalderen (70 år): 17. maj 2050",
    "5-årsgrænsen mellem 40 og 50 år: Du har brugt ca. 1 år af de 5 år. Der er ca. 4 år tilbage.",
];

fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let bits: Vec<u8> = text.bytes().filter_map(value).collect();
    bits.chunks(4)
        .flat_map(|c| {
            let n = c.iter().enumerate().fold(0u32, |n, (i, v)| n | (u32::from(*v) << (18 - 6 * i)));
            let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
            bytes.into_iter().take(c.len().saturating_sub(1))
        })
        .collect()
}

#[tokio::test]
async fn a_counsellor_shows_the_timeline_prints_and_sends_a_link_that_opens_on_a_phone() {
    let b = Browser::start().await.expect("start the browser");
    let first = async {
        b.goto("/").await?;
        fill_case(&b).await?;
        let timeline = lines(&b, "#timeline-text li").await?;
        let circles = b.client().find_all(Locator::Css("#timeline-svg circle")).await?.len();
        js(&b, "document.getElementById('timeline').scrollIntoView()").await?;
        b.screenshot("consultation-timeline-1280").await?;

        // Print: only the summary, no form chrome.
        cdp::emulate_media(b.client(), "print").await?;
        let print = (
            displayed(&b, "#print-summary").await?,
            displayed(&b, "#birth_date").await?,
            displayed(&b, ".header").await?,
            displayed(&b, "#copy-link").await?,
            b.wait_for("#print-summary").await?.text().await?,
        );
        js(&b, "window.scrollTo(0, 0)").await?;
        b.screenshot("consultation-print-view").await?;
        let pdf = cdp::cdp(
            b.client(),
            "Page.printToPDF",
            json!({ "preferCSSPageSize": true, "printBackground": false }),
        )
        .await?;
        let pdf = base64(pdf["data"].as_str().unwrap_or_default());
        std::fs::create_dir_all(artifacts_dir())?;
        std::fs::write(artifacts_dir().join("consultation-summary.pdf"), &pdf)?;
        cdp::emulate_media(b.client(), "").await?;
        b.client().execute("window.print();", vec![]).await?;

        // The link, with the note that it carries the person's answers.
        let note = b.wait_for("#copy-link-note").await?.text().await?;
        click(&b, "#copy-link").await?;
        let link = b.wait_for("#share-link-url").await?.prop("value").await?.unwrap_or_default();
        let outcome = b.attr("#ressourceforloeb-result", "data-outcome").await?;
        let kr = b.attr("#ydelse-result", "data-monthly-kr").await?;
        Result::<_>::Ok((timeline, circles, print, pdf_pages(&pdf), note, link, outcome, kr))
    }
    .await;
    let requests_a = b.close().await;
    let (timeline, circles, print, pages, note, link, outcome, kr) = first.expect("the counsellor's browser");

    assert_eq!(timeline, TIMELINE_DA);
    assert_eq!(circles, 4);
    let (summary_shown, form_shown, header_shown, button_shown, summary) = print;
    assert!(summary_shown, "the summary is printed");
    assert!(!form_shown && !header_shown && !button_shown, "no form chrome in print");
    for part in [
        "Resumé af en vejledende beregning",
        "Beregnet den ",
        "Oplysninger",
        "Du kan få et ressourceforløb på højst 3 år",
        "LAB § 114, stk. 1",
        "Ydelsen er beregnet med satserne for 2021.",
        "Vejledende beregning – kommunen træffer afgørelsen",
    ] {
        assert!(summary.contains(part), "the printed summary lacks {part:?}:\n{summary}");
    }
    assert!((1..=2).contains(&pages), "the summary prints on {pages} A4 pages");
    assert!(note.contains("Linket indeholder de svar"), "{note}");
    assert!(link.contains("#v1;") && link.contains("birth_date=17-05-1980"), "{link}");

    // The person opens the link on a phone: a fresh browser profile, 390 px wide.
    let path = format!("/#{}", link.split_once('#').expect("a fragment").1);
    let phone = Browser::start_with(Options { window: (390, 844), ..Options::default() })
        .await
        .expect("start a second browser");
    let second = async {
        // A real 390 px viewport (a headless window cannot be made that narrow).
        cdp::cdp(
            phone.client(),
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true }),
        )
        .await?;
        phone.goto(&path).await?;
        phone.wait_for("#timeline-text").await?;
        let fields = (
            value(&phone, "birth_date").await?,
            value(&phone, "date").await?,
            value(&phone, "previous_forloeb-0-end").await?,
        );
        let notice = phone.attr("#consult-notice", "data-notice").await?;
        let outcome = phone.attr("#ressourceforloeb-result", "data-outcome").await?;
        let kr = phone.attr("#ydelse-result", "data-monthly-kr").await?;
        let timeline = lines(&phone, "#timeline-text li").await?;
        let svg_width = js(&phone, "return document.getElementById('timeline-svg').getBoundingClientRect().width").await?;
        let page_width = js(&phone, "return document.documentElement.scrollWidth").await?;
        js(&phone, "document.getElementById('timeline').scrollIntoView()").await?;
        phone.screenshot("consultation-timeline-phone-390").await?;
        let stored = js(&phone, "return localStorage.getItem('forloebsberegneren')").await?;
        Result::<_>::Ok((fields, notice, outcome, kr, timeline, svg_width, page_width, stored))
    }
    .await;
    let requests_b = phone.close().await;
    let (fields, notice, outcome_b, kr_b, timeline_b, svg_width, page_width, stored) =
        second.expect("the phone's browser");
    assert_eq!(
        fields,
        ("17-05-1980".to_string(), "01-03-2024".to_string(), "31-12-2020".to_string())
    );
    assert_eq!(notice.as_deref(), Some("from_link"));
    assert_eq!((outcome_b, kr_b), (outcome, kr));
    assert_eq!(timeline_b, TIMELINE_DA);
    let (svg_width, page_width) = (svg_width.as_f64().unwrap(), page_width.as_f64().unwrap());
    assert!(svg_width > 250.0 && svg_width <= 390.0, "timeline {svg_width} px wide on a 390 px phone");
    assert!(page_width <= 390.0, "the page scrolls sideways: {page_width} px");
    assert_eq!(stored, Value::Null, "opening a link saves nothing");
    for requests in [&requests_a, &requests_b] {
        let foreign: Vec<_> = since_page_request(requests).iter().filter(|r| !r.is_local()).collect();
        assert!(foreign.is_empty(), "requests to other origins: {foreign:?}");
    }
}

#[tokio::test]
async fn saved_on_the_device_survives_a_reload_and_delete_and_corruption_give_defaults() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        b.goto("/").await?;
        fill_case(&b).await?;
        type_into(&b, "wage_income_monthly", "2.500,50").await?;
        let before = js(&b, "return localStorage.getItem('forloebsberegneren')").await?;
        click(&b, "label[for='save-on-device']").await?;
        let status = b.wait_for("#save-status").await?.text().await?;

        b.client().refresh().await?;
        b.wait_started().await?;
        b.wait_for("#timeline-text").await?;
        let restored = (
            value(&b, "birth_date").await?,
            value(&b, "previous_forloeb-0-start").await?,
            value(&b, "wage_income_monthly").await?,
            b.client().find(Locator::Id("save-on-device")).await?.is_selected().await?,
            lines(&b, "#timeline-text li").await?,
        );

        click(&b, "#delete-my-data").await?;
        let after_delete = (
            js(&b, "return localStorage.getItem('forloebsberegneren')").await?,
            value(&b, "birth_date").await?,
        );
        b.client().refresh().await?;
        b.wait_started().await?;
        b.wait_for("#birth_date").await?;
        b.settle().await?;
        let after_reload = (
            value(&b, "birth_date").await?,
            b.client().find_all(Locator::Css("#consult-notice")).await?.len(),
        );

        js(&b, "localStorage.setItem('forloebsberegneren', 'v1;birth_date=17-05-1980;c=0badc0de')").await?;
        b.client().refresh().await?;
        b.wait_started().await?;
        let notice = b.wait_for("#consult-notice").await?;
        let corrupted = (
            notice.attr("data-notice").await?,
            notice.text().await?,
            value(&b, "birth_date").await?,
            js(&b, "return localStorage.getItem('forloebsberegneren')").await?,
        );
        b.client().execute("window.scrollTo(0, 0)", vec![]).await?;
        b.screenshot("consultation-corrupted-storage").await?;
        Result::<_>::Ok((before, status, restored, after_delete, after_reload, corrupted))
    }
    .await;
    let requests = b.close().await;
    let (before, status, restored, after_delete, after_reload, corrupted) = got.expect("use the page");
    assert_eq!(before, Value::Null, "nothing is stored before the user asks");
    assert!(status.contains("gemt"), "{status}");
    assert_eq!(restored.0, "17-05-1980");
    assert_eq!(restored.1, "01-01-2020");
    assert_eq!(restored.2, "2.500,50");
    assert!(restored.3, "saving stays on");
    assert_eq!(restored.4, TIMELINE_DA);
    assert_eq!(after_delete, (Value::Null, String::new()));
    assert_eq!(after_reload, (String::new(), 0), "defaults, no notice");
    assert_eq!(corrupted.0.as_deref(), Some("stored"));
    assert!(corrupted.1.contains("kunne ikke læses"), "{}", corrupted.1);
    assert_eq!(corrupted.2, "");
    assert_eq!(
        corrupted.3,
        Value::String("v1;birth_date=17-05-1980;c=0badc0de".into()),
        "the unreadable copy is kept until the person deletes it (issue 12)"
    );
    let foreign: Vec<_> = since_page_request(&requests).iter().filter(|r| !r.is_local()).collect();
    assert!(foreign.is_empty(), "requests to other origins: {foreign:?}");
}

#[tokio::test]
async fn a_malformed_or_tampered_link_is_ignored_with_a_notice() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        let mut seen = Vec::new();
        for fragment in [
            "#v1;birth_date=17-05-1980;date=01-03-2024;c=deadbeef",
            "#v1;birth_date=17-05-1980;date=01-03-20",
            "#v2;birth_date=17-05-1980",
            "#birth_date=1980-05-17&date=2024-03-01",
        ] {
            b.goto(&format!("/{fragment}")).await?;
            let notice = b.wait_for("#consult-notice").await?;
            seen.push((
                fragment,
                notice.attr("data-notice").await?,
                value(&b, "birth_date").await?,
                js(&b, "return location.hash").await?,
            ));
        }
        b.client().execute("window.scrollTo(0, 0)", vec![]).await?;
        b.screenshot("consultation-bad-link").await?;
        Result::<_>::Ok(seen)
    }
    .await;
    let requests = b.close().await;
    for (fragment, notice, birth_date, hash) in got.expect("open bad links") {
        assert_eq!(notice.as_deref(), Some("link"), "{fragment}");
        assert_eq!(birth_date, "", "{fragment}");
        assert_eq!(hash, json!(""), "{fragment}: the bad fragment is removed");
    }
    let foreign: Vec<_> = since_page_request(&requests).iter().filter(|r| !r.is_local()).collect();
    assert!(foreign.is_empty(), "requests to other origins: {foreign:?}");
}
