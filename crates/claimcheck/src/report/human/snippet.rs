//! One claim shown in its source: the line holding its words, the words
//! underlined and labelled, under the `path:line:column` they come from.
//!
//! Article paragraphs are often one long line: the renderer cuts them to a
//! window around the claim with `...` at either end, and keeps the column it
//! prints exact because it is given the line from its start. What follows
//! the claim is cut here first, and a claim further than [`MAX_PREFIX`]
//! bytes into its line is shown by location and words only, so that a
//! pathological one-line file costs no more than its claims.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Snippet};

use crate::labels::file_name;
use crate::record::Record;
use crate::report::{span_text, Texts};

/// How far into its line (in bytes) a claim may start and still be shown with
/// its line: the renderer reads the line from its start, for the column.
pub(super) const MAX_PREFIX: usize = 64 * 1024;

/// How much of a line (in bytes) is kept after a claim: more than the
/// renderer's window ever shows.
const MAX_SUFFIX: usize = 1024;

/// `group` with `record` shown in its source, labelled with `value`: its
/// line with the words underlined, or, when the line cannot be shown, its
/// location and its words in a note.
pub(super) fn add_claim<'a>(
    group: Group<'a>,
    record: &'a Record,
    texts: &Texts<'a>,
    value: &str,
) -> Group<'a> {
    let label = claim_label(record, texts, value);
    match line_snippet(record, texts) {
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
    }
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
pub(super) fn line_snippet<'a>(
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
