//! `kilder DIR`: writes the "Regler og kilder" pages (src/present/kilder.rs) into DIR beside index.html,
//! linking the page's stylesheet, which index.html holds inline and Trunk copies beside it as
//! `main.css`. Run by Trunk's post_build hook with DIR = $TRUNK_STAGING_DIR.

use forloebsberegneren::present::kilder::{file_name, page};
use forloebsberegneren::text::Lang;
use std::path::Path;
use std::process::ExitCode;

/// The stylesheet's copy beside the pages (index.html: `rel="copy-file"`).
const STYLESHEET: &str = "main.css";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir] = args.as_slice() else {
        eprintln!("usage: kilder DIR   (DIR holds the built index.html and {STYLESHEET})");
        return ExitCode::from(2);
    };
    let dir = Path::new(dir);
    if !dir.join(STYLESHEET).is_file() {
        eprintln!("kilder: no {STYLESHEET} in {}", dir.display());
        return ExitCode::FAILURE;
    }
    for lang in [Lang::Da, Lang::En] {
        let path = dir.join(file_name(lang));
        if let Err(error) = std::fs::write(&path, page(lang, STYLESHEET)) {
            eprintln!("kilder: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
