//! Connectors and fractions: the words that join a number to a part after
//! it, and the parts that divide.
//!
//! "vingt et un", "two hundred and five", "un million et demi", "five and a
//! half million", "cinq milliards et trois quarts", "cent trente
//! cinquièmes", "un quart de million". A connector is the place where one
//! number most often ends and the next begins ("vingt et un ou vingt-deux",
//! "3 hundred and 2 hundred"), so whether it continues is decided by looking
//! at what follows it.

use super::{Atom, AtomKind, Flow, Last, State};
use crate::quantity::digits::Suffix;
use crate::quantity::lexicon::{Small, WordInfo};

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

impl State<'_, '_> {
    /// True when the connector at `i` ("et", "and") leads to a part that
    /// continues the number, given what came before: a fraction ("un million
    /// et demi"); after a tens word, the units the language joins that way
    /// ("vingt et un", "soixante et onze"); after a hundred or a scale, a
    /// part below its place ("two hundred and five", "4 mille 3 cents et 21")
    /// that is not another hundred after one ("3 hundred and 2 hundred").
    fn connector_continues(&self) -> bool {
        let i = self.i;
        let Some(next) = self.atoms.get(i + 1) else {
            return false;
        };
        if fraction_at(self.atoms, i + 1).is_some() {
            return true;
        }
        match self.last {
            // "vingt et un", "soixante et onze".
            Last::Small(Small::Tens(_)) => next.small().is_some_and(|s| self.rules.tens_and(s)),
            Last::Hundred | Last::Scale => self.part_below_place(i + 1),
            _ => false,
        }
    }

    /// Whether the part from `from`, up to the next multiplier, fills the
    /// place left by the last hundred or scale: small words and whole digit
    /// numbers below it ("et 21", "and five"), with at most one hundred per
    /// part ("3 cents et 2 cents" is two numbers).
    fn part_below_place(&self, from: usize) -> bool {
        let place = self.place();
        let mut j = from;
        let mut part_has_hundred = false;
        while let Some(a) = self.atoms.get(j) {
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
        if j == from {
            return false;
        }
        !(part_has_hundred && self.chunk_hundred)
    }

    /// A connector that continues the number is read; a fraction after it
    /// is added at once ("un million et demi", "five and a half million",
    /// "two million and three fifths"). After a hundred, "and thirty fifths"
    /// goes on and divides the whole ("one hundred and thirty fifths" is
    /// 130/5).
    pub(super) fn connector(&mut self) -> Flow {
        if !self.connector_continues() {
            return Flow::Done;
        }
        let divides_whole = self.last == Last::Hundred
            && self
                .word_at(self.i + 1)
                .is_some_and(|w| w.fraction.is_none());
        match fraction_at(self.atoms, self.i + 1).filter(|_| !divides_whole) {
            Some((f, next)) => self.fraction_after_connector(f, next),
            None => {
                self.i += 1;
                Flow::More
            }
        }
    }

    /// Adds the fraction `f` read after a connector, up to atom `next`. Before
    /// a scale it is a fraction of that scale: after another scale it is
    /// added as such and ends the number ("un milliard et demi million"),
    /// otherwise it joins the part that the scale will multiply ("five and a
    /// half million"). Without a scale it is a fraction of the last place
    /// ("cinq milliards et trois quarts", "deux cents et demi") and ends the
    /// number.
    fn fraction_after_connector(&mut self, f: f64, next: usize) -> Flow {
        if let Some(s) = self.word_at(next).and_then(|w| w.scale) {
            if self.last == Last::Scale {
                self.total += f * s;
                self.use_to(next + 1);
                return Flow::Done;
            }
            self.chunk += f;
            self.small_part += f;
            self.last = Last::Fraction;
            self.use_to(next);
            return Flow::More;
        }
        match (self.last, self.last_scale) {
            (Last::Scale, Some(s)) => self.total += f * s,
            (Last::Hundred, _) => self.chunk += f * 100.0,
            _ => self.chunk += f,
        }
        self.use_to(next);
        Flow::Done
    }

    /// A fraction or denominator word. A denominator after a number divides
    /// all of it ("cent trente cinquièmes" is 130/5, "trois quarts",
    /// "twenty fifths"), and ends it unless a scale follows. A fraction word
    /// otherwise counts only at the start, before what it divides ("un
    /// demi-million", "half a dozen", "quart de million").
    pub(super) fn fraction(&mut self, w: &WordInfo) -> Flow {
        if let Some(d) = w.denominator.filter(|_| self.any) {
            let value = self.value() / d;
            self.total = 0.0;
            self.chunk = value;
            self.small_part = value;
            self.last = Last::Fraction;
            self.use_to(self.i + 1);
            return if self.word_at(self.i).is_none_or(|w| w.scale.is_none()) {
                Flow::Done
            } else {
                Flow::More
            };
        }
        if self.last != Last::Start && !self.article {
            return Flow::Done;
        }
        let f = w.fraction.unwrap_or(1.0);
        let mut j = self.i + 1;
        while self
            .atoms
            .get(j)
            .is_some_and(|a| matches!(a.kind, AtomKind::Of) || a.word().is_some_and(|w| w.article))
        {
            j += 1;
        }
        if !self
            .word_at(j)
            .is_some_and(|w| w.scale.is_some() || w.dozen)
        {
            return Flow::Done;
        }
        self.chunk = f;
        self.small_part = f;
        self.last = Last::Fraction;
        self.any = true;
        self.i = j;
        Flow::More
    }
}
