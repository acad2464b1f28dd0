//! Quality gates, end to end in headless Chromium against the release page in dist/:
//!
//! * accessibility — axe-core (npm `axe-core`, injected through WebDriver) with the WCAG 2.1
//!   A and AA rules finds nothing in any state of the page: empty, every result outcome, with
//!   errors, English, print view;
//! * keyboard only — a case is completed with Tab, Shift+Tab, Space and Enter; every focused
//!   element shows a focus indicator; Enter in a field with problems moves focus to the error
//!   summary, and Enter on a summary link moves it to the field;
//! * network silence — while a user fills in a case and uses every button on the page, the
//!   page requests nothing after it has loaded, and never anything from another origin
//!   (checked three ways: Chromium's DevTools network log, the harness server that is also
//!   Chromium's proxy, and the page's own Resource Timing);
//! * Content-Security-Policy — attempts to reach another origin (fetch, XHR, beacon,
//!   WebSocket, image, script, style, font, form, frame) are blocked and reported as
//!   violations, and nothing reaches the other origin; an injected inline script or stylesheet
//!   is refused (the page's own are allowed by their hashes alone).
//!
//! Scripts the test runs through WebDriver (axe, the probes) are not the page's scripts: the
//! page's CSP does not apply to them, but it does apply to every request the document makes.

use forloebsberegneren_e2e::cdp::{self, LogEvent};
use forloebsberegneren_e2e::{in_page_order, repo_root, since_page_request, Browser, Locator, Options, Result, StaticServer};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::{json, Value};
use std::time::Duration;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// A situation in the case format (SPEC § 7), as the form takes it.
fn situation(name: &str) -> Value {
    let path = repo_root().join("tests/cases").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let case: Value = serde_json::from_str(&text).unwrap();
    case["situation"].clone()
}

/// One case file per outcome the page can show (ressourceforløb outcomes, and the
/// jobafklaringsforløb with its own ydelse).
const OUTCOME_CASES: [(&str, &str); 5] = [
    ("possible", "boundary/2013-ingen-6-aars-regel.json"),
    ("only_if_wished", "boundary/29-feb-pensionsdato.json"),
    ("not_possible", "boundary/2013-pensionsloft-under-1-aar.json"),
    ("insufficient_information", "boundary/maalgruppe-uafklaret.json"),
    ("jobafklaring entitled", "boundary/jobafklaring-2014-07-01.json"),
];

/// Runs `script` with `arguments[0]` = the element with this id.
async fn on_element(b: &Browser, id: &str, script: &str) -> Result<Value> {
    let el = b.client().find(Locator::Id(id)).await?;
    Ok(b.client().execute(script, vec![serde_json::to_value(&el)?]).await?)
}

/// Types into a text field (opening a closed `<details>` around it first) and leaves it.
async fn type_into(b: &Browser, id: &str, value: &str) -> Result<()> {
    on_element(b, id, "arguments[0].closest('details')?.setAttribute('open', '')").await?;
    b.set_field(id, value).await
}

/// Fills the form from a situation: field name = element id, top to bottom.
async fn fill(b: &Browser, situation: &Value) -> Result<()> {
    let Value::Object(fields) = situation else { return Err("situation is not an object".into()) };
    for (name, value) in in_page_order(fields) {
        b.reveal(name).await?;
        match value {
            Value::Bool(on) => {
                let el = b.client().find(Locator::Id(name)).await?;
                if el.is_selected().await? != *on {
                    b.client().find(Locator::Css(&format!("label[for='{name}']"))).await?.click().await?;
                }
            }
            Value::String(v) if b.attr(&format!("#{name}"), "type").await?.is_none() => {
                b.client().find(Locator::Id(name)).await?.select_by_value(v).await?; // a <select>
            }
            Value::String(v) => type_into(b, name, v).await?,
            Value::Number(n) if name == "rate_year" => {
                b.client().find(Locator::Id(name)).await?.select_by_value(&n.to_string()).await?;
            }
            Value::Number(n) => type_into(b, name, &n.to_string()).await?,
            other => return Err(format!("{name}: the quality tests do not enter {other}").into()),
        }
    }
    Ok(())
}

/// Bad input in three fields and an impossible earlier forløb: field errors and the summary.
async fn enter_errors(b: &Browser) -> Result<()> {
    type_into(b, "birth_date", "31-02-1980").await?;
    type_into(b, "date", "01-03-2024").await?;
    // The amount is asked for once sygedagpenge is chosen.
    b.client().find(Locator::Id("ydelse_before")).await?.select_by_value("sygedagpenge").await?;
    type_into(b, "ydelse_before_monthly", "12a").await?;
    b.client().find(Locator::Id("add-previous-forloeb")).await?.click().await?;
    type_into(b, "previous_forloeb-0-start", "01-06-2021").await?;
    type_into(b, "previous_forloeb-0-end", "01-06-2020").await?;
    b.wait_for("#error-summary").await?;
    Ok(())
}

/// A fresh page at `path`, ready for input.
async fn fresh(b: &Browser, path: &str) -> Result<()> {
    b.goto(path).await?;
    b.wait_for("#birth_date").await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Accessibility: axe-core
// ---------------------------------------------------------------------------------------------

/// Runs axe-core in the current document with the WCAG 2.1 A and AA rules; returns one line per
/// violation and element.
async fn axe(b: &Browser, axe_source: &str) -> Result<Vec<String>> {
    // Every <details> open, so that what is inside is checked too.
    b.client().execute("document.querySelectorAll('details').forEach((d) => d.open = true);", vec![]).await?;
    // A fresh document has no axe yet; injecting it through WebDriver is not subject to the CSP.
    let present = b.client().execute("return typeof window.axe === 'object';", vec![]).await?;
    if present != Value::Bool(true) {
        b.client().execute(&format!("{axe_source}\nreturn true;"), vec![]).await?;
    }
    let script = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
            resultTypes: ['violations'],
        }).then(
            (r) => done(r.violations.flatMap((v) => v.nodes.map((n) =>
                `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')} — ${(n.failureSummary || '').split('\n').slice(0, 2).join(' ')}`))),
            (e) => done(['axe failed: ' + e]));
    "#;
    let v = b.client().execute_async(script, vec![]).await?;
    Ok(v.as_array().ok_or("axe returned no list")?.iter().map(|s| s.as_str().unwrap_or("?").to_string()).collect())
}

#[tokio::test]
async fn axe_finds_no_wcag_2_1_aa_violation_in_any_state() {
    let axe_source = std::fs::read_to_string(repo_root().join("node_modules/axe-core/axe.min.js"))
        .expect("node_modules/axe-core/axe.min.js (run scripts/setup)");
    let b = Browser::start().await.expect("start the browser");
    let mut checked = Vec::new();
    let mut found: Vec<String> = Vec::new();
    let run = async {
        let mut check = |state: String, violations: Vec<String>| {
            found.extend(violations.into_iter().map(|v| format!("[{state}] {v}")));
            checked.push(state);
        };

        fresh(&b, "/").await?;
        check("empty".into(), axe(&b, &axe_source).await?);

        fresh(&b, "/").await?;
        enter_errors(&b).await?;
        check("with errors".into(), axe(&b, &axe_source).await?);

        for (outcome, file) in OUTCOME_CASES {
            fresh(&b, "/").await?;
            fill(&b, &situation(file)).await?;
            b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
            check(format!("result: {outcome}"), axe(&b, &axe_source).await?);
        }

        fresh(&b, "/?lang=en").await?;
        check("English, empty".into(), axe(&b, &axe_source).await?);
        fill(&b, &situation(OUTCOME_CASES[4].1)).await?;
        b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
        check("English, result".into(), axe(&b, &axe_source).await?);

        fresh(&b, "/?lang=en").await?;
        enter_errors(&b).await?;
        check("English, with errors".into(), axe(&b, &axe_source).await?);

        fresh(&b, "/").await?;
        fill(&b, &situation(OUTCOME_CASES[0].1)).await?;
        b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
        cdp::emulate_media(b.client(), "print").await?;
        check("print view".into(), axe(&b, &axe_source).await?);
        b.screenshot("quality-print-view").await?;
        cdp::emulate_media(b.client(), "").await?;
        Result::<()>::Ok(())
    }
    .await;
    b.close().await;
    run.expect("put the page in each state");
    eprintln!("axe-core checked {} states: {}", checked.len(), checked.join(", "));
    assert_eq!(checked.len(), 11, "states checked: {checked:?}");
    assert!(found.is_empty(), "{} WCAG 2.1 A/AA violations:\n{}", found.len(), found.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// Keyboard only
// ---------------------------------------------------------------------------------------------

/// The focused element and whether it shows a focus indicator: an outline or a box shadow on
/// the element or — for DKFDS checkboxes and radios, whose input is hidden and drawn by its
/// label — on its label's `::before` box; and that it is on screen.
const FOCUS_PROBE: &str = r#"
    const el = document.activeElement;
    const shows = (e, pseudo) => {
        if (!e) return false;
        const s = getComputedStyle(e, pseudo);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
            || (s.boxShadow && s.boxShadow !== 'none');
    };
    let drawn = el;
    if (el.matches('input[type=checkbox], input[type=radio]')) {
        drawn = document.querySelector(`label[for="${el.id}"]`);
    }
    const visible = shows(el) || shows(drawn, '::before') || shows(drawn);
    const r = drawn ? drawn.getBoundingClientRect() : { width: 0, height: 0, top: -1, bottom: -1 };
    const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
    const name = el.id ? '#' + el.id : el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '');
    return { name, tag: el.tagName.toLowerCase(), id: el.id, visible, onScreen, href: el.getAttribute('href'),
             text: (el.innerText || el.value || '').trim().slice(0, 40) };
"#;

struct Keys<'a> {
    b: &'a Browser,
    /// Every element that received focus, with a problem if its focus was not visible.
    trail: Vec<String>,
    invisible: Vec<String>,
}

impl<'a> Keys<'a> {
    /// Presses the keys together (the first ones held as modifiers), then lets go.
    async fn press(&mut self, keys: &[Key]) -> Result<()> {
        self.chord(&keys.iter().map(|k| char::from(*k)).collect::<Vec<_>>()).await
    }

    async fn chord(&mut self, keys: &[char]) -> Result<()> {
        let mut actions = KeyActions::new("keyboard".into());
        for k in keys {
            actions = actions.then(KeyAction::Down { value: *k });
        }
        for k in keys.iter().rev() {
            actions = actions.then(KeyAction::Up { value: *k });
        }
        self.b.client().perform_actions(actions).await?;
        Ok(())
    }

    async fn type_text(&mut self, text: &str) -> Result<()> {
        let mut actions = KeyActions::new("keyboard".into());
        for c in text.chars() {
            actions = actions.then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
        }
        self.b.client().perform_actions(actions).await?;
        Ok(())
    }

    /// Where focus is now; records it and whether it is visible.
    async fn focus(&mut self) -> Result<Value> {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let f = self.b.client().execute(FOCUS_PROBE, vec![]).await?;
        let name = f["name"].as_str().unwrap_or("?").to_string();
        if f["tag"] != "body" && f["tag"] != "main" {
            self.trail.push(name.clone());
            if f["visible"] != Value::Bool(true) || f["onScreen"] != Value::Bool(true) {
                self.invisible.push(format!("{name} ({})", f["text"]));
            }
        }
        Ok(f)
    }

    /// Presses Tab (or Shift+Tab) until the element with this id has focus, at most 40 times.
    async fn tab_to(&mut self, id: &str, backwards: bool) -> Result<()> {
        for _ in 0..40 {
            if backwards {
                self.press(&[Key::Shift, Key::Tab]).await?;
            } else {
                self.press(&[Key::Tab]).await?;
            }
            if self.focus().await?["id"] == id {
                return Ok(());
            }
        }
        Err(format!("Tab never reached #{id}; focus went {}", self.trail.join(" → ")).into())
    }

    async fn active_id(&self) -> Result<String> {
        let v = self.b.client().execute("return document.activeElement.id", vec![]).await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Selects all in the focused text field and types over it.
    async fn replace_text(&mut self, text: &str) -> Result<()> {
        self.chord(&[Key::Control.into(), 'a']).await?;
        self.press(&[Key::Backspace]).await?;
        self.type_text(text).await
    }
}

#[tokio::test]
async fn keyboard_only_completes_a_case_with_visible_focus() {
    let b = Browser::start().await.expect("start the browser");
    let mut k = Keys { b: &b, trail: Vec::new(), invisible: Vec::new() };
    let run = async {
        fresh(&b, "/").await?;
        // Tab from the top: the skip link comes first, and Enter on it moves to the content.
        k.press(&[Key::Tab]).await?;
        let first = k.focus().await?;
        if first["name"] != "a.skipnav" {
            return Err(format!("the first Tab stop is {}, not the skip link", first["name"]).into());
        }
        k.press(&[Key::Enter]).await?;
        let after_skip = k.active_id().await?;

        // A case, typed.
        k.tab_to("birth_date", false).await?;
        k.type_text("15-03-1975").await?;
        k.tab_to("forsoerger", false).await?;
        k.press(&[Key::Space]).await?; // Space ticks a checkbox
        let ticked = on_element(&b, "forsoerger", "return arguments[0].checked").await?;
        k.tab_to("date", false).await?;
        k.type_text("01-06-2025").await?;
        k.press(&[Key::Tab]).await?;
        k.focus().await?;
        b.wait_for("#ressourceforloeb-result[data-outcome='possible']").await.map_err(|e| format!("no result after typing the case: {e}"))?;
        // Enter on "Avanceret" (a <summary>) opens it.
        k.tab_to_summary().await?;
        k.press(&[Key::Enter]).await?;
        let advanced_open = b.client().execute("return document.activeElement.parentElement.open", vec![]).await?;

        // Back with Shift+Tab to the date, and make it impossible.
        k.tab_to("date", true).await?;
        k.replace_text("31-02-2025").await?;
        k.press(&[Key::Tab]).await?; // leaving the field shows its problem
        k.focus().await?;
        b.wait_for("#error-summary").await.map_err(|e| format!("no error summary: {e}"))?;
        k.tab_to("date", true).await?;
        // Enter in a field with a problem on show moves focus to the error summary …
        k.press(&[Key::Enter]).await?;
        let on_summary = k.focus().await?;
        // … whose first link, with Enter, moves focus back to the field.
        k.press(&[Key::Tab]).await?;
        let link = k.focus().await?;
        k.press(&[Key::Enter]).await?;
        let back = k.focus().await?;
        k.replace_text("01-06-2025").await?;
        k.press(&[Key::Tab]).await?;
        k.focus().await?;
        b.wait_for("#ressourceforloeb-result[data-outcome='possible']").await.map_err(|e| format!("no result after the fix: {e}"))?;
        let summary_gone = b.client().find_all(Locator::Css("#error-summary")).await?.is_empty();
        b.screenshot("quality-keyboard-done").await?;
        Result::<_>::Ok((after_skip, ticked, advanced_open, on_summary, link, back, summary_gone))
    }
    .await;
    let (trail, invisible) = (k.trail, k.invisible);
    b.close().await;
    eprintln!("focus went: {}", trail.join(" → "));
    let (after_skip, ticked, advanced_open, on_summary, link, back, summary_gone) = run.expect("complete a case by keyboard");
    assert_eq!(after_skip, "main", "Enter on the skip link moves focus to <main id=main>");
    assert_eq!(ticked, Value::Bool(true), "Space ticks the checkbox");
    assert_eq!(advanced_open, Value::Bool(true), "Enter opens the <details>");
    assert_eq!(on_summary["id"], "error-summary", "Enter in a field with a problem focuses the summary: {on_summary}");
    assert_eq!(link["href"], "#date", "Tab from the summary reaches its link to the field: {link}");
    assert_eq!(back["id"], "date", "Enter on the summary link focuses the field: {back}");
    assert!(summary_gone, "the summary goes once the problem is fixed");
    assert!(invisible.is_empty(), "focus not visible on: {}", invisible.join(", "));
}

impl<'a> Keys<'a> {
    /// Tabs to the "Avanceret" `<summary>` (the one around `decision_date`).
    async fn tab_to_summary(&mut self) -> Result<()> {
        for _ in 0..20 {
            self.press(&[Key::Tab]).await?;
            self.focus().await?;
            let hit = self
                .b
                .client()
                .execute(
                    "const a = document.activeElement; return a.tagName === 'SUMMARY' \
                     && !!a.parentElement.querySelector('#decision_date');",
                    vec![],
                )
                .await?;
            if hit == Value::Bool(true) {
                return Ok(());
            }
        }
        Err(format!("Tab never reached the Avanceret summary; focus went {}", self.trail.join(" → ")).into())
    }
}

// ---------------------------------------------------------------------------------------------
// Network silence
// ---------------------------------------------------------------------------------------------

/// Runs before the page's own scripts: records every CSP violation the document reports.
const VIOLATION_RECORDER: &str = r#"
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI}`));
"#;

/// The URLs the page's document (or one it opened) asked for: every `Network.requestWillBeSent`
/// whose `documentURL` is on the page's origin — not what Chromium's own start page does. data:
/// URIs are not requests; nothing else is exempt.
fn network_urls(events: &[LogEvent], origin: &str) -> Vec<String> {
    let ours: Vec<LogEvent> = events
        .iter()
        .filter(|e| e.params["documentURL"].as_str().is_some_and(|d| d.starts_with(origin)))
        .cloned()
        .collect();
    cdp::requested_urls(&ours).into_iter().filter(|u| !u.starts_with("data:")).collect()
}

#[tokio::test]
async fn page_is_silent_on_the_network_after_loading() {
    let b = Browser::start_with(Options { performance_log: true, ..Options::default() }).await.expect("start the browser");
    let run = async {
        // What Chromium did before the page (its start page) is not the page's doing.
        cdp::performance_log(b.client()).await?;
        cdp::on_new_document(b.client(), VIOLATION_RECORDER).await?;
        b.goto("/").await?;
        b.wait_for("#birth_date").await?;
        b.client().execute_async("document.fonts.ready.then(() => arguments[0]())", vec![]).await?;
        tokio::time::sleep(Duration::from_millis(1000)).await;
        let page_origin = b.url("");
        let at_load = network_urls(&cdp::performance_log(b.client()).await?, &page_origin);
        let served_at_load = b.requests().len();
        // The page's own fonts (subset at build time) are valid and in use.
        let fonts = b
            .client()
            .execute("return [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.status}`);", vec![])
            .await?;

        // A user at work: a full case, every kind of field, an error and its fix, both
        // languages, the print view, and every button the page has (add/remove an earlier
        // forløb, and saving, sharing, printing where the page offers them).
        fill(&b, &situation("boundary/jobafklaring-2014-07-01.json")).await?;
        // Every checkbox on and off again (saving on the device among them, where offered).
        let boxes = b.client().execute("return [...document.querySelectorAll('input[type=checkbox]')].map((e) => e.id);", vec![]).await?;
        for id in boxes.as_array().cloned().unwrap_or_default() {
            let label = format!("label[for='{}']", id.as_str().unwrap_or_default());
            for _ in 0..2 {
                if let Ok(l) = b.client().find(Locator::Css(&label)).await {
                    if l.is_displayed().await? {
                        l.click().await?;
                    }
                }
            }
        }
        b.client().find(Locator::Id("ydelse_before")).await?.select_by_value("sygedagpenge").await?;
        type_into(&b, "ydelse_before_monthly", "14.250,50").await?;
        type_into(&b, "birth_date", "31-02-1980").await?;
        type_into(&b, "birth_date", "15-03-1980").await?;
        // Open and close every <details> as a user would (its chevron is drawn by the CSS).
        for _ in 0..2 {
            for summary in b.client().find_all(Locator::Css("details > summary")).await? {
                if summary.is_displayed().await? {
                    summary.click().await?;
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
        let clicked = click_every_button(&b).await?;
        b.client().find(Locator::Id("language-en")).await?.click().await?;
        b.wait_for_text("Your answer").await?;
        b.client().find(Locator::Id("language-da")).await?.click().await?;
        cdp::emulate_media(b.client(), "print").await?;
        b.client().execute("window.print();", vec![]).await?;
        cdp::emulate_media(b.client(), "").await?;
        // The screen-reader status is updated after a pause; let every timer run.
        tokio::time::sleep(Duration::from_millis(2000)).await;

        let after_load = network_urls(&cdp::performance_log(b.client()).await?, &page_origin);
        let resources = b
            .client()
            .execute("return performance.getEntriesByType('resource').map((e) => e.name);", vec![])
            .await?;
        let violations = b.client().execute("return window.__violations;", vec![]).await?;
        Result::<_>::Ok((at_load, served_at_load, after_load, resources, violations, page_origin, clicked, fonts))
    };
    let run = tokio::time::timeout(Duration::from_secs(180), run).await.unwrap_or_else(|_| Err("timed out".into()));
    let requests = b.close().await;
    let (at_load, served_at_load, after_load, resources, violations, origin, clicked, fonts) = run.expect("use the page");
    eprintln!("loaded: {at_load:#?}\nbuttons used: {clicked:?}\nfonts: {fonts}");
    assert_eq!(
        fonts,
        json!(["Beregner Sans 400 loaded", "Beregner Sans 600 loaded"]),
        "both font faces load and are valid"
    );

    assert!(at_load.iter().any(|u| u.ends_with(".wasm")), "the DevTools log saw the load: {at_load:?}");
    let foreign: Vec<_> = at_load.iter().filter(|u| !u.starts_with(&origin)).collect();
    assert!(foreign.is_empty(), "requests to another origin while loading: {foreign:?}");
    assert!(after_load.is_empty(), "requests after the page had loaded (DevTools log): {after_load:#?}");
    let late: Vec<String> = requests[served_at_load..].iter().map(|r| r.to_string()).collect();
    assert!(late.is_empty(), "requests after the page had loaded (harness server): {late:#?}");
    let foreign: Vec<_> = since_page_request(&requests).iter().filter(|r| !r.is_local()).collect();
    assert!(foreign.is_empty(), "requests to another origin (harness server): {foreign:?}");
    let resources: Vec<&str> = resources.as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(resources.iter().all(|u| u.starts_with(&origin) || u.starts_with("data:")), "{resources:?}");
    assert_eq!(violations, json!([]), "the page tried something its CSP forbids");
}

/// Clicks every enabled, visible `<button>` the page shows once — buttons that a click adds
/// (a new row's "remove") are not followed — and returns their texts. (A print button does not
/// block: headless Chromium has no print dialog.)
async fn click_every_button(b: &Browser) -> Result<Vec<String>> {
    const LABELS: &str = "return [...document.querySelectorAll('button')].map((e) => e.id + '|' + e.textContent.trim());";
    let first: Vec<Value> = b.client().execute(LABELS, vec![]).await?.as_array().cloned().unwrap_or_default();
    let mut clicked = Vec::new();
    for label in first {
        let now = b.client().execute(LABELS, vec![]).await?;
        let Some(i) = now.as_array().and_then(|a| a.iter().position(|l| *l == label)) else { continue };
        let button = b.client().find_all(Locator::Css("button")).await?.swap_remove(i);
        if !button.is_displayed().await? || !button.is_enabled().await? {
            continue;
        }
        clicked.push(label.as_str().unwrap_or_default().to_string());
        button.click().await?;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(clicked)
}

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy
// ---------------------------------------------------------------------------------------------

/// From the page's document, tries to reach `other` in every way the CSP governs; returns what
/// each attempt gave and the violations the document reported.
const CSP_PROBE: &str = r#"
    const [other, done] = arguments;
    const out = {};
    const settle = (p) => Promise.race([p, new Promise((r) => setTimeout(() => r('timeout'), 3000))]);
    (async () => {
        out.fetch = await settle(fetch(other + '/fetch').then(() => 'loaded', (e) => 'blocked: ' + e.name));
        out.xhr = await settle(new Promise((r) => {
            try {
                const x = new XMLHttpRequest();
                x.onload = () => r('loaded'); x.onerror = () => r('blocked');
                x.open('GET', other + '/xhr'); x.send();
            } catch (e) { r('blocked: ' + e.name); }
        }));
        try { out.beacon = navigator.sendBeacon(other + '/beacon', 'x') ? 'queued' : 'refused'; }
        catch (e) { out.beacon = 'blocked: ' + e.name; }
        out.websocket = await settle(new Promise((r) => {
            try {
                const w = new WebSocket(other.replace('http', 'ws') + '/ws');
                w.onopen = () => r('loaded'); w.onerror = () => r('blocked');
            } catch (e) { r('blocked: ' + e.name); }
        }));
        const load = (el, attr, path) => settle(new Promise((r) => {
            el.onload = () => r('loaded'); el.onerror = () => r('blocked');
            el[attr] = other + path; document.body.append(el);
        }));
        out.image = await load(new Image(), 'src', '/image.png');
        const s = document.createElement('script');
        out.script = await load(s, 'src', '/script.js');
        const l = document.createElement('link'); l.rel = 'stylesheet';
        out.style = await load(l, 'href', '/style.css');
        // The page's start script is inline, allowed by its hash: an injected one must not run.
        const inline = document.createElement('script');
        inline.textContent = 'window.__injected = true';
        document.head.append(inline);
        out.inline_script = window.__injected ? 'ran' : 'blocked';
        // The page's own stylesheet is inline, allowed by its hash: an injected one must not apply.
        const injected = document.createElement('style');
        injected.textContent = 'body { outline: 7px solid red }';
        document.head.append(injected);
        await new Promise((r) => setTimeout(r, 50));
        out.inline_style = getComputedStyle(document.body).outlineWidth === '7px' ? 'applied' : 'blocked';
        out.font = await settle(new FontFace('Probe', `url(${other}/font.woff2)`).load().then(() => 'loaded', () => 'blocked'));
        const f = document.createElement('iframe');
        f.src = other + '/frame';
        document.body.append(f);
        const form = document.createElement('form');
        form.action = other + '/form'; form.method = 'post'; form.target = '_blank';
        document.body.append(form);
        try { form.submit(); } catch (e) {}
        await new Promise((r) => setTimeout(r, 500));
        out.violations = window.__violations;
        done(out);
    })();
"#;

#[tokio::test]
async fn content_security_policy_blocks_other_origins() {
    let other = StaticServer::start(repo_root().join("dist")).expect("start a second origin");
    let b = Browser::start().await.expect("start the browser");
    let run = async {
        cdp::on_new_document(b.client(), VIOLATION_RECORDER).await?;
        fresh(&b, "/").await?;
        let served_before = b.requests().len();
        let got = b.client().execute_async(CSP_PROBE, vec![json!(other.url(""))]).await?;
        let served_after: Vec<String> = b.requests()[served_before..].iter().map(|r| r.to_string()).collect();
        Result::<_>::Ok((got, served_after))
    }
    .await;
    b.close().await;
    let (got, served_after) = run.expect("probe the CSP");
    eprintln!("CSP probe: {got:#}");
    for kind in ["fetch", "xhr", "websocket", "image", "script", "inline_script", "style", "inline_style", "font"] {
        let outcome = got[kind].as_str().unwrap_or("?");
        assert!(outcome.starts_with("blocked"), "{kind} to another origin was not blocked: {outcome}");
    }
    let violations: Vec<&str> = got["violations"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    for directive in ["connect-src", "img-src", "script-src-elem", "style-src-elem", "font-src", "frame-src", "form-action"] {
        assert!(
            violations.iter().any(|v| v.starts_with(directive)),
            "no {directive} violation reported; got {violations:#?}"
        );
    }
    // Both scripts, each reported: the one from another origin and the injected inline one.
    for blocked in [format!("script-src-elem blocked {}", other.url("/script.js")), "script-src-elem blocked inline".into()] {
        assert!(violations.contains(&blocked.as_str()), "no {blocked:?} reported; got {violations:#?}");
    }
    assert!(other.requests().is_empty(), "the other origin was reached: {:?}", other.requests());
    assert!(served_after.is_empty(), "requests left the page: {served_after:#?}");
}
