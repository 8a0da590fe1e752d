//! Digit groups and their separators: which marks group thousands and which
//! one is the decimal mark.
//!
//! "50 000", "50.000", "50,000", "1,5", "12,34,567.89", "192.168.1.2": the
//! same marks mean different things by language and by the shape of the
//! groups around them. Reading the groups and deciding what they mean is the
//! hard part of reading digits, so it has its own file; [`interpret`] holds
//! the rules.

use super::digit_run;
use crate::lang::Lang;
use crate::quantity::lexicon::Grammar;
use crate::quantity::scan::char_at;

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
pub(super) struct Group {
    pub sep: char,
    pub start: usize,
    pub end: usize,
}

impl Group {
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Reads the groups after the first one: a single separator followed by
/// digits, as long as the shape allows. A space-like separator needs exactly
/// three digits after it ("423 0000" is two numbers).
pub(super) fn read_groups(text: &str, mut i: usize) -> Vec<Group> {
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
pub(super) fn interpret(
    text: &str,
    groups: &[Group],
    lang: Lang,
    rules: &Grammar,
) -> (usize, Option<usize>) {
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
    // "4.000 injured" in a translated English dispatch: three decimal zeros
    // say nothing as decimals, so the mark groups thousands.
    let zero_decimals = single_decimal && &text[groups[last].start..groups[last].end] == "000";
    let as_thousands = if mark == decimal_mark {
        // The language's own decimal mark: decimal when written once, last.
        (!single_decimal || zero_decimals) && all_thousands
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
