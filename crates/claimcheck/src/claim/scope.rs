//! Where a count applies: a place after the counted phrase behind a
//! locative ("en France", "in India", "worldwide"), or a demonym next to its
//! head ("journalistes français", "French journalists"). Claims of different
//! scopes are never compared.

use crate::segment::next_word;

use super::counted::Counted;
use super::vocabulary::Vocabulary;

/// The scope of a claim: a place named right after the counted phrase
/// behind a locative ("en France", "in India", "worldwide"), or a demonym
/// next to its head ("journalistes français", "French journalists").
pub(super) fn scope(text: &str, v: &Vocabulary, counted: &Counted) -> Option<String> {
    for n in &counted.neighbours {
        if let Some((place, _)) = v.place_at(text, n) {
            return Some(place);
        }
    }
    let next = next_word(text, counted.end)?;
    if v.locatives.contains(&next.folded) {
        let mut place = next_word(text, next.end)?;
        // "dans le monde", "aux États-Unis", "in the United States".
        if matches!(place.folded.as_str(), "le" | "la" | "les" | "l" | "the") {
            place = next_word(text, place.end)?;
        }
        return v.place_at(text, &place).map(|(p, _)| p);
    }
    v.place_at(text, &next)
        .filter(|(p, _)| p == "world")
        .map(|(p, _)| p)
}
