//! The number grammar: words, digits and the two mixed, read as one number.
//!
//! "quatre-vingt-dix-neuf", "two hundred and five", "1,5 million", "4 mille
//! 3 cents et 21", "un million et demi", "trois douzaines", "cent trente
//! cinquièmes", "deux cent virgule trois", "des dizaines de milliers".
//!
//! A number is first cut into atoms (a number word, a digit number, "de"/"of")
//! by [`read_atoms`]; then [`evaluate`] walks them with the classic
//! total/chunk accumulator, deciding at each atom whether it continues the
//! number or starts the next one ("vingt et un ou vingt-deux" is two numbers,
//! "3 hundred and 2 hundred" too). The vocabulary is in `data/numbers.yaml`
//! and `data/vague.yaml`; this module holds only the rules.

use super::digits::{read_number, DigitNumber, Suffix};
use super::lexicon::{fold, Lexicon, Small, WordInfo};
use super::scan::{char_before, Lexer, TokKind};
use crate::lang::Lang;

/// One piece of a number expression.
#[derive(Clone, Copy, Debug)]
pub(crate) enum AtomKind<'l> {
    /// A number written with digits.
    Digits(DigitNumber),
    /// A word the lexicon knows.
    Word(&'l WordInfo),
    /// "de", "d'", "of": may link a fraction or a vague plural to a scale.
    Of,
}

/// An atom and where it stands.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Atom<'l> {
    pub kind: AtomKind<'l>,
    pub end: usize,
}

impl Atom<'_> {
    fn word(&self) -> Option<&WordInfo> {
        match self.kind {
            AtomKind::Word(w) => Some(w),
            _ => None,
        }
    }
    fn small(&self) -> Option<Small> {
        self.word().and_then(|w| w.small)
    }
}

const MAX_ATOMS: usize = 32;

/// Cuts the text from `start` into atoms, as far as they can belong to one
/// number: words the lexicon knows, digit numbers, and "de"/"of". White space
/// (but not a line break) and hyphens between words are skipped.
pub(crate) fn read_atoms<'l>(
    text: &str,
    start: usize,
    lang: Lang,
    lex: &'l Lexicon,
) -> Vec<Atom<'l>> {
    let mut atoms: Vec<Atom<'l>> = Vec::new();
    let mut lexer = Lexer::new(text, start);
    while atoms.len() < MAX_ATOMS {
        let Some((mut tok, _, newline)) = lexer.next_solid() else {
            break;
        };
        if newline {
            break;
        }
        // Hyphens join words ("quatre-vingt", "fifty - two", "hundred-fifths").
        if matches!(tok.kind, TokKind::Punct('-'))
            && atoms.last().is_some_and(|a| a.word().is_some())
        {
            match lexer.next_solid() {
                Some((t, _, false)) if t.kind == TokKind::Word => tok = t,
                _ => {
                    break;
                }
            }
        }
        match tok.kind {
            TokKind::Digits => {
                if atoms.iter().any(|a| matches!(a.kind, AtomKind::Digits(_)))
                    && !atoms.last().is_some_and(|a| {
                        a.word()
                            .is_some_and(|w| w.connector || w.scale.is_some() || w.hundred)
                    })
                {
                    break;
                }
                if char_before(text, tok.start).is_some_and(char::is_alphabetic) {
                    break;
                }
                let n = read_number(text, tok.start, lang, lex);
                if matches!(
                    n.suffix,
                    Suffix::Name | Suffix::Unit | Suffix::Ordinal | Suffix::Time
                ) && !atoms.is_empty()
                {
                    break;
                }
                atoms.push(Atom {
                    kind: AtomKind::Digits(n),
                    end: n.end,
                });
                lexer = Lexer::new(text, n.end);
                if n.suffix != Suffix::None {
                    break;
                }
            }
            TokKind::Punct('.' | ',')
                if atoms.is_empty()
                    && text.as_bytes().get(tok.end).is_some_and(u8::is_ascii_digit) =>
            {
                let n = read_number(text, tok.start, lang, lex);
                atoms.push(Atom {
                    kind: AtomKind::Digits(n),
                    end: n.end,
                });
                lexer = Lexer::new(text, n.end);
            }
            TokKind::Word => {
                let folded = fold(&text[tok.start..tok.end]);
                if let Some(info) = lex.word(&folded) {
                    atoms.push(Atom {
                        kind: AtomKind::Word(info),
                        end: tok.end,
                    });
                } else if matches!(folded.as_str(), "de" | "d" | "of") && !atoms.is_empty() {
                    atoms.push(Atom {
                        kind: AtomKind::Of,
                        end: tok.end,
                    });
                    // "d'" is followed by an apostrophe.
                    if let Some(c) = super::scan::char_at(text, tok.end) {
                        if c == '\'' || c == '’' {
                            lexer = Lexer::new(text, tok.end + c.len_utf8());
                        }
                    }
                } else {
                    break;
                }
            }
            _ => {
                break;
            }
        }
    }
    atoms
}

/// A number read from atoms.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct WordNumber {
    /// The nominal value.
    pub value: f64,
    /// A vague amount's bounds ("une trentaine": 25..35).
    pub vague: Option<(f64, f64)>,
    /// Approximate by nature: "une douzaine", "a dozen", "trois centaines".
    pub about: bool,
    /// How many atoms the number used.
    pub used: usize,
    /// The largest scale written, so that "entre 10 et 15 millions" can lend
    /// it to its first end.
    pub scale: Option<f64>,
    /// The number is one digit atom and nothing else.
    pub digits_only: Option<DigitNumber>,
}

/// What the last piece of the number was, which decides what may follow.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Last {
    Start,
    Small(Small),
    Digits,
    Fraction,
    Hundred,
    Scale,
}

struct State {
    total: f64,
    chunk: f64,
    /// The part of `chunk` below 100, which a dozen multiplies.
    small_part: f64,
    chunk_hundred: bool,
    last_scale: Option<f64>,
    max_scale: Option<f64>,
    last: Last,
    any: bool,
}

impl State {
    fn value(&self) -> f64 {
        self.total + self.chunk
    }
}

fn is_multiplier(w: &WordInfo) -> bool {
    w.hundred
        || w.scale.is_some()
        || w.dozen
        || w.fraction.is_some()
        || w.denominator.is_some()
        || w.vague_singular.is_some()
}

/// Reads a fraction at `i`: "demi", "half", "a half", "one half", "a quarter",
/// "trois quarts", "three fifths". Returns its value and the next index.
fn fraction_at(atoms: &[Atom], i: usize) -> Option<(f64, usize)> {
    let first = atoms.get(i)?.word()?;
    if let Some(f) = first.fraction {
        return Some((f, i + 1));
    }
    let numerator = if first.article {
        1.0
    } else {
        match first.small? {
            Small::Unit(v) | Small::Teen(v) | Small::Tens(v) => f64::from(v),
        }
    };
    let next = atoms.get(i + 1)?.word()?;
    if let Some(f) = next.fraction {
        return Some((numerator * f, i + 2));
    }
    let d = next.denominator?;
    Some((numerator / d, i + 2))
}

/// Reads the decimals after "virgule"/"point": each small number is written
/// out as digits ("zero three" → "03", "seventy-one" → "71").
fn decimals_at(atoms: &[Atom], mut i: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    while let Some(small) = atoms.get(i).and_then(Atom::small) {
        let mut v = u32::from(small.value());
        i += 1;
        if let Small::Tens(t) = small {
            // "soixante et onze", "seventy-one".
            let mut j = i;
            if atoms
                .get(j)
                .and_then(Atom::word)
                .is_some_and(|w| w.connector)
            {
                j += 1;
            }
            match atoms.get(j).and_then(Atom::small) {
                Some(Small::Unit(u)) if u > 0 => {
                    v = u32::from(t) + u32::from(u);
                    i = j + 1;
                }
                Some(Small::Teen(u)) if t == 60 || t == 80 => {
                    v = u32::from(t) + u32::from(u);
                    i = j + 1;
                }
                _ => {}
            }
        }
        digits.push_str(&v.to_string());
    }
    if digits.is_empty() {
        return None;
    }
    let value: f64 = format!("0.{digits}").parse().ok()?;
    Some((value, i))
}

/// True when a connector at `i` ("et", "and") leads to a part that continues
/// the number, given what came before.
fn connector_continues(atoms: &[Atom], i: usize, st: &State, lang: Lang) -> bool {
    let Some(next) = atoms.get(i + 1) else {
        return false;
    };
    if fraction_at(atoms, i + 1).is_some() {
        return true;
    }
    match st.last {
        // "vingt et un", "soixante et onze".
        Last::Small(Small::Tens(_)) => {
            lang == Lang::Fr && matches!(next.small(), Some(Small::Unit(1)) | Some(Small::Teen(11)))
        }
        Last::Hundred | Last::Scale => {
            let place = if st.last == Last::Hundred {
                100.0
            } else {
                st.last_scale.unwrap_or(f64::INFINITY)
            };
            // The part after the connector, up to the next multiplier.
            let mut j = i + 1;
            let mut part_has_hundred = false;
            while let Some(a) = atoms.get(j) {
                match a.kind {
                    AtomKind::Digits(d) => {
                        if d.value == 0.0
                            || d.value.fract() != 0.0
                            || d.value >= place
                            || d.suffix != Suffix::None
                        {
                            return false;
                        }
                    }
                    AtomKind::Word(w) if w.small.is_some() && !w.article => {}
                    AtomKind::Word(w) if w.hundred => part_has_hundred = true,
                    _ => break,
                }
                j += 1;
            }
            if j == i + 1 {
                return false;
            }
            // "3 hundred and 2 hundred" is two numbers.
            !(part_has_hundred && st.chunk_hundred)
        }
        _ => false,
    }
}

/// Evaluates the atoms from the first, and returns the number they make, if
/// they make one.
pub(crate) fn evaluate(atoms: &[Atom], lang: Lang) -> Option<WordNumber> {
    let mut i = 0;
    let mut negative = false;
    let mut about = false;
    if atoms.first()?.word().is_some_and(|w| w.negative) {
        negative = true;
        i = 1;
    }
    // Determiners and vague plurals: "des centaines", "several hundred",
    // "dozens", "des dizaines de milliers".
    let mut k = i;
    while atoms
        .get(k)
        .and_then(Atom::word)
        .is_some_and(|w| w.determiner || (w.article && k == i))
    {
        k += 1;
    }
    if let Some(w) = atoms.get(k).and_then(Atom::word) {
        let vague = if let Some((lo, hi)) = w.vague_plural {
            Some((lo, hi))
        } else if k > i
            && (w.hundred || w.scale.is_some())
            && atoms[i..k]
                .iter()
                .any(|a| a.word().is_some_and(|w| w.determiner))
        {
            let s = w.scale.unwrap_or(100.0);
            Some((2.0 * s, 9.99 * s))
        } else {
            None
        };
        if let Some((mut lo, mut hi)) = vague {
            let mut used = k + 1;
            // "des dizaines de milliers", "tens of thousands".
            if atoms
                .get(used)
                .is_some_and(|a| matches!(a.kind, AtomKind::Of))
            {
                if let Some(next) = atoms.get(used + 1).and_then(Atom::word) {
                    let base = next.vague_plural.map(|(l, _)| l / 2.0).or(next.scale);
                    if let Some(base) = base {
                        lo *= base;
                        hi *= base;
                        used += 2;
                    }
                }
            }
            return Some(WordNumber {
                value: (lo + hi) / 2.0,
                vague: Some((lo, hi)),
                about: true,
                used,
                scale: None,
                digits_only: None,
            });
        }
    }
    // An article counts only before a multiplier: "un million", "a dozen",
    // "une trentaine"; otherwise it is just an article.
    let mut article = false;
    if atoms.get(i).and_then(Atom::word).is_some_and(|w| w.article) && !negative {
        let next_multiplies = atoms
            .get(i + 1)
            .and_then(Atom::word)
            .is_some_and(is_multiplier);
        if !next_multiplies {
            return None;
        }
        article = true;
    }
    // "une trentaine", "a score".
    if article {
        if let Some((v, lo, hi)) = atoms[i + 1].word().and_then(|w| w.vague_singular) {
            return Some(WordNumber {
                value: v,
                vague: Some((lo, hi)),
                about: true,
                used: i + 2,
                scale: None,
                digits_only: None,
            });
        }
    }
    let mut st = State {
        total: 0.0,
        chunk: 0.0,
        small_part: 0.0,
        chunk_hundred: false,
        last_scale: None,
        max_scale: None,
        last: Last::Start,
        any: false,
    };
    if article {
        st.chunk = 1.0;
        st.small_part = 1.0;
        st.any = true;
        st.last = Last::Small(Small::Unit(1));
        i += 1;
    }
    let mut used = i;
    let after_article = i;
    let mut ended = false;
    while i < atoms.len() && !ended {
        let atom = atoms[i];
        match atom.kind {
            AtomKind::Digits(d) => {
                let ok = match st.last {
                    Last::Start => true,
                    Last::Scale | Last::Hundred => {
                        let place = if st.last == Last::Hundred {
                            100.0
                        } else {
                            st.last_scale.unwrap_or(f64::INFINITY)
                        };
                        d.value < place
                            && d.value.fract() == 0.0
                            && !matches!(d.suffix, Suffix::Scale(_))
                    }
                    _ => false,
                };
                if !ok {
                    break;
                }
                if let Suffix::Scale(s) = d.suffix {
                    st.total += d.value;
                    st.last_scale = Some(s);
                    st.max_scale = Some(st.max_scale.map_or(s, |m: f64| m.max(s)));
                    st.last = Last::Scale;
                } else {
                    st.chunk += d.value;
                    st.small_part = d.value;
                    st.last = Last::Digits;
                }
                st.any = true;
                i += 1;
                used = i;
            }
            AtomKind::Of => {
                // "quart de million", "un demi de million": only before a scale.
                let links = st.last == Last::Fraction
                    && atoms
                        .get(i + 1)
                        .and_then(Atom::word)
                        .is_some_and(|w| w.scale.is_some());
                if !links {
                    break;
                }
                i += 1;
            }
            AtomKind::Word(w) => {
                if let Some(small) = w
                    .small
                    .filter(|_| !(w.article && st.last == Last::Start && !negative))
                {
                    let ok = match (st.last, small) {
                        (Last::Start | Last::Hundred | Last::Scale, _) => true,
                        // "vingt-deux", "twenty one", "soixante et un".
                        (Last::Small(Small::Tens(_)), Small::Unit(u)) => u > 0,
                        // "dix-sept", "quatre-vingt-dix-neuf".
                        (Last::Small(Small::Teen(10)), Small::Unit(u)) => lang == Lang::Fr && u > 0,
                        // "soixante-dix", "quatre-vingt-douze".
                        (Last::Small(Small::Tens(t)), Small::Teen(_)) => {
                            lang == Lang::Fr && (t == 60 || t == 80)
                        }
                        // "quatre-vingt(s)".
                        (Last::Small(Small::Unit(4)), Small::Tens(20)) => lang == Lang::Fr,
                        _ => false,
                    };
                    if !ok {
                        break;
                    }
                    if let (Last::Small(Small::Unit(4)), Small::Tens(20)) = (st.last, small) {
                        st.chunk += 76.0;
                        st.small_part += 76.0;
                        st.last = Last::Small(Small::Tens(80));
                    } else {
                        st.chunk += f64::from(small.value());
                        st.small_part += f64::from(small.value());
                        st.last = Last::Small(small);
                    }
                    st.any = true;
                    i += 1;
                    used = i;
                } else if w.hundred {
                    if st.chunk_hundred || matches!(st.last, Last::Fraction) {
                        break;
                    }
                    st.chunk = if st.chunk == 0.0 {
                        100.0
                    } else {
                        st.chunk * 100.0
                    };
                    st.small_part = 0.0;
                    st.chunk_hundred = true;
                    st.last = Last::Hundred;
                    st.any = true;
                    i += 1;
                    used = i;
                } else if let Some(s) = w.scale {
                    // A larger scale right after a smaller one multiplies it
                    // ("mille milliards", "three lakh crore"); a smaller one
                    // starts the next part ("deux millions mille" is
                    // 2 001 000).
                    let compound = st.last == Last::Scale
                        && st.chunk == 0.0
                        && st.total > 0.0
                        && st.last_scale.is_some_and(|l| s > l);
                    if compound {
                        st.total *= s;
                    } else if st.max_scale.is_some_and(|m| s > m) {
                        // "two hundred and two thousand".
                        st.total = (st.total + st.chunk.max(if st.any { 0.0 } else { 1.0 })) * s;
                    } else {
                        // A bare scale word is one of it: "mille", "deux millions mille".
                        let m = if st.chunk == 0.0 { 1.0 } else { st.chunk };
                        st.total += m * s;
                    }
                    st.chunk = 0.0;
                    st.small_part = 0.0;
                    st.chunk_hundred = false;
                    st.last_scale = Some(s);
                    st.max_scale = Some(st.max_scale.map_or(s, |m: f64| m.max(s)));
                    st.last = Last::Scale;
                    st.any = true;
                    i += 1;
                    used = i;
                } else if w.dozen {
                    if !st.any && st.last != Last::Start {
                        break;
                    }
                    let part = if st.any { st.small_part } else { 1.0 };
                    if part == 0.0 {
                        break;
                    }
                    st.chunk += part * 11.0;
                    st.small_part = part * 12.0;
                    st.any = true;
                    about |= article;
                    i += 1;
                    used = i;
                    ended = true;
                } else if w.connector {
                    if !connector_continues(atoms, i, &st, lang) {
                        break;
                    }
                    // A fraction after the connector: "un million et demi",
                    // "five and a half million", "two million and three fifths".
                    // After a hundred, "and thirty fifths" goes on and divides
                    // the whole ("one hundred and thirty fifths" is 130/5).
                    let divides_whole = st.last == Last::Hundred
                        && atoms
                            .get(i + 1)
                            .and_then(Atom::word)
                            .is_some_and(|w| w.fraction.is_none());
                    if let Some((f, next)) = fraction_at(atoms, i + 1).filter(|_| !divides_whole) {
                        let following_scale =
                            atoms.get(next).and_then(Atom::word).and_then(|w| w.scale);
                        if let Some(s) = following_scale {
                            if st.last == Last::Scale {
                                st.total += f * s;
                                i = next + 1;
                                used = i;
                                ended = true;
                                continue;
                            }
                            st.chunk += f;
                            st.small_part += f;
                            st.last = Last::Fraction;
                            i = next;
                            used = i;
                            continue;
                        }
                        match (st.last, st.last_scale) {
                            (Last::Scale, Some(s)) => st.total += f * s,
                            (Last::Hundred, _) => st.chunk += f * 100.0,
                            _ => st.chunk += f,
                        }
                        i = next;
                        used = i;
                        ended = true;
                        continue;
                    }
                    i += 1;
                } else if w.fraction.is_some() || (w.denominator.is_some() && st.any) {
                    if let Some(d) = w.denominator.filter(|_| st.any) {
                        // "cent trente cinquièmes", "twenty fifths", "trois quarts".
                        let value = st.value() / d;
                        st.total = 0.0;
                        st.chunk = value;
                        st.small_part = value;
                        st.last = Last::Fraction;
                        i += 1;
                        used = i;
                        if atoms
                            .get(i)
                            .and_then(Atom::word)
                            .is_none_or(|w| w.scale.is_none())
                        {
                            ended = true;
                        }
                        continue;
                    }
                    // "un demi-million", "half a dozen", "quart de million":
                    // a fraction counts only before what it divides.
                    if st.last != Last::Start && !article {
                        break;
                    }
                    let f = w.fraction.unwrap_or(1.0);
                    let mut j = i + 1;
                    while atoms.get(j).is_some_and(|a| {
                        matches!(a.kind, AtomKind::Of) || a.word().is_some_and(|w| w.article)
                    }) {
                        j += 1;
                    }
                    let target = atoms.get(j).and_then(Atom::word);
                    if !target.is_some_and(|w| w.scale.is_some() || w.dozen) {
                        break;
                    }
                    st.chunk = f;
                    st.small_part = f;
                    st.last = Last::Fraction;
                    st.any = true;
                    i = j;
                } else if w.point {
                    if !st.any {
                        break;
                    }
                    match decimals_at(atoms, i + 1) {
                        Some((dec, next)) => {
                            st.chunk += dec;
                            i = next;
                            used = i;
                            ended = true;
                        }
                        None => break,
                    }
                } else {
                    break;
                }
            }
        }
    }
    // An article alone, or a fraction with nothing to divide ("un demi"), is
    // no number.
    if !st.any || used == 0 || (article && used <= after_article) {
        return None;
    }
    let value = st.value();
    let digits_only = match (used, atoms.first().map(|a| a.kind)) {
        (1, Some(AtomKind::Digits(d))) => Some(d),
        _ => None,
    };
    // A vague plural after a number: "trois centaines" ~ 300.
    if let Some((lo, _)) = atoms
        .get(used)
        .and_then(Atom::word)
        .and_then(|w| w.vague_plural)
    {
        if st.last != Last::Scale && value > 0.0 && value < 100.0 {
            let v = value * lo / 2.0;
            return Some(WordNumber {
                value: v,
                vague: None,
                about: true,
                used: used + 1,
                scale: None,
                digits_only: None,
            });
        }
    }
    Some(WordNumber {
        value: if negative { -value } else { value },
        vague: None,
        about,
        used,
        scale: st.max_scale,
        digits_only,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::lexicon::lexicon;

    fn value(text: &str, lang: Lang) -> Option<(f64, String)> {
        let lex = lexicon(lang);
        let atoms = read_atoms(text, 0, lang, lex);
        let n = evaluate(&atoms, lang)?;
        let end = atoms[n.used - 1].end;
        Some((n.value, text[..end].to_string()))
    }

    macro_rules! cases {
        ($lang:expr, $($text:expr => $value:expr, $span:expr;)*) => {
            $(
                assert_eq!(value($text, $lang), Some(($value as f64, $span.to_string())), "{:?}", $text);
            )*
        };
    }

    #[test]
    fn french_words() {
        cases!(Lang::Fr,
            "Dix-sept organisations" => 17, "Dix-sept";
            "quatorze" => 14, "quatorze";
            "vingt et un" => 21, "vingt et un";
            "soixante-dix" => 70, "soixante-dix";
            "quatre-vingt-dix-neuf" => 99, "quatre-vingt-dix-neuf";
            "quatre-vingts" => 80, "quatre-vingts";
            "deux cents" => 200, "deux cents";
            "cinquante mille" => 50000, "cinquante mille";
            "neuf mille neuf cent quatre-vingt-dix neuf" => 9999, "neuf mille neuf cent quatre-vingt-dix neuf";
            "trois cent trente et un" => 331, "trois cent trente et un";
            "deux cent deux mille" => 202000, "deux cent deux mille";
            "vingt et un ou vingt-deux" => 21, "vingt et un";
            "un million et demi" => 1500000, "un million et demi";
            "trois douzaines" => 36, "trois douzaines";
            "une demi-douzaine" => 6, "une demi-douzaine";
            "cent trente cinquiemes" => 26, "cent trente cinquiemes";
            "deux cent virgule cinquante deux" => 200.52, "deux cent virgule cinquante deux";
            "4 mille 3 cents et 21" => 4321, "4 mille 3 cents et 21";
            "3 cents et 2 cents" => 300, "3 cents";
            "1,5 million" => 1500000, "1,5 million";
            "un milliard et demi million" => 1000500000, "un milliard et demi million";
            "cinq milliards et trois quarts" => 5750000000u64, "cinq milliards et trois quarts";
            "deux millions mille" => 2001000, "deux millions mille";
            "mille milliards" => 1e12, "mille milliards";
        );
        assert_eq!(value("une personne", Lang::Fr), None);
        assert_eq!(value("un demi", Lang::Fr), None);
    }

    #[test]
    fn english_words() {
        cases!(Lang::En,
            "twenty-one" => 21, "twenty-one";
            "two hundred and five" => 205, "two hundred and five";
            "three million" => 3000000, "three million";
            "fifty - two" => 52, "fifty - two";
            "twenty-one trillion and three hundred" => 21000000000300u64, "twenty-one trillion and three hundred";
            "three hundred and two dozens" => 324, "three hundred and two dozens";
            "half a  dozen" => 6, "half a  dozen";
            "five and a half million" => 5500000, "five and a half million";
            "two million and three fifths" => 2600000, "two million and three fifths";
            "ninety - five hundred-fifths" => 1900, "ninety - five hundred-fifths";
            "two hundred point zero three" => 200.03, "two hundred point zero three";
            "three lakh crore" => 3e12, "three lakh crore";
            "3 hundred and 2 hundred" => 300, "3 hundred";
            "two millionth" => 2, "two";
            "a dozen" => 12, "a dozen";
        );
        assert_eq!(value("a person", Lang::En), None);
    }

    #[test]
    fn vague_amounts() {
        let lex = lexicon(Lang::Fr);
        let atoms = read_atoms("une trentaine de journalistes", 0, Lang::Fr, lex);
        let n = evaluate(&atoms, Lang::Fr).unwrap();
        assert_eq!((n.value, n.vague), (30.0, Some((25.0, 35.0))));
        let atoms = read_atoms("des dizaines de milliers", 0, Lang::Fr, lex);
        let n = evaluate(&atoms, Lang::Fr).unwrap();
        assert_eq!(n.vague, Some((20000.0, 99000.0)));
    }
}
