//! End-to-end: the page asks only the questions that apply (issue 11), and on a phone the short
//! answer is in reach without scrolling past the form. Real key events, dd-mm-åååå dates.

use forloebsberegneren_e2e::{Browser, Locator, Result, PAGE_ORDER};
use serde_json::Value;

/// The fields asked only once an earlier answer makes them apply.
const DEPENDENT: [&str; 5] = [
    "hjemmeboende",
    "ydelse_before_monthly",
    "sygedagpenge_until",
    "sygedagpenge_extension_possible",
    "unfit_for_work",
];

/// For each id: (in the DOM, on show). On show: neither the field's group nor anything around
/// it is `hidden`, and the group is rendered (a DKFDS checkbox itself is drawn by its label);
/// the grant date inside the closed "Avanceret" counts as on show.
async fn presence(b: &Browser, ids: &[&str]) -> Result<Vec<(String, bool, bool)>> {
    let mut out = Vec::new();
    for id in ids {
        let state = b
            .client()
            .execute(
                "const el = document.getElementById(arguments[0]);
                 if (!el) return [false, false];
                 const details = el.closest('details');
                 const open = details?.open;
                 if (details) details.open = true;
                 const shown = !el.closest('[hidden]') && el.parentElement.checkVisibility();
                 if (details) details.open = open;
                 return [true, shown];",
                vec![Value::from(*id)],
            )
            .await?;
        out.push((id.to_string(), state[0] == true, state[1] == true));
    }
    Ok(out)
}

#[tokio::test]
async fn questions_appear_once_they_apply_and_the_switch_shows_them_all() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        b.goto("/").await?;
        b.wait_for("#birth_date").await?;
        let ids: Vec<&str> = PAGE_ORDER.iter().copied().filter(|f| *f != "previous_forloeb").collect();
        let at_start = presence(&b, &ids).await?;
        b.set_field("birth_date", "17-05-1990").await?;
        b.set_field("date", "01-03-2024").await?;
        // LAS § 68, stk. 4: from sygedagpenge the benefit equals them (here under the highest
        // amount, 4.460 kr. a week × 52 / 12 in 2021): the amount and the last day are asked.
        b.client().find(Locator::Id("ydelse_before")).await?.select_by_value("sygedagpenge").await?;
        let after_sygedagpenge = presence(&b, &["ydelse_before_monthly", "sygedagpenge_until"]).await?;
        b.set_field("ydelse_before_monthly", "15.000").await?;
        let monthly = b.wait_for("#ydelse-result[data-monthly-kr='15000']").await?.attr("data-monthly-kr").await?;
        // Back to kontanthjælp: the amount is hidden and no longer used.
        b.client().find(Locator::Id("ydelse_before")).await?.select_by_value("kontanthjaelp").await?;
        let hidden_again = presence(&b, &["ydelse_before_monthly"]).await?;
        let monthly_hidden = b.attr("#ydelse-result", "data-monthly-kr").await?;
        // Sygedagpengeloven § 24: the jobafklaring questions follow "on sygedagpenge".
        b.click_label("on_sygedagpenge").await?;
        let jobafklaring = presence(&b, &["sygedagpenge_extension_possible", "unfit_for_work"]).await?;
        b.click_label("on_sygedagpenge").await?;
        b.click_label("forsoerger").await?;
        let forsoerger = presence(&b, &["hjemmeboende"]).await?;
        b.click_label("show-all-fields").await?;
        let all = presence(&b, &ids).await?;
        let switch_label = b.client().find(Locator::Css("label[for='show-all-fields']")).await?.text().await?;
        b.screenshot("questions-show-all").await?;
        Result::<_>::Ok((at_start, after_sygedagpenge, monthly, hidden_again, monthly_hidden, jobafklaring, forsoerger, all, switch_label))
    }
    .await;
    b.close().await;
    let (at_start, after_sygedagpenge, monthly, hidden_again, monthly_hidden, jobafklaring, forsoerger, all, label) =
        got.expect("fill the form");
    for (id, in_dom, displayed) in &at_start {
        assert!(in_dom, "#{id} is not in the page (SPEC § 7)");
        assert_eq!(*displayed, !DEPENDENT.contains(&id.as_str()) || id == "hjemmeboende", "#{id} at start");
    }
    assert!(after_sygedagpenge.iter().all(|(_, _, shown)| *shown), "{after_sygedagpenge:?}");
    assert_eq!(monthly.as_deref(), Some("15000"));
    assert!(!hidden_again[0].2, "the amount is still asked of a person on kontanthjælp");
    assert_ne!(monthly_hidden.as_deref(), Some("15000"), "a hidden amount is used");
    assert!(jobafklaring.iter().all(|(_, _, shown)| *shown), "{jobafklaring:?}");
    assert!(!forsoerger[0].2, "hjemmeboende is asked of a forsørger");
    assert!(all.iter().all(|(_, _, shown)| *shown), "show-all-fields: {all:?}");
    assert_eq!(label.trim(), "Vis alle felter");
}

/// The page in a `width` × 844 frame (under WebDriver, Chromium keeps a window at least 500 px
/// wide; same origin, so the CSP allows it), entered.
async fn phone(b: &Browser, width: u32) -> Result<()> {
    b.goto("/").await?;
    b.wait_for("#birth_date").await?;
    let script = format!(
        "const f = document.createElement('iframe'); f.id = 'phone'; f.src = '/'; \
         f.width = {width}; f.height = 844; document.body.replaceChildren(f);"
    );
    b.client().execute(&script, vec![]).await?;
    let frame = b.wait_for("#phone").await?;
    frame.enter_frame().await?;
    b.wait_started().await?;
    Ok(())
}

#[tokio::test]
async fn on_a_phone_the_short_answer_is_in_reach_from_the_top_of_the_form() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        phone(&b, 390).await?;
        b.set_field("birth_date", "20-08-1961").await?;
        b.set_field("date", "15-01-2024").await?;
        b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
        // Back at the first field, as a person checking what they typed.
        let el = b.client().find(Locator::Id("birth_date")).await?;
        b.client()
            .execute("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", vec![serde_json::to_value(&el)?])
            .await?;
        let geometry = b
            .client()
            .execute(
                "const s = document.getElementById('answer-summary').getBoundingClientRect();
                 const r = document.getElementById('results-heading').getBoundingClientRect();
                 return [s.top, s.bottom, innerHeight, r.top];",
                vec![],
            )
            .await?;
        let links = b.client().find_all(Locator::Css("#answer-summary a")).await?;
        let mut texts = Vec::new();
        for link in &links {
            texts.push(link.text().await?);
        }
        let headline = b.client().find(Locator::Css("#ressourceforloeb-result .result-headline")).await?.text().await?;
        b.screenshot("phone-390-short-answer").await?;
        links[0].click().await?;
        let after = b
            .client()
            .execute(
                "const p = document.activeElement; const r = p.getBoundingClientRect();
                 return [p.id, r.top, innerHeight, location.hash];",
                vec![],
            )
            .await?;
        Result::<_>::Ok((geometry, texts, headline, after))
    }
    .await;
    b.close().await;
    let (geometry, texts, headline, after) = got.expect("phone");
    let n = |v: &Value, i: usize| v[i].as_f64().unwrap_or(f64::NAN);
    // The short answer is on screen while the results are still far below.
    assert!(n(&geometry, 0) >= 0.0 && n(&geometry, 1) <= n(&geometry, 2) + 0.5, "{geometry:?}");
    assert!(n(&geometry, 3) > n(&geometry, 2), "the results are on screen anyway: {geometry:?}");
    assert_eq!(texts.len(), 3, "{texts:?}");
    // Less than 6 years to folkepensionsalderen (LAB § 112, stk. 3): only if wished.
    assert!(texts[0].contains("Kun hvis du selv ønsker det") && texts[0].contains(headline.trim()), "{texts:?}");
    assert_eq!(after[0], "ressourceforloeb-result", "{after:?}");
    assert!(n(&after, 1) >= -1.0 && n(&after, 1) < n(&after, 2), "{after:?}");
    assert_eq!(after[3], "", "the fragment is for a shared situation only");
}

#[tokio::test]
async fn the_ydelse_table_fits_a_320_px_screen() {
    let b = Browser::start().await.expect("start the browser");
    let got = async {
        phone(&b, 320).await?;
        b.set_field("birth_date", "20-08-1981").await?;
        b.set_field("date", "15-01-2024").await?;
        b.client().find(Locator::Id("ydelse_before")).await?.select_by_value("sygedagpenge").await?;
        // Six-digit amounts, the review's worst case (L6).
        b.set_field("ydelse_before_monthly", "123.456,78").await?;
        b.set_field("other_income_monthly", "100.000").await?;
        b.wait_for("#ydelse-result .ydelse-lines").await?;
        let widths = b
            .client()
            .execute(
                "document.querySelectorAll('details').forEach((d) => { d.open = true; });
                 const t = document.querySelector('#ydelse-result .ydelse-lines').getBoundingClientRect();
                 return [document.documentElement.scrollWidth, t.right];",
                vec![],
            )
            .await?;
        b.screenshot("phone-320-ydelse").await?;
        Result::<_>::Ok(widths)
    }
    .await;
    b.close().await;
    let widths = got.expect("320 px");
    assert!(widths[0].as_f64().unwrap() <= 320.0, "the page scrolls sideways: {widths:?}");
    assert!(widths[1].as_f64().unwrap() <= 320.0, "the table sticks out: {widths:?}");
}
