//! The table of a finding's values: one row per distinct value, with the
//! sources that give it and who they say makes the claim.
//!
//! A cell with ten claims of six values across seven articles, shown one
//! underlined sentence per claim, is a wall an editor scrolls through to
//! learn which source says what. The table says it in as many lines as there
//! are values; the report then quotes each value's words once. The two
//! values the explanation sets against each other are marked at the start of
//! their rows, so the figures to resolve stand out however many there are.
//!
//! Widths are counted in characters (`unicode-width` is not a dependency of
//! the library, and labels and source names are nearly always narrow text);
//! every cell is cleaned to one line first, since the renderer would turn a
//! tab or a control character into something wider and break the columns.

use std::collections::BTreeSet;

use crate::consistency::{Finding, Verdict};
use crate::labels::short_source;

/// A finding with more claims than this is shown as a table even when its
/// claims all give one value: beyond it, one sentence per claim is a wall.
const MAX_SNIPPETS: usize = 3;

/// The width (in characters) the table is fitted into: the renderer's
/// width less the gutter it indents notes by.
const TABLE_WIDTH: usize = 90;

/// The widest the claimants column grows before its names wrap, so that
/// the sources keep most of the line.
const MAX_CLAIMANTS_WIDTH: usize = 30;

/// The narrowest the sources column gets, however wide the other columns.
const MIN_SOURCES_WIDTH: usize = 24;

/// The space between two columns.
const GAP: &str = "  ";

/// True when a finding is shown as a table of its values: it holds more
/// than one value, or more claims than a reader takes in as sentences.
/// A single value said by a few sources stays a few sentences.
pub(super) fn is_table(finding: &Finding) -> bool {
    finding.values.len() > 1 || finding.claims.len() > MAX_SNIPPETS
}

/// The order of a finding's rows (indices into its `values`), which is also
/// the order its sentences are quoted in: dated rows newest first (by the
/// newest date among each value's claims), so a reader of a changing tally
/// sees the latest figure on top; undated rows after them; the value order
/// as the title lists it breaks ties, so undated reports keep it. In a check
/// against references, the checked figure's value comes first of all.
pub(super) fn row_order(finding: &Finding) -> Vec<usize> {
    let newest = |v: usize| {
        finding.values[v]
            .claims
            .iter()
            .filter_map(|&c| finding.claims[c].date)
            .max()
    };
    let mut order: Vec<usize> = (0..finding.values.len()).collect();
    // `None` sorts first in `Option`; reversed, dated rows come first.
    order.sort_by_key(|&v| std::cmp::Reverse(newest(v)));
    // A checked figure's value heads the table: the report is about it.
    if let Some(checked) = finding.checked {
        order.sort_by_key(|&v| !finding.values[v].claims.contains(&checked));
    }
    order
}

/// The mark at the start of the rows of the two values a finding sets
/// against each other (its `conflict`), by verdict. The one place a verdict
/// needs a label in the table: a new verdict adds its arm here.
pub(super) fn conflict_mark(kind: Verdict) -> &'static str {
    match kind {
        Verdict::Contradiction => "✗",
        // The older and the newer figure of a changing tally.
        Verdict::Update => "→",
        // Nothing in these is set against anything: a mark would mislead.
        Verdict::Agreement | Verdict::Compatible => "",
    }
}

/// One row before layout: each cell a list of items, which wrap onto more
/// lines between items when the column is too narrow for all of them.
struct Row {
    mark: &'static str,
    value: String,
    sources: Vec<String>,
    claimants: Vec<String>,
}

/// The table of `finding`'s values, without a trailing newline: a header
/// line, then each row (one line or more), columns aligned, trailing spaces
/// trimmed. The claimants column is there only when some claim has one.
pub(super) fn table(finding: &Finding) -> String {
    let rows: Vec<Row> = row_order(finding)
        .into_iter()
        .filter_map(|v| row(finding, v))
        .collect();
    let mark_width = rows.iter().map(|r| width(r.mark)).max().unwrap_or(0);
    let mark_column = if mark_width > 0 { mark_width + 1 } else { 0 };
    let value_width = column_width("value", rows.iter().map(|r| r.value.as_str()));
    let with_claimants = rows.iter().any(|r| !r.claimants.is_empty());
    let natural = |cell: fn(&Row) -> &Vec<String>, header: &str| {
        let joined: Vec<String> = rows.iter().map(|r| cell(r).join(", ")).collect();
        column_width(header, joined.iter().map(String::as_str))
    };
    let (sources_max, claimants_max) = budgets(
        mark_column + value_width + GAP.len(),
        natural(|r| &r.sources, "sources"),
        with_claimants.then(|| natural(|r| &r.claimants, "claimants")),
    );
    let sources: Vec<Vec<String>> = rows.iter().map(|r| wrap(&r.sources, sources_max)).collect();
    let claimants: Vec<Vec<String>> = rows
        .iter()
        .map(|r| wrap(&r.claimants, claimants_max))
        .collect();
    let sources_width = column_width("sources", sources.iter().flatten().map(String::as_str));
    let widths = [mark_column, value_width, sources_width];
    let mut lines = vec![line(
        &widths,
        ["", "value", "sources", "claimants"],
        with_claimants,
    )];
    for ((row, sources), claimants) in rows.iter().zip(&sources).zip(&claimants) {
        let height = sources.len().max(claimants.len()).max(1);
        for k in 0..height {
            let (mark, value) = if k == 0 {
                (row.mark, row.value.as_str())
            } else {
                ("", "")
            };
            let cells = [mark, value, cell(sources, k), cell(claimants, k)];
            lines.push(line(&widths, cells, with_claimants));
        }
    }
    lines.join("\n")
}

/// The widths the sources and the claimants (when there is such a column)
/// wrap at, after `fixed` characters of mark and value: their natural
/// widths when the table fits in [`TABLE_WIDTH`]; else the claimants keep up
/// to [`MAX_CLAIMANTS_WIDTH`] and the sources, which say where to look, take
/// the rest (never less than [`MIN_SOURCES_WIDTH`]).
fn budgets(fixed: usize, sources: usize, claimants: Option<usize>) -> (usize, usize) {
    let room = TABLE_WIDTH.saturating_sub(fixed);
    let Some(claimants) = claimants else {
        return (room.max(MIN_SOURCES_WIDTH), 0);
    };
    let room = room.saturating_sub(GAP.len());
    let claimants = claimants.min(room.saturating_sub(sources).max(MAX_CLAIMANTS_WIDTH));
    (
        room.saturating_sub(claimants).max(MIN_SOURCES_WIDTH),
        claimants,
    )
}

/// The row of value `v`: its label, marked when it is one of the two
/// values in conflict, each source that gives it once (short name and the
/// line:column of its first claim there), and its claimants once each, in
/// the order of the claims. Sets keep a value of thousands of claims linear.
fn row(finding: &Finding, v: usize) -> Option<Row> {
    let value = finding.values.get(v)?;
    let claims = value.claims.iter().filter_map(|&i| finding.claims.get(i));
    let mut seen_sources: BTreeSet<&str> = BTreeSet::new();
    let mut seen_claimants: BTreeSet<String> = BTreeSet::new();
    let mut sources = Vec::new();
    let mut claimants = Vec::new();
    for record in claims {
        if seen_sources.insert(&record.source) {
            let name = clean(short_source(&record.source));
            sources.push(format!("{name} {}:{}", record.line, record.column));
        }
        if let Some(who) = record.attributed_to.as_deref().map(clean) {
            if seen_claimants.insert(who.clone()) {
                claimants.push(who);
            }
        }
    }
    let marked = finding.conflict.is_some_and(|pair| pair.contains(&v));
    Some(Row {
        mark: if marked {
            conflict_mark(finding.kind)
        } else {
            ""
        },
        value: clean(&value.label),
        sources,
        claimants,
    })
}

/// One line of the table: `cells` (mark, value, sources, claimants) padded
/// to `widths` (the claimants, last, are not padded), trailing spaces
/// trimmed so that a row without claimants ends at its sources.
fn line(widths: &[usize; 3], cells: [&str; 4], with_claimants: bool) -> String {
    let [mark, value, sources, claimants] = cells;
    let mut out = pad(mark, widths[0]);
    out.push_str(&pad(value, widths[1]));
    out.push_str(GAP);
    if with_claimants {
        out.push_str(&pad(sources, widths[2]));
        out.push_str(GAP);
        out.push_str(claimants);
    } else {
        out.push_str(sources);
    }
    out.truncate(out.trim_end().len());
    out
}

/// Line `k` of a wrapped cell, empty past its last line.
fn cell(lines: &[String], k: usize) -> &str {
    lines.get(k).map_or("", String::as_str)
}

/// The width of a column: its widest line, header included.
fn column_width<'a>(header: &str, cells: impl Iterator<Item = &'a str>) -> usize {
    cells.map(width).fold(width(header), usize::max)
}

/// `items` joined by `, ` into lines of at most `max` characters, each
/// continued line ending with the comma. Lines break between items; an item
/// wider than `max` on its own (a claimant named in a whole clause) is
/// broken between its words. Always at least one line.
fn wrap(items: &[String], max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for (k, item) in items.iter().enumerate() {
        // Room for the comma a line ends with when another item follows.
        let comma = usize::from(k + 1 < items.len());
        if current.is_empty() {
            // The first item of the cell: below, as on a line of its own.
        } else if width(&current) + ", ".len() + width(item) + comma <= max {
            current.push_str(", ");
            current.push_str(item);
            continue;
        } else {
            current.push(',');
            lines.push(std::mem::take(&mut current));
        }
        if width(item) + comma <= max {
            current.push_str(item);
        } else {
            let mut words = wrap_words(item, max);
            current = words.pop().unwrap_or_default();
            lines.extend(words);
        }
    }
    lines.push(current);
    lines
}

/// The words of `item` packed into lines of at most `max` characters (less
/// one, for the comma that may follow); a word wider than that gets a line
/// of its own. At least one line.
fn wrap_words(item: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in item.split(' ') {
        if !current.is_empty() && width(&current) + 1 + width(word) + ",".len() > max {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    lines.push(current);
    lines
}

/// `s` on one line: whitespace and control characters as single spaces.
fn clean(s: &str) -> String {
    let spaced: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` followed by spaces up to `w` characters.
fn pad(s: &str, w: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(' ', w.saturating_sub(width(s))));
    out
}

/// The width of `s` in characters.
fn width(s: &str) -> usize {
    s.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::{compare, CompareOptions, Report};
    use crate::lang::Lang;
    use crate::quantity::{interval_for, Kind, Qualifier};
    use crate::record::Record;

    /// A count claim of the dead in `source` at `line`:`column`.
    fn claim(source: &str, at: (usize, usize), q: Qualifier, v: f64, by: Option<&str>) -> Record {
        Record {
            source: format!("news/{source}.txt"),
            line: at.0,
            column: at.1,
            start: at.0 * 1000 + at.1,
            end: at.0 * 1000 + at.1 + 3,
            text: format!("{v} dead"),
            quantity: format!("{v}"),
            value: Some(v),
            interval: interval_for(q, v, None),
            qualifier: q,
            kind: Kind::Count,
            counted: Some("dead".into()),
            key: Some("dead".into()),
            scope: None,
            attributed_to: by.map(str::to_string),
            lang: Lang::En,
            date: None,
            superseded: false,
        }
    }

    #[test]
    fn dated_rows_go_newest_first_undated_last() {
        let dated = |source: &str, v: f64, date: Option<&str>| {
            let mut r = claim(source, (1, 1), Qualifier::Exact, v, None);
            r.date = date.and_then(crate::source::Date::parse_iso);
            r
        };
        let report = report_of(vec![
            dated("a", 11.0, Some("2024-12-15")),
            dated("b", 22.0, Some("2024-12-17")),
            dated("c", 14.0, None),
        ]);
        let f = &report.findings[0];
        let labels: Vec<&str> = row_order(f)
            .into_iter()
            .map(|v| f.values[v].label.as_str())
            .collect();
        assert_eq!(labels, ["22", "11", "14"]);
    }

    fn report_of(records: Vec<Record>) -> Report {
        let n = records.len();
        compare(records, n, &CompareOptions::default())
    }

    /// Four values from six sources: 150, 3958 (twice), more than 5300 and
    /// 11000 (twice, and once more in the same source).
    fn four_values(claimant: Option<&str>) -> Finding {
        use Qualifier::{Exact, MoreThan};
        let mut report = report_of(vec![
            claim("radiom", (7, 50), Exact, 150.0, None),
            claim("worldnews", (1, 46), Exact, 3958.0, None),
            claim("bdmetro", (2, 10), Exact, 3958.0, None),
            claim("emedia", (3, 1), MoreThan, 5300.0, claimant),
            claim("nilepost", (3, 91), Exact, 11000.0, None),
            claim("nilepost", (9, 4), Exact, 11000.0, None),
            claim(
                "marocafrik",
                (1, 5),
                Exact,
                11000.0,
                Some("the mayor\tof Derna"),
            ),
        ]);
        report.findings.remove(0)
    }

    #[test]
    fn one_row_per_value_the_conflict_marked() {
        let finding = four_values(Some("the Red Crescent"));
        assert_eq!(finding.kind, Verdict::Contradiction);
        assert!(
            finding
                .explanation
                .starts_with("150 (radiom) and 11000 (marocafrik, nilepost) cannot both be true"),
            "{}",
            finding.explanation
        );
        let expected = [
            "  value           sources                        claimants",
            "✗ 150             radiom 7:50",
            "  3958            bdmetro 2:10, worldnews 1:46",
            "  more than 5300  emedia 3:1                     the Red Crescent",
            "✗ 11000           marocafrik 1:5, nilepost 3:91  the mayor of Derna",
        ];
        assert_eq!(table(&finding), expected.join("\n"));
    }

    #[test]
    fn claimants_column_only_when_a_claim_has_one() {
        let mut finding = four_values(None);
        for claim in &mut finding.claims {
            claim.attributed_to = None;
        }
        let out = table(&finding);
        assert!(!out.contains("claimants"), "{out}");
        assert_eq!(
            out.lines().next(),
            Some("  value           sources"),
            "{out}"
        );
        assert!(out.lines().all(|l| l == l.trim_end()), "{out}");
    }

    #[test]
    fn columns_are_aligned() {
        let out = table(&four_values(Some("the Red Crescent")));
        let column = |l: &str, word: &str| l.find(word).map(|i| l[..i].chars().count());
        let lines: Vec<&str> = out.lines().collect();
        // Every row's sources start where the header's do (the mark is
        // counted in characters, not bytes).
        let sources = column(lines[0], "sources");
        for (l, first) in lines[1..]
            .iter()
            .zip(["radiom", "bdmetro", "emedia", "marocafrik"])
        {
            assert_eq!(column(l, first), sources, "{out}");
        }
        assert_eq!(
            column(lines[0], "claimants"),
            column(lines[3], "the Red Crescent")
        );
    }

    #[test]
    fn long_source_lists_wrap_between_sources() {
        let mut records: Vec<Record> = (0..12)
            .map(|i| {
                let name = format!("a_rather_long_source_name_{i:02}");
                claim(&name, (i + 1, 1), Qualifier::Exact, 17.0, None)
            })
            .collect();
        records.push(claim("odd", (1, 1), Qualifier::Exact, 16.0, None));
        let finding = report_of(records).findings.remove(0);
        let out = table(&finding);
        assert!(out.lines().count() > 3, "{out}");
        for l in out.lines() {
            assert!(l.chars().count() <= TABLE_WIDTH, "{l}");
        }
        // Continued lines end with a comma and start under the sources.
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[2].ends_with(','), "{out}");
        assert!(lines[3].starts_with("         a_rather"), "{out}");
        assert_eq!(out.matches("a_rather_long_source_name_").count(), 12);
    }

    #[test]
    fn when_a_finding_is_a_table() {
        use Qualifier::Exact;
        let same = |n: usize| {
            let records = (0..n)
                .map(|i| claim(&format!("s{i}"), (1, 1), Exact, 17.0, None))
                .collect();
            report_of(records).findings.remove(0)
        };
        assert!(!is_table(&same(2)));
        assert!(!is_table(&same(3)));
        assert!(is_table(&same(4)));
        let two = report_of(vec![
            claim("a", (1, 1), Exact, 16.0, None),
            claim("b", (1, 1), Exact, 17.0, None),
        ]);
        assert!(is_table(&two.findings[0]));
    }

    #[test]
    fn cells_are_one_line_and_wraps_keep_items_whole() {
        assert_eq!(clean(" la\npréfecture\u{1b}[31m "), "la préfecture [31m");
        let items: Vec<String> = ["aaaa", "bb", "cccccccccc"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(wrap(&items, 9), ["aaaa, bb,", "cccccccccc"]);
        let long = ["a report of the IOM".to_string(), "UN".to_string()];
        assert_eq!(wrap(&long, 12), ["a report of", "the IOM, UN"]);
        assert_eq!(wrap(&items, 100), ["aaaa, bb, cccccccccc"]);
        assert_eq!(wrap(&[], 10), [""]);
        assert_eq!(pad("✗", 3), "✗  ");
    }
}
