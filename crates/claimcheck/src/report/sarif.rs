//! The `sarif` format: SARIF 2.1.0, the log format code-scanning tools read
//! (GitHub code scanning, IDE viewers).
//!
//! One run of the tool `claimcheck`, with two rules, `contradiction` and
//! `update` (a newer figure of a changing tally, from a later dated source),
//! and one result for each contradiction and update: its level from the
//! finding's severity, its
//! message the finding's explanation, and one location for each claim, so
//! that a viewer lists every source involved. Agreements and compatible
//! values are not results: nothing is wrong with them. A difference a person
//! accepted stays a result, with an external suppression carrying the
//! reason, which viewers show as dismissed, and the tag `accepted`. The
//! run's properties hold the report's summary (accepted findings counted
//! apart, as in the JSON report). Against references (`--against`), a
//! result's location is the checked figure and the references' claims are
//! its related locations; the run's properties also list every checked
//! figure with its verdict, as the JSON report's `figures`.
//!
//! Columns are counted in characters (`columnKind: unicodeCodePoints`), as
//! everywhere in claimcheck; `endColumn` is the column just past the claim.

use serde::Serialize;

use crate::consistency::{Figure, Finding, Report, Severity, Summary, Verdict};
use crate::labels::file_name;
use crate::record::Record;
use crate::report::{end_position, span_text, Texts};

/// The schema SARIF logs name, as published by OASIS.
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The rules, in their order in the log: the finding kind each reports,
/// and its id.
const RULES: [(Verdict, &str); 2] = [
    (Verdict::Contradiction, "contradiction"),
    (Verdict::Update, "update"),
];

/// The report as a SARIF 2.1.0 log: one pretty-printed JSON document ending
/// with a newline.
pub fn sarif(report: &Report, texts: &Texts) -> String {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "claimcheck",
                    version: env!("CARGO_PKG_VERSION"),
                    rules: vec![
                        Rule {
                        id: RULES[0].1,
                        name: "Contradiction",
                        short_description: Text {
                            text:
                                "Sources give figures for the same thing that cannot all be true."
                                    .to_string(),
                        },
                        full_description: Text {
                            text:
                                "Two or more sources count the same thing (same concept key, same \
                                   scope) with values whose intervals do not overlap, even after \
                                   allowing round figures their rounding."
                                    .to_string(),
                        },
                        default_configuration: Configuration { level: "error" },
                    },
                        Rule {
                            id: RULES[1].1,
                            name: "Update",
                            short_description: Text {
                                text: "A later source gives a newer figure of a changing tally."
                                    .to_string(),
                            },
                            full_description: Text {
                                text: "Two dated sources count a tally that changes as an event \
                                       unfolds (the dead, the injured, seats) and the later one \
                                       gives the larger figure: the older figure may need \
                                       updating."
                                    .to_string(),
                            },
                            default_configuration: Configuration { level: "note" },
                        },
                    ],
                },
            },
            column_kind: "unicodeCodePoints",
            properties: RunProperties {
                summary: report.summary,
                figures: report.figures.as_deref(),
            },
            results: report
                .findings
                .iter()
                .filter_map(|f| {
                    let index = RULES.iter().position(|(kind, _)| *kind == f.kind)?;
                    Some(result(f, index, texts))
                })
                .collect(),
        }],
    };
    // Strings and integers always serialize; see `json` for the fallback.
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_else(|err| {
        serde_json::json!({ "error": format!("cannot serialize the SARIF log: {err}") }).to_string()
    });
    out.push('\n');
    out
}

/// The SARIF result of one contradiction or update, of the rule at `rule`.
fn result<'a>(finding: &'a Finding, rule: usize, texts: &Texts<'a>) -> SarifResult<'a> {
    let label = |i: usize| {
        finding
            .values
            .iter()
            .find(|v| v.claims.contains(&i))
            .map(|v| v.label.clone())
            .unwrap_or_else(|| crate::labels::value_label(&finding.claims[i]))
    };
    SarifResult {
        rule_id: RULES[rule].1,
        rule_index: rule,
        level: match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "note",
        },
        message: Text {
            text: finding.explanation.clone(),
        },
        // A checked figure is the result's location; the references it is
        // judged against are related locations.
        locations: finding
            .claims
            .iter()
            .enumerate()
            .filter(|(i, _)| finding.checked.is_none_or(|c| c == *i))
            .map(|(i, record)| location(record, texts, label(i)))
            .collect(),
        related_locations: finding
            .claims
            .iter()
            .enumerate()
            .filter(|(i, _)| finding.checked.is_some_and(|c| c != *i))
            .map(|(i, record)| location(record, texts, label(i)))
            .collect(),
        suppressions: finding
            .accepted
            .as_ref()
            .map(|reason| {
                vec![Suppression {
                    kind: "external",
                    justification: reason,
                }]
            })
            .unwrap_or_default(),
        properties: finding.accepted.as_ref().map(|_| ResultProperties {
            tags: vec![finding.level()],
        }),
    }
}

/// Where one claim of a contradiction is, with its value as the location's
/// message.
fn location<'a>(record: &'a Record, texts: &Texts<'a>, label: String) -> Location<'a> {
    let end = end_position(record, texts);
    Location {
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation {
                uri: uri(&record.source),
            },
            region: Region {
                start_line: record.line,
                start_column: record.column,
                end_line: end.map(|p| p.line),
                end_column: end.map(|p| p.column),
                snippet: span_text(record, texts).map(|text| Snippet { text }),
            },
        },
        message: Text {
            text: format!("{label} ({})", file_name(&record.source)),
        },
    }
}

/// A source path as a SARIF URI: relative paths stay relative references
/// (code-scanning tools resolve them against the repository), absolute ones
/// become `file://` URIs; every byte outside the unreserved characters and
/// `/` is percent-encoded, so spaces, `#` and `:` cannot change the meaning.
fn uri(path: &str) -> String {
    let native_backslash = std::path::MAIN_SEPARATOR == '\\';
    let path = if native_backslash {
        path.replace('\\', "/")
    } else {
        path.to_string()
    };
    let bytes = path.as_bytes();
    let drive = bytes.len() >= 3
        && bytes[0].is_ascii_alphabetic()
        && bytes[1] == b':'
        && bytes[2] == b'/'
        && native_backslash;
    let (prefix, rest) = if drive {
        (format!("file:///{}:", char::from(bytes[0])), &path[2..])
    } else if path.starts_with('/') {
        ("file://".to_string(), path.as_str())
    } else {
        (String::new(), path.as_str())
    };
    let mut out = prefix;
    for &b in rest.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

// The SARIF objects written, fields in the order the specification lists
// them; absent optional fields are left out rather than written as null,
// which the schema does not allow.

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
    properties: RunProperties<'a>,
}

/// The run's property bag: the report's summary, as the JSON report counts
/// it (accepted findings apart).
#[derive(Serialize)]
struct RunProperties<'a> {
    summary: Summary,
    #[serde(skip_serializing_if = "Option::is_none")]
    figures: Option<&'a [Figure]>,
}

/// A result's property bag: the tag `accepted` on a difference a person
/// accepted (it also carries a suppression).
#[derive(Serialize)]
struct ResultProperties {
    tags: Vec<&'static str>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suppressions: Vec<Suppression<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<ResultProperties>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
    message: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Snippet<'a>>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

#[derive(Serialize)]
struct Suppression<'a> {
    kind: &'static str,
    justification: &'a str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::{compare, CompareOptions};
    use crate::report::tests::record_in;

    #[test]
    fn uris() {
        assert_eq!(uri("fixtures/pegasus/000.txt"), "fixtures/pegasus/000.txt");
        assert_eq!(uri("my drafts/a#1:b.txt"), "my%20drafts/a%231%3Ab.txt");
        assert_eq!(uri("/tmp/é.txt"), "file:///tmp/%C3%A9.txt");
    }

    #[test]
    fn one_result_per_contradiction_with_a_location_per_claim() {
        let a = "Dix-sept médias.";
        let b = "Only\n16 médias, in all.";
        let texts: Texts = [("a.txt", a), ("b.txt", b)].into_iter().collect();
        let records = vec![
            record_in("a.txt", a, "Dix-sept médias", 17.0),
            record_in("b.txt", b, "16 médias", 16.0),
        ];
        let mut report = compare(records, 2, &CompareOptions::default());
        report.findings[0].accepted = Some("the desk checked: 17".into());
        let out = sarif(&report, &texts);
        let log: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        let run = &log["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        assert_eq!(run["tool"]["driver"]["name"], "claimcheck");
        let result = &run["results"][0];
        assert_eq!(result["ruleId"], "contradiction");
        assert_eq!(result["level"], "error");
        let region = &result["locations"][1]["physicalLocation"]["region"];
        assert_eq!(region["startLine"], 2);
        assert_eq!(region["startColumn"], 1);
        assert_eq!(region["endColumn"], 10);
        assert_eq!(region["snippet"]["text"], "16 médias");
        assert_eq!(result["locations"][0]["message"]["text"], "17 (a.txt)");
        assert_eq!(result["suppressions"][0]["kind"], "external");
        assert_eq!(
            result["suppressions"][0]["justification"],
            "the desk checked: 17"
        );
        assert_eq!(result["properties"]["tags"][0], "accepted");
        assert_eq!(run["results"].as_array().map(Vec::len), Some(1));
    }
}
