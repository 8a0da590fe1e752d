//! Where a count applies: a place after the counted phrase behind a
//! locative ("en France", "in India", "worldwide"), or a demonym next to its
//! head ("journalistes français", "French journalists"). Claims of different
//! scopes are never compared.

use crate::segment::{next_word, sentence, sentence_start, words, Word};

use super::Claim;

use super::counted::Counted;
use super::vocabulary::{phrase_at, Vocabulary};

/// How many words after the counted phrase a place may stand: "environ
/// 4000 personnes mobilisées dans le Rhône", "30,000 people displaced in
/// the city of Derna".
const AFTER: usize = 5;

/// The scope of a claim: a place named after the counted phrase behind a
/// locative ("en France", "in India", "worldwide", "mobilisées dans le
/// Rhône"), within its clause (before byte `limit`, the next quantity), or
/// a demonym next to its head ("journalistes français", "French
/// journalists").
pub(super) fn scope(text: &str, v: &Vocabulary, counted: &Counted, limit: usize) -> Option<String> {
    for n in &counted.neighbours {
        if let Some((place, _)) = v.place_at(text, n) {
            return Some(place);
        }
    }
    let first = next_word(text, counted.end).filter(|w| w.end <= limit);
    let next_start = first.as_ref().map(|w| w.start);
    if let Some(first) = &first {
        if let Some((p, _)) = v.place_at(text, first).filter(|(p, _)| p == "world") {
            return Some(p);
        }
    }
    let after: Vec<Word> = std::iter::successors(first, |w| next_word(text, w.end))
        .take_while(|w| w.end <= limit)
        .take(AFTER)
        .collect();
    // "150 morts hors Derna", "150 deaths outside Derna".
    if let Some(place) = excluded(text, v, &after) {
        return Some(place);
    }
    for locative in after.iter().filter(|w| v.locatives.contains(&w.folded)) {
        let Some(place) = next_word(text, locative.end) else {
            break;
        };
        // "dans le monde", "aux États-Unis", "in the United States",
        // "dans la ville de Derna", "in the province of Al Haouz".
        // "worldwide" widens a count only right after it: "numéros stockés
        // par l'entreprise dans le monde entier" places the company.
        let right_after = Some(locative.start) == next_start;
        if let Some(found) = place_after(text, v, &place).filter(|p| right_after || p != "world") {
            return Some(found);
        }
    }
    opening_place(text, v, counted.start)
}

/// The place named by the words at `place`, after a locative (and a kind
/// of place: "la ville de Derna").
fn place_after(text: &str, v: &Vocabulary, place: &Word) -> Option<String> {
    let mut place = place.clone();
    if matches!(place.folded.as_str(), "le" | "la" | "les" | "l" | "the") {
        place = next_word(text, place.end)?;
    }
    if v.place_kinds.contains(&place.folded) {
        let of = next_word(text, place.end)?;
        if v.complements.contains(&of.folded) || of.folded == "of" {
            place = next_word(text, of.end)?;
        }
    }
    v.place_at(text, &place)
        .map(|(p, _)| p)
        .or_else(|| named_place(text, v, &place))
}

/// A place that opens the sentence and governs it: "Dans le Rhône, la
/// préfecture … 1800 manifestants", "In Derna, 5,000 people …".
fn opening_place(text: &str, v: &Vocabulary, pos: usize) -> Option<String> {
    let first = next_word(text, sentence_start(text, pos))?;
    if first.start >= pos || !v.locatives.contains(&first.folded) {
        return None;
    }
    let place = next_word(text, first.end)?;
    let found = place_after(text, v, &place)?;
    // The opening phrase ends at a comma before the count.
    let comma = text[first.end..pos].find(',')? + first.end;
    (comma - first.end <= 60).then_some(found)
}

/// A place the gazetteer does not know, named after a locative: a run of
/// capitalised words ("à Derna", "in Mamoudzou", "dans le Rhône", "en
/// Île-de-France"). Its name is the scope, as written.
fn named_place(text: &str, v: &Vocabulary, first: &Word) -> Option<String> {
    // A quoted name is a title or a slogan ("in the \"Yellow Vests\"
    // campaign"), not a place.
    let quoted = text[..first.start].ends_with(['"', '«', '“', ' ']) && {
        let before = text[..first.start].trim_end_matches(' ');
        before.ends_with(['"', '«', '“'])
    };
    // "admises au Centre hospitalier": an institution, not a place.
    if !first.capitalised(text) || quoted || v.institutions.contains(&first.folded) {
        return None;
    }
    let mut end = first.end;
    // "Île-de-France", "Saint-Denis": hyphens join one name.
    while text[end..].starts_with('-') {
        match next_word(text, end) {
            Some(w) if w.start == end + 1 => end = w.end,
            _ => break,
        }
    }
    Some(text[first.start..end].to_string())
}

/// The scope of a count that leaves a place out: "outside" and the place,
/// when `words` hold an excluding phrase followed by a place ("hors
/// Derna", "excluding the capital of Derna", "ne comprend pas Derna").
fn excluded(text: &str, v: &Vocabulary, words: &[Word]) -> Option<String> {
    let last =
        (0..words.len()).find_map(|i| v.excluding.iter().find_map(|p| phrase_at(words, i, p)))?;
    let place = next_word(text, last.end)?;
    place_after(text, v, &place).map(|p| format!("outside {p}"))
}

/// Counts that the sentence after them says leave a place out: "Les
/// autorités font état de 150 morts. Ce décompte ne comprend pas Derna."
/// The sentence must open on a reference to a figure ("ce décompte",
/// "this toll") within its first words; each keyed count of the sentence
/// before that has no scope yet takes "outside" the place.
pub(super) fn exclusions(text: &str, v: &Vocabulary, claims: &mut [Claim]) {
    if v.excluding.is_empty() {
        return;
    }
    // Claims come in text order: the sentence after one claim is read once
    // for all the claims of its sentence.
    let mut memo: Option<(usize, Option<String>)> = None;
    for claim in claims.iter_mut() {
        if claim.key.is_none() || claim.scope.is_some() {
            continue;
        }
        let end = sentence(text, claim.span.start).end;
        let place = match &memo {
            Some((at, place)) if *at == end => place.clone(),
            _ => {
                let place = excluded_after(text, v, end);
                memo = Some((end, place.clone()));
                place
            }
        };
        if place.is_some() {
            claim.scope = place;
        }
    }
}

/// How many words a sentence may open with before its reference to the
/// figure before it ("Ce décompte", "However, this toll").
const REFERENCE_WITHIN: usize = 3;

/// The place the sentence starting after byte `end` leaves out of the
/// figure before it, if it opens on a reference to a figure.
fn excluded_after(text: &str, v: &Vocabulary, end: usize) -> Option<String> {
    let from = end + text[end..].chars().next().map_or(0, char::len_utf8);
    if from >= text.len() {
        return None;
    }
    let next = sentence(text, from);
    let start = from.max(next.start);
    // Its first words first: most sentences open on no reference.
    let opening = std::iter::successors(
        text[start..next.end]
            .find(char::is_alphabetic)
            .and_then(|i| next_word(text, start + i)),
        |w| next_word(text, w.end),
    )
    .take_while(|w| w.end <= next.end)
    .take(REFERENCE_WITHIN);
    if !opening
        .into_iter()
        .any(|w| v.references.contains(&w.folded))
    {
        return None;
    }
    let ws = words(text, start..next.end);
    excluded(text, v, &ws)
}
