//! Smoke test: the built page loads in Chromium and shows its name.
use forloebsberegneren_e2e::Browser;

#[tokio::test]
async fn page_loads_and_shows_its_name() {
    let browser = Browser::start().await.expect("start server, chromedriver and Chromium");
    let outcome = async {
        browser.goto("/").await?;
        // `goto` waits for the app to take over the page, so this also proves the wasm ran.
        browser.wait_for_text("Forløbsberegneren").await?;
        browser.screenshot("smoke").await?;
        browser.body_text().await
    }
    .await;
    let requests = browser.close().await; // close before asserting

    let body = outcome.expect("load the page");
    assert!(body.contains("Forløbsberegneren"), "body text was {body:?}");
    assert!(
        requests.iter().any(|r| r.is_local() && r.path == "/" && r.status == 200),
        "no GET / in {requests:#?}"
    );
}
