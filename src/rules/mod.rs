//! The law as pure functions: a situation in, an assessment out. No Leptos, no web-sys.

pub mod assessment;
pub mod folkepensionsalder;
pub mod jobafklaringsforloeb;
pub mod kalender;
pub mod regime;
pub mod regler;
pub mod ressourceforloeb;
pub mod satser;
pub mod situation;
pub mod tekst;
pub mod validate;
pub mod ydelse;

pub use assessment::*;
pub use situation::*;
pub use validate::validate;

use chrono::NaiveDate;
use kalender::{
    add_days, add_months_anniversary, age_on, birthday, calendar_length, days_between,
    sub_months_clamped,
};
use regime::RuleSet;
use satser::{Figur, Satser};

/// What every rule needs, derived once from the situation.
pub struct Facts {
    pub rules: &'static RuleSet,
    /// Age on `date` as (years, months).
    pub age: (u32, u32),
    pub pension_age_months: u32,
    pub pension_date: NaiveDate,
    pub birthday_40: NaiveDate,
    pub birthday_50: NaiveDate,
    /// The last day with at least 6 years to folkepensionsalderen (docs/regler.md).
    pub six_years_before_pension: NaiveDate,
    /// Days counted in earlier forløb (LAB § 114, stk. 1: barsel/sorgorlov not counted).
    pub used_days: u32,
    /// The same time in calendar terms, as the 5-year total counts it.
    pub used: UsedTime,
    /// The rates the estimate uses: those of `rate_year`, or the default year's when `rate_year`
    /// lacks a figure this situation needs (`rate_fallback` says which) or is not offered.
    pub satser: &'static Satser,
    pub rate_fallback: Option<RateFallback>,
}

/// The chosen rate year lacks figures the estimate needs, so the default year's rates are used.
#[derive(Debug, Clone, PartialEq)]
pub struct RateFallback {
    pub chosen_year: i32,
    pub missing: Vec<Figur>,
}

impl Facts {
    pub fn new(situation: &Situation) -> Facts {
        let birth = situation.birth_date;
        let pension = folkepensionsalder::folkepensionsalder(birth);
        let age = age_on(birth, situation.date);
        let (satser, rate_fallback) = rates_for(situation, age.0);
        Facts {
            rules: regime::rules_on(situation.date),
            age,
            pension_age_months: pension.age_months,
            pension_date: folkepensionsalder::folkepensionsdato(birth),
            birthday_40: birthday(birth, 40),
            birthday_50: birthday(birth, 50),
            six_years_before_pension: add_months_anniversary(birth, pension.age_months - 72),
            used_days: used_days(&situation.previous_forloeb),
            used: used_time(&situation.previous_forloeb),
            satser,
            rate_fallback,
        }
    }

    /// LAB § 114, stk. 3: "mellem 40 og 50 år" the total time may not exceed 5 years without a wish.
    pub fn five_year_cap_applies(&self) -> bool {
        self.rules.five_year_cap_40_50 && (40..50).contains(&self.age.0)
    }
}

/// The chosen year's rates if they hold every figure the estimate needs; else the default year's.
fn rates_for(situation: &Situation, age_years: u32) -> (&'static Satser, Option<RateFallback>) {
    let default = satser::satser(DEFAULT_RATE_YEAR).unwrap_or(&satser::SATSER[0]);
    let Some(chosen) = satser::satser(situation.rate_year).filter(|rates| rates.selectable())
    else {
        return (default, None); // not offered: validation names the field
    };
    let missing: Vec<Figur> = ydelse::figures_needed(situation, age_years)
        .into_iter()
        .filter(|figur| chosen.figur(*figur).is_none())
        .collect();
    if missing.is_empty() {
        (chosen, None)
    } else {
        (
            default,
            Some(RateFallback {
                chosen_year: chosen.year,
                missing,
            }),
        )
    }
}

/// Time in earlier ressourceforløb in calendar terms (LAB § 114, stk. 3 counts "5 år", not days):
/// each forløb's whole months plus its leftover days, summed, and the barsel/sorgorlov days
/// (§ 114, stk. 1) to take off. A 3-year forløb is 36 months whatever leap days it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UsedTime {
    pub months: u32,
    pub days: i64,
    pub excluded_days: i64,
}

/// LAB § 114, stk. 3: the earlier forløb summed in calendar terms (see `UsedTime`).
pub fn used_time(previous: &[PreviousForloeb]) -> UsedTime {
    previous.iter().fold(UsedTime::default(), |used, forloeb| {
        let (months, days) = calendar_length(forloeb.start, forloeb.end);
        UsedTime {
            months: used.months.saturating_add(months),
            days: used.days.saturating_add(days),
            excluded_days: used
                .excluded_days
                .saturating_add(i64::from(forloeb.excluded_days)),
        }
    })
}

/// LAB § 114, stk. 3: the last day a new forløb from `date` may run without a wish, so that the
/// total stays within 5 years: date + (60 − used months) months − leftover days + barsel days − 1.
pub fn five_year_cap_end(date: NaiveDate, used: UsedTime) -> NaiveDate {
    let months_moved = match 60u32.checked_sub(used.months) {
        Some(left) => add_months_anniversary(date, left),
        None => sub_months_clamped(date, used.months - 60),
    };
    add_days(
        months_moved,
        used.excluded_days
            .saturating_sub(used.days)
            .saturating_sub(1),
    )
}

/// Counted days of earlier forløb: (end − start + 1) − excluded_days, at least 0 each.
pub fn used_days(previous: &[PreviousForloeb]) -> u32 {
    previous
        .iter()
        .map(|forloeb| {
            let days =
                days_between(forloeb.start, forloeb.end) + 1 - i64::from(forloeb.excluded_days);
            days.clamp(0, i64::from(u32::MAX)) as u32
        })
        .fold(0u32, u32::saturating_add)
}

/// The whole assessment. Never panics, also for a situation that fails `validate`.
pub fn assess(situation: &Situation) -> Assessment {
    let facts = Facts::new(situation);
    let ressourceforloeb = ressourceforloeb::ressourceforloeb(situation, &facts);
    let ydelse = if ressourceforloeb.outcome == RessourceforloebOutcome::NotPossible {
        ydelse::not_applicable(situation, &facts)
    } else {
        ydelse::under_ressourceforloeb(situation, &facts)
    };
    Assessment {
        regime: facts.rules.regime,
        notices: regime::notices(situation),
        folkepension: folkepensionsalder::folkepension(situation.birth_date),
        ressourceforloeb,
        jobafklaringsforloeb: jobafklaringsforloeb::jobafklaringsforloeb(situation, &facts),
        ydelse,
        milestones: Milestones {
            birthday_40: facts.birthday_40,
            birthday_50: facts.birthday_50,
            six_years_before_pension: facts.six_years_before_pension,
            days_in_previous_forloeb: facts.used_days,
            five_year_allowance_days: (facts.rules.new_forloeb_allowed
                && facts.five_year_cap_applies())
            .then(|| {
                let left = days_between(
                    situation.date,
                    add_days(five_year_cap_end(situation.date, facts.used), 1),
                );
                i64::from(facts.used_days) + left.max(0)
            })
            .map(|days| days.clamp(0, i64::from(u32::MAX)) as u32),
        },
    }
}

/// The day before `date` (saturating): the last day of a period that ends when `date` begins.
pub(crate) fn day_before(date: NaiveDate) -> NaiveDate {
    add_days(date, -1)
}
