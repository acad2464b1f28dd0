//! The timeline picture: earlier forløb, the longest possible new forløb, the 40th and 50th
//! birthdays, the point 6 years before folkepensionsalderen and the pension date, on one
//! axis; for 40–50 under the 2022 rules, how much of the 5-year allowance is used.
//!
//! `timeline` is pure geometry (dates → x positions in a `W`-wide SVG viewBox) and `describe`
//! says the same in words; both are tested natively. The component only draws them.

use crate::form::sort_by_key;
use crate::present::headlines::pension_milestone;
use crate::rules::kalender::{add_days, days_between};
use crate::rules::{Assessment, RessourceforloebOutcome, Situation};
use crate::text::ConsultTexts;
use crate::text::Texts;
use chrono::{Datelike, NaiveDate};

/// Width of the SVG's viewBox: about CSS pixels in the results column, so text stays legible
/// when the picture shrinks to a phone.
pub const W: f32 = 400.0;
/// Room kept free at each end for the marker circles.
const PAD: f32 = 14.0;
/// Marker circles closer than this share no row.
const MIN_GAP: f32 = 22.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BarKind {
    Previous,
    /// The longest new forløb the kommune can grant.
    Longest,
    /// The longest new forløb, possible only if the person wishes it.
    IfWished,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub kind: BarKind,
    pub from: NaiveDate,
    /// Last day, inclusive.
    pub to: NaiveDate,
    pub x: f32,
    pub w: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// The start date, drawn only when no new forløb is drawn.
    Start,
    Forty,
    Fifty,
    SixYears,
    Pension,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub kind: MarkKind,
    pub date: NaiveDate,
    pub x: f32,
    /// 1, 2, … in date order: the number in the circle and in the list.
    pub n: usize,
    /// Row of the circle (0 = top), so that close markers do not overlap.
    pub row: u8,
}

/// The 5-year allowance between 40 and 50 (LAB § 114, stk. 3), in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    pub used_days: u32,
    /// Days from the start date to 5 years later.
    pub total_days: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// (x, year) of a tick on 1 January of that year.
    pub ticks: Vec<(f32, i32)>,
    pub bars: Vec<Bar>,
    pub marks: Vec<Mark>,
    pub allowance: Option<Allowance>,
    /// The folkepensionsalder, for the pension label.
    pub pension_age_years: f64,
}

pub fn timeline(s: &Situation, a: &Assessment) -> Timeline {
    let m = &a.milestones;
    let pension = a.folkepension.date;
    let rf = &a.ressourceforloeb;
    let new_bar = rf.latest_end.filter(|end| *end >= s.date).map(|end| {
        let kind = match rf.outcome {
            RessourceforloebOutcome::OnlyIfWished => BarKind::IfWished,
            _ => BarKind::Longest,
        };
        (kind, s.date, end)
    });
    let mut periods: Vec<(BarKind, NaiveDate, NaiveDate)> = s
        .previous_forloeb
        .iter()
        .filter(|p| p.end >= p.start)
        .map(|p| (BarKind::Previous, p.start, p.end))
        .collect();
    sort_by_key(&mut periods, |p| p.1);
    periods.extend(new_bar);

    let mut marks: Vec<(MarkKind, NaiveDate)> = vec![
        (MarkKind::Forty, m.birthday_40),
        (MarkKind::Fifty, m.birthday_50),
        (MarkKind::SixYears, m.six_years_before_pension),
        (MarkKind::Pension, pension),
    ];
    if new_bar.is_none() {
        marks.push((MarkKind::Start, s.date));
    }
    sort_by_key(&mut marks, |(_, d)| *d);

    let from = periods
        .iter()
        .map(|p| p.1)
        .chain(marks.iter().map(|m| m.1))
        .min()
        .unwrap_or(s.date);
    let to = periods
        .iter()
        .map(|p| p.2)
        .chain(marks.iter().map(|m| m.1))
        .max()
        .unwrap_or(pension)
        .max(add_days(from, 365));
    let span = days_between(from, to).max(1) as f32;
    let x = |d: NaiveDate| PAD + (W - 2.0 * PAD) * days_between(from, d) as f32 / span;

    let bars = periods
        .into_iter()
        .map(|(kind, start, end)| {
            let x0 = x(start);
            // At least 2 units wide, so a short forløb is still visible.
            let w = (x(add_days(end, 1)) - x0).max(2.0);
            Bar {
                kind,
                from: start,
                to: end,
                x: x0,
                w,
            }
        })
        .collect();

    // Greedy rows: each circle goes into the first row whose last circle is far enough left.
    let mut row_end: Vec<f32> = Vec::new();
    let marks = marks
        .into_iter()
        .enumerate()
        .map(|(i, (kind, date))| {
            let mx = x(date);
            let row = row_end
                .iter()
                .position(|end| mx - end >= MIN_GAP)
                .unwrap_or(row_end.len());
            if row == row_end.len() {
                row_end.push(mx);
            } else {
                row_end[row] = mx;
            }
            Mark {
                kind,
                date,
                x: mx,
                n: i + 1,
                row: row.min(3) as u8,
            }
        })
        .collect();

    let years = (to.year() - from.year()).max(1);
    let step = [1, 2, 5, 10, 20]
        .into_iter()
        .find(|step| years / step <= 6)
        .unwrap_or(25);
    let ticks = (from.year() + 1..=to.year())
        .filter(|y| y % step == 0)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1).map(|d| (x(d), y)))
        .collect();

    let allowance = m.five_year_allowance_days.map(|total_days| Allowance {
        used_days: m.days_in_previous_forloeb,
        total_days,
    });

    Timeline {
        from,
        to,
        ticks,
        bars,
        marks,
        allowance,
        pension_age_years: a.folkepension.age_years,
    }
}

/// Whole months in a number of days, rounded (for "about N years and M months").
pub fn approx_months(days: u32) -> u32 {
    ((f64::from(days) / 30.4375) + 0.5) as u32
}

/// The label of a bar or marker (without its date).
pub fn mark_label(t: &Texts, tl: &Timeline, kind: MarkKind) -> String {
    let c = &t.consult;
    match kind {
        MarkKind::Start => c.tl_start.to_string(),
        MarkKind::Forty => t.ms_40.to_string(),
        MarkKind::Fifty => t.ms_50.to_string(),
        MarkKind::SixYears => t.ms_six_years.to_string(),
        MarkKind::Pension => pension_milestone(t, tl.pension_age_years),
    }
}

pub fn bar_label(c: &ConsultTexts, kind: BarKind, n: usize) -> String {
    match kind {
        BarKind::Previous => (c.tl_previous)(n),
        BarKind::Longest => c.tl_longest.to_string(),
        BarKind::IfWished => c.tl_if_wished.to_string(),
    }
}

/// The picture in words, one line per bar and marker, in the order they are drawn: the
/// periods first, then the numbered markers, then the 5-year allowance.
pub fn describe(t: &Texts, tl: &Timeline) -> Vec<String> {
    let c = &t.consult;
    let mut n_prev = 0;
    let mut lines: Vec<String> = tl
        .bars
        .iter()
        .map(|b| {
            if b.kind == BarKind::Previous {
                n_prev += 1;
            }
            format!(
                "{}: {}",
                bar_label(c, b.kind, n_prev),
                (c.tl_range)(&t.date(b.from), &t.date(b.to))
            )
        })
        .collect();
    lines.extend(
        tl.marks
            .iter()
            .map(|m| format!("{}. {}: {}", m.n, mark_label(t, tl, m.kind), t.date(m.date))),
    );
    if let Some(al) = tl.allowance {
        let used = approx_months(al.used_days);
        let left = approx_months(al.total_days.saturating_sub(al.used_days));
        lines.push((c.tl_allowance)(&t.duration(used), &t.duration(left)));
    }
    lines
}

/// The timeline section's inner markup: heading, picture, the same in words, and the 5-year
/// allowance bar. The SVG is a picture (`role="img"`) described by the list under it.
pub fn render(t: &Texts, tl: &Timeline) -> String {
    let c = &t.consult;
    use crate::present::markup::{el, esc, n};
    use std::fmt::Write;
    const ROW_H: f32 = 24.0;
    const R: f32 = 9.0;
    let class = |kind: BarKind| match kind {
        BarKind::Previous => "tl-prev\"",
        BarKind::Longest => "tl-new\"",
        // The hatch is referenced on the element: a url(#…) in the stylesheet may be resolved
        // against the CSS file.
        BarKind::IfWished => "tl-wish\" fill=\"url(#tl-hatch)\"",
    };
    let rows = tl.marks.iter().map(|m| m.row).max().unwrap_or(0) as f32 + 1.0;
    let bar_y = n(rows * ROW_H + 6.0);
    let axis_y = bar_y + 26;
    let mut o = String::new();
    el(&mut o, "h3", "id=\"timeline-heading\"", c.tl_heading);
    el(&mut o, "p", "class=\"form-hint\"", c.tl_intro);
    let _ = write!(
        o,
        "<svg class=\"timeline-svg\" id=\"timeline-svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" \
         aria-labelledby=\"timeline-heading\" aria-describedby=\"timeline-text\" focusable=\"false\">\
         <defs><pattern id=\"tl-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" \
         patternTransform=\"rotate(45)\"><rect class=\"tl-hatch\" width=\"3\" height=\"6\"/></pattern></defs>\
         <line class=\"tl-axis\" x1=\"{p}\" x2=\"{q}\" y1=\"{axis_y}\" y2=\"{axis_y}\"/>",
        w = n(W),
        h = axis_y + 22,
        p = n(PAD),
        q = n(W - PAD),
    );
    for &(x, year) in &tl.ticks {
        let x = n(x);
        let _ = write!(
            o,
            "<line class=\"tl-tick\" x1=\"{x}\" x2=\"{x}\" y1=\"{axis_y}\" y2=\"{}\"/>\
             <text class=\"tl-year\" x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{year}</text>",
            axis_y + 5,
            axis_y + 18
        );
    }
    for b in &tl.bars {
        let _ = write!(
            o,
            "<rect class=\"{} x=\"{}\" y=\"{bar_y}\" width=\"{}\" height=\"16\" rx=\"2\"/>",
            class(b.kind),
            n(b.x),
            n(b.w).max(2)
        );
    }
    for m in &tl.marks {
        let (x, cy) = (n(m.x), n(f32::from(m.row) * ROW_H + R + 3.0));
        let pension = if m.kind == MarkKind::Pension {
            " tl-dot-pension"
        } else {
            ""
        };
        let _ = write!(
            o,
            "<line class=\"tl-mark\" x1=\"{x}\" x2=\"{x}\" y1=\"{}\" y2=\"{axis_y}\"/>\
             <circle class=\"tl-dot{pension}\" cx=\"{x}\" cy=\"{cy}\" r=\"{}\"/>\
             <text class=\"tl-num\" x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            cy + n(R),
            n(R),
            cy + 4,
            m.n
        );
    }
    o.push_str("</svg><ul class=\"timeline-text nobullet-list\" id=\"timeline-text\">");
    for (i, line) in describe(t, tl).iter().enumerate() {
        o.push_str("<li>");
        if let Some(b) = tl.bars.get(i) {
            let _ = write!(
                o,
                "<svg class=\"tl-swatch\" viewBox=\"0 0 16 12\" aria-hidden=\"true\" focusable=\"false\">\
                 <rect class=\"{} width=\"16\" height=\"12\" rx=\"2\"/></svg>",
                class(b.kind)
            );
        }
        let _ = write!(o, "{}</li>", esc(line));
    }
    o.push_str("</ul>");
    if let Some(al) = tl.allowance {
        let used = (W * al.used_days as f32 / al.total_days.max(1) as f32).min(W);
        let _ = write!(
            o,
            "<svg class=\"tl-allowance\" viewBox=\"0 0 {w} 12\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">\
             <rect class=\"tl-allowance-left\" width=\"{w}\" height=\"12\" rx=\"2\"/>\
             <rect class=\"tl-allowance-used\" width=\"{}\" height=\"12\" rx=\"2\"/></svg>",
            n(used),
            w = n(W)
        );
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{assess, PreviousForloeb};
    use crate::text::{DA, EN};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Born 17 May 1980, new forløb from 1 March 2024 (aged 43), one earlier year in 2020.
    fn case_43() -> Situation {
        let mut s = Situation::new(d(2024, 3, 1), d(1980, 5, 17));
        s.previous_forloeb = vec![PreviousForloeb {
            start: d(2020, 1, 1),
            end: d(2020, 12, 31),
            excluded_days: 0,
        }];
        s
    }

    #[test]
    fn positions_follow_the_dates() {
        let s = case_43();
        let a = assess(&s);
        let tl = timeline(&s, &a);
        assert_eq!(tl.from, d(2020, 1, 1));
        assert_eq!(tl.to, a.folkepension.date);
        assert_eq!(tl.bars.len(), 2);
        assert_eq!(tl.bars[0].kind, BarKind::Previous);
        assert!((tl.bars[0].x - PAD).abs() < 0.01);
        assert_eq!(tl.bars[1].kind, BarKind::Longest);
        assert_eq!(tl.bars[1].to, d(2027, 2, 28));
        // Left to right, inside the picture, the pension at the right edge.
        let xs: Vec<f32> = tl.marks.iter().map(|m| m.x).collect();
        assert!(xs.windows(2).all(|w| w[0] <= w[1]), "{xs:?}");
        assert!((tl.marks.last().unwrap().x - (W - PAD)).abs() < 0.01);
        assert!(tl.bars[1].x > tl.bars[0].x + tl.bars[0].w);
        assert_eq!(
            tl.marks.iter().map(|m| m.kind).collect::<Vec<_>>(),
            vec![
                MarkKind::Forty,
                MarkKind::Fifty,
                MarkKind::SixYears,
                MarkKind::Pension
            ]
        );
        assert!(tl.ticks.iter().all(|(x, _)| *x > PAD && *x <= W - PAD));
        assert!(tl.ticks.len() <= 7 && !tl.ticks.is_empty());
    }

    #[test]
    fn the_words_say_what_the_picture_shows() {
        let s = case_43();
        let a = assess(&s);
        let tl = timeline(&s, &a);
        let lines = describe(&DA, &tl);
        assert_eq!(
            lines,
            vec![
                "Tidligere forløb 1: 1. januar 2020 til 31. december 2020",
                "Det længste nye forløb: 1. marts 2024 til 28. februar 2027",
                "1. Du fylder 40 år: 17. maj 2020",
                "2. Du fylder 50 år: 17. maj 2030",
                "3. 6 år før folkepensionsalderen: 17. maj 2044",
                "4. Du når folkepensionsalderen (70 år): 17. maj 2050",
                "5-årsgrænsen mellem 40 og 50 år: Du har brugt ca. 1 år af de 5 år. Der er ca. 4 år tilbage.",
            ]
        );
        let en = describe(&EN, &tl);
        assert_eq!(
            en[1],
            "The longest new programme: 1 March 2024 to 28 February 2027"
        );
    }

    #[test]
    fn the_picture_is_markup_with_its_words() {
        let s = case_43();
        let tl = timeline(&s, &assess(&s));
        let html = render(&DA, &tl);
        assert!(html.starts_with("<h3 id=\"timeline-heading\">Tidslinje</h3>"));
        assert!(html.contains("viewBox=\"0 0 400 "));
        assert_eq!(html.matches("<circle").count(), 4);
        assert_eq!(
            html.matches("class=\"tl-prev\"").count(),
            2,
            "bar and swatch"
        );
        assert!(html.contains("<li><svg class=\"tl-swatch\""));
        assert!(html.contains("<li>1. Du fylder 40 år: 17. maj 2020</li>"));
        assert!(html.contains("class=\"tl-allowance\""));
    }

    #[test]
    fn a_forloeb_only_with_a_wish_is_drawn_as_such() {
        // Aged 63 on the start date: less than 6 years to pension (R7).
        let s = Situation::new(d(2024, 3, 1), d(1961, 1, 10));
        let a = assess(&s);
        assert_eq!(
            a.ressourceforloeb.outcome,
            RessourceforloebOutcome::OnlyIfWished
        );
        let tl = timeline(&s, &a);
        assert_eq!(tl.bars.len(), 1);
        assert_eq!(tl.bars[0].kind, BarKind::IfWished);
        assert_eq!(tl.allowance, None);
        assert!(describe(&DA, &tl)[0].starts_with("Et nyt forløb, kun hvis du selv ønsker det"));
    }

    #[test]
    fn no_new_forloeb_marks_the_start_date_instead() {
        let mut s = Situation::new(d(2024, 3, 1), d(1990, 1, 10));
        s.target_group = crate::rules::Answer::No;
        let a = assess(&s);
        let tl = timeline(&s, &a);
        assert!(tl.bars.is_empty());
        assert_eq!(tl.marks[0].kind, MarkKind::Start);
        assert_eq!(tl.marks[0].n, 1);
        assert_eq!(tl.allowance, None);
    }

    #[test]
    fn close_markers_get_separate_rows() {
        // Start date a month after the 40th birthday, no new forløb: two circles 1 month apart.
        let mut s = Situation::new(d(2024, 3, 1), d(1984, 2, 1));
        s.development_perspective = crate::rules::Answer::No;
        let a = assess(&s);
        let tl = timeline(&s, &a);
        let first_two: Vec<(MarkKind, u8)> =
            tl.marks[..2].iter().map(|m| (m.kind, m.row)).collect();
        assert_eq!(first_two, vec![(MarkKind::Forty, 0), (MarkKind::Start, 1)]);
    }
}
