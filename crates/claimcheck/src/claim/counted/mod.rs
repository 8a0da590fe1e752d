//! What a count counts: the noun phrase after the number ("15 autres
//! anciens membres du cabinet français", "more than 50,000 phone numbers"),
//! or before a verb of counting ("the targets numbered 50,000").
//!
//! Reading the phrase after a number is the one rule that differs by
//! language in its code, not only its words: French puts the head noun first
//! and its complements after, English puts its modifiers first and the
//! plural head last. Each language implements [`Grammar`] in a file of its
//! own; the phrase before a verb of counting reads the same in both.

mod en;
mod fr;

use crate::lang::Lang;
use crate::segment::{previous_word, Word};

use super::vocabulary::Vocabulary;

/// How one language writes the noun phrase after a count.
pub(super) trait Grammar: Sync {
    /// The counted phrase after a count that ends at byte `from`;
    /// `singular` when the count is one.
    fn counted_after(
        &self,
        text: &str,
        v: &Vocabulary,
        from: usize,
        singular: bool,
    ) -> Option<Counted>;
}

/// The grammar of `lang`.
pub(super) fn grammar(lang: Lang) -> &'static dyn Grammar {
    match lang {
        Lang::Fr => &fr::French,
        Lang::En => &en::English,
    }
}

/// The counted phrase after a quantity: its first word, last word, and the
/// end of its first conjunct (the part the key is taken from).
pub(crate) struct Counted {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) key_end: usize,
    /// Words next to the head that may name a place ("journalistes français").
    pub(crate) neighbours: Vec<Word>,
}

/// The noun phrase before a verb of counting, for counts written after what
/// they count: "the targets numbered 50,000", "les victimes s'élèvent à 30".
pub(super) fn counted_before(text: &str, v: &Vocabulary, start: usize) -> Option<Counted> {
    let words: Vec<Word> = std::iter::successors(previous_word(text, start, 0), |w| {
        previous_word(text, w.start, 0)
    })
    .take(6)
    .collect();
    // words[0] is nearest the number: skip the verb and what helps it ("s'", "à").
    let verb = words
        .iter()
        .position(|w| v.counted_before.contains(&w.folded))?;
    let linked = verb == 0
        || (verb == 1 && matches!(words[0].folded.as_str(), "a" | "at" | "de" | "of" | "par"));
    if !linked {
        return None;
    }
    let mut noun = verb + 1;
    while words
        .get(noun)
        .is_some_and(|w| matches!(w.folded.as_str(), "s" | "se"))
    {
        noun += 1;
    }
    let head = words.get(noun).filter(|w| v.content(w))?;
    let mut first = head.clone();
    for w in &words[noun + 1..] {
        if !v.content(w) || w.capitalised(text) {
            break;
        }
        first = w.clone();
    }
    Some(Counted {
        start: first.start,
        end: head.end,
        key_end: head.end,
        neighbours: Vec::new(),
    })
}
