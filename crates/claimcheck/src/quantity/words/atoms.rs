//! The first pass of the number grammar: cutting text into atoms.
//!
//! A number expression mixes words, digits and linking words ("4 mille 3 cents
//! et 21", "un quart de million"). Before any arithmetic, [`read_atoms`] reads
//! as many pieces as could belong to one number, so that the evaluator works on
//! a short slice of known pieces instead of on text.

use crate::lang::Lang;
use crate::quantity::digits::{read_number, DigitNumber, Suffix};
use crate::quantity::folding::fold;
use crate::quantity::lexicon::{Lexicon, Small, WordInfo};
use crate::quantity::scan::{char_at, char_before, Lexer, Tok, TokKind};

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
    /// What the lexicon knows of the atom, when it is a word.
    pub(super) fn word(&self) -> Option<&WordInfo> {
        match self.kind {
            AtomKind::Word(w) => Some(w),
            _ => None,
        }
    }

    /// The part the atom plays below 100, when it is such a word.
    pub(super) fn small(&self) -> Option<Small> {
        self.word().and_then(|w| w.small)
    }
}

/// No number is longer than this many atoms; the cap keeps a pathological
/// run of number words linear.
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
    let mut reader = Reader {
        text,
        lang,
        lex,
        lexer: Lexer::new(text, start),
        atoms: Vec::new(),
    };
    while reader.atoms.len() < MAX_ATOMS && reader.read_one() {}
    reader.atoms
}

/// The atoms read so far and where reading goes on.
struct Reader<'t, 'l> {
    text: &'t str,
    lang: Lang,
    lex: &'l Lexicon,
    lexer: Lexer<'t>,
    atoms: Vec<Atom<'l>>,
}

impl<'l> Reader<'_, 'l> {
    /// Reads one more atom; false when the number can go no further.
    fn read_one(&mut self) -> bool {
        let Some(tok) = self.next_token() else {
            return false;
        };
        match tok.kind {
            TokKind::Digits => self.digits(tok),
            TokKind::Punct('.' | ',')
                if self.atoms.is_empty()
                    && self
                        .text
                        .as_bytes()
                        .get(tok.end)
                        .is_some_and(u8::is_ascii_digit) =>
            {
                self.leading_mark(tok)
            }
            TokKind::Word => self.word(tok),
            _ => false,
        }
    }

    /// The next token that may hold an atom. A line break ends a number; a
    /// hyphen after a word joins it to the next word ("quatre-vingt",
    /// "fifty - two", "hundred-fifths").
    fn next_token(&mut self) -> Option<Tok> {
        let (tok, _, newline) = self.lexer.next_solid()?;
        if newline {
            return None;
        }
        if matches!(tok.kind, TokKind::Punct('-'))
            && self.atoms.last().is_some_and(|a| a.word().is_some())
        {
            return match self.lexer.next_solid() {
                Some((t, _, false)) if t.kind == TokKind::Word => Some(t),
                _ => None,
            };
        }
        Some(tok)
    }

    /// A digit number joins the atoms only where it can be part of the same
    /// number: first, or after a connector, hundred or scale word ("4 mille 3
    /// cents et 21"), never glued to letters before it ("G7"). A unit, rank,
    /// time or name suffix ("29km", "1er") leaves it alone, and any suffix
    /// ends the number.
    fn digits(&mut self, tok: Tok) -> bool {
        if self
            .atoms
            .iter()
            .any(|a| matches!(a.kind, AtomKind::Digits(_)))
            && !self.atoms.last().is_some_and(|a| {
                a.word()
                    .is_some_and(|w| w.connector || w.scale.is_some() || w.hundred)
            })
        {
            return false;
        }
        if char_before(self.text, tok.start).is_some_and(char::is_alphabetic) {
            return false;
        }
        let n = read_number(self.text, tok.start, self.lang, self.lex);
        if matches!(
            n.suffix,
            Suffix::Name | Suffix::Unit | Suffix::Ordinal | Suffix::Time
        ) && !self.atoms.is_empty()
        {
            return false;
        }
        self.push_digits(n);
        n.suffix == Suffix::None
    }

    /// A number may open with its decimal mark: ",08", ".25".
    fn leading_mark(&mut self, tok: Tok) -> bool {
        let n = read_number(self.text, tok.start, self.lang, self.lex);
        self.push_digits(n);
        true
    }

    fn push_digits(&mut self, n: DigitNumber) {
        self.atoms.push(Atom {
            kind: AtomKind::Digits(n),
            end: n.end,
        });
        self.lexer = Lexer::new(self.text, n.end);
    }

    /// A word the lexicon knows, or "de"/"d'"/"of" after a first atom ("un
    /// quart de million", "tens of thousands"); any other word ends the number.
    fn word(&mut self, tok: Tok) -> bool {
        let folded = fold(&self.text[tok.start..tok.end]);
        if let Some(info) = self.lex.word(&folded) {
            self.atoms.push(Atom {
                kind: AtomKind::Word(info),
                end: tok.end,
            });
            return true;
        }
        let links = matches!(folded.as_str(), "de" | "d" | "of");
        if !links || self.atoms.is_empty() {
            return false;
        }
        self.atoms.push(Atom {
            kind: AtomKind::Of,
            end: tok.end,
        });
        // "d'" is followed by an apostrophe.
        if let Some(c) = char_at(self.text, tok.end) {
            if c == '\'' || c == '’' {
                self.lexer = Lexer::new(self.text, tok.end + c.len_utf8());
            }
        }
        true
    }
}
