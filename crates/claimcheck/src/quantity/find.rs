//! Finding quantities: the one pass over a text, and the quantity read at
//! each place where a number may start.
//!
//! A quantity is more than its number: an article or determiner before it
//! ("une trentaine"), a sign ("-3"), a qualifier before or after it ("plus
//! de 300", "300 au moins"), a second end ("entre 10 et 15") and its kind
//! (a year, money, a count). [`find_quantities`] finds the candidates;
//! [`recognise`] reads the number at one, then builds the quantity around it
//! step by step in a [`Reading`].
//!
//! The scan and `recognise` share this file on purpose: the compiler splits
//! a crate into code units by module, and with `recognise` in a module of its
//! own the scan ran about 10% slower (`cargo bench -p claimcheck --bench
//! quantities`).

use std::ops::Range;

use super::folding;
use super::lexicon::Lexicon;
use super::lexicon::{lexicon, WordInfo};
use super::scan::{char_before, words_before, Lexer, Tok, TokKind};
use super::words::{self, WordNumber};
use super::{kind, qualify, Kind, Qualifier, Quantity};
use crate::interval::Interval;
use crate::lang::Lang;

/// Finds every quantity in `text`, in source order, reading numbers the way
/// `lang` writes them.
///
/// One pass over the text: the lexer yields tokens, and only a digit, a
/// decimal mark or sign before a digit, or a word the number lexicon knows
/// starts a parse. Everything else costs one token read.
pub fn find_quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let lex = lexicon(lang);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut lexer = Lexer::new(text, 0);
    let mut folded = String::new();
    while let Some(tok) = lexer.next() {
        let candidate = match tok.kind {
            // Digits glued to letters before them belong to a name ("i24News", "G7").
            TokKind::Digits => !char_before(text, tok.start).is_some_and(char::is_alphabetic),
            TokKind::Punct('.' | ',') => {
                bytes.get(tok.end).is_some_and(u8::is_ascii_digit)
                    && char_before(text, tok.start).is_none_or(char::is_whitespace)
            }
            TokKind::Punct('-' | '−' | '+') => {
                char_before(text, tok.start).is_none_or(|c| c.is_whitespace() || c == '(')
                    && sign_target(text, tok).is_some()
            }
            TokKind::Word => {
                tok.end - tok.start <= 32 && lex.may_trigger(&text[tok.start..tok.end]) && {
                    folding::fold_into(&text[tok.start..tok.end], &mut folded);
                    lex.word(&folded).is_some_and(WordInfo::triggers)
                }
            }
            _ => false,
        };
        if !candidate {
            continue;
        }
        let floor = out.last().map_or(0, |q: &Quantity| q.span.end);
        if let Some(q) = recognise(text, tok, lang, lex, floor) {
            lexer = Lexer::new(text, q.span.end);
            out.push(q);
        }
    }
    out
}

/// Where the digits after a sign start: right after it ("-1"), or after
/// spaces when the sign opens its line ("- 10  k" typed as a value).
fn sign_target(text: &str, sign: Tok) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.get(sign.end).is_some_and(u8::is_ascii_digit) {
        return Some(sign.end);
    }
    if !kind::line_blank_before(text, sign.start) {
        return None;
    }
    let rest = &text[sign.end..];
    let digits = rest.trim_start_matches([' ', '\u{a0}']);
    let start = sign.end + (rest.len() - digits.len());
    bytes
        .get(start)
        .is_some_and(u8::is_ascii_digit)
        .then_some(start)
}

/// Where a number that the trigger word at `tok` belongs to really starts:
/// an article or determiner before it is part of it ("une trentaine",
/// "des centaines", "a few hundred").
fn lookback_start(text: &str, tok: Tok, lex: &Lexicon) -> usize {
    let words = words_before(text, tok.start, 2);
    let mut start = tok.start;
    for (word, pos) in words.iter().rev() {
        match lex.word(word) {
            Some(w) if w.article || w.determiner => start = *pos,
            _ => break,
        }
    }
    start
}

/// Parses the number at `start` and returns it with the end of its last atom.
pub(super) fn number_at(
    text: &str,
    start: usize,
    lang: Lang,
    lex: &Lexicon,
) -> Option<(WordNumber, usize)> {
    let atoms = words::read_atoms(text, start, lang, lex);
    let n = words::evaluate(&atoms, &lex.grammar)?;
    Some((n, atoms[n.used - 1].end))
}

/// Recognises the quantity that the token `tok` starts, if any.
/// Words before `floor` belong to the previous quantity: no article,
/// qualifier or range opener is taken from them.
fn recognise(text: &str, tok: Tok, lang: Lang, lex: &Lexicon, floor: usize) -> Option<Quantity> {
    let is_sign = matches!(tok.kind, TokKind::Punct('-' | '−' | '+'));
    let number_start = if is_sign {
        sign_target(text, tok)?
    } else {
        tok.start
    };
    if matches!(tok.kind, TokKind::Digits | TokKind::Punct('+')) {
        if let Some((kind, end)) = kind::shaped(text, tok.start) {
            return Some(shaped(tok.start..end, kind));
        }
        if tok.kind == TokKind::Punct('+') {
            return None;
        }
    }
    let (mut n, start, end) = number_from(text, tok, number_start, lang, lex, floor)?;
    if matches!(tok.kind, TokKind::Punct('-' | '−')) {
        // A sign apart from its digits counts only for a value alone on its line.
        if number_start > tok.end && !kind::line_blank_after(text, end) {
            return None;
        }
        n.value = -n.value;
    }
    if is_pronoun(text, &n, start, lex) {
        return None;
    }
    let sign_start = if is_sign { tok.start } else { start };
    let mut reading = Reading::new(n, sign_start..end);
    let opener = reading.qualify_before(text, lex, floor);
    reading.extend_to_range(text, opener, lang, lex);
    Some(reading.finish(text, lex))
}

/// A quantity whose shape alone says what it is (a date, a time, a phone
/// number): no value, no qualifier.
fn shaped(span: Range<usize>, kind: Kind) -> Quantity {
    Quantity {
        span: span.clone(),
        number_span: span,
        value: None,
        interval: None,
        qualifier: Qualifier::Exact,
        kind,
    }
}

/// Reads the number that `tok` starts, from `number_start` (after a sign),
/// or from the article or determiner before a word that belongs to it ("une
/// trentaine"), when that number reads; otherwise from the word itself.
/// Returns the number, where it starts and the end of its last atom.
fn number_from(
    text: &str,
    tok: Tok,
    number_start: usize,
    lang: Lang,
    lex: &Lexicon,
    floor: usize,
) -> Option<(WordNumber, usize, usize)> {
    let is_sign = matches!(tok.kind, TokKind::Punct('-' | '−' | '+'));
    let start = if tok.kind == TokKind::Word {
        Some(lookback_start(text, tok, lex))
            .filter(|&s| s >= floor)
            .unwrap_or(tok.start)
    } else {
        number_start
    };
    match number_at(text, start, lang, lex) {
        Some((n, end)) => Some((n, start, end)),
        None if start != tok.start && !is_sign => {
            let (n, end) = number_at(text, tok.start, lang, lex)?;
            Some((n, tok.start, end))
        }
        None => None,
    }
}

/// "the one you mentioned": a lone "one" after a word such as "the" is a
/// pronoun, not a number.
fn is_pronoun(text: &str, n: &WordNumber, start: usize, lex: &Lexicon) -> bool {
    if !(n.value == 1.0 && n.used == 1 && n.digits_only.is_none()) {
        return false;
    }
    words_before(text, start, 1)
        .last()
        .is_some_and(|(w, _)| lex.pronoun_before.contains(w))
}

/// A quantity being recognised: its number, and what the words around it
/// have made of it so far.
pub(super) struct Reading {
    /// The number as read, sign applied.
    pub n: WordNumber,
    /// The number alone, its sign included ("50 000" in "plus de 50 000").
    pub number: Range<usize>,
    /// Where the whole expression starts, qualifier or range opener included.
    pub span_start: usize,
    /// Where the whole expression ends so far.
    pub end: usize,
    pub qualifier: Qualifier,
    /// A vague amount's or a range's bounds.
    pub vague: Option<(f64, f64)>,
    /// The nominal value; `None` for a range, a date or a time.
    pub value: Option<f64>,
}

impl Reading {
    /// The number alone, at `number`: exact, or about when the number is
    /// approximate by nature ("une douzaine").
    fn new(n: WordNumber, number: Range<usize>) -> Reading {
        Reading {
            span_start: number.start,
            end: number.end,
            qualifier: if n.about {
                Qualifier::About
            } else {
                Qualifier::Exact
            },
            vague: n.vague,
            value: Some(n.value),
            n,
            number,
        }
    }

    /// Takes the qualifier phrase before the number ("plus de 300"), if any.
    /// Otherwise returns the range opener just before it ("entre", "from")
    /// with the word that must close the range and where the opener stands.
    fn qualify_before(
        &mut self,
        text: &str,
        lex: &Lexicon,
        floor: usize,
    ) -> Option<(String, usize)> {
        let at_number = self.number.start;
        if let Some((q, at)) = qualify::before(text, at_number, lex).filter(|(_, at)| *at >= floor)
        {
            self.qualifier = q;
            self.span_start = at;
            return None;
        }
        let (word, at) = words_before(text, at_number, 1)
            .pop()
            .filter(|(_, at)| *at >= floor)?;
        lex.range_open.get(&word).map(|close| (close.clone(), at))
    }

    /// Completes the quantity: a qualifier phrase after an exact number
    /// ("300 au moins"), its kind, and the interval its value and qualifier
    /// make.
    fn finish(mut self, text: &str, lex: &Lexicon) -> Quantity {
        let whole_end = self.end;
        if let Some((q, at)) = qualify::after(text, self.end, lex) {
            if self.qualifier == Qualifier::Exact {
                self.qualifier = q;
                self.end = at;
            }
        }
        let cx = kind::Context {
            text,
            number: self.number.clone(),
            whole: self.number.start..whole_end,
            value: self.n.value,
            digits: self.n.digits_only,
        };
        let kind = kind::classify(&cx, lex);
        if matches!(kind, Kind::Date | Kind::Time) {
            self.value = None;
        }
        let interval = match (self.value, self.qualifier) {
            (_, Qualifier::Range) => self
                .vague
                .and_then(|(lo, hi)| Interval::closed(lo, hi).ok()),
            (Some(v), q) => qualify::interval_for(q, v, self.vague),
            (None, _) => None,
        };
        if self.vague.is_some() && self.qualifier == Qualifier::Exact {
            self.qualifier = Qualifier::About;
        }
        Quantity {
            span: self.span_start..self.end,
            number_span: self.number,
            value: self.value,
            interval,
            qualifier: self.qualifier,
            kind,
        }
    }
}
