//! What a generic count counts, from the words of its clause: "230
//! personnes ont péri" counts the dead, "the police arrested 282
//! protesters" arrests, "10,000 are missing" the missing, "227 blessés dont
//! sept grièvement" the seriously injured. The phrases are data
//! ([`crate::concept::Frames`]); this file cuts the clause around a count.
//!
//! A clause ends at punctuation (words are read with
//! [`crate::segment::next_word`], which stops there), at the next or
//! previous quantity, and, before the count, at a coordinator ("Thousands
//! are feared dead and 10,000 are missing": "dead" is not the missing's).

use std::ops::Range;

use crate::concept::Concepts;
use crate::lang::Lang;
use crate::segment::{next_word, previous_word, sentence, words, Word};

use super::vocabulary::Vocabulary;

/// How many words after a count its frame may be found in: "about 6,000
/// people were confirmed to have died" needs six.
const AFTER: usize = 8;

/// How many words before a count: "the total number of people who took part
/// in the protests across the country at more than 287,000" needs twelve.
const BEFORE: usize = 12;

/// Clause words: their lookup forms, articles dropped, as the lexicon's
/// phrases are normalised ([`crate::concept::normalise`]), and where each
/// stands in the text.
#[derive(Default)]
struct Lemmas {
    forms: Vec<String>,
    spans: Vec<Range<usize>>,
}

fn lemmas(words: impl Iterator<Item = Word>, lang: Lang) -> Lemmas {
    let language = lang.language();
    let mut out = Lemmas::default();
    for w in words.filter(|w| !language.is_article(&w.folded)) {
        out.forms.push(language.lemma(&w.folded));
        out.spans.push(w.start..w.end);
    }
    out
}

/// The words after byte `from`, up to `limit` (the next quantity) or a
/// coordinator ("les disparus se comptent par milliers et les morts…").
fn after(text: &str, v: &Vocabulary, from: usize, limit: usize, lang: Lang) -> Lemmas {
    let words = std::iter::successors(next_word(text, from), |w| next_word(text, w.end))
        .take_while(|w| w.end <= limit && !v.coordinators.contains(&w.folded))
        .take(AFTER);
    lemmas(words, lang)
}

/// The words before byte `to`, nearest first, down to `limit` (the previous
/// quantity) or a coordinator.
fn before(text: &str, v: &Vocabulary, to: usize, limit: usize, lang: Lang) -> Lemmas {
    let words = std::iter::successors(previous_word(text, to, limit), |w| {
        previous_word(text, w.start, limit)
    })
    .take_while(|w| !v.coordinators.contains(&w.folded))
    .take(BEFORE);
    lemmas(words, lang)
}

/// The clause around a count: the bytes it may read, between the previous
/// and the next quantity of the text.
#[derive(Clone, Debug)]
pub(super) struct Clause {
    /// Where the count's words start (its qualifier included).
    pub(super) start: usize,
    /// Where the number ends: subsets are read from here, so that the
    /// counted phrase's own words count ("Hundreds feared dead").
    pub(super) number_end: usize,
    /// Where the count and its counted phrase end.
    pub(super) end: usize,
    /// The bytes the clause may reach: from the end of the previous
    /// quantity to the start of the next one.
    pub(super) bounds: Range<usize>,
}

/// The frame key of a count whose counted noun is generic ("personnes",
/// "people") or missing ("10,000 are missing"), and the bytes of the words
/// that gave it; `None` when the clause names no frame.
pub(super) fn frame(
    text: &str,
    v: &Vocabulary,
    lang: Lang,
    concepts: &Concepts,
    clause: &Clause,
) -> Option<(String, Range<usize>)> {
    let after = after(text, v, clause.end, clause.bounds.end, lang);
    let before = before(text, v, clause.start, clause.bounds.start, lang);
    let found = concepts.frames().frame(&before.forms, &after.forms, lang)?;
    let last = found.at + found.len - 1;
    let span = if found.after {
        after.spans[found.at].start..after.spans[last].end
    } else {
        // `before` is nearest first; the match indexes it in text order.
        let n = before.spans.len();
        before.spans[n - 1 - found.at].start..before.spans[n - 1 - last].end
    };
    Some((found.key, span))
}

/// `key` narrowed to a subset by the words of the count's clause, after it
/// first ("227 blessés dont sept grièvement" → `injured.serious` for the
/// seven; "Hundreds are feared dead" → `dead.estimate`).
pub(super) fn narrow(
    text: &str,
    v: &Vocabulary,
    lang: Lang,
    concepts: &Concepts,
    key: &str,
    clause: &Clause,
) -> String {
    if !concepts.frames().has_subsets(key) {
        return key.to_string();
    }
    let mut words = after(text, v, clause.number_end, clause.bounds.end, lang).forms;
    let mut before = before(text, v, clause.start, clause.bounds.start, lang).forms;
    before.reverse();
    words.extend(before);
    concepts.frames().narrow(key, &words, lang)
}

/// The words of the last sentence a period was read from: claims come in
/// text order and several share a sentence, so its words are read once.
#[derive(Default)]
pub(super) struct Sentences {
    range: Range<usize>,
    words: Vec<String>,
}

/// `key` with the period the sentence around byte `at` (or the one before
/// it in its paragraph) gives its counts
/// ("11 people have died so far and more than 4,000 have been injured": both
/// counts cover the movement to date, not one day).
///
/// Only changing tallies have periods: "at least 180 journalists to date"
/// counts the journalists on a list, not a toll.
fn period(
    text: &str,
    lang: Lang,
    concepts: &Concepts,
    key: &str,
    at: usize,
    sentences: &mut Sentences,
) -> String {
    if !concepts.is_changing(key) {
        return key.to_string();
    }
    let range = with_sentence_before(text, sentence(text, at));
    if !concepts
        .frames()
        .may_have_period(&text[range.clone()], lang)
    {
        return key.to_string();
    }
    if sentences.range != range || sentences.words.is_empty() {
        sentences.words = lemmas(words(text, range.clone()).into_iter(), lang).forms;
        sentences.range = range;
    }
    concepts.frames().period(key, &sentences.words, lang)
}

/// `range` (a sentence) with the sentence before it in its paragraph: a
/// period a paragraph opens with governs the tallies that follow it ("11
/// people have died so far and more than 4,000 have been injured. More
/// than 8,400 people have been arrested").
fn with_sentence_before(text: &str, range: Range<usize>) -> Range<usize> {
    let before = text[..range.start].trim_end_matches([' ', '\t']);
    if before.is_empty() || before.ends_with('\n') {
        return range;
    }
    let last = before.char_indices().next_back().map_or(0, |(i, _)| i);
    sentence(text, last).start..range.end
}

/// `key` narrowed to its subset, then given its sentence's period: the two
/// refinements every keyed count goes through.
pub(super) fn refine(
    text: &str,
    v: &Vocabulary,
    lang: Lang,
    concepts: &Concepts,
    key: &str,
    clause: &Clause,
    sentences: &mut Sentences,
) -> String {
    let key = narrow(text, v, lang, concepts, key, clause);
    period(text, lang, concepts, &key, clause.start, sentences)
}
