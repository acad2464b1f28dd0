//! The layers' imports run one way (src/lib.rs, README "How the code is organised"):
//! rules ← form ← text ← present ← page. A file that reaches up a layer fails here, with its
//! name and line, before the cycle it would start is in the code.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// Each layer's directory, and the crate paths it must not use.
const LAYERS: [(&str, &[&str]); 5] = [
    (
        "src/rules",
        &[
            "crate::form",
            "crate::text",
            "crate::present",
            "crate::page",
            "crate::case_format",
        ],
    ),
    (
        "src/form",
        &["crate::text", "crate::present", "crate::page"],
    ),
    ("src/text", &["crate::present", "crate::page"]),
    ("src/present", &["crate::page"]),
    // The page's state is what every component reads: it uses no other page module.
    ("src/page/state.rs", &["crate::page::"]),
];

fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_file() {
        out.push(path.to_path_buf());
    } else {
        for entry in std::fs::read_dir(path).unwrap() {
            rust_files(&entry.unwrap().path(), out);
        }
    }
}

#[test]
fn no_layer_imports_a_layer_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut wrong = Vec::new();
    for (layer, forbidden) in LAYERS {
        let mut files = Vec::new();
        rust_files(&root.join(layer), &mut files);
        assert!(!files.is_empty(), "{layer} has no files: moved?");
        for file in files {
            let source = std::fs::read_to_string(&file).unwrap();
            for (n, line) in source.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                for path in forbidden.iter().filter(|p| code.contains(*p)) {
                    wrong.push(format!(
                        "{}:{}: {path}",
                        file.strip_prefix(root).unwrap().display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}
