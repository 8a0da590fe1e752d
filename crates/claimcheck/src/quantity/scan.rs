//! A lexer over the source text: words, digit runs, spaces and punctuation,
//! with their byte offsets.
//!
//! The recogniser reads the text once, front to back, through this lexer; it
//! allocates nothing and copies cheaply, so a parse can look ahead by cloning
//! it and simply drop the clone when the lookahead fails.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A run of letters (any script, accents included).
    Word,
    /// A run of ASCII digits.
    Digits,
    /// A run of white space; `newline` when it holds a line break.
    Space { newline: bool },
    /// Any other single character.
    Punct(char),
}

/// One token: its kind and byte span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
}

/// A forward lexer from a byte position.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lexer<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Lexer<'t> {
    /// A lexer that starts at byte `pos` of `text`, which must be a char boundary.
    pub(crate) fn new(text: &'t str, pos: usize) -> Lexer<'t> {
        Lexer { text, pos }
    }

    /// Reads the next token that is not white space, and says whether white
    /// space (and a line break) came before it.
    pub(crate) fn next_solid(&mut self) -> Option<(Tok, bool, bool)> {
        let mut spaced = false;
        let mut newline = false;
        loop {
            let tok = self.next()?;
            match tok.kind {
                TokKind::Space { newline: nl } => {
                    spaced = true;
                    newline |= nl;
                }
                _ => return Some((tok, spaced, newline)),
            }
        }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Tok;

    fn next(&mut self) -> Option<Tok> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let &b = bytes.get(start)?;
        let mut end = start;
        let kind = if b.is_ascii_digit() {
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            TokKind::Digits
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && starts_letter(&self.text[start..])) {
            end = run_end(
                self.text,
                start,
                |b| b.is_ascii_alphabetic(),
                crate::segment::is_letter,
            );
            TokKind::Word
        } else if (b as char).is_whitespace() || (b >= 0x80 && starts_space(&self.text[start..])) {
            // The ASCII test must be char::is_whitespace's own, form feed and
            // vertical tab included: a byte that starts a space token but
            // does not continue it would make an empty token.
            end = run_end(
                self.text,
                start,
                |b| (b as char).is_whitespace(),
                char::is_whitespace,
            );
            let newline = self.text.as_bytes()[start..end].contains(&b'\n');
            TokKind::Space { newline }
        } else {
            let c = self.text[start..].chars().next()?;
            end = start + c.len_utf8();
            TokKind::Punct(c)
        };
        // Every token moves the lexer on; a scan must end on any input.
        let end = end.max(start + self.text[start..].chars().next().map_or(1, char::len_utf8));
        self.pos = end;
        Some(Tok { kind, start, end })
    }
}

/// The end of the run of characters from `start` that satisfy `ascii` (for
/// ASCII bytes, the common case, tested without decoding) or `wide` (for
/// the rest).
fn run_end(
    text: &str,
    start: usize,
    ascii: impl Fn(u8) -> bool,
    wide: impl Fn(char) -> bool,
) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if !ascii(b) {
                break;
            }
            i += 1;
        } else {
            match text[i..].chars().next() {
                Some(c) if wide(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

fn starts_letter(s: &str) -> bool {
    s.chars().next().is_some_and(crate::segment::is_letter)
}

fn starts_space(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_whitespace)
}

/// The char just before byte `pos`, if any.
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// The char at byte `pos`, if any.
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

/// Words before byte `pos`, nearest last, as (folded word, start) pairs, with
/// only white space or elision apostrophes and hyphens between them and `pos`.
/// Stops at other punctuation, at a line break, or after `max` words.
pub(crate) fn words_before(text: &str, pos: usize, max: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut end = pos;
    while out.len() < max {
        let head = &text[..end];
        let trimmed = head.trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
        let trimmed = trimmed.trim_end_matches(['\'', '’', '-']);
        if trimmed.ends_with('\n') {
            break;
        }
        let word_start = trimmed
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map(|(i, _)| i);
        match word_start {
            Some(s) => {
                out.push((super::folding::fold(&trimmed[s..]), s));
                end = s;
            }
            None => break,
        }
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_digits_spaces_and_punctuation() {
        let text = "Dix-sept médias, 50\u{a0}000 numéros";
        let kinds: Vec<_> = Lexer::new(text, 0)
            .map(|t| (t.kind, &text[t.start..t.end]))
            .collect();
        assert_eq!(kinds[0], (TokKind::Word, "Dix"));
        assert_eq!(kinds[1], (TokKind::Punct('-'), "-"));
        assert_eq!(kinds[2], (TokKind::Word, "sept"));
        assert_eq!(kinds[4], (TokKind::Word, "médias"));
        assert_eq!(kinds[7], (TokKind::Digits, "50"));
        assert_eq!(kinds[8], (TokKind::Space { newline: false }, "\u{a0}"));
    }

    #[test]
    fn every_kind_of_white_space_is_one_token() {
        for text in [
            "\u{c}",
            "a\u{b}\u{c}b",
            " \u{a0}\u{202f}\u{2028}x",
            "\u{85}",
        ] {
            let tokens: Vec<Tok> = Lexer::new(text, 0).collect();
            assert!(tokens.iter().all(|t| t.end > t.start), "{text:?}");
            assert_eq!(tokens.last().map(|t| t.end), Some(text.len()), "{text:?}");
        }
    }

    #[test]
    fn words_before_stops_at_punctuation() {
        let text = "il y a plus de 50";
        let words = words_before(text, text.len() - 2, 3);
        let words: Vec<_> = words.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, vec!["a", "plus", "de"]);
        let text = "jusqu'à 10";
        let words: Vec<_> = words_before(text, text.len() - 2, 3)
            .into_iter()
            .map(|(w, _)| w)
            .collect();
        assert_eq!(words, vec!["jusqu", "a"]);
        let text = "fin. 10";
        assert!(words_before(text, text.len() - 2, 3).is_empty());
    }
}
