//! Quantities: every number expression in a text, with its value as an interval.
//!
//! This is the first step after reading a source. It finds digits in every
//! separator style, number words, vague amounts ("une trentaine", "hundreds"),
//! bounds ("plus de", "at least") and ranges, and tells plain counts from years,
//! dates, times, percentages, money, ordinals and digits that are part of a name.
//! Later steps decide what each quantity counts.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::interval::Interval;
use crate::lang::Lang;

mod digits;
mod folding;
mod kind;
mod lexicon;
mod qualify;
mod scan;
mod words;

pub use folding::fold;
use lexicon::{Lexicon, WordInfo};
pub use qualify::interval_for;
use scan::{char_before, words_before, Lexer, Tok, TokKind};
use words::WordNumber;

/// How the text qualifies the number: the value semantics table of the design notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "50 000": the value itself.
    Exact,
    /// "environ 300", "une trentaine": around the value.
    About,
    /// "près de 300", "nearly 300": a little under the value.
    Nearly,
    /// "plus de 300", "more than 300": above, the value excluded.
    MoreThan,
    /// "au moins 14", "at least 14": the value or above.
    AtLeast,
    /// "moins de 10", "fewer than 10": below, the value excluded.
    LessThan,
    /// "jusqu'à 10", "up to 10": the value or below.
    AtMost,
    /// "entre 10 et 15", "10 to 15": between two values.
    Range,
}

impl Qualifier {
    /// The name used in reports and fact files (`more_than`).
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::Nearly => "nearly",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::Range => "range",
        }
    }
}

/// What sort of number a quantity is. Only [`Kind::Count`] can become a count claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A plain quantity: "17 médias", "50 000".
    Count,
    /// A calendar year: "en 2019", "since 2016".
    Year,
    /// A date or part of one: "jeudi 22 juillet", "2021-07", "17/05/2018".
    Date,
    /// A time of day: "14h30", "3 pm".
    Time,
    /// A percentage: "12 %", "40 per cent".
    Percent,
    /// An amount of money: "$20", "3 millions d'euros".
    Money,
    /// A rank: "1er", "21st", "cinquième".
    Ordinal,
    /// A physical measure: "29km", "180 ml".
    Measure,
    /// A number that counts nothing: digits of a name ("Channel 12"), a phone
    /// number, page furniture.
    Other,
}

impl Kind {
    /// The name used in reports (`count`, `year`, …).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Ordinal => "ordinal",
            Kind::Measure => "measure",
            Kind::Other => "other",
        }
    }
}

/// One number expression found in a text.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// Byte span of the whole expression, qualifier words included ("plus de 50 000").
    pub span: Range<usize>,
    /// Byte span of the number alone ("50 000"); inside `span`.
    pub number_span: Range<usize>,
    /// The nominal value: the number as written ("plus de 50 000" → 50 000; "une
    /// trentaine" → 30). `None` for dates, times and phone numbers, which are
    /// not amounts, and for ranges, which have two values.
    pub value: Option<f64>,
    /// Every value the expression allows; `None` for dates, times and phone numbers.
    pub interval: Option<Interval>,
    /// How the text qualifies the number.
    pub qualifier: Qualifier,
    /// What sort of number it is.
    pub kind: Kind,
}

/// Finds every quantity in `text`, in source order, reading numbers the way
/// `lang` writes them.
///
/// One pass over the text: the lexer yields tokens, and only a digit, a
/// decimal mark or sign before a digit, or a word the number lexicon knows
/// starts a parse. Everything else costs one token read.
pub fn find_quantities(text: &str, lang: Lang) -> Vec<Quantity> {
    let lex = lexicon::lexicon(lang);
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
fn number_at(text: &str, start: usize, lang: Lang, lex: &Lexicon) -> Option<(WordNumber, usize)> {
    let atoms = words::read_atoms(text, start, lang, lex);
    let n = words::evaluate(&atoms, &lex.grammar)?;
    Some((n, atoms[n.used - 1].end))
}

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
        let word = folding::fold(&trimmed[..word_len]);
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
            let span = tok.start..end;
            return Some(Quantity {
                span: span.clone(),
                number_span: span,
                value: None,
                interval: None,
                qualifier: Qualifier::Exact,
                kind,
            });
        }
        if tok.kind == TokKind::Punct('+') {
            return None;
        }
    }
    let negative = matches!(tok.kind, TokKind::Punct('-' | '−'));
    let mut start = if tok.kind == TokKind::Word {
        Some(lookback_start(text, tok, lex))
            .filter(|&s| s >= floor)
            .unwrap_or(tok.start)
    } else {
        number_start
    };
    let (mut n, mut end) = match number_at(text, start, lang, lex) {
        Some(found) => found,
        None if start != tok.start && !is_sign => {
            start = tok.start;
            number_at(text, start, lang, lex)?
        }
        None => return None,
    };
    let sign_start = if is_sign { tok.start } else { start };
    if negative {
        // A sign apart from its digits counts only for a value alone on its line.
        if number_start > tok.end && !kind::line_blank_after(text, end) {
            return None;
        }
        n.value = -n.value;
    }
    // "the one you mentioned": a pronoun, not a number.
    if n.value == 1.0 && n.used == 1 && n.digits_only.is_none() {
        let prev = words_before(text, start, 1);
        if prev
            .last()
            .is_some_and(|(w, _)| lex.pronoun_before.contains(w))
        {
            return None;
        }
    }
    let mut span_start = sign_start;
    let mut qualifier = if n.about {
        Qualifier::About
    } else {
        Qualifier::Exact
    };
    let mut opener = None;
    if let Some((q, at)) = qualify::before(text, sign_start, lex).filter(|(_, at)| *at >= floor) {
        qualifier = q;
        span_start = at;
    } else if let Some((word, at)) = words_before(text, sign_start, 1)
        .pop()
        .filter(|(_, at)| *at >= floor)
    {
        if let Some(close) = lex.range_open.get(&word) {
            opener = Some((close.clone(), at));
        }
    }
    let number_span = sign_start..end;
    let mut vague = n.vague;
    let mut value = Some(n.value);
    if let Some((high, high_end)) = range_end(
        text,
        end,
        opener.as_ref().map(|(c, _)| c.as_str()),
        lang,
        lex,
    ) {
        let mut low = n.value;
        if n.scale.is_none() {
            if let Some(s) = high.scale {
                if low * s <= high.value {
                    low *= s;
                }
            }
        }
        if low < high.value && (qualifier == Qualifier::Exact || qualifier == Qualifier::About) {
            qualifier = Qualifier::Range;
            vague = Some((low, high.value));
            value = None;
            end = high_end;
            if let Some((_, at)) = opener {
                span_start = at;
            }
        }
    }
    let number_end = end;
    if let Some((q, at)) = qualify::after(text, end, lex) {
        if qualifier == Qualifier::Exact {
            qualifier = q;
            end = at;
        }
    }
    let cx = kind::Context {
        text,
        number: sign_start..number_span.end,
        whole: sign_start..number_end,
        value: n.value,
        digits: n.digits_only,
    };
    let kind = kind::classify(&cx, lex);
    if matches!(kind, Kind::Date | Kind::Time) {
        value = None;
    }
    let interval = match (value, qualifier) {
        (_, Qualifier::Range) => vague.and_then(|(lo, hi)| Interval::closed(lo, hi).ok()),
        (Some(v), q) => qualify::interval_for(q, v, vague),
        (None, _) => None,
    };
    if vague.is_some() && qualifier == Qualifier::Exact {
        qualifier = Qualifier::About;
    }
    Some(Quantity {
        span: span_start..end,
        number_span,
        value,
        interval,
        qualifier,
        kind,
    })
}

#[cfg(test)]
mod tests;
