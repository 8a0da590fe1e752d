//! Dates and tolls end to end, on the invented articles of
//! `fixtures/dated/`: a toll that rises from one dated source to a later
//! one is an update, one that falls is a contradiction, and a figure an
//! article presents as earlier ("up from 2,012") is compared with nothing.

use serde_json::Value;

use crate::util::{records, root_command};

const DAY1: &str = "fixtures/dated/fr_2023-09-09_bilan.txt";
const DAY2: &str = "fixtures/dated/fr_2023-09-10_bilan.txt";
const DAY3_LOWER: &str = "fixtures/dated/en_2023-09-11_toll.txt";
const UP_FROM: &str = "fixtures/dated/en_2023-09-12_up_from.txt";
const WIRE: &str = "fixtures/dated/en_2023-09-12_wire.txt";

/// The JSON report of `check ARGS` and its exit code.
fn check(args: &[&str]) -> (Value, Option<i32>) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = root_command().args(&all).output();
    assert_eq!(out.stderr, "", "{all:?}");
    let report = serde_json::from_str(&out.stdout).expect("one JSON document");
    (report, out.code)
}

/// `(kind, severity, key)` of each finding.
fn findings(report: &Value) -> Vec<(String, String, String)> {
    let empty = Vec::new();
    report["findings"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (s("kind"), s("severity"), s("key"))
        })
        .collect()
}

fn kind(kind: &str, severity: &str) -> (String, String, String) {
    (kind.into(), severity.into(), "dead".into())
}

#[test]
fn every_record_carries_its_source_date() {
    let out = root_command()
        .args(["extract", "--format", "jsonl", DAY2, UP_FROM])
        .stdout();
    for record in records(&out) {
        let want = if record["source"] == DAY2 {
            "2023-09-10"
        } else {
            "2023-09-12"
        };
        assert_eq!(record["date"], want, "{record}");
    }
    let undated = root_command()
        .args([
            "extract",
            "--format",
            "jsonl",
            "fixtures/pegasus/001_b3c354b7dbdace24.txt",
        ])
        .stdout();
    for record in records(&undated) {
        assert_eq!(record["date"], Value::Null, "{record}");
        assert_eq!(record["superseded"], false, "{record}");
    }
}

#[test]
fn a_toll_that_rises_later_is_an_update_and_does_not_fail() {
    let (report, code) = check(&[DAY1, DAY2]);
    assert_eq!(code, Some(0));
    assert_eq!(findings(&report), [kind("update", "info")]);
    assert_eq!(
        report["findings"][0]["explanation"],
        "A newer figure exists: 820 (fr_2023-09-09_bilan, 2023-09-09), \
         then 2012 (fr_2023-09-10_bilan, 2023-09-10)."
    );
    assert_eq!(report["summary"]["updates"], 1);
    assert_eq!(report["summary"]["contradictions"], 0);
    // The second article's own earlier figure ("le précédent bilan faisait
    // état de 820 morts") is not among the claims compared.
    let claims = report["findings"][0]["claims"].as_array().map(Vec::len);
    assert_eq!(claims, Some(2));
    // At info, an update fails no run, whatever --fail-on says.
    root_command()
        .args(["check", "--fail-on", "warning", DAY1, DAY2])
        .assert_exit_code(0);
    let human = root_command().args(["check", DAY1, DAY2]).stdout();
    assert!(
        human.starts_with("info[update]: dead — 820 vs 2012\n"),
        "{human}"
    );
    assert!(human.ends_with(", 1 update\n"), "{human}");
}

#[test]
fn a_draft_older_than_its_reference_is_a_warning() {
    let (report, code) = check(&[DAY1, "--against", DAY2]);
    assert_eq!(code, Some(0));
    assert_eq!(findings(&report), [kind("update", "warning")]);
    root_command()
        .args(["check", "--fail-on", "warning", DAY1, "--against", DAY2])
        .assert_exit_code(1);
    // The draft has the newer figure: for information only.
    let (report, _) = check(&[DAY2, "--against", DAY1]);
    assert_eq!(findings(&report), [kind("update", "info")]);
}

#[test]
fn a_toll_that_falls_later_is_a_contradiction() {
    let (report, code) = check(&[DAY2, DAY3_LOWER]);
    assert_eq!(code, Some(1));
    assert_eq!(findings(&report), [kind("contradiction", "error")]);
    let text = report["findings"][0]["explanation"]
        .as_str()
        .unwrap_or_default();
    assert!(!text.contains("newer"), "{text}");
}

#[test]
fn an_earlier_figure_up_from_is_compared_with_nothing() {
    let out = root_command()
        .args(["extract", "--format", "jsonl", UP_FROM])
        .stdout();
    let earlier: Vec<Value> = records(&out)
        .into_iter()
        .filter(|r| r["superseded"] == true)
        .collect();
    assert_eq!(earlier.len(), 1, "{out}");
    assert_eq!(earlier[0]["text"], "2,012 dead");
    assert_eq!(earlier[0]["key"], "dead");
    let human = root_command().args(["extract", UP_FROM]).stdout();
    let marked: Vec<&str> = human
        .lines()
        .filter(|l| l.ends_with("  [earlier figure]"))
        .collect();
    assert_eq!(marked.len(), 1, "{human}");
    assert!(marked[0].contains("  2,012 dead  "), "{human}");
    // Beside another article of the same day: one agreement on 2,900; the
    // 2,012 of "up from 2,012" would otherwise contradict it.
    let (report, code) = check(&[UP_FROM, WIRE]);
    assert_eq!(code, Some(0));
    assert_eq!(findings(&report), [kind("agreement", "info")]);
    assert_eq!(report["summary"]["claims"], 2);
}

#[test]
fn updates_in_ci_formats() {
    let github = root_command()
        .args(["check", "--format", "github", DAY1, DAY2])
        .stdout();
    let lines: Vec<&str> = github.lines().collect();
    assert_eq!(lines.len(), 3, "{github}");
    assert!(
        lines[0].starts_with(&format!("::notice file={DAY1},line=5,"))
            && lines[0].contains("title=claimcheck update%3A dead::A newer figure exists"),
        "{github}"
    );
    let sarif: Value = serde_json::from_str(
        &root_command()
            .args(["check", "--format", "sarif", DAY1, DAY2])
            .stdout(),
    )
    .expect("one JSON document");
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "update");
    assert_eq!(result["ruleIndex"], 1);
    assert_eq!(result["level"], "note");
    assert_eq!(
        sarif["runs"][0]["tool"]["driver"]["rules"][1]["id"],
        "update"
    );
}

#[test]
fn undated_sources_of_a_toll_are_noted() {
    let dir = crate::util::Dir::new();
    let undated = dir.create("undated.txt", "Le séisme a fait 1 200 morts.\n");
    let day1 = std::path::Path::new(crate::util::ROOT).join(DAY1);
    let out = dir
        .command()
        .args(["check", "--format", "json"])
        .args([&undated, &day1])
        .assert_exit_code(1);
    let report: Value = serde_json::from_str(&out.stdout).expect("one JSON document");
    let text = report["findings"][0]["explanation"]
        .as_str()
        .unwrap_or_default();
    assert!(
        text.ends_with("The figures may be from different times (undated: no date)."),
        "{text}"
    );
}
