//! Numbers written with digits, in every separator style news pages use.
//!
//! "50 000" (space, no-break space or narrow no-break space), "50.000",
//! "50,000", "1,5" (French decimal comma), "2.3" (English decimal point),
//! "12,34,567.89" (Indian grouping), scientific notation, and the letters that
//! may follow ("50k", "2,3 Md", "1er", "29km"). Which separator is the decimal
//! one depends on the language and on the shape of the groups: [`read_number`]
//! reads a number; `groups` decides what its separators mean, `suffix` what
//! the letters after it make of it.

mod groups;
mod suffix;

use groups::{interpret, read_groups, Group};
use suffix::{read_exponent, read_suffix};

use super::lexicon::Lexicon;
use crate::lang::Lang;

/// What the letters right after the digits make of them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Suffix {
    /// Nothing, or a separate word.
    None,
    /// A multiplier abbreviation: "50k", "2,3 Md".
    Scale(f64),
    /// A rank: "1er", "21st".
    Ordinal,
    /// A unit glued to the digits: "29km", "180ml".
    Unit,
    /// A time of day: "14h30", "9h".
    Time,
    /// Letters that make the digits part of a name: "5G", "3D", "24News".
    Name,
}

/// A number read from digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct DigitNumber {
    /// The value, suffix multiplier included.
    pub value: f64,
    /// Byte offset just past the number and its suffix.
    pub end: usize,
    /// Written as bare digits: no separator, no decimals, no suffix ("2019").
    pub plain: bool,
    /// How many digits before any separator (for year and date shapes).
    pub head_digits: usize,
    pub suffix: Suffix,
}

/// The end of the run of ASCII digits from byte `i`.
fn digit_run(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Reads a number written with digits starting at byte `start`, where a digit
/// stands, or a decimal mark followed by a digit (",08", ".25").
///
/// Separators are read by shape, then interpreted: spaces always group
/// thousands; a mark written in several places groups thousands when every
/// group has three digits; when both marks appear, the last is the decimal
/// one; a single mark is the decimal mark of the language, or of the other
/// language when its group is not three digits long ("5,00" in English).
pub(crate) fn read_number(text: &str, start: usize, lang: Lang, lex: &Lexicon) -> DigitNumber {
    let bytes = text.as_bytes();
    // Digits that continue a list or an address ("22,24,26", "192.168.1.2")
    // are read bare: their marks belong to the list, not to a number.
    let continues =
        start >= 2 && matches!(bytes[start - 1], b'.' | b',') && bytes[start - 2].is_ascii_digit();
    let leading_mark = matches!(bytes.get(start), Some(b'.' | b','));
    let (int_start, int_end) = if leading_mark {
        (start, start)
    } else {
        (start, digit_run(bytes, start))
    };
    let head_digits = int_end - int_start;
    let groups = if leading_mark {
        let end = digit_run(bytes, start + 1);
        vec![Group {
            sep: bytes[start] as char,
            start: start + 1,
            end,
        }]
    } else {
        read_groups(text, int_end)
    };
    let groups = if continues { Vec::new() } else { groups };
    let (keep, decimal) = if leading_mark {
        (1, Some(0))
    } else {
        interpret(text, &groups, lang, &lex.grammar)
    };
    let kept = &groups[..keep];
    let mut digits = String::with_capacity(32);
    digits.push_str(&text[int_start..int_end]);
    for (k, g) in kept.iter().enumerate() {
        if Some(k) == decimal {
            digits.push('.');
        }
        digits.push_str(&text[g.start..g.end]);
    }
    if digits.starts_with('.') {
        digits.insert(0, '0');
    }
    let mut end = kept.last().map_or(int_end, |g| g.end);
    let mut value: f64 = digits.parse().unwrap_or(0.0);
    let mut plain = keep == 0;
    if let Some((exp, exp_end)) = read_exponent(text, end) {
        value *= 10f64.powi(exp);
        end = exp_end;
        plain = false;
    }
    let integer = decimal.is_none() && plain;
    let (suffix, suffix_end) = read_suffix(text, start, end, lex, integer, value);
    if let Suffix::Scale(s) = suffix {
        value *= s;
        plain = false;
    }
    if suffix != Suffix::None {
        plain = false;
    }
    DigitNumber {
        value,
        end: suffix_end,
        plain,
        head_digits,
        suffix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::lexicon::lexicon;

    fn read(text: &str, lang: Lang) -> (f64, &str, Suffix) {
        let n = read_number(text, 0, lang, lexicon(lang));
        (n.value, &text[..n.end], n.suffix)
    }

    macro_rules! cases {
        ($lang:expr, $($text:expr => $value:expr, $span:expr;)*) => {
            $(
                let (value, span, _) = read($text, $lang);
                assert_eq!((value, span), ($value as f64, $span), "{:?}", $text);
            )*
        };
    }

    #[test]
    fn french_separators() {
        cases!(Lang::Fr,
            "50 000 numéros" => 50000, "50 000";
            "50\u{a0}000" => 50000, "50\u{a0}000";
            "1\u{202f}234\u{202f}567,89" => 1234567.89, "1\u{202f}234\u{202f}567,89";
            "50.000" => 50000, "50.000";
            "1,5 million" => 1.5, "1,5";
            "4,800" => 4.8, "4,800";
            "1234567.0" => 1234567, "1234567.0";
            "192.168.1.2" => 192168, "192.168";
            "423 0000" => 423, "423";
            "1 000 000" => 1000000, "1 000 000";
            "2,33 k" => 2330, "2,33 k";
            "10k" => 10000, "10k";
            "12,32e+14" => 12.32e14, "12,32e+14";
            "2millions" => 2000000, "2millions";
            ",08" => 0.08, ",08";
        );
    }

    #[test]
    fn english_separators() {
        cases!(Lang::En,
            "50,000 phone numbers" => 50000, "50,000";
            "2.3bn" => 2.3e9, "2.3bn";
            "4.800" => 4.8, "4.800";
            "4.000 injured" => 4000, "4.000";
            "2.000 people" => 2000, "2.000";
            "2.0001" => 2.0001, "2.0001";
            "1,3." => 1.3, "1,3";
            "22,24,26,31." => 22, "22";
            "22,240,260,310." => 22240260310u64, "22,240,260,310";
            "192.168.1.2" => 192, "192";
            "1,674,200.5 M" => 1674200500000u64, "1,674,200.5 M";
            "1.111,11" => 1111.11, "1.111,11";
            "12,34,567.89" => 1234567.89, "12,34,567.89";
            "1.3x10^6" => 1300000, "1.3x10^6";
            "10 bln" => 1e10, "10 bln";
            "1MM" => 1e6, "1MM";
        );
    }

    /// `list_ends_at_decimal_mark`: an address or a list cut at the decimal
    /// mark in English, read with its leading thousands group in French.
    #[test]
    fn lists_end_where_the_language_says() {
        cases!(Lang::En,
            "192.168.1.2" => 192, "192";
        );
        cases!(Lang::Fr,
            "192,168,1,2" => 192168, "192,168";
            "192.168.1.2" => 192168, "192.168";
        );
    }

    #[test]
    fn suffixes() {
        assert_eq!(read("1er juillet", Lang::Fr).2, Suffix::Ordinal);
        assert_eq!(read("21st", Lang::En).2, Suffix::Ordinal);
        assert_eq!(read("29km", Lang::En).2, Suffix::Unit);
        assert_eq!(read("1m isn't", Lang::En).2, Suffix::Unit);
        assert_eq!(read("10M.", Lang::En).2, Suffix::Scale(1e6));
        assert_eq!(read("14h30", Lang::Fr).2, Suffix::Time);
        assert_eq!(read("24News", Lang::En).2, Suffix::Name);
    }
}
