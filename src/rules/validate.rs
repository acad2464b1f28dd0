//! Input checks: every problem, each naming its field as a JSON path (`previous_forloeb[1].end`)
//! that the page maps to its form ids. "Not eligible" is never an input error.

use super::assessment::InputError;
use super::kalender::{birthday, days_between, ymd, FIRST_SUPPORTED_DATE};
use super::satser::rate_years;
use super::situation::Situation;
use super::tekst::{date_da, date_en, kr_da, kr_en};
use chrono::NaiveDate;

/// Amounts above this per month are taken as typing errors.
pub const MAX_MONTHLY_KR: f64 = 1_000_000.0;

/// The oldest age the calculator accepts.
const MAX_AGE_YEARS: u32 = 120;

/// The youngest age the calculator assesses: both forløb are for adults, and we have not found
/// a source for a lower age (review F8), so a younger age is taken as a typing error.
const MIN_AGE_YEARS: u32 = 18;

/// The last start date accepted: later dates are typing errors, and keep every date `YYYY-MM-DD`.
const LAST_SUPPORTED_DATE: NaiveDate = ymd(2100, 12, 31);

/// The most earlier forløb a situation can hold: the same limit as the form and the share link.
pub const MAX_PREVIOUS_FORLOEB: usize = 20;

fn error(field: impl Into<String>, message: String, message_en: String) -> InputError {
    InputError {
        field: field.into(),
        message,
        message_en,
    }
}

/// All problems with the situation, in the order of the fields; empty when it can be assessed.
pub fn validate(s: &Situation) -> Vec<InputError> {
    let mut errors = Vec::new();
    let date = s.date;
    if date < FIRST_SUPPORTED_DATE {
        errors.push(error("date",
            format!("Datoen {} ligger før 1. januar 2013. Beregneren dækker kun reglerne fra 2013, hvor ressourceforløb blev indført.", date_da(date)),
            format!("The date {} is before 1 January 2013. The calculator only covers the rules from 2013, when ressourceforløb were introduced.", date_en(date))));
    }
    if date > LAST_SUPPORTED_DATE {
        errors.push(error(
            "date",
            format!(
                "Datoen {} ligger efter 2100. Tjek årstallet.",
                date_da(date)
            ),
            format!("The date {} is after 2100. Check the year.", date_en(date)),
        ));
    }
    if let Some(decision) = s.decision_date {
        if decision < FIRST_SUPPORTED_DATE {
            errors.push(error("decision_date",
                format!("Afgørelsesdatoen {} ligger før 1. januar 2013, hvor ressourceforløb blev indført. Tjek årstallet.", date_da(decision)),
                format!("The decision date {} is before 1 January 2013, when ressourceforløb were introduced. Check the year.", date_en(decision))));
        } else if decision < s.birth_date {
            errors.push(error(
                "decision_date",
                format!(
                    "Afgørelsesdatoen {} ligger før fødselsdatoen {}.",
                    date_da(decision),
                    date_da(s.birth_date)
                ),
                format!(
                    "The decision date {} is before the birth date {}.",
                    date_en(decision),
                    date_en(s.birth_date)
                ),
            ));
        }
        if decision > date {
            errors.push(error("decision_date",
                format!("Afgørelsesdatoen {} ligger efter forløbets startdato {}. Kommunen bevilger forløbet, før det starter.", date_da(decision), date_da(date)),
                format!("The decision date {} is after the start date {}. The kommune grants the forløb before it starts.", date_en(decision), date_en(date))));
        }
    }
    let birth = s.birth_date;
    if birth > date {
        errors.push(error(
            "birth_date",
            format!(
                "Fødselsdatoen {} ligger efter datoen {}.",
                date_da(birth),
                date_da(date)
            ),
            format!(
                "The birth date {} is after the date {}.",
                date_en(birth),
                date_en(date)
            ),
        ));
    } else if birthday(birth, MAX_AGE_YEARS + 1) <= date {
        errors.push(error(
            "birth_date",
            format!(
                "Fødselsdatoen {} giver en alder over {MAX_AGE_YEARS} år. Tjek årstallet.",
                date_da(birth)
            ),
            format!(
                "The birth date {} gives an age over {MAX_AGE_YEARS}. Check the year.",
                date_en(birth)
            ),
        ));
    } else if date < birthday(birth, MIN_AGE_YEARS) {
        errors.push(error("birth_date",
            format!("Med fødselsdatoen {} er personen under {MIN_AGE_YEARS} år den {}. Ressourceforløb og jobafklaringsforløb er for voksne, og beregneren regner kun for personer, der er fyldt {MIN_AGE_YEARS} år. Tjek årstallet.", date_da(birth), date_da(date)),
            format!("With the birth date {} the person is under {MIN_AGE_YEARS} on {}. Ressourceforløb and jobafklaringsforløb are for adults, and the calculator only assesses people aged {MIN_AGE_YEARS} or over. Check the year.", date_en(birth), date_en(date))));
    }
    if s.previous_forloeb.len() > MAX_PREVIOUS_FORLOEB {
        errors.push(error("previous_forloeb",
            format!("Der er {} tidligere forløb. Beregneren kan regne med højst {MAX_PREVIOUS_FORLOEB}.", s.previous_forloeb.len()),
            format!("There are {} earlier forløb. The calculator can take at most {MAX_PREVIOUS_FORLOEB}.", s.previous_forloeb.len())));
    } else {
        previous_forloeb(s, &mut errors);
    }
    amount(
        &mut errors,
        "ydelse_before_monthly",
        s.ydelse_before_monthly,
    );
    amount(&mut errors, "other_income_monthly", s.other_income_monthly);
    amount(&mut errors, "wage_income_monthly", s.wage_income_monthly);
    if !rate_years().any(|year| year == s.rate_year) {
        let years: Vec<String> = rate_years().map(|year| year.to_string()).collect();
        errors.push(error(
            "rate_year",
            format!(
                "Der er ingen kildebelagte satser for {}. Vælg et af årene {}.",
                s.rate_year,
                years.join(", ")
            ),
            format!(
                "There are no sourced rates for {}. Choose one of the years {}.",
                s.rate_year,
                years.join(", ")
            ),
        ));
    }
    errors
}

fn previous_forloeb(s: &Situation, errors: &mut Vec<InputError>) {
    for (i, forloeb) in s.previous_forloeb.iter().enumerate() {
        let field = |name: &str| format!("previous_forloeb[{i}].{name}");
        let n = i + 1;
        if forloeb.start < FIRST_SUPPORTED_DATE {
            errors.push(error(
                field("start"),
                format!(
                    "Forløb {n} starter {}. Ressourceforløb findes først fra 1. januar 2013.",
                    date_da(forloeb.start)
                ),
                format!(
                    "Forløb {n} starts on {}. Ressourceforløb only exist from 1 January 2013.",
                    date_en(forloeb.start)
                ),
            ));
        }
        let adult = birthday(s.birth_date, MIN_AGE_YEARS);
        if forloeb.start >= FIRST_SUPPORTED_DATE && forloeb.start < adult && s.birth_date <= s.date
        {
            errors.push(error(field("start"),
                format!("Forløb {n} starter {}, før personen fyldte {MIN_AGE_YEARS} år ({}). Tjek datoen.", date_da(forloeb.start), date_da(adult)),
                format!("Forløb {n} starts on {}, before the person turned {MIN_AGE_YEARS} ({}). Check the date.", date_en(forloeb.start), date_en(adult))));
        }
        if forloeb.end < forloeb.start {
            errors.push(error(
                field("end"),
                format!(
                    "Forløb {n} slutter {}, før det starter ({}).",
                    date_da(forloeb.end),
                    date_da(forloeb.start)
                ),
                format!(
                    "Forløb {n} ends on {}, before it starts ({}).",
                    date_en(forloeb.end),
                    date_en(forloeb.start)
                ),
            ));
            continue;
        }
        if forloeb.end >= s.date {
            errors.push(error(field("end"),
                format!("Forløb {n} slutter {}. Et tidligere forløb skal være slut før det nye forløbs startdato ({}).", date_da(forloeb.end), date_da(s.date)),
                format!("Forløb {n} ends on {}. An earlier forløb must end before the new forløb's start date ({}).", date_en(forloeb.end), date_en(s.date))));
        }
        let days = days_between(forloeb.start, forloeb.end) + 1;
        if i64::from(forloeb.excluded_days) > days {
            errors.push(error(field("excluded_days"),
                format!("Forløb {n} har {} dage med barsel eller sorgorlov, men varer kun {days} dage.", forloeb.excluded_days),
                format!("Forløb {n} has {} days of maternity or bereavement leave but only lasts {days} days.", forloeb.excluded_days)));
        }
        let overlapping = s.previous_forloeb[..i].iter().position(|other| {
            other.start <= other.end && forloeb.start <= other.end && other.start <= forloeb.end
        });
        if let Some(j) = overlapping {
            let other = &s.previous_forloeb[j];
            errors.push(error(
                field("start"),
                format!(
                    "Forløb {n} ({} – {}) overlapper forløb {} ({} – {}).",
                    date_da(forloeb.start),
                    date_da(forloeb.end),
                    j + 1,
                    date_da(other.start),
                    date_da(other.end)
                ),
                format!(
                    "Forløb {n} ({} – {}) overlaps forløb {} ({} – {}).",
                    date_en(forloeb.start),
                    date_en(forloeb.end),
                    j + 1,
                    date_en(other.start),
                    date_en(other.end)
                ),
            ));
        }
    }
}

fn amount(errors: &mut Vec<InputError>, field: &str, kr: f64) {
    let problem = if !kr.is_finite() {
        Some((
            "Beløbet er ikke et tal.".to_string(),
            "The amount is not a number.".to_string(),
        ))
    } else if kr < 0.0 {
        Some((
            format!("Beløbet er negativt ({}).", kr_da(kr)),
            format!("The amount is negative ({}).", kr_en(kr)),
        ))
    } else if kr > MAX_MONTHLY_KR {
        Some((
            format!(
                "Beløbet er over {} om måneden ({}). Tjek beløbet.",
                kr_da(MAX_MONTHLY_KR),
                kr_da(kr)
            ),
            format!(
                "The amount is over {} a month ({}). Check the amount.",
                kr_en(MAX_MONTHLY_KR),
                kr_en(kr)
            ),
        ))
    } else {
        None
    };
    if let Some((da, en)) = problem {
        errors.push(error(field, da, en));
    }
}
