//! The printable summary: hidden on screen, the only thing printed (style/_print.scss). The
//! inputs, the three answers with every reason and § reference, the worked ydelse, the rules
//! and rates used, the important dates, the date of the calculation and the disclaimer — in
//! the user's language, on one or two A4 pages.

use crate::present::answers::{jobafklaring_reasons, lines_table};
use crate::present::headlines::{ja_headline, rf_headline, y_headline};
use crate::present::markup::el;
use crate::present::timeline::{describe, timeline};
use crate::rules::satser::satser;
use crate::rules::{
    Answer, Assessment, JobafklaringOutcome, Reason, RessourceforloebOutcome, Situation,
    YdelseBefore,
};
use crate::text::{Lang, Texts};
use chrono::NaiveDate;
use std::fmt::Write;

fn yes_no(t: &Texts, on: bool) -> String {
    t.answers[if on { 0 } else { 1 }].to_string()
}

fn answer(t: &Texts, a: Answer) -> String {
    t.answers[match a {
        Answer::Yes => 0,
        Answer::No => 1,
        Answer::Unclear => 2,
    }]
    .to_string()
}

/// (label, value) rows of what was entered, in the form's order; empty optional fields left out.
fn inputs(t: &Texts, s: &Situation) -> Vec<(String, String)> {
    let c = &t.consult;
    let mut rows = vec![
        (t.birth_date, t.date(s.birth_date)),
        (t.forsoerger, yes_no(t, s.forsoerger)),
        (t.hjemmeboende, yes_no(t, s.hjemmeboende)),
        (t.date, t.date(s.date)),
        (t.wishes_forloeb, yes_no(t, s.wishes_forloeb)),
    ];
    if let Some(d) = s.decision_date {
        rows.push((t.decision_date, t.date(d)));
    }
    let mut rows: Vec<(String, String)> =
        rows.into_iter().map(|(l, v)| (l.to_string(), v)).collect();
    if s.previous_forloeb.is_empty() {
        rows.push((t.previous_legend.to_string(), c.sum_none.to_string()));
    }
    for (i, p) in s.previous_forloeb.iter().enumerate() {
        let mut value = (c.tl_range)(&t.date(p.start), &t.date(p.end));
        if p.excluded_days > 0 {
            value = format!("{value}; {}", (c.sum_excluded)(p.excluded_days));
        }
        rows.push(((t.previous_row)(i + 1), value));
    }
    let before = match s.ydelse_before {
        YdelseBefore::Kontanthjaelp => 0,
        YdelseBefore::Sygedagpenge => 1,
        YdelseBefore::Ledighedsydelse => 2,
        YdelseBefore::Foertidspension => 3,
        YdelseBefore::Other => 4,
    };
    rows.push((
        t.ydelse_before.to_string(),
        t.ydelse_before_options[before].to_string(),
    ));
    for (label, kr) in [
        (t.ydelse_before_monthly, s.ydelse_before_monthly),
        (t.other_income_monthly, s.other_income_monthly),
        (t.wage_income_monthly, s.wage_income_monthly),
    ] {
        if kr > 0.0 {
            rows.push((label.to_string(), t.kr_f(kr)));
        }
    }
    if let Some(d) = s.sygedagpenge_until {
        rows.push((t.sygedagpenge_until.to_string(), t.date(d)));
    }
    rows.push((t.on_sygedagpenge.to_string(), yes_no(t, s.on_sygedagpenge)));
    if s.on_sygedagpenge {
        rows.push((
            t.extension.to_string(),
            answer(t, s.sygedagpenge_extension_possible),
        ));
        rows.push((t.unfit_for_work.to_string(), yes_no(t, s.unfit_for_work)));
    }
    rows.push((t.target_group.to_string(), answer(t, s.target_group)));
    rows.push((
        t.perspective.to_string(),
        answer(t, s.development_perspective),
    ));
    rows.push((
        t.rate_year.to_string(),
        satser(s.rate_year).map_or_else(|| s.rate_year.to_string(), c.rate_year_option),
    ));
    rows
}

fn reasons(o: &mut String, reasons: &[Reason], lang: Lang) {
    if reasons.is_empty() {
        return;
    }
    o.push_str("<ul>");
    for r in reasons {
        let law = if r.law.is_empty() {
            String::new()
        } else {
            format!(" ({})", r.law)
        };
        el(
            o,
            "li",
            "",
            &format!("{}{law}", lang.pick(&r.text, &r.text_en)),
        );
    }
    o.push_str("</ul>");
}

#[allow(clippy::too_many_arguments)]
fn answer_section(
    o: &mut String,
    id: &str,
    heading: &str,
    headline: &str,
    subs: &[Option<String>],
    extra: &str,
    why: &[Reason],
    lang: Lang,
) {
    let _ = write!(o, "<section class=\"summary-answer\" id=\"summary-{id}\">");
    el(o, "h3", "", heading);
    el(o, "p", "class=\"summary-headline\"", headline);
    for sub in subs.iter().flatten() {
        el(o, "p", "", sub);
    }
    o.push_str(extra);
    reasons(o, why, lang);
    o.push_str("</section>");
}

/// The whole summary as markup, in `lang`; `current` is the situation and its assessment
/// when the form gives an answer.
pub fn render(
    lang: Lang,
    current: Option<(&Situation, &Assessment)>,
    calculated: NaiveDate,
) -> String {
    let (t, c) = (lang.texts(), lang.c());
    let mut o = String::new();
    el(
        &mut o,
        "h1",
        "id=\"print-summary-title\"",
        &format!("{}: {}", t.title, c.sum_title),
    );
    el(
        &mut o,
        "p",
        "class=\"summary-date\"",
        &(c.sum_calculated)(&t.date(calculated)),
    );
    match current {
        None => el(&mut o, "p", "", c.sum_no_answer),
        Some((s, a)) => {
            el(&mut o, "h2", "", c.sum_inputs);
            o.push_str("<table class=\"summary-inputs\"><tbody>");
            for (label, value) in inputs(t, s) {
                o.push_str("<tr>");
                el(&mut o, "th", "scope=\"row\"", &label);
                el(&mut o, "td", "", &value);
                o.push_str("</tr>");
            }
            o.push_str("</tbody></table>");
            el(&mut o, "h2", "", t.results_heading);
            let rf = &a.ressourceforloeb;
            let wished = match (rf.outcome, rf.max_months) {
                (RessourceforloebOutcome::OnlyIfWished, Some(m)) => {
                    Some((t.rf_only_if_wished_sub)(&t.duration(m)))
                }
                _ => None,
            };
            let subs = [wished, rf.latest_end.map(|d| (t.rf_latest_end)(&t.date(d)))];
            answer_section(
                &mut o,
                "ressourceforloeb",
                t.rf_heading,
                &rf_headline(t, rf),
                &subs,
                "",
                &rf.reasons,
                lang,
            );
            let ja = &a.jobafklaringsforloeb;
            let subs = [
                match (ja.outcome, ja.max_months) {
                    (JobafklaringOutcome::Entitled, Some(m)) => {
                        Some((t.ja_entitled_sub)(&t.duration(m)))
                    }
                    _ => None,
                },
                ja.ydelse
                    .as_ref()
                    .map(|y| (t.ja_ydelse)(&t.kr(y.monthly_kr))),
            ];
            answer_section(
                &mut o,
                "jobafklaringsforloeb",
                t.ja_heading,
                &ja_headline(t, ja),
                &subs,
                "",
                &jobafklaring_reasons(ja),
                lang,
            );
            let y = &a.ydelse;
            let mut table = String::new();
            if !y.lines.is_empty() {
                lines_table(&mut table, y, t, lang, "summary-lines", None);
            }
            answer_section(
                &mut o,
                "ydelse",
                t.y_heading,
                &y_headline(t, y),
                &[],
                &table,
                &y.reasons,
                lang,
            );
            el(&mut o, "h2", "", c.sum_dates);
            o.push_str("<ul>");
            for line in describe(t, &timeline(s, a)) {
                el(&mut o, "li", "", &line);
            }
            o.push_str("</ul>");
            el(&mut o, "h2", "", c.sum_rules);
            reasons(&mut o, &a.notices, lang);
            el(&mut o, "p", "", &(t.rates_used)(y.rate_year));
            if let Some(r) = satser(y.rate_year) {
                el(
                    &mut o,
                    "p",
                    "class=\"summary-source\"",
                    &(c.sum_source)(&r.kilder().join("; ")),
                );
            }
        }
    }
    o.push_str("<div class=\"summary-disclaimer\">");
    el(&mut o, "h2", "", t.guidance_heading);
    el(&mut o, "p", "", t.guidance_text);
    o.push_str("</div>");
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{assess, PreviousForloeb};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn inputs_answers_reasons_rules_date_and_disclaimer() {
        let mut s = Situation::new(d(2024, 3, 1), d(1980, 5, 17));
        s.previous_forloeb = vec![PreviousForloeb {
            start: d(2020, 1, 1),
            end: d(2020, 12, 31),
            excluded_days: 10,
        }];
        s.wage_income_monthly = 2000.0;
        let a = assess(&s);
        let html = render(Lang::Da, Some((&s, &a)), d(2026, 11, 22));
        for part in [
            "Forløbsberegneren: Resumé af en vejledende beregning",
            "Beregnet den 22. november 2026 med Forløbsberegneren.",
            "<th scope=\"row\">Fødselsdato</th><td>17. maj 1980</td>",
            "<th scope=\"row\">Forløb 1</th><td>1. januar 2020 til 31. december 2020; 10 dage med barsel eller sorgorlov</td>",
            "<td>2.000 kr.</td>",
            "<th scope=\"row\">Hvilket års satser skal bruges?</th><td>2021 (nogle satser usikre)</td>",
            "Du kan få et ressourceforløb på højst 3 år",
            "til og med 28. februar 2027: 36 måneder. Kommunen fastsætter den præcise varighed, når den bevilger forløbet (principmeddelelse 82-16). (LAB § 114, stk. 1)",
            "Ydelsen er beregnet med satserne for 2021.",
            "Kilde til satserne: Dansk Erhverv 14-12-2020",
            "<li>1. Du fylder 40 år: 17. maj 2020</li>",
            "Vejledende beregning – kommunen træffer afgørelsen",
        ] {
            assert!(html.contains(part), "missing {part:?} in\n{html}");
        }
        let en = render(Lang::En, Some((&s, &a)), d(2026, 11, 22));
        assert!(en.contains("Calculated on 22 November 2026"));
        assert!(en.contains("<td>DKK 2,000</td>"));
    }

    #[test]
    fn without_an_answer_it_says_so() {
        let html = render(Lang::Da, None, d(2026, 11, 22));
        assert!(html.contains("Der er endnu ikke noget svar"));
        assert!(html.contains("kommunen træffer afgørelsen"));
    }
}
