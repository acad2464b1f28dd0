//! The case format on the wire (SPEC § 7): strict JSON in, a `Situation` out, and every error
//! naming the field as a JSON path such as `previous_forloeb[0].end` — the page's form ids and
//! the command line use the same names.

use crate::rules::{validate, InputError, Situation};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use serde_path_to_error::Segment;
use std::collections::HashSet;

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
    if let Ok(DuplicateKey(Some(key))) = serde_json::from_str::<DuplicateKey>(json) {
        return Err(InputError {
            field: key,
            message: "Feltet står mere end én gang. Skriv det kun én gang.".into(),
            message_en: "The field appears more than once. Write it only once.".into(),
        });
    }
    situation_from_value(&value)
}

/// The first key that appears twice in one object, anywhere in the document: serde_json keeps
/// the last silently, the case format refuses it (review F17).
struct DuplicateKey(Option<String>);

impl<'de> Deserialize<'de> for DuplicateKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DuplicateKeyVisitor)
    }
}

struct DuplicateKeyVisitor;

impl<'de> Visitor<'de> for DuplicateKeyVisitor {
    type Value = DuplicateKey;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_bool<E>(self, _: bool) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_i64<E>(self, _: i64) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_u64<E>(self, _: u64) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_f64<E>(self, _: f64) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_str<E>(self, _: &str) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_unit<E>(self) -> Result<DuplicateKey, E> {
        Ok(DuplicateKey(None))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<DuplicateKey, A::Error> {
        let mut found = None;
        while let Some(DuplicateKey(inner)) = seq.next_element()? {
            found = found.or(inner);
        }
        Ok(DuplicateKey(found))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DuplicateKey, A::Error> {
        let (mut keys, mut found) = (HashSet::new(), None);
        while let Some(key) = map.next_key::<String>()? {
            let DuplicateKey(inner) = map.next_value()?;
            if found.is_none() && keys.contains(&key) {
                found = Some(key);
            } else {
                found = found.or(inner);
                keys.insert(key);
            }
        }
        Ok(DuplicateKey(found))
    }
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

/// serde also accepts a struct written as an array (`["2020-01-01", "2020-12-31"]`), and chrono
/// a date such as "2024-1-15" or "+10000-01-01"; the case format is objects with named fields
/// only, and dates exactly `YYYY-MM-DD` (review F17).
fn require_objects(value: &Value) -> Result<(), InputError> {
    let not_object = |field: String| InputError {
        field,
        message: "Forventede et JSON-objekt med navngivne felter.".into(),
        message_en: "Expected a JSON object with named fields.".into(),
    };
    let Some(object) = value.as_object() else {
        return Err(not_object(String::new()));
    };
    let date_error = |path: String, value: &Value| match value {
        Value::String(text) if !is_iso_date(text) => Err(field_error(path, Some(value), "")),
        _ => Ok(()),
    };
    for field in ["date", "decision_date", "birth_date", "sygedagpenge_until"] {
        if let Some(value) = object.get(field) {
            date_error(field.to_string(), value)?;
        }
    }
    if let Some(Value::Array(rows)) = object.get("previous_forloeb") {
        for (i, row) in rows.iter().enumerate() {
            let Some(row) = row.as_object() else {
                return Err(not_object(format!("previous_forloeb[{i}]")));
            };
            for field in ["start", "end"] {
                if let Some(value) = row.get(field) {
                    date_error(format!("previous_forloeb[{i}].{field}"), value)?;
                }
            }
        }
    }
    Ok(())
}

/// Exactly four digits, a hyphen, two digits, a hyphen, two digits.
fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
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
