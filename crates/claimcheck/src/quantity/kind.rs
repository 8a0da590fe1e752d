//! What sort of number a quantity is: a count, or a year, a date, a time, a
//! percentage, money, a rank, a measure, or digits that count nothing.
//!
//! Only counts can become claims, so this step is what keeps "en 2019",
//! "jeudi 22 juillet", "Channel 12" and the "0 / 13" share counters of a
//! scraped page out of the comparison. The decision reads the words around
//! the number (`data/<lang>/kinds.yaml`, `data/kinds.yaml`) and the shape of the digits.

use std::ops::Range;

use super::digits::{DigitNumber, Suffix};
use super::folding::fold;
use super::lexicon::Lexicon;
use super::scan::{char_at, char_before, words_before};
use super::Kind;

fn digit_run(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
    }
    i
}

fn number_at(text: &str, start: usize, end: usize) -> Option<u32> {
    text.get(start..end)?.parse().ok()
}

/// Recognises numbers whose shape alone says what they are, at a digit (or
/// '+') at `start`: dates "17/05/2018", "2021-07", "2021-07-22"; times
/// "14:30"; phone numbers "+33 6 12 34 56 78", "06 12 34 56 78". Returns the
/// kind and the end of the shape.
pub(crate) fn shaped(text: &str, start: usize) -> Option<(Kind, usize)> {
    let bytes = text.as_bytes();
    if let Some(end) = phone_end(text, start) {
        return Some((Kind::Other, end));
    }
    if !bytes.get(start)?.is_ascii_digit() {
        return None;
    }
    let a_end = digit_run(bytes, start);
    let a_len = a_end - start;
    let sep = *bytes.get(a_end)?;
    let b_start = a_end + 1;
    let b_end = digit_run(bytes, b_start);
    let b_len = b_end - b_start;
    if b_len == 0 || char_at(text, b_end).is_some_and(char::is_alphabetic) {
        return None;
    }
    let a = number_at(text, start, a_end)?;
    let b = number_at(text, b_start, b_end)?;
    match sep {
        // "2021-07", "2021-07-22".
        b'-' if a_len == 4 && b_len == 2 && (1..=12).contains(&b) && (1000..=2199).contains(&a) => {
            let mut end = b_end;
            if bytes.get(b_end) == Some(&b'-') {
                let c_end = digit_run(bytes, b_end + 1);
                if c_end - (b_end + 1) == 2 {
                    end = c_end;
                }
            }
            Some((Kind::Date, end))
        }
        // "17/05/2018", "5/17/2018", "17.05.2018", "17-05-2018".
        b'/' | b'.' | b'-' if a_len <= 2 && b_len <= 2 && bytes.get(b_end) == Some(&sep) => {
            let c_start = b_end + 1;
            let c_end = digit_run(bytes, c_start);
            let c_len = c_end - c_start;
            let day_month = (1..=31).contains(&a) && (1..=12).contains(&b);
            let month_day = (1..=12).contains(&a) && (1..=31).contains(&b);
            if (c_len == 2 || c_len == 4) && (day_month || month_day) {
                Some((Kind::Date, c_end))
            } else {
                None
            }
        }
        // "14:30".
        b':' if a_len <= 2 && b_len == 2 && a < 24 && b < 60 => Some((Kind::Time, b_end)),
        _ => None,
    }
}

/// The end of a phone number starting at `start`: an international "+"
/// number, or a national number of four or more short groups starting with 0.
fn phone_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let plus = bytes.get(start) == Some(&b'+');
    let first = if plus { start + 1 } else { start };
    if !bytes.get(first)?.is_ascii_digit() {
        return None;
    }
    if !plus && bytes[first] != b'0' {
        return None;
    }
    let mut i = first;
    let mut digits = 0;
    let mut groups = 0;
    let mut end = first;
    loop {
        let g_end = digit_run(bytes, i);
        if g_end == i {
            break;
        }
        digits += g_end - i;
        groups += 1;
        end = g_end;
        if !plus && g_end - i > 4 {
            return None;
        }
        match char_at(text, g_end) {
            Some(c @ (' ' | '.' | '-' | '/' | '\u{a0}'))
                if bytes
                    .get(g_end + c.len_utf8())
                    .is_some_and(u8::is_ascii_digit) =>
            {
                i = g_end + c.len_utf8();
            }
            _ => break,
        }
    }
    let enough = if plus {
        digits >= 8
    } else {
        digits >= 9 && groups >= 4
    };
    (enough && digits <= 15).then_some(end)
}

/// The folded words right after byte `end` (up to `max`), skipping white
/// space and apostrophes, stopping at other punctuation.
pub(crate) fn words_after(text: &str, end: usize, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = end;
    while out.len() < max {
        let rest = &text[i..];
        let skipped = rest.trim_start_matches(|c: char| {
            (c.is_whitespace() && c != '\n') || c == '\'' || c == '’'
        });
        let start = i + (rest.len() - skipped.len());
        let word_len = skipped
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(skipped.len());
        if word_len == 0 {
            break;
        }
        out.push(fold(&text[start..start + word_len]));
        i = start + word_len;
    }
    out
}

fn starts_with_phrase(words: &[String], phrases: &[Vec<String>]) -> bool {
    phrases
        .iter()
        .any(|p| words.len() >= p.len() && words[..p.len()] == p[..])
}

/// The first non-space character after `end`, on the same line.
fn next_char(text: &str, end: usize) -> Option<char> {
    text[end..]
        .chars()
        .find(|c| !(c.is_whitespace() && *c != '\n'))
}

/// True when the quantity at `span` is alone on its line: a share counter or
/// another piece of page furniture, not prose.
fn alone_on_line(text: &str, span: &Range<usize>) -> bool {
    line_blank_before(text, span.start) && line_blank_after(text, span.end)
}

/// True when only white space stands between the start of its line and byte
/// `pos`. Reads back over the white space only, so that a long line costs
/// nothing per quantity.
pub(crate) fn line_blank_before(text: &str, pos: usize) -> bool {
    let head = text[..pos].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    head.is_empty() || head.ends_with('\n')
}

/// True when only white space stands between byte `pos` and the end of its line.
pub(crate) fn line_blank_after(text: &str, pos: usize) -> bool {
    let tail = text[pos..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    tail.is_empty() || tail.starts_with(['\n', '\r'])
}

/// True when the word before `pos` is capitalised, mid-sentence and the name
/// of something ("Channel 12", "Apollo 11"), rather than a sentence's first word.
fn after_name(text: &str, pos: usize, lex: &Lexicon) -> bool {
    let head = text[..pos].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    if head.len() == pos || head.ends_with('\n') {
        return false;
    }
    let word_start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i);
    let Some(ws) = word_start else { return false };
    let word = &head[ws..];
    if !word.chars().next().is_some_and(char::is_uppercase) || word.chars().count() < 2 {
        return false;
    }
    let folded = fold(word);
    if lex.months.contains(&folded)
        || lex.weekdays.contains(&folded)
        || lex.words.contains_key(&folded)
    {
        return false;
    }
    // The word before must not end a sentence.
    let before = head[..ws].trim_end();
    !(before.is_empty() || before.ends_with(['.', '!', '?', ':', '«', '"', '\n', '»', '(']))
}

/// Facts about the number that the classifier needs.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    /// The number alone, sign included.
    pub number: Range<usize>,
    /// The whole quantity (range included), before which and after which the
    /// marker words stand.
    pub whole: Range<usize>,
    pub value: f64,
    pub digits: Option<DigitNumber>,
}

/// Decides the kind of a quantity from its shape and the words around it.
pub(crate) fn classify(cx: &Context, lex: &Lexicon) -> Kind {
    let text = cx.text;
    let after = words_after(text, cx.whole.end, 3);
    let before = words_before(text, cx.whole.start, 2);
    let prev = before.last().map(|(w, _)| w.as_str());
    let next = after.first().map(String::as_str);
    let day = cx.value.fract() == 0.0 && (1.0..=31.0).contains(&cx.value);
    if let Some(d) = cx.digits {
        match d.suffix {
            Suffix::Ordinal if next.is_some_and(|w| lex.months.contains(w)) => return Kind::Date,
            Suffix::Ordinal if prev.is_some_and(|w| lex.months.contains(w)) => return Kind::Date,
            Suffix::Ordinal => return Kind::Ordinal,
            Suffix::Unit => return Kind::Measure,
            Suffix::Time => return Kind::Time,
            Suffix::Name => return Kind::Other,
            Suffix::None | Suffix::Scale(_) => {}
        }
    }
    // "COVID-19", "SCP-173": digits hyphenated to a word.
    if char_before(text, cx.number.start) == Some('-')
        && char_before(text, cx.number.start - 1).is_some_and(char::is_alphabetic)
    {
        return Kind::Other;
    }
    if next_char(text, cx.whole.end) == Some('%') || starts_with_phrase(&after, &lex.percent_after)
    {
        return Kind::Percent;
    }
    let head = text[..cx.whole.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let tail = text[cx.whole.end..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    let symbol = |s: &String| head.ends_with(s.as_str()) || tail.starts_with(s.as_str());
    if lex.currency_symbols.iter().any(symbol) || starts_with_phrase(&after, &lex.currency_after) {
        return Kind::Money;
    }
    if next.is_some_and(|w| lex.units_after.contains(w) || lex.unit_suffixes.contains(w))
        && !after.is_empty()
    {
        // A unit word must follow directly, not after punctuation.
        let tail_word: String = tail.chars().take_while(|c| c.is_alphabetic()).collect();
        if !tail_word.is_empty() {
            return Kind::Measure;
        }
    }
    if starts_with_phrase(&after, &lex.time_after) {
        let at = prev.is_some_and(|w| lex.time_before.contains(w));
        let clock = after
            .first()
            .is_some_and(|w| w == "am" || w == "pm" || w == "o");
        if at || clock {
            return Kind::Time;
        }
    }
    if day && next.is_some_and(|w| lex.months.contains(w)) {
        return Kind::Date;
    }
    if day && prev.is_some_and(|w| lex.months.contains(w) || lex.weekdays.contains(w)) {
        return Kind::Date;
    }
    let year_shape = cx.digits.is_some_and(|d| d.plain && d.head_digits == 4)
        && (1000.0..=2199.0).contains(&cx.value);
    if year_shape {
        if prev.is_some_and(|w| lex.months.contains(w)) {
            return Kind::Date;
        }
        if prev.is_some_and(|w| lex.year_before.contains(w)) {
            return Kind::Year;
        }
    }
    if cx.digits.is_some() && after_name(text, cx.whole.start, lex) {
        let follows = next_char(text, cx.whole.end);
        let ends = follows.is_none_or(|c| !c.is_alphabetic() || c.is_uppercase());
        if ends {
            return Kind::Other;
        }
    }
    if alone_on_line(text, &cx.whole) && cx.digits.is_some() {
        return Kind::Other;
    }
    Kind::Count
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shaped("2021-07 x", 0), Some((Kind::Date, 7)));
        assert_eq!(shaped("17/05/2018", 0), Some((Kind::Date, 10)));
        assert_eq!(shaped("14:30", 0), Some((Kind::Time, 5)));
        assert_eq!(shaped("+33 6 12 34 56 78", 0), Some((Kind::Other, 17)));
        assert_eq!(shaped("06 12 34 56 78", 0), Some((Kind::Other, 14)));
        assert_eq!(shaped("10-15", 0), None);
        assert_eq!(shaped("50 000", 0), None);
        assert_eq!(shaped("2/3", 0), None);
    }
}
