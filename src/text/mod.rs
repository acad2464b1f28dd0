//! Every text of the page, one typed catalogue per language (da.rs, en.rs; the consultation
//! tools' texts are its `consult` part): a text missing in one language is a missing struct
//! field, so it fails to compile. The rules' own sentences (reasons, ydelse
//! lines, input errors) arrive in both languages with the assessment and are picked by `Lang`.

use crate::form::Problem;
use crate::rules::satser::Satser;
use chrono::NaiveDate;

mod da;
mod en;
pub use da::DA;
pub use en::EN;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Da,
    En,
}

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }

    /// The consultation tools' texts (timeline, print summary, save, share link, what-if).
    pub fn c(self) -> &'static ConsultTexts {
        &self.texts().consult
    }

    /// Picks the Danish or English variant of a text that comes from the rules.
    pub fn pick<'a>(self, da: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}

pub struct Texts {
    /// The `lang` attribute of the document.
    pub code: &'static str,
    pub skip_link: &'static str,
    pub portal_bar: &'static str,
    pub title: &'static str,
    pub solution_sub: &'static str,
    pub lead: &'static str,
    pub guidance_heading: &'static str,
    pub guidance_text: &'static str,
    pub privacy: &'static str,

    pub form_heading: &'static str,
    pub form_intro: &'static str,
    pub to_results: &'static str,
    pub show_all_fields: &'static str,
    pub show_all_fields_hint: &'static str,
    pub date_hint: &'static str,

    pub about_legend: &'static str,
    pub birth_date: &'static str,
    pub forsoerger: &'static str,
    pub forsoerger_hint: &'static str,
    pub hjemmeboende: &'static str,
    pub hjemmeboende_hint: &'static str,

    pub new_legend: &'static str,
    pub date: &'static str,
    pub date_extra_hint: &'static str,
    pub wishes_forloeb: &'static str,
    pub wishes_forloeb_hint: &'static str,
    pub advanced: &'static str,
    pub decision_date: &'static str,
    pub decision_date_hint: &'static str,

    pub previous_legend: &'static str,
    pub previous_hint: &'static str,
    pub previous_none: &'static str,
    pub previous_row: fn(usize) -> String,
    pub previous_start: &'static str,
    pub previous_end: &'static str,
    pub previous_excluded: &'static str,
    pub previous_excluded_hint: &'static str,
    pub previous_remove: fn(usize) -> String,
    pub previous_add: &'static str,
    /// Shown when the add button is disabled at `MAX_ROWS` rows: why.
    pub previous_max: &'static str,

    pub support_legend: &'static str,
    pub ydelse_before: &'static str,
    /// Labels of `kontanthjaelp`, `sygedagpenge`, `ledighedsydelse`, `foertidspension`, `other`.
    pub ydelse_before_options: [&'static str; 5],
    pub ydelse_before_monthly: &'static str,
    pub ydelse_before_monthly_hint: &'static str,
    pub sygedagpenge_until: &'static str,
    pub sygedagpenge_until_hint: &'static str,
    pub other_income_monthly: &'static str,
    pub other_income_monthly_hint: &'static str,
    pub wage_income_monthly: &'static str,
    pub wage_income_monthly_hint: &'static str,

    pub sick_legend: &'static str,
    pub on_sygedagpenge: &'static str,
    pub on_sygedagpenge_hint: &'static str,
    pub extension: &'static str,
    pub extension_hint: &'static str,
    pub unfit_for_work: &'static str,

    pub kommune_legend: &'static str,
    pub kommune_hint: &'static str,
    /// Labels of `yes`, `no`, `unclear`.
    pub answers: [&'static str; 3],
    pub target_group: &'static str,
    pub target_group_hint: &'static str,
    pub perspective: &'static str,
    pub perspective_hint: &'static str,
    pub indicators_summary: &'static str,
    pub indicators_for: &'static str,
    pub indicators_for_list: [&'static str; 4],
    pub indicators_against: &'static str,
    pub indicators_against_list: [&'static str; 4],
    pub indicators_source: &'static str,

    pub rates_legend: &'static str,
    pub rate_year: &'static str,
    pub rate_year_hint: &'static str,

    pub results_heading: &'static str,
    pub results_waiting: &'static str,
    pub results_invalid: &'static str,
    pub results_pending: &'static str,
    pub summary_label: &'static str,
    pub no_script: &'static str,
    pub form_still_here: &'static str,
    pub no_wasm_heading: &'static str,
    pub no_wasm: &'static str,
    pub crash_heading: &'static str,
    pub crash: &'static str,
    pub notices_heading: &'static str,
    pub rates_used: fn(i32) -> String,
    pub why: &'static str,
    pub next: &'static str,
    pub uncertain: &'static str,
    pub good_to_know: &'static str,

    pub rf_heading: &'static str,
    pub rf_possible: fn(&str) -> String,
    pub rf_possible_no_limit: &'static str,
    pub rf_only_if_wished: &'static str,
    pub rf_only_if_wished_sub: fn(&str) -> String,
    pub rf_not_possible: &'static str,
    pub rf_insufficient: &'static str,
    pub rf_latest_end: fn(&str) -> String,

    pub ja_heading: &'static str,
    pub ja_entitled: &'static str,
    pub ja_entitled_sub: fn(&str) -> String,
    pub ja_not_entitled: &'static str,
    pub ja_insufficient: &'static str,
    pub ja_not_applicable: &'static str,
    pub ja_ydelse: fn(&str) -> String,

    pub y_heading: &'static str,
    pub y_headline: fn(&str) -> String,
    pub y_foertidspension: &'static str,
    pub y_not_applicable: &'static str,
    pub sources_link: &'static str,
    pub sources_link_rest: &'static str,
    pub y_lines_caption: &'static str,
    pub y_total: &'static str,

    pub milestones_heading: &'static str,
    pub ms_40: &'static str,
    pub ms_50: &'static str,
    pub ms_six_years: &'static str,
    pub ms_pension: fn(&str) -> String,
    pub ms_days_used: &'static str,
    pub days: fn(u32) -> String,

    pub not_covered_heading: &'static str,
    pub not_covered: [&'static str; 5],

    pub errors_heading: &'static str,
    pub error_prefix: &'static str,
    pub err_required: &'static str,
    pub err_date: &'static str,
    pub err_no_such_date: &'static str,
    pub err_amount: &'static str,
    pub err_negative: &'static str,
    pub err_too_large: &'static str,
    pub err_days: &'static str,
    pub err_future: &'static str,
    pub err_choice: &'static str,

    pub footer_text: &'static str,
    pub languages_label: &'static str,
    pub selected_language: &'static str,

    /// Formatting shared with the rules' own sentences (`rules::tekst`).
    pub fmt_date: fn(NaiveDate) -> String,
    pub fmt_kr: fn(f64) -> String,
    pub years_months: fn(u32, u32) -> String,
    pub consult: ConsultTexts,
}

pub struct ConsultTexts {
    pub tl_heading: &'static str,
    pub tl_intro: &'static str,
    pub tl_previous: fn(usize) -> String,
    pub tl_longest: &'static str,
    pub tl_if_wished: &'static str,
    pub tl_start: &'static str,
    pub tl_range: fn(&str, &str) -> String,
    pub tl_allowance: fn(&str, &str) -> String,

    pub tools_heading: &'static str,
    pub print_button: &'static str,
    pub print_hint: &'static str,
    pub share_button: &'static str,
    pub share_note: &'static str,
    pub share_copied: &'static str,
    pub share_manual: &'static str,
    pub share_field: &'static str,
    pub save_label: &'static str,
    pub save_hint: &'static str,
    pub saved: &'static str,
    pub delete_button: &'static str,
    pub deleted: &'static str,

    pub notice_stored: &'static str,
    pub notice_link: &'static str,
    pub notice_blocked: &'static str,
    pub notice_from_link: &'static str,
    pub notice_stored_newer: &'static str,
    pub notice_discard: &'static str,
    pub notice_kept: &'static str,
    pub notice_use_stored: &'static str,
    pub notice_save_link: &'static str,
    /// Fields that could not be read (from the link: `true`), as a list of labels.
    pub notice_skipped: fn(bool, &str) -> String,

    pub sum_title: &'static str,
    pub sum_calculated: fn(&str) -> String,
    pub sum_inputs: &'static str,
    pub sum_none: &'static str,
    pub sum_no_answer: &'static str,
    pub sum_rules: &'static str,
    pub sum_source: fn(&str) -> String,
    pub sum_dates: &'static str,
    pub sum_excluded: fn(u32) -> String,

    pub wi_button: &'static str,
    pub wi_hide: &'static str,
    pub wi_wish_caption: &'static str,
    pub wi_without: &'static str,
    pub wi_with: &'static str,
    pub wi_now: &'static str,
    pub wi_answer: &'static str,
    pub wi_longest: &'static str,
    /// Said instead of the table when the wish changes nothing; the answer as argument.
    pub wi_same: fn(&str) -> String,
    pub wi_rates_caption: &'static str,
    pub wi_rates_year: &'static str,
    pub wi_rates_amount: &'static str,
    /// The label of a rate year in the select and the tables; `false` = secondary sources.
    /// A rate year as offered: marked when not every figure is verified (docs/kilder.md).
    pub rate_year_option: fn(&Satser) -> String,
}

impl Texts {
    pub fn date(&self, d: NaiveDate) -> String {
        (self.fmt_date)(d)
    }

    /// Whole kroner: "11.698 kr." / "DKK 11,698".
    pub fn kr(&self, kr: i64) -> String {
        (self.fmt_kr)(kr as f64)
    }

    /// A line of the worked calculation, rounded to whole kroner like the total.
    pub fn kr_f(&self, kr: f64) -> String {
        (self.fmt_kr)(kr.round())
    }

    pub fn duration(&self, months: u32) -> String {
        (self.years_months)(months / 12, months % 12)
    }

    /// The message for a field problem; the rules' messages come in both languages.
    pub fn problem<'a>(&self, problem: &'a Problem) -> &'a str {
        match problem {
            Problem::Required => self.err_required,
            Problem::NotADate => self.err_date,
            Problem::NoSuchDate => self.err_no_such_date,
            Problem::NotAnAmount => self.err_amount,
            Problem::Negative => self.err_negative,
            Problem::TooLarge => self.err_too_large,
            Problem::NotWholeDays => self.err_days,
            Problem::InFuture => self.err_future,
            Problem::NotAChoice => self.err_choice,
            Problem::Rule { da, en } => match self.code {
                "da" => da,
                _ => en,
            },
        }
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(DA.duration(36), "3 år");
        assert_eq!(DA.duration(30), "2 år og 6 måneder");
        assert_eq!(DA.duration(1), "1 måned");
        assert_eq!(EN.duration(13), "1 year and 1 month");
        assert_eq!(EN.duration(24), "2 years");
    }

    #[test]
    fn amounts_and_dates_follow_the_language() {
        assert_eq!(DA.kr(11698), "11.698 kr.");
        assert_eq!(EN.kr(1234567), "DKK 1,234,567");
        assert_eq!(DA.kr_f(-499.6), "-500 kr.");
        let d = NaiveDate::from_ymd_opt(2024, 3, 15).unwrap();
        assert_eq!(DA.date(d), "15. marts 2024");
        assert_eq!(EN.date(d), "15 March 2024");
    }
}
