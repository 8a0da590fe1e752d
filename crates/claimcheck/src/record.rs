//! Records: each quantity of a source as the `extract` command reports it.
//!
//! A [`Claim`] is a span, a value and what it counts; a user and the tools
//! downstream need more: which file, which line and column, the words
//! themselves, the bounds as numbers. [`Record`] is that, the machine-readable contract of the design
//! notes (`claimcheck extract --format jsonl`, one record a line, fields in a
//! fixed order), and [`extract`] builds the records of one [`Source`].

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::claim::{find_claims, Claim};
use crate::concept::Concepts;
use crate::interval::Interval;
use crate::lang::Lang;
use crate::location::{LineIndex, Location};
use crate::quantity::{Kind, Qualifier};
use crate::source::{Date, Source};

/// One quantity found in a source, with everything needed to point at it and
/// to compare it.
///
/// It serializes to the JSON object of the output contract, fields in this
/// order: `source, line, column, start, end, text, quantity, value, low, high,
/// qualifier, kind, counted, key, scope, attributed_to, lang, date,
/// superseded`.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// The source's name: its path as given, or `-` for standard input.
    pub source: String,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, counted in characters.
    pub column: usize,
    /// Byte offset where `text` starts in the file as read (decoded, UTF-8;
    /// for HTML and Markdown, the page with its markup).
    pub start: usize,
    /// Byte offset where `text` ends in the file as read.
    pub end: usize,
    /// The claim's words as written, qualifier and counted phrase included
    /// ("plus de 50 000 numéros de téléphone"); for HTML and Markdown, the
    /// words of the prose, without markup and with entities decoded.
    pub text: String,
    /// The number alone as written ("50 000").
    pub quantity: String,
    /// The nominal value; `None` for dates and times.
    pub value: Option<f64>,
    /// Every value the expression allows; serialized as `low` and `high`.
    pub interval: Option<Interval>,
    /// How the text qualifies the number.
    pub qualifier: Qualifier,
    /// What sort of number it is.
    pub kind: Kind,
    /// What the quantity counts ("numéros de téléphone"); `None` when nothing.
    pub counted: Option<String>,
    /// The concept key of what is counted ("phone_number"); `None` when the
    /// quantity is not a count claim.
    pub key: Option<String>,
    /// Place the count is limited to ("France" for "en France"); `None` when unlimited.
    pub scope: Option<String>,
    /// Who the text says makes the claim ("la CGT" for "selon la CGT").
    pub attributed_to: Option<String>,
    /// The language the source was read in.
    pub lang: Lang,
    /// When the source was published, when known: figures of a changing
    /// toll from two dated sources are an update, not a contradiction.
    pub date: Option<Date>,
    /// The source itself presents the figure as an earlier one ("up from
    /// 1,037"): it is listed but compared with nothing.
    pub superseded: bool,
}

impl Record {
    /// The record of `claim`, found in `source` at `position` (the position
    /// of the claim's start in [`Source::original`]). `start` and `end` are
    /// the claim's span mapped into the original ([`Source::original_span`]).
    ///
    /// Spans that do not fall on character boundaries of the text give empty
    /// strings rather than a panic: a recognizer bug must not crash a run.
    pub fn new(source: &Source, claim: &Claim, location: Location) -> Record {
        let span = source.original_span(claim.span.clone());
        let quantity = &claim.quantity;
        let slice = |span: &std::ops::Range<usize>| {
            source
                .text
                .get(span.clone())
                .unwrap_or_default()
                .to_string()
        };
        Record {
            source: source.name.clone(),
            line: location.line,
            column: location.column,
            start: span.start,
            end: span.end,
            text: slice(&claim.span),
            quantity: slice(&quantity.number_span),
            value: quantity.value,
            interval: quantity.interval,
            qualifier: quantity.qualifier,
            kind: quantity.kind,
            counted: claim.counted.clone(),
            key: claim.key.clone(),
            scope: claim.scope.clone(),
            attributed_to: claim.attributed_to.clone(),
            lang: source.lang,
            date: source.date,
            superseded: claim.superseded,
        }
    }

    /// The low end of the interval; `None` when open below or when there is
    /// no interval.
    pub fn low(&self) -> Option<f64> {
        self.interval.and_then(|i| i.low().value())
    }

    /// The high end of the interval; `None` when open above or when there is
    /// no interval.
    pub fn high(&self) -> Option<f64> {
        self.interval.and_then(|i| i.high().value())
    }
}

/// Every quantity of `source` as a [`Record`], in source order, with what it
/// counts as the built-in concept lexicon names it.
pub fn extract(source: &Source) -> Vec<Record> {
    extract_with(source, Concepts::builtin())
}

/// [`extract`] with a concept lexicon of the caller's (the built-in one
/// extended by a user's, say).
///
/// One index for the whole file: records come in increasing offsets (the map
/// into the original keeps their order), so positions cost one pass over the
/// file in all.
pub fn extract_with(source: &Source, concepts: &Concepts) -> Vec<Record> {
    records_with(source, concepts).collect()
}

/// The records of `source`, as [`extract_with`] gives them, made one at a
/// time as they are asked for, so that a caller that writes each one out
/// (`extract`) never holds the records of a whole file, only its claims.
pub fn records_with<'s>(
    source: &'s Source,
    concepts: &Concepts,
) -> impl Iterator<Item = Record> + 's {
    let claims = find_claims(&source.text, source.lang, concepts);
    let mut index = LineIndex::new(source.original());
    claims.into_iter().map(move |c| {
        let start = source.original_span(c.span.clone()).start;
        Record::new(source, &c, index.location(start))
    })
}

/// The largest magnitude below which every whole `f64` is an exact integer.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_992.0; // 2^53

/// A number as the contract writes it: whole values as JSON integers (`50000`,
/// not `50000.0`, so that consumers comparing with `==` or reading into
/// integer types are not surprised), other values as JSON floats.
struct JsonNumber(f64);

impl Serialize for JsonNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.is_finite() && v.fract() == 0.0 && v.abs() < MAX_SAFE_INTEGER {
            // Exact: |v| < 2^53 and whole, so the cast neither rounds nor saturates.
            serializer.serialize_i64(v as i64)
        } else {
            serializer.serialize_f64(v)
        }
    }
}

impl Serialize for Record {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let number = |v: Option<f64>| v.map(JsonNumber);
        let mut s = serializer.serialize_struct("Record", 19)?;
        s.serialize_field("source", &self.source)?;
        s.serialize_field("line", &self.line)?;
        s.serialize_field("column", &self.column)?;
        s.serialize_field("start", &self.start)?;
        s.serialize_field("end", &self.end)?;
        s.serialize_field("text", &self.text)?;
        s.serialize_field("quantity", &self.quantity)?;
        s.serialize_field("value", &number(self.value))?;
        s.serialize_field("low", &number(self.low()))?;
        s.serialize_field("high", &number(self.high()))?;
        s.serialize_field("qualifier", &self.qualifier)?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("counted", &self.counted)?;
        s.serialize_field("key", &self.key)?;
        s.serialize_field("scope", &self.scope)?;
        s.serialize_field("attributed_to", &self.attributed_to)?;
        s.serialize_field("lang", &self.lang)?;
        s.serialize_field("date", &self.date)?;
        s.serialize_field("superseded", &self.superseded)?;
        s.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interval::Bound;
    use crate::quantity::Quantity;

    fn source(text: &str) -> Source {
        Source::new("a.txt", text, Lang::Fr)
    }

    fn json(v: f64) -> String {
        serde_json::to_string(&JsonNumber(v)).unwrap_or_default()
    }

    #[test]
    fn whole_numbers_are_json_integers() {
        assert_eq!(json(50_000.0), "50000");
        assert_eq!(json(-3.0), "-3");
        assert_eq!(json(-0.0), "0");
        assert_eq!(json(1.5), "1.5");
        assert_eq!(json(MAX_SAFE_INTEGER - 1.0), "9007199254740991");
        assert_eq!(json(MAX_SAFE_INTEGER), "9007199254740992.0");
        assert_eq!(json(1e300), "1e+300");
    }

    /// Line and column the slow, obvious way, to check the index against.
    fn naive_position(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }

    #[test]
    fn records_point_at_their_words() {
        // Whatever the recognizer finds, each record must point at its own words.
        let text = "Été\nil y a 12 ans, plus de 50 000 numéros\n\n« 3 » fois, 1,5 million";
        let source = source(text);
        let records = extract(&source);
        assert!(!records.is_empty());
        for record in &records {
            assert_eq!(record.text, text[record.start..record.end]);
            assert!(record.text.contains(&record.quantity), "{record:?}");
            assert_eq!(
                (record.line, record.column),
                naive_position(text, record.start)
            );
            assert_eq!(record.source, "a.txt");
            assert_eq!(record.lang, Lang::Fr);
        }
    }

    #[test]
    fn record_serializes_in_contract_order() {
        let source = source("plus de 50 000 numéros");
        let quantity = Quantity {
            span: 0..14,
            number_span: 8..14,
            value: Some(50_000.0),
            interval: Interval::new(Bound::Exclusive(50_000.0), Bound::Unbounded).ok(),
            qualifier: Qualifier::MoreThan,
            kind: Kind::Count,
        };
        let claim = Claim {
            span: 0..23,
            quantity,
            counted: Some("numéros".to_string()),
            key: Some("phone_number".to_string()),
            scope: None,
            attributed_to: None,
            superseded: false,
        };
        let record = Record::new(&source, &claim, Location::START);
        let line = serde_json::to_string(&record).unwrap_or_default();
        assert_eq!(
            line,
            r#"{"source":"a.txt","line":1,"column":1,"start":0,"end":23,"text":"plus de 50 000 numéros","quantity":"50 000","value":50000,"low":50000,"high":null,"qualifier":"more_than","kind":"count","counted":"numéros","key":"phone_number","scope":null,"attributed_to":null,"lang":"fr","date":null,"superseded":false}"#
        );
    }

    #[test]
    fn bad_spans_give_empty_text_not_a_panic() {
        let source = source("é");
        let quantity = Quantity {
            span: 1..5,
            number_span: 1..2,
            value: None,
            interval: None,
            qualifier: Qualifier::Exact,
            kind: Kind::Date,
        };
        let claim = Claim {
            span: quantity.span.clone(),
            quantity,
            counted: None,
            key: None,
            scope: None,
            attributed_to: None,
            superseded: false,
        };
        let record = Record::new(&source, &claim, Location::START);
        assert_eq!((record.text.as_str(), record.quantity.as_str()), ("", ""));
        assert_eq!((record.low(), record.high()), (None, None));
    }
}
