//! The `assess` command: valid input gives JSON and exit 0; bad input gives exactly one stderr
//! line naming the field, an empty stdout and exit status 2.
#![cfg(not(target_arch = "wasm32"))] // native only: runs the assess binary

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run_stdin(input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("assess starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("assess finishes")
}

fn run_args(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .output()
        .expect("assess runs")
}

/// Exit 2, nothing on stdout, one stderr line that contains `field`.
fn assert_rejected(output: &Output, field: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(2),
        "exit status; stderr: {stderr}"
    );
    assert!(
        output.stdout.is_empty(),
        "stdout must be empty, got {:?}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert_eq!(
        stderr.lines().count(),
        1,
        "exactly one stderr line, got {stderr:?}"
    );
    assert!(
        stderr.contains(field),
        "stderr {stderr:?} should name {field:?}"
    );
    assert!(!stderr.contains("panicked"), "no panic: {stderr}");
}

#[test]
fn valid_input_prints_the_assessment() {
    let output = run_stdin(r#"{"date":"2024-01-15","birth_date":"1961-08-20"}"#);
    assert_eq!(
        output.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    let ressourceforloeb = &json["ressourceforloeb"];
    assert_eq!(ressourceforloeb["outcome"], "only_if_wished");
    let reason = ressourceforloeb["reasons"]
        .as_array()
        .and_then(|reasons| {
            reasons
                .iter()
                .find(|reason| reason["law"] == "LAB § 112, stk. 3")
        })
        .expect("the § 112, stk. 3 reason");
    assert!(reason["text"]
        .as_str()
        .is_some_and(|text| text.contains("mindre end 6 år")));
    assert!(reason["text_en"]
        .as_str()
        .is_some_and(|text| text.contains("less than 6 years")));
}

#[test]
fn reads_a_file() {
    let path = std::env::temp_dir().join(format!("assess-cli-{}.json", std::process::id()));
    std::fs::write(
        &path,
        r#"{"date":"2024-01-15","birth_date":"1985-05-05","forsoerger":true}"#,
    )
    .expect("write temp file");
    let output = run_args(&[path.to_str().expect("utf-8 path")]);
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("stdout is JSON");
    assert_eq!(json["ydelse"]["monthly_kr"], 15547);
}

#[test]
fn malformed_json() {
    assert_rejected(&run_stdin(r#"{"date": "2024-01-15", "#), "input");
}

#[test]
fn empty_input() {
    assert_rejected(&run_stdin(""), "input");
}

#[test]
fn wrong_type() {
    assert_rejected(
        &run_stdin(r#"{"date":"2024-01-15","birth_date":"1985-05-05","wishes_forloeb":"ja"}"#),
        "wishes_forloeb",
    );
}

#[test]
fn unknown_field() {
    assert_rejected(
        &run_stdin(r#"{"date":"2024-01-15","birth_date":"1985-05-05","wishes":true}"#),
        "wishes",
    );
}

#[test]
fn impossible_date() {
    assert_rejected(
        &run_stdin(r#"{"date":"2023-02-30","birth_date":"1985-05-05"}"#),
        "date",
    );
}

#[test]
fn end_before_start() {
    let input = r#"{"date":"2024-01-15","birth_date":"1985-05-05","previous_forloeb":[{"start":"2020-01-01","end":"2019-01-01"}]}"#;
    assert_rejected(&run_stdin(input), "previous_forloeb[0].end");
}

#[test]
fn negative_amount() {
    assert_rejected(
        &run_stdin(
            r#"{"date":"2024-01-15","birth_date":"1985-05-05","other_income_monthly":-100}"#,
        ),
        "other_income_monthly",
    );
}

#[test]
fn birth_after_date() {
    assert_rejected(
        &run_stdin(r#"{"date":"2024-01-15","birth_date":"2025-01-01"}"#),
        "birth_date",
    );
}

#[test]
fn date_before_2013() {
    assert_rejected(
        &run_stdin(r#"{"date":"2012-12-31","birth_date":"1985-05-05"}"#),
        "date",
    );
}

#[test]
fn several_problems_show_the_first_and_count_the_rest() {
    let output =
        run_stdin(r#"{"date":"2012-12-31","birth_date":"2025-01-01","wage_income_monthly":-1}"#);
    assert_rejected(&output, "date");
    assert!(String::from_utf8_lossy(&output.stderr).contains("2 more problems"));
}

#[test]
fn missing_file() {
    assert_rejected(
        &run_args(&["/nonexistent/situation.json"]),
        "/nonexistent/situation.json",
    );
}

#[test]
fn usage_errors() {
    for args in [&[][..], &["a.json", "b.json"][..], &["--frobnicate"][..]] {
        let output = run_args(args);
        assert_eq!(output.status.code(), Some(2), "args {args:?}");
        assert!(output.stdout.is_empty());
        assert!(String::from_utf8_lossy(&output.stderr).contains("usage"));
    }
}

/// serde_json would keep the second of two equal keys silently (review F17).
#[test]
fn duplicate_key() {
    let output =
        run_stdin(r#"{"date":"2024-01-15","birth_date":"1985-05-05","date":"2030-01-01"}"#);
    assert_rejected(&output, "date");
    let nested = run_stdin(
        r#"{"date":"2024-01-15","birth_date":"1985-05-05","previous_forloeb":[{"start":"2020-01-01","end":"2020-12-31","end":"2021-12-31"}]}"#,
    );
    assert_rejected(&nested, "end");
}
