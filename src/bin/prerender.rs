//! Writes the page Trunk builds from: the template `index.html` with the page before the
//! WebAssembly (`ui::shell::page_html`, the same functions the app builds it with) in place of
//! its `<!-- page -->` marker. Run by Trunk's pre_build hook (Trunk.toml), which finishes before
//! Trunk reads the page. The output lives in `style/build/` (generated, git-ignored), so the
//! `data-trunk` links get a `../../` prefix; it is rewritten only when it changes, so a watching
//! `trunk serve` does not rebuild in a loop.
//!
//! Usage: `prerender <template> <output>`.

use forloebsberegneren::ui::shell::page_html;
use std::process::ExitCode;

const MARKER: &str = "<!-- page -->";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [template, output] = args.as_slice() else {
        eprintln!("usage: prerender <template> <output>");
        return ExitCode::from(2);
    };
    match run(template, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(template: &str, output: &str) -> Result<(), String> {
    let html = std::fs::read_to_string(template).map_err(|e| format!("{template}: {e}"))?;
    if html.matches(MARKER).count() != 1 {
        return Err(format!("{template}: needs exactly one {MARKER}"));
    }
    let html = relink(&html.replace(MARKER, &page_html()));
    let path = std::path::Path::new(output);
    if std::fs::read_to_string(path).ok().as_deref() == Some(html.as_str()) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, html).map_err(|e| format!("{output}: {e}"))
}

/// The template's `data-trunk` links point from the repository root; the output is two
/// directories down.
fn relink(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link data-trunk") {
        let end = at + rest[at..].find('>').unwrap_or(rest.len() - at);
        out.push_str(&rest[..at]);
        out.push_str(&rest[at..end].replace(" href=\"", " href=\"../../"));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}
