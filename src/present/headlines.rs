//! The one-line answers (headlines) and milestone labels, as plain text: used by the result
//! panels, the screen-reader status, the print summary, the timeline and the what-if tables.

use crate::rules::{
    JobafklaringOutcome, JobafklaringResult, RessourceforloebOutcome, RessourceforloebResult,
    Ydelse, YdelseBasis,
};
use crate::text::Texts;

pub fn rf_headline(t: &Texts, r: &RessourceforloebResult) -> String {
    match r.outcome {
        RessourceforloebOutcome::Possible => match r.max_months {
            Some(m) => (t.rf_possible)(&t.duration(m)),
            None => t.rf_possible_no_limit.to_string(),
        },
        RessourceforloebOutcome::OnlyIfWished => t.rf_only_if_wished.to_string(),
        RessourceforloebOutcome::NotPossible => t.rf_not_possible.to_string(),
        RessourceforloebOutcome::InsufficientInformation => t.rf_insufficient.to_string(),
    }
}

pub fn ja_headline(t: &Texts, j: &JobafklaringResult) -> String {
    match j.outcome {
        JobafklaringOutcome::Entitled => t.ja_entitled,
        JobafklaringOutcome::NotEntitled => t.ja_not_entitled,
        JobafklaringOutcome::InsufficientInformation => t.ja_insufficient,
        JobafklaringOutcome::NotApplicable => t.ja_not_applicable,
    }
    .to_string()
}

pub fn y_headline(t: &Texts, y: &Ydelse) -> String {
    match y.basis {
        YdelseBasis::Foertidspension => t.y_foertidspension.to_string(),
        YdelseBasis::NotApplicable => t.y_not_applicable.to_string(),
        _ => (t.y_headline)(&t.kr(y.monthly_kr)),
    }
}

/// "Du når folkepensionsalderen (67½ år)": pension ages are whole or half years (SPEC § 4).
pub fn pension_milestone(t: &Texts, age_years: f64) -> String {
    let half_years = (age_years * 2.0).round() as u32;
    let half = if half_years % 2 == 1 { "½" } else { "" };
    (t.ms_pension)(&format!("{}{half}", half_years / 2))
}
