//! Tests as data: runs every case file under tests/cases/** and reports all failures by file.
//!
//! A file has `situation` and either `expected` (a partial assessment: every key must exist and
//! match recursively, numbers compare numerically, an expected array matches when each of its
//! elements matches some actual element, `null` must be null) or `expected_error` (a partial
//! input error that must match one of the errors the situation produces).
#![cfg(not(target_arch = "wasm32"))] // native only: reads the case files from disk

use forloebsberegneren::case_format::situation_from_value;
use forloebsberegneren::rules::{assess, validate, InputError};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// Top-level keys a case file may have besides `situation`, `expected` and `expected_error`.
const METADATA_KEYS: [&str; 5] = ["name", "source", "assumed", "ankestyrelsen", "notes"];

#[test]
fn every_case_file_passes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut files = Vec::new();
    collect_json_files(&root, &mut files);
    files.sort();
    assert!(
        !files.is_empty(),
        "no case files found under {}",
        root.display()
    );

    let failures: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let problems = run_case(file);
            let name = file
                .strip_prefix(&root)
                .unwrap_or(file)
                .display()
                .to_string();
            (!problems.is_empty()).then(|| format!("{name}:\n    {}", problems.join("\n    ")))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} case files failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    eprintln!("{} case files passed", files.len());
}

fn collect_json_files(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_json_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "json") {
            files.push(path);
        }
    }
}

/// The problems with one case file; empty when it passes.
fn run_case(file: &Path) -> Vec<String> {
    let case: Value = match std::fs::read_to_string(file).map(|text| serde_json::from_str(&text)) {
        Ok(Ok(case)) => case,
        Ok(Err(error)) => return vec![format!("not valid JSON: {error}")],
        Err(error) => return vec![format!("cannot read: {error}")],
    };
    let Some(case) = case.as_object() else {
        return vec!["not a JSON object".into()];
    };
    let unknown: Vec<&String> = case
        .keys()
        .filter(|key| {
            !METADATA_KEYS.contains(&key.as_str())
                && !["situation", "expected", "expected_error"].contains(&key.as_str())
        })
        .collect();
    if !unknown.is_empty() {
        return vec![format!("unknown top-level keys {unknown:?}")];
    }
    let Some(situation) = case.get("situation") else {
        return vec!["no `situation`".into()];
    };
    let errors: Vec<InputError> = match situation_from_value(situation) {
        Ok(parsed) => validate(&parsed),
        Err(error) => vec![error],
    };
    match (case.get("expected"), case.get("expected_error")) {
        (Some(expected), None) => {
            if !errors.is_empty() {
                return errors
                    .iter()
                    .map(|e| format!("invalid situation: {}: {}", e.field, e.message_en))
                    .collect();
            }
            let Ok(parsed) = situation_from_value(situation) else {
                return vec!["unreachable parse".into()];
            };
            let actual = serde_json::to_value(assess(&parsed)).expect("an assessment serializes");
            let mut problems = Vec::new();
            compare(expected, &actual, "", &mut problems);
            problems
        }
        (None, Some(expected_error)) => {
            let actual: Vec<Value> = errors
                .iter()
                .map(|e| serde_json::to_value(e).expect("an error serializes"))
                .collect();
            if actual.iter().any(|error| matches(expected_error, error)) {
                Vec::new()
            } else if actual.is_empty() {
                vec![format!(
                    "expected error {expected_error}, but the situation is valid"
                )]
            } else {
                vec![format!(
                    "expected error {expected_error}, got {}",
                    Value::Array(actual)
                )]
            }
        }
        (Some(_), Some(_)) => vec!["has both `expected` and `expected_error`".into()],
        (None, None) => vec!["has neither `expected` nor `expected_error`".into()],
    }
}

fn matches(expected: &Value, actual: &Value) -> bool {
    let mut problems = Vec::new();
    compare(expected, actual, "", &mut problems);
    problems.is_empty()
}

/// Records every place where `actual` does not match the partial `expected`.
fn compare(expected: &Value, actual: &Value, path: &str, problems: &mut Vec<String>) {
    let at = if path.is_empty() { "(root)" } else { path };
    match (expected, actual) {
        (Value::Object(expected), Value::Object(actual)) => {
            compare_objects(expected, actual, path, problems)
        }
        (Value::Array(expected), Value::Array(actual)) => {
            for element in expected {
                if !actual.iter().any(|candidate| matches(element, candidate)) {
                    problems.push(format!("{at}: no element matches {element}"));
                }
            }
        }
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (
                e.as_f64().unwrap_or(f64::NAN),
                a.as_f64().unwrap_or(f64::NAN),
            );
            if (e - a).abs() > 1e-9 {
                problems.push(format!("{at}: expected {e}, got {a}"));
            }
        }
        _ if expected == actual => {}
        _ => problems.push(format!("{at}: expected {expected}, got {actual}")),
    }
}

fn compare_objects(
    expected: &Map<String, Value>,
    actual: &Map<String, Value>,
    path: &str,
    problems: &mut Vec<String>,
) {
    for (key, value) in expected {
        // `"reasons_absent": [{"law": "…"}]` beside `reasons` (likewise `lines_absent`): no
        // element matches any of these — a rule that does not apply must not be cited.
        if let Some(array) = key.strip_suffix("_absent") {
            let elements = actual
                .get(array)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for pattern in value.as_array().into_iter().flatten() {
                if let Some(found) = elements.iter().find(|e| matches(pattern, e)) {
                    problems.push(format!(
                        "{path}.{array}: {found} matches the absent {pattern}"
                    ));
                }
            }
            continue;
        }
        // `"text_contains": "12.326 kr."` in an expected reason (or error; `text_en_contains` for
        // the English): its text holds these words (a figure the law gives), without the case
        // file fixing the whole sentence.
        if let Some(field) = key.strip_suffix("_contains") {
            let text = actual
                .get(field)
                .or_else(|| (field == "text").then(|| actual.get("message")).flatten())
                .and_then(Value::as_str)
                .unwrap_or_default();
            if !value.as_str().is_some_and(|part| text.contains(part)) {
                problems.push(format!("{path}.{field}: {text:?} does not contain {value}"));
            }
            continue;
        }
        let child = if path.is_empty() {
            key.clone()
        } else {
            format!("{path}.{key}")
        };
        match actual.get(key) {
            Some(actual) => compare(value, actual, &child, problems),
            None => problems.push(format!("{child}: missing in the assessment")),
        }
    }
}
