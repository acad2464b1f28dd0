//! The results column: the answers (markup from answers.rs, redrawn when the assessment or the
//! language changes), the screen-reader announcement, the timeline, the consultation tools and
//! what the calculator does not cover.

use super::answers::answers_html;
use super::app::use_ctx;
use super::html::{el, list};
use super::results_text::{ja_headline, rf_headline, y_headline};
use crate::rules::Assessment;
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn Results() -> impl IntoView {
    let ctx = use_ctx();
    let assessment = Memo::new(move |_| ctx.evaluation.with(|e| e.assessment.clone()));
    let waiting =
        move || ctx.form.with(|f| !f.has_required()) && ctx.shown_errors.with(Vec::is_empty);
    let answers = move || assessment.with(|a| answers_html(a.as_ref(), waiting(), ctx.lang.get()));
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1">{move || ctx.t().results_heading}</h2>
            <LiveStatus assessment=assessment/>
            <div id="answers" inner_html=answers></div>
            <super::timeline::Timeline/>
            <super::tools::Tools/>
            <NotCovered/>
        </section>
    }
}

/// For screen readers: the headlines, announced once the user pauses, not on every keystroke.
#[component]
fn LiveStatus(assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let ctx = use_ctx();
    let status = RwSignal::new(String::new());
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
        pending.set_value(
            set_timeout_with_handle(move || status.set(text), Duration::from_millis(1200)).ok(),
        );
    });
    on_cleanup(move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
    });
    view! { <p class="sr-only" aria-live="polite" id="results-status">{status}</p> }
}

/// What the calculator leaves out (markup: text only, see html.rs).
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
