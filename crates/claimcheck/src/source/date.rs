//! Dates: when a source was published, so that figures of a changing toll
//! can be placed in time.
//!
//! A death toll of 14 on Sunday and of 22 on Tuesday are not a
//! contradiction but an update, and only the sources' dates tell the two
//! apart. A date is read where publishers put it and nowhere else: in an
//! HTML page's metadata (`<meta property="article:published_time">` and its
//! kin, a JSON-LD `"datePublished"`, the first `<time datetime>`), or in a
//! dated publication line at the head of the text ("Publié le 9 septembre
//! 2023 à 14h05", "Updated 10 Sept 2023", a site's date line "Monday,
//! October 3 2022"). A date inside a sentence of the body is what the
//! article speaks of, not when it was written, and "6 years ago" says
//! nothing without the day it was read: both leave the source undated,
//! which is a real case, never guessed. A date keeps the precision it was
//! given (`2023-09-12`, `2023-09`, `2023`).
//!
//! Month names, weekdays and the phrases of publication lines are data
//! (`data/<lang>/time.yaml`).

use std::cmp::Ordering;
use std::fmt;

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize, Serializer};

use super::Markup;
use crate::lang::data::{lang_file, parse, LangFile, PerLang};
use crate::lang::Lang;
use crate::segment::fold;

/// A calendar date, as precise as its source says: a year, a month of a
/// year, or a day. A day without a month cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl Date {
    /// The date `year`, `month`, `day`, when it exists: a year of four
    /// digits, a month 1 to 12, a day of that month, a day only with a month.
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Option<Date> {
        if !(1000..=9999).contains(&year) {
            return None;
        }
        match (month, day) {
            (None, Some(_)) => return None,
            (Some(m), _) if !(1..=12).contains(&m) => return None,
            (Some(m), Some(d)) if d == 0 || d > days_in_month(year, m) => return None,
            _ => {}
        }
        Some(Date { year, month, day })
    }

    /// Reads an ISO 8601 date at the start of `text`: `2023-09-12`,
    /// `2023-09` or `2023`, and what follows a full date (`T14:05:00+02:00`)
    /// is ignored. `None` when `text` does not start with one.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let text = text.trim();
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u16> {
            let s = text.get(r)?;
            (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let year = digits(0..4)?;
        let ends = |i: usize| b.get(i).is_none_or(|c| !c.is_ascii_digit());
        if b.get(4) != Some(&b'-') {
            return if ends(4) && b.len() == 4 {
                Date::new(year, None, None)
            } else {
                None
            };
        }
        let month = u8::try_from(digits(5..7)?).ok()?;
        if b.get(7) != Some(&b'-') {
            return (b.len() == 7).then(|| Date::new(year, Some(month), None))?;
        }
        let day = u8::try_from(digits(8..10)?).ok()?;
        if !ends(10) {
            return None;
        }
        Date::new(year, Some(month), Some(day))
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12, when known.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when known.
    pub fn day(self) -> Option<u8> {
        self.day
    }

    /// The first and last day the date may stand for, as (year, month, day).
    fn first(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    fn last(self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }

    /// How two dates fall in time: `Less` when every day `self` may stand
    /// for is before every day of `other`, `Greater` the other way round,
    /// `None` when they share a day ("2023-09" and "2023-09-12" might be the
    /// same day, so neither is later).
    pub fn order(self, other: Date) -> Option<Ordering> {
        if self.last() < other.first() {
            Some(Ordering::Less)
        } else if other.last() < self.first() {
            Some(Ordering::Greater)
        } else {
            None
        }
    }
}

/// The days of `month` (1 to 12) of `year`.
fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    /// ISO 8601 at the date's precision: `2023-09-12`, `2023-09`, `2023`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// The date of a document: from its metadata when it is a web page, else
/// from a dated publication line at the head of its prose; `None` when it
/// has none. `original` is the file as read, `prose` the text claims are
/// read in.
pub(crate) fn document_date(
    original: &str,
    prose: &str,
    markup: Markup,
    lang: Lang,
) -> Option<Date> {
    let from_page = match markup {
        Markup::Html => html_date(original),
        Markup::Plain | Markup::Markdown => None,
    };
    from_page.or_else(|| text_date(prose, lang))
}

/// How many lines at the head of a text may hold its publication line.
const HEAD_LINES: usize = 10;

/// How much of a line is read for a date: a publication line is short, and
/// an article's paragraph may be one huge line.
const LINE_PREFIX: usize = 200;

/// A line without a publication phrase is a date line when it is this short
/// (in characters)…
const BARE_LINE_MAX: usize = 60;

/// …and has at most this many words besides the date, a weekday and a
/// time: a site's name ("2024-12-16 | News.Az"), an agency ("AA | 17.05.2019").
const BARE_LINE_WORDS: usize = 2;

/// The date of a dated publication line among the first non-blank lines of
/// `text`, read with the words of `lang` first, then of the other
/// languages. The first update line wins (the figures are those of the
/// update), then the first publication or date line.
pub fn text_date(text: &str, lang: Lang) -> Option<Date> {
    let mut published = None;
    let lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(HEAD_LINES);
    for line in lines {
        let mut end = line.len().min(LINE_PREFIX);
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        let line = &line[..end];
        let tokens = tokenize(line);
        let languages = std::iter::once(lang).chain(Lang::ALL.into_iter().filter(|&l| l != lang));
        for words in languages.map(time_words) {
            match words.date_line(line, &tokens) {
                Some((Line::Updated, date)) => return Some(date),
                Some((_, date)) => {
                    published.get_or_insert(date);
                    break;
                }
                None => {}
            }
        }
    }
    published
}

/// What kind of line a date was read on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    /// "Mis à jour le …", "Updated …".
    Updated,
    /// "Publié le …", "Published: …".
    Published,
    /// A short line that is mostly a date ("Monday, October 3 2022").
    Bare,
}

/// A piece of a line: a folded word, a run of digits, or one other character.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    Word(String),
    Number(String),
    Mark(char),
}

/// The tokens of `line`; white space separates them and is dropped.
fn tokenize(line: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let same = |d: char| {
            if c.is_ascii_digit() {
                d.is_ascii_digit()
            } else {
                d.is_alphabetic()
            }
        };
        if c.is_ascii_digit() || c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !same(d) {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let piece = &line[i..end];
            out.push(if c.is_ascii_digit() {
                Token::Number(piece.to_string())
            } else {
                Token::Word(fold(piece))
            });
        } else {
            out.push(Token::Mark(c));
        }
    }
    out
}

/// The time words of a language as written in `data/<lang>/time.yaml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimeFile {
    months: Vec<Vec<String>>,
    weekdays: Vec<String>,
    day_suffixes: Vec<String>,
    published: Vec<String>,
    updated: Vec<String>,
    day_first: bool,
    superseded_before: Vec<String>,
    superseded_contrast: Vec<String>,
    superseded_after: Vec<String>,
}

/// The time words of one language, folded.
pub(crate) struct TimeWords {
    /// Each folded month name or abbreviation, with its month (1 to 12).
    months: Vec<(String, u8)>,
    weekdays: FxHashSet<String>,
    day_suffixes: FxHashSet<String>,
    /// Phrases that open a publication line, as folded words, longest first.
    published: Vec<Vec<String>>,
    /// Phrases that open an update line, longest first.
    updated: Vec<Vec<String>>,
    day_first: bool,
    /// Phrases that present the next figure of a sentence as an earlier one.
    pub(crate) superseded_before: Vec<Vec<String>>,
    /// Words right before a figure that compare it with the current one.
    pub(crate) superseded_contrast: Vec<Vec<String>>,
    /// Words right after such a figure that place it earlier.
    pub(crate) superseded_after: Vec<Vec<String>>,
}

/// Folded words of each phrase, longest phrase first.
fn phrases(list: &[String]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = list
        .iter()
        .map(|p| {
            tokenize(p)
                .into_iter()
                .filter_map(|t| match t {
                    Token::Word(w) | Token::Number(w) => Some(w),
                    Token::Mark(_) => None,
                })
                .collect()
        })
        .filter(|p: &Vec<String>| !p.is_empty())
        .collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    out
}

/// The time words of `lang`, loaded once.
pub(crate) fn time_words(lang: Lang) -> &'static TimeWords {
    static WORDS: PerLang<TimeWords> = PerLang::new();
    WORDS.get(lang, |lang| {
        let file: TimeFile = parse(lang_file(lang, LangFile::Time));
        let months = file
            .months
            .iter()
            .zip(1u8..)
            .flat_map(|(names, m)| names.iter().map(move |n| (fold(n), m)))
            .collect();
        TimeWords {
            months,
            weekdays: file.weekdays.iter().map(|w| fold(w)).collect(),
            day_suffixes: file.day_suffixes.iter().map(|w| fold(w)).collect(),
            published: phrases(&file.published),
            updated: phrases(&file.updated),
            day_first: file.day_first,
            superseded_before: phrases(&file.superseded_before),
            superseded_contrast: phrases(&file.superseded_contrast),
            superseded_after: phrases(&file.superseded_after),
        }
    })
}

/// Words a date line may hold besides its date: times and their words.
const TIME_WORDS: &[&str] = &[
    "a", "at", "h", "am", "pm", "gmt", "utc", "cet", "cest", "bst", "edt", "est", "le", "on",
    "the", "of",
];

impl TimeWords {
    /// How many months the file names (twelve, or the file is wrong).
    #[cfg(test)]
    pub(crate) fn month_count(&self) -> usize {
        self.months
            .iter()
            .map(|(_, m)| *m)
            .collect::<FxHashSet<u8>>()
            .len()
    }

    /// The month a folded word names.
    fn month(&self, word: &str) -> Option<u8> {
        self.months.iter().find(|(n, _)| n == word).map(|(_, m)| *m)
    }

    /// The date a line gives, and what kind of line it is, when it is a
    /// publication line, an update line or a bare date line.
    fn date_line(&self, line: &str, tokens: &[Token]) -> Option<(Line, Date)> {
        // Bullets and separators before a phrase ("• Updated …").
        let lead = tokens
            .iter()
            .take_while(|t| matches!(t, Token::Mark(_)))
            .count();
        for (kind, list) in [
            (Line::Updated, &self.updated),
            (Line::Published, &self.published),
        ] {
            if let Some(len) = starts_with_phrase(&tokens[lead..], list) {
                let mut at = lead + len;
                // "Published: …", "Publié le : …"
                while matches!(tokens.get(at), Some(Token::Mark(':' | '-' | '|' | ','))) {
                    at += 1;
                }
                if matches!(tokens.get(at), Some(Token::Word(w)) if w == "le" || w == "on") {
                    at += 1;
                }
                return self.date_at(tokens, at).map(|(date, _)| (kind, date));
            }
        }
        if line.chars().count() > BARE_LINE_MAX {
            return None;
        }
        let words = |range: std::ops::Range<usize>| {
            tokens[range]
                .iter()
                .filter(|t| match t {
                    Token::Word(w) => {
                        !self.weekdays.contains(w) && !TIME_WORDS.contains(&w.as_str())
                    }
                    _ => false,
                })
                .count()
        };
        (0..tokens.len()).find_map(|i| {
            let (date, end) = self.date_at(tokens, i)?;
            (words(0..i) + words(end..tokens.len()) <= BARE_LINE_WORDS)
                .then_some((Line::Bare, date))
        })
    }

    /// A date starting at token `i` (after an optional weekday), and the
    /// index just past it. Every date has a year: "9 septembre" alone could
    /// be any year, and a date is never guessed.
    fn date_at(&self, tokens: &[Token], mut i: usize) -> Option<(Date, usize)> {
        if matches!(tokens.get(i), Some(Token::Word(w)) if self.weekdays.contains(w)) {
            i += 1;
            while matches!(tokens.get(i), Some(Token::Mark(',' | '.'))) {
                i += 1;
            }
        }
        let word = |j: usize| match tokens.get(j) {
            Some(Token::Word(w)) => Some(w.as_str()),
            _ => None,
        };
        let number = |j: usize| match tokens.get(j) {
            Some(Token::Number(n)) => Some(n.as_str()),
            _ => None,
        };
        let mark = |j: usize, c: char| tokens.get(j) == Some(&Token::Mark(c));
        // Past an optional point (abbreviation) and comma.
        let skip = |mut j: usize| {
            if mark(j, '.') {
                j += 1;
            }
            if mark(j, ',') {
                j += 1;
            }
            j
        };
        let year_at = |j: usize| number(j).filter(|n| n.len() == 4).and_then(plausible_year);
        let day_at = |j: usize| -> Option<(u8, usize)> {
            let n = number(j).filter(|n| n.len() <= 2)?;
            let d: u8 = n.parse().ok()?;
            let after = match word(j + 1) {
                Some(w) if self.day_suffixes.contains(w) => j + 2,
                _ => j + 1,
            };
            Some((d, after))
        };
        // 9 septembre 2023, 1er septembre 2023, 12th September 2023
        if let Some((d, j)) = day_at(i) {
            if let Some(m) = word(j).and_then(|w| self.month(w)) {
                let j = skip(j + 1);
                let y = year_at(j)?;
                return Some((Date::new(y, Some(m), Some(d))?, j + 1));
            }
        }
        // September 12, 2023; Sept. 12 2023; July 8th 2024; September 2023
        if let Some(m) = word(i).and_then(|w| self.month(w)) {
            let j = skip(i + 1);
            if let Some(y) = year_at(j) {
                return Some((Date::new(y, Some(m), None)?, j + 1));
            }
            let (d, j) = day_at(j)?;
            let j = if mark(j, ',') { j + 1 } else { j };
            let y = year_at(j)?;
            return Some((Date::new(y, Some(m), Some(d))?, j + 1));
        }
        // 2023-09-12, 2023/09/12
        if let Some(y) = year_at(i) {
            for sep in ['-', '/'] {
                if mark(i + 1, sep) && mark(i + 3, sep) {
                    let m = number(i + 2)?.parse().ok()?;
                    let d = number(i + 4)?.parse().ok()?;
                    return Some((Date::new(y, Some(m), Some(d))?, i + 5));
                }
            }
            // 2021-07
            let m = number(i + 2).filter(|n| n.len() == 2 && mark(i + 1, '-'))?;
            return Some((Date::new(y, Some(m.parse().ok()?), None)?, i + 3));
        }
        // 12/09/2023, 17.05.2019, 12-09-2023
        let a: u8 = number(i).filter(|n| n.len() <= 2)?.parse().ok()?;
        let sep = ['/', '.', '-'].into_iter().find(|&c| mark(i + 1, c))?;
        let b: u8 = number(i + 2).filter(|n| n.len() <= 2)?.parse().ok()?;
        if !mark(i + 3, sep) {
            return None;
        }
        let y = year_at(i + 4)?;
        // Dots are European (day first) in every language; slashes follow
        // the language, and an English date that reads both ways keeps its
        // year only.
        let day_first = sep == '.' || self.day_first || a > 12;
        let date = if day_first {
            Date::new(y, Some(b), Some(a))
        } else if b > 12 || a == b {
            Date::new(y, Some(a), Some(b))
        } else {
            Date::new(y, None, None)
        };
        Some((date?, i + 5))
    }
}

/// A year a publication date may have, from four digits.
fn plausible_year(digits: &str) -> Option<u16> {
    digits.parse().ok().filter(|y| (1900..=2199).contains(y))
}

/// How many tokens the longest of `phrases` takes at the start of `tokens`.
fn starts_with_phrase(tokens: &[Token], phrases: &[Vec<String>]) -> Option<usize> {
    phrases.iter().find_map(|p| {
        let matches = p.len() <= tokens.len()
            && p.iter().zip(tokens).all(|(w, t)| match t {
                Token::Word(x) | Token::Number(x) => x == w,
                Token::Mark(_) => false,
            });
        matches.then_some(p.len())
    })
}

/// Names of `<meta>` tags (by `property`, `name` or `itemprop`, in lower
/// case) that give a page's publication date, the most trusted first.
const META_NAMES: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
];

/// The publication date of an HTML page: its best `<meta>` date, else a
/// JSON-LD `"datePublished"`, else the first `<time datetime>`.
pub fn html_date(page: &str) -> Option<Date> {
    let bytes = page.as_bytes();
    let mut best_meta: Option<(usize, Date)> = None;
    let mut first_time: Option<Date> = None;
    let mut pos = 0;
    while let Some(off) = bytes[pos..].iter().position(|&b| b == b'<') {
        let start = pos + off + 1;
        let name_end = bytes[start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .map_or(bytes.len(), |i| start + i);
        let name = &bytes[start..name_end];
        pos = name_end.max(start);
        let is_meta = name.eq_ignore_ascii_case(b"meta");
        let is_time = name.eq_ignore_ascii_case(b"time");
        if !is_meta && !is_time {
            continue;
        }
        let (attrs, end) = attributes(page, name_end);
        pos = end;
        let get = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        if is_meta {
            let rank = ["property", "name", "itemprop"].iter().find_map(|a| {
                let v = get(a)?.to_ascii_lowercase();
                META_NAMES.iter().position(|m| *m == v)
            });
            let date = get("content").and_then(Date::parse_iso);
            if let (Some(rank), Some(date)) = (rank, date) {
                if best_meta.is_none_or(|(r, _)| rank < r) {
                    best_meta = Some((rank, date));
                }
            }
        } else if first_time.is_none() {
            first_time = get("datetime").and_then(Date::parse_iso);
        }
    }
    best_meta
        .map(|(_, d)| d)
        .or_else(|| json_ld_date(page))
        .or(first_time)
}

/// The value of the first `"datePublished": "…"` of a page's JSON-LD.
fn json_ld_date(page: &str) -> Option<Date> {
    let at = page.find("\"datePublished\"")? + "\"datePublished\"".len();
    let rest = page[at..].trim_start().strip_prefix(':')?.trim_start();
    Date::parse_iso(rest.strip_prefix('"')?)
}

/// The attributes of a tag whose name ends at `from`, names in lower case,
/// values without their quotes (character references are left as they
/// are: dates have none); and where the tag ends.
fn attributes(page: &str, from: usize) -> (Vec<(String, String)>, usize) {
    let b = page.as_bytes();
    let mut out = Vec::new();
    let mut i = from;
    let skip_space = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    loop {
        i = skip_space(i);
        match b.get(i) {
            None => return (out, b.len()),
            Some(b'>') => return (out, i + 1),
            Some(b'/') => {
                i += 1;
                continue;
            }
            Some(_) => {}
        }
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let name = page
            .get(name_start..i)
            .unwrap_or_default()
            .to_ascii_lowercase();
        let j = skip_space(i);
        if b.get(j) != Some(&b'=') {
            out.push((name, String::new()));
            continue;
        }
        i = skip_space(j + 1);
        let value = match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = b[i + 1..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(b.len(), |k| i + 1 + k);
                let v = page.get(i + 1..end).unwrap_or_default();
                i = (end + 1).min(b.len());
                v
            }
            _ => {
                let start = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                page.get(start..i).unwrap_or_default()
            }
        };
        out.push((name, value.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(date: Option<Date>) -> String {
        date.map_or_else(|| "-".to_string(), |d| d.to_string())
    }

    /// Each case: the head of a document, the date read from it.
    #[test]
    fn publication_lines_in_french() {
        for (text, want) in [
            (
                "Titre\n\nPublié le 9 septembre 2023 à 14h05\n\nCorps.",
                "2023-09-09",
            ),
            (
                "Titre\nPublié le 07 juillet 2024 à 23h41\n0\n27\n",
                "2024-07-07",
            ),
            ("Par la rédaction\nPublié le 12/09/2023\n", "2023-09-12"),
            ("Par Euronews\nPublié le 16/12/2024 - 09:12\n", "2024-12-16"),
            ("Mis à jour le 1er octobre 2023\n", "2023-10-01"),
            ("Publié le lundi 11 sept. 2023\n", "2023-09-11"),
            (
                "Publié le 9 septembre 2023 à 14h05\nMis à jour le 10 septembre 2023 à 08h00\n",
                "2023-09-10",
            ),
            (
                "Lundi 11 septembre 2023\n\nLe bilan s'alourdit.",
                "2023-09-11",
            ),
            ("AA | 17.05.2019 - 15:40..\n", "2019-05-17"),
            (
                " date 2021-07 Une conférence d'urgence a été organisée",
                "2021-07",
            ),
        ] {
            assert_eq!(iso(text_date(text, Lang::Fr)), want, "{text:?}");
        }
    }

    #[test]
    fn publication_lines_in_english() {
        for (text, want) in [
            ("Title\n\nUpdated 10 Sept 2023\n", "2023-09-10"),
            ("Published: September 12, 2023\n", "2023-09-12"),
            ("Monday , October 3 2022\n", "2022-10-03"),
            ("Monday, October 3 2022\n", "2022-10-03"),
            (
                "Title\n\nLast updated on July 8th 2024\n\nFinal results",
                "2024-07-08",
            ),
            (
                "Up to 1,000 feared dead\n\n2024-12-16 | News.Az\n",
                "2024-12-16",
            ),
            ("Posted on 13/09/2023\n", "2023-09-13"),
            ("Posted on 09/13/2023\n", "2023-09-13"),
            // Month first or day first: only the year is certain.
            ("Posted on 09/10/2023\n", "2023"),
            ("Published September 2023\n", "2023-09"),
        ] {
            assert_eq!(iso(text_date(text, Lang::En)), want, "{text:?}");
        }
    }

    #[test]
    fn what_is_not_a_publication_date() {
        for (text, lang) in [
            // Dates inside sentences of the body.
            ("Titre\n\nLe 17 novembre 2018, près de 300 000 manifestants ont bloqué les routes.", Lang::Fr),
            ("Title\n\nOn November 17, 2018, nearly 300,000 protesters in yellow jackets blocked roads.", Lang::En),
            ("Title\n\nThe floods of 10 September 2023 killed thousands of people in Derna, officials said on Monday.", Lang::En),
            // Relative dates, dates without a year.
            ("Police with yellow vests\n\n  • 6 years ago\n", Lang::En),
            ("Publié le 9 septembre à 14h05\n", Lang::Fr),
            ("Ce samedi 17 novembre\n", Lang::Fr),
            // A date line too far down the document.
            ("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nMonday, October 3 2022\n", Lang::En),
            // Impossible dates.
            ("Publié le 31/02/2023\n", Lang::Fr),
            ("Published: 2023-13-01\n", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(iso(text_date(text, lang)), "-", "{text:?}");
        }
    }

    #[test]
    fn the_other_language_reads_a_line_too() {
        assert_eq!(
            iso(text_date("Published: September 12, 2023\n", Lang::Fr)),
            "2023-09-12"
        );
    }

    #[test]
    fn web_page_metadata() {
        for (page, want) in [
            (
                r#"<head><meta property="article:published_time" content="2023-09-12T10:00:00+02:00"></head><p>x</p>"#,
                "2023-09-12",
            ),
            (
                r#"<META NAME='date' CONTENT='2023-09'><meta property="article:published_time" content="2023-09-13">"#,
                "2023-09-13",
            ),
            (
                r#"<meta itemprop="datePublished" content="2024-12-16">"#,
                "2024-12-16",
            ),
            (
                r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2024-07-07T23:41:00Z"}</script>"#,
                "2024-07-07",
            ),
            (
                r#"<article><time datetime="2022-10-03">Oct 3</time><time datetime="2021-01-01"></time></article>"#,
                "2022-10-03",
            ),
            (r#"<meta property="og:title" content="2023-09-12">"#, "-"),
            (
                r#"<meta property="article:published_time" content="yesterday">"#,
                "-",
            ),
            ("<time", "-"),
            ("<meta content=\"", "-"),
        ] {
            assert_eq!(iso(html_date(page)), want, "{page:?}");
        }
    }

    #[test]
    fn a_page_without_metadata_is_read_as_text() {
        let page = "<html><body><h1>Titre</h1><p>Publié le 9 septembre 2023</p></body></html>";
        let source =
            super::super::Source::from_text("a.html", page.to_string(), Markup::Html, None);
        assert_eq!(iso(source.date), "2023-09-09");
        // Metadata wins over the text.
        let page = format!(
            "<head><meta property=\"article:published_time\" content=\"2023-09-08\"></head>{page}"
        );
        let source = super::super::Source::from_text("a.html", page, Markup::Html, None);
        assert_eq!(iso(source.date), "2023-09-08");
    }

    #[test]
    fn iso_dates_and_their_order() {
        assert_eq!(iso(Date::parse_iso("2023-09-12")), "2023-09-12");
        assert_eq!(iso(Date::parse_iso("2023-09")), "2023-09");
        assert_eq!(iso(Date::parse_iso("2023")), "2023");
        assert_eq!(iso(Date::parse_iso("2024-02-29")), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2023-9-1",
            "20230912",
            "23-09-12",
            "2023-09-1x",
            "",
            "2023-",
        ] {
            assert_eq!(iso(Date::parse_iso(bad)), "-", "{bad:?}");
        }
        let d = |s: &str| Date::parse_iso(s).unwrap_or_else(|| panic!("{s}"));
        assert_eq!(d("2023-09-12").order(d("2023-09-13")), Some(Ordering::Less));
        assert_eq!(d("2023-10").order(d("2023-09-30")), Some(Ordering::Greater));
        assert_eq!(d("2023-09").order(d("2023-09-13")), None);
        assert_eq!(d("2023").order(d("2023-12-31")), None);
        assert_eq!(Date::new(2023, None, Some(1)), None);
        assert_eq!(
            serde_json::to_string(&d("2021-07")).unwrap_or_default(),
            "\"2021-07\""
        );
    }
}
