//! The form as one short, versioned text: the share link's URL fragment (`#v1;…`, which a
//! browser never sends to a server) and the value kept in localStorage when the user asks to
//! save on the device. What the user typed is kept exactly, so a restored page looks the same.
//!
//! Format: `v1`, then `;field=value` for every field that differs from its default (SPEC § 7
//! field names), one `;previous_forloeb=start~end~excluded_days` per earlier forløb, and last
//! `;c=` + an FNV-1a checksum of everything before it, in hex. A link cut short by a mail or
//! chat program, or edited by hand, fails the checksum. Values are percent-encoded except
//! `A–Z a–z 0–9 - . _ ,`. Unknown versions, unknown fields, impossible choices, repeated
//! fields, overlong values and too many rows are refused: the caller then starts from defaults
//! and says so.

use super::form_state::{FormState, PreviousRow};
use super::i18n::{ANSWER_VALUES, YDELSE_BEFORE_VALUES};
use crate::rules::satser::rate_years;

pub const VERSION: &str = "v1";
/// Longest text value accepted (a date or an amount is far shorter).
const MAX_VALUE: usize = 40;
const MAX_ROWS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// A version this page does not know (an older or newer page wrote it).
    Version,
    /// Cut short, edited, or not this format at all.
    Malformed,
}

const TEXT_FIELDS: [&str; 7] = [
    "date",
    "decision_date",
    "birth_date",
    "ydelse_before_monthly",
    "sygedagpenge_until",
    "other_income_monthly",
    "wage_income_monthly",
];
const BOOL_FIELDS: [&str; 5] = [
    "wishes_forloeb",
    "forsoerger",
    "hjemmeboende",
    "on_sygedagpenge",
    "unfit_for_work",
];
const CHOICE_FIELDS: [&str; 5] = [
    "rate_year",
    "target_group",
    "development_perspective",
    "ydelse_before",
    "sygedagpenge_extension_possible",
];

fn escape(value: &str, out: &mut String) {
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

fn unescape(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = value.get(i + 1..i + 3)?;
            if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else if b.is_ascii_alphanumeric() || b"-._,".contains(&b) {
            out.push(b);
            i += 1;
        } else {
            return None;
        }
    }
    let s = String::from_utf8(out).ok()?;
    (s.chars().count() <= MAX_VALUE && !s.contains(char::is_control)).then_some(s)
}

/// FNV-1a, 32 bits: enough to notice a cut or a typo, not a security measure.
fn checksum(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}

/// The form as `v1;…;c=…`.
pub fn encode(form: &FormState) -> String {
    let default = FormState::default();
    let mut out = String::from(VERSION);
    let mut field = |key: &str, value: &str| {
        out.push(';');
        out.push_str(key);
        out.push('=');
        escape(value, &mut out);
    };
    for key in TEXT_FIELDS.iter().chain(&CHOICE_FIELDS) {
        if let (Some(value), Some(default)) = (form.text(key), default.text(key)) {
            if value != default {
                field(key, value);
            }
        }
    }
    for key in BOOL_FIELDS {
        if let (Some(value), Some(default)) = (form.flag(key), default.flag(key)) {
            if value != default {
                field(key, if value { "1" } else { "0" });
            }
        }
    }
    for row in &form.previous_forloeb {
        let mut value = String::new();
        escape(&row.start, &mut value);
        value.push('~');
        escape(&row.end, &mut value);
        value.push('~');
        escape(&row.excluded_days, &mut value);
        out.push_str(";previous_forloeb=");
        out.push_str(&value);
    }
    let sum = checksum(&out);
    out.push_str(";c=");
    out.push_str(&sum);
    out
}

/// True for a fragment meant as a situation (`v1;…`, or anything with `;` or `=`), false for
/// an in-page anchor such as `#main`, which is not a link to restore.
pub fn is_situation(fragment: &str) -> bool {
    let f = fragment.trim_start_matches('#');
    f.contains([';', '=']) || (f.starts_with('v') && f[1..].bytes().all(|b| b.is_ascii_digit()))
}

/// The form a `v1;…` text describes. A leading `#` is ignored.
pub fn decode(text: &str) -> Result<FormState, DecodeError> {
    use DecodeError::*;
    let text = text.trim_start_matches('#');
    let version = text.split(';').next().unwrap_or_default();
    if version != VERSION {
        let versioned = version.len() > 1
            && version.starts_with('v')
            && version[1..].bytes().all(|b| b.is_ascii_digit());
        return Err(if versioned { Version } else { Malformed });
    }
    let (body, sum) = text.rsplit_once(";c=").ok_or(Malformed)?;
    if checksum(body) != sum {
        return Err(Malformed);
    }
    let mut form = FormState::default();
    let mut seen: Vec<&str> = Vec::new();
    for part in body.split(';').skip(1) {
        let (key, raw) = part.split_once('=').ok_or(Malformed)?;
        if key == "previous_forloeb" {
            let cells: Vec<String> = raw
                .split('~')
                .map(unescape)
                .collect::<Option<_>>()
                .ok_or(Malformed)?;
            let [start, end, excluded_days] =
                <[String; 3]>::try_from(cells).map_err(|_| Malformed)?;
            if form.previous_forloeb.len() >= MAX_ROWS {
                return Err(Malformed);
            }
            form.previous_forloeb.push(PreviousRow {
                key: form.previous_forloeb.len() as u32,
                start,
                end,
                excluded_days,
            });
            continue;
        }
        if seen.contains(&key) {
            return Err(Malformed);
        }
        seen.push(key);
        let value = unescape(raw).ok_or(Malformed)?;
        let allowed = match key {
            "target_group" | "development_perspective" | "sygedagpenge_extension_possible" => {
                ANSWER_VALUES.contains(&value.as_str())
            }
            "ydelse_before" => YDELSE_BEFORE_VALUES.contains(&value.as_str()),
            "rate_year" => rate_years().any(|y| y.to_string() == value),
            _ => true,
        };
        if !allowed {
            return Err(Malformed);
        }
        if let Some(slot) = form.flag_mut(key) {
            *slot = match value.as_str() {
                "1" => true,
                "0" => false,
                _ => return Err(Malformed),
            };
        } else {
            *form.text_mut(key).ok_or(Malformed)? = value;
        }
    }
    Ok(form)
}

/// The ids of the text fields that hold something: a restored field shows its own problem
/// at once, as it did before the user left the page.
pub fn filled_ids(form: &FormState) -> Vec<String> {
    let mut ids: Vec<String> = TEXT_FIELDS
        .iter()
        .filter(|key| form.text(key).is_some_and(|v| !v.trim().is_empty()))
        .map(|key| key.to_string())
        .collect();
    for (i, row) in form.previous_forloeb.iter().enumerate() {
        for (column, value) in [
            ("start", &row.start),
            ("end", &row.end),
            ("excluded_days", &row.excluded_days),
        ] {
            if !value.trim().is_empty() {
                ids.push(format!("previous_forloeb-{i}-{column}"));
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_form() -> FormState {
        let mut f = FormState {
            date: "01-03-2024".into(),
            decision_date: "2021-12-01".into(),
            birth_date: "17.05.1980".into(),
            wishes_forloeb: true,
            target_group: "unclear".into(),
            development_perspective: "no".into(),
            forsoerger: true,
            hjemmeboende: true,
            ydelse_before: "sygedagpenge".into(),
            ydelse_before_monthly: "18.500,50 kr.".into(),
            sygedagpenge_until: "31-12-2024".into(),
            other_income_monthly: "1 200".into(),
            wage_income_monthly: "æøå;=~%#&".into(),
            rate_year: "2024".into(),
            on_sygedagpenge: true,
            sygedagpenge_extension_possible: "yes".into(),
            unfit_for_work: false,
            previous_forloeb: Vec::new(),
            show_all_fields: false,
        };
        f.add_previous();
        f.add_previous();
        f.previous_forloeb[0].start = "01-01-2020".into();
        f.previous_forloeb[0].end = "31-12-2020".into();
        f.previous_forloeb[0].excluded_days = "30".into();
        f.previous_forloeb[1].end = "2021-06-30".into();
        f
    }

    #[test]
    fn defaults_are_just_the_version_and_the_checksum() {
        let text = encode(&FormState::default());
        assert!(text.starts_with("v1;c="), "{text}");
        assert_eq!(decode(&text), Ok(FormState::default()));
    }

    #[test]
    fn every_field_round_trips_exactly_as_typed() {
        let form = full_form();
        let text = encode(&form);
        assert_eq!(decode(&text), Ok(form.clone()));
        assert_eq!(decode(&format!("#{text}")), Ok(form));
        // Only URL-safe characters: nothing a browser or a chat program would re-encode.
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._,;=~%".contains(&b)));
    }

    #[test]
    fn only_non_default_fields_are_written_with_spec_names() {
        let form = FormState {
            date: "01-03-2024".into(),
            birth_date: "17-05-1980".into(),
            wishes_forloeb: true,
            ..FormState::default()
        };
        let text = encode(&form);
        let body = text.rsplit_once(";c=").unwrap().0;
        assert_eq!(
            body,
            "v1;date=01-03-2024;birth_date=17-05-1980;wishes_forloeb=1"
        );
    }

    #[test]
    fn a_cut_or_edited_link_is_refused() {
        let text = encode(&full_form());
        for cut in [text.len() - 1, text.len() / 2, 3] {
            assert_eq!(
                decode(&text[..cut]),
                Err(DecodeError::Malformed),
                "cut at {cut}"
            );
        }
        let edited = text.replacen("date=01-03-2024", "date=01-03-2025", 1);
        assert_eq!(decode(&edited), Err(DecodeError::Malformed));
    }

    /// A text with a valid checksum, as someone who knows the format could write it.
    fn signed(body: &str) -> String {
        format!("{body};c={}", checksum(body))
    }

    #[test]
    fn unknown_fields_values_and_versions_are_refused() {
        use DecodeError::*;
        assert_eq!(
            decode(&signed("v1;date=01-03-2024")).map(|f| f.date),
            Ok("01-03-2024".into())
        );
        assert_eq!(decode(&signed("v1;name=Hans")), Err(Malformed));
        assert_eq!(decode(&signed("v1;target_group=maybe")), Err(Malformed));
        assert_eq!(decode(&signed("v1;ydelse_before=lottery")), Err(Malformed));
        assert_eq!(decode(&signed("v1;rate_year=2025")), Err(Malformed));
        assert_eq!(decode(&signed("v1;wishes_forloeb=yes")), Err(Malformed));
        assert_eq!(decode(&signed("v1;date=1;date=2")), Err(Malformed));
        assert_eq!(decode(&signed("v1;date=%ZZ")), Err(Malformed));
        assert_eq!(decode(&signed("v1;date=%FF")), Err(Malformed));
        assert_eq!(decode(&signed("v1;date=a b")), Err(Malformed));
        assert_eq!(decode(&signed("v1;date=%0A")), Err(Malformed));
        assert_eq!(
            decode(&signed(&format!("v1;date={}", "1".repeat(41)))),
            Err(Malformed)
        );
        assert_eq!(decode(&signed("v1;previous_forloeb=1~2")), Err(Malformed));
        let rows = ";previous_forloeb=~~".repeat(21);
        assert_eq!(decode(&signed(&format!("v1{rows}"))), Err(Malformed));
        assert_eq!(decode(&signed("v1;date")), Err(Malformed));
        assert_eq!(decode(&signed("v2;date=01-03-2024")), Err(Version));
        assert_eq!(decode("v0;c=00000000"), Err(Version));
        assert_eq!(decode("{\"date\":\"2024-03-01\"}"), Err(Malformed));
        assert_eq!(decode(""), Err(Malformed));
    }

    #[test]
    fn in_page_anchors_are_not_situations() {
        assert!(!is_situation("#main"));
        assert!(!is_situation("results-heading"));
        assert!(!is_situation(""));
        assert!(is_situation("#v1;c=0"));
        assert!(is_situation("#v7"));
        assert!(is_situation("#date=2024"));
    }

    #[test]
    fn restored_fields_are_marked_filled() {
        let ids = filled_ids(&full_form());
        assert!(ids.contains(&"birth_date".to_string()));
        assert!(ids.contains(&"previous_forloeb-0-excluded_days".to_string()));
        assert!(!ids.contains(&"previous_forloeb-1-start".to_string()));
        assert!(filled_ids(&FormState::default()).is_empty());
    }
}
