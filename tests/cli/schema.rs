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
