//! Report: a check's findings rendered for the people and tools that read them.
//!
//! [`crate::consistency`] decides; this module only writes. Each output format
//! is one pure function from a `Report` (and, for the formats that point
//! into the sources, their [`Texts`]) to a `String`, so that the library
//! still prints nothing and the binary chooses where the text goes:
//!
//! - [`human()`]: for an editor at a terminal, rustc-style: each finding with
//!   the sources' sentences, the claim's words underlined (a finding of
//!   several values as a table of its values, then one sentence per value);
//!   contradictions first, agreements in a line or two.
//! - [`json()`]: the report of the output contract (one JSON document).
//! - [`sarif()`]: SARIF 2.1.0, for code-scanning tools.
//! - [`github()`]: GitHub Actions workflow commands, one annotation a claim.
//! - [`html()`]: one self-contained page, the figures side by side.
//!
//! [`records()`] renders what `extract` finds in one source instead of a
//! check's findings, in each [`RecordFormat`] (an aligned table, JSON lines,
//! a draft fact file), so that the binary renders nothing itself.
//!
//! Every renderer is deterministic: the same report and texts give the same
//! bytes.

use std::collections::BTreeMap;

use crate::consistency::{Finding, Summary, Verdict};
use crate::location::Location;
use crate::record::Record;

mod github;
mod html;
mod human;
mod json;
mod records;
mod sarif;

pub use github::github;
pub use html::html;
pub use human::human;
pub use json::json;
pub use records::{records, write_records, RecordFormat};
pub use sarif::sarif;

/// The texts of the sources a report points into, by source name (the
/// `source` of each record): the human report quotes them, and SARIF and
/// GitHub annotations compute where each claim ends from them. A source
/// missing here is still reported, by line and column only.
#[derive(Clone, Debug, Default)]
pub struct Texts<'a> {
    by_name: BTreeMap<&'a str, &'a str>,
}

impl<'a> Texts<'a> {
    /// No texts.
    pub fn new() -> Texts<'a> {
        Texts::default()
    }

    /// Adds the text of the source `name`, replacing any previous one.
    pub fn insert(&mut self, name: &'a str, text: &'a str) {
        self.by_name.insert(name, text);
    }

    /// The text of the source `name`.
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.by_name.get(name).copied()
    }
}

impl<'a> FromIterator<(&'a str, &'a str)> for Texts<'a> {
    fn from_iter<I: IntoIterator<Item = (&'a str, &'a str)>>(iter: I) -> Texts<'a> {
        Texts {
            by_name: iter.into_iter().collect(),
        }
    }
}

/// The line a report ends with: `5 sources, 17 claims: 1 contradiction,
/// 1 compatible, 2 agreements`, and `, 1 update` when there are updates
/// (most checks have none, and their line stays as it was); accepted
/// findings are counted apart, at the end (`, 1 contradiction accepted`).
pub fn summary_line(summary: &Summary) -> String {
    let mut line = format!(
        "{}, {}: {}, {} compatible, {}",
        plural(summary.sources, "source", "sources"),
        plural(summary.claims, "claim", "claims"),
        plural(summary.contradictions, "contradiction", "contradictions"),
        summary.compatible,
        plural(summary.agreements, "agreement", "agreements"),
    );
    if summary.updates > 0 {
        line.push_str(&format!(
            ", {}",
            plural(summary.updates, "update", "updates")
        ));
    }
    let accepted = [
        (
            summary.accepted.contradictions,
            "contradiction",
            "contradictions",
        ),
        (summary.accepted.updates, "update", "updates"),
        (summary.accepted.compatible, "compatible", "compatible"),
    ];
    for (n, one, many) in accepted.into_iter().filter(|(n, _, _)| *n > 0) {
        line.push_str(&format!(", {} accepted", plural(n, one, many)));
    }
    if let Some(f) = summary.figures {
        line.push_str(&format!(
            "; checked figures: {} confirmed, {} compatible, {} contradicted, {}, {} with no source",
            f.confirmed,
            f.compatible,
            f.contradicted,
            plural(f.updates, "update", "updates"),
            f.no_source
        ));
    }
    line
}

/// `1 source`, `2 sources`, `0 sources`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What a finding is about, for titles: the key, its scope when it has one,
/// and the values found (`media_outlet — 16 vs 17`,
/// `journalist (France) — about 30`). A checked figure's finding names it
/// against the references' values (`government_member — 24 against 14,
/// 15`), not the references' values against each other.
fn headline(finding: &Finding) -> String {
    let subject = match &finding.scope {
        Some(scope) => format!("{} ({scope})", finding.key),
        None => finding.key.clone(),
    };
    if let Some(checked) = finding.checked {
        let label = |i: usize| {
            finding
                .values
                .iter()
                .find(|v| v.claims.contains(&i))
                .map(|v| v.label.as_str())
        };
        let own = label(checked).unwrap_or_default();
        let mut theirs: Vec<&str> = Vec::new();
        for v in &finding.values {
            if v.claims.iter().any(|&i| i != checked) {
                theirs.push(v.label.as_str());
            }
        }
        let theirs = match (theirs.first(), theirs.last()) {
            (Some(first), Some(last)) if theirs.len() > 3 => {
                format!("{} values, {first} to {last}", theirs.len())
            }
            _ => theirs.join(", "),
        };
        return format!("{subject} — {own} against {theirs}");
    }
    let values: Vec<&str> = finding.values.iter().map(|v| v.label.as_str()).collect();
    if values.is_empty() {
        subject
    } else {
        format!("{subject} — {}", values.join(" vs "))
    }
}

/// The claims of a finding that CI formats annotate: in a check against
/// references, only the checked figure (the references are not the files
/// under review); otherwise every claim.
fn annotated(finding: &Finding) -> Vec<&Record> {
    match finding.checked {
        Some(i) => finding.claims.get(i).into_iter().collect(),
        None => finding.claims.iter().collect(),
    }
}

/// True for the findings that annotate sources in CI formats:
/// contradictions and updates nobody has accepted yet.
fn is_open_contradiction(finding: &Finding) -> bool {
    matches!(finding.kind, Verdict::Contradiction | Verdict::Update) && finding.accepted.is_none()
}

/// The words a record's span covers in its source text, when the text is at
/// hand and the span falls on it (on character boundaries).
fn span_text<'a>(record: &Record, texts: &Texts<'a>) -> Option<&'a str> {
    texts.get(&record.source)?.get(record.start..record.end)
}

/// Where a claim ends, as SARIF regions and GitHub annotations want it: the
/// line of its last character and the column just past it (1-based, in
/// characters, so a one-character claim at column 5 ends at column 6).
/// `None` when the source text is not at hand or the span does not fall on
/// it: then only the start is reported, rather than a guess.
fn end_position(record: &Record, texts: &Texts) -> Option<Location> {
    let start = Location {
        line: record.line,
        column: record.column,
    };
    Some(start.after(span_text(record, texts)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::AcceptedCounts;
    use crate::lang::Lang;
    use crate::quantity::{interval_for, Kind, Qualifier};

    /// A record of `words` found at byte `start` of `text`, with the line and
    /// column the library would give it.
    pub(crate) fn record_in(source: &str, text: &str, words: &str, value: f64) -> Record {
        let start = text.find(words).unwrap_or_default();
        let head = &text[..start];
        let line_start = head.rfind('\n').map_or(0, |i| i + 1);
        Record {
            source: source.to_string(),
            line: head.matches('\n').count() + 1,
            column: head[line_start..].chars().count() + 1,
            start,
            end: start + words.len(),
            text: words.to_string(),
            quantity: format!("{value}"),
            value: Some(value),
            interval: interval_for(Qualifier::Exact, value, None),
            qualifier: Qualifier::Exact,
            kind: Kind::Count,
            counted: None,
            key: Some("media_outlet".to_string()),
            scope: None,
            attributed_to: None,
            lang: Lang::Fr,
            date: None,
            superseded: false,
        }
    }

    #[test]
    fn summary_lines() {
        let summary = Summary {
            sources: 5,
            claims: 17,
            agreements: 2,
            compatible: 1,
            contradictions: 1,
            updates: 0,
            accepted: AcceptedCounts::default(),
            figures: None,
        };
        assert_eq!(
            summary_line(&summary),
            "5 sources, 17 claims: 1 contradiction, 1 compatible, 2 agreements"
        );
        let updated = Summary {
            updates: 2,
            ..summary
        };
        assert_eq!(
            summary_line(&updated),
            "5 sources, 17 claims: 1 contradiction, 1 compatible, 2 agreements, 2 updates"
        );
        let accepted = Summary {
            contradictions: 0,
            accepted: AcceptedCounts {
                contradictions: 1,
                updates: 2,
                compatible: 0,
            },
            ..summary
        };
        assert_eq!(
            summary_line(&accepted),
            "5 sources, 17 claims: 0 contradictions, 1 compatible, 2 agreements, \
             1 contradiction accepted, 2 updates accepted"
        );
        let one = Summary {
            sources: 1,
            claims: 1,
            agreements: 1,
            compatible: 0,
            contradictions: 0,
            updates: 0,
            accepted: AcceptedCounts::default(),
            figures: None,
        };
        assert_eq!(
            summary_line(&one),
            "1 source, 1 claim: 0 contradictions, 0 compatible, 1 agreement"
        );
    }

    #[test]
    fn end_positions_count_characters_and_lines() {
        let text = "Été : 17 médias.\nDeux\n16\nmédias";
        let mut texts = Texts::new();
        texts.insert("a.txt", text);
        let cases = [
            // (words, start line and column, end line and column)
            ("17 médias", (1, 7), (1, 16)),
            ("16\nmédias", (3, 1), (4, 7)),
        ];
        for (words, start, end) in cases {
            let record = record_in("a.txt", text, words, 17.0);
            assert_eq!((record.line, record.column), start, "{words:?}");
            let at = end_position(&record, &texts).map(|p| (p.line, p.column));
            assert_eq!(at, Some(end), "{words:?}");
        }
        // No text, or a span off the text: no end rather than a wrong one.
        let record = record_in("a.txt", text, "17 médias", 17.0);
        assert_eq!(end_position(&record, &Texts::new()), None);
        let mut bad = record.clone();
        bad.end = bad.start + 100;
        assert_eq!(end_position(&bad, &texts), None);
        bad.end = text.find('é').unwrap_or_default() + 1; // inside the bytes of "é"
        bad.start = 0;
        assert_eq!(end_position(&bad, &texts), None);
    }
}
