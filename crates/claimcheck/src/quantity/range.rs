//! Ranges: a quantity with two ends, "entre 10 et 15", "10 to 15", "de 3 à
//! 5 millions", "10-15".
//!
//! The second end is read after the first number and, when the two make a
//! rising pair, the quantity becomes a range whose interval is its two ends.
//! Which words open and close a range is data (`range_open`, `range_close` in
//! `data/<lang>/qualifiers.yaml`).

use super::find::{number_at, Reading};
use super::folding::fold;
use super::lexicon::Lexicon;
use super::words::WordNumber;
use super::Qualifier;
use crate::lang::Lang;

/// The second end of a range after a number ending at `end`: "à 15", "to
/// 15", "-15", "et 15" (after "entre"). Returns the number and its end.
fn range_end(
    text: &str,
    end: usize,
    opener: Option<&str>,
    lang: Lang,
    lex: &Lexicon,
) -> Option<(WordNumber, usize)> {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let mut pos = end + (rest.len() - trimmed.len());
    let c = trimmed.chars().next()?;
    if matches!(c, '-' | '–' | '—') {
        if opener.is_some_and(|o| o != "a" && o != "to") {
            return None;
        }
        pos += c.len_utf8();
    } else {
        let word_len = trimmed
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(trimmed.len());
        let word = fold(&trimmed[..word_len]);
        let allowed = match opener {
            Some(close) => word == close,
            None => lex.range_close.contains(&word) && lex.word(&word).is_none_or(|w| !w.connector),
        };
        if word_len == 0 || !allowed {
            return None;
        }
        pos += word_len;
    }
    let rest = &text[pos..];
    let start = pos + (rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len());
    let first = text[start..].chars().next()?;
    if !(first.is_ascii_digit() || first.is_alphabetic()) {
        return None;
    }
    number_at(text, start, lang, lex)
}

impl Reading {
    /// Makes the quantity a range when a second end follows the number: the
    /// word `opener` announced must close it ("entre 10 et 15"), or, without
    /// an opener, a range word or a dash ("10 à 15", "10-15"). A scale
    /// written only on the second end is lent to the first ("entre 10 et 15
    /// millions" is 10 to 15 million) when that keeps the ends in order. The
    /// ends must rise, and a qualified number ("plus de 10") makes no range.
    pub(super) fn extend_to_range(
        &mut self,
        text: &str,
        opener: Option<(String, usize)>,
        lang: Lang,
        lex: &Lexicon,
    ) {
        let close = opener.as_ref().map(|(c, _)| c.as_str());
        let Some((high, high_end)) = range_end(text, self.end, close, lang, lex) else {
            return;
        };
        let mut low = self.n.value;
        if self.n.scale.is_none() {
            if let Some(s) = high.scale {
                if low * s <= high.value {
                    low *= s;
                }
            }
        }
        if low < high.value
            && (self.qualifier == Qualifier::Exact || self.qualifier == Qualifier::About)
        {
            self.qualifier = Qualifier::Range;
            self.vague = Some((low, high.value));
            self.value = None;
            self.end = high_end;
            if let Some((_, at)) = opener {
                self.span_start = at;
            }
        }
    }
}
