//! Folkepensionsalderen (lov om social pension § 1 a): dated rows by birth date, each with its
//! legal basis and source.

use super::assessment::{Folkepension, ReasonKind};
use super::kalender::{add_months_anniversary, ymd};
use super::tekst::{date_da, date_en, pension_age_da, pension_age_en, reason};
use chrono::NaiveDate;

/// One row of § 1 a: people born on or after `born_from` (until the next row) reach
/// folkepensionsalderen at `age_months`.
pub struct PensionAgeRow {
    pub born_from: NaiveDate,
    pub age_months: u32,
    pub hjemmel: &'static str,
    pub kilde: &'static str,
    /// What about this row was not confirmed in a primary source, if anything (da, en).
    pub unverified: Option<(&'static str, &'static str)>,
}

const PARAGRAF: &str = "Lov om social pension § 1 a";
const KILDE_1A: &str = "https://danskelove.dk/pensionsloven/1a (LBK nr. 527 af 25. april 2022)";

/// Lov om social pension § 1 a, nr. 1–7, and the 70-year row from L 149 (2024-25).
pub const PENSION_AGE_ROWS: [PensionAgeRow; 8] = [
    row(ymd(1, 1, 1), 65 * 12, "Lov om social pension § 1 a, nr. 1"),
    row(ymd(1954, 1, 1), 65 * 12 + 6, "Lov om social pension § 1 a, nr. 2"),
    row(ymd(1954, 7, 1), 66 * 12, "Lov om social pension § 1 a, nr. 3"),
    row(ymd(1955, 1, 1), 66 * 12 + 6, "Lov om social pension § 1 a, nr. 4"),
    row(ymd(1955, 7, 1), 67 * 12, "Lov om social pension § 1 a, nr. 5"),
    row(ymd(1963, 1, 1), 68 * 12, "Lov om social pension § 1 a, nr. 6"),
    row(ymd(1967, 1, 1), 69 * 12, "Lov om social pension § 1 a, nr. 7"),
    PensionAgeRow {
        born_from: ymd(1971, 1, 1),
        age_months: 70 * 12,
        hjemmel: "Lov om social pension § 1 a, som ændret efter L 149 (2024-25)",
        kilde: "https://www.aes.dk (Forhøjet pensionsalder); ft.dk L 149 (2024-25), vedtaget maj 2025",
        unverified: Some((
            "Folkepensionsalderen på 70 år for personer født 1. januar 1971 eller senere blev vedtaget med L 149 (2024-25) og gælder fra 31. december 2025. Lovens nummer er ikke kontrolleret.",
            "The pension age of 70 for people born on or after 1 January 1971 was adopted with bill L 149 (2024-25) and applies from 31 December 2025. The number of the act has not been checked.",
        )),
    },
];

const fn row(born_from: NaiveDate, age_months: u32, hjemmel: &'static str) -> PensionAgeRow {
    PensionAgeRow {
        born_from,
        age_months,
        hjemmel,
        kilde: KILDE_1A,
        unverified: None,
    }
}

/// The § 1 a row that applies to a person born on `birth`.
pub fn folkepensionsalder(birth: NaiveDate) -> &'static PensionAgeRow {
    PENSION_AGE_ROWS
        .iter()
        .rev()
        .find(|row| birth >= row.born_from)
        .unwrap_or(&PENSION_AGE_ROWS[0])
}

/// The day folkepensionsalderen is reached: birth date plus the pension age (½ år = 6 months);
/// born 29 February → 1 March in a non-leap year (docs/regler.md).
pub fn folkepensionsdato(birth: NaiveDate) -> NaiveDate {
    add_months_anniversary(birth, folkepensionsalder(birth).age_months)
}

/// The output block with its reasons.
pub fn folkepension(birth: NaiveDate) -> Folkepension {
    let row = folkepensionsalder(birth);
    let date = folkepensionsdato(birth);
    let mut reasons = vec![reason(
        ReasonKind::Reason,
        row.hjemmel,
        format!(
            "Du er født {}. Din folkepensionsalder er {}, og du når den {}.",
            date_da(birth),
            pension_age_da(row.age_months),
            date_da(date)
        ),
        format!(
            "You were born on {}. Your state pension age (folkepensionsalder) is {}, which you reach on {}.",
            date_en(birth),
            pension_age_en(row.age_months),
            date_en(date)
        ),
    )];
    if let Some((da, en)) = row.unverified {
        reasons.push(reason(
            ReasonKind::Uncertain,
            row.hjemmel,
            da.into(),
            en.into(),
        ));
    }
    if birth.format("%m-%d").to_string() == "02-29" {
        reasons.push(reason(
            ReasonKind::Uncertain,
            PARAGRAF,
            "Du er født den 29. februar. Beregneren regner med, at du i år uden skuddag fylder år den 1. marts. Det er beregnerens egen antagelse; vi har ikke fundet en dansk regel om det.".into(),
            "You were born on 29 February. The calculator assumes that in years without a leap day your birthday is 1 March. This is the calculator's own assumption; we found no Danish rule on it.".into(),
        ));
    }
    Folkepension {
        age_years: f64::from(row.age_months) / 12.0,
        date,
        reasons,
    }
}
