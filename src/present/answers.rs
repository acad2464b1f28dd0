//! The three answers as markup (see `markup.rs`), from the `Assessment`: a plain headline, the
//! worked reasoning with the figures and § references, and what to do next. A "no" is a
//! result, styled as one. The `Results` component (results.rs) draws it whole on each change of
//! the situation or the language; nothing in it is interacted with beyond opening a `<details>`.

use crate::present::headlines::{ja_headline, pension_milestone, rf_headline, y_headline};
use crate::present::markup::{el, esc, icon_html, list, IconKind};
use crate::rules::{
    Assessment, JobafklaringOutcome, JobafklaringResult, Reason, ReasonKind, Regime,
    RessourceforloebOutcome, RessourceforloebResult, Ydelse, YdelseBasis,
};
use crate::text::{Lang, Texts};
use std::fmt::Write;

/// Why there is no answer to show.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum NoAnswer {
    /// The birth date or the start date is still empty.
    Required,
    /// A field is being typed (not yet readable, and not yet judged: no problem is on show).
    Pending,
    /// Problems are on show in the form.
    Invalid,
}

/// Everything that depends on the assessment. Without one: why not (`NoAnswer`), never an
/// "errors" note while no error is on show.
pub fn answers_html(a: Option<&Assessment>, missing: NoAnswer, lang: Lang) -> String {
    let t = lang.texts();
    let mut out = String::new();
    match a {
        Some(a) => {
            notices(&mut out, a, t, lang);
            ressourceforloeb_panel(&mut out, &a.ressourceforloeb, t, lang);
            jobafklaring_panel(&mut out, &a.jobafklaringsforloeb, t, lang);
            ydelse_panel(&mut out, &a.ydelse, t, lang);
            milestones(&mut out, a, t);
            sources_link(&mut out, t, lang);
        }
        None if missing == NoAnswer::Required => el(
            &mut out,
            "p",
            "class=\"results-waiting\"",
            t.results_waiting,
        ),
        None if missing == NoAnswer::Pending => el(
            &mut out,
            "p",
            "class=\"results-waiting results-pending\"",
            t.results_pending,
        ),
        None => {
            out.push_str("<div class=\"alert alert-warning results-invalid\">");
            out.push_str(&icon_html(IconKind::Warning));
            out.push_str("<div class=\"alert-body\">");
            el(&mut out, "p", "class=\"alert-text\"", t.results_invalid);
            out.push_str("</div></div>");
        }
    }
    out
}

/// Every answer rests on the rules and rates the "Regler og kilder" page lists (src/present/kilder.rs);
/// a new window, so a consultation in progress is not left.
fn sources_link(out: &mut String, t: &Texts, lang: Lang) {
    let _ = write!(
        out,
        "<p class=\"sources-link\" id=\"sources-link\"><a href=\"{}\" target=\"_blank\" rel=\"noopener\">{}</a> {}</p>",
        crate::present::kilder::file_name(lang),
        esc(t.sources_link),
        esc(t.sources_link_rest)
    );
}

/// The three headlines, each a link to its panel: on a phone, where the answer is below the
/// form, the short answer stays in reach while the form is filled in (results.rs).
pub fn summary_html(a: &Assessment, lang: Lang) -> String {
    let t = lang.texts();
    let mut out = String::new();
    el(
        &mut out,
        "p",
        "class=\"answer-summary-label\"",
        t.summary_label,
    );
    out.push_str("<ul class=\"nobullet-list\">");
    for (id, title, headline) in [
        (
            "ressourceforloeb",
            t.rf_heading,
            rf_headline(t, &a.ressourceforloeb),
        ),
        (
            "jobafklaringsforloeb",
            t.ja_heading,
            ja_headline(t, &a.jobafklaringsforloeb),
        ),
        ("ydelse", t.y_heading, y_headline(t, &a.ydelse)),
    ] {
        let _ = write!(
            out,
            "<li><a class=\"function-link\" href=\"#{id}-result\" data-panel=\"{id}-result\"><strong>{}:</strong> {}</a></li>",
            esc(title),
            esc(&headline)
        );
    }
    out.push_str("</ul>");
    out
}

/// What the calculator leaves out: the content of the `<details class="not-covered">` under the
/// answer.
pub fn not_covered_html(t: &Texts) -> String {
    let mut out = String::new();
    el(
        &mut out,
        "summary",
        "class=\"details-summary\"",
        t.not_covered_heading,
    );
    out.push_str("<div class=\"details-text\">");
    list(&mut out, &t.not_covered);
    out.push_str("</div>");
    out
}

/// The case-format value of an outcome (SPEC § 7), for the panels' data attributes.
fn rf_value(outcome: RessourceforloebOutcome) -> &'static str {
    match outcome {
        RessourceforloebOutcome::Possible => "possible",
        RessourceforloebOutcome::OnlyIfWished => "only_if_wished",
        RessourceforloebOutcome::NotPossible => "not_possible",
        RessourceforloebOutcome::InsufficientInformation => "insufficient_information",
    }
}

fn ja_value(outcome: JobafklaringOutcome) -> &'static str {
    match outcome {
        JobafklaringOutcome::Entitled => "entitled",
        JobafklaringOutcome::NotEntitled => "not_entitled",
        JobafklaringOutcome::InsufficientInformation => "insufficient_information",
        JobafklaringOutcome::NotApplicable => "not_applicable",
    }
}

/// The jobafklaringsforløb's reasons followed by those of its ydelse.
pub fn jobafklaring_reasons(j: &JobafklaringResult) -> Vec<Reason> {
    let ydelse = j.ydelse.iter().flat_map(|y| y.reasons.iter());
    j.reasons.iter().chain(ydelse).cloned().collect()
}

fn ydelse_basis_name(basis: YdelseBasis) -> &'static str {
    match basis {
        YdelseBasis::Forsoerger => "forsoerger",
        YdelseBasis::IkkeForsoerger => "ikke_forsoerger",
        YdelseBasis::Under25Hjemmeboende => "under25_hjemmeboende",
        YdelseBasis::Sygedagpenge => "sygedagpenge",
        YdelseBasis::Ledighedsydelse => "ledighedsydelse",
        YdelseBasis::Foertidspension => "foertidspension",
        YdelseBasis::NotApplicable => "not_applicable",
    }
}

/// Which rules apply on the chosen date, and which year's rates are used.
fn notices(out: &mut String, a: &Assessment, t: &Texts, lang: Lang) {
    // No new ressourceforløb from 1 February 2026: the most important fact on the page then.
    let (class, icon) = match a.regime {
        Regime::R2026 => ("alert alert-warning notices", IconKind::Warning),
        _ => ("alert alert-info notices", IconKind::Info),
    };
    let _ = write!(
        out,
        "<div class=\"{class}\" id=\"notices\">{}<div class=\"alert-body\">",
        icon_html(icon)
    );
    el(out, "h3", "class=\"alert-heading\"", t.notices_heading);
    for n in &a.notices {
        out.push_str("<p class=\"alert-text\">");
        sentence(out, n, lang);
        out.push_str("</p>");
    }
    el(
        out,
        "p",
        "class=\"alert-text\"",
        &(t.rates_used)(a.ydelse.rate_year),
    );
    out.push_str("</div></div>");
}

/// A reason's sentence with its § reference beside it.
fn sentence(out: &mut String, reason: &Reason, lang: Lang) {
    out.push_str(&esc(lang.pick(&reason.text, &reason.text_en)));
    if !reason.law.is_empty() {
        out.push(' ');
        el(out, "span", "class=\"law\"", &reason.law);
    }
}

/// The reasons grouped by what they are for: why, what next, what is uncertain, good to know.
fn reasons(out: &mut String, reasons: &[Reason], t: &Texts, lang: Lang) {
    let list = |out: &mut String, kind: ReasonKind| {
        out.push_str("<ul class=\"reasons\">");
        for r in reasons.iter().filter(|r| r.kind == kind) {
            out.push_str("<li>");
            sentence(out, r, lang);
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    };
    let has = |kind: ReasonKind| reasons.iter().any(|r| r.kind == kind);
    for (kind, heading, class) in [
        (ReasonKind::Reason, t.why, "reasons-why"),
        (ReasonKind::NextStep, t.next, "reasons-next"),
        (ReasonKind::Uncertain, t.uncertain, "reasons-uncertain"),
    ] {
        if has(kind) {
            let _ = write!(out, "<div class=\"{class}\">");
            el(out, "h4", "", heading);
            list(out, kind);
            out.push_str("</div>");
        }
    }
    if has(ReasonKind::Information) {
        out.push_str("<details class=\"details\">");
        el(out, "summary", "class=\"details-summary\"", t.good_to_know);
        out.push_str("<div class=\"details-text\">");
        list(out, ReasonKind::Information);
        out.push_str("</div></details>");
    }
}

/// The opening of a result panel: its section with the contract's data attributes, title and
/// headline.
fn panel_start(out: &mut String, id: &str, tone: &str, data: &str, title: &str, headline: &str) {
    let _ = write!(
        out,
        "<section class=\"result-panel {tone}\" id=\"{id}-result\"{data} aria-labelledby=\"{id}-heading\">"
    );
    el(
        out,
        "h3",
        &format!("class=\"result-title\" id=\"{id}-heading\""),
        title,
    );
    el(out, "p", "class=\"result-headline\"", headline);
}

fn sub(out: &mut String, text: &str) {
    el(out, "p", "class=\"result-sub\"", text);
}

fn ressourceforloeb_panel(out: &mut String, r: &RessourceforloebResult, t: &Texts, lang: Lang) {
    let tone = match r.outcome {
        RessourceforloebOutcome::Possible => "result--yes",
        RessourceforloebOutcome::OnlyIfWished => "result--conditional",
        RessourceforloebOutcome::NotPossible => "result--no",
        RessourceforloebOutcome::InsufficientInformation => "result--unknown",
    };
    let mut data = format!(" data-outcome=\"{}\"", rf_value(r.outcome));
    if let Some(m) = r.max_months {
        let _ = write!(data, " data-max-months=\"{m}\"");
    }
    panel_start(
        out,
        "ressourceforloeb",
        tone,
        &data,
        t.rf_heading,
        &rf_headline(t, r),
    );
    if let (RessourceforloebOutcome::OnlyIfWished, Some(m)) = (r.outcome, r.max_months) {
        sub(out, &(t.rf_only_if_wished_sub)(&t.duration(m)));
    }
    if let Some(d) = r.latest_end {
        sub(out, &(t.rf_latest_end)(&t.date(d)));
    }
    reasons(out, &r.reasons, t, lang);
    out.push_str("</section>");
}

fn jobafklaring_panel(out: &mut String, j: &JobafklaringResult, t: &Texts, lang: Lang) {
    let tone = match j.outcome {
        JobafklaringOutcome::Entitled => "result--yes",
        JobafklaringOutcome::NotEntitled => "result--no",
        JobafklaringOutcome::InsufficientInformation => "result--unknown",
        JobafklaringOutcome::NotApplicable => "result--neutral",
    };
    let data = format!(" data-outcome=\"{}\"", ja_value(j.outcome));
    panel_start(
        out,
        "jobafklaringsforloeb",
        tone,
        &data,
        t.ja_heading,
        &ja_headline(t, j),
    );
    if let (JobafklaringOutcome::Entitled, Some(m)) = (j.outcome, j.max_months) {
        sub(out, &(t.ja_entitled_sub)(&t.duration(m)));
    }
    if let Some(y) = &j.ydelse {
        sub(out, &(t.ja_ydelse)(&t.kr(y.monthly_kr)));
        lines(out, y, t, lang);
    }
    // The amount's own reasons (its rates, their sources, the rates in force on the date) too:
    // an estimate is never shown without them.
    reasons(out, &jobafklaring_reasons(j), t, lang);
    out.push_str("</section>");
}

fn ydelse_panel(out: &mut String, y: &Ydelse, t: &Texts, lang: Lang) {
    let data = format!(
        " data-monthly-kr=\"{}\" data-basis=\"{}\"",
        y.monthly_kr,
        ydelse_basis_name(y.basis)
    );
    panel_start(
        out,
        "ydelse",
        "result--neutral",
        &data,
        t.y_heading,
        &y_headline(t, y),
    );
    lines(out, y, t, lang);
    reasons(out, &y.reasons, t, lang);
    out.push_str("</section>");
}

/// The worked arithmetic, line by line, ending in the monthly amount.
fn lines(out: &mut String, y: &Ydelse, t: &Texts, lang: Lang) {
    if !y.lines.is_empty() {
        lines_table(out, y, t, lang, "ydelse-lines", Some(t.y_lines_caption));
    }
}

/// The ydelse's lines as a table (also in the print summary, with its own class).
pub fn lines_table(
    out: &mut String,
    y: &Ydelse,
    t: &Texts,
    lang: Lang,
    class: &str,
    caption: Option<&str>,
) {
    let _ = write!(out, "<table class=\"{class}\">");
    if let Some(caption) = caption {
        el(out, "caption", "", caption);
    }
    out.push_str("<tbody>");
    for l in &y.lines {
        out.push_str("<tr>");
        el(out, "td", "", lang.pick(&l.text, &l.text_en));
        el(out, "td", "class=\"amount\"", &t.kr_f(l.kr));
        out.push_str("</tr>");
    }
    out.push_str("</tbody><tfoot><tr>");
    el(out, "th", "scope=\"row\"", t.y_total);
    el(out, "td", "class=\"amount\"", &t.kr(y.monthly_kr));
    out.push_str("</tr></tfoot></table>");
}

/// The dates that matter for the rules, as computed by the rules.
fn milestones(out: &mut String, a: &Assessment, t: &Texts) {
    let m = &a.milestones;
    let rows = [
        (t.ms_40.to_string(), t.date(m.birthday_40)),
        (t.ms_50.to_string(), t.date(m.birthday_50)),
        (
            t.ms_six_years.to_string(),
            t.date(m.six_years_before_pension),
        ),
        (
            pension_milestone(t, a.folkepension.age_years),
            t.date(a.folkepension.date),
        ),
        (
            t.ms_days_used.to_string(),
            (t.days)(m.days_in_previous_forloeb),
        ),
    ];
    out.push_str("<section class=\"milestones\" aria-labelledby=\"milestones-heading\">");
    el(out, "h3", "id=\"milestones-heading\"", t.milestones_heading);
    out.push_str("<dl>");
    for (label, value) in rows {
        el(out, "dt", "", &label);
        el(out, "dd", "", &value);
    }
    out.push_str("</dl></section>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{assess, PreviousForloeb, Situation};
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Seed case 1: over 50, a second forløb, wished: only if wished, at most 60 months.
    fn sag_1() -> Assessment {
        let mut s = Situation::new(d(2021, 9, 1), d(1967, 2, 12));
        s.previous_forloeb = vec![PreviousForloeb {
            start: d(2018, 9, 1),
            end: d(2021, 8, 31),
            excluded_days: 0,
        }];
        s.wishes_forloeb = true;
        assess(&s)
    }

    #[test]
    fn panels_carry_the_contract_attributes_headlines_and_reasons() {
        let a = sag_1();
        let html = answers_html(Some(&a), NoAnswer::Invalid, Lang::Da);
        for part in [
            "<section class=\"result-panel result--conditional\" id=\"ressourceforloeb-result\" data-outcome=\"only_if_wished\" data-max-months=\"60\" aria-labelledby=\"ressourceforloeb-heading\">",
            "<h3 class=\"result-title\" id=\"ressourceforloeb-heading\">",
            "id=\"jobafklaringsforloeb-result\" data-outcome=\"",
            &format!("id=\"ydelse-result\" data-monthly-kr=\"{}\"", a.ydelse.monthly_kr),
            "<div class=\"alert alert-info notices\" id=\"notices\"><svg class=\"icon-svg alert-icon\"",
            "<div class=\"reasons-why\"><h4>",
            "<span class=\"law\">LAB § 114, stk. 3 (før 1. januar 2022)</span></li>",
            "<table class=\"ydelse-lines\"><caption>",
            "<section class=\"milestones\" aria-labelledby=\"milestones-heading\">",
            "<dt>Du fylder 40 år</dt><dd>12. februar 2007</dd>",
        ] {
            assert!(html.contains(part), "missing {part:?} in\n{html}");
        }
        assert!(html.contains(&rf_headline(Lang::Da.texts(), &a.ressourceforloeb)));
        assert!(html.contains("<p class=\"sources-link\" id=\"sources-link\"><a href=\"kilder.html\" target=\"_blank\" rel=\"noopener\">Regler og kilder</a>"));
        // Every section and element is closed (a stray tag would swallow the timeline after it).
        for tag in ["section", "div", "ul", "li", "p", "table", "details", "dl"] {
            let opened = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            assert_eq!(
                opened,
                html.matches(&format!("</{tag}>")).count(),
                "<{tag}>"
            );
        }
        let en = answers_html(Some(&a), NoAnswer::Invalid, Lang::En);
        assert!(en.contains(&rf_headline(Lang::En.texts(), &a.ressourceforloeb)));
        assert!(en.contains("<span class=\"law\">LAB § 114, stk. 3 (før 1. januar 2022)</span>"));
        assert!(!en.contains("Du fylder 40 år"));
    }

    /// The data attributes use the case format's own names (SPEC § 7), as the JSON output does.
    #[test]
    fn data_attribute_values_are_the_case_format_names() {
        use YdelseBasis::*;
        for basis in [
            Forsoerger,
            IkkeForsoerger,
            Under25Hjemmeboende,
            Sygedagpenge,
            Ledighedsydelse,
            Foertidspension,
            NotApplicable,
        ] {
            assert_eq!(
                serde_json::to_string(&basis).unwrap(),
                format!("\"{}\"", ydelse_basis_name(basis))
            );
        }
    }

    /// A jobafklaring estimate at 2021 rates for a 2026 start says those rates were not found
    /// (issue 10): the amount's reasons are in its panel.
    #[test]
    fn the_jobafklaring_amount_carries_its_rate_reasons() {
        let mut s = Situation::new(d(2026, 12, 3), d(1975, 4, 10));
        s.on_sygedagpenge = true;
        s.sygedagpenge_extension_possible = crate::rules::Answer::No;
        let html = answers_html(Some(&assess(&s)), NoAnswer::Invalid, Lang::Da);
        let panel = html
            .split("id=\"jobafklaringsforloeb-result\"")
            .nth(1)
            .unwrap()
            .split("</section>")
            .next()
            .unwrap();
        assert!(
            panel.contains("satserne for 2026 gælder. Dem har vi ikke fundet"),
            "{panel}"
        );
        assert!(
            panel.contains("Dansk Erhverv 14-12-2020"),
            "the secondary source of the 2021 rate"
        );
    }

    /// Where no ressourceforløb can be granted the panel shows no amount and no table (F9).
    #[test]
    fn no_amount_where_no_forloeb_can_be_granted() {
        let a = assess(&Situation::new(d(2026, 3, 1), d(1980, 5, 17)));
        let html = answers_html(Some(&a), NoAnswer::Invalid, Lang::Da);
        assert!(html
            .contains("id=\"ydelse-result\" data-monthly-kr=\"0\" data-basis=\"not_applicable\""));
        assert!(html.contains(Lang::Da.texts().y_not_applicable) && !html.contains("ydelse-lines"));
    }

    #[test]
    fn after_1_february_2026_the_notice_is_a_warning() {
        let a = assess(&Situation::new(d(2026, 3, 1), d(1980, 5, 17)));
        let html = answers_html(Some(&a), NoAnswer::Invalid, Lang::Da);
        assert!(html.starts_with("<div class=\"alert alert-warning notices\" id=\"notices\">"));
    }

    #[test]
    fn without_an_assessment_it_says_what_is_missing_or_wrong() {
        let t = Lang::Da.texts();
        assert_eq!(
            answers_html(None, NoAnswer::Required, Lang::Da),
            format!(
                "<p class=\"results-waiting\">{}</p>",
                esc(t.results_waiting)
            )
        );
        let pending = answers_html(None, NoAnswer::Pending, Lang::Da);
        assert!(pending.contains(&esc(t.results_pending)));
        assert!(!pending.contains(&esc(t.results_invalid)) && !pending.contains("alert"));
        let invalid = answers_html(None, NoAnswer::Invalid, Lang::En);
        assert!(invalid.starts_with("<div class=\"alert alert-warning results-invalid\"><svg"));
        assert!(invalid.contains(&esc(Lang::En.texts().results_invalid)));
    }

    #[test]
    fn the_short_answer_links_each_headline_to_its_panel() {
        let a = assess(&Situation::new(d(2024, 1, 15), d(1961, 8, 20)));
        let html = summary_html(&a, Lang::Da);
        let t = Lang::Da.texts();
        for (id, headline) in [
            ("ressourceforloeb", rf_headline(t, &a.ressourceforloeb)),
            (
                "jobafklaringsforloeb",
                ja_headline(t, &a.jobafklaringsforloeb),
            ),
            ("ydelse", y_headline(t, &a.ydelse)),
        ] {
            let link = format!("href=\"#{id}-result\" data-panel=\"{id}-result\">");
            let at = html.find(&link).unwrap_or_else(|| panic!("{id}: {html}"));
            assert!(html[at..].contains(&esc(&headline)));
            // The link's target is a panel of the full answer.
            let full = answers_html(Some(&a), NoAnswer::Invalid, Lang::Da);
            assert!(full.contains(&format!("id=\"{id}-result\"")));
        }
        // Less than 6 years to folkepensionsalderen (LAB § 112, stk. 3): only if wished.
        assert!(html.contains(&esc(t.rf_only_if_wished)));
        assert_eq!(html.matches("<li>").count(), 3);
    }
}
