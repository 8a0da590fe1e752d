//! Number recognition against a peer's test suite: the number cases of
//! Microsoft Recognizers-Text (tests/conformance/README.md).
//!
//! The test fails when a case outside `out-of-scope.yaml` fails, when a listed
//! case passes (the list must stay true), when the list grows past 5% of a
//! language, or when the pass rate of a language falls below 95%.

// The test prints the figures it measures, for the README.
#![allow(clippy::print_stdout)]

use std::collections::BTreeSet;

use claimcheck::lang::Lang;
use claimcheck::quantity::{find_quantities, Kind, Qualifier};
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    lang: String,
    input: String,
    expected: Vec<Expected>,
}

#[derive(Deserialize)]
struct Expected {
    value: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutOfScope {
    lang: String,
    input: String,
    reason: String,
}

/// A value rounded to 12 significant digits, as a comparable key.
fn key(v: f64) -> String {
    format!("{:.11e}", v)
}

/// The values claimcheck reads in `input`, as the scoring counts them.
fn found(input: &str, lang: Lang) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for q in find_quantities(input, lang) {
        if matches!(
            q.kind,
            Kind::Date | Kind::Time | Kind::Ordinal | Kind::Measure
        ) {
            continue;
        }
        if q.qualifier == Qualifier::Range {
            if let Some(i) = q.interval {
                out.extend(i.low().value().map(key));
                out.extend(i.high().value().map(key));
            }
        } else if let Some(v) = q.value {
            out.insert(key(v));
        }
    }
    out
}

fn load(name: &str) -> Vec<Case> {
    let path = format!("{}/tests/conformance/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(n, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1)))
        .collect()
}

fn out_of_scope() -> Vec<OutOfScope> {
    let path = format!(
        "{}/tests/conformance/out-of-scope.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let list: Vec<OutOfScope> =
        serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    for item in &list {
        assert!(
            !item.reason.trim().is_empty(),
            "{path}: {:?} has no reason",
            item.input
        );
    }
    list
}

fn run(file: &str, lang: Lang) {
    let cases = load(file);
    let skipped: Vec<OutOfScope> = out_of_scope()
        .into_iter()
        .filter(|o| o.lang == lang.code())
        .collect();
    let mut passed = 0;
    let mut unexpected = Vec::new();
    let mut stale = Vec::new();
    for case in &cases {
        assert_eq!(case.lang, lang.code());
        let expected: BTreeSet<String> = case.expected.iter().map(|e| key(e.value)).collect();
        let got = found(&case.input, lang);
        let listed = skipped.iter().any(|o| o.input == case.input);
        if got == expected {
            passed += 1;
            if listed {
                stale.push(case.input.clone());
            }
        } else if !listed {
            unexpected.push(format!(
                "{:?}: expected {:?}, found {:?}",
                case.input, expected, got
            ));
        }
    }
    let rate = passed as f64 / cases.len() as f64;
    println!(
        "{file}: {passed} of {} cases pass ({:.1}%), {} out of scope",
        cases.len(),
        rate * 100.0,
        skipped.len()
    );
    assert!(
        unexpected.is_empty(),
        "{file}: failing cases not listed as out of scope:\n{}",
        unexpected.join("\n")
    );
    assert!(
        stale.is_empty(),
        "{file}: listed as out of scope but passing:\n{}",
        stale.join("\n")
    );
    assert!(
        skipped.len() as f64 <= 0.05 * cases.len() as f64,
        "{file}: more than 5% out of scope"
    );
    assert!(
        rate >= 0.95,
        "{file}: pass rate {:.1}% is below 95%",
        rate * 100.0
    );
}

#[test]
fn french_numbers() {
    run("fr.jsonl", Lang::Fr);
}

#[test]
fn english_numbers() {
    run("en.jsonl", Lang::En);
}
