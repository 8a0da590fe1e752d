//! The `github` format: GitHub Actions workflow commands.
//!
//! A job step that prints `::error file=…,line=…::message` gets an annotation
//! on that line of the pull request's diff. Each claim of each contradiction
//! and update nobody accepted becomes one annotation, so that every source
//! that takes part in a contradiction is marked where a person would fix
//! it (an update at severity info is a `::notice`: a newer figure exists);
//! a final plain line gives the summary for the log. Agreements, compatible
//! values and accepted differences are not annotated: CI stays quiet about
//! them. In a check against references (`--against`), only the checked
//! figure of each finding is annotated: the references are not the files
//! under review.
//!
//! Positions: `line` and `col` are where the claim starts (1-based, the column
//! in characters); `endColumn` is the column just past its last character,
//! as in SARIF. A claim that spans lines gets `endLine` instead of columns,
//! which GitHub only accepts on a single line.

use std::fmt::Write as _;

use crate::consistency::Severity;
use crate::consistency::{Finding, Report};
use crate::report::{annotated, end_position, is_open_contradiction, summary_line, Texts};

/// The report as workflow commands, one line each, then the summary line.
pub fn github(report: &Report, texts: &Texts) -> String {
    let mut out = String::new();
    // Against references, only the checked sources are annotated: what the
    // references say among themselves (`--all`) is for the log.
    let draft = report.figures.is_some();
    let open = report
        .findings
        .iter()
        .filter(|f| is_open_contradiction(f) && (!draft || f.checked.is_some()));
    for finding in open {
        for record in annotated(finding) {
            let mut properties = vec![
                ("file", escape_property(&record.source)),
                ("line", record.line.to_string()),
            ];
            match end_position(record, texts) {
                Some(end) if end.line == record.line => {
                    properties.push(("col", record.column.to_string()));
                    properties.push(("endColumn", end.column.to_string()));
                }
                Some(end) => properties.push(("endLine", end.line.to_string())),
                None => properties.push(("col", record.column.to_string())),
            }
            properties.push(("title", escape_property(&title(finding))));
            let properties: Vec<String> = properties
                .into_iter()
                .map(|(name, value)| format!("{name}={value}"))
                .collect();
            // Writing to a String cannot fail.
            let _ = writeln!(
                out,
                "::{} {}::{}",
                command(finding.severity),
                properties.join(","),
                escape_data(&finding.explanation)
            );
        }
    }
    out.push_str(&escape_data(&format!(
        "claimcheck: {}",
        summary_line(&report.summary)
    )));
    out.push('\n');
    out
}

/// The annotation command for a severity.
fn command(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// The annotation's title: `claimcheck contradiction: media_outlet`, with
/// the scope when there is one.
fn title(finding: &Finding) -> String {
    let subject = match &finding.scope {
        Some(scope) => format!("{} ({scope})", finding.key),
        None => finding.key.clone(),
    };
    format!("claimcheck {}: {subject}", finding.kind.name())
}

/// Escapes a command's message, as the Actions toolkit does: a line break
/// would end the command, and `%` starts an escape.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as a message, and `:` and `,`, which end
/// properties.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::{compare, CompareOptions};
    use crate::report::tests::record_in;

    #[test]
    fn escapes() {
        assert_eq!(
            escape_data("50% of\r\nthem: a, b"),
            "50%25 of%0D%0Athem: a, b"
        );
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn one_annotation_per_claim_of_a_contradiction() {
        let a = "Dix-sept médias.";
        let b = "Only\n16 médias, in all.";
        let texts: Texts = [("dir/a,1.txt", a), ("b.txt", b)].into_iter().collect();
        let records = vec![
            record_in("dir/a,1.txt", a, "Dix-sept médias", 17.0),
            record_in("b.txt", b, "16 médias", 16.0),
        ];
        let report = compare(records, 2, &CompareOptions::default());
        let out = github(&report, &texts);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert_eq!(
            lines[0],
            format!(
                "::error file=b.txt,line=2,col=1,endColumn=10,\
                 title=claimcheck contradiction%3A media_outlet::{}",
                escape_data(&report.findings[0].explanation)
            )
        );
        assert!(lines[1].starts_with("::error file=dir/a%2C1.txt,line=1,col=1,endColumn=16,"));
        assert_eq!(
            lines[2],
            "claimcheck: 2 sources, 2 claims: 1 contradiction, 0 compatible, 0 agreements"
        );
    }

    #[test]
    fn agreements_and_accepted_differences_are_not_annotated() {
        let text = "17 médias, 16 médias";
        let records = vec![
            record_in("a.txt", text, "17 médias", 17.0),
            record_in("b.txt", text, "17 médias", 17.0),
        ];
        let report = compare(records, 2, &CompareOptions::default());
        assert_eq!(report.findings.len(), 1);
        let out = github(&report, &Texts::new());
        assert_eq!(out.lines().count(), 1, "{out}");

        let records = vec![
            record_in("a.txt", text, "17 médias", 17.0),
            record_in("b.txt", text, "16 médias", 16.0),
        ];
        let mut report = compare(records, 2, &CompareOptions::default());
        report.findings[0].accepted = Some("checked with the desk".into());
        assert_eq!(github(&report, &Texts::new()).lines().count(), 1);
    }
}
