//! `assess FILE` or `assess -` (stdin): reads one situation in the case format (SPEC § 7) and
//! prints the assessment as pretty JSON. Bad input: one line on stderr naming the field, exit 2.

use forloebsberegneren::case_format::read_situation;
use forloebsberegneren::rules::{assess, InputError};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: assess FILE | assess -   (reads a situation as JSON from FILE or stdin, prints the assessment as JSON)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if source.starts_with('-') && source != "-" {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let input = if source == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(source)
    };
    let input = match input {
        Ok(text) => text,
        Err(error) => {
            eprintln!("assess: cannot read {source}: {error}");
            return ExitCode::from(2);
        }
    };
    let situation = match read_situation(&input) {
        Ok(situation) => situation,
        Err(errors) => {
            eprintln!("{}", one_line(&errors));
            return ExitCode::from(2);
        }
    };
    let Ok(json) = serde_json::to_string_pretty(&assess(&situation)) else {
        eprintln!("assess: could not write the assessment as JSON");
        return ExitCode::from(1);
    };
    // Written in one call, so a closed pipe gives an exit status rather than a panic.
    match writeln!(std::io::stdout().lock(), "{json}") {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(1),
    }
}

/// The first problem on one line, naming its field, and how many more there are.
fn one_line(errors: &[InputError]) -> String {
    let Some(first) = errors.first() else {
        return "assess: invalid input".into();
    };
    let field = if first.field.is_empty() {
        "input"
    } else {
        &first.field
    };
    let more = match errors.len() - 1 {
        0 => String::new(),
        1 => " (and 1 more problem)".into(),
        n => format!(" (and {n} more problems)"),
    };
    let text = format!(
        "assess: {field}: {} / {}{more}",
        first.message_en, first.message
    );
    text.replace('\n', " ")
}
