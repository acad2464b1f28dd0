//! The case files (`tests/cases/`, SPEC § 7) and how a person enters one into the form: every
//! field by its SPEC id in [`PAGE_ORDER`] (so a field's trigger is set before the field, which
//! is hidden until it applies), text typed key by key and left with Tab, dates as dd-mm-åååå,
//! checkboxes ticked by their label, choices picked from the `<select>`.
//! `tests/e2e/firefox/form.mjs` does the same in Firefox; keep the two in step.

use crate::{in_page_order, repo_root, Browser, Locator, Result};
use serde_json::Value;

/// One case file: its file name, `situation` and `expected`.
pub struct Case {
    pub name: String,
    pub situation: Value,
    pub expected: Value,
}

/// Every `tests/cases/<dir>/*.json`, sorted by file name.
pub fn cases(dir: &str) -> Vec<Case> {
    let mut files: Vec<_> = std::fs::read_dir(repo_root().join("tests/cases").join(dir))
        .unwrap_or_else(|e| panic!("tests/cases/{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let case: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            Case {
                name: p.file_name().unwrap().to_string_lossy().into_owned(),
                situation: case["situation"].clone(),
                expected: case["expected"].clone(),
            }
        })
        .collect()
}

/// `2021-09-01` → `01-09-2021`, the way the page asks for dates; anything else unchanged.
pub fn danish_date(value: &str) -> String {
    let b = value.as_bytes();
    let iso = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if iso {
        format!("{}-{}-{}", &value[8..10], &value[5..7], &value[0..4])
    } else {
        value.to_string()
    }
}

/// The form's choices among values (`<select>`s); every other string is typed.
const SELECTS: [&str; 5] = [
    "target_group",
    "development_perspective",
    "ydelse_before",
    "sygedagpenge_extension_possible",
    "rate_year",
];

/// Brings the field in reach as a person does: a field inside a closed `<details>`
/// ("Avanceret") is reached by clicking its summary; then [`Browser::reveal`].
async fn reach(b: &Browser, id: &str) -> Result<()> {
    let closed = b
        .client()
        .execute(
            "const d = document.getElementById(arguments[0])?.closest('details'); \
             return !!d && !d.open;",
            vec![Value::from(id)],
        )
        .await?;
    if closed == Value::Bool(true) {
        let summary = b
            .client()
            .find(Locator::Css(&format!("details:has(#{id}) > summary")))
            .await?;
        b.client()
            .execute("arguments[0].scrollIntoView({block: 'center'});", vec![serde_json::to_value(&summary)?])
            .await?;
        summary.click().await?;
        b.wait_until(&format!("the details around #{id} open"), &format!(
            "return !!document.getElementById('{id}')?.closest('details')?.open;"
        ))
        .await?;
    }
    b.reveal(id).await
}

/// Ticks or unticks a checkbox by clicking its label (DKFDS draws the box on the label).
pub async fn set_checkbox(b: &Browser, id: &str, on: bool) -> Result<()> {
    let el = b.client().find(Locator::Id(id)).await?;
    if el.is_selected().await? != on {
        b.click_label(id).await?;
    }
    Ok(())
}

async fn type_value(b: &Browser, id: &str, value: &Value) -> Result<()> {
    let text = match value {
        Value::String(s) => danish_date(s),
        other => other.to_string(),
    };
    reach(b, id).await?;
    b.type_keys(id, &text).await
}

/// Fills the form from a case file's `situation` (field name = element id), in page order.
pub async fn fill(b: &Browser, situation: &Value) -> Result<()> {
    let Value::Object(fields) = situation else {
        return Err("situation is not an object".into());
    };
    for (name, value) in in_page_order(fields) {
        match (name.as_str(), value) {
            ("previous_forloeb", Value::Array(rows)) => {
                for (i, row) in rows.iter().enumerate() {
                    b.scroll_to_middle("add-previous-forloeb").await?;
                    b.client().find(Locator::Id("add-previous-forloeb")).await?.click().await?;
                    for column in ["start", "end", "excluded_days"] {
                        if let Some(v) = row.get(column) {
                            let id = format!("previous_forloeb-{i}-{column}");
                            b.wait_for(&format!("#{id}")).await?;
                            type_value(b, &id, v).await?;
                        }
                    }
                }
            }
            (name, Value::Bool(on)) => {
                reach(b, name).await?;
                set_checkbox(b, name, *on).await?
            }
            (name, v) if SELECTS.contains(&name) => {
                reach(b, name).await?;
                let v = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
                b.client().find(Locator::Id(name)).await?.select_by_value(&v).await?;
            }
            (name, v @ (Value::String(_) | Value::Number(_))) => type_value(b, name, v).await?,
            (name, other) => return Err(format!("{name}: cannot enter {other}").into()),
        }
    }
    b.settle().await
}

/// What the page shows for the ressourceforløb.
#[derive(Debug)]
pub struct Panel {
    pub outcome: Option<String>,
    pub max_months: Option<String>,
    pub headline: String,
    pub text: String,
}

/// Reads the ressourceforløb panel (waiting for it to be there).
pub async fn ressourceforloeb_panel(b: &Browser) -> Result<Panel> {
    let panel = b.wait_for("#ressourceforloeb-result[data-outcome]").await?;
    let headline = b.wait_for("#ressourceforloeb-result .result-headline").await?.text().await?;
    let text = b
        .client()
        .execute("return document.getElementById('ressourceforloeb-result').textContent;", vec![])
        .await?;
    Ok(Panel {
        outcome: panel.attr("data-outcome").await?,
        max_months: panel.attr("data-max-months").await?,
        headline,
        text: text.as_str().unwrap_or_default().to_string(),
    })
}

/// The Danish headline for each ressourceforløb outcome (how it starts).
pub fn headline_da(outcome: &str) -> &'static str {
    match outcome {
        "possible" => "Du kan få et ressourceforløb på højst",
        "only_if_wished" => "Kun hvis du selv ønsker det",
        "not_possible" => "Du kan ikke få et ressourceforløb",
        _ => "Sagen er ikke oplyst nok til et svar",
    }
}

/// How the panel differs from a case file's `expected.ressourceforloeb` (outcome, max months,
/// the headline that belongs to the outcome, and every expected reason's § in the panel);
/// empty when it agrees.
pub fn differences(case: &Case, got: &Panel) -> Vec<String> {
    let expected = &case.expected["ressourceforloeb"];
    let name = &case.name;
    let mut out = Vec::new();
    let want_outcome = expected["outcome"].as_str().unwrap_or_default();
    if got.outcome.as_deref() != Some(want_outcome) {
        out.push(format!("{name}: data-outcome {:?}, expected {want_outcome}", got.outcome));
    }
    if let Some(want) = expected.get("max_months") {
        let want = want.as_u64().map(|m| m.to_string());
        if got.max_months != want {
            out.push(format!("{name}: data-max-months {:?}, expected {want:?}", got.max_months));
        }
    }
    if !got.headline.starts_with(headline_da(want_outcome)) {
        out.push(format!("{name}: headline {:?}", got.headline));
    }
    for reason in expected["reasons"].as_array().into_iter().flatten() {
        if let Some(law) = reason["law"].as_str() {
            if !got.text.contains(law) {
                out.push(format!("{name}: the panel does not cite {law:?}"));
            }
        }
    }
    out
}
