//! Locations: where something is in a text, as a person counts it.
//!
//! Every report points at a line and a column: a claim in an article, a
//! claim's entry in a fact file, a key of the configuration, the first bad
//! byte of a file. Byte offsets are what the code holds; [`Location`] is what
//! the user reads, and [`LineIndex`] is the one way from the first to the
//! second, so that every place counts lines and columns alike (columns in
//! characters, not bytes).

use std::fmt;

/// A place in a text as a person counts it: both 1-based, the column in
/// characters (not bytes), so that "é" counts once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// 1-based line number; lines end at `\n`.
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values.
    pub column: usize,
}

/// Turns byte offsets into [`Location`]s.
///
/// It keeps a cursor where the last question left it, so asking for offsets in
/// increasing order (as records come, in source order) reads the text once
/// overall: a 100 MB single-line file with thousands of quantities costs one
/// pass, not one pass per quantity. As the cursor goes it keeps where it was
/// at every [`CHECKPOINT`] bytes, so that asking for an earlier offset
/// restarts from the checkpoint before it (or the start of the cursor's
/// line, when nearer) and costs at most [`CHECKPOINT`] bytes, whatever the
/// length of the line.
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    bytes: &'a [u8],
    cursor: Cursor,
    /// The cursor as it was at byte `k * CHECKPOINT`, for each `k` passed.
    checkpoints: Vec<Cursor>,
}

/// How far apart a [`LineIndex`] keeps its checkpoints: a backward question
/// costs at most this many bytes; the checkpoints take 1/1000 of the text.
const CHECKPOINT: usize = 32 * 1024;

/// How far a [`LineIndex`] has counted.
#[derive(Clone, Copy, Debug)]
struct Cursor {
    /// The byte offset reached.
    offset: usize,
    /// The byte offset where the line holding `offset` starts.
    line_start: usize,
    /// The location of `offset`.
    location: Location,
}

impl Cursor {
    /// The start of a text.
    const START: Cursor = Cursor {
        offset: 0,
        line_start: 0,
        location: Location::START,
    };

    /// Moves forward to `offset` (which must not be behind), counting newlines
    /// and the first byte of each character on the way. `offset` need not
    /// be a character boundary: the count is by bytes.
    fn advance(&mut self, bytes: &[u8], offset: usize) {
        crate::work::count(offset - self.offset);
        for (i, &b) in bytes[self.offset..offset].iter().enumerate() {
            if b == b'\n' {
                self.location.line += 1;
                self.location.column = 1;
                self.line_start = self.offset + i + 1;
            } else if b & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a new character starts here.
                self.location.column += 1;
            }
        }
        self.offset = offset;
    }
}

impl<'a> LineIndex<'a> {
    /// An index over `text`, its cursor at the start.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        LineIndex {
            bytes: text.as_bytes(),
            cursor: Cursor::START,
            checkpoints: vec![Cursor::START],
        }
    }

    /// The location of byte `offset`; offsets past the end give the position
    /// of the end.
    pub fn location(&mut self, offset: usize) -> Location {
        let offset = offset.min(self.bytes.len());
        if offset < self.cursor.offset {
            // Every checkpoint up to the cursor is known: the nearest one
            // before `offset` is at its multiple of CHECKPOINT.
            let checkpoint = self.checkpoints[offset / CHECKPOINT];
            if offset >= self.cursor.line_start && self.cursor.line_start > checkpoint.offset {
                self.cursor.offset = self.cursor.line_start;
                self.cursor.location.column = 1;
            } else {
                self.cursor = checkpoint;
            }
        }
        self.advance_to(offset);
        self.cursor.location
    }

    /// Moves the cursor forward to `offset` (never behind it), keeping a
    /// checkpoint at each multiple of [`CHECKPOINT`] it reaches for the first
    /// time. The cursor never passes the next missing checkpoint without
    /// stopping there, so every checkpoint below it is known.
    fn advance_to(&mut self, offset: usize) {
        while self.checkpoints.len() * CHECKPOINT <= offset {
            let next = self.checkpoints.len() * CHECKPOINT;
            self.cursor.advance(self.bytes, next);
            self.checkpoints.push(self.cursor);
        }
        self.cursor.advance(self.bytes, offset);
    }
}

/// The location of byte `offset` in `bytes`, which need only be valid UTF-8
/// before `offset` (used to point at the first invalid byte).
pub(crate) fn location_in(bytes: &[u8], offset: usize) -> Location {
    let mut cursor = Cursor::START;
    cursor.advance(bytes, offset.min(bytes.len()));
    cursor.location
}

impl Location {
    /// The first character of a text.
    pub const START: Location = Location { line: 1, column: 1 };

    /// The location of byte `offset` in `text`, for a one-off question (a
    /// [`LineIndex`] answers many in one pass).
    pub fn of(text: &str, offset: usize) -> Location {
        LineIndex::new(text).location(offset)
    }

    /// The location just past `words` when they start here: the line of
    /// their last character and the column after it, as SARIF regions and
    /// GitHub annotations want the end of a span.
    pub fn after(self, words: &str) -> Location {
        match words.rfind('\n') {
            Some(i) => Location {
                line: self.line + words.matches('\n').count(),
                column: words[i + 1..].chars().count() + 1,
            },
            None => Location {
                line: self.line,
                column: self.column + words.chars().count(),
            },
        }
    }
}

impl fmt::Display for Location {
    /// `line:column`, as compilers and editors write it after a path.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: usize, column: usize) -> Location {
        Location { line, column }
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\nçé 12\n\nx";
        let mut index = LineIndex::new(text);
        assert_eq!(index.location(0), pos(1, 1));
        assert_eq!(index.location(2), pos(1, 3));
        assert_eq!(index.location(3), pos(2, 1));
        // "çé " is 5 bytes and 3 characters.
        assert_eq!(index.location(8), pos(2, 4));
        assert_eq!(index.location(11), pos(3, 1));
        assert_eq!(index.location(12), pos(4, 1));
        assert_eq!(index.location(1000), pos(4, 2));
    }

    #[test]
    fn positions_can_go_backwards() {
        let text = "one\ntwo three\nfour";
        let mut index = LineIndex::new(text);
        assert_eq!(index.location(14), pos(3, 1));
        assert_eq!(index.location(16), pos(3, 3));
        assert_eq!(index.location(15), pos(3, 2));
        assert_eq!(index.location(8), pos(2, 5));
        assert_eq!(index.location(1), pos(1, 2));
        assert_eq!(index.location(18), pos(3, 5));
    }

    /// Line and column the slow, obvious way.
    fn naive(text: &str, offset: usize) -> Location {
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        pos(
            before.matches('\n').count() + 1,
            before[line_start..].chars().count() + 1,
        )
    }

    #[test]
    fn positions_on_long_lines_from_checkpoints() {
        // Several checkpoints on one line and across lines, with accented
        // letters straddling them, asked for in any order.
        let line = "é 12 ".repeat(3 * CHECKPOINT / 6);
        let text = format!("{line}\n{line}\nfin");
        let mut index = LineIndex::new(&text);
        let mut offsets: Vec<usize> = (0..text.len())
            .step_by(997)
            .filter(|&o| text.is_char_boundary(o))
            .collect();
        offsets.reverse();
        offsets.extend([0, text.len() - 1, CHECKPOINT + 1, 5, text.len()]);
        for offset in offsets {
            assert_eq!(index.location(offset), naive(&text, offset), "at {offset}");
        }
    }

    #[test]
    fn one_off_locations_and_ends() {
        assert_eq!(Location::of("ab\ncé", 4), pos(2, 2));
        assert_eq!(Location::of("ab", 99), pos(1, 3));
        assert_eq!(pos(5, 3).after("abc"), pos(5, 6));
        assert_eq!(pos(5, 3).after("ab\ncd"), pos(6, 3));
        assert_eq!(pos(1, 1).to_string(), "1:1");
    }
}
