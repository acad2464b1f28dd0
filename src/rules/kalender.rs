//! Calendar arithmetic with the conventions of docs/regler.md. Every function saturates at
//! chrono's date range instead of panicking, so `assess` never panics on absurd input.

use chrono::{Datelike, Days, Months, NaiveDate};

/// The first day the product knows rules for (LAB ressourceforløb from 1 January 2013).
pub const FIRST_SUPPORTED_DATE: NaiveDate = ymd(2013, 1, 1);

/// A date from a literal; a wrong literal fails at compile time in const contexts.
pub const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date literal"),
    }
}

/// `date` plus `months` the way an anniversary is reached: a day that does not exist in the
/// target month (29 February in a non-leap year, 31 → a 30-day month) becomes the 1st of the
/// next month — n years have passed only when the day before that anniversary has ended.
pub fn add_months_anniversary(date: NaiveDate, months: u32) -> NaiveDate {
    let clamped = add_months_clamped(date, months);
    if clamped.day() == date.day() || clamped == NaiveDate::MAX {
        clamped
    } else {
        add_days(clamped, 1)
    }
}

/// `date` plus `months`, a missing day clamped to the last day of the month (forløb ends).
pub fn add_months_clamped(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` minus `months`, clamped like `add_months_clamped`.
pub fn sub_months_clamped(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN)
}

/// `date` plus (or minus, if negative) `days`, saturating at chrono's range.
pub fn add_days(date: NaiveDate, days: i64) -> NaiveDate {
    let step = Days::new(days.unsigned_abs());
    if days >= 0 {
        date.checked_add_days(step).unwrap_or(NaiveDate::MAX)
    } else {
        date.checked_sub_days(step).unwrap_or(NaiveDate::MIN)
    }
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// The day a person born on `birth` turns `years` old.
pub fn birthday(birth: NaiveDate, years: u32) -> NaiveDate {
    add_months_anniversary(birth, years.saturating_mul(12))
}

/// Whole months in the half-open period [from, until): the largest n with from + n months ≤ until.
pub fn whole_months(from: NaiveDate, until: NaiveDate) -> u32 {
    if until <= from {
        return 0;
    }
    let estimate = (until.year() - from.year()) * 12 + until.month() as i32 - from.month() as i32;
    let mut months = estimate.max(0) as u32;
    while months > 0 && add_months_clamped(from, months) > until {
        months -= 1;
    }
    months
}

/// Years and months of age on `on` (anniversary convention), 0 when born later.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> (u32, u32) {
    split_months(anniversary_months(birth, on))
}

/// Whole anniversary months from `from` to `on`: the largest n with anniversary(from, n) ≤ on.
pub fn anniversary_months(from: NaiveDate, on: NaiveDate) -> u32 {
    let mut months = whole_months(from, add_days(on, 1));
    while months > 0 && add_months_anniversary(from, months) > on {
        months -= 1;
    }
    months
}

/// The calendar length of the period `start` … `end` (inclusive): whole anniversary months and
/// the days left over, so 2019-06-01 … 2022-05-31 is (36, 0) and 2024-02-29 … 2025-02-28 is (12, 0).
pub fn calendar_length(start: NaiveDate, end: NaiveDate) -> (u32, i64) {
    let until = add_days(end, 1);
    let months = anniversary_months(start, until);
    (
        months,
        days_between(add_months_anniversary(start, months), until).max(0),
    )
}

/// The last day of a period of `months` starting on `start`: the anniversary − 1 day, so 3 years
/// from 2024-01-15 end on 2027-01-14 and from 2024-02-29 on 2027-02-28.
pub fn period_end(start: NaiveDate, months: u32) -> NaiveDate {
    add_days(add_months_anniversary(start, months), -1)
}

/// Whole months as (years, months).
pub fn split_months(months: u32) -> (u32, u32) {
    (months / 12, months % 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition, by hand: the largest n with from + n months (clamped) ≤ until.
    #[test]
    fn whole_months_counts_only_completed_months() {
        assert_eq!(whole_months(ymd(2024, 3, 15), ymd(2024, 6, 14)), 2);
        assert_eq!(whole_months(ymd(2024, 3, 15), ymd(2024, 6, 15)), 3);
        assert_eq!(whole_months(ymd(2024, 1, 31), ymd(2024, 2, 28)), 0);
        assert_eq!(whole_months(ymd(2024, 1, 31), ymd(2024, 2, 29)), 1);
        assert_eq!(whole_months(ymd(2020, 5, 17), ymd(2026, 3, 2)), 69);
        assert_eq!(whole_months(ymd(2020, 5, 17), ymd(2026, 5, 17)), 72);
        assert_eq!(whole_months(ymd(2024, 6, 1), ymd(2024, 6, 1)), 0);
        assert_eq!(whole_months(ymd(2024, 6, 2), ymd(2024, 6, 1)), 0);
    }

    /// Anniversary months: 29 February's anniversary in a common year is 1 March.
    #[test]
    fn anniversary_months_and_calendar_length() {
        assert_eq!(
            anniversary_months(ymd(1980, 5, 17), ymd(2024, 3, 1)),
            43 * 12 + 9
        );
        assert_eq!(anniversary_months(ymd(2000, 2, 29), ymd(2001, 2, 28)), 11);
        assert_eq!(anniversary_months(ymd(2000, 2, 29), ymd(2001, 3, 1)), 12);
        assert_eq!(calendar_length(ymd(2019, 6, 1), ymd(2022, 5, 31)), (36, 0));
        assert_eq!(calendar_length(ymd(2024, 2, 29), ymd(2025, 2, 28)), (12, 0));
        assert_eq!(calendar_length(ymd(2024, 1, 10), ymd(2024, 3, 14)), (2, 5));
        assert_eq!(sub_months_clamped(ymd(2024, 3, 31), 1), ymd(2024, 2, 29));
        assert_eq!(sub_months_clamped(ymd(2024, 5, 15), 14), ymd(2023, 3, 15));
    }
}
