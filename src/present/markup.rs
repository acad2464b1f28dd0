//! Markup as text, for the whole page: one `inner_html` per change instead of a tree of Leptos
//! views keeps the WebAssembly small, and the markup can be tested natively; page/ wires the
//! controls in it by listeners on their containers.
//! Every text goes through `esc`; nothing the user typed is inserted as typed.

use std::fmt::Write;

/// `&`, `<`, `>`, `"` escaped: safe in text and in double-quoted attributes.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(ch),
        }
    }
    out
}

/// Appends `<tag attrs>text</tag>` with the text escaped (`attrs` is trusted markup).
pub fn el(out: &mut String, tag: &str, attrs: &str, text: &str) {
    let sep = if attrs.is_empty() { "" } else { " " };
    let _ = write!(out, "<{tag}{sep}{attrs}>{}</{tag}>", esc(text));
}

/// Appends a `<ul>` of the items, each escaped.
pub fn list(out: &mut String, items: &[&str]) {
    out.push_str("<ul>");
    for item in items {
        el(out, "li", "", item);
    }
    out.push_str("</ul>");
}

#[derive(Clone, Copy, PartialEq)]
pub enum IconKind {
    Info,
    Error,
    Warning,
    Check,
}

/// The inline Material icons DKFDS uses (class, path), so no icon file has to be fetched.
pub fn icon_parts(kind: IconKind) -> (&'static str, &'static str) {
    match kind {
        IconKind::Info => ("icon-svg alert-icon", "M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zM11 9h2V7h-2v2z"),
        IconKind::Error => ("icon-svg alert-icon", "M11 15h2v2h-2zm0-8h2v6h-2zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z"),
        IconKind::Warning => ("icon-svg alert-icon", "M12 5.99 19.53 19H4.47L12 5.99M12 2 1 21h22L12 2zm1 14h-2v2h2v-2zm0-6h-2v4h2v-4z"),
        IconKind::Check => ("icon-svg", "M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z"),
    }
}

/// An icon as markup; decoration only, hidden from screen readers.
pub fn icon_html(kind: IconKind) -> String {
    let (class, path) = icon_parts(kind);
    format!("<svg class=\"{class}\" viewBox=\"0 0 24 24\" focusable=\"false\" aria-hidden=\"true\"><path d=\"{path}\"></path></svg>")
}

/// A whole number for an SVG coordinate (no float formatting in the WebAssembly).
pub fn n(x: f32) -> i32 {
    (x + 0.5).floor() as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
        let mut out = String::new();
        el(&mut out, "p", "class=\"x\"", "<script>");
        assert_eq!(out, "<p class=\"x\">&lt;script&gt;</p>");
        out.clear();
        list(&mut out, &["a", "<b>"]);
        assert_eq!(out, "<ul><li>a</li><li>&lt;b&gt;</li></ul>");
        assert_eq!((n(2.5), n(2.49), n(0.0)), (3, 2, 0));
    }
}
