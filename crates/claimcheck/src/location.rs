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
/// pass, not one pass per quantity. Asking for an earlier offset is allowed
/// and restarts from the start of the cursor's line, or of the text.
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    bytes: &'a [u8],
    cursor: Cursor,
}

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
    /// and the first byte of each character on the way.
    fn advance(&mut self, bytes: &[u8], offset: usize) {
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
        }
    }

    /// The location of byte `offset`; offsets past the end give the position
    /// of the end.
    pub fn location(&mut self, offset: usize) -> Location {
        let offset = offset.min(self.bytes.len());
        if offset < self.cursor.offset {
            if offset >= self.cursor.line_start {
                self.cursor.offset = self.cursor.line_start;
                self.cursor.location.column = 1;
            } else {
                self.cursor = Cursor::START;
            }
        }
        self.cursor.advance(self.bytes, offset);
        self.cursor.location
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

    #[test]
    fn one_off_locations_and_ends() {
        assert_eq!(Location::of("ab\ncé", 4), pos(2, 2));
        assert_eq!(Location::of("ab", 99), pos(1, 3));
        assert_eq!(pos(5, 3).after("abc"), pos(5, 6));
        assert_eq!(pos(5, 3).after("ab\ncd"), pos(6, 3));
        assert_eq!(pos(1, 1).to_string(), "1:1");
    }
}
