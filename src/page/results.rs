//! The results column: the answers (markup from present/answers.rs, redrawn when the assessment or the
//! language changes), the screen-reader announcement, the timeline, the consultation tools and
//! what the calculator does not cover.

use crate::page::dom::{by_id, focus_field, listen, part, redraw_on};
use crate::page::state::{today, use_consult, Ctx};
use crate::present::answers::{answers_html, not_covered_html, summary_html, NoAnswer};
use crate::present::headlines::{ja_headline, rf_headline, y_headline};
use crate::present::markup::esc;
use crate::present::{summary, timeline};
use crate::rules::Assessment;
use crate::text::Lang;
use leptos::prelude::*;
use std::time::Duration;

/// The answer on show: the current one; while a field is being typed (nothing readable, no
/// problem on show) the last one, marked as out of date, so that the panels do not vanish and
/// come back on every keystroke of a date.
#[derive(Clone, PartialEq)]
pub(crate) struct OnShow {
    pub assessment: Option<Assessment>,
    pub stale: bool,
    pub missing: NoAnswer,
}

pub(crate) fn on_show(ctx: Ctx) -> Memo<OnShow> {
    Memo::new(move |last: Option<&OnShow>| {
        let missing = if ctx.shown_errors.with(|e| !e.is_empty()) {
            NoAnswer::Invalid
        } else if ctx.form.with(|f| !f.has_required()) {
            NoAnswer::Required
        } else {
            NoAnswer::Pending
        };
        match ctx.evaluation.with(|e| e.assessment.clone()) {
            Some(assessment) => OnShow {
                assessment: Some(assessment),
                stale: false,
                missing,
            },
            None => {
                let kept = last
                    .filter(|_| missing == NoAnswer::Pending)
                    .and_then(|l| l.assessment.clone());
                OnShow {
                    stale: kept.is_some(),
                    assessment: kept,
                    missing,
                }
            }
        }
    })
}

/// Attaches the results column of the page written at build time: the announcement and the
/// answers (written there as "fill in your birth date"), then the parts only the app shows.
pub(crate) fn attach_results(ctx: Ctx, shown: Memo<OnShow>) {
    let assessment = Memo::new(move |_| ctx.evaluation.with(|e| e.assessment.clone()));
    live_status(ctx, assessment);
    let answers = by_id("answers");
    redraw_on(
        answers.clone(),
        answers_html(None, NoAnswer::Required, Lang::Da),
        move || shown.with(|s| answers_html(s.assessment.as_ref(), s.missing, ctx.lang.get())),
        String::clone,
    );
    Effect::new(move |_| {
        let stale = shown.with(|s| s.stale);
        answers
            .class_list()
            .toggle_with_force("answers-stale", stale)
            .ok();
        match stale {
            true => answers.set_attribute("aria-busy", "true").ok(),
            false => answers.remove_attribute("aria-busy").ok(),
        };
    });
    let heading = by_id("results-heading");
    redraw_on(
        heading.clone(),
        Lang::Da,
        move || ctx.lang.get(),
        |lang| esc(lang.texts().results_heading),
    );
    // The section.results around the heading; the parts only the app shows go after the answers.
    let Some(results) = heading.parent_element() else {
        panic!("the results heading is not in the page");
    };
    // Written in Danish, as the rest of the page was (redrawn at once for another language).
    results
        .insert_adjacent_html(
            "beforeend",
            &format!(
                "<section class=\"tools\" aria-labelledby=\"tools-heading\"></section>\
                 <details class=\"details not-covered\">{}</details>",
                not_covered_html(Lang::Da.texts())
            ),
        )
        .ok();
    let tools = part(&results, ".tools");
    attach_timeline(ctx, tools.clone());
    crate::page::tools::attach_tools(ctx, tools);
    redraw_on(
        part(&results, ".not-covered"),
        Lang::Da,
        move || ctx.lang.get(),
        |lang| not_covered_html(lang.texts()),
    );
}

/// The short answer (present::answers `summary_html`) at the end of the form's column: on a
/// phone it stays at the bottom of the screen while the form is filled in, each headline a link
/// to its panel; on a wide screen the answer is beside the form and this is not shown
/// (style/main.scss).
pub(crate) fn attach_answer_summary(ctx: Ctx, shown: Memo<OnShow>, column: &web_sys::Element) {
    column
        .insert_adjacent_html(
            "beforeend",
            "<nav id=\"answer-summary\" class=\"answer-summary\" hidden></nav>",
        )
        .ok();
    let nav = by_id("answer-summary");
    // The fragment is reserved for a shared situation: move focus instead of following.
    listen(&nav, "click", |ev: web_sys::MouseEvent| {
        let target = event_target::<web_sys::Element>(&ev);
        let Ok(Some(link)) = target.closest("a[data-panel]") else {
            return;
        };
        let Some(panel) = link.get_attribute("data-panel") else {
            return;
        };
        ev.prevent_default();
        let Some(el) = document().get_element_by_id(&panel) else {
            return;
        };
        el.set_attribute("tabindex", "-1").ok();
        focus_field(&panel);
        // Focus scrolls only as far as needed: a long panel would end up cut at the top.
        el.scroll_into_view();
    });
    let frame = nav.clone();
    Effect::new(move |_| {
        frame
            .set_attribute("aria-label", ctx.t().summary_label)
            .ok();
        let (none, stale) = shown.with(|s| (s.assessment.is_none(), s.stale));
        frame.toggle_attribute_with_force("hidden", none).ok();
        frame
            .class_list()
            .toggle_with_force("answers-stale", stale)
            .ok();
    });
    redraw_on(
        nav,
        String::new(),
        move || {
            shown.with(|s| {
                s.assessment
                    .as_ref()
                    .map(|a| summary_html(a, ctx.lang.get()))
                    .unwrap_or_default()
            })
        },
        String::clone,
    );
}

/// For screen readers: the headlines, announced once the user pauses, not on every keystroke.
fn live_status(ctx: Ctx, assessment: Memo<Option<Assessment>>) {
    let status = by_id("results-status");
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let t = ctx.t();
        let text = assessment.with(|a| match a {
            Some(a) => [
                rf_headline(t, &a.ressourceforloeb),
                ja_headline(t, &a.jobafklaringsforloeb),
                y_headline(t, &a.ydelse),
            ]
            .join(". "),
            None => String::new(),
        });
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let status = status.clone();
        pending.set_value(
            set_timeout_with_handle(
                move || status.set_text_content(Some(&text)),
                Duration::from_millis(1200),
            )
            .ok(),
        );
    });
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
}

/// The picture and its words, before the tools while there is an answer; follows the form as
/// the user types.
fn attach_timeline(ctx: Ctx, tools: web_sys::Element) {
    let consult = use_consult();
    Effect::new(move |section: Option<Option<web_sys::Element>>| {
        let lang = ctx.lang.get();
        let html = consult.current.with(|cur| {
            cur.as_ref()
                .map(|(s, a)| timeline::render(lang.texts(), &timeline::timeline(s, a)))
        });
        match (html, section.flatten()) {
            (Some(html), Some(section)) => {
                section.set_inner_html(&html);
                Some(section)
            }
            (Some(html), None) => {
                tools
                    .insert_adjacent_html(
                        "beforebegin",
                        &format!("<section class=\"timeline\" id=\"timeline\" aria-labelledby=\"timeline-heading\">{html}</section>"),
                    )
                    .ok();
                tools.previous_element_sibling()
            }
            (None, section) => {
                if let Some(section) = section {
                    section.remove();
                }
                None
            }
        }
    });
}

/// The printable summary at the end of `<main>`: hidden on screen, the only thing printed.
pub(crate) fn attach_print_summary(ctx: Ctx, main: &web_sys::Element) {
    main.insert_adjacent_html(
        "beforeend",
        "<section id=\"print-summary\" class=\"print-summary\" aria-labelledby=\"print-summary-title\"></section>",
    )
    .ok();
    let consult = use_consult();
    let calculated = today();
    redraw_on(
        by_id("print-summary"),
        String::new(),
        move || {
            let lang = ctx.lang.get();
            consult
                .current
                .with(|cur| summary::render(lang, cur.as_ref().map(|(s, a)| (s, a)), calculated))
        },
        String::clone,
    );
}
