//! The records of one source, in the formats `extract` prints them in.
//!
//! A check's findings are rendered by the rest of this module; the quantities
//! `extract` finds in a source are rendered here, so that every output format
//! lives in the library and the binary only picks one and writes the text.
//! Like the report formats, [`records()`] is a pure function: the same
//! source and records give the same text, and nothing is printed.

use std::fmt::Write as _;

use crate::factfile;
use crate::labels::value_notation;
use crate::record::Record;
use crate::source::Source;

/// How the records of a source are rendered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordFormat {
    /// An aligned table for a person:
    /// `path:line:column  kind  qualifier  value  key  text`.
    Human,
    /// One JSON object a line, fields as the output contract lists them.
    Jsonl,
    /// A draft fact file of the source's count claims, opening a YAML
    /// document, so that several sources give a stream of fact files.
    Yaml,
}

/// The `records` of `source` (as [`crate::record::extract`] gives them) in
/// `format`, each line ending with a newline; empty when there are none
/// (except for `Yaml`, which always gives a fact file).
pub fn records(source: &Source, records: &[Record], format: RecordFormat) -> String {
    match format {
        RecordFormat::Human => human(records),
        RecordFormat::Jsonl => jsonl(records),
        // Each draft opens a YAML document, so that several documents give
        // a stream and one gives a fact file.
        RecordFormat::Yaml => format!("---\n{}", factfile::draft(source, records)),
    }
}

/// Writes the records of `source` to `out` in `format` as they come, the
/// same bytes as [`records()`]: JSON lines are written one record at a time,
/// so that `extract` holds neither a file's records nor its output (the
/// table and the draft need all the records to line up or group them, and
/// are rendered whole).
pub fn write_records(
    out: &mut impl std::io::Write,
    source: &Source,
    records: impl IntoIterator<Item = Record>,
    format: RecordFormat,
) -> std::io::Result<()> {
    if format != RecordFormat::Jsonl {
        let records: Vec<Record> = records.into_iter().collect();
        return out.write_all(self::records(source, &records, format).as_bytes());
    }
    // One line's buffer, reused, so that a record that cannot be serialized
    // leaves no half line behind.
    let mut line = Vec::new();
    for record in records {
        line.clear();
        // As in `jsonl`: the records after one that cannot be serialized are
        // left out rather than printed as something that is not JSON (a
        // record holds strings and numbers, which always serialize).
        if serde_json::to_writer(&mut line, &record).is_err() {
            break;
        }
        line.push(b'\n');
        out.write_all(&line)?;
    }
    Ok(())
}

/// One JSON object a line: the output contract, which consumers parse line
/// by line.
fn jsonl(records: &[Record]) -> String {
    let mut out = String::new();
    for record in records {
        // A record holds strings and numbers, which always serialize; should
        // one not, the records after it are left out rather than printed
        // as something that is not JSON.
        let Ok(line) = serde_json::to_string(record) else {
            break;
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The records as a table whose columns line up, so that a person scans
/// values and keys down the page: location, kind, qualifier, value, concept
/// key (`-` when the quantity is not a count claim), the words, then the
/// scope and claimant when known, and `[earlier figure]` for a superseded one.
fn human(records: &[Record]) -> String {
    let rows: Vec<[String; 6]> = records.iter().map(row).collect();
    let mut widths = [0usize; 5];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for [location, kind, qualifier, value, key, text] in &rows {
        // `{:<w$}` pads by characters, so "≥14" lines up with "140". Writing
        // to a String cannot fail.
        let _ = writeln!(
            out,
            "{location:<w0$}  {kind:<w1$}  {qualifier:<w2$}  {value:<w3$}  {key:<w4$}  {text}",
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3],
            w4 = widths[4],
        );
    }
    out
}

/// The cells of one record's row in the human table; the last one, the
/// words with the scope, the claimant and whether the text presents the
/// figure as an earlier one, is not padded.
fn row(record: &Record) -> [String; 6] {
    let mut text = escape_controls(&record.text);
    if let Some(scope) = &record.scope {
        text.push_str(&format!("  [scope: {scope}]"));
    }
    if let Some(who) = &record.attributed_to {
        text.push_str(&format!("  [according to: {}]", escape_controls(who)));
    }
    if record.superseded {
        text.push_str("  [earlier figure]");
    }
    [
        format!("{}:{}:{}", record.source, record.line, record.column),
        record.kind.name().to_string(),
        record.qualifier.name().to_string(),
        value_notation(record),
        record.key.clone().unwrap_or_else(|| "-".to_string()),
        text,
    ]
}

/// Makes control characters visible (`\n`, `\t`) so that one record stays on
/// one line of the table even when its words span a line break.
fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::record::extract;

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_controls("0\n13"), "0\\n13");
        assert_eq!(escape_controls("50 000"), "50 000");
    }

    #[test]
    fn each_format_renders_every_record() {
        let source = Source::new("a.txt", "17 médias et plus de 200 journalistes", Lang::Fr);
        let found = extract(&source);
        assert_eq!(found.len(), 2);
        let human = records(&source, &found, RecordFormat::Human);
        let lines: Vec<&str> = human.lines().collect();
        assert_eq!(lines.len(), 2, "{human}");
        assert!(lines[0].starts_with("a.txt:1:1  "), "{human}");
        // The value column lines up: ">200" and "17" start at one column.
        let value_at = |line: &str, value: &str| line.find(value).unwrap_or_default();
        assert_eq!(value_at(lines[0], " 17 "), value_at(lines[1], " >200 "));
        let jsonl = records(&source, &found, RecordFormat::Jsonl);
        assert_eq!(jsonl.lines().count(), 2, "{jsonl}");
        assert!(jsonl.starts_with("{\"source\":\"a.txt\""), "{jsonl}");
        let yaml = records(&source, &found, RecordFormat::Yaml);
        assert!(yaml.starts_with("---\n"), "{yaml}");
        assert!(records(&source, &[], RecordFormat::Human).is_empty());
    }
}
