//! Segments: the sentences and words of a text, as the steps after the
//! number scan read them.
//!
//! The claim step asks "what is the next word after this number", "which
//! sentence is this claim in", "which words does this sentence have"; the
//! answers are byte spans into the text with each word's folded form, so that
//! every rule compares folded words and every claim still points at its own
//! bytes. Words are compared folded ([`fold`]: lower case, no accents)
//! everywhere, in the number scan, the claim step, concepts and language
//! detection alike. A sentence is bounded on each side (`SENTENCE_MAX`) so that a
//! file of one huge line stays linear.

use std::ops::Range;

pub(crate) mod folding;

pub use folding::fold;

/// A word of the text: its span and folded form.
#[derive(Clone, Debug)]
pub(crate) struct Word {
    /// Byte offset of its first letter.
    pub start: usize,
    /// Byte offset past its last letter.
    pub end: usize,
    /// Lower case, accents removed.
    pub folded: String,
}

impl Word {
    /// The word as written.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    /// True when the word starts with a capital letter (a name).
    pub(crate) fn capitalised(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

/// The word after byte `pos`, when only spaces, an apostrophe or a hyphen
/// stand between: punctuation, a line break or a digit end the phrase.
pub(crate) fn next_word(text: &str, pos: usize) -> Option<Word> {
    let rest = &text[pos..];
    let skipped = rest.trim_start_matches(is_skipped);
    let start = pos + (rest.len() - skipped.len());
    let len = skipped
        .find(|c: char| !is_letter(c))
        .unwrap_or(skipped.len());
    if len == 0 {
        return None;
    }
    let end = start + len;
    Some(Word {
        start,
        end,
        folded: fold(&text[start..end]),
    })
}

/// The word before byte `pos`, not reaching below byte `floor`: the mirror
/// of [`next_word`], skipping the same spaces, apostrophes, hyphens and
/// quotation marks, and stopping at other punctuation.
pub(crate) fn previous_word(text: &str, pos: usize, floor: usize) -> Option<Word> {
    let floor = floor.min(pos);
    let head = text[floor..pos].trim_end_matches(is_skipped);
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_letter(*c))
        .last()
        .map(|(i, _)| i)?;
    let (start, end) = (floor + start, floor + head.len());
    Some(Word {
        start,
        end,
        folded: fold(&text[start..end]),
    })
}

/// `char::is_alphabetic`, with the letters of Latin-1 (French accents: é,
/// à, ç, ô, ...) answered by their range before the Unicode tables, which
/// the scan would otherwise search for every accented letter of a text.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    matches!(c, 'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{FF}')
        || (c > '\u{FF}' && c.is_alphabetic())
        || matches!(c, '\u{AA}' | '\u{B5}' | '\u{BA}')
}

/// What [`next_word`] and [`previous_word`] skip between words. Quotation
/// marks are skipped like spaces: "283,000 « gilets jaunes »" counts the
/// yellow vests, and a quoted phrase goes on its clause.
fn is_skipped(c: char) -> bool {
    (c.is_whitespace() && c != '\n') || matches!(c, '\'' | '’' | '-' | '"' | '«' | '»' | '“' | '”')
}

/// How far a sentence may reach on each side of a claim. Prose sentences are
/// far shorter; the bound keeps a file of one huge line linear.
pub(crate) const SENTENCE_MAX: usize = 2000;

/// The first character boundary at most `reach` bytes before byte `pos`:
/// the floor of every backward walk from a claim, so that a walk looking for
/// a sentence or paragraph start costs at most `reach` bytes, whatever the
/// length of the line it is on.
pub(crate) fn reach_back(text: &str, pos: usize, reach: usize) -> usize {
    let mut lo = pos.saturating_sub(reach);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    crate::work::count(pos - lo);
    lo
}

/// Where the sentence around byte `pos` starts: after the last sentence end
/// before it, at most [`SENTENCE_MAX`] bytes back. Cheaper than
/// [`sentence`] for a caller that needs only the start.
pub(crate) fn sentence_start(text: &str, pos: usize) -> usize {
    let lo = reach_back(text, pos, SENTENCE_MAX);
    last_end(text, lo, pos).map_or(lo, |i| i + 1)
}

/// True when the character `c` at byte `i` ends a sentence: a full stop,
/// question or exclamation mark, or a line break; a point between digits
/// ("4.000", "17.05.2019") is part of a number.
fn ends_sentence(text: &str, i: usize, c: char) -> bool {
    match c {
        '!' | '?' | '\n' => true,
        '.' => {
            let digit_before = text[..i].ends_with(|d: char| d.is_ascii_digit());
            let digit_after = text[i + 1..].starts_with(|d: char| d.is_ascii_digit());
            !(digit_before && digit_after)
        }
        _ => false,
    }
}

/// True for the bytes that may end a sentence ([`ends_sentence`] decides).
/// All are ASCII, which never occurs inside a multi-byte character, so the
/// bytes can be searched without decoding the text.
fn may_end(b: &u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | b'\n')
}

/// The byte of the last sentence end in `text[lo..hi]`.
fn last_end(text: &str, lo: usize, mut hi: usize) -> Option<usize> {
    while let Some(i) = text.as_bytes()[lo..hi].iter().rposition(may_end) {
        let at = lo + i;
        if ends_sentence(text, at, char::from(text.as_bytes()[at])) {
            return Some(at);
        }
        hi = at;
    }
    None
}

/// The byte of the first sentence end in `text[lo..hi]`.
fn first_end(text: &str, mut lo: usize, hi: usize) -> Option<usize> {
    while let Some(i) = text.as_bytes()[lo..hi].iter().position(may_end) {
        let at = lo + i;
        if ends_sentence(text, at, char::from(text.as_bytes()[at])) {
            return Some(at);
        }
        lo = at + 1;
    }
    None
}

/// The sentence around byte `pos`: from the last sentence end before it to
/// the next one after it, at most [`SENTENCE_MAX`] bytes each way.
pub(crate) fn sentence(text: &str, pos: usize) -> Range<usize> {
    let lo = reach_back(text, pos, SENTENCE_MAX);
    let mut hi = (pos + SENTENCE_MAX).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let start = last_end(text, lo, pos).map_or(lo, |i| i + 1);
    crate::work::count(hi - pos);
    let end = first_end(text, pos, hi).unwrap_or(hi);
    start..end
}

/// Every word of `range` in `text`, in order: each run of letters.
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Word> {
    let mut out = Vec::new();
    let mut pos = range.start;
    while pos < range.end {
        let rest = &text[pos..range.end];
        let Some(off) = rest.find(is_letter) else {
            break;
        };
        let start = pos + off;
        let len = text[start..range.end]
            .find(|c: char| !is_letter(c))
            .unwrap_or(range.end - start);
        out.push(Word {
            start,
            end: start + len,
            folded: fold(&text[start..start + len]),
        });
        pos = start + len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_the_alphabetic_characters() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn backward_walks_reach_at_most_their_bound() {
        let text = "é".repeat(3 * SENTENCE_MAX);
        let pos = text.len();
        let start = sentence_start(&text, pos);
        assert!(pos - start <= SENTENCE_MAX);
        assert!(text.is_char_boundary(start));
        let range = sentence(&text, 1001 * 2);
        assert_eq!(range, 2..text.len().min(1001 * 2 + SENTENCE_MAX));
    }
}
