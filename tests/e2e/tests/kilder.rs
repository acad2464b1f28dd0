//! The "Regler og kilder" pages as a person reaches them: the link under an answer opens the
//! built kilder.html, styled by the page's own stylesheet, with the rate tables, in Danish and
//! English, and the page asks for nothing but its own files.

use forloebsberegneren_e2e::{since_page_request, Browser, Locator, Result};
use serde_json::Value;

#[tokio::test]
async fn the_answers_link_to_the_sources_page_which_lists_every_year() {
    let b = Browser::start().await.expect("start server, chromedriver and Chromium");
    let outcome: Result<(String, Value, String)> = async {
        b.goto("/").await?;
        b.wait_for("#birth_date").await?;
        b.set_field("birth_date", "17-05-1980").await?;
        b.set_field("date", "01-03-2024").await?;
        let link = b.wait_for("#sources-link a").await?;
        let href = link.attr("href").await?.unwrap_or_default();
        // Opened in this window here (the page opens it in a new one) to read it.
        b.goto(&format!("/{href}")).await?;
        b.wait_for("#satser-2024").await?;
        let facts = b
            .client()
            .execute(
                "const row = document.querySelector('table[data-year=\"2024\"] tr[data-figure=\"Forsoerger\"]');\
                 const tables = document.querySelectorAll('table.kilder-table[data-year]').length;\
                 const border = getComputedStyle(document.querySelector('.kilder-table td')).borderBottomStyle;\
                 return {row: row.innerText, status: row.dataset.status, tables, border,\
                         missing: document.querySelector('table[data-year=\"2025\"] tr[data-figure=\"Forsoerger\"]').dataset.status};",
                vec![],
            )
            .await?;
        b.client().find(Locator::Css("a[lang=en]")).await?.click().await?;
        b.wait_for("html[lang=en] #satser-2024").await?;
        Ok((href, facts, b.body_text().await?))
    }
    .await;
    let requests = b.close().await;
    let (href, facts, english) = outcome.expect("follow the link and read the page");
    assert_eq!(href, "kilder.html");
    // bm.dk satser 2024: "Forsørgere … 16.382 kr. pr. md." — a verified figure.
    assert!(facts["row"].as_str().unwrap_or_default().contains("16.382 kr."), "{facts}");
    assert_eq!(facts["status"], "verified");
    assert_eq!(facts["missing"], "not_found", "no 2025 rate was found");
    assert_eq!(facts["tables"], 14, "one table per year 2013–2026");
    assert_eq!(facts["border"], "solid", "the page's stylesheet applies");
    assert!(english.contains("Rules and sources") && english.contains("Not found"));
    let page_requests = since_page_request(&requests);
    assert!(page_requests.iter().all(|r| r.is_local()), "{page_requests:#?}");
    assert!(requests.iter().any(|r| r.path == "/main.css" && r.status == 200), "the page's stylesheet, as a file");
}
