//! Bounds and ranges around a number: "plus de", "au moins", "environ",
//! "entre 10 et 15", "10 to 15", and the interval each makes.
//!
//! The phrases are data (`data/<lang>/qualifiers.yaml`); the semantics are the
//! value table of the design notes, implemented once in [`interval_for`].

use super::lexicon::Lexicon;
use super::scan::words_before;
use super::Qualifier;
use crate::interval::{Bound, Interval};

/// The qualifier phrase written just before byte `start`, and where it begins.
pub(crate) fn before(text: &str, start: usize, lex: &Lexicon) -> Option<(Qualifier, usize)> {
    let words = words_before(text, start, 4);
    for (phrase, q) in &lex.before {
        if phrase.len() <= words.len() {
            let tail = &words[words.len() - phrase.len()..];
            if tail.iter().zip(phrase).all(|((w, _), p)| w == p) {
                return Some((*q, tail[0].1));
            }
        }
    }
    None
}

/// The qualifier phrase written just after byte `end`, and where it ends.
pub(crate) fn after(text: &str, end: usize, lex: &Lexicon) -> Option<(Qualifier, usize)> {
    let mut i = end;
    let mut words: Vec<(String, usize)> = Vec::new();
    while words.len() < 3 {
        let rest = &text[i..];
        let skipped = rest.trim_start_matches([' ', '\u{a0}', '\'', '’']);
        let start = i + (rest.len() - skipped.len());
        let len = skipped
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(skipped.len());
        if len == 0 {
            break;
        }
        words.push((super::folding::fold(&text[start..start + len]), start + len));
        i = start + len;
    }
    for (phrase, q) in &lex.after {
        if phrase.len() <= words.len() && words.iter().zip(phrase).all(|((w, _), p)| w == p) {
            return Some((*q, words[phrase.len() - 1].1));
        }
    }
    None
}

/// The interval a qualified value stands for (the design notes' value
/// table). `vague` is the spread of a vague amount ("une trentaine": 25..35),
/// used in place of the single value where the qualifier reaches it.
pub fn interval_for(q: Qualifier, v: f64, vague: Option<(f64, f64)>) -> Option<Interval> {
    let (lo, hi) = vague.unwrap_or((v, v));
    // A tenth of the value, written so that round values give round ends
    // (12 ± 1.2, not 13.200000000000001).
    let tenth = (v / 10.0).abs();
    let zero_or_below = |x: f64| {
        if x > 0.0 {
            Bound::Inclusive(0.0)
        } else {
            Bound::Unbounded
        }
    };
    let result = match q {
        Qualifier::Exact | Qualifier::Range => Interval::closed(lo, hi),
        Qualifier::About => match vague {
            Some(_) => Interval::closed(lo, hi),
            None => Interval::closed(v - tenth, v + tenth),
        },
        Qualifier::Nearly => Interval::closed(if vague.is_some() { lo } else { v - tenth }, v),
        Qualifier::MoreThan => Interval::new(Bound::Exclusive(lo), Bound::Unbounded),
        Qualifier::AtLeast => Interval::new(Bound::Inclusive(lo), Bound::Unbounded),
        Qualifier::LessThan => Interval::new(zero_or_below(hi), Bound::Exclusive(hi)),
        Qualifier::AtMost => Interval::new(zero_or_below(hi), Bound::Inclusive(hi)),
    };
    result.ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::quantity::lexicon::lexicon;

    #[test]
    fn longest_phrase_wins() {
        let lex = lexicon(Lang::Fr);
        let text = "pas moins de 10";
        assert_eq!(before(text, 13, lex), Some((Qualifier::AtLeast, 0)));
        let text = "moins de 10";
        assert_eq!(before(text, 9, lex), Some((Qualifier::LessThan, 0)));
        let text = "d'au moins 14";
        assert_eq!(before(text, 11, lex), Some((Qualifier::AtLeast, 2)));
        let en = lexicon(Lang::En);
        assert_eq!(
            after("50 or more people", 2, en),
            Some((Qualifier::AtLeast, 10))
        );
    }

    #[test]
    fn value_table() {
        let i = interval_for(Qualifier::MoreThan, 50_000.0, None).unwrap();
        assert_eq!(
            (i.low(), i.high()),
            (Bound::Exclusive(50_000.0), Bound::Unbounded)
        );
        let i = interval_for(Qualifier::LessThan, 10.0, None).unwrap();
        assert_eq!(
            (i.low(), i.high()),
            (Bound::Inclusive(0.0), Bound::Exclusive(10.0))
        );
        let i = interval_for(Qualifier::About, 30.0, Some((25.0, 35.0))).unwrap();
        assert_eq!(
            (i.low(), i.high()),
            (Bound::Inclusive(25.0), Bound::Inclusive(35.0))
        );
        let i = interval_for(Qualifier::Nearly, 300.0, None).unwrap();
        assert_eq!(
            (i.low(), i.high()),
            (Bound::Inclusive(270.0), Bound::Inclusive(300.0))
        );
    }
}
