//! How figures appear in the reasons: Danish "20. august 2028" and "11.698 kr.", English
//! "20 August 2028" and "DKK 11,698".

use super::assessment::{Reason, ReasonKind};
use chrono::{Datelike, NaiveDate};

const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn reason(kind: ReasonKind, law: &str, text: String, text_en: String) -> Reason {
    Reason {
        kind,
        law: law.to_string(),
        text,
        text_en,
    }
}

pub fn date_da(date: NaiveDate) -> String {
    format!(
        "{}. {} {}",
        date.day(),
        MONTHS_DA[date.month0() as usize],
        date.year()
    )
}

pub fn date_en(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS_EN[date.month0() as usize],
        date.year()
    )
}

/// Groups the digits of a whole number by thousands with `separator`.
fn grouped(whole: u64, separator: char) -> String {
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// An amount with Danish separators, øre only when there are any: "2.022,35".
fn amount(kr: f64, thousands: char, decimal: char) -> String {
    let ore = (kr.abs() * 100.0).round() as u64;
    let sign = if kr < 0.0 && ore > 0 { "-" } else { "" };
    let whole = grouped(ore / 100, thousands);
    match ore % 100 {
        0 => format!("{sign}{whole}"),
        cents => format!("{sign}{whole}{decimal}{cents:02}"),
    }
}

pub fn kr_da(kr: f64) -> String {
    format!("{} kr.", amount(kr, '.', ','))
}

pub fn kr_en(kr: f64) -> String {
    format!("DKK {}", amount(kr, ',', '.'))
}

/// "62 år og 5 måneder", "1 år", "3 måneder".
pub fn years_months_da(years: u32, months: u32) -> String {
    let y = format!("{years} år");
    let m = format!("{months} {}", if months == 1 { "måned" } else { "måneder" });
    join_parts(years, months, y, m, "og")
}

/// "62 years and 5 months", "1 year", "3 months".
pub fn years_months_en(years: u32, months: u32) -> String {
    let y = format!("{years} {}", if years == 1 { "year" } else { "years" });
    let m = format!("{months} {}", if months == 1 { "month" } else { "months" });
    join_parts(years, months, y, m, "and")
}

fn join_parts(years: u32, months: u32, y: String, m: String, and: &str) -> String {
    match (years, months) {
        (_, 0) => y,
        (0, _) => m,
        _ => format!("{y} {and} {m}"),
    }
}

/// A pension age in months as "67 år" / "65½ år".
pub fn pension_age_da(months: u32) -> String {
    format!(
        "{}{} år",
        months / 12,
        if months % 12 == 6 { "½" } else { "" }
    )
}

pub fn pension_age_en(months: u32) -> String {
    format!(
        "{}{} years",
        months / 12,
        if months % 12 == 6 { "½" } else { "" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::kalender::ymd;

    #[test]
    fn formats_dates_and_amounts() {
        assert_eq!(date_da(ymd(2028, 8, 20)), "20. august 2028");
        assert_eq!(date_en(ymd(2028, 8, 20)), "20 August 2028");
        assert_eq!(kr_da(11698.0), "11.698 kr.");
        assert_eq!(kr_da(2022.35), "2.022,35 kr.");
        assert_eq!(kr_da(1234567.0), "1.234.567 kr.");
        assert_eq!(kr_en(11698.0), "DKK 11,698");
        assert_eq!(kr_da(0.0), "0 kr.");
        assert_eq!(years_months_da(62, 5), "62 år og 5 måneder");
        assert_eq!(years_months_en(1, 0), "1 year");
        assert_eq!(pension_age_da(786), "65½ år");
    }
}
