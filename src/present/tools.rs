//! "Gem, del og udskriv", the consultation tools under the answer, as markup: the buttons and
//! their hints, drawn once per language, with empty places for what changes (the share status
//! and link, the save status, the what-if tables), which page/tools.rs fills in.

use crate::present::markup::{el, esc};
use crate::text::ConsultTexts;
use std::fmt::Write;

/// The tools' section content. The status lines are `role="status"` nodes that stay, so a
/// screen reader announces each new text in them.
pub fn tools_html(c: &ConsultTexts) -> String {
    let mut out = String::new();
    el(&mut out, "h3", "id=\"tools-heading\"", c.tools_heading);
    let button = |out: &mut String, id: &str, class: &str, described: &str, label: &str| {
        let _ = write!(
            out,
            "<button type=\"button\" id=\"{id}\" class=\"button {class}\"{described}>{}</button>",
            esc(label)
        );
    };
    out.push_str("<div class=\"tool what-if\">");
    button(
        &mut out,
        "what-if-button",
        "button-secondary",
        " aria-expanded=\"false\" aria-controls=\"what-if-panel\"",
        c.wi_button,
    );
    out.push_str("<div id=\"what-if-panel\" hidden></div></div><div class=\"tool\">");
    button(
        &mut out,
        "print-summary-button",
        "button-secondary",
        " aria-describedby=\"print-hint\"",
        c.print_button,
    );
    el(
        &mut out,
        "p",
        "class=\"form-hint\" id=\"print-hint\"",
        c.print_hint,
    );
    out.push_str("</div><div class=\"tool\">");
    button(
        &mut out,
        "copy-link",
        "button-secondary",
        " aria-describedby=\"copy-link-note\"",
        c.share_button,
    );
    el(
        &mut out,
        "p",
        "class=\"form-hint\" id=\"copy-link-note\"",
        c.share_note,
    );
    out.push_str(
        "<p class=\"share-status\" id=\"share-status\" role=\"status\"></p>\
         <div class=\"share-link\"></div></div>\
         <div class=\"tool\"><div class=\"form-group-checkbox\">\
         <input class=\"form-checkbox\" type=\"checkbox\" id=\"save-on-device\" aria-describedby=\"save-on-device-hint\">",
    );
    el(
        &mut out,
        "label",
        "for=\"save-on-device\" class=\"form-label\"",
        c.save_label,
    );
    el(
        &mut out,
        "span",
        "class=\"form-hint\" id=\"save-on-device-hint\"",
        c.save_hint,
    );
    out.push_str("</div>");
    button(
        &mut out,
        "delete-my-data",
        "button-tertiary",
        "",
        c.delete_button,
    );
    out.push_str("<p class=\"save-status\" id=\"save-status\" role=\"status\"></p></div>");
    out
}

/// The link field after "Kopiér link", selectable for copying by hand.
pub fn link_html(c: &ConsultTexts, url: &str) -> String {
    format!(
        "<label class=\"form-label\" for=\"share-link-url\">{}</label>\
         <input class=\"form-input\" type=\"text\" id=\"share-link-url\" readonly spellcheck=\"false\" value=\"{}\">",
        esc(c.share_field),
        esc(url)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    /// Every control the tests and the page's wiring look up is there once, in both languages.
    #[test]
    fn the_tools_hold_their_controls() {
        for lang in [Lang::Da, Lang::En] {
            let html = tools_html(lang.c());
            for id in [
                "tools-heading",
                "what-if-button",
                "what-if-panel",
                "print-summary-button",
                "print-hint",
                "copy-link",
                "copy-link-note",
                "share-status",
                "save-on-device",
                "save-on-device-hint",
                "delete-my-data",
                "save-status",
            ] {
                assert_eq!(html.matches(&format!("id=\"{id}\"")).count(), 1, "{id}");
            }
            assert!(html.contains(&esc(lang.c().wi_button)));
        }
    }

    #[test]
    fn the_link_is_escaped() {
        let html = link_html(Lang::Da.c(), "https://x/?a=1&b=\"2\"#v1;y");
        assert!(html.contains("value=\"https://x/?a=1&amp;b=&quot;2&quot;#v1;y\""));
    }
}
