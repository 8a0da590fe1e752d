//! Who says so: the claimant a sentence names for each claim ("selon la
//! préfecture", "d'après le ministère de l'Intérieur", ", a indiqué
//! Mediapart", ", police said").

use std::ops::Range;

use crate::quantity::Kind;
use crate::segment::{next_word, sentence, words, Word};

use super::vocabulary::{phrase_at, Vocabulary};
use super::Claim;

/// A claimant named in a sentence, and the byte span of the words that name it.
#[derive(Clone, Debug)]
struct Claimant {
    name: String,
    at: usize,
}

/// The noun phrase of a claimant starting at byte `pos`: determiners,
/// nouns, adjectives, names, "de" complements ("le ministère de
/// l'Intérieur"), "et" before a name ("Le Monde et Radio France").
fn claimant_phrase(text: &str, v: &Vocabulary, pos: usize) -> Option<Range<usize>> {
    let is_article = |w: &Word| matches!(w.folded.as_str(), "la" | "l" | "le" | "les" | "the");
    let first = next_word(text, pos)?;
    if v.attribution_not.contains(&first.folded) {
        return None;
    }
    let start = first.start;
    let mut end = first.end;
    let mut words = 1;
    let mut cur = next_word(text, first.end);
    while let Some(w) = cur {
        if words >= 9 {
            break;
        }
        let linking = v.complements.contains(&w.folded) || v.coordinators.contains(&w.folded);
        let keep = if linking {
            // What follows the link, past an article: a name, or (after "de") a noun.
            let mut m = next_word(text, w.end);
            if m.as_ref().is_some_and(is_article) {
                m = m.and_then(|m| next_word(text, m.end));
            }
            m.is_some_and(|m| {
                m.capitalised(text) || (v.complements.contains(&w.folded) && v.content(&m))
            })
        } else {
            is_article(&w) || v.content(&w) || w.capitalised(text)
        };
        if !keep {
            break;
        }
        end = w.end;
        words += 1;
        cur = next_word(text, w.end);
    }
    Some(start..end)
}

/// Every claimant named in the sentence `range`: after "selon", "d'après",
/// "according to"; after an inverted verb (", a indiqué Mediapart"); or
/// before "said" (", police said").
fn claimants(text: &str, v: &Vocabulary, range: Range<usize>) -> Vec<Claimant> {
    let words = words(text, range.clone());
    let mut out = Vec::new();
    for i in 0..words.len() {
        for phrase in &v.attribution_before {
            if let Some(last) = phrase_at(&words, i, phrase) {
                if let Some(r) = claimant_phrase(text, v, last.end) {
                    if r.end <= range.end {
                        out.push(Claimant {
                            name: text[r].to_string(),
                            at: words[i].start,
                        });
                    }
                }
            }
        }
        for phrase in &v.attribution_verbs {
            if let Some(last) = phrase_at(&words, i, phrase) {
                let verb = words[i].start..last.end;
                out.extend(verb_claimant(text, v, verb, &range));
            }
        }
    }
    out
}

/// The claimant of a verb of saying (`verb` is its span in the sentence
/// `range`): inverted after it (", a indiqué Mediapart.", ", said
/// Amnesty."), or its subject before it, after a comma or at the sentence
/// start (", police said"), when nothing but a comma follows.
fn verb_claimant(
    text: &str,
    v: &Vocabulary,
    verb: Range<usize>,
    range: &Range<usize>,
) -> Option<Claimant> {
    let ends_clause = |tail: &str| tail.is_empty() || tail.starts_with(',');
    let after_comma = text[..verb.start].trim_end().ends_with([',', '»', '"']);
    if after_comma {
        if let Some(r) = claimant_phrase(text, v, verb.end) {
            if ends_clause(text[r.end..range.end].trim()) {
                return Some(Claimant {
                    name: text[r].to_string(),
                    at: verb.start,
                });
            }
        }
    }
    let clause_start = text[range.start..verb.start]
        .rfind(',')
        .map_or(range.start, |c| range.start + c + 1);
    let subject = text[clause_start..verb.start].trim();
    let named = !subject.is_empty()
        && subject.split_whitespace().count() <= 4
        && !subject.chars().any(|c| c.is_ascii_digit());
    (named && ends_clause(text[verb.end..range.end].trim())).then(|| Claimant {
        name: subject.to_string(),
        at: clause_start,
    })
}

/// Gives each claim the claimant its sentence names: the first one after
/// it and before the next quantity, or else the nearest one before it with
/// no other quantity in between.
pub(super) fn attribute(text: &str, v: &Vocabulary, claims: &mut [Claim]) {
    let mut cache: Option<(Range<usize>, Vec<Claimant>)> = None;
    for i in 0..claims.len() {
        if claims[i].key.is_none() && claims[i].quantity.kind != Kind::Count {
            continue;
        }
        let span = claims[i].span.clone();
        let range = sentence(text, span.start);
        if cache.as_ref().is_none_or(|(r, _)| *r != range) {
            cache = Some((range.clone(), claimants(text, v, range.clone())));
        }
        let Some((_, found)) = cache.as_ref() else {
            continue;
        };
        let next_start = claims
            .get(i + 1)
            .map_or(range.end, |c| c.span.start.min(range.end));
        let prev_end = if i > 0 {
            claims[i - 1].span.end.max(range.start)
        } else {
            range.start
        };
        let after = found.iter().find(|c| c.at >= span.end && c.at < next_start);
        let before = found
            .iter()
            .rev()
            .find(|c| c.at < span.start && c.at >= prev_end);
        claims[i].attributed_to = after.or(before).map(|c| c.name.clone());
    }
}
