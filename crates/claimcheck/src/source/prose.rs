//! Prose: the text the recognizer reads, cut out of a marked-up file, and
//! the map that takes each of its byte offsets back into the file.
//!
//! HTML and Markdown readers ([`super::html`], [`super::markdown`]) walk a
//! file and hand a [`ProseBuilder`] the pieces of prose in order: runs
//! copied from the file, characters that stand for something else in it (an
//! entity, an escape), and breaks between blocks. The builder writes the
//! prose and records one [`Segment`] per run, so that the map costs memory in
//! proportion to the runs, not the bytes, and a lookup is a binary search.

use std::ops::Range;

/// A run of prose and where it comes from in the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    /// Where the run starts in the prose; it ends where the next one starts.
    text: usize,
    /// Where it starts in the original.
    original: usize,
    /// `None` when the run was copied byte for byte (so each of its bytes
    /// sits at the same distance from the run's start in both); otherwise
    /// the length of what it replaces in the original (an entity, an
    /// escape, the markup between two blocks), which every byte of the run
    /// stands for as a whole.
    replaces: Option<usize>,
}

/// Byte offsets of a prose text mapped to byte offsets of the original text
/// it was cut from. Offsets only grow together: the prose keeps the order of
/// the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    segments: Vec<Segment>,
    /// Length of the prose.
    text_len: usize,
    /// Length of the original.
    original_len: usize,
}

impl OffsetMap {
    /// The segment holding prose byte `offset`, if any.
    fn segment(&self, offset: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.text <= offset);
        self.segments.get(i.checked_sub(1)?)
    }

    /// Where the prose byte at `offset` starts in the original.
    pub fn start(&self, offset: usize) -> usize {
        if offset >= self.text_len {
            return self.original_len;
        }
        match self.segment(offset) {
            Some(s) => match s.replaces {
                None => s.original + (offset - s.text),
                Some(_) => s.original,
            },
            None => 0,
        }
    }

    /// Where the prose before `offset` ends in the original: just after the
    /// original of the byte at `offset - 1`.
    pub fn end(&self, offset: usize) -> usize {
        let Some(last) = offset.checked_sub(1) else {
            return self.start(0);
        };
        let last = last.min(self.text_len.saturating_sub(1));
        match self.segment(last) {
            Some(s) => match s.replaces {
                None => s.original + (last - s.text) + 1,
                Some(len) => s.original + len,
            },
            None => 0,
        }
        .min(self.original_len)
    }

    /// The original of the prose bytes `span`: from the start of its first
    /// byte to the end of its last. An empty span maps to an empty span.
    pub fn span(&self, span: Range<usize>) -> Range<usize> {
        let start = self.start(span.start);
        if span.end <= span.start {
            return start..start;
        }
        start..self.end(span.end).max(start)
    }

    /// How many runs the map holds.
    pub fn runs(&self) -> usize {
        self.segments.len()
    }
}

/// What separates two pieces of prose where markup was dropped between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Break {
    /// Nothing: the pieces join ("<b>17</b>médias" reads "17médias").
    None,
    /// A space (white space, a table cell).
    Space,
    /// A line break (`<br>`, a list item, a table row).
    Line,
    /// A blank line (a paragraph, a heading).
    Paragraph,
}

impl Break {
    /// The prose that stands for the break.
    fn text(self) -> &'static str {
        match self {
            Break::None => "",
            Break::Space => " ",
            Break::Line => "\n",
            Break::Paragraph => "\n\n",
        }
    }
}

/// Writes prose and its [`OffsetMap`] from pieces given in original order.
#[derive(Debug)]
pub(crate) struct ProseBuilder<'a> {
    original: &'a str,
    text: String,
    segments: Vec<Segment>,
    /// Where the last piece ended in the original.
    last_end: usize,
    /// The break owed before the next piece.
    pending: Break,
}

impl<'a> ProseBuilder<'a> {
    /// A builder of the prose of `original`.
    pub(crate) fn new(original: &'a str) -> ProseBuilder<'a> {
        ProseBuilder {
            original,
            text: String::new(),
            segments: Vec::new(),
            last_end: 0,
            pending: Break::None,
        }
    }

    /// Where the last piece ended in the original.
    pub(crate) fn last_end(&self) -> usize {
        self.last_end
    }

    /// Owes at least `kind` of break before the next piece.
    pub(crate) fn brk(&mut self, kind: Break) {
        self.pending = self.pending.max(kind);
    }

    /// Writes the owed break, standing for the original from the end of the
    /// last piece to `at`, before a piece that starts with `next`; nothing
    /// before the first piece, and no space beside one already there.
    fn flush(&mut self, at: usize, next: &str) {
        let kind = std::mem::replace(&mut self.pending, Break::None);
        if kind == Break::None || self.text.is_empty() {
            return;
        }
        let blank = |c: Option<char>| c.is_some_and(char::is_whitespace);
        if kind == Break::Space
            && (blank(self.text.chars().next_back()) || blank(next.chars().next()))
        {
            return;
        }
        let from = self.last_end.min(at);
        self.push_replacement(from..at, kind.text());
    }

    /// Copies `range` of the original as it is (`<pre>`, code).
    pub(crate) fn copy(&mut self, range: Range<usize>) {
        let Some(piece) = self.piece(&range) else {
            return;
        };
        self.flush(range.start, piece);
        self.push_copy(range.start, piece);
        self.last_end = range.end;
    }

    /// Copies `range` of the original as flowing text: line breaks, tabs and
    /// other ASCII white space become spaces (one for one, so offsets do not
    /// move), and white space right after a break or at the start is left
    /// out. A piece that is only white space owes a space instead.
    pub(crate) fn flow(&mut self, range: Range<usize>) {
        let Some(piece) = self.piece(&range) else {
            return;
        };
        let trimmed = piece.trim_start_matches(|c: char| c.is_ascii_whitespace());
        if trimmed.is_empty() {
            self.brk(Break::Space);
            return;
        }
        let lead = if self.pending >= Break::Line || self.text.is_empty() {
            piece.len() - trimmed.len()
        } else {
            0
        };
        let start = range.start + lead;
        let piece = &piece[lead..];
        self.flush(start, piece);
        if piece.bytes().any(|b| b.is_ascii_whitespace() && b != b' ') {
            let spaced: String = piece
                .chars()
                .map(|c| if c.is_ascii_whitespace() { ' ' } else { c })
                .collect();
            self.push_copy(start, &spaced);
        } else {
            self.push_copy(start, piece);
        }
        self.last_end = range.end;
    }

    /// Writes `with` for `range` of the original (an entity, an escape).
    pub(crate) fn replace(&mut self, range: Range<usize>, with: &str) {
        if with.is_empty() {
            return;
        }
        // The map must keep the original's order: a piece that would go
        // back is placed where the last one ended.
        let range = range.start.max(self.last_end)..range.end.max(self.last_end);
        self.flush(range.start, with);
        self.push_replacement(range.clone(), with);
        self.last_end = range.end;
    }

    /// The original text of `range`, when it is a forward, in-bounds,
    /// character-aligned range.
    fn piece(&self, range: &Range<usize>) -> Option<&'a str> {
        if range.start < self.last_end || range.is_empty() {
            return None;
        }
        self.original.get(range.clone())
    }

    /// Appends `piece`, copied from original offset `at`, extending the last
    /// run when it continues it in both texts.
    fn push_copy(&mut self, at: usize, piece: &str) {
        let continues = self
            .segments
            .last()
            .is_some_and(|s| s.replaces.is_none() && s.original + (self.text.len() - s.text) == at);
        if !continues {
            self.segments.push(Segment {
                text: self.text.len(),
                original: at,
                replaces: None,
            });
        }
        self.text.push_str(piece);
    }

    /// Appends `with`, standing for `range` of the original.
    fn push_replacement(&mut self, range: Range<usize>, with: &str) {
        self.segments.push(Segment {
            text: self.text.len(),
            original: range.start,
            replaces: Some(range.len()),
        });
        self.text.push_str(with);
    }

    /// The prose and its map.
    pub(crate) fn finish(self) -> (String, OffsetMap) {
        let map = OffsetMap {
            text_len: self.text.len(),
            original_len: self.original.len(),
            segments: self.segments,
        };
        (self.text, map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_runs_map_byte_for_byte() {
        let original = "<b>17</b> médias";
        let mut b = ProseBuilder::new(original);
        b.flow(3..5);
        b.flow(9..original.len());
        let (text, map) = b.finish();
        assert_eq!(text, "17 médias");
        assert_eq!(map.runs(), 2);
        assert_eq!(map.span(0..2), 3..5);
        assert_eq!(&original[map.span(0..text.len())], "17</b> médias");
        assert_eq!(map.span(3..text.len()), 10..original.len());
        assert_eq!(map.span(4..4), 11..11);
    }

    #[test]
    fn replacements_stand_for_their_whole_original() {
        let original = "17&nbsp;m&eacute;dias";
        let mut b = ProseBuilder::new(original);
        b.flow(0..2);
        b.replace(2..8, "\u{a0}");
        b.flow(8..9);
        b.replace(9..17, "é");
        b.flow(17..original.len());
        let (text, map) = b.finish();
        assert_eq!(text, "17\u{a0}médias");
        assert_eq!(map.span(0..text.len()), 0..original.len());
        // Inside the two bytes of "é": both stand for the whole entity.
        assert_eq!(map.span(5..6), 9..17);
        assert_eq!(map.span(2..4), 2..8);
        assert_eq!(map.start(text.len()), original.len());
    }

    #[test]
    fn breaks_separate_pieces_and_white_space_flows() {
        let original = "<p>\n  Plus de 50 000\n  numéros</p>\n<p>17 médias</p>";
        let mut b = ProseBuilder::new(original);
        b.brk(Break::Paragraph);
        let p1 = original.find("\n  Plus").unwrap_or(0);
        let p1_end = original.find("</p>").unwrap_or(0);
        b.flow(p1..p1_end);
        b.brk(Break::Paragraph);
        b.flow(p1_end + 4..p1_end + 5);
        b.brk(Break::Paragraph);
        let p2 = original.rfind("17").unwrap_or(0);
        b.flow(p2..p2 + "17 médias".len());
        let (text, map) = b.finish();
        assert_eq!(text, "Plus de 50 000   numéros\n\n17 médias");
        let at = text.find("17").unwrap_or(0);
        assert_eq!(map.span(at..text.len()), p2..p2 + "17 médias".len());
        let at = text.find("50").unwrap_or(0);
        let span = map.span(at..at + "50 000   numéros".len());
        assert_eq!(&original[span], "50 000\n  numéros");
    }
}
