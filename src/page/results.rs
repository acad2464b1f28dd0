//! The results column: the answers (markup from present/answers.rs, redrawn when the assessment or the
//! language changes), the screen-reader announcement, the timeline, the consultation tools and
//! what the calculator does not cover.

use crate::page::dom::{by_id, focus_field, mount_to, redraw_on};
use crate::page::state::{today, use_consult, use_ctx, Ctx};
use crate::present::answers::{answers_html, summary_html, NoAnswer};
use crate::present::headlines::{ja_headline, rf_headline, y_headline};
use crate::present::markup::{el, esc, list};
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
    // The section.results around the heading.
    let Some(results) = heading.parent_element() else {
        panic!("the results heading is not in the page");
    };
    mount_to(results, || {
        view! {
            <Timeline/>
            <crate::page::tools::Tools/>
            <NotCovered/>
        }
    });
}

/// The short answer (present::answers `summary_html`): on a phone it stays at the bottom of the
/// screen while the form is filled in, each headline a link to its panel; on a wide screen the
/// answer is beside the form and this is not shown (style/main.scss).
#[component]
pub fn AnswerSummary(shown: Memo<OnShow>) -> impl IntoView {
    let ctx = use_ctx();
    let html = move || {
        shown.with(|s| {
            s.assessment
                .as_ref()
                .map(|a| summary_html(a, ctx.lang.get()))
                .unwrap_or_default()
        })
    };
    view! {
        <nav
            id="answer-summary"
            class="answer-summary"
            class:answers-stale=move || shown.with(|s| s.stale)
            aria-label=move || ctx.t().summary_label
            hidden=move || shown.with(|s| s.assessment.is_none())
            // The fragment is reserved for a shared situation: move focus instead of following.
            on:click=move |ev| {
                let target = event_target::<web_sys::Element>(&ev);
                let Ok(Some(link)) = target.closest("a[data-panel]") else { return };
                let Some(panel) = link.get_attribute("data-panel") else { return };
                ev.prevent_default();
                let Some(el) = document().get_element_by_id(&panel) else { return };
                el.set_attribute("tabindex", "-1").ok();
                focus_field(&panel);
                // Focus scrolls only as far as needed: a long panel would end up cut at the top.
                el.scroll_into_view();
            }
            inner_html=html
        ></nav>
    }
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

/// What the calculator leaves out (markup: text only, see present/markup.rs).
#[component]
fn NotCovered() -> impl IntoView {
    let ctx = use_ctx();
    let html = move || {
        let t = ctx.t();
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
    };
    view! { <details class="details not-covered" inner_html=html></details> }
}

/// The picture and its words; follows the form as the user types.
#[component]
pub(crate) fn Timeline() -> impl IntoView {
    let ctx = use_ctx();
    let consult = use_consult();
    move || {
        let lang = ctx.lang.get();
        consult.current.with(|cur| {
            cur.as_ref().map(|(s, a)| {
                let html = timeline::render(lang.texts(), &timeline::timeline(s, a));
                view! { <section class="timeline" id="timeline" aria-labelledby="timeline-heading" inner_html=html></section> }
            })
        })
    }
}

/// The printable summary: hidden on screen, the only thing printed.
#[component]
pub(crate) fn PrintSummary() -> impl IntoView {
    let ctx = use_ctx();
    let consult = use_consult();
    let calculated = today();
    let html = move || {
        let lang = ctx.lang.get();
        consult
            .current
            .with(|cur| summary::render(lang, cur.as_ref().map(|(s, a)| (s, a)), calculated))
    };
    view! { <section id="print-summary" class="print-summary" aria-labelledby="print-summary-title" inner_html=html></section> }
}
