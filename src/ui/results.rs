//! The three answers, rendered from the `Assessment`: a plain headline, the worked reasoning
//! with the figures and § references, and what to do next. A "no" is a result, styled as one.

use super::app::{use_ctx, Icon, IconKind};
use super::i18n::{Lang, Texts};
use crate::rules::{
    Assessment, JobafklaringOutcome, JobafklaringResult, Reason, ReasonKind, Regime,
    RessourceforloebOutcome, RessourceforloebResult, Ydelse,
};
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn Results() -> impl IntoView {
    let ctx = use_ctx();
    let assessment = Memo::new(move |_| ctx.evaluation.with(|e| e.assessment.clone()));
    let waiting =
        move || ctx.form.with(|f| !f.has_required()) && ctx.shown_errors.with(Vec::is_empty);
    view! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" tabindex="-1">{move || ctx.t().results_heading}</h2>
            <LiveStatus assessment=assessment/>
            {move || match (assessment.get(), ctx.lang.get()) {
                (Some(a), lang) => view! { <Answers a=a lang=lang/> }.into_any(),
                (None, _) if waiting() => {
                    view! { <p class="results-waiting">{ctx.t().results_waiting}</p> }.into_any()
                }
                (None, _) => {
                    view! {
                        <div class="alert alert-warning results-invalid">
                            <Icon kind=IconKind::Warning/>
                            <div class="alert-body">
                                <p class="alert-text">{ctx.t().results_invalid}</p>
                            </div>
                        </div>
                    }
                        .into_any()
                }
            }}
            <super::timeline::Timeline/>
            <super::tools::Tools/>
            <NotCovered/>
        </section>
    }
}

/// Everything that depends on the assessment. Re-rendered as a whole when it or the language
/// changes.
#[component]
fn Answers(a: Assessment, lang: Lang) -> impl IntoView {
    let t = lang.texts();
    view! {
        <Notices a=a.clone() t=t lang=lang/>
        <RessourceforloebPanel r=a.ressourceforloeb.clone() t=t lang=lang/>
        <JobafklaringPanel j=a.jobafklaringsforloeb.clone() t=t lang=lang/>
        <YdelsePanel y=a.ydelse.clone() t=t lang=lang/>
        <Milestones a=a t=t/>
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

// The headlines are plain text, shared with the print summary and the what-if tables.
pub(crate) use super::results_text::{ja_headline, pension_milestone, rf_headline, y_headline};

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

/// Which rules apply on the chosen date, and which year's rates are used.
#[component]
fn Notices(a: Assessment, t: &'static Texts, lang: Lang) -> impl IntoView {
    // No new ressourceforløb from 1 February 2026: the most important fact on the page then.
    let (class, icon) = match a.regime {
        Regime::R2026 => ("alert alert-warning notices", IconKind::Warning),
        _ => ("alert alert-info notices", IconKind::Info),
    };
    view! {
        <div class=class id="notices">
            <Icon kind=icon/>
            <div class="alert-body">
                <h3 class="alert-heading">{t.notices_heading}</h3>
                {a.notices
                    .iter()
                    .map(|n| view! { <p class="alert-text"><Sentence reason=n.clone() lang=lang/></p> })
                    .collect_view()}
                <p class="alert-text">{(t.rates_used)(a.ydelse.rate_year)}</p>
            </div>
        </div>
    }
}

/// A reason's sentence with its § reference beside it.
#[component]
fn Sentence(reason: Reason, lang: Lang) -> impl IntoView {
    let law = (!reason.law.is_empty())
        .then(|| view! { " " <span class="law">{reason.law.clone()}</span> });
    view! { {lang.pick(&reason.text, &reason.text_en).to_string()} {law} }
}

/// The reasons grouped by what they are for: why, what next, what is uncertain, good to know.
#[component]
fn Reasons(reasons: Vec<Reason>, t: &'static Texts, lang: Lang) -> impl IntoView {
    let group = |kind: ReasonKind| {
        reasons
            .iter()
            .filter(|r| r.kind == kind)
            .cloned()
            .collect::<Vec<_>>()
    };
    let list = move |items: Vec<Reason>| {
        view! {
            <ul class="reasons">
                {items.into_iter().map(|r| view! { <li><Sentence reason=r lang=lang/></li> }).collect_view()}
            </ul>
        }
    };
    let section = move |heading: &'static str, class: &'static str, items: Vec<Reason>| {
        (!items.is_empty())
            .then(|| view! { <div class=class><h4>{heading}</h4>{list(items)}</div> })
    };
    let info = group(ReasonKind::Information);
    view! {
        {section(t.why, "reasons-why", group(ReasonKind::Reason))}
        {section(t.next, "reasons-next", group(ReasonKind::NextStep))}
        {section(t.uncertain, "reasons-uncertain", group(ReasonKind::Uncertain))}
        {(!info.is_empty()).then(|| view! {
            <details class="details">
                <summary class="details-summary">{t.good_to_know}</summary>
                <div class="details-text">{list(info)}</div>
            </details>
        })}
    }
}

#[component]
fn RessourceforloebPanel(
    r: RessourceforloebResult,
    t: &'static Texts,
    lang: Lang,
) -> impl IntoView {
    let tone = match r.outcome {
        RessourceforloebOutcome::Possible => "result--yes",
        RessourceforloebOutcome::OnlyIfWished => "result--conditional",
        RessourceforloebOutcome::NotPossible => "result--no",
        RessourceforloebOutcome::InsufficientInformation => "result--unknown",
    };
    let sub = match (r.outcome, r.max_months) {
        (RessourceforloebOutcome::OnlyIfWished, Some(m)) => {
            Some((t.rf_only_if_wished_sub)(&t.duration(m)))
        }
        _ => None,
    };
    view! {
        <section
            class=format!("result-panel {tone}")
            id="ressourceforloeb-result"
            data-outcome=rf_value(r.outcome)
            data-max-months=r.max_months.map(|m| m.to_string())
            aria-labelledby="ressourceforloeb-heading"
        >
            <h3 class="result-title" id="ressourceforloeb-heading">{t.rf_heading}</h3>
            <p class="result-headline">{rf_headline(t, &r)}</p>
            {sub.map(|s| view! { <p class="result-sub">{s}</p> })}
            {r.latest_end.map(|d| view! { <p class="result-sub">{(t.rf_latest_end)(&t.date(d))}</p> })}
            <Reasons reasons=r.reasons t=t lang=lang/>
        </section>
    }
}

#[component]
fn JobafklaringPanel(j: JobafklaringResult, t: &'static Texts, lang: Lang) -> impl IntoView {
    let tone = match j.outcome {
        JobafklaringOutcome::Entitled => "result--yes",
        JobafklaringOutcome::NotEntitled => "result--no",
        JobafklaringOutcome::InsufficientInformation => "result--unknown",
        JobafklaringOutcome::NotApplicable => "result--neutral",
    };
    let sub = match (j.outcome, j.max_months) {
        (JobafklaringOutcome::Entitled, Some(m)) => Some((t.ja_entitled_sub)(&t.duration(m))),
        _ => None,
    };
    view! {
        <section
            class=format!("result-panel {tone}")
            id="jobafklaringsforloeb-result"
            data-outcome=ja_value(j.outcome)
            aria-labelledby="jobafklaringsforloeb-heading"
        >
            <h3 class="result-title" id="jobafklaringsforloeb-heading">{t.ja_heading}</h3>
            <p class="result-headline">{ja_headline(t, &j)}</p>
            {sub.map(|s| view! { <p class="result-sub">{s}</p> })}
            <Reasons reasons=j.reasons t=t lang=lang/>
            {j.ydelse.map(|y| view! {
                <p class="result-sub">{(t.ja_ydelse)(&t.kr(y.monthly_kr))}</p>
                <Lines y=y t=t lang=lang/>
            })}
        </section>
    }
}

#[component]
fn YdelsePanel(y: Ydelse, t: &'static Texts, lang: Lang) -> impl IntoView {
    view! {
        <section
            class="result-panel result--neutral"
            id="ydelse-result"
            data-monthly-kr=y.monthly_kr.to_string()
            aria-labelledby="ydelse-heading"
        >
            <h3 class="result-title" id="ydelse-heading">{t.y_heading}</h3>
            <p class="result-headline">{y_headline(t, &y)}</p>
            <Lines y=y.clone() t=t lang=lang/>
            <Reasons reasons=y.reasons t=t lang=lang/>
        </section>
    }
}

/// The worked arithmetic, line by line, ending in the monthly amount.
#[component]
fn Lines(y: Ydelse, t: &'static Texts, lang: Lang) -> impl IntoView {
    (!y.lines.is_empty()).then(|| {
        view! {
            <table class="ydelse-lines">
                <caption>{t.y_lines_caption}</caption>
                <tbody>
                    {y.lines
                        .iter()
                        .map(|l| {
                            view! {
                                <tr>
                                    <td>{lang.pick(&l.text, &l.text_en).to_string()}</td>
                                    <td class="amount">{t.kr_f(l.kr)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{t.y_total}</th>
                        <td class="amount">{t.kr(y.monthly_kr)}</td>
                    </tr>
                </tfoot>
            </table>
        }
    })
}

/// The dates that matter for the rules, as computed by the rules.
#[component]
fn Milestones(a: Assessment, t: &'static Texts) -> impl IntoView {
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
    view! {
        <section class="milestones" aria-labelledby="milestones-heading">
            <h3 id="milestones-heading">{t.milestones_heading}</h3>
            <dl>
                {rows.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
            </dl>
        </section>
    }
}

#[component]
fn NotCovered() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <details class="details not-covered">
            <summary class="details-summary">{move || ctx.t().not_covered_heading}</summary>
            <div class="details-text">
                <ul>{move || ctx.t().not_covered.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
            </div>
        </details>
    }
}
