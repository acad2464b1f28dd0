//! The page before the WebAssembly (issue 11, part 1): the form is in the HTML the server
//! sends; what a person types before the app starts is kept, with the focus; the app takes over
//! without moving anything (CLS); without JavaScript or WebAssembly the page says what the
//! calculation needs; when the app stops on an error, public/boot.js shows the crash view.
//!
//! The WebAssembly is held back by a test script that runs before the page's own: it makes
//! `fetch` of a `.wasm` wait until the test calls `window.__releaseWasm()` (wasm-bindgen's glue
//! fetches the module with `fetch`).
use forloebsberegneren_e2e::{cdp, dist_dir, Browser, Caching, Locator, Options, Result, PAGE_ORDER};
use serde_json::{json, Value};
use std::io::{Read, Write};

const HOLD_WASM: &str = r#"(() => {
  let release;
  const released = new Promise((r) => { release = r; });
  window.__releaseWasm = () => release();
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => String(input).endsWith('.wasm')
    ? released.then(() => fetch(input, init))
    : fetch(input, init);
})();"#;

/// Records each `fetch` of the module: the cache mode asked for and whether it was answered.
const RECORD_WASM_FETCHES: &str = r#"(() => {
  window.__wasmFetches = [];
  const fetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const got = fetch(input, init);
    if (String(input).endsWith('.wasm')) {
      const f = { cache: init?.cache ?? 'default' };
      window.__wasmFetches.push(f);
      got.then((r) => { f.ok = r.ok; }, () => { f.ok = false; });
    }
    return got;
  };
})();"#;

/// Sums the layout shifts not caused by input (as CLS does, without session windows: an upper
/// bound) into `window.__cls`, and keeps each shift's sources for the failure message.
const RECORD_SHIFTS: &str = r#"(() => {
  window.__cls = 0;
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__cls += e.value;
      window.__shifts.push({ value: e.value, at: e.startTime,
        sources: (e.sources || []).map((s) => s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?') });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();"#;

/// The SPEC § 7 controls of the empty form (the earlier-forløb rows are added by a button).
fn spec_ids() -> Vec<&'static str> {
    let mut ids: Vec<&str> = PAGE_ORDER.iter().copied().filter(|f| *f != "previous_forloeb").collect();
    ids.push("add-previous-forloeb");
    ids
}

async fn js(b: &Browser, script: &str) -> Result<Value> {
    Ok(b.client().execute(script, vec![]).await?)
}

async fn started(b: &Browser) -> Result<bool> {
    Ok(js(b, "return document.getElementById('page')?.hasAttribute('data-started') === true").await? == json!(true))
}

/// Opens the page with the WebAssembly held back, and waits until the browser has painted it.
async fn open_held(b: &Browser) -> Result<()> {
    cdp::on_new_document(b.client(), HOLD_WASM).await?;
    b.client().goto(&b.url("/")).await?;
    b.wait_for("#birth_date").await?;
    js(b, "return await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))));").await?;
    Ok(())
}

/// `GET /` from the harness's server, as a browser without JavaScript (or a crawler) gets it.
#[test]
fn the_form_is_in_the_html_the_server_sends() {
    let server = forloebsberegneren_e2e::StaticServer::start(dist_dir()).expect("serve dist/");
    let mut conn = std::net::TcpStream::connect(server.addr()).expect("connect");
    write!(conn, "GET / HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n", server.addr()).unwrap();
    let mut response = String::new();
    conn.read_to_string(&mut response).expect("read the response");
    let html = response.split("\r\n\r\n").nth(1).expect("a body");
    for id in spec_ids().into_iter().chain(["show-all-fields", "results-heading", "answers"]) {
        assert_eq!(html.matches(&format!(" id=\"{id}\"")).count(), 1, "id {id:?} once in the HTML");
    }
    // Danish first, with the plain messages for a browser that cannot run the calculation.
    assert!(html.contains("<html lang=\"da\""));
    let noscript = html.split("<noscript>").nth(1).and_then(|s| s.split("</noscript>").next()).expect("<noscript>");
    assert!(noscript.contains("Beregningen kræver JavaScript") && noscript.contains("needs JavaScript"), "{noscript}");
    assert!(html.contains("id=\"loading\"") && html.contains("Beregneren kunne ikke starte"));
    // No answer is made up before the rules have run.
    assert!(!html.contains("ressourceforloeb-result"));
}

#[tokio::test]
async fn what_is_typed_before_the_app_starts_is_kept_with_the_focus() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        // The same case typed once the app runs, for what the answer must be.
        b.goto("/").await?;
        b.set_field("birth_date", "15-03-1975").await?;
        b.set_field("date", "01-06-2025").await?;
        b.click_label("wishes_forloeb").await?;
        b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
        let expected = (
            b.attr("#ressourceforloeb-result", "data-outcome").await?,
            b.attr("#ressourceforloeb-result", "data-max-months").await?,
            b.attr("#ydelse-result", "data-monthly-kr").await?,
        );

        open_held(&b).await?;
        let before_start = started(&b).await?;
        b.set_field("birth_date", "15-03-1975").await?;
        b.click_label("wishes_forloeb").await?;
        // Still typing in the last field (key events, no blur) when the app starts.
        let date = b.client().find(Locator::Id("date")).await?;
        date.click().await?;
        date.send_keys("01-06-2025").await?;
        let still_held = !started(&b).await?;
        js(&b, "window.__releaseWasm(); return true").await?;
        b.wait_started().await?;
        b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
        let kept = (
            b.client().find(Locator::Id("birth_date")).await?.prop("value").await?,
            b.client().find(Locator::Id("date")).await?.prop("value").await?,
            b.client().find(Locator::Id("wishes_forloeb")).await?.is_selected().await?,
        );
        let focus = js(&b, "const a = document.activeElement; return [a.id, a.selectionStart];").await?;
        let got = (
            b.attr("#ressourceforloeb-result", "data-outcome").await?,
            b.attr("#ressourceforloeb-result", "data-max-months").await?,
            b.attr("#ydelse-result", "data-monthly-kr").await?,
        );
        // A key pressed now goes on where the person was.
        b.client().active_element().await?.send_keys("x").await?;
        let after_key = b.client().find(Locator::Id("date")).await?.prop("value").await?;
        Result::<_>::Ok((before_start, still_held, kept, focus, expected, got, after_key))
    }
    .await;
    b.close().await;
    let (before_start, still_held, kept, focus, expected, got, after_key) = got.expect("type before the start");
    assert!(!before_start && still_held, "the form was there before the WebAssembly started");
    assert_eq!(
        kept,
        (Some("15-03-1975".into()), Some("01-06-2025".into()), true),
        "what was typed before the start"
    );
    assert_eq!(focus, json!(["date", 10]), "focus and caret kept");
    assert!(expected.0.is_some(), "an answer for the case");
    assert_eq!(got, expected, "the answer to what was typed before the start");
    assert_eq!(after_key.as_deref(), Some("01-06-2025x"));
}

/// The app attaches to the page written at build time, redrawing only what differs: nothing
/// moves, on a laptop or in a window as narrow as WebDriver allows (500 px: one column, the phone
/// layout), also when it starts after the first paint.
#[tokio::test]
async fn the_app_takes_over_without_a_layout_shift() {
    let mut measured = Vec::new();
    for window in [(1280, 900), (500, 844)] {
        let b = Browser::start_with(Options { window, ..Options::default() }).await.expect("start the browser");
        let got = async {
            cdp::on_new_document(b.client(), RECORD_SHIFTS).await?;
            open_held(&b).await?;
            js(&b, "window.__releaseWasm(); return true").await?;
            b.wait_started().await?;
            // Fonts in, and a few frames after the start.
            js(&b, "await document.fonts.ready; return await new Promise((r) => setTimeout(() => r(true), 500));").await?;
            let cls = js(&b, "return [window.__cls, JSON.stringify(window.__shifts), innerWidth];").await?;
            // The recorder itself: a box pushed in above the form is seen as a shift.
            let control = js(
                &b,
                "const d = document.createElement('div'); d.style.height = '200px'; \
                 document.getElementById('main').prepend(d); \
                 return await new Promise((r) => setTimeout(() => r(window.__cls), 300));",
            )
            .await?;
            Result::<_>::Ok((cls, control))
        }
        .await;
        b.close().await;
        measured.push(got.expect("measure layout shifts"));
    }
    for (m, control) in &measured {
        eprintln!("layout shift at {} px wide: {} {}", m[2], m[0], m[1]);
        assert!(control.as_f64().unwrap_or(0.0) > 0.02, "the recorder misses a shift: {control}");
        let cls = m[0].as_f64().unwrap_or(f64::MAX);
        assert!(cls <= 0.02, "layout shift {cls} at {} px wide: {}", m[2], m[1]);
    }
}

#[tokio::test]
async fn without_javascript_the_form_and_a_plain_message_are_shown() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        cdp::cdp(b.client(), "Emulation.setScriptExecutionDisabled", json!({ "value": true })).await?;
        b.client().goto(&b.url("/")).await?;
        let field = b.wait_for("#birth_date").await?.is_displayed().await?;
        let text = b.body_text().await?;
        Result::<_>::Ok((field, text))
    }
    .await;
    b.close().await;
    let (field, text) = got.expect("load without JavaScript");
    assert!(field, "the form is shown");
    assert!(text.contains("Beregningen kræver JavaScript, og det er slået fra."), "{text}");
    assert!(!text.contains("kunne ikke starte"), "only the JavaScript message: {text}");
}

#[tokio::test]
async fn without_webassembly_the_page_says_the_calculator_cannot_start() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        cdp::on_new_document(b.client(), "delete globalThis.WebAssembly;").await?;
        b.client().goto(&b.url("/")).await?;
        b.wait_for_text("Beregneren kunne ikke starte i denne browser.").await?;
        let field = b.wait_for("#birth_date").await?.is_displayed().await?;
        let text = b.body_text().await?;
        Result::<_>::Ok((field, text, started(&b).await?))
    }
    .await;
    b.close().await;
    let (field, text, started) = got.expect("load without WebAssembly");
    assert!(field && !started, "the form is shown, the app did not start");
    assert!(text.contains("It needs WebAssembly"), "in English too: {text}");
    assert!(!text.contains("kræver JavaScript, og det er slået fra"), "{text}");
}

/// The app stops on an error while starting (here: a part of the page it needs was removed
/// before it started, as a browser extension might): the release build aborts at the panic, so
/// public/boot.js shows the crash view.
#[tokio::test]
async fn an_error_while_starting_shows_the_crash_view() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        let remove = "document.addEventListener('DOMContentLoaded', () => document.getElementById('results-status').remove());";
        cdp::on_new_document(b.client(), remove).await?;
        b.client().goto(&b.url("/")).await?;
        let view = b.crash_view().await?;
        Result::<_>::Ok((view, started(&b).await?))
    }
    .await;
    b.close().await;
    let (view, started) = got.expect("the crash view");
    view.assert_as_a_person_needs_it();
    assert!(!started, "the app did not start");
}

/// The page served as a CDN serves it (hashed files cached as immutable). On a first visit the
/// module is downloaded once (the page's preload answers public/boot.js's fetch); on a repeat
/// visit it comes from the browser's cache, not from the server, and the app answers as before.
#[tokio::test]
async fn a_repeat_visit_starts_the_module_from_the_cache() {
    let b = Browser::start_with(Options { caching: Caching::Cdn, ..Options::default() })
        .await
        .expect("start the browser");
    let got = async {
        cdp::on_new_document(b.client(), RECORD_WASM_FETCHES).await?;
        let mut visits = Vec::new();
        for _ in 0..2 {
            let before = b.requests().len();
            b.goto("/").await?;
            b.set_field("birth_date", "15-03-1975").await?;
            b.set_field("date", "01-06-2025").await?;
            b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
            let fetches = js(&b, "return window.__wasmFetches").await?;
            let from_server = b.requests()[before..].iter().filter(|r| r.path.ends_with(".wasm")).count();
            let outcome = b.attr("#ressourceforloeb-result", "data-outcome").await?;
            visits.push((fetches, from_server, outcome));
        }
        Result::<_>::Ok(visits)
    }
    .await;
    b.close().await;
    let visits = got.expect("a first and a repeat visit");
    let (first, repeat) = (&visits[0], &visits[1]);
    assert_eq!(
        (&first.0, first.1),
        (&json!([{ "cache": "default", "ok": true }]), 1),
        "first visit: downloaded once"
    );
    assert_eq!(
        (&repeat.0, repeat.1),
        (&json!([{ "cache": "default", "ok": true }]), 0),
        "repeat visit: the cached module, not downloaded again"
    );
    assert!(first.2.is_some(), "an answer on the first visit");
    assert_eq!(repeat.2, first.2, "the same answer on the repeat visit");
}
