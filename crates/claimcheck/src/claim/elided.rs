//! Counts that take what they count from the claim before them: lists that
//! share one noun ("36 000 manifestants à Toulouse, 26 000 à Marseille",
//! "162 sièges : 98 pour Renaissance, 34 pour le MoDem"), a claimant after
//! a bare count ("80 000 selon la préfecture, plus de 200 000 selon les
//! syndicats"), and subsets ("227 blessés, dont sept graves", "409 people
//! … 14 of them are in a serious condition"), which narrow the key they
//! take ([`crate::concept::Frames::narrow`]).

use std::ops::Range;

use crate::concept::Concepts;
use crate::lang::Lang;
use crate::quantity::Kind;
use crate::segment::{next_word, sentence_start};

use super::counted::Counted;
use super::frame::{self, Clause};
use super::vocabulary::Vocabulary;
use super::Claim;
use super::{holder, scope};

/// How a count points back to the claim before it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Link {
    /// A bare count followed by a preposition or a claimant: the same noun.
    List,
    /// "dont", "including", "among them": a part of the claim before.
    Subset,
    /// "14 of them", "sept d'entre eux": a part of a claim that may stand
    /// in the sentence before.
    Anaphora,
}

/// Gives each count that points back to an earlier claim that claim's key
/// (narrowed for a subset), counted phrase and scope.
pub(super) fn inherit(
    text: &str,
    lang: Lang,
    v: &Vocabulary,
    concepts: &Concepts,
    spans: &[Range<usize>],
    claims: &mut [Claim],
) {
    // The last count with a key before the current one, kept as the loop
    // goes so that a file of bare numbers stays linear.
    let mut last_keyed: Option<usize> = None;
    for i in 0..claims.len() {
        let keyed_before = last_keyed;
        let is_keyed_count = |c: &Claim| c.key.is_some() && c.quantity.kind == Kind::Count;
        if is_keyed_count(&claims[i]) {
            last_keyed = Some(i);
        }
        let Some(p) = keyed_before else {
            continue;
        };
        let (before, rest) = claims.split_at_mut(i);
        let claim = &mut rest[0];
        if claim.quantity.kind != Kind::Count {
            continue;
        }
        let Some(link) = link(text, v, claim) else {
            if held_by_its_noun(text, concepts, &before[p], claim) {
                last_keyed = Some(i);
            }
            continue;
        };
        if claim.key.is_some() && link == Link::List {
            continue;
        }
        let prev = &before[p];
        let here = sentence_start(text, claim.span.start);
        let there = sentence_start(text, prev.span.start);
        // The sentence before: the one that holds the end of the last,
        // across a blank line (a paragraph of one sentence).
        let back = text[..here].trim_end();
        let last = back.char_indices().next_back().map_or(0, |(i, _)| i);
        let before_here = sentence_start(text, last);
        let reachable = there == here || (link == Link::Anaphora && before_here == there);
        if !reachable {
            continue;
        }
        let parent = prev.key.clone().unwrap_or_default();
        let clause = Clause {
            start: claim.quantity.span.start,
            number_end: claim.quantity.span.end,
            end: claim.quantity.span.end,
            bounds: super::bounds(spans, i, text.len()),
        };
        let key = frame::narrow(text, v, lang, concepts, &parent, &clause);
        // A count with a noun of its own keeps it unless the noun names a
        // part of the claim before ("dont sept graves").
        if claim.key.is_some() && key == parent {
            continue;
        }
        // "36 000 manifestants à Toulouse, 26 000 à Marseille": a place of
        // its own, else the place of the claim it shares its noun with.
        let end = claim.quantity.span.end;
        let own = Counted {
            start: end,
            end,
            key_end: end,
            neighbours: Vec::new(),
        };
        let held = concepts.is_held(&key);
        let place = claim
            .scope
            .take()
            .or_else(|| scope::scope(text, v, &own, clause.bounds.end))
            .or_else(|| {
                held.then(|| {
                    holder::holder(
                        text,
                        v,
                        claim.quantity.span.clone(),
                        end,
                        clause.bounds.clone(),
                    )
                })
                .flatten()
            });
        // "60 pour les Verts et 28 pour les autres": a member that names
        // a holder of its own, even one not recognised, is not the last's.
        let own_holder =
            held && next_word(text, end).is_some_and(|w| v.holder_after.contains(&w.folded));
        claim.counted = prev.counted.clone();
        claim.scope = place.or_else(|| (!own_holder).then(|| prev.scope.clone()).flatten());
        claim.key = Some(key);
        last_keyed = Some(i);
    }
}

/// "Les LR obtiennent 45 sièges, auxquels s'ajoutent 15 divers droite": in
/// a sentence counting seats or votes, a count of a noun the lexicon does
/// not know names their holder ("divers droite"), not a thing of its own.
/// Gives `claim` the key of `prev` and its noun as holder; true when it did.
fn held_by_its_noun(text: &str, concepts: &Concepts, prev: &Claim, claim: &mut Claim) -> bool {
    let Some(parent) = prev.key.as_deref().filter(|k| concepts.is_held(k)) else {
        return false;
    };
    let unknown = claim.key.as_deref().is_some_and(|k| !concepts.is_known(k));
    let same_sentence =
        sentence_start(text, claim.span.start) == sentence_start(text, prev.span.start);
    if !unknown || claim.scope.is_some() || !same_sentence {
        return false;
    }
    let Some(noun) = claim.counted.clone() else {
        return false;
    };
    claim.key = Some(parent.to_string());
    claim.scope = Some(noun);
    true
}

/// How `claim` points back, if it does: by the word before it ("dont",
/// "including"), the words after it ("of them", "d'entre eux"), a claimant
/// after it, or by having no noun at all.
fn link(text: &str, v: &Vocabulary, claim: &Claim) -> Option<Link> {
    let start = claim.quantity.span.start;
    let end = claim.quantity.span.end;
    let before = text[..start].trim_end_matches([' ', ',']);
    if v.subset_before.iter().any(|p| ends_with_phrase(before, p)) {
        return Some(Link::Subset);
    }
    // "A Red Crescent representative put the figure higher, at 11,300":
    // a bare count after a reference to a figure counts what the claim
    // before it counts, even in the sentence before.
    if claim.counted.is_none() && claim.key.is_none() && names_a_figure(text, v, start) {
        return Some(Link::Anaphora);
    }
    // "Il devance le camp centriste, qui en totalise 174": the pronoun
    // stands for the noun of the claim before, maybe in the sentence before.
    if claim.counted.is_none() && claim.key.is_none() && pronoun_before(text, v, start) {
        return Some(Link::Anaphora);
    }
    // A bare count (no noun, no frame) after a claim of its sentence counts
    // what that claim counts: "le bilan est de 22 morts, contre 14
    // dimanche", "the alliance, with 188 seats, and the centre, with 161".
    let bare = claim.counted.is_none();
    let Some(next) = next_word(text, end) else {
        return bare.then_some(Link::List);
    };
    let following: Vec<String> =
        std::iter::successors(Some(next.clone()), |w| next_word(text, w.end))
            .take(3)
            .map(|w| w.folded)
            .collect();
    if v.anaphora.iter().any(|p| following.starts_with(p)) {
        return Some(Link::Anaphora);
    }
    // "11 people were killed, five had their hands ripped off": a bare
    // count with a verb of its own says what it counts, even when the
    // lexicon does not know it.
    let own_verb = v.auxiliaries.contains(next.text(text)) || v.verb_like(text, &next);
    let bare = bare && !own_verb;
    let claimant = v
        .attribution_before
        .iter()
        .any(|p| p.first() == Some(&next.folded));
    (claimant || bare).then_some(Link::List)
}

/// How many words before a bare count a reference to a figure may stand
/// ("the figure higher, at 11,300").
const REFERENCE_BEFORE: usize = 4;

/// True when one of the few words before byte `start`, in its sentence, is
/// a reference to a figure ("figure", "chiffre", "toll").
fn names_a_figure(text: &str, v: &Vocabulary, start: usize) -> bool {
    words_before(text, start)
        .iter()
        .rev()
        .take(REFERENCE_BEFORE)
        .any(|w| v.references.contains(&w.folded))
}

/// How far back [`words_before`] reads: a few words, whatever the line.
const WORDS_BEFORE_BYTES: usize = 100;

/// The words of the sentence before byte `start`, at most
/// [`WORDS_BEFORE_BYTES`] back, across commas.
fn words_before(text: &str, start: usize) -> Vec<crate::segment::Word> {
    let mut lo = start.saturating_sub(WORDS_BEFORE_BYTES);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let floor = lo.max(sentence_start(text, start));
    crate::segment::words(text, floor..start)
}

/// True when a pronoun that stands for a noun (`pronoun_before`) comes
/// right before the verb before byte `start`: "qui en totalise 174".
fn pronoun_before(text: &str, v: &Vocabulary, start: usize) -> bool {
    let words = words_before(text, start);
    let n = words.len();
    n >= 2 && v.pronoun_before.contains(&words[n - 2].folded)
}

/// True when `text` ends with the words of `phrase` (folded), as whole words.
fn ends_with_phrase(text: &str, phrase: &[String]) -> bool {
    let mut rest = text;
    for word in phrase.iter().rev() {
        let trimmed = rest.trim_end_matches(|c: char| c.is_whitespace() || c == '\'' || c == '’');
        let start = trimmed
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map(|(i, _)| i);
        let Some(start) = start else {
            return false;
        };
        if crate::segment::fold(&trimmed[start..]) != *word {
            return false;
        }
        rest = &trimmed[..start];
    }
    true
}
