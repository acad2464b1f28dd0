//! The case files (`tests/cases/`, SPEC § 7) and how a person enters one into the form: every
//! field by its SPEC id, top to bottom in the form's own order (so a field that appears only
//! once another is set is always reached after it), text typed key by key, dates as
//! dd-mm-åååå, selects and checkboxes clicked. `tests/e2e/firefox/form.mjs` does the same in
//! Firefox; keep the two in step.

use crate::{repo_root, Browser, Locator, Result};
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
            let case: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
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

/// The form's select fields (every other string is typed).
const SELECTS: [&str; 5] =
    ["target_group", "development_perspective", "ydelse_before", "sygedagpenge_extension_possible", "rate_year"];

/// Shows the field as a person would reach it: opens the `<details>` it is in by clicking its
/// summary, and, if it is still hidden (a field the page shows only when it applies), ticks
/// the counsellor's switch `show-all-fields` when the page has one.
async fn reach(b: &Browser, id: &str) -> Result<()> {
    let el = b.client().find(Locator::Id(id)).await?;
    if el.is_displayed().await? {
        return Ok(());
    }
    let closed = b
        .client()
        .execute(
            "const d = arguments[0].closest('details'); \
             return d && !d.open ? d.querySelector(':scope > summary') : null;",
            vec![serde_json::to_value(&el)?],
        )
        .await?;
    if !closed.is_null() {
        b.client().find(Locator::Css(&format!("details:has(#{id}) > summary"))).await?.click().await?;
    }
    if !el.is_displayed().await? {
        set_checkbox(b, "show-all-fields", true).await.map_err(|e| {
            format!("{id} is hidden and the page has no usable show-all-fields switch: {e}")
        })?;
    }
    Ok(())
}

/// Ticks or unticks a checkbox by clicking its label (DKFDS draws the box on the label).
pub async fn set_checkbox(b: &Browser, id: &str, on: bool) -> Result<()> {
    let el = b.client().find(Locator::Id(id)).await?;
    if el.is_selected().await? != on {
        b.client().find(Locator::Css(&format!("label[for='{id}']"))).await?.click().await?;
    }
    Ok(())
}

async fn choose(b: &Browser, id: &str, value: &str) -> Result<()> {
    b.client().find(Locator::Id(id)).await?.select_by_value(value).await?;
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

/// The ids of the form's controls in document order (hidden ones included: they keep their ids).
async fn form_order(b: &Browser) -> Result<Vec<String>> {
    let ids = b
        .client()
        .execute(
            "return Array.from(document.querySelectorAll('input[id], select[id], textarea[id], button[id]'), e => e.id);",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(ids)?)
}

/// Fills the form from a case file's `situation` (field name = element id), top to bottom.
pub async fn fill(b: &Browser, situation: &Value) -> Result<()> {
    let Value::Object(fields) = situation else {
        return Err("situation is not an object".into());
    };
    let order = form_order(b).await?;
    let position = |name: &str| {
        let id = if name == "previous_forloeb" { "add-previous-forloeb" } else { name };
        order.iter().position(|o| o == id).ok_or_else(|| format!("the form has no field {id}"))
    };
    let mut names: Vec<&String> = fields.keys().collect();
    for n in &names {
        position(n)?;
    }
    names.sort_by_key(|n| position(n).unwrap_or(usize::MAX));
    for name in names {
        match (name.as_str(), &fields[name]) {
            ("previous_forloeb", Value::Array(rows)) => {
                for (i, row) in rows.iter().enumerate() {
                    reach(b, "add-previous-forloeb").await?;
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
                choose(b, name, &v).await?
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
    Ok(Panel {
        outcome: panel.attr("data-outcome").await?,
        max_months: panel.attr("data-max-months").await?,
        headline,
        text: panel.text().await?,
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
/// the headline that belongs to the outcome, and every expected reason's § shown in the
/// panel); empty when it agrees.
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
