//! The `json` format: the report of the output contract, one JSON document.
//!
//! The shape is the design notes' (`tests/schemas/claimcheck-report.schema.json`):
//! `{"findings":[{"kind","severity","key","scope","explanation","accepted",
//! "claims":[records],"values":[…]}],"summary":{…}}`, each claim a record
//! exactly as `extract --format jsonl` prints it. `values` (each distinct
//! value with the indices of the claims giving it) is an addition the schema
//! allows. Fields come in a fixed order and findings in the report's order,
//! so the output is byte-for-byte stable.

use crate::consistency::Report;

/// The report as one pretty-printed JSON document, ending with a newline.
pub fn json(report: &Report) -> String {
    // The report holds strings, numbers and records, which always serialize;
    // an error here would be a bug in a `Serialize` impl, and it still gives
    // a JSON document, one a consumer sees is not a report.
    let mut out = serde_json::to_string_pretty(report).unwrap_or_else(|err| {
        serde_json::json!({ "error": format!("cannot serialize the report: {err}") }).to_string()
    });
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::{compare, CompareOptions};
    use crate::report::tests::record_in;

    #[test]
    fn contract_fields_in_order() {
        let text = "17 médias et 16 médias";
        let records = vec![
            record_in("a.txt", text, "17 médias", 17.0),
            record_in("b.txt", text, "16 médias", 16.0),
        ];
        let report = compare(records, 2, &CompareOptions::default());
        let out = json(&report);
        assert!(out.ends_with("}\n"), "{out}");
        let value: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        let finding = &value["findings"][0];
        assert_eq!(finding["kind"], "contradiction");
        assert_eq!(finding["severity"], "error");
        assert_eq!(finding["key"], "media_outlet");
        assert_eq!(finding["accepted"], serde_json::Value::Null);
        assert_eq!(finding["claims"][0]["text"], "17 médias");
        assert_eq!(finding["claims"][1]["source"], "b.txt");
        assert_eq!(value["summary"]["contradictions"], 1);
        let order = [
            "\"kind\"",
            "\"severity\"",
            "\"key\"",
            "\"scope\"",
            "\"explanation\"",
        ];
        let at: Vec<usize> = order.iter().filter_map(|k| out.find(k)).collect();
        assert_eq!(at.len(), order.len());
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{out}");
        assert_eq!(json(&report), out, "deterministic");
    }
}
