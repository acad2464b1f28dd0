//! Properties of the rules over random situations: no panic, limits that always hold, and
//! answers that move the right way when one input changes.
#![cfg(not(target_arch = "wasm32"))] // native only: proptest does not build for wasm32

use chrono::{Datelike, Days, NaiveDate};
use forloebsberegneren::case_format::parse_situation;
use forloebsberegneren::rules::kalender::{birthday, FIRST_SUPPORTED_DATE};
use forloebsberegneren::rules::satser::{rate_years, satser};
use forloebsberegneren::rules::ydelse::figures_needed;
use forloebsberegneren::rules::{
    assess, validate, Answer, JobafklaringOutcome, PreviousForloeb, Regime,
    RessourceforloebOutcome, Situation, YdelseBasis, YdelseBefore,
};
use proptest::prelude::*;

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2013, 1, 1).expect("valid") + Days::new(u64::from(n))
}

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::Yes), Just(Answer::No), Just(Answer::Unclear)]
}

fn ydelse_before() -> impl Strategy<Value = YdelseBefore> {
    prop_oneof![
        Just(YdelseBefore::Kontanthjaelp),
        Just(YdelseBefore::Sygedagpenge),
        Just(YdelseBefore::Ledighedsydelse),
        Just(YdelseBefore::Foertidspension),
        Just(YdelseBefore::Other),
    ]
}

/// Earlier forløb laid out backwards from `date`: (gap before the next one, length, excluded days).
fn previous_before(date: NaiveDate, rows: &[(u32, u32, u32)]) -> Vec<PreviousForloeb> {
    let mut next_start = date;
    let mut previous = Vec::new();
    for &(gap, length, excluded) in rows {
        let Some(end) = next_start.checked_sub_days(Days::new(u64::from(gap) + 1)) else {
            break;
        };
        let Some(start) = end.checked_sub_days(Days::new(u64::from(length))) else {
            break;
        };
        if start < day(0) {
            break;
        }
        previous.insert(
            0,
            PreviousForloeb {
                start,
                end,
                excluded_days: excluded.min(length + 1),
            },
        );
        next_start = start;
    }
    previous
}

/// An amount in whole øre, as a person types it (and as JSON carries it exactly).
fn kroner(max: u32) -> impl Strategy<Value = f64> {
    (0..max * 100).prop_map(|ore| f64::from(ore) / 100.0)
}

/// Situations that pass `validate`: every field in its allowed range.
fn valid_situation() -> impl Strategy<Value = Situation> {
    (
        (
            0u32..6_600,
            18u32 * 365 + 5..90 * 365,
            0u32..400,
            prop::collection::vec((0u32..400, 0u32..1_900, 0u32..200), 0..4),
        ),
        (
            any::<bool>(),
            answer(),
            answer(),
            any::<bool>(),
            any::<bool>(),
            ydelse_before(),
            kroner(40_000),
            prop::option::of(-200i64..400),
        ),
        (
            kroner(20_000),
            kroner(60_000),
            prop::sample::select(rate_years().collect::<Vec<_>>()),
            any::<bool>(),
            answer(),
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                (date, age_days, decided_before, rows),
                (wish, target, perspective, forsoerger, hjemme, before, before_kr, syg_until),
                (other, wage, year, on_syg, ext, unfit),
            )| {
                let date = day(date);
                let mut s = Situation::new(date, date - Days::new(u64::from(age_days)));
                // A grant from 2013 on and after the birth (validate, review F8).
                s.decision_date = date
                    .checked_sub_days(Days::new(u64::from(decided_before)))
                    .map(|decision| decision.max(FIRST_SUPPORTED_DATE).max(s.birth_date));
                s.previous_forloeb = previous_before(date, &rows);
                // Earlier forløb from the 18th birthday on (validate: adults only, review F8).
                let adult = birthday(s.birth_date, 18);
                s.previous_forloeb.retain(|forloeb| forloeb.start >= adult);
                s.wishes_forloeb = wish;
                s.target_group = target;
                s.development_perspective = perspective;
                s.forsoerger = forsoerger;
                s.hjemmeboende = hjemme;
                s.ydelse_before = before;
                s.ydelse_before_monthly = before_kr;
                s.sygedagpenge_until = syg_until
                    .and_then(|offset| date.checked_add_signed(chrono::TimeDelta::days(offset)));
                s.other_income_monthly = other;
                s.wage_income_monthly = wage;
                s.rate_year = year;
                s.on_sygedagpenge = on_syg;
                s.sygedagpenge_extension_possible = ext;
                s.unfit_for_work = unfit;
                s
            },
        )
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        (-5_000_000i32..5_000_000)
            .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(NaiveDate::MAX)),
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
    ]
}

fn any_amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-1.0),
        Just(1e300)
    ]
}

/// Anything the types allow, also what validation rejects.
fn arbitrary_situation() -> impl Strategy<Value = Situation> {
    (
        (
            any_date(),
            any_date(),
            prop::option::of(any_date()),
            prop::collection::vec((any_date(), any_date(), any::<u32>()), 0..4),
        ),
        (
            any::<bool>(),
            answer(),
            answer(),
            ydelse_before(),
            any_amount(),
            any_amount(),
            any_amount(),
            any::<i32>(),
            prop::option::of(any_date()),
        ),
    )
        .prop_map(
            |(
                (date, birth, decision, rows),
                (wish, target, perspective, before, before_kr, other, wage, year, until),
            )| {
                let mut s = Situation::new(date, birth);
                s.decision_date = decision;
                s.previous_forloeb = rows
                    .into_iter()
                    .map(|(start, end, excluded_days)| PreviousForloeb {
                        start,
                        end,
                        excluded_days,
                    })
                    .collect();
                s.wishes_forloeb = wish;
                s.target_group = target;
                s.development_perspective = perspective;
                s.ydelse_before = before;
                s.ydelse_before_monthly = before_kr;
                s.other_income_monthly = other;
                s.wage_income_monthly = wage;
                s.rate_year = year;
                s.sygedagpenge_until = until;
                s.on_sygedagpenge = true;
                s.sygedagpenge_extension_possible = Answer::No;
                s
            },
        )
}

/// The `years`th anniversary of `date` by the calendar, 29 February → 1 March (written here
/// independently of the rule core's calendar code).
fn anniversary(date: NaiveDate, years: u32) -> NaiveDate {
    let year = date.year() + years as i32;
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
        .expect("valid")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// LAB § 114, stk. 3: between 40 and 50, "den samlede periode … ikke overstige 5 år". Earlier
    /// forløb of exactly N whole years (in one or two forløb, any start date, any gap) leave
    /// exactly 5 − N years, whatever leap days lie in them (review F1).
    #[test]
    fn the_five_year_total_counts_whole_years(
        start_offset in 0u32..1_490,
        n in 0u32..=4,
        split in 0u32..=4,
        gap in 0u32..400,
        age_days in 0u32..3_600,
    ) {
        // A start date in the 2022 rules: 2022-01-01 … 2026-01-31.
        let date = NaiveDate::from_ymd_opt(2022, 1, 1).expect("valid") + Days::new(u64::from(start_offset));
        // Aged 40 to 49 (40 years and 0 … 3 600 days) on `date`.
        let fortieth = NaiveDate::from_ymd_opt(date.year() - 40, date.month(), date.day()).expect("40 years back is a leap year too");
        let birth = fortieth - Days::new(u64::from(age_days));
        let mut s = Situation::new(date, birth);
        let first_years = split.min(n);
        let mut next_start = date - Days::new(u64::from(gap));
        for years in [n - first_years, first_years] {
            if years == 0 {
                continue;
            }
            // Go back far enough for `years` years, then take exactly `years` years from there.
            let start = next_start - Days::new(u64::from(years * 366 + 1));
            let end = anniversary(start, years) - Days::new(1);
            s.previous_forloeb.insert(0, PreviousForloeb { start, end, excluded_days: 0 });
            next_start = start;
        }
        prop_assume!(validate(&s).is_empty());
        let a = assess(&s);
        prop_assert_eq!(a.ressourceforloeb.outcome, RessourceforloebOutcome::Possible);
        prop_assert_eq!(a.ressourceforloeb.max_months, Some(36.min(60 - 12 * n)), "{:?}", s);
        let left_years = (5 - n).min(3);
        prop_assert_eq!(a.ressourceforloeb.latest_end, Some(anniversary(date, left_years) - Days::new(1)));
    }

    #[test]
    fn arbitrary_situations_never_panic(s in arbitrary_situation()) {
        let _ = validate(&s);
        let assessment = assess(&s);
        prop_assert!(assessment.ydelse.monthly_kr >= 0);
    }

    #[test]
    fn generated_situations_are_valid(s in valid_situation()) {
        prop_assert_eq!(validate(&s), Vec::new());
    }

    #[test]
    fn limits_always_hold(s in valid_situation()) {
        let a = assess(&s);
        let r = &a.ressourceforloeb;
        let granted = matches!(r.outcome, RessourceforloebOutcome::Possible | RessourceforloebOutcome::OnlyIfWished);
        prop_assert_eq!(r.max_months.is_some(), granted);
        prop_assert_eq!(r.latest_end.is_some(), granted);
        if let (Some(months), Some(latest_end)) = (r.max_months, r.latest_end) {
            let longest = if a.regime == Regime::R2013 { 60 } else { 36 };
            prop_assert!((12..=longest).contains(&months), "max_months {}", months);
            prop_assert!(latest_end < a.folkepension.date, "latest_end {} on/after the pension date {}", latest_end, a.folkepension.date);
            prop_assert!(latest_end >= s.date);
        }
        if a.regime == Regime::R2026 {
            // Abolished (lov 1750/2025); granted before 1 February 2026 the transition is open (F13).
            prop_assert!(matches!(r.outcome, RessourceforloebOutcome::NotPossible | RessourceforloebOutcome::InsufficientInformation));
        }
        // No payable-looking ydelse where no forløb can be granted (F9), no "0 kr." line (F12).
        prop_assert_eq!(r.outcome == RessourceforloebOutcome::NotPossible, a.ydelse.basis == YdelseBasis::NotApplicable);
        if matches!(a.ydelse.basis, YdelseBasis::NotApplicable | YdelseBasis::Foertidspension) {
            prop_assert_eq!(a.ydelse.monthly_kr, 0);
            prop_assert!(a.ydelse.lines.is_empty());
            // No "with the 2024 rates it would be 0 kr." where nothing is estimated (F10, F12).
            prop_assert!(a.ydelse.reasons.iter().all(|r| r.law != "LAS § 109, stk. 2"));
        }
        prop_assert!(a.ydelse.monthly_kr >= 0);
        prop_assert!(a.jobafklaringsforloeb.ydelse.as_ref().is_none_or(|y| y.monthly_kr >= 0));
    }

    /// The "Regler og kilder" page lists every reference any answer cites (issue 10).
    #[test]
    fn every_cited_reference_is_on_the_sources_page(s in valid_situation()) {
        let listed = forloebsberegneren::present::kilder::references();
        let a = assess(&s);
        let mut reasons: Vec<_> = a.notices.iter().chain(&a.ressourceforloeb.reasons).chain(&a.jobafklaringsforloeb.reasons).chain(&a.ydelse.reasons).collect();
        if let Some(y) = &a.jobafklaringsforloeb.ydelse {
            reasons.extend(&y.reasons);
        }
        for r in reasons.into_iter().filter(|r| !r.law.is_empty()) {
            prop_assert!(listed.contains(&r.law.as_str()), "{:?} is not on the sources page", r.law);
        }
    }

    /// No figure is invented (issue 10): the estimate uses the chosen year unless that year lacks a
    /// figure the situation needs; then the default year's rates, and a reason names the choice.
    #[test]
    fn a_missing_rate_is_never_filled_in(s in valid_situation()) {
        let a = assess(&s);
        let chosen = satser(s.rate_year).expect("a valid rate year is in the table");
        let age = forloebsberegneren::rules::kalender::age_on(s.birth_date, s.date).0;
        let complete = figures_needed(&s, age).iter().all(|figur| chosen.figur(*figur).is_some());
        if matches!(a.ydelse.basis, YdelseBasis::NotApplicable | YdelseBasis::Foertidspension) {
            return Ok(());
        }
        if complete {
            prop_assert_eq!(a.ydelse.rate_year, s.rate_year);
        } else {
            prop_assert_eq!(a.ydelse.rate_year, 2021);
            let needle = format!("Du har valgt satserne for {}", s.rate_year);
            prop_assert!(a.ydelse.reasons.iter().any(|r| r.text.contains(&needle)));
        }
    }

    /// docs/regler.md: the worked lines add up to the result — their sum in øre, rounded once half
    /// away from zero (and never below 0), is `monthly_kr` (review F5).
    #[test]
    fn the_lines_add_up_to_the_amount(s in valid_situation()) {
        let a = assess(&s);
        let mut ydelser = vec![a.ydelse];
        ydelser.extend(a.jobafklaringsforloeb.ydelse);
        for y in ydelser {
            // The result line is last; from sygedagpenge the later kontanthjælp level follows it.
            let result_at = y.lines.len().saturating_sub(if y.basis == YdelseBasis::Sygedagpenge { 2 } else { 1 });
            let Some(result) = y.lines.get(result_at) else { continue };
            let sum: i64 = y.lines[..result_at].iter().map(|line| (line.kr * 100.0).round() as i64).sum();
            let rounded = if sum <= 0 { 0 } else { (sum + 50) / 100 };
            prop_assert_eq!(rounded, y.monthly_kr, "lines {:?}", y.lines);
            prop_assert_eq!(result.kr, y.monthly_kr as f64);
        }
    }

    /// LAB § 114, stk. 4, 2. pkt.: from folkepensionsalderen no forløb, whatever the other answers
    /// (review F2); sygedagpengeloven § 25: no jobafklaringsforløb either (F3).
    #[test]
    fn nothing_from_the_pension_age(s in valid_situation()) {
        let a = assess(&s);
        if s.date >= a.folkepension.date {
            prop_assert_eq!(a.ressourceforloeb.outcome, RessourceforloebOutcome::NotPossible);
            prop_assert_ne!(a.jobafklaringsforloeb.outcome, JobafklaringOutcome::Entitled);
        }
    }

    /// Seed 000: the right needs "fortsat er uarbejdsdygtig"; fit for work decides it whatever the
    /// extension answer (F4). No right ⇒ no jobafklaring ydelse (F9).
    #[test]
    fn jobafklaring_needs_unfitness(s in valid_situation()) {
        let j = assess(&s).jobafklaringsforloeb;
        if s.on_sygedagpenge && !s.unfit_for_work && s.date >= NaiveDate::from_ymd_opt(2014, 7, 1).expect("valid") {
            prop_assert_eq!(j.outcome, JobafklaringOutcome::NotEntitled);
        }
        if matches!(j.outcome, JobafklaringOutcome::NotEntitled | JobafklaringOutcome::NotApplicable) {
            prop_assert!(j.ydelse.is_none());
            prop_assert_eq!(j.max_months, None);
        }
        if let Some(months) = j.max_months {
            prop_assert!(months <= 24);
        }
    }

    #[test]
    fn more_income_never_raises_the_ydelse(s in valid_situation(), more_other in 0.0..5_000.0f64, more_wage in 0.0..5_000.0f64) {
        let before = assess(&s);
        let mut richer = s.clone();
        richer.other_income_monthly += more_other;
        richer.wage_income_monthly += more_wage;
        let after = assess(&richer);
        prop_assert!(after.ydelse.monthly_kr <= before.ydelse.monthly_kr);
        if let (Some(a), Some(b)) = (&after.jobafklaringsforloeb.ydelse, &before.jobafklaringsforloeb.ydelse) {
            prop_assert!(a.monthly_kr <= b.monthly_kr);
        }
    }

    #[test]
    fn a_wish_never_turns_possible_into_not_possible(s in valid_situation()) {
        let mut without = s.clone();
        without.wishes_forloeb = false;
        let mut with = s;
        with.wishes_forloeb = true;
        let (without, with) = (assess(&without), assess(&with));
        if without.ressourceforloeb.outcome == RessourceforloebOutcome::Possible {
            prop_assert_ne!(with.ressourceforloeb.outcome, RessourceforloebOutcome::NotPossible);
        }
        if let (Some(a), Some(b)) = (without.ressourceforloeb.max_months, with.ressourceforloeb.max_months) {
            prop_assert!(b >= a, "a wish shortened the forløb: {} → {}", a, b);
        }
    }

    #[test]
    fn the_case_format_round_trips(s in valid_situation()) {
        let json = serde_json::to_string(&s).expect("serializes");
        prop_assert_eq!(parse_situation(&json).expect("parses"), s);
    }
}
