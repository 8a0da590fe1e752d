//! The `human` format: a report an editor reads at a glance.
//!
//! Each finding is a rustc-style diagnostic rendered by `annotate-snippets`:
//! a title with the verdict, the concept and the values
//! (`error[contradiction]: media_outlet — 16 vs 17`), then the sources'
//! sentences, each under the `path:line:column` it comes from, the claim's
//! words underlined and labelled with its value and file; then a note with
//! the explanation. Contradictions come first; agreements, compatible values
//! and accepted differences take three lines each, since an editor mostly
//! needs the contradictions. A summary line ends the report.
//!
//! A finding of a few claims of one value quotes every claim. A finding of
//! several values, or of many claims, opens with a [`table`] of its values
//! (which sources give each, who they say makes it, the two values in
//! conflict marked) and then quotes each value once, in its first claim:
//! ten claims of six values read as six rows and six sentences, not a wall
//! of ten. How a sentence is shown is [`snippet`]'s business.

use std::cmp::Reverse;

use annotate_snippets::{Group, Level, Padding, Renderer};

use crate::consistency::{Figure, Finding, Report, Severity};
use crate::labels::value_label;
use crate::report::{headline, summary_line, Texts};

mod snippet;
mod table;

/// The width the renderer fits source lines into.
const WIDTH: usize = 100;

/// The most values a table's title lists one by one; beyond it the title
/// gives their number and the two ends, and the table lists them.
const MAX_TITLE_VALUES: usize = 3;

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
    if let Some(figures) = &report.figures {
        out.push_str(&figure_lines(figures));
        // Each figure's line already says what the references confirm or
        // allow: only what needs a look is shown in full.
        findings.retain(|f| {
            f.checked.is_none() || f.accepted.is_some() || shown_severity(f) > Severity::Info
        });
    }
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

/// The figures of the checked sources, one line each in source order:
/// `draft.txt:3:12  contradicted  government_member  24 (draft) cannot be
/// true with 14 (…) and 15 (…).`, columns aligned, then a blank line.
fn figure_lines(figures: &[Figure]) -> String {
    let rows: Vec<[String; 4]> = figures
        .iter()
        .map(|f| {
            let c = &f.claim;
            let key = c.key.as_deref().unwrap_or_default();
            [
                format!("{}:{}:{}", c.source, c.line, c.column),
                f.verdict.name().to_string(),
                match &c.scope {
                    Some(scope) => format!("{key} ({scope})"),
                    None => key.to_string(),
                },
                f.explanation.clone(),
            ]
        })
        .collect();
    let width = |col: usize| {
        rows.iter()
            .map(|r| r[col].chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    let mut out = String::new();
    for row in &rows {
        for (cell, w) in row.iter().zip(widths) {
            out.push_str(cell);
            out.push_str(&" ".repeat(w - cell.chars().count() + 2));
        }
        out.push_str(&row[3]);
        out.push('\n');
    }
    if !rows.is_empty() {
        out.push('\n');
    }
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
/// was accepted, when it was). An accepted finding's title says `accepted`
/// where the severity would be (`accepted[contradiction]: …`).
fn compact(finding: &Finding) -> Group<'_> {
    let title_level = match &finding.accepted {
        Some(_) => Level::INFO.with_name(finding.level()),
        None => level(shown_severity(finding)),
    };
    let mut group = title_level
        .primary_title(headline(finding))
        .id(finding.kind.name())
        .element(Level::NOTE.message(finding.explanation.as_str()));
    if let Some(reason) = &finding.accepted {
        group = group.element(Level::NOTE.message(format!("accepted: {reason}")));
    }
    group
}

/// A finding with its sentences, its words underlined, and its explanation:
/// as a table of its values and one sentence per value when
/// [`table::is_table`], else every claim's sentence.
fn detailed<'a>(finding: &'a Finding, texts: &Texts<'a>) -> Group<'a> {
    let tabled = table::is_table(finding);
    let mut group = Group::with_title(
        level(finding.severity)
            .primary_title(title(finding, tabled))
            .id(finding.kind.name()),
    );
    let quoted = if tabled {
        group = group
            .element(Level::NOTE.no_name().message(table::table(finding)))
            .element(Padding);
        first_claims(finding)
    } else {
        every_claim(finding)
    };
    // A checked figure comes first: the report is about it.
    let (mut quoted, rest): (Vec<_>, Vec<_>) = quoted
        .into_iter()
        .partition(|(i, _)| finding.checked == Some(*i));
    quoted.extend(rest);
    for (i, value) in quoted {
        if let Some(record) = finding.claims.get(i) {
            group = snippet::add_claim(group, record, texts, &value);
        }
    }
    group.element(Level::NOTE.message(finding.explanation.as_str()))
}

/// The title of a detailed finding: the usual [`headline`], except that a
/// table of many values is announced by their number and the first and
/// last (`dead — 9 values, 150 to 11000`), since the table lists them and a
/// title naming nine values runs off the screen.
fn title(finding: &Finding, tabled: bool) -> String {
    let values = &finding.values;
    match (values.first(), values.last()) {
        (Some(first), Some(last))
            if tabled && values.len() > MAX_TITLE_VALUES && finding.checked.is_none() =>
        {
            let subject = match &finding.scope {
                Some(scope) => format!("{} ({scope})", finding.key),
                None => finding.key.clone(),
            };
            format!(
                "{subject} — {} values, {} to {}",
                values.len(),
                first.label,
                last.label
            )
        }
        _ => headline(finding),
    }
}

/// The claims a table quotes, each with its value's label: the first claim
/// of each value, in the table's row order, then any claim no value names
/// (there should be none), so that nothing found goes unshown.
fn first_claims(finding: &Finding) -> Vec<(usize, String)> {
    let mut quoted: Vec<(usize, String)> = table::row_order(finding)
        .into_iter()
        .filter_map(|v| finding.values.get(v))
        .filter_map(|value| Some((*value.claims.first()?, value.label.clone())))
        .collect();
    quoted.extend(unnamed_claims(finding));
    quoted
}

/// Every claim with its value's label, grouped by value in the order of the
/// title (`16 vs 17`: the 16s, then the 17s), each once, then any claim no
/// value names.
fn every_claim(finding: &Finding) -> Vec<(usize, String)> {
    let mut shown = vec![false; finding.claims.len()];
    let mut quoted: Vec<(usize, String)> = Vec::with_capacity(finding.claims.len());
    for value in &finding.values {
        for &i in &value.claims {
            if shown.get(i) == Some(&false) {
                shown[i] = true;
                quoted.push((i, value.label.clone()));
            }
        }
    }
    quoted.extend(unnamed_claims(finding));
    quoted
}

/// The claims of a finding no value names, with their own labels: none in a
/// finding the comparison made, but a renderer shows what it is given. One
/// pass over the values, so that a group of thousands of claims stays cheap.
fn unnamed_claims(finding: &Finding) -> Vec<(usize, String)> {
    let mut named = vec![false; finding.claims.len()];
    for &i in finding.values.iter().flat_map(|v| &v.claims) {
        if let Some(slot) = named.get_mut(i) {
            *slot = true;
        }
    }
    finding
        .claims
        .iter()
        .zip(named)
        .enumerate()
        .filter(|(_, (_, named))| !named)
        .map(|(i, (record, _))| (i, value_label(record)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::snippet::{line_snippet, MAX_PREFIX};
    use super::*;
    use crate::consistency::{compare, CompareOptions};
    use crate::record::Record;
    use crate::report::tests::record_in;

    fn report_of(records: Vec<Record>) -> Report {
        let n = records.len();
        compare(records, n, &CompareOptions::default())
    }

    #[test]
    fn contradiction_shows_its_values_and_each_sentence_underlined() {
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
  |
  =   value  sources
    ✗ 16     b 1:22
    ✗ 17     a 2:1
  |
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
