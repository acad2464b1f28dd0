//! The page frame: state, header, error summary, layout, footer with the language switcher,
//! and the crash view that replaces a blank page if anything panics.

use super::form::Form;
use super::form_state::{evaluate, Evaluation, FieldError, FormState, Problem};
use super::html::{el, icon_html, icon_parts, IconKind};
use super::i18n::{Lang, Texts};
use super::results::{on_show, AnswerSummary, Results};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::HashSet;

/// The state every component reads. The form components write `form` and `touched`; so do
/// persist.rs (a restored or deleted situation) and the earlier forløb rows (a removed row).
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub lang: RwSignal<Lang>,
    pub form: RwSignal<FormState>,
    /// Fields the user has finished with (left, or for checkboxes/selects: changed). A field's
    /// own problem is shown only then, so nobody is told off while still typing a date.
    pub touched: RwSignal<HashSet<String>>,
    /// A date being typed again that had no problem on show: it is judged again when the user
    /// leaves it, so that its error (and the answer) does not come and go with each keystroke.
    pub editing: RwSignal<Option<String>>,
    pub evaluation: Memo<Evaluation>,
    /// The problems on show, in page order.
    pub shown_errors: Memo<Vec<FieldError>>,
}

impl Ctx {
    pub fn t(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// The message for the field `id`, if a problem with it is on show.
    pub fn error_for(&self, id: &str) -> Option<String> {
        let t = self.t();
        self.shown_errors.with(|errors| {
            errors
                .iter()
                .find(|e| e.id == id)
                .map(|e| t.problem(&e.problem).to_string())
        })
    }

    /// The user is typing in the date `id`.
    pub fn begin_edit(&self, id: &str) {
        let unjudged = self.editing.with_untracked(|e| e.as_deref() != Some(id));
        if unjudged && self.error_for_untracked(id).is_none() {
            self.editing.set(Some(id.to_string()));
        }
    }

    fn error_for_untracked(&self, id: &str) -> Option<()> {
        self.shown_errors
            .with_untracked(|errors| errors.iter().find(|e| e.id == id).map(|_| ()))
    }

    pub fn touch(&self, id: &str) {
        if self.editing.with_untracked(Option::is_some) {
            self.editing.set(None);
        }
        if !self.touched.with_untracked(|t| t.contains(id)) {
            self.touched.update(|t| {
                t.insert(id.to_string());
            });
        }
    }
}

pub(crate) fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

pub(crate) fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or(NaiveDate::MAX)
}

/// `?lang=en` (or `en-GB`) opens the English page, so a counsellor can hand over a link.
fn initial_lang() -> Lang {
    let search = window().location().search().unwrap_or_default();
    let lang = web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|p| p.get("lang"));
    match lang.as_deref() {
        Some(l) if l.starts_with("en") => Lang::En,
        _ => Lang::Da,
    }
}

/// Starts the page: installs the crash view, removes the "loading" message, mounts the app.
pub fn mount() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash();
    }));
    if let Some(loading) = document().get_element_by_id("loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// Plain DOM, no Leptos: the reactive system may be what failed.
fn show_crash() {
    let document = document();
    let Some(body) = document.body() else { return };
    let Ok(alert) = document.create_element("div") else {
        return;
    };
    alert.set_class_name("alert alert-error crash container");
    alert.set_attribute("role", "alert").ok();
    alert.set_inner_html(
        "<div class=\"alert-body\"><p class=\"alert-heading\">Der opstod en fejl i beregneren</p>\
         <p class=\"alert-text\">Genindlæs siden og prøv igen. Det, du har skrevet, er ikke sendt nogen steder hen.</p>\
         <p class=\"alert-heading\" lang=\"en\">Something went wrong in the calculator</p>\
         <p class=\"alert-text\" lang=\"en\">Reload the page and try again. Nothing you typed was sent anywhere.</p></div>",
    );
    body.prepend_with_node_1(&alert).ok();
    if let Some(main) = document.get_element_by_id("main") {
        main.set_attribute("hidden", "").ok();
    }
}

#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(initial_lang());
    // A share link's situation, or the one saved on this device, or defaults.
    let restored = super::persist::restore();
    let mut initial = restored.form.clone();
    initial.show_all_fields |= initial.holds_hidden_values();
    let form = RwSignal::new(initial);
    let touched = RwSignal::new(restored.touched());
    let editing = RwSignal::new(None::<String>);
    let today = today();
    let evaluation = Memo::new(move |_| form.with(|f| evaluate(f, today)));
    let shown_errors = Memo::new(move |_| {
        let editing = editing.get();
        touched.with(|touched| {
            evaluation.with(|e| {
                e.errors
                    .iter()
                    .filter(|e| editing.as_deref() != Some(e.id.as_str()))
                    .filter(|e| {
                        matches!(e.problem, Problem::Rule { .. }) || touched.contains(&e.id)
                    })
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    });
    let ctx = Ctx {
        lang,
        form,
        touched,
        editing,
        evaluation,
        shown_errors,
    };
    provide_context(ctx);
    super::persist::provide(ctx, &restored);
    let shown = on_show(ctx);

    Effect::new(move |_| {
        let t = ctx.t();
        let document = document();
        if let Some(html) = document.document_element() {
            html.set_attribute("lang", t.code).ok();
        }
        // Screen readers hear the page title first; say that something needs fixing.
        let problems = if shown_errors.with(Vec::is_empty) {
            ""
        } else {
            t.error_prefix
        };
        document.set_title(&format!("{problems}{}", t.title));
    });

    view! {
        <a class="skipnav" href="#main">{move || ctx.t().skip_link}</a>
        <header class="header">
            // The portal bar: no portal logo (this is not borger.dk), the language link for
            // someone who cannot read Danish.
            <div class="portal-bar">
                <div class="container portal-bar-inner">
                    <span class="portal-bar-text">{move || ctx.t().portal_bar}</span>
                    <LanguageToggle/>
                </div>
            </div>
            <div class="solution-info">
                <div class="container solution-info-inner">
                    <div class="solution-heading">
                        <span>{move || ctx.t().title}</span>
                    </div>
                    <p class="authority-name">{move || ctx.t().solution_sub}</p>
                </div>
            </div>
        </header>
        <main id="main" class="container page-main" tabindex="-1">
            <h1>{move || ctx.t().title}</h1>
            <p class="font-lead">{move || ctx.t().lead}</p>
            <div class="alert alert-info guidance" inner_html=move || guidance_html(ctx.t())></div>
            <ErrorSummary/>
            <super::persist::StartNotice/>
            <div class="layout">
                <div class="layout-form">
                    <Form/>
                    <AnswerSummary shown=shown/>
                </div>
                <div class="layout-results">
                    <Results shown=shown/>
                </div>
            </div>
            <super::summary::PrintSummary/>
        </main>
        <Footer/>
    }
}

/// What the page is for and that nothing leaves the device (markup: text only, see html.rs).
fn guidance_html(t: &Texts) -> String {
    let mut out = icon_html(IconKind::Info);
    out.push_str("<div class=\"alert-body\">");
    el(&mut out, "p", "class=\"alert-heading\"", t.guidance_heading);
    el(&mut out, "p", "class=\"alert-text\"", t.guidance_text);
    el(&mut out, "p", "class=\"alert-text\"", t.privacy);
    out.push_str("</div>");
    out
}

/// DKFDS error summary: every problem on show, each a link to its field.
#[component]
fn ErrorSummary() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        // Polite, so a new problem is announced once the user has left the field.
        <div aria-live="polite">
            <Show when=move || ctx.shown_errors.with(|e| !e.is_empty())>
                <div class="alert alert-error error-summary" id="error-summary" tabindex="-1">
                    <Icon kind=IconKind::Error/>
                    <div class="alert-body">
                        <h2 class="alert-heading">{move || ctx.t().errors_heading}</h2>
                        <ul class="alert-text nobullet-list">
                            {move || {
                                let t = ctx.t();
                                ctx.shown_errors
                                    .get()
                                    .into_iter()
                                    .map(|e| {
                                        let text = format!("{}: {}", t.field_label(&e.id), t.problem(&e.problem));
                                        let id = e.id.clone();
                                        view! {
                                            <li>
                                                <a
                                                    class="function-link"
                                                    href=format!("#{}", e.id)
                                                    on:click=move |ev| {
                                                        ev.prevent_default();
                                                        focus_field(&id);
                                                    }
                                                >
                                                    {text}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// Moves focus to a field, opening the "Avanceret" section it may sit in. The URL fragment is
/// left alone: it is reserved for sharing a situation.
pub(crate) fn focus_field(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    if let Ok(Some(details)) = element.closest("details") {
        details.set_attribute("open", "").ok();
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        element.focus().ok();
    }
}

/// A short link in the header, for someone who cannot read the Danish page.
#[component]
fn LanguageToggle() -> impl IntoView {
    let ctx = use_ctx();
    let other = move || match ctx.lang.get() {
        Lang::Da => (Lang::En, "English", "en"),
        Lang::En => (Lang::Da, "Dansk", "da"),
    };
    view! {
        <a
            id="language-toggle"
            class="function-link language-toggle"
            href=move || format!("?lang={}", other().2)
            hreflang=move || other().2
            lang=move || other().2
            on:click=move |ev| {
                ev.prevent_default();
                ctx.lang.set(other().0);
            }
        >
            {move || other().1}
        </a>
    }
}

/// DKFDS footer with the sprogvælger: the chosen language first, in bold, with a check mark.
#[component]
fn Footer() -> impl IntoView {
    let ctx = use_ctx();
    let link = move |lang: Lang| {
        let (name, code) = match lang {
            Lang::Da => ("Dansk", "da"),
            Lang::En => ("English", "en"),
        };
        let selected = move || ctx.lang.get() == lang;
        view! {
            <li>
                <a
                    id=format!("language-{code}")
                    href=format!("?lang={code}")
                    lang=code
                    aria-current=move || selected().then_some("true")
                    aria-label=move || selected().then(|| ctx.t().selected_language)
                    on:click=move |ev| {
                        ev.prevent_default();
                        ctx.lang.set(lang);
                    }
                >
                    <Show when=selected>
                        <Icon kind=IconKind::Check/>
                    </Show>
                    {name}
                </a>
            </li>
        }
    };
    view! {
        <footer>
            <div class="footer">
                <div class="container">
                    <p>{move || ctx.t().footer_text}</p>
                </div>
            </div>
            <div class="language-switcher">
                <div class="container">
                    <ul aria-label=move || ctx.t().languages_label>
                        {move || match ctx.lang.get() {
                            Lang::Da => (link(Lang::Da), link(Lang::En)),
                            Lang::En => (link(Lang::En), link(Lang::Da)),
                        }}
                    </ul>
                </div>
            </div>
        </footer>
    }
}

/// An icon (html.rs `icon_parts`) as a view, for the parts of the page built as views.
#[component]
pub(crate) fn Icon(kind: IconKind) -> impl IntoView {
    let (class, path) = icon_parts(kind);
    view! {
        <svg class=class viewBox="0 0 24 24" focusable="false" aria-hidden="true">
            <path d=path></path>
        </svg>
    }
}
