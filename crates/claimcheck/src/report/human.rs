//! The `human` format: a report an editor reads at a glance.
//!
//! Each finding is a rustc-style diagnostic rendered by `annotate-snippets`:
//! a title with the verdict, the concept and the values
//! (`error[contradiction]: media_outlet — 16 vs 17`), then each source's
//! sentence, one after the other, the claim's words underlined and labelled
//! with its value and file, under the `path:line:column` it comes from; then
//! a note with the explanation. Contradictions come first; agreements,
//! compatible values and accepted differences take three lines each, since an
//! editor mostly needs the contradictions. A summary line ends the report.
//!
//! Only the line or lines holding a claim are shown. Article paragraphs are
//! often one long line: the renderer cuts them to a window around the claim
//! with `...` at either end, and keeps the column it prints exact because it
//! is given the line from its start. What follows the claim is cut here
//! first, and a claim further than [`MAX_PREFIX`] bytes into its line is
//! shown by location and words only, so that a pathological one-line file
//! costs no more than its claims.

use std::cmp::Reverse;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::consistency::{Finding, Report, Severity};
use crate::labels::file_name;
use crate::labels::value_label;
use crate::record::Record;
use crate::report::{headline, span_text, summary_line, Texts};

/// The width the renderer fits source lines into.
const WIDTH: usize = 100;

/// How far into its line (in bytes) a claim may start and still be shown with
/// its line: the renderer reads the line from its start, for the column.
const MAX_PREFIX: usize = 64 * 1024;

/// How much of a line (in bytes) is kept after a claim: more than the
/// renderer's window ever shows.
const MAX_SUFFIX: usize = 1024;

/// The report for a person: findings, most severe first, then the summary
/// line. `color` adds ANSI colours (for a terminal).
pub fn human(report: &Report, texts: &Texts, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .term_width(WIDTH);
    let mut findings: Vec<&Finding> = report.findings.iter().collect();
    // Stable: within a severity, the report's order (by key and scope).
    findings.sort_by_key(|f| Reverse(shown_severity(f)));
    let mut out = String::new();
    for finding in findings {
        let group = if shown_severity(finding) > Severity::Info {
            detailed(finding, texts)
        } else {
            compact(finding)
        };
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out.push_str(&summary_line(&report.summary));
    out.push('\n');
    out
}

/// The severity a finding is shown with: an accepted difference has been
/// reviewed, so it is shown as information whatever it was.
fn shown_severity(finding: &Finding) -> Severity {
    if finding.accepted.is_some() {
        Severity::Info
    } else {
        finding.severity
    }
}

/// The level a severity is rendered at.
fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// A finding in three lines: its title and its explanation (and the reason it
/// was accepted, when it was).
fn compact(finding: &Finding) -> Group<'_> {
    let mut group = level(shown_severity(finding))
        .primary_title(headline(finding))
        .id(finding.kind.name())
        .element(Level::NOTE.message(finding.explanation.as_str()));
    if let Some(reason) = &finding.accepted {
        group = group.element(Level::NOTE.message(format!("accepted: {reason}")));
    }
    group
}

/// A finding with every claim's sentence, its words underlined, grouped by
/// value in the order of the title (`16 vs 17`: the 16s, then the 17s).
fn detailed<'a>(finding: &'a Finding, texts: &Texts<'a>) -> Group<'a> {
    let mut order: Vec<(usize, String)> = Vec::with_capacity(finding.claims.len());
    for value in &finding.values {
        for &i in &value.claims {
            if i < finding.claims.len() && !order.iter().any(|(j, _)| *j == i) {
                order.push((i, value.label.clone()));
            }
        }
    }
    // Claims no value names (there should be none) are still shown.
    for (i, record) in finding.claims.iter().enumerate() {
        if !order.iter().any(|(j, _)| *j == i) {
            order.push((i, value_label(record)));
        }
    }
    let mut group = Group::with_title(
        level(finding.severity)
            .primary_title(headline(finding))
            .id(finding.kind.name()),
    );
    for (i, value) in order {
        let record = &finding.claims[i];
        let label = claim_label(record, texts, &value);
        group = match line_snippet(record, texts) {
            Some((source, span)) => group.element(
                Snippet::source(source)
                    .line_start(record.line)
                    .path(record.source.as_str())
                    .annotation(AnnotationKind::Primary.span(span).label(label)),
            ),
            None => group
                .element(
                    Origin::path(record.source.as_str())
                        .line(record.line)
                        .char_column(record.column),
                )
                .element(
                    Level::NOTE
                        .no_name()
                        .message(format!("{label}: “{}”", record.text.escape_debug())),
                ),
        };
    }
    group.element(Level::NOTE.message(finding.explanation.as_str()))
}

/// The label under a claim's words: its value and the file it is in, and for
/// a fact file, whose span is the claim's entry, the words it quotes.
fn claim_label(record: &Record, texts: &Texts, value: &str) -> String {
    let file = file_name(&record.source);
    match span_text(record, texts) {
        Some(words) if words != record.text && !record.text.is_empty() => {
            format!("{value} ({file}: “{}”)", record.text)
        }
        _ => format!("{value} ({file})"),
    }
}

/// The text of the line or lines holding a record's words, from the start of
/// its first line, cut [`MAX_SUFFIX`] bytes after the words, and the words'
/// span in it. `None` when the text is not at hand, the span does not fall
/// on it, or the words start too far into their line.
fn line_snippet<'a>(
    record: &Record,
    texts: &Texts<'a>,
) -> Option<(&'a str, std::ops::Range<usize>)> {
    let text = texts.get(&record.source)?;
    let (start, end) = (record.start, record.end);
    text.get(start..end)?;
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if start - line_start > MAX_PREFIX {
        return None;
    }
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let mut cut = line_end.min(end.saturating_add(MAX_SUFFIX));
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    if cut == line_end && cut > end && text[..cut].ends_with('\r') {
        cut -= 1;
    }
    Some((&text[line_start..cut], start - line_start..end - line_start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::{compare, CompareOptions};
    use crate::report::tests::record_in;

    fn report_of(records: Vec<Record>) -> Report {
        let n = records.len();
        compare(records, n, &CompareOptions::default())
    }

    #[test]
    fn contradiction_shows_each_sentence_underlined() {
        let a = "Titre\nDix-sept médias ont enquêté.\n";
        let b = "Sixteen outlets? No: 16 médias took part.";
        let texts: Texts = [("in/a.txt", a), ("b.txt", b)].into_iter().collect();
        let report = report_of(vec![
            record_in("in/a.txt", a, "Dix-sept médias", 17.0),
            record_in("b.txt", b, "16 médias", 16.0),
        ]);
        let out = human(&report, &texts, false);
        let expected = format!(
            "\
error[contradiction]: media_outlet — 16 vs 17
 --> b.txt:1:22
  |
1 | Sixteen outlets? No: 16 médias took part.
  |                      ^^^^^^^^^ 16 (b.txt)
  |
 ::: in/a.txt:2:1
  |
2 | Dix-sept médias ont enquêté.
  | ^^^^^^^^^^^^^^^ 17 (a.txt)
  |
  = note: {}

2 sources, 2 claims: 1 contradiction, 0 compatible, 0 agreements
",
            report.findings[0].explanation
        );
        assert_eq!(out, expected);
        assert_eq!(human(&report, &texts, false), out, "deterministic");
        let colored = human(&report, &texts, true);
        assert!(colored.contains("\u{1b}["), "{colored}");
        assert!(!out.contains('\u{1b}'));
    }

    #[test]
    fn agreements_are_compact_and_come_after_contradictions() {
        let text = "17 médias, 16 médias, 17 cats";
        let mut cats = [
            record_in("a.txt", text, "17 cats", 17.0),
            record_in("b.txt", text, "17 cats", 17.0),
        ];
        for c in &mut cats {
            c.key = Some("cat".into());
        }
        let [c1, c2] = cats;
        let report = report_of(vec![
            c1,
            c2,
            record_in("a.txt", text, "17 médias", 17.0),
            record_in("b.txt", text, "16 médias", 16.0),
        ]);
        let out = human(&report, &Texts::new(), false);
        let agreement = out.find("info[agreement]: cat — 17\n |\n = note: 2 sources agree");
        let contradiction = out.find("error[contradiction]: media_outlet");
        assert!(agreement.is_some() && contradiction < agreement, "{out}");
    }

    #[test]
    fn long_lines_are_cut_around_the_claim_and_columns_stay_exact() {
        let before = "mot ".repeat(300);
        let after = " et la suite".repeat(300);
        let a = format!("{before}Dix-sept médias{after}\nfin");
        let b = "16 médias";
        let texts: Texts = [("a.txt", a.as_str()), ("b.txt", b)].into_iter().collect();
        let report = report_of(vec![
            record_in("a.txt", &a, "Dix-sept médias", 17.0),
            record_in("b.txt", b, "16 médias", 16.0),
        ]);
        let out = human(&report, &texts, false);
        assert!(out.contains("::: a.txt:1:1201\n"), "{out}");
        let line = out
            .lines()
            .find(|l| l.contains("Dix-sept médias"))
            .unwrap_or_default();
        assert!(
            line.starts_with("1 | ...") && line.ends_with("..."),
            "{out}"
        );
        assert!(line.chars().count() <= WIDTH + 10, "{line}");
        // The underline is under the words.
        let underline = out
            .lines()
            .find(|l| l.contains("^^^ 17"))
            .unwrap_or_default();
        let at = |s: &str, pat: &str| s.find(pat).map(|i| s[..i].chars().count());
        assert_eq!(at(line, "Dix-sept"), at(underline, "^"), "{out}");
    }

    #[test]
    fn claims_too_far_into_a_line_are_shown_by_location() {
        let a = format!("{}17 médias", "x ".repeat(MAX_PREFIX));
        let b = "16 médias";
        let texts: Texts = [("a.txt", a.as_str()), ("b.txt", b)].into_iter().collect();
        let report = report_of(vec![
            record_in("a.txt", &a, "17 médias", 17.0),
            record_in("b.txt", b, "16 médias", 16.0),
        ]);
        let out = human(&report, &texts, false);
        assert!(
            out.contains(&format!("a.txt:1:{}", 2 * MAX_PREFIX + 1)),
            "{out}"
        );
        assert!(out.contains("17 (a.txt): “17 médias”"), "{out}");
        assert!(out.len() < 2000, "{out}");
    }

    #[test]
    fn fact_file_claims_quote_their_words() {
        let yaml = "claims:\n  - id: media\n    key: media_outlet\n";
        let b = "16 médias";
        let texts: Texts = [("f.yaml", yaml), ("b.txt", b)].into_iter().collect();
        let mut fact = record_in("f.yaml", yaml, "id: media", 17.0);
        fact.text = "Dix-sept organisations de médias".into();
        let report = report_of(vec![fact, record_in("b.txt", b, "16 médias", 16.0)]);
        let out = human(&report, &texts, false);
        assert!(out.contains("2 |   - id: media\n"), "{out}");
        assert!(
            out.contains("^^^^^^^^^ 17 (f.yaml: “Dix-sept organisations de médias”)"),
            "{out}"
        );
    }

    #[test]
    fn bad_spans_and_missing_texts_do_not_panic() {
        let text = "é 17 médias\r\n16 médias";
        let texts: Texts = [("a.txt", text)].into_iter().collect();
        let mut broken = record_in("a.txt", text, "17 médias", 17.0);
        broken.start = 1; // inside "é"
        let mut past = record_in("a.txt", text, "16 médias", 16.0);
        past.end = 1000;
        past.source = "b.txt".into();
        let report = report_of(vec![broken, past]);
        let out = human(&report, &texts, false);
        assert!(out.contains("error[contradiction]"), "{out}");
        let crlf = record_in("a.txt", text, "17 médias", 17.0);
        let span = line_snippet(&crlf, &texts).map(|(line, _)| line);
        assert_eq!(span, Some("é 17 médias"));
    }

    #[test]
    fn random_spans_and_texts_never_panic() {
        // A small deterministic generator: the same cases on every run.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n.max(1) as u64) as usize
        };
        let pieces = [
            "17",
            " médias",
            "\n",
            "\r\n",
            "\t",
            "é",
            "👍🏽",
            "\u{0}",
            "\u{1b}[31m",
            "…",
            "  ",
            "z",
        ];
        for _ in 0..300 {
            let text: String = (0..next(40)).map(|_| pieces[next(pieces.len())]).collect();
            let records: Vec<Record> = (0..2 + next(3))
                .map(|i| {
                    let mut r = record_in(&format!("{}.txt", i % 3), &text, "", i as f64);
                    r.start = next(text.len() + 3);
                    r.end = r.start + next(12);
                    r.line = 1 + next(4);
                    r.column = 1 + next(30);
                    r.text = text.get(r.start..r.end).unwrap_or("x\ny").to_string();
                    r
                })
                .collect();
            let texts: Texts = [("0.txt", text.as_str()), ("1.txt", text.as_str())]
                .into_iter()
                .collect();
            let report = report_of(records);
            for color in [false, true] {
                assert!(human(&report, &texts, color).ends_with('\n'));
            }
            assert!(crate::report::sarif(&report, &texts).ends_with('\n'));
            assert!(crate::report::github(&report, &texts).ends_with('\n'));
        }
    }
}
