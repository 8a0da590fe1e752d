//! Quantities: every number expression in a text, with its value as an interval.
//!
//! This is the first step after reading a source. It finds digits in every
//! separator style, number words, vague amounts ("une trentaine", "hundreds"),
//! bounds ("plus de", "at least") and ranges, and tells plain counts from years,
//! dates, times, percentages, money, ordinals and digits that are part of a name.
//! Later steps decide what each quantity counts.
//!
//! This file holds the public types and the scan, [`find_quantities`], that
//! finds where a number may start; `recognise` reads the quantity at such a
//! place, with the help of the number grammar (`digits`, `words`), the
//! qualifiers and ranges around it (`qualify`, `range`) and its kind (`kind`).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::interval::Interval;
use crate::lang::Lang;

mod digits;
mod folding;
mod kind;
mod lexicon;
mod qualify;
mod range;
mod recognise;
mod scan;
mod words;

pub use folding::fold;
use lexicon::WordInfo;
pub use qualify::interval_for;
use recognise::{recognise, sign_target};
use scan::{char_before, Lexer, TokKind};

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

#[cfg(test)]
mod tests;
