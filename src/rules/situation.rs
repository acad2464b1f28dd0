//! The situation: the case format's input (SPEC § 7). Field names are a contract shared by
//! case files, the `assess` command and the page's form ids — add fields, never rename them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A three-way answer for the kommune's assessments, where "don't know" is a real answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    Yes,
    No,
    Unclear,
}

/// The benefit the person receives before the new forløb (Y2–Y4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum YdelseBefore {
    Kontanthjaelp,
    Sygedagpenge,
    Ledighedsydelse,
    Foertidspension,
    Other,
}

/// An earlier ressourceforløb; `end` is the last day, inclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviousForloeb {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Days with barsel or sorgorlov that do not count toward the duration (LAB § 114, stk. 1).
    #[serde(default)]
    pub excluded_days: u32,
}

/// One person's situation on the day a new forløb would start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// The day the new forløb would start: selects the regime and the age.
    pub date: NaiveDate,
    /// The day the kommune grants it (lov 1160/2021 § 7); `None` means the same as `date`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_date: Option<NaiveDate>,
    pub birth_date: NaiveDate,
    #[serde(default)]
    pub previous_forloeb: Vec<PreviousForloeb>,
    #[serde(default)]
    pub wishes_forloeb: bool,
    #[serde(default = "yes")]
    pub target_group: Answer,
    #[serde(default = "yes")]
    pub development_perspective: Answer,
    #[serde(default)]
    pub forsoerger: bool,
    #[serde(default)]
    pub hjemmeboende: bool,
    #[serde(default = "kontanthjaelp")]
    pub ydelse_before: YdelseBefore,
    #[serde(default)]
    pub ydelse_before_monthly: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sygedagpenge_until: Option<NaiveDate>,
    #[serde(default)]
    pub other_income_monthly: f64,
    #[serde(default)]
    pub wage_income_monthly: f64,
    #[serde(default = "default_rate_year")]
    pub rate_year: i32,
    #[serde(default)]
    pub on_sygedagpenge: bool,
    #[serde(default = "unclear")]
    pub sygedagpenge_extension_possible: Answer,
    #[serde(default = "yes_bool")]
    pub unfit_for_work: bool,
}

/// The rate year used when none is given: 2021, as the patientvejleder's guide.
pub const DEFAULT_RATE_YEAR: i32 = 2021;

fn yes() -> Answer {
    Answer::Yes
}
fn unclear() -> Answer {
    Answer::Unclear
}
fn kontanthjaelp() -> YdelseBefore {
    YdelseBefore::Kontanthjaelp
}
fn default_rate_year() -> i32 {
    DEFAULT_RATE_YEAR
}
fn yes_bool() -> bool {
    true
}

impl Situation {
    /// A situation with every optional field at its SPEC default.
    pub fn new(date: NaiveDate, birth_date: NaiveDate) -> Self {
        Situation {
            date,
            decision_date: None,
            birth_date,
            previous_forloeb: Vec::new(),
            wishes_forloeb: false,
            target_group: Answer::Yes,
            development_perspective: Answer::Yes,
            forsoerger: false,
            hjemmeboende: false,
            ydelse_before: YdelseBefore::Kontanthjaelp,
            ydelse_before_monthly: 0.0,
            sygedagpenge_until: None,
            other_income_monthly: 0.0,
            wage_income_monthly: 0.0,
            rate_year: DEFAULT_RATE_YEAR,
            on_sygedagpenge: false,
            sygedagpenge_extension_possible: Answer::Unclear,
            unfit_for_work: true,
        }
    }

    /// The grant date, defaulting to the start date.
    pub fn decision_date(&self) -> NaiveDate {
        self.decision_date.unwrap_or(self.date)
    }
}
