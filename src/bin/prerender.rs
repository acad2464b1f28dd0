//! Writes the page before the WebAssembly (`present::shell::page_html`: the same functions the app
//! builds the page with) to a file that index.html inlines (`<link data-trunk rel="inline">`).
//! Run by Trunk's pre_build hook (Trunk.toml), which finishes before Trunk reads the assets. The
//! file is rewritten only when it changes, so a watching `trunk serve` does not rebuild in a loop.
//!
//! Usage: `prerender <output>`.

use forloebsberegneren::present::shell::page_html;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [output] = args.as_slice() else {
        eprintln!("usage: prerender <output>");
        return ExitCode::from(2);
    };
    match write_if_changed(Path::new(output), &page_html()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {output}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn write_if_changed(path: &Path, html: &str) -> std::io::Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(html) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, html)
}
