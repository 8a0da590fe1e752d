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
//! "3 hundred and 2 hundred" too). The vocabulary is in `data/<lang>/numbers.yaml`
//! and `data/<lang>/vague.yaml`; this module holds only the rules, one file
//! per kind of atom:
//!
//! - `vague`: vague amounts, determiners and articles ("des centaines", "une
//!   trentaine", "a dozen");
//! - `small`: units, teens and tens ("dix-sept", "quatre-vingt-douze");
//! - `scale`: hundreds, scales and the digits that fill their places ("deux
//!   millions mille", "4 mille 3 cents");
//! - `dozen`: dozens ("trois douzaines", "half a dozen");
//! - `connector`: connectors and fractions ("vingt et un", "un million et
//!   demi", "trois quarts");
//! - `decimals`: decimals after "virgule"/"point" ("deux cent virgule trois").

mod atoms;
mod connector;
mod decimals;
mod dozen;
mod scale;
mod small;
mod vague;

pub(crate) use atoms::read_atoms;
use atoms::{Atom, AtomKind};

use super::digits::DigitNumber;
use super::lexicon::{Grammar, Small, WordInfo};

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

/// Evaluates the atoms from the first, and returns the number they make, if
/// they make one.
pub(crate) fn evaluate(atoms: &[Atom], rules: &Grammar) -> Option<WordNumber> {
    let negative = atoms.first()?.word().is_some_and(|w| w.negative);
    let start = usize::from(negative);
    if let Some(amount) = vague::vague_plural_at(atoms, start) {
        return Some(amount);
    }
    let article = vague::counted_article(atoms, start, negative)?;
    if article {
        if let Some(amount) = vague::vague_singular_after_article(atoms, start) {
            return Some(amount);
        }
    }
    let mut st = State::new(atoms, rules, start, negative, article);
    while st.i < atoms.len() && st.step() == Flow::More {}
    st.finish()
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

/// Whether the number goes on after a step.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Flow {
    /// Read the next atom.
    More,
    /// The number ends: at this atom, or before it when the step did not use it.
    Done,
}

/// The evaluator: where it stands in the atoms, and the number so far as the
/// classic accumulator, `total` for the parts closed by a scale and `chunk`
/// for the part being written ("deux millions trois cent": total 2 000 000,
/// chunk 300).
struct State<'a, 'l> {
    atoms: &'a [Atom<'l>],
    /// The language's own rules (`grammar:` in its `numbers.yaml`).
    rules: &'a Grammar,
    /// The next atom to read.
    i: usize,
    /// How many atoms the number uses so far; atoms read past it ("de" before
    /// a scale, a connector) count only once what follows them is used.
    used: usize,
    /// Where the number proper starts, after a counted article.
    body_start: usize,
    /// A negative word came first: "négatif trois", "minus five".
    negative: bool,
    /// An article counts as 1 before a multiplier: "un million", "a dozen".
    article: bool,
    /// Approximate by nature: "une douzaine", "a dozen".
    about: bool,
    total: f64,
    chunk: f64,
    /// The part of `chunk` below 100, which a dozen multiplies.
    small_part: f64,
    /// `chunk` already holds a hundred: "3 cents et 2 cents" is two numbers.
    chunk_hundred: bool,
    last_scale: Option<f64>,
    max_scale: Option<f64>,
    last: Last,
    /// Some atom has given the number a value.
    any: bool,
}

impl<'a, 'l> State<'a, 'l> {
    /// A number about to be read from `start`; a counted article stands for
    /// the unit 1 and is used ("un million" reads "un" as 1).
    fn new(
        atoms: &'a [Atom<'l>],
        rules: &'a Grammar,
        start: usize,
        negative: bool,
        article: bool,
    ) -> State<'a, 'l> {
        let mut st = State {
            atoms,
            rules,
            i: start,
            used: start,
            body_start: start,
            negative,
            article,
            about: false,
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
            st.i += 1;
            st.used = st.i;
            st.body_start = st.i;
        }
        st
    }

    fn value(&self) -> f64 {
        self.total + self.chunk
    }

    /// The word at `i`, if the atom there is a word.
    fn word_at(&self, i: usize) -> Option<&'l WordInfo> {
        match self.atoms.get(i)?.kind {
            AtomKind::Word(w) => Some(w),
            _ => None,
        }
    }

    /// Moves to atom `next` and makes every atom before it part of the number.
    fn use_to(&mut self, next: usize) {
        self.i = next;
        self.used = next;
    }

    /// Reads the atom at `i`, by what it is.
    fn step(&mut self) -> Flow {
        match self.atoms[self.i].kind {
            AtomKind::Digits(d) => self.digits(d),
            AtomKind::Of => self.of(),
            AtomKind::Word(w) => self.word(w),
        }
    }

    /// A word goes to the rule of the first part it can play here. An article
    /// that opens the number is no unit ("un" in "un demi-million" is the
    /// article that a fraction may follow).
    fn word(&mut self, w: &'l WordInfo) -> Flow {
        let small = w
            .small
            .filter(|_| !(w.article && self.last == Last::Start && !self.negative));
        if let Some(small) = small {
            self.small(small)
        } else if w.hundred {
            self.hundred()
        } else if let Some(s) = w.scale {
            self.scale(s)
        } else if w.dozen {
            self.dozen()
        } else if w.connector {
            self.connector()
        } else if w.fraction.is_some() || (w.denominator.is_some() && self.any) {
            self.fraction(w)
        } else if w.point {
            self.point()
        } else {
            Flow::Done
        }
    }

    /// "de"/"of" links only a fraction to the scale it divides: "quart de
    /// million", "un demi de million". It is read, but used only with the
    /// scale.
    fn of(&mut self) -> Flow {
        let links = self.last == Last::Fraction
            && self.word_at(self.i + 1).is_some_and(|w| w.scale.is_some());
        if !links {
            return Flow::Done;
        }
        self.i += 1;
        Flow::More
    }

    /// The number the used atoms make. An article alone, or a fraction with
    /// nothing to divide ("un demi"), is no number.
    fn finish(self) -> Option<WordNumber> {
        if !self.any || self.used == 0 || (self.article && self.used <= self.body_start) {
            return None;
        }
        let value = self.value();
        let digits_only = match (self.used, self.atoms.first().map(|a| a.kind)) {
            (1, Some(AtomKind::Digits(d))) => Some(d),
            _ => None,
        };
        if let Some(amount) = self.times_vague_plural(value) {
            return Some(amount);
        }
        Some(WordNumber {
            value: if self.negative { -value } else { value },
            vague: None,
            about: self.about,
            used: self.used,
            scale: self.max_scale,
            digits_only,
        })
    }
}

#[cfg(test)]
mod tests;
