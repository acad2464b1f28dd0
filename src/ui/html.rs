//! Markup as text, for the parts of the page that are drawn once per change and never
//! interacted with (timeline, what-if tables, print summary): one `inner_html` instead of a
//! tree of Leptos views keeps the WebAssembly small, and the markup can be tested natively.
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
        assert_eq!((n(2.5), n(2.49), n(0.0)), (3, 2, 0));
    }
}
