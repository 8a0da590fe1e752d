//! The `html` format: one self-contained page for an editor who would rather
//! look than read.
//!
//! The verdict summary on top; in a check against references, every checked
//! figure with its verdict, then each checked source's text with its figures
//! marked by verdict and linked to their findings; then each finding with
//! its competing figures side by side (value, source, date, claimant, the
//! sentence with the figure highlighted), contradictions first. The page is
//! an askama template (`templates/report.html`): everything from the inputs
//! is escaped by it, text that could turn the page's direction is isolated
//! in `<bdi>`, and a content security policy forbids scripts and anything
//! loaded from elsewhere. The CSS is inline, so the file reads offline and
//! prints.

use std::cmp::Reverse;

use askama::Template;

use crate::consistency::{Figure, Finding, Report, Severity, Standing};
use crate::labels::{file_name, value_label};
use crate::record::Record;
use crate::report::{headline, summary_line, Texts};

/// How many characters of a sentence are shown on each side of a figure.
const CONTEXT: usize = 160;

/// The page.
#[derive(Template)]
#[template(path = "report.html")]
struct Page {
    summary: String,
    figures: Vec<FigureRow>,
    drafts: Vec<DraftText>,
    findings: Vec<FindingView>,
}

/// One checked figure's line.
struct FigureRow {
    location: String,
    verdict: &'static str,
    class: &'static str,
    key: String,
    explanation: String,
    anchor: Option<String>,
}

/// A checked source's text, cut into pieces, the figures marked.
struct DraftText {
    name: String,
    pieces: Vec<Piece>,
}

/// Text, and the verdict it is marked with when it is a figure.
struct Piece {
    text: String,
    mark: Option<Mark>,
}

/// How a figure of a draft is marked.
struct Mark {
    class: &'static str,
    title: String,
    anchor: Option<String>,
}

/// One finding, its claims side by side.
struct FindingView {
    id: String,
    level: &'static str,
    kind: &'static str,
    title: String,
    explanation: String,
    accepted: Option<String>,
    claims: Vec<ClaimView>,
}

/// One claim of a finding.
struct ClaimView {
    checked: bool,
    value: String,
    source: String,
    location: String,
    date: Option<String>,
    claimant: Option<String>,
    before: String,
    figure: String,
    after: String,
}

/// The report as one HTML page, ending with a newline.
pub fn html(report: &Report, texts: &Texts) -> String {
    // Contradictions first, then by severity; accepted ones last.
    let mut order: Vec<usize> = (0..report.findings.len()).collect();
    order.sort_by_key(|&i| {
        let f = &report.findings[i];
        (
            f.accepted.is_some(),
            Reverse(f.severity),
            f.kind != crate::consistency::Verdict::Contradiction,
        )
    });
    let anchor = |i: usize| format!("finding-{}", i + 1);
    let findings: Vec<FindingView> = order
        .iter()
        .map(|&i| finding_view(&report.findings[i], texts, anchor(i)))
        .collect();
    let figures = report.figures.as_deref().unwrap_or_default();
    // The finding of each checked figure: the one whose checked claim it is.
    let finding_of = |figure: &Figure| {
        report
            .findings
            .iter()
            .position(|f| {
                f.checked
                    .and_then(|c| f.claims.get(c))
                    .is_some_and(|c| same_claim(c, &figure.claim))
            })
            .map(anchor)
    };
    let rows = figures
        .iter()
        .map(|f| FigureRow {
            location: format!("{}:{}:{}", f.claim.source, f.claim.line, f.claim.column),
            verdict: f.verdict.name(),
            class: class(f.verdict),
            key: match &f.claim.scope {
                Some(scope) => format!("{} ({scope})", f.claim.key.as_deref().unwrap_or_default()),
                None => f.claim.key.clone().unwrap_or_default(),
            },
            explanation: f.explanation.clone(),
            anchor: finding_of(f),
        })
        .collect();
    let page = Page {
        summary: summary_line(&report.summary),
        figures: rows,
        drafts: drafts(figures, texts, &finding_of),
        findings,
    };
    let mut out = page
        .render()
        .unwrap_or_else(|e| format!("<!DOCTYPE html><p>cannot render the report: {e}</p>"));
    out.push('\n');
    out
}

/// True when two records are the same claim.
fn same_claim(a: &Record, b: &Record) -> bool {
    a.source == b.source && a.start == b.start && a.end == b.end
}

/// The CSS class of a verdict.
fn class(verdict: Standing) -> &'static str {
    match verdict {
        Standing::Confirmed => "confirmed",
        Standing::Compatible => "compatible",
        Standing::Contradicted => "contradicted",
        Standing::Update => "update",
        Standing::NoSource => "no-source",
    }
}

/// Each checked source's text with its figures marked, in source order.
fn drafts(
    figures: &[Figure],
    texts: &Texts,
    finding_of: &dyn Fn(&Figure) -> Option<String>,
) -> Vec<DraftText> {
    let mut names: Vec<&str> = figures.iter().map(|f| f.claim.source.as_str()).collect();
    names.dedup();
    names
        .into_iter()
        .filter_map(|name| {
            let text = texts.get(name)?;
            let mut marked: Vec<&Figure> =
                figures.iter().filter(|f| f.claim.source == name).collect();
            marked.sort_by_key(|f| f.claim.start);
            let mut pieces = Vec::new();
            let mut at = 0;
            for figure in marked {
                let (start, end) = (figure.claim.start, figure.claim.end);
                let (Some(before), Some(words)) = (text.get(at..start), text.get(start..end))
                else {
                    continue;
                };
                pieces.push(Piece {
                    text: before.to_string(),
                    mark: None,
                });
                pieces.push(Piece {
                    text: words.to_string(),
                    mark: Some(Mark {
                        class: class(figure.verdict),
                        title: format!("{}: {}", figure.verdict.name(), figure.explanation),
                        anchor: finding_of(figure),
                    }),
                });
                at = end;
            }
            pieces.push(Piece {
                text: text.get(at..).unwrap_or_default().to_string(),
                mark: None,
            });
            Some(DraftText {
                name: name.to_string(),
                pieces,
            })
        })
        .collect()
}

/// A finding as the page shows it.
fn finding_view(finding: &Finding, texts: &Texts, id: String) -> FindingView {
    let label = |i: usize| {
        finding
            .values
            .iter()
            .find(|v| v.claims.contains(&i))
            .map_or_else(|| value_label(&finding.claims[i]), |v| v.label.clone())
    };
    let mut claims: Vec<ClaimView> = finding
        .claims
        .iter()
        .enumerate()
        .map(|(i, record)| {
            let (before, figure, after) = sentence(record, texts);
            ClaimView {
                checked: finding.checked == Some(i),
                value: label(i),
                source: file_name(&record.source).to_string(),
                location: format!("{}:{}", record.line, record.column),
                date: record.date.map(|d| d.to_string()),
                claimant: record.attributed_to.clone(),
                before,
                figure,
                after,
            }
        })
        .collect();
    // The checked figure first.
    claims.sort_by_key(|c| !c.checked);
    FindingView {
        id,
        level: match (&finding.accepted, finding.severity) {
            (Some(_), _) => "accepted",
            (None, Severity::Error) => "error",
            (None, Severity::Warning) => "warning",
            (None, Severity::Info) => "info",
        },
        kind: finding.kind.name(),
        title: headline(finding),
        explanation: finding.explanation.clone(),
        accepted: finding.accepted.clone(),
        claims,
    }
}

/// The sentence around a claim, cut in three: before, the figure's words,
/// after; the line it is on, cut to [`CONTEXT`] characters on each side.
/// A claim whose words are not in its source's text (a fact file's quote)
/// shows its words alone.
fn sentence(record: &Record, texts: &Texts) -> (String, String, String) {
    let words = texts
        .get(&record.source)
        .and_then(|t| t.get(record.start..record.end).map(|w| (t, w)));
    let Some((text, words)) = words.filter(|(_, w)| *w == record.text) else {
        return (String::new(), record.text.clone(), String::new());
    };
    let line_start = text[..record.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[record.end..]
        .find('\n')
        .map_or(text.len(), |i| record.end + i);
    let before = &text[line_start..record.start];
    let after = &text[record.end..line_end];
    let before_chars = before.chars().count();
    let before = if before_chars > CONTEXT {
        let cut: String = before.chars().skip(before_chars - CONTEXT).collect();
        format!("…{cut}")
    } else {
        before.to_string()
    };
    let after = if after.chars().count() > CONTEXT {
        let cut: String = after.chars().take(CONTEXT).collect();
        format!("{cut}…")
    } else {
        after.to_string()
    };
    (before, words.to_string(), after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::{compare, CompareOptions};
    use crate::report::tests::record_in;

    #[test]
    fn hostile_text_stays_text() {
        let a = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> \u{202e}17 médias";
        let b = "16 médias";
        let texts: Texts = [("a.html", a), ("b.txt", b)].into_iter().collect();
        let report = compare(
            vec![
                record_in("a.html", a, "17 médias", 17.0),
                record_in("b.txt", b, "16 médias", 16.0),
            ],
            2,
            &CompareOptions::default(),
        );
        let out = html(&report, &texts);
        assert!(out.starts_with("<!DOCTYPE html>"), "{out}");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("<img"), "{out}");
        assert!(
            out.contains("<bdi>&#60;script&#62;alert(1)&#60;/script&#62; &#34;&#62;&#60;img src=x onerror=alert(2)&#62; \u{202e}<mark>17 médias</mark></bdi>"),
            "{out}"
        );
        assert!(out.contains("<mark>17 médias</mark>"), "{out}");
        assert!(out.contains("media_outlet — 16 vs 17"), "{out}");
        assert_eq!(html(&report, &texts), out, "deterministic");
    }
}
