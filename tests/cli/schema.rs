//! The jsonl output is a contract: every record of the seed articles must
//! validate against the JSON Schema of the design notes (`tests/schemas/`).

use std::path::Path;

use serde_json::Value;

use crate::fixtures::pegasus_files;
use crate::util::{records, root_command, ROOT};

/// A schema from `tests/schemas/`.
fn schema(name: &str) -> Value {
    let path = Path::new(ROOT).join("tests/schemas").join(name);
    let text = std::fs::read_to_string(&path).expect("schema file");
    serde_json::from_str(&text).expect("schema is JSON")
}

#[test]
fn pegasus_records_match_the_claim_schema() {
    let validator =
        jsonschema::draft7::new(&schema("claimcheck-claim.schema.json")).expect("valid schema");
    let mut checked = 0;
    for name in pegasus_files() {
        let path = format!("fixtures/pegasus/{name}");
        let out = root_command()
            .args(["extract", "--format", "jsonl", &path])
            .stdout();
        for record in records(&out) {
            let errors: Vec<String> = validator
                .iter_errors(&record)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{path}: {record}\n{errors:#?}");
            checked += 1;
        }
    }
    assert!(checked > 0, "no record to check");
}

#[test]
fn schema_rejects_a_broken_record() {
    // The check above is only worth something if the schema can fail.
    let validator =
        jsonschema::draft7::new(&schema("claimcheck-claim.schema.json")).expect("valid schema");
    let record = serde_json::json!({"source": "a.txt", "line": 0, "qualifier": "roughly"});
    assert!(!validator.is_valid(&record));
}

/// Where the claimcheck schemas live for reference resolution: the report
/// schema's `$ref` to `claimcheck-claim.schema.json` is relative, so both
/// are registered under one base, and nothing is fetched from the network.
const SCHEMA_BASE: &str = "https://claimcheck.invalid/schemas/";

/// Validates `instance` against the report schema, its claim `$ref`s
/// resolved against the claim schema; returns the errors.
pub(crate) fn report_errors(instance: &Value) -> Vec<String> {
    let claim = schema("claimcheck-claim.schema.json");
    let registry = jsonschema::Registry::new()
        .add(format!("{SCHEMA_BASE}claimcheck-claim.schema.json"), &claim)
        .expect("claim schema registers")
        .prepare()
        .expect("registry prepares");
    let validator = jsonschema::draft7::options()
        .with_base_uri(SCHEMA_BASE)
        .with_registry(&registry)
        .build(&schema("claimcheck-report.schema.json"))
        .expect("valid report schema");
    validator
        .iter_errors(instance)
        .map(|e| e.to_string())
        .collect()
}

/// The scenarios whose `check` output is validated: articles, then fact
/// files (whose accepted differences make suppressed SARIF results) with an
/// article, then dated articles (dates, superseded figures, an update).
const CHECKS: [&[&str]; 4] = [
    &["fixtures/pegasus"],
    &["fixtures/pegasus", "fixtures/pegasus-en"],
    &[
        "claims/pegasus",
        "claims/pegasus-en",
        "fixtures/pegasus-en/en_02_israel_talks.txt",
    ],
    &[
        "fixtures/dated/fr_2023-09-09_bilan.txt",
        "fixtures/dated/fr_2023-09-10_bilan.txt",
        "fixtures/dated/en_2023-09-11_toll.txt",
        "fixtures/dated/en_2023-09-12_up_from.txt",
        "fixtures/dated/en_2023-09-12_wire.txt",
    ],
];

/// The output of `check --format FORMAT` on `paths`, as JSON.
fn check_output(format: &str, paths: &[&str]) -> Value {
    let mut args = vec!["check", "--format", format];
    args.extend_from_slice(paths);
    let out = root_command().args(&args).output();
    assert_eq!(out.stderr, "", "{args:?}");
    serde_json::from_str(&out.stdout).expect("one JSON document")
}

#[test]
fn check_reports_match_the_report_schema() {
    for paths in CHECKS {
        let report = check_output("json", paths);
        let claims = report["findings"][0]["claims"].as_array().map(Vec::len);
        assert!(claims > Some(1), "{paths:?}: {report}");
        let errors = report_errors(&report);
        assert!(errors.is_empty(), "{paths:?}\n{errors:#?}");
    }
}

#[test]
fn report_schema_checks_the_claims_it_refers_to() {
    // The claim objects are checked through the `$ref`, not skipped.
    let mut report = check_output("json", CHECKS[0]);
    report["findings"][0]["claims"][0]["qualifier"] = Value::from("roughly");
    assert!(!report_errors(&report).is_empty());
}

#[test]
fn sarif_logs_match_the_sarif_schema() {
    let validator =
        jsonschema::draft4::new(&schema("sarif-schema-2.1.0.json")).expect("valid SARIF schema");
    for paths in CHECKS {
        let log = check_output("sarif", paths);
        let results = log["runs"][0]["results"].as_array().map(Vec::len);
        assert!(results > Some(0), "{paths:?}: {log}");
        let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{paths:?}\n{errors:#?}");
    }
    let broken = serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]});
    assert!(
        !validator.is_valid(&broken),
        "a run without a tool is rejected"
    );
}
