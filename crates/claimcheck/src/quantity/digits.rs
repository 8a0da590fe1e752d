//! Numbers written with digits, in every separator style news pages use.
//!
//! "50 000" (space, no-break space or narrow no-break space), "50.000",
//! "50,000", "1,5" (French decimal comma), "2.3" (English decimal point),
//! "12,34,567.89" (Indian grouping), scientific notation, and the letters that
//! may follow ("50k", "2,3 Md", "1er", "29km"). Which separator is the decimal
//! one depends on the language and on the shape of the groups; the rules are
//! in [`read_number`].

use super::folding::fold;
use super::lexicon::{Grammar, Lexicon};
use super::scan::char_at;
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

/// Separators that may stand between digit groups.
fn group_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '.' | ',' | '\'' | '’'
    )
}

fn is_space_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// A digit group read after the first: the separator before it and its span.
#[derive(Clone, Copy, Debug)]
struct Group {
    sep: char,
    start: usize,
    end: usize,
}

impl Group {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

fn digit_run(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// Reads the groups after the first one: a single separator followed by
/// digits, as long as the shape allows. A space-like separator needs exactly
/// three digits after it ("423 0000" is two numbers).
fn read_groups(text: &str, mut i: usize) -> Vec<Group> {
    let bytes = text.as_bytes();
    let mut groups = Vec::new();
    while let Some(c) = char_at(text, i) {
        if !group_separator(c) {
            break;
        }
        let start = i + c.len_utf8();
        if start >= bytes.len() || !bytes[start].is_ascii_digit() {
            break;
        }
        let end = digit_run(bytes, start);
        if is_space_separator(c) && end - start != 3 {
            break;
        }
        groups.push(Group { sep: c, start, end });
        i = end;
        if groups.len() > 64 {
            break;
        }
    }
    groups
}

/// True when `groups` are valid thousands groups: all three digits, or the
/// Indian shape (two-digit groups then a final three-digit one).
fn thousands_shape(groups: &[Group]) -> bool {
    if groups.iter().all(|g| g.len() == 3) {
        return true;
    }
    match groups.split_last() {
        Some((last, rest)) => last.len() == 3 && rest.iter().all(|g| g.len() == 2),
        None => true,
    }
}

/// Decides which groups belong to the number and which separator, if any,
/// is the decimal one. Returns how many groups to keep and the index of the
/// decimal group.
fn interpret(groups: &[Group], lang: Lang, rules: &Grammar) -> (usize, Option<usize>) {
    if groups.is_empty() {
        return (0, None);
    }
    let dots = groups.iter().filter(|g| g.sep == '.').count();
    let commas = groups.iter().filter(|g| g.sep == ',').count();
    let last = groups.len() - 1;
    // Both marks: the last one, written once and last, is the decimal mark
    // ("1,674,200.5", "1.111,11", "12,34,567.89").
    if dots > 0 && commas > 0 {
        let dec = groups[last].sep;
        let count = if dec == '.' { dots } else { commas };
        if count == 1 && thousands_shape(&groups[..last]) {
            return (groups.len(), Some(last));
        }
        let first_mark = groups
            .iter()
            .position(|g| g.sep == '.' || g.sep == ',')
            .unwrap_or(0);
        return (first_mark, None);
    }
    let mark = if dots > 0 {
        '.'
    } else if commas > 0 {
        ','
    } else {
        ' '
    };
    if mark == ' ' {
        return (groups.len(), None);
    }
    let marks = dots + commas;
    let marked: Vec<Group> = groups.iter().copied().filter(|g| g.sep == mark).collect();
    let all_thousands = thousands_shape(&marked);
    let decimal_mark = lang.language().decimal_mark;
    let single_decimal = marks == 1 && groups[last].sep == mark;
    let as_thousands = if mark == decimal_mark {
        // The language's own decimal mark: decimal when written once, last.
        !single_decimal && all_thousands
    } else {
        // The other mark groups thousands when the shape allows, otherwise a
        // single one is a foreign decimal mark ("5,00" in English, "1.0" in French).
        all_thousands
    };
    if as_thousands {
        return (groups.len(), None);
    }
    if single_decimal {
        return (groups.len(), Some(last));
    }
    // A list ("22,24,26") or an address ("192.168.1.2"): keep the leading
    // space groups and the longest run of valid thousands groups.
    let mut keep = 0;
    while keep < groups.len() && (groups[keep].sep != mark || groups[keep].len() == 3) {
        keep += 1;
    }
    if keep > 0
        && groups[..keep].iter().any(|g| g.sep == mark)
        && mark == decimal_mark
        && rules.list_ends_at_decimal_mark
    {
        // The language's `list_ends_at_decimal_mark`: in English the dot
        // groups nothing in an address ("192.168.1.2" is 192).
        keep = groups.iter().position(|g| g.sep == mark).unwrap_or(keep);
    }
    (keep, None)
}

/// Reads an exponent: "e10", "e-1", "E+14", "x10^6", "×10^-4".
fn read_exponent(text: &str, i: usize) -> Option<(i32, usize)> {
    let bytes = text.as_bytes();
    let rest = &text[i..];
    let after = if rest.starts_with(['e', 'E']) {
        i + 1
    } else if let Some(r) = rest
        .strip_prefix("x10^")
        .or_else(|| rest.strip_prefix("×10^"))
    {
        text.len() - r.len()
    } else {
        return None;
    };
    let mut j = after;
    let negative = match bytes.get(j) {
        Some(b'-') => {
            j += 1;
            true
        }
        Some(b'+') => {
            j += 1;
            false
        }
        _ => false,
    };
    let digits_end = digit_run(bytes, j);
    if digits_end == j || digits_end - j > 3 {
        return None;
    }
    // "1e10" but not "2e édition": no letter may follow.
    if char_at(text, digits_end).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let exp: i32 = text[j..digits_end].parse().ok()?;
    Some((if negative { -exp } else { exp }, digits_end))
}

/// Reads the letters glued to the digits, or a separate abbreviation word.
fn read_suffix(
    text: &str,
    start: usize,
    i: usize,
    lex: &Lexicon,
    integer: bool,
    value: f64,
) -> (Suffix, usize) {
    let letters_end = text[i..]
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(k, _)| i + k);
    if letters_end > i {
        let letters = &text[i..letters_end];
        if lex.names.contains(&text[start..letters_end]) {
            return (Suffix::Name, letters_end);
        }
        // Digits or letters right after the letters make a name ("4x4", "A380").
        if char_at(text, letters_end).is_some_and(|c| c.is_ascii_digit()) {
            if letters == "h" && integer && value <= 24.0 {
                let end = digit_run(text.as_bytes(), letters_end);
                if end - letters_end == 2 {
                    return (Suffix::Time, end);
                }
            }
            return (Suffix::Name, letters_end);
        }
        if let Some(&scale) = lex.abbreviations.get(letters) {
            return (Suffix::Scale(scale), letters_end);
        }
        let folded = fold(letters);
        if integer && lex.ordinal_suffixes.contains(&folded) {
            return (Suffix::Ordinal, letters_end);
        }
        if letters == "h" && integer && value <= 24.0 {
            return (Suffix::Time, letters_end);
        }
        if lex.unit_suffixes.contains(&folded) {
            return (Suffix::Unit, letters_end);
        }
        if lex.words.get(&folded).is_some_and(|w| w.scale.is_some()) {
            // "2millions": a scale word glued to the digits.
            return (
                Suffix::Scale(lex.words[&folded].scale.unwrap_or(1.0)),
                letters_end,
            );
        }
        return (Suffix::Name, letters_end);
    }
    // A separate abbreviation: "2,33 k", "10 bln", "1,674.5 G".
    let spaces_end = text[i..]
        .char_indices()
        .find(|(_, c)| !(c.is_whitespace() && *c != '\n'))
        .map_or(text.len(), |(k, _)| i + k);
    if spaces_end > i && spaces_end - i <= 3 {
        let word_end = text[spaces_end..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(text.len(), |(k, _)| spaces_end + k);
        let word = &text[spaces_end..word_end];
        let standalone = word.len() >= 2 || matches!(word, "k" | "K" | "M" | "G");
        if standalone && word_end > spaces_end {
            if let Some(&scale) = lex.abbreviations.get(word) {
                return (Suffix::Scale(scale), word_end);
            }
        }
    }
    (Suffix::None, i)
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
        interpret(&groups, lang, &lex.grammar)
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
