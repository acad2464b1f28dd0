//! The case format on the wire (SPEC § 7): strict JSON in, a `Situation` out, and every error
//! naming the field as a JSON path such as `previous_forloeb[0].end` — the page's form ids and
//! the command line use the same names.

use crate::rules::{validate, InputError, Situation};
use serde_json::Value;
use serde_path_to_error::Segment;

/// Parses a situation strictly: unknown fields, wrong types and impossible dates (2023-02-30)
/// are errors naming the field. Does not check the rules' input conditions (see `read_situation`).
pub fn parse_situation(json: &str) -> Result<Situation, InputError> {
    if json.trim().is_empty() {
        return Err(InputError {
            field: String::new(),
            message: "Inddata er tomme: forventede et JSON-objekt med mindst date og birth_date."
                .into(),
            message_en:
                "The input is empty: expected a JSON object with at least date and birth_date."
                    .into(),
        });
    }
    let value: Value = serde_json::from_str(json).map_err(|error| InputError {
        field: String::new(),
        message: format!(
            "Ugyldig JSON i linje {}, kolonne {}: {error}",
            error.line(),
            error.column()
        ),
        message_en: format!(
            "Invalid JSON at line {}, column {}: {error}",
            error.line(),
            error.column()
        ),
    })?;
    situation_from_value(&value)
}

/// A situation from an already parsed JSON value (case files embed it), with the same strictness.
pub fn situation_from_value(value: &Value) -> Result<Situation, InputError> {
    require_objects(value)?;
    serde_path_to_error::deserialize(value).map_err(|error| {
        let segments: Vec<&Segment> = error.path().iter().collect();
        field_error(
            path_string(&segments),
            lookup(value, &segments),
            &error.inner().to_string(),
        )
    })
}

/// serde also accepts a struct written as an array (`["2020-01-01", "2020-12-31"]`); the case
/// format is objects with named fields only.
fn require_objects(value: &Value) -> Result<(), InputError> {
    let not_object = |field: String| InputError {
        field,
        message: "Forventede et JSON-objekt med navngivne felter.".into(),
        message_en: "Expected a JSON object with named fields.".into(),
    };
    let Some(object) = value.as_object() else {
        return Err(not_object(String::new()));
    };
    if let Some(Value::Array(rows)) = object.get("previous_forloeb") {
        if let Some(i) = rows.iter().position(|row| !row.is_object()) {
            return Err(not_object(format!("previous_forloeb[{i}]")));
        }
    }
    Ok(())
}

/// Parses and validates: every problem, or the situation ready for `assess`.
pub fn read_situation(json: &str) -> Result<Situation, Vec<InputError>> {
    let situation = parse_situation(json).map_err(|error| vec![error])?;
    let errors = validate(&situation);
    if errors.is_empty() {
        Ok(situation)
    } else {
        Err(errors)
    }
}

/// `previous_forloeb[0].end`; the empty string for the whole document.
fn path_string(segments: &[&Segment]) -> String {
    let mut path = String::new();
    for segment in segments {
        match segment {
            Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            Segment::Map { key } => join(&mut path, key),
            Segment::Enum { variant } => join(&mut path, variant),
            Segment::Unknown => join(&mut path, "?"),
        }
    }
    path
}

fn join(path: &mut String, name: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(name);
}

fn lookup<'a>(value: &'a Value, segments: &[&Segment]) -> Option<&'a Value> {
    segments
        .iter()
        .try_fold(value, |current, segment| match segment {
            Segment::Seq { index } => current.get(*index),
            Segment::Map { key } => current.get(key.as_str()),
            _ => None,
        })
}

/// The text between the first pair of backticks in a serde message: "unknown field `foo`, …".
fn quoted(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(&message[start..start + len])
}

/// Turns a serde message into an error on the right field, in Danish and English.
fn field_error(path: String, value: Option<&Value>, message: &str) -> InputError {
    let at = |name: &str| {
        let mut field = path.clone();
        join(&mut field, name);
        field
    };
    if message.starts_with("unknown field") {
        // serde_path_to_error's path already ends with the unknown key.
        let name = quoted(message).unwrap_or("?");
        let field = if path == name || path.ends_with(&format!(".{name}")) {
            path.clone()
        } else {
            at(name)
        };
        return InputError {
            field,
            message: format!("Ukendt felt: {name}."),
            message_en: format!("Unknown field: {name}."),
        };
    }
    if message.starts_with("missing field") {
        let name = quoted(message).unwrap_or("?");
        return InputError {
            field: at(name),
            message: "Feltet mangler.".into(),
            message_en: "The field is missing.".into(),
        };
    }
    let is_date_field = path.ends_with("date")
        || path.ends_with(".start")
        || path.ends_with(".end")
        || path == "sygedagpenge_until";
    if let (true, Some(Value::String(text))) = (is_date_field, value) {
        return InputError {
            field: path,
            message: format!(
                "'{text}' er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2024-01-15."
            ),
            message_en: format!(
                "'{text}' is not a valid date. Write the date as YYYY-MM-DD, e.g. 2024-01-15."
            ),
        };
    }
    if message.starts_with("unknown variant") {
        let text = quoted(message).unwrap_or("?");
        let allowed = message
            .split("expected ")
            .nth(1)
            .unwrap_or("")
            .trim_start_matches("one of ")
            .replace('`', "");
        return InputError {
            field: path,
            message: format!("Ugyldig værdi '{text}'. Mulige værdier: {allowed}."),
            message_en: format!("Invalid value '{text}'. Allowed values: {allowed}."),
        };
    }
    InputError {
        field: path,
        message: format!("Forkert type eller værdi ({message})."),
        message_en: format!("Wrong type or value ({message})."),
    }
}
