//! The form as one short, versioned text: the share link's URL fragment (`#v1;…`, which a
//! browser never sends to a server) and the value kept in localStorage when the user asks to
//! save on the device. What the user typed is kept exactly, so a restored page looks the same.
//!
//! Format: `v1`, then `;field=value` for every field that differs from its default (SPEC § 7
//! field names), one `;previous_forloeb=start~end~excluded_days` per earlier forløb, and last
//! `;c=` + an FNV-1a checksum of everything before it, in hex. A link cut short by a mail or
//! chat program, or edited by hand, fails the checksum. Values are percent-encoded except
//! `A–Z a–z 0–9 - . _ ,`, so any character the form holds (a pasted tab too) is written.
//!
//! The format takes exactly what the form can hold: `MAX_CHARS` per value and `MAX_ROWS`
//! rows, the form's own limits. An unknown version or a failed checksum refuses the whole
//! text; within a sound text, a field that cannot be read (unknown, impossible choice, repeated,
//! overlong, a row too many) is skipped and named, and the rest is kept.
use crate::form::{
    cell, cell_id, Column, FormState, PreviousRow, ANSWER_VALUES, CHOICE_FIELDS, FLAG_FIELDS,
    MAX_CHARS, MAX_ROWS, TEXT_FIELDS, YDELSE_BEFORE_VALUES,
};
use crate::rules::satser::rate_years;

pub const VERSION: &str = "v1";

/// A text read: the form, and the fields that could not be read and were left at their default.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub form: FormState,
    /// Element ids (`birth_date`, `previous_forloeb-3` for a row), or the unknown name as
    /// written, in the order of the text.
    pub skipped: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// A version this page does not know (an older or newer page wrote it).
    Version,
    /// Cut short, edited, or not this format at all.
    Malformed,
}

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
    (s.chars().count() <= MAX_CHARS).then_some(s)
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
    for key in TEXT_FIELDS.iter().chain(CHOICE_FIELDS) {
        if let (Some(value), Some(default)) = (form.text(key), default.text(key)) {
            if value != default {
                field(key, value);
            }
        }
    }
    for key in FLAG_FIELDS {
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
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
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
    let mut skipped = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    let mut rows = 0;
    for part in body.split(';').skip(1) {
        let Some((key, raw)) = part.split_once('=') else {
            skipped.push(shown_name(part));
            continue;
        };
        if key == "previous_forloeb" {
            match row(raw) {
                Some(cells) if form.previous_forloeb.len() < MAX_ROWS => {
                    let [start, end, excluded_days] = cells;
                    form.previous_forloeb.push(PreviousRow {
                        start,
                        end,
                        excluded_days,
                    });
                }
                _ => skipped.push(format!("previous_forloeb-{rows}")),
            }
            rows += 1;
            continue;
        }
        let first = !seen.contains(&key);
        seen.push(key);
        if !(first && set(&mut form, key, raw)) {
            skipped.push(shown_name(key));
        }
    }
    Ok(Decoded { form, skipped })
}

/// An earlier forløb's three cells, `start~end~excluded_days`.
fn row(raw: &str) -> Option<[String; 3]> {
    let cells: Vec<String> = raw.split('~').map(unescape).collect::<Option<_>>()?;
    cells.try_into().ok()
}

/// Sets the field `key` from its escaped value; false if there is no such field or the value
/// is not one it can hold.
fn set(form: &mut FormState, key: &str, raw: &str) -> bool {
    let Some(value) = unescape(raw) else {
        return false;
    };
    let allowed = match key {
        "target_group" | "development_perspective" | "sygedagpenge_extension_possible" => {
            ANSWER_VALUES.contains(&value.as_str())
        }
        "ydelse_before" => YDELSE_BEFORE_VALUES.contains(&value.as_str()),
        "rate_year" => rate_years().any(|y| y.to_string() == value),
        _ => true,
    };
    // A row travels whole, as one `previous_forloeb` entry; its cells' ids are not keys.
    if !allowed || cell(key).is_some() {
        return false;
    }
    if let Some(slot) = form.flag_mut(key) {
        match value.as_str() {
            "1" => *slot = true,
            "0" => *slot = false,
            _ => return false,
        }
    } else if let Some(slot) = form.text_mut(key) {
        *slot = value;
    } else {
        return false;
    }
    true
}

/// A skipped field's name as the page may show it: short, and only characters of the format.
fn shown_name(key: &str) -> String {
    key.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .take(40)
        .collect()
}

/// Where the page's situation comes from when it opens, decided from the stored copy
/// (localStorage) and the address's fragment. A link wins over the stored copy but never
/// replaces it: saving stays off for that visit, and the person chooses.
#[derive(Debug, Clone, PartialEq)]
pub struct Opening {
    pub form: FormState,
    /// Keep the stored copy in step with the form: the form is the stored copy.
    pub saving: bool,
    /// What to tell the person, in order (the link first).
    pub notices: Vec<Notice>,
    /// The fragment is not a readable situation: take it out of the address bar.
    pub clear_hash: bool,
}

/// A line at the top of the page about where the situation came from. The stored copy is
/// never removed here: only the person's own "delete" or "save" replaces it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The link's situation is filled in.
    FromLink,
    /// The link could not be read (cut, edited, another version): not used.
    LinkUnreadable,
    /// The stored copy could not be read; kept. `newer`: a newer version of the page wrote it.
    StoredUnreadable { newer: bool },
    /// A link was opened while a situation is saved on the device: the saved one is unchanged,
    /// and the link's is not saved unless the person says so.
    StoredKept,
    /// Some fields (element ids) could not be read and were left empty.
    Skipped {
        from_link: bool,
        fields: Vec<String>,
    },
}

impl Notice {
    /// The `data-notice` value (the link notices' values are fixed: tests rely on them).
    pub fn code(&self) -> &'static str {
        match self {
            Notice::FromLink => "from_link",
            Notice::LinkUnreadable => "link",
            Notice::StoredUnreadable { .. } => "stored",
            Notice::StoredKept => "stored_kept",
            Notice::Skipped { .. } => "skipped",
        }
    }
}

pub fn opening(stored: Option<&str>, fragment: &str) -> Opening {
    let mut notices = Vec::new();
    let mut saving = false;
    let mut form = None;
    let skipped = |from_link, fields: Vec<String>| {
        (!fields.is_empty()).then_some(Notice::Skipped { from_link, fields })
    };
    let mut stored_notices = Vec::new();
    if let Some(text) = stored {
        match decode(text) {
            Ok(saved) => {
                saving = true;
                stored_notices.extend(skipped(false, saved.skipped));
                form = Some(saved.form);
            }
            Err(e) => stored_notices.push(Notice::StoredUnreadable {
                newer: e == DecodeError::Version,
            }),
        }
    }
    let mut clear_hash = false;
    if is_situation(fragment) {
        match decode(fragment) {
            Ok(linked) => {
                notices.push(Notice::FromLink);
                notices.extend(skipped(true, linked.skipped));
                if saving {
                    saving = false;
                    // The link's fields replace the saved ones on screen: say only the link's.
                    stored_notices.retain(|n| !matches!(n, Notice::Skipped { .. }));
                    stored_notices.push(Notice::StoredKept);
                }
                form = Some(linked.form);
            }
            Err(_) => {
                clear_hash = true;
                notices.push(Notice::LinkUnreadable);
            }
        }
    }
    notices.extend(stored_notices);
    Opening {
        form: form.unwrap_or_default(),
        saving,
        notices,
        clear_hash,
    }
}

/// The ids of the text fields that hold something: a restored field shows its own problem
/// at once, as it did before the user left the page.
pub fn filled_ids(form: &FormState) -> Vec<String> {
    let mut ids: Vec<String> = TEXT_FIELDS
        .iter()
        .filter(|key| form.text(key).is_some_and(|v| !v.trim().is_empty()))
        .map(|key| key.to_string())
        .collect();
    for row in 0..form.previous_forloeb.len() {
        for column in Column::ALL {
            let id = cell_id(row, column);
            if form.text(&id).is_some_and(|v| !v.trim().is_empty()) {
                ids.push(id);
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

    /// The form of a text that decodes with nothing skipped.
    fn whole(text: &str) -> Result<FormState, DecodeError> {
        decode(text).map(|d| {
            assert_eq!(d.skipped, Vec::<String>::new(), "{text}");
            d.form
        })
    }

    #[test]
    fn defaults_are_just_the_version_and_the_checksum() {
        let text = encode(&FormState::default());
        assert!(text.starts_with("v1;c="), "{text}");
        assert_eq!(whole(&text), Ok(FormState::default()));
    }

    #[test]
    fn every_field_round_trips_exactly_as_typed() {
        let form = full_form();
        let text = encode(&form);
        assert_eq!(whole(&text), Ok(form.clone()));
        assert_eq!(whole(&format!("#{text}")), Ok(form));
        // Only URL-safe characters: nothing a browser or a chat program would re-encode.
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._,;=~%".contains(&b)));
    }

    #[test]
    fn what_the_form_holds_at_its_limits_round_trips() {
        // A tab pasted from a spreadsheet, a long note, and as many rows as the form takes.
        let mut form = FormState {
            ydelse_before_monthly: "12\t500".into(),
            wage_income_monthly: "ca. 4.000 kr. – varierer fra måned til måned".into(),
            other_income_monthly: "ø".repeat(MAX_CHARS),
            ..FormState::default()
        };
        for _ in 0..MAX_ROWS {
            form.add_previous();
        }
        form.previous_forloeb[19].excluded_days = "\u{1}\u{7f}\u{202e}".into();
        assert_eq!(whole(&encode(&form)), Ok(form));
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
    fn a_field_that_cannot_be_read_is_skipped_and_the_rest_kept() {
        let read = |body: &str| {
            let d = decode(&signed(&format!("v1;birth_date=17-05-1980{body}"))).unwrap();
            assert_eq!(d.form.birth_date, "17-05-1980", "{body}");
            d.skipped
        };
        assert_eq!(read(""), Vec::<String>::new());
        assert_eq!(read(";name=Hans"), ["name"]);
        assert_eq!(read(";target_group=maybe"), ["target_group"]);
        assert_eq!(read(";ydelse_before=lottery"), ["ydelse_before"]);
        assert_eq!(read(";rate_year=2025"), ["rate_year"]);
        assert_eq!(read(";wishes_forloeb=yes"), ["wishes_forloeb"]);
        assert_eq!(read(";date=1;date=2"), ["date"]);
        assert_eq!(read(";birth_date=01-01-1990"), ["birth_date"]);
        assert_eq!(read(";date=%ZZ"), ["date"]);
        assert_eq!(read(";date=%FF"), ["date"]);
        assert_eq!(read(";date=a b"), ["date"]);
        assert_eq!(read(";date"), ["date"]);
        assert_eq!(
            read(&format!(";date={}", "1".repeat(MAX_CHARS + 1))),
            ["date"]
        );
        assert_eq!(read(";n%3Cb%3E=1"), ["n3Cb3E"]);
        assert_eq!(
            read(";previous_forloeb=1~2;previous_forloeb=a~b~c"),
            ["previous_forloeb-0"]
        );
        assert_eq!(
            read(";previous_forloeb=a~b~c;previous_forloeb-0-start=d"),
            ["previous_forloeb0start"]
        );
        let d = decode(&signed(&format!(
            "v1{}",
            ";previous_forloeb=~~3".repeat(23)
        )))
        .unwrap();
        assert_eq!(d.form.previous_forloeb.len(), MAX_ROWS);
        assert_eq!(
            d.skipped,
            [
                "previous_forloeb-20",
                "previous_forloeb-21",
                "previous_forloeb-22"
            ]
        );
        // The value of a skipped field stays at its default.
        let d = decode(&signed("v1;target_group=maybe;wishes_forloeb=2")).unwrap();
        assert_eq!(d.form, FormState::default());
    }

    #[test]
    fn other_versions_and_other_formats_are_refused_whole() {
        use DecodeError::*;
        assert_eq!(decode(&signed("v2;date=01-03-2024")), Err(Version));
        assert_eq!(decode("v0;c=00000000"), Err(Version));
        assert_eq!(decode("{\"date\":\"2024-03-01\"}"), Err(Malformed));
        assert_eq!(decode(""), Err(Malformed));
        assert_eq!(decode("v1"), Err(Malformed));
    }

    #[test]
    fn a_link_opens_without_replacing_what_is_saved() {
        let saved = encode(&full_form());
        let link_form = FormState {
            birth_date: "01-01-1961".into(),
            ..FormState::default()
        };
        let link = format!("#{}", encode(&link_form));
        // Saved only: the saved situation, saving on, nothing said.
        let o = opening(Some(&saved), "");
        assert_eq!((o.form, o.saving, o.notices), (full_form(), true, vec![]));
        // Saved + link: the link's situation, saving off for this visit, the saved one kept.
        let o = opening(Some(&saved), &link);
        assert_eq!(o.form, link_form);
        assert!(!o.saving);
        assert_eq!(o.notices, [Notice::FromLink, Notice::StoredKept]);
        assert!(!o.clear_hash);
        // Link only.
        let o = opening(None, &link);
        assert_eq!((o.saving, o.notices), (false, vec![Notice::FromLink]));
        // Saved + unreadable link: the saved situation, and the link said to be unreadable.
        let o = opening(Some(&saved), "#v1;birth_date=17;c=0");
        assert_eq!(o.form, full_form());
        assert!(o.saving && o.clear_hash);
        assert_eq!(o.notices, [Notice::LinkUnreadable]);
        // An in-page anchor is no link.
        assert_eq!(opening(Some(&saved), "#main").notices, vec![]);
    }

    #[test]
    fn an_unreadable_stored_copy_is_said_never_used_as_if_empty() {
        for (text, newer) in [
            ("garbage", false),
            ("v1;birth_date=17-05-1980;c=00000000", false),
            ("v2;birth_date=17-05-1980;c=00000000", true),
        ] {
            let o = opening(Some(text), "");
            assert_eq!(o.form, FormState::default(), "{text}");
            assert!(!o.saving, "{text}: saving would overwrite it");
            assert_eq!(o.notices, [Notice::StoredUnreadable { newer }], "{text}");
        }
        let part = signed("v1;birth_date=17-05-1980;name=Hans");
        let o = opening(Some(&part), "");
        assert_eq!(o.form.birth_date, "17-05-1980");
        assert!(o.saving);
        assert_eq!(
            o.notices,
            [Notice::Skipped {
                from_link: false,
                fields: vec!["name".into()]
            }]
        );
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
