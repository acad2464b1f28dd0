//! The page around the answers as markup (see markup.rs): header, lead, footer, the form's head,
//! and the whole page as it is before the WebAssembly starts. `src/bin/prerender.rs` writes
//! `page_html` into index.html at build time, so the browser shows the page and the empty form
//! at once; the app then attaches to that markup (page/app.rs `start`), keeping what was typed,
//! and redraws a part from these same functions only when it differs (another language, a
//! restored situation's earlier forløb).

use crate::form::FormState;
use crate::present::answers::{answers_html, NoAnswer};
use crate::present::form_markup::{
    fieldset_html, previous_html, show_all_html, AFTER_PREVIOUS, BEFORE_PREVIOUS,
};
use crate::present::markup::{el, icon_html, IconKind};
use crate::text::{Lang, Texts, DA, EN};
use std::fmt::Write;

/// The id of the element that holds the whole page, prerendered or built by the app.
pub const PAGE_ID: &str = "page";

/// (name, code) of a language, and the other one.
fn language(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Da => ("Dansk", "da"),
        Lang::En => ("English", "en"),
    }
}

fn other(lang: Lang) -> Lang {
    match lang {
        Lang::Da => Lang::En,
        Lang::En => Lang::Da,
    }
}

/// The skip link and the DKFDS header: the portal bar (no portal logo: this is not borger.dk)
/// with the language link for someone who cannot read Danish, and the solution's name.
pub fn header_html(lang: Lang) -> String {
    let t = lang.texts();
    let (name, code) = language(other(lang));
    let mut out = String::new();
    el(
        &mut out,
        "a",
        "class=\"skipnav\" href=\"#main\"",
        t.skip_link,
    );
    out.push_str(
        "<header class=\"header\"><div class=\"portal-bar\"><div class=\"container portal-bar-inner\">",
    );
    el(&mut out, "span", "class=\"portal-bar-text\"", t.portal_bar);
    el(
        &mut out,
        "a",
        &format!(
            "id=\"language-toggle\" class=\"function-link language-toggle\" href=\"?lang={code}\" \
             hreflang=\"{code}\" lang=\"{code}\" data-lang=\"{code}\""
        ),
        name,
    );
    out.push_str("</div></div><div class=\"solution-info\"><div class=\"container solution-info-inner\"><div class=\"solution-heading\">");
    el(&mut out, "span", "", t.title);
    out.push_str("</div>");
    el(&mut out, "p", "class=\"authority-name\"", t.solution_sub);
    out.push_str("</div></div></header>");
    out
}

/// The page's heading, lead and guidance (what the page is for, that nothing leaves the device).
pub fn lead_html(t: &Texts) -> String {
    let mut out = String::new();
    el(&mut out, "h1", "", t.title);
    el(&mut out, "p", "class=\"font-lead\"", t.lead);
    out.push_str("<div class=\"alert alert-info guidance\">");
    out.push_str(&icon_html(IconKind::Info));
    out.push_str("<div class=\"alert-body\">");
    el(&mut out, "p", "class=\"alert-heading\"", t.guidance_heading);
    el(&mut out, "p", "class=\"alert-text\"", t.guidance_text);
    el(&mut out, "p", "class=\"alert-text\"", t.privacy);
    out.push_str("</div></div>");
    out
}

/// The DKFDS footer with the sprogvælger: the chosen language first, in bold, with a check.
pub fn footer_html(lang: Lang) -> String {
    let t = lang.texts();
    let mut out = String::from("<footer><div class=\"footer\"><div class=\"container\">");
    el(&mut out, "p", "", t.footer_text);
    let _ = write!(
        out,
        "</div></div><div class=\"language-switcher\"><div class=\"container\"><ul aria-label=\"{}\">",
        crate::present::markup::esc(t.languages_label)
    );
    for (i, l) in [lang, other(lang)].into_iter().enumerate() {
        let (name, code) = language(l);
        let selected = if i == 0 {
            format!(
                " aria-current=\"true\" aria-label=\"{}\"",
                crate::present::markup::esc(t.selected_language)
            )
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<li><a id=\"language-{code}\" href=\"?lang={code}\" lang=\"{code}\" data-lang=\"{code}\"{selected}>{}{name}</a></li>",
            if i == 0 { icon_html(IconKind::Check) } else { String::new() }
        );
    }
    out.push_str("</ul></div></div></footer>");
    out
}

/// The form's heading, its intro with a way to the answer (on a phone it is below the form),
/// and the counsellor's switch.
pub fn form_head_html(lang: Lang, form: &FormState) -> String {
    let t = lang.texts();
    let mut out = String::new();
    el(&mut out, "h2", "id=\"form-heading\"", t.form_heading);
    let _ = write!(out, "<p>{} ", crate::present::markup::esc(t.form_intro));
    el(
        &mut out,
        "a",
        "class=\"function-link to-results\" href=\"#results-heading\"",
        t.to_results,
    );
    out.push_str("</p><div class=\"show-all\">");
    out.push_str(&show_all_html(lang, form));
    out.push_str("</div>");
    out
}

/// The messages shown while the app cannot speak for itself are in both catalogues, Danish
/// first: the page before the WebAssembly, and public/boot.js, do not know the page's language.
const BOTH_LANGUAGES: [(&Texts, &str); 2] = [(&DA, ""), (&EN, " lang=\"en\"")];

/// What the calculation needs, shown while it cannot run: without JavaScript (`<noscript>`),
/// and when WebAssembly cannot start (public/boot.js adds class "failed" to `#loading`; the app
/// removes `#loading` once it has started). Both languages: the page before the WebAssembly is
/// Danish.
fn cannot_run_html() -> String {
    let alert = |out: &mut String, attrs: &str, text: &dyn Fn(&Texts) -> String| {
        let _ = write!(out, "<div class=\"alert alert-warning cannot-run\"{attrs}>");
        out.push_str(&icon_html(IconKind::Warning));
        out.push_str("<div class=\"alert-body\">");
        for (t, lang) in BOTH_LANGUAGES {
            let _ = write!(out, "<p class=\"alert-text\"{lang}>{}</p>", text(t));
        }
        out.push_str("</div></div>");
    };
    let strong = |heading: &str, text: &str| {
        format!(
            "<strong>{}</strong> {}",
            crate::present::markup::esc(heading),
            crate::present::markup::esc(text)
        )
    };
    let mut out = String::from("<noscript>");
    alert(&mut out, "", &|t| strong(t.no_script, t.form_still_here));
    out.push_str("</noscript>");
    alert(&mut out, " id=\"loading\" role=\"alert\"", &|t| {
        strong(t.no_wasm_heading, t.no_wasm)
    });
    out
}

/// The crash view, for public/boot.js to put above the page when the WebAssembly stops on an
/// error (a panic aborts the module, which then cannot draw anything itself).
fn crash_html() -> String {
    let mut out = String::from(
        "<template id=\"crash\"><div class=\"alert alert-error crash container\" role=\"alert\"><div class=\"alert-body\">",
    );
    for (t, lang) in BOTH_LANGUAGES {
        let _ = write!(
            out,
            "<p class=\"alert-heading\"{lang}>{}</p><p class=\"alert-text\"{lang}>{}</p>",
            crate::present::markup::esc(t.crash_heading),
            crate::present::markup::esc(t.crash)
        );
    }
    out.push_str("</div></div></template>");
    out
}

/// The whole page before the WebAssembly starts: the app's markup for an empty form, in Danish.
pub fn page_html() -> String {
    let lang = Lang::Da;
    let t = lang.texts();
    let form = FormState::default();
    let none = |_: &str| None;
    // The places the app puts its own parts into (page::app `start`), empty until it starts.
    let mut out = format!("<div id=\"{PAGE_ID}\"><div class=\"page-top\">");
    out.push_str(&header_html(lang));
    out.push_str("</div>");
    out.push_str(
        "<main id=\"main\" class=\"container page-main\" tabindex=\"-1\"><div class=\"lead\">",
    );
    out.push_str(&lead_html(t));
    out.push_str(
        "</div><div id=\"error-summary-region\" aria-live=\"polite\"></div>\
         <div id=\"consult-notice-region\" role=\"status\" tabindex=\"-1\"></div>\
         <div class=\"layout\"><div class=\"layout-form\">\
         <form class=\"calculator-form\" novalidate aria-labelledby=\"form-heading\"><div class=\"form-head\">",
    );
    out.push_str(&form_head_html(lang, &form));
    out.push_str("</div>");
    for fieldset in &BEFORE_PREVIOUS {
        let _ = write!(
            out,
            "<fieldset>{}</fieldset>",
            fieldset_html(fieldset, lang, &form, &none)
        );
    }
    let _ = write!(
        out,
        "<fieldset>{}</fieldset>",
        previous_html(lang, &form, &none)
    );
    for fieldset in &AFTER_PREVIOUS {
        let _ = write!(
            out,
            "<fieldset>{}</fieldset>",
            fieldset_html(fieldset, lang, &form, &none)
        );
    }
    out.push_str("</form></div><div class=\"layout-results\"><section class=\"results\" aria-labelledby=\"results-heading\">");
    el(
        &mut out,
        "h2",
        "id=\"results-heading\" tabindex=\"-1\"",
        t.results_heading,
    );
    out.push_str(&cannot_run_html());
    out.push_str(
        "<p class=\"sr-only\" aria-live=\"polite\" id=\"results-status\"></p><div id=\"answers\">",
    );
    out.push_str(&answers_html(None, NoAnswer::Required, lang));
    out.push_str("</div></section></div></div></main><div class=\"page-bottom\">");
    out.push_str(&footer_html(lang));
    out.push_str("</div></div>");
    out.push_str(&crash_html());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::form_markup::controls;

    #[test]
    fn the_page_before_the_webassembly_holds_every_field_of_the_form() {
        let html = page_html();
        for id in controls().filter_map(|f| f.control_id()) {
            assert_eq!(html.matches(&format!(" id=\"{id}\"")).count(), 1, "{id}");
        }
        for id in [
            "show-all-fields",
            "add-previous-forloeb",
            "answers",
            "results-heading",
            "main",
            "language-toggle",
            "crash",
        ] {
            assert_eq!(html.matches(&format!(" id=\"{id}\"")).count(), 1, "{id}");
        }
        assert!(
            html.contains(DA.results_waiting)
                || html.contains(&crate::present::markup::esc(DA.results_waiting))
        );
        assert!(html.contains("<noscript>") && html.contains("lang=\"en\""));
        // Balanced, as far as the tags the page uses go.
        for tag in [
            "div", "fieldset", "form", "main", "section", "footer", "header", "p", "a", "ul", "li",
            "select", "details",
        ] {
            let opened = html.matches(&format!("<{tag}>")).count()
                + html.matches(&format!("<{tag} ")).count();
            assert_eq!(
                opened,
                html.matches(&format!("</{tag}>")).count(),
                "<{tag}>"
            );
        }
    }

    #[test]
    fn the_footer_puts_the_chosen_language_first() {
        let da = footer_html(Lang::Da);
        assert!(da.find("id=\"language-da\"").unwrap() < da.find("id=\"language-en\"").unwrap());
        assert_eq!(da.matches("aria-current=\"true\"").count(), 1);
        let en = footer_html(Lang::En);
        assert!(en.find("id=\"language-en\"").unwrap() < en.find("id=\"language-da\"").unwrap());
        assert!(header_html(Lang::En).contains("data-lang=\"da\">Dansk</a>"));
    }
}
