//! `kilder DIR`: writes the "Regler og kilder" pages (src/present/kilder.rs) into DIR beside index.html,
//! linking the same stylesheet. Run by Trunk's post_build hook with DIR = $TRUNK_STAGING_DIR.

use forloebsberegneren::present::kilder::{file_name, page};
use forloebsberegneren::text::Lang;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: kilder DIR   (DIR holds the built index.html)");
        return ExitCode::from(2);
    };
    let dir = Path::new(dir);
    let index = match std::fs::read_to_string(dir.join("index.html")) {
        Ok(index) => index,
        Err(error) => {
            eprintln!("kilder: cannot read {}/index.html: {error}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let Some(stylesheet) = stylesheet_of(&index) else {
        eprintln!("kilder: no stylesheet link in {}/index.html", dir.display());
        return ExitCode::FAILURE;
    };
    for lang in [Lang::Da, Lang::En] {
        let path = dir.join(file_name(lang));
        if let Err(error) = std::fs::write(&path, page(lang, stylesheet)) {
            eprintln!("kilder: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// The href of index.html's `rel="stylesheet"` link (Trunk writes the hashed name there).
fn stylesheet_of(index: &str) -> Option<&str> {
    let link = index
        .split("<link")
        .find(|tag| tag.contains("stylesheet"))?;
    let href = link.split("href=\"").nth(1)?;
    href.split('"').next()
}
