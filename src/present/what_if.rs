//! What-if: the same situation with and without the person's own wish for a forløb, and the
//! ydelse under every rate year with sourced rates, side by side. Every figure comes from
//! `rules::assess` on a modified situation; nothing here decides anything.

use crate::present::headlines::rf_headline;
use crate::rules::satser::{Satser, SATSER};
use crate::rules::{assess, RessourceforloebResult, Situation, Ydelse, YdelseBasis};
use crate::text::Texts;

#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    pub year: i32,
    pub rates: &'static Satser,
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
            .filter(|satser| satser.selectable())
            .map(|satser| YearRow {
                year: satser.year,
                rates: satser,
                ydelse: with(&|c| c.rate_year = satser.year).ydelse,
                chosen: satser.year == s.rate_year,
            })
            .collect(),
    }
}

/// The two comparison tables as markup; the wish's table only when the wish changes what it
/// shows (mostly it does not), else one sentence saying so.
pub fn render(t: &Texts, w: &WhatIf) -> String {
    let c = &t.consult;
    use crate::present::markup::el;
    let mut o = String::new();
    let shown = |r: &RessourceforloebResult| (rf_headline(t, r), r.latest_end);
    if shown(&w.without_wish) == shown(&w.with_wish) {
        el(
            &mut o,
            "p",
            "class=\"what-if-same\" id=\"what-if-wish\"",
            &(c.wi_same)(&rf_headline(t, &w.with_wish)),
        );
    } else {
        wish_table(&mut o, t, w);
    }
    rates_table(&mut o, t, w);
    o
}

fn wish_table(o: &mut String, t: &Texts, w: &WhatIf) {
    let c = &t.consult;
    use crate::present::markup::{el, esc};
    use std::fmt::Write;
    let _ = write!(
        o,
        "<table class=\"what-if-table\" id=\"what-if-wish\"><caption>{}</caption><thead><tr><td></td>",
        esc(c.wi_wish_caption)
    );
    let cols = [
        (c.wi_without, &w.without_wish, !w.wishes_now),
        (c.wi_with, &w.with_wish, w.wishes_now),
    ];
    for (label, _, now) in cols {
        let _ = write!(o, "<th scope=\"col\">{}", esc(label));
        if now {
            let _ = write!(
                o,
                "<br><span class=\"what-if-now\">({})</span>",
                esc(c.wi_now)
            );
        }
        o.push_str("</th>");
    }
    let _ = write!(
        o,
        "</tr></thead><tbody><tr><th scope=\"row\">{}</th>",
        esc(c.wi_answer)
    );
    for (_, r, _) in cols {
        el(o, "td", "", &rf_headline(t, r));
    }
    let _ = write!(o, "</tr><tr><th scope=\"row\">{}</th>", esc(c.wi_longest));
    for (_, r, _) in cols {
        el(
            o,
            "td",
            "",
            &r.latest_end
                .map(|d| t.date(d))
                .unwrap_or_else(|| "–".into()),
        );
    }
    o.push_str("</tr></tbody></table>");
}

fn rates_table(o: &mut String, t: &Texts, w: &WhatIf) {
    let c = &t.consult;
    use crate::present::markup::{el, esc};
    use std::fmt::Write;
    let _ = write!(
        o,
        "<table class=\"what-if-table\" id=\"what-if-rates\"><caption>{}</caption>\
         <thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"amount\">{}</th></tr></thead><tbody>",
        esc(c.wi_rates_caption),
        esc(c.wi_rates_year),
        esc(c.wi_rates_amount)
    );
    for y in &w.years {
        let mut label = (c.rate_year_option)(y.rates);
        if y.chosen {
            label = format!("{label} ({})", c.wi_now);
        }
        let amount = match y.ydelse.basis {
            YdelseBasis::Foertidspension => t.y_foertidspension.to_string(),
            YdelseBasis::NotApplicable => t.y_not_applicable.to_string(),
            _ => t.kr(y.ydelse.monthly_kr),
        };
        let chosen = if y.chosen {
            " class=\"what-if-chosen\""
        } else {
            ""
        };
        let _ = write!(
            o,
            "<tr{chosen} data-year=\"{}\" data-monthly-kr=\"{}\">",
            y.year, y.ydelse.monthly_kr
        );
        el(o, "th", "scope=\"row\"", &label);
        el(o, "td", "class=\"amount\"", &amount);
        o.push_str("</tr>");
    }
    o.push_str("</tbody></table>");
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
        assert_eq!(
            w.without_wish.outcome,
            RessourceforloebOutcome::OnlyIfWished
        );
        assert_eq!(w.with_wish.outcome, RessourceforloebOutcome::OnlyIfWished);
        assert_eq!(w.with_wish.max_months, Some(36));
    }

    #[test]
    fn the_tables_mark_the_current_choice() {
        use crate::text::DA;

        let s = Situation::new(d(2024, 3, 1), d(1990, 1, 10));
        let html = render(&DA, &what_if(&s));
        // The wish changes nothing here: one sentence, not two identical columns.
        assert!(html.contains("<p class=\"what-if-same\" id=\"what-if-wish\">Dit eget ønske ændrer ikke svaret: Du kan få et ressourceforløb på højst 3 år.</p>"), "{html}");
        assert!(!html.contains("Uden eget ønske"));
        assert!(html.contains("<tr class=\"what-if-chosen\" data-year=\"2021\" data-monthly-kr=\"11698\"><th scope=\"row\">2021 (nogle satser usikre) (valgt nu)</th><td class=\"amount\">11.698 kr.</td></tr>"));
        assert!(html.contains("<tr data-year=\"2024\" data-monthly-kr=\"12326\">"));
    }

    #[test]
    fn the_wish_table_shows_only_when_the_wish_changes_the_answer() {
        use crate::text::DA;

        // Aged 44 with 3 of the 5 years between 40 and 50 used (2021-2023): without a wish
        // until 1 March 2026, with one until 28 February 2027 (what the rules
        // give today; the table must show when the two differ).
        let mut s = Situation::new(d(2024, 3, 1), d(1980, 1, 10));
        s.previous_forloeb = vec![PreviousForloeb {
            start: d(2021, 1, 1),
            end: d(2023, 12, 31),
            excluded_days: 0,
        }];
        let html = render(&DA, &what_if(&s));
        assert!(html.contains("<th scope=\"col\">Uden eget ønske<br><span class=\"what-if-now\">(valgt nu)</span></th>"), "{html}");
        assert!(!html.contains("what-if-same"));
    }

    #[test]
    fn every_sourced_year_side_by_side() {
        let mut s = Situation::new(d(2024, 3, 1), d(1990, 1, 10));
        s.forsoerger = true;
        let w = what_if(&s);
        let got: Vec<(i32, bool, i64, bool)> = w
            .years
            .iter()
            .map(|y| {
                (
                    y.year,
                    y.rates.all_verified(),
                    y.ydelse.monthly_kr,
                    y.chosen,
                )
            })
            .collect();
        assert_eq!(
            got,
            // The forsørger rate of each year with sourced rates (SPEC § 6, docs/kilder.md).
            vec![
                (2015, true, 14_416, false),
                (2017, true, 14_808, false),
                (2020, true, 15_355, false),
                (2021, false, 15_547, true),
                (2022, true, 15_570, false),
                (2023, false, 15_874, false),
                (2024, true, 16_382, false),
            ]
        );
    }
}
