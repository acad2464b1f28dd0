//! End-to-end: the built page in headless Chromium. Bad input must produce the error summary;
//! the English page must be complete; a phone shows it without sideways scrolling; the CSP is
//! strict. (The seed cases through the form, in every engine, with the check that the page
//! makes no request to another origin: engines.rs.) Screenshots go to tests/artifacts/.

use forloebsberegneren_e2e::{artifacts_dir, form, Browser, Element, Locator, Result};
use serde_json::Value;

/// Runs a script with `arguments[0]` = the element with this id.
async fn on_element(b: &Browser, id: &str, script: &str) -> Result<Value> {
    let el = b.client().find(Locator::Id(id)).await?;
    Ok(b.client()
        .execute(script, vec![serde_json::to_value(&el)?])
        .await?)
}

/// Types into a text field; a field inside a closed `<details>` ("Avanceret") is shown first.
async fn type_into(b: &Browser, id: &str, value: &str) -> Result<()> {
    on_element(
        b,
        id,
        "arguments[0].closest('details')?.setAttribute('open', '')",
    )
    .await?;
    b.set_field(id, value).await
}

#[tokio::test]
async fn bad_input_gives_field_errors_and_a_summary_that_links_to_them() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        b.goto("/").await?;
        b.wait_for("#birth_date").await?;
        type_into(&b, "birth_date", "31-02-1980").await?;
        type_into(&b, "date", "2024-03-01").await?;
        type_into(&b, "other_income_monthly", "12a").await?;
        b.client()
            .find(Locator::Id("add-previous-forloeb"))
            .await?
            .click()
            .await?;
        type_into(&b, "previous_forloeb-0-start", "2021-06-01").await?;
        type_into(&b, "previous_forloeb-0-end", "2020-06-01").await?;
        let summary = b.wait_for("#error-summary").await?;
        let summary_text = summary.text().await?;
        let mut links = Vec::new();
        for a in summary.find_all(Locator::Css("a")).await? {
            links.push(a.attr("href").await?.unwrap_or_default());
        }
        let field_error = b.wait_for("#birth_date-error:not([hidden])").await?.text().await?;
        let panels = b
            .client()
            .find_all(Locator::Css("#ressourceforloeb-result"))
            .await?
            .len();
        let invalid_note = b.wait_for(".results-invalid").await?.text().await?;

        // Fix the birth date and the amount: only the rules' cross-field problem is left.
        type_into(&b, "birth_date", "15-03-1980").await?;
        type_into(&b, "other_income_monthly", "12.500,50").await?;
        b.settle().await?;
        let summary_after = b.wait_for("#error-summary").await?.text().await?;
        let end_error = b
            .wait_for("#previous_forloeb-0-end-error")
            .await?
            .text()
            .await?;
        b.client().execute("window.scrollTo(0, 0)", vec![]).await?;
        b.screenshot("desktop-1280-errors").await?;

        // Clicking a summary entry moves focus to its field.
        b.client()
            .find(Locator::Css("#error-summary a"))
            .await?
            .click()
            .await?;
        let focused = b
            .client()
            .execute("return document.activeElement.id", vec![])
            .await?;
        Result::<_>::Ok((
            summary_text,
            links,
            field_error,
            panels,
            invalid_note,
            summary_after,
            end_error,
            focused,
        ))
    }
    .await;
    b.close().await;
    let (summary, links, field_error, panels, invalid_note, summary_after, end_error, focused) =
        got.expect("type bad input");
    assert!(summary.contains("Der er problemer"), "{summary}");
    assert!(
        summary.contains("Fødselsdato: Datoen findes ikke"),
        "{summary}"
    );
    assert!(
        summary.contains("Anden indkomst om måneden: Skriv et beløb"),
        "{summary}"
    );
    assert!(links.contains(&"#birth_date".to_string()), "{links:?}");
    assert!(
        links.contains(&"#other_income_monthly".to_string()),
        "{links:?}"
    );
    assert!(field_error.contains("Datoen findes ikke"), "{field_error}");
    assert_eq!(panels, 0, "no result while the form has errors");
    assert!(invalid_note.contains("fejlene"), "{invalid_note}");
    assert!(!summary_after.contains("Fødselsdato"), "{summary_after}");
    assert!(
        summary_after.contains("Forløb 1: Sidste dag"),
        "{summary_after}"
    );
    assert!(!end_error.is_empty());
    assert_eq!(focused, Value::String("previous_forloeb-0-end".into()));
}

#[tokio::test]
async fn english_page_answers_in_english() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        b.goto("/").await?;
        b.wait_for("#birth_date").await?;
        type_into(&b, "birth_date", "1990-05-17").await?;
        type_into(&b, "date", "2024-03-01").await?;
        b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
        b.client()
            .find(Locator::Id("language-en"))
            .await?
            .click()
            .await?;
        b.wait_for_text("Your answer").await?;
        let headline = b
            .wait_for("#ressourceforloeb-result .result-headline")
            .await?
            .text()
            .await?;
        let label = b.wait_for("label[for='birth_date']").await?.text().await?;
        let lang = b.attr("html", "lang").await?;
        let body = b.body_text().await?;
        // And back: the toggle in the header.
        b.client()
            .find(Locator::Id("language-toggle"))
            .await?
            .click()
            .await?;
        b.wait_for_text("Dit svar").await?;
        Result::<_>::Ok((headline, label, lang, body))
    }
    .await;
    b.close().await;
    let (headline, label, lang, body) = got.expect("switch language");
    assert_eq!(headline, "You can get a ressourceforløb of at most 3 years");
    assert_eq!(label, "Date of birth");
    assert_eq!(lang.as_deref(), Some("en"));
    for danish in ["Fødselsdato", "Derfor", "Dit svar", "Vigtige datoer"] {
        assert!(
            !body.contains(danish),
            "Danish text {danish:?} on the English page"
        );
    }
}

/// Saves a PNG to tests/artifacts/<name>.png.
fn save(name: &str, png: Vec<u8>) -> Result<()> {
    let dir = artifacts_dir();
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(format!("{name}.png")), png)?;
    Ok(())
}

/// The page's width in the frame, and a picture of the frame.
async fn phone_shot(b: &Browser, frame: &Element, name: &str) -> Result<u64> {
    let width = b
        .client()
        .execute("return document.documentElement.scrollWidth", vec![])
        .await?;
    b.client().enter_parent_frame().await?;
    save(name, frame.screenshot().await?)?;
    frame.enter_frame().await?;
    Ok(width.as_u64().unwrap_or(u64::MAX))
}

#[tokio::test]
async fn phone_layout_at_390_px() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        b.goto("/").await?;
        b.wait_for("#birth_date").await?;
        // Under WebDriver, Chromium keeps a window at least 500 px wide: show the page in a
        // 390 × 844 frame instead (same origin, so the page's CSP allows it).
        let script = "const f = document.createElement('iframe'); f.id = 'phone'; f.src = '/'; \
                      f.width = 390; f.height = 844; document.body.replaceChildren(f);";
        b.client().execute(script, vec![]).await?;
        let frame = b.wait_for("#phone").await?;
        frame.enter_frame().await?;
        b.wait_started().await?;
        let empty = phone_shot(&b, &frame, "phone-390-empty").await?;
        let case = form::cases("seed")
            .into_iter()
            .find(|c| c.name == "sag-01.json")
            .ok_or("sag-01")?;
        form::fill(&b, &case.situation).await?;
        b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
        on_element(&b, "results-heading", "arguments[0].scrollIntoView()").await?;
        let filled = phone_shot(&b, &frame, "phone-390-result").await?;
        Result::<_>::Ok((empty, filled))
    }
    .await;
    b.close().await;
    let (empty, filled) = got.expect("phone layout");
    assert!(
        empty <= 390 && filled <= 390,
        "horizontal scrolling on a phone: {empty} / {filled} px"
    );
}

/// The CSP in the built page forbids other origins, and allows inline only the page's own start
/// script (public/boot.js, put inside index.html instead of Trunk's loader) and its one
/// stylesheet, each by its hash alone.
#[test]
fn built_page_has_a_strict_csp_and_only_its_own_inline_script() {
    let html = std::fs::read_to_string(forloebsberegneren_e2e::dist_dir().join("index.html"))
        .expect("dist/index.html: build the page first");
    let csp = html
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a CSP meta element");
    for directive in ["default-src 'self'", "connect-src 'self'"] {
        assert!(csp.contains(directive), "CSP lacks {directive:?}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(html.matches("<style>").count(), 1, "one inline stylesheet in dist/index.html");
    // A byte order mark (dart-sass writes one) would make the first rule's selector invalid.
    assert!(!html.contains("<style>\u{feff}"), "a byte order mark at the start of the inline stylesheet");
    let directive = |name: &str| {
        csp.split(';').map(str::trim).find(|d| d.starts_with(name)).unwrap_or_else(|| panic!("no {name}: {csp}"))
    };
    let script_src = directive("script-src ");
    assert!(
        script_src.starts_with("script-src 'self' 'sha256-") && script_src.ends_with(" 'wasm-unsafe-eval'"),
        "script-src allows the page's files, its start script by its hash, and compiling WebAssembly: {script_src}"
    );
    assert!(directive("style-src ").starts_with("style-src 'self' 'sha256-"), "{csp}");
    assert_eq!(csp.matches("'sha256-").count(), 2, "one hash for the start script, one for the stylesheet: {csp}");
    let inline_scripts: Vec<&str> = html
        .split("<script")
        .skip(1)
        .map(|tag| tag.split('>').next().unwrap_or(""))
        .filter(|attributes| !attributes.contains("src="))
        .collect();
    assert_eq!(inline_scripts.len(), 1, "one inline <script> in dist/index.html: {inline_scripts:?}");
    assert!(inline_scripts[0].contains("id=\"boot\""), "the inline script is the start: {inline_scripts:?}");
    assert!(html.contains("<noscript>"));
}
