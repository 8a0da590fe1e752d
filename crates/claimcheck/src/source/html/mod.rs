//! HTML: the prose of a scraped page, every byte of it mapped back to the
//! page.
//!
//! A page is mostly not its article: scripts, styles, navigation, headers,
//! footers, asides, forms. This reader drops those, drops tags and comments,
//! decodes character references (`&nbsp;`, `&eacute;`, `&#8239;`), and turns
//! block elements into line or paragraph breaks so that the sentences of two
//! paragraphs do not run together. It is a tag-level scanner, not a tree
//! builder: it follows the HTML standard's tokenizer where that matters for
//! finding text (comments, raw-text elements such as `<script>`, quoted
//! attribute values that contain `>`, character references with and without
//! a semicolon) and nothing more. An HTML tokenizer crate would fold
//! character references into its text, and the byte-exact map back to the
//! file ([`ProseBuilder`]) needs each of them apart; the scan is short.
//! The named character references are the standard's full table
//! (`htmlize::ENTITIES`).

use std::ops::Range;

use super::prose::{Break, OffsetMap, ProseBuilder};
use super::references::character_reference;

mod elements;

use elements::{role, Role};

/// The prose of the HTML page `original`, and its map into the page.
pub(crate) fn prose(original: &str) -> (String, OffsetMap) {
    let mut out = ProseBuilder::new(original);
    scan(original, 0..original.len(), &mut out);
    out.finish()
}

/// Adds the prose of the HTML in `range` of `original` to `out` (a whole
/// page, or an HTML block inside Markdown).
pub(crate) fn scan(original: &str, range: Range<usize>, out: &mut ProseBuilder<'_>) {
    let mut scanner = Scanner {
        bytes: original.as_bytes(),
        pos: range.start,
        end: range.end.min(original.len()),
        skip: None,
        pre: 0,
    };
    scanner.run(out);
}

/// An element being skipped, with how many of its kind are open inside it.
#[derive(Clone, Copy, Debug)]
struct Skipping {
    name: &'static str,
    depth: usize,
}

/// The scan's state.
struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    /// The element being skipped, if any.
    skip: Option<Skipping>,
    /// How many preformatted elements are open.
    pre: usize,
}

impl Scanner<'_> {
    /// Scans to the end, giving `out` the prose.
    fn run(&mut self, out: &mut ProseBuilder<'_>) {
        while self.pos < self.end {
            let next = self.bytes[self.pos..self.end]
                .iter()
                .position(|&b| b == b'<' || b == b'&')
                .map_or(self.end, |i| self.pos + i);
            if next > self.pos {
                self.text(self.pos..next, out);
                self.pos = next;
            }
            if self.pos >= self.end {
                break;
            }
            if self.bytes[self.pos] == b'<' {
                self.markup(out);
            } else {
                self.reference(out);
            }
        }
    }

    /// Text of the page: prose unless inside a skipped element.
    fn text(&self, range: Range<usize>, out: &mut ProseBuilder<'_>) {
        if self.skip.is_some() {
            return;
        }
        if self.pre > 0 {
            out.copy(range);
        } else {
            out.flow(range);
        }
    }

    /// The byte at `i`, or 0 past the end.
    fn at(&self, i: usize) -> u8 {
        if i < self.end {
            self.bytes[i]
        } else {
            0
        }
    }

    /// Just past the first `>` at or after `from`, or the end.
    fn past_gt(&self, from: usize) -> usize {
        self.find(from, b">").map_or(self.end, |i| i + 1)
    }

    /// Where `needle` first occurs at or after `from`.
    fn find(&self, from: usize, needle: &[u8]) -> Option<usize> {
        if from >= self.end {
            return None;
        }
        self.bytes[from..self.end]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| from + i)
    }

    /// A `<`: a tag, a comment, a declaration, or a plain "<".
    fn markup(&mut self, out: &mut ProseBuilder<'_>) {
        let start = self.pos;
        let next = self.at(start + 1);
        if self.bytes[start..self.end].starts_with(b"<!--") {
            self.pos = self.comment_end(start + 4);
        } else if next == b'!' || next == b'?' {
            // A doctype, CDATA section or processing instruction: dropped.
            self.pos = self.past_gt(start + 2);
        } else if next == b'/' {
            let first = self.at(start + 2);
            if first.is_ascii_alphabetic() {
                let name_end = self.name_end(start + 2);
                let (after, _) = self.attributes_end(name_end);
                self.pos = after;
                self.end_tag(start + 2..name_end, out);
            } else if first == b'>' {
                self.pos = start + 3;
            } else {
                self.pos = self.past_gt(start + 2);
            }
        } else if next.is_ascii_alphabetic() {
            let name_end = self.name_end(start + 1);
            let (after, self_closing) = self.attributes_end(name_end);
            self.pos = after;
            self.start_tag(start + 1..name_end, self_closing, out);
        } else {
            self.text(start..start + 1, out);
            self.pos = start + 1;
        }
    }

    /// Just past the end of a comment whose text starts at `from`: `-->`,
    /// `--!>`, or the empty comments `<!-->` and `<!--->`.
    fn comment_end(&self, from: usize) -> usize {
        if self.at(from) == b'>' {
            return from + 1;
        }
        if self.at(from) == b'-' && self.at(from + 1) == b'>' {
            return from + 2;
        }
        let mut i = from;
        while let Some(dashes) = self.find(i, b"--") {
            match (self.at(dashes + 2), self.at(dashes + 3)) {
                (b'>', _) => return dashes + 3,
                (b'!', b'>') => return dashes + 4,
                _ => i = dashes + 1,
            }
        }
        self.end
    }

    /// Where a tag name starting at `from` ends.
    fn name_end(&self, from: usize) -> usize {
        let mut i = from;
        while i < self.end
            && !matches!(self.bytes[i], b'/' | b'>')
            && !self.bytes[i].is_ascii_whitespace()
        {
            i += 1;
        }
        i
    }

    /// Skips the attributes of a tag from `from`: just past its `>` (or the
    /// end), and whether it closed with `/>`.
    fn attributes_end(&self, from: usize) -> (usize, bool) {
        let mut i = from;
        let mut slash = false;
        while i < self.end {
            let b = self.bytes[i];
            if b == b'>' {
                return (i + 1, slash);
            }
            if b == b'/' {
                slash = true;
                i += 1;
                continue;
            }
            slash = false;
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            // An attribute name (a leading "=" belongs to it), then maybe a value.
            i += 1;
            while i < self.end
                && !matches!(self.bytes[i], b'/' | b'>' | b'=')
                && !self.bytes[i].is_ascii_whitespace()
            {
                i += 1;
            }
            let mut j = i;
            while j < self.end && self.bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            if self.at(j) != b'=' {
                continue;
            }
            j += 1;
            while j < self.end && self.bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            let quote = self.at(j);
            if quote == b'"' || quote == b'\'' {
                i = self.find(j + 1, &[quote]).map_or(self.end, |q| q + 1);
            } else {
                i = j;
                while i < self.end && self.bytes[i] != b'>' && !self.bytes[i].is_ascii_whitespace()
                {
                    i += 1;
                }
            }
        }
        (self.end, false)
    }

    /// A start tag named by `name`.
    fn start_tag(&mut self, name: Range<usize>, self_closing: bool, out: &mut ProseBuilder<'_>) {
        let name = &self.bytes[name];
        let Some((known, role)) = role(name) else {
            return;
        };
        if role == Role::Raw {
            if !self_closing {
                self.pos = self.raw_text_end(self.pos, known);
            }
            return;
        }
        if let Some(skipping) = &mut self.skip {
            if skipping.name == known && !self_closing {
                skipping.depth += 1;
            } else if skipping.name == "head" && known == "body" {
                // A page that leaves `</head>` out ends its head here.
                self.skip = None;
                out.brk(Break::Paragraph);
            }
            return;
        }
        match role {
            Role::Skip if !self_closing => {
                self.skip = Some(Skipping {
                    name: known,
                    depth: 1,
                });
                out.brk(Break::Line);
            }
            Role::Block(kind) => out.brk(kind),
            Role::Pre => {
                out.brk(Break::Paragraph);
                if !self_closing {
                    self.pre += 1;
                }
            }
            Role::Skip | Role::Raw => {}
        }
    }

    /// An end tag named by `name`.
    fn end_tag(&mut self, name: Range<usize>, out: &mut ProseBuilder<'_>) {
        let name = &self.bytes[name];
        let Some((known, role)) = role(name) else {
            return;
        };
        if let Some(skipping) = &mut self.skip {
            if skipping.name == known {
                skipping.depth -= 1;
                if skipping.depth == 0 {
                    self.skip = None;
                    out.brk(Break::Line);
                }
            } else if known == "body" {
                // Whatever was left open ends with the body.
                self.skip = None;
            }
            return;
        }
        match role {
            Role::Block(kind) => out.brk(kind),
            Role::Pre => {
                self.pre = self.pre.saturating_sub(1);
                out.brk(Break::Paragraph);
            }
            Role::Skip | Role::Raw => {}
        }
    }

    /// Just past the end tag that closes the raw-text element `name` whose
    /// content starts at `from` (`</script>`, any case), or the end.
    fn raw_text_end(&self, from: usize, name: &str) -> usize {
        let mut i = from;
        while let Some(lt) = self.find(i, b"</") {
            let name_start = lt + 2;
            let name_end = name_start + name.len();
            let matches = name_end <= self.end
                && self.bytes[name_start..name_end].eq_ignore_ascii_case(name.as_bytes());
            let after = self.at(name_end);
            if matches
                && (after == b'>'
                    || after == b'/'
                    || after.is_ascii_whitespace()
                    || name_end == self.end)
            {
                return self.attributes_end(name_end).0;
            }
            i = lt + 2;
        }
        self.end
    }

    /// A `&`: a character reference, or a plain "&".
    fn reference(&mut self, out: &mut ProseBuilder<'_>) {
        let start = self.pos;
        if self.skip.is_some() {
            self.pos = start + 1;
            return;
        }
        match character_reference(&self.bytes[start..self.end]) {
            Some((len, decoded)) => {
                out.replace(start..start + len, &decoded);
                self.pos = start + len;
            }
            None => {
                self.text(start..start + 1, out);
                self.pos = start + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests;
