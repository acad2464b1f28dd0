//! The assessment: the case format's output (SPEC § 7). Every conclusion carries its reasons,
//! each with the law reference and a plain sentence in Danish and English.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which body of rules is in force on the start date (see `regime.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Regime {
    /// 2013-01-01 – 2021-12-31: forløb of 1–5 years (LAB before lov 1160/2021).
    #[serde(rename = "2013")]
    R2013,
    /// 2022-01-01 – 2026-01-31: lov nr. 1160 af 8. juni 2021 (Bedre ressourceforløb).
    #[serde(rename = "2022")]
    R2022,
    /// From 2026-02-01: lov nr. 1750 af 29. december 2025, no new ressourceforløb.
    #[serde(rename = "2026")]
    R2026,
}

/// What a reason is for, so the page can place it (why / what next / caution / facts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// A rule that decided the outcome.
    Reason,
    /// What the person can do next, mainly when the answer is no.
    NextStep,
    /// A figure or rule not confirmed in a primary source.
    Uncertain,
    /// Rights and facts worth knowing, not deciding the outcome.
    Information,
}

/// One step of the explanation: the law reference and the sentence in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub kind: ReasonKind,
    /// The legal basis as the user sees it, e.g. "LAB § 112, stk. 3".
    pub law: String,
    /// Danish text.
    pub text: String,
    /// English text.
    pub text_en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RessourceforloebOutcome {
    /// The kommune can grant a forløb without the person's wish.
    Possible,
    /// Only if the person wishes it.
    OnlyIfWished,
    NotPossible,
    InsufficientInformation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobafklaringOutcome {
    Entitled,
    NotEntitled,
    InsufficientInformation,
    /// The person is not on sygedagpenge.
    NotApplicable,
}

/// How the monthly ydelse amount is found (Y1–Y4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YdelseBasis {
    Forsoerger,
    IkkeForsoerger,
    /// Under 25 and living with a parent: the lower rate.
    Under25Hjemmeboende,
    Sygedagpenge,
    Ledighedsydelse,
    Foertidspension,
    /// No ressourceforløb can be granted, so there is no ressourceforløbsydelse: `monthly_kr` is
    /// 0 and there are no lines; the reasons say why and what is paid instead.
    NotApplicable,
}

/// The person's folkepensionsalder and the day it is reached (lov om social pension § 1 a).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Folkepension {
    pub age_years: f64,
    pub date: NaiveDate,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RessourceforloebResult {
    pub outcome: RessourceforloebOutcome,
    /// Whole months from `date` to `latest_end`; under `only_if_wished`, the maximum with a wish.
    pub max_months: Option<u32>,
    /// The last day of the longest permitted next forløb.
    pub latest_end: Option<NaiveDate>,
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobafklaringResult {
    pub outcome: JobafklaringOutcome,
    pub max_months: Option<u32>,
    pub reasons: Vec<Reason>,
    /// The ydelse under a jobafklaringsforløb (Y6–Y7), when the person is entitled or unclear;
    /// null when not entitled or not applicable.
    pub ydelse: Option<Ydelse>,
}

/// One line of the worked ydelse calculation, signed (deductions negative).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct YdelseLine {
    pub text: String,
    pub text_en: String,
    pub kr: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ydelse {
    /// Gross per month, whole kroner, never below 0.
    pub monthly_kr: i64,
    pub basis: YdelseBasis,
    pub rate_year: i32,
    pub lines: Vec<YdelseLine>,
    pub reasons: Vec<Reason>,
}

/// The dates a timeline needs, computed by the rules so the page never does date arithmetic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Milestones {
    pub birthday_40: NaiveDate,
    pub birthday_50: NaiveDate,
    /// From the day after this date there are "mindre end 6 år" to folkepensionsalderen.
    pub six_years_before_pension: NaiveDate,
    /// Days counted in earlier forløb (barsel/sorgorlov excluded).
    pub days_in_previous_forloeb: u32,
    /// Aged 40–50 when the 5-year total applies (LAB § 114, stk. 3): `days_in_previous_forloeb`
    /// plus the days the 5 years (counted in calendar terms) still leave from `date`; otherwise null.
    pub five_year_allowance_days: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub regime: Regime,
    /// Which rules apply on the date, and other notices about the whole answer.
    pub notices: Vec<Reason>,
    pub folkepension: Folkepension,
    pub ressourceforloeb: RessourceforloebResult,
    pub jobafklaringsforloeb: JobafklaringResult,
    pub ydelse: Ydelse,
    pub milestones: Milestones,
}

/// Bad input: the field (as a path such as `previous_forloeb[0].end`) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    pub field: String,
    pub message: String,
    pub message_en: String,
}
