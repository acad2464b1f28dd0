//! What-if: the same situation with and without the person's own wish for a forløb, and the
//! ydelse under every rate year with sourced rates, side by side. Every figure comes from
//! `rules::assess` on a modified situation; nothing here decides anything.

use crate::rules::satser::SATSER;
use crate::rules::{assess, RessourceforloebResult, Situation, Ydelse};

#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    pub year: i32,
    /// False when the year's rates come from secondary sources only.
    pub verified: bool,
    pub ydelse: Ydelse,
    pub chosen: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    pub without_wish: RessourceforloebResult,
    pub with_wish: RessourceforloebResult,
    pub wishes_now: bool,
    pub years: Vec<YearRow>,
}

pub fn what_if(s: &Situation) -> WhatIf {
    let with = |f: &dyn Fn(&mut Situation)| {
        let mut changed = s.clone();
        f(&mut changed);
        assess(&changed)
    };
    WhatIf {
        without_wish: with(&|c| c.wishes_forloeb = false).ressourceforloeb,
        with_wish: with(&|c| c.wishes_forloeb = true).ressourceforloeb,
        wishes_now: s.wishes_forloeb,
        years: SATSER
            .iter()
            .map(|satser| YearRow {
                year: satser.year,
                verified: satser.verified,
                ydelse: with(&|c| c.rate_year = satser.year).ydelse,
                chosen: satser.year == s.rate_year,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{PreviousForloeb, RessourceforloebOutcome};
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_wish_lifts_the_five_year_cap() {
        // Aged 45, four and a half years used: without a wish less than the 1-year minimum remains.
        let mut s = Situation::new(d(2024, 3, 1), d(1979, 1, 10));
        s.previous_forloeb = vec![PreviousForloeb {
            start: d(2018, 7, 1),
            end: d(2022, 12, 31),
            excluded_days: 0,
        }];
        let w = what_if(&s);
        assert!(!w.wishes_now);
        assert_eq!(w.without_wish.outcome, RessourceforloebOutcome::OnlyIfWished);
        assert_eq!(w.with_wish.outcome, RessourceforloebOutcome::OnlyIfWished);
        assert_eq!(w.with_wish.max_months, Some(36));
    }

    #[test]
    fn every_sourced_year_side_by_side() {
        let mut s = Situation::new(d(2024, 3, 1), d(1990, 1, 10));
        s.forsoerger = true;
        let w = what_if(&s);
        let got: Vec<(i32, bool, i64, bool)> = w
            .years
            .iter()
            .map(|y| (y.year, y.verified, y.ydelse.monthly_kr, y.chosen))
            .collect();
        assert_eq!(
            got,
            vec![
                (2020, true, 15_355, false),
                (2021, false, 15_547, true),
                (2022, true, 15_570, false),
                (2024, true, 16_382, false),
            ]
        );
    }
}
