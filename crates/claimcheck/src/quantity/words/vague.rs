//! Vague amounts, determiners and articles: the words that make a number
//! rough, or that count as one only before a multiplier.
//!
//! "des centaines", "several hundred", "des dizaines de milliers", "une
//! trentaine", "trois centaines", and the article of "un million" or "a
//! dozen". These are decided around the number proper (before the evaluator
//! starts, or once it has finished), so they live apart from its steps.

use super::{Atom, AtomKind, Last, State, WordNumber};
use crate::quantity::lexicon::WordInfo;

/// A vague amount of its own, not a number read by the evaluator.
fn vague_amount(value: f64, vague: Option<(f64, f64)>, used: usize) -> WordNumber {
    WordNumber {
        value,
        vague,
        about: true,
        used,
        scale: None,
        digits_only: None,
    }
}

/// A vague plural, after optional determiners and an article, is a range of
/// its own: "des centaines" (200..999), "dozens", "several hundred"; a
/// determiner before a hundred or a scale makes it vague too ("plusieurs
/// milliers", "a few hundred" is 200..999).
pub(super) fn vague_plural_at(atoms: &[Atom], start: usize) -> Option<WordNumber> {
    let mut k = start;
    while atoms
        .get(k)
        .and_then(Atom::word)
        .is_some_and(|w| w.determiner || (w.article && k == start))
    {
        k += 1;
    }
    let w = atoms.get(k).and_then(Atom::word)?;
    let (lo, hi) = if let Some((lo, hi)) = w.vague_plural {
        (lo, hi)
    } else if k > start
        && (w.hundred || w.scale.is_some())
        && atoms[start..k]
            .iter()
            .any(|a| a.word().is_some_and(|w| w.determiner))
    {
        let s = w.scale.unwrap_or(100.0);
        (2.0 * s, 9.99 * s)
    } else {
        return None;
    };
    let ((lo, hi), used) = of_plural(atoms, (lo, hi), k + 1);
    Some(vague_amount((lo + hi) / 2.0, Some((lo, hi)), used))
}

/// "de"/"of" and another plural or a scale multiply a vague plural: "des
/// dizaines de milliers" is 20 000..99 000, "tens of thousands" too.
fn of_plural(atoms: &[Atom], (lo, hi): (f64, f64), used: usize) -> ((f64, f64), usize) {
    if !atoms
        .get(used)
        .is_some_and(|a| matches!(a.kind, AtomKind::Of))
    {
        return ((lo, hi), used);
    }
    let base = atoms
        .get(used + 1)
        .and_then(Atom::word)
        .and_then(|next| next.vague_plural.map(|(l, _)| l / 2.0).or(next.scale));
    match base {
        Some(base) => ((lo * base, hi * base), used + 2),
        None => ((lo, hi), used),
    }
}

/// Words that multiply what comes before them, and so may follow a counted
/// article: "un million", "a dozen", "une trentaine", "un demi-million".
fn is_multiplier(w: &WordInfo) -> bool {
    w.hundred
        || w.scale.is_some()
        || w.dozen
        || w.fraction.is_some()
        || w.denominator.is_some()
        || w.vague_singular.is_some()
}

/// Whether the article at `start` counts as the unit 1. An article counts
/// only before a multiplier ("un million", "a dozen", "une trentaine");
/// otherwise it is just an article and no number starts there ("une
/// personne"): `None`. After a negative word it is read as the unit.
pub(super) fn counted_article(atoms: &[Atom], start: usize, negative: bool) -> Option<bool> {
    if !atoms
        .get(start)
        .and_then(Atom::word)
        .is_some_and(|w| w.article)
        || negative
    {
        return Some(false);
    }
    let next_multiplies = atoms
        .get(start + 1)
        .and_then(Atom::word)
        .is_some_and(is_multiplier);
    next_multiplies.then_some(true)
}

/// A vague singular after a counted article is a rough amount: "une
/// trentaine" is 30, between 25 and 35; "a score".
pub(super) fn vague_singular_after_article(atoms: &[Atom], start: usize) -> Option<WordNumber> {
    let (v, lo, hi) = atoms[start + 1].word().and_then(|w| w.vague_singular)?;
    Some(vague_amount(v, Some((lo, hi)), start + 2))
}

impl State<'_, '_> {
    /// A vague plural after a small number multiplies it roughly: "trois
    /// centaines" is about 300. It does not follow a scale ("deux millions
    /// centaines" is no amount).
    pub(super) fn times_vague_plural(&self, value: f64) -> Option<WordNumber> {
        let (lo, _) = self.word_at(self.used).and_then(|w| w.vague_plural)?;
        if self.last != Last::Scale && value > 0.0 && value < 100.0 {
            return Some(vague_amount(value * lo / 2.0, None, self.used + 1));
        }
        None
    }
}
