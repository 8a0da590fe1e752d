//! Quantities: every number expression in a text, with its value as an interval.
//!
//! This is the first step after reading a source. It finds digits in every
//! separator style, number words, vague amounts ("une trentaine", "hundreds"),
//! bounds ("plus de", "at least") and ranges, and tells plain counts from years,
//! dates, times, percentages, money, ordinals and digits that are part of a name.
//! Later steps decide what each quantity counts.
//!
//! This file holds the public types. [`find_quantities`] (in `find`) scans a
//! text for the places a number may start and reads the quantity at each,
//! with the help of the lexer (`scan`), the number grammar (`digits`,
//! `words`, from the language's data in `lexicon`), the qualifiers and ranges
//! around a number (`qualify`, `range`) and its kind (`kind`).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::interval::Interval;

mod digits;
mod find;
mod kind;
mod lexicon;
mod qualify;
mod range;
mod scan;
mod words;

pub use crate::segment::fold;
pub(crate) use crate::segment::folding;
pub use find::find_quantities;
pub use qualify::interval_for;

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

#[cfg(test)]
mod tests;
