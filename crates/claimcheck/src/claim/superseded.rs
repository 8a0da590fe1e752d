//! Superseded figures: the ones an article itself presents as earlier.
//!
//! A report of a rising toll carries its history: "1 037 morts, le
//! précédent bilan faisait état de 820 morts", "up from 1,037 on Saturday",
//! "OCHA had previously said that at least 11,300 people were dead". The
//! earlier figure is part of the text and is still extracted, but it is not
//! what the article claims now: compared with another source's current
//! figure it would raise a false alarm, so it is marked and compared with
//! nothing.
//!
//! Two shapes of cue are read, both data (`superseded_*` in
//! `data/<lang>/time.yaml`): a phrase before the figure in its sentence
//! ("le précédent bilan faisait état de", "up from", "an earlier toll given
//! to AFP … had confirmed only"), with no other number between; and a
//! contrast right before the figure with a time word right after it
//! ("contre 14 morts la veille"). "More than previously thought" is no cue:
//! "previously" alone says nothing about the figure after it.

use super::Claim;
use crate::lang::Lang;
use crate::segment::{sentence, sentence_start, words};
use crate::source::date::time_words;

/// How many words may stand between a cue and the figure it governs ("an
/// earlier toll given to AFP by a security source had confirmed only 14").
const MAX_GAP: usize = 12;

/// How far before and after a figure its cue is looked for, in bytes: a
/// cue and its gap are a score of words, and the bound keeps a file of one
/// huge line linear.
const WINDOW: usize = 300;

/// Marks the quantities of `text` that the text presents as earlier
/// figures ("contre 14 la veille" counts nothing, yet `extract` says it is
/// an earlier figure).
pub(super) fn mark(text: &str, lang: Lang, claims: &mut [Claim]) {
    let words_of = time_words(lang);
    let mut previous_end = 0;
    for claim in claims.iter_mut() {
        let start = claim.quantity.span.start;
        // A cue governs the first number after it: the window before this
        // one starts after the previous number.
        let after_previous = previous_end.min(start);
        previous_end = previous_end.max(claim.quantity.span.end);
        let from = floor_boundary(text, start.saturating_sub(WINDOW))
            .max(sentence_start(text, start))
            .max(after_previous)
            .min(start);
        let before: Vec<String> = words(text, from..start)
            .into_iter()
            .map(|w| w.folded)
            .collect();
        let cue_before = words_of
            .superseded_before
            .iter()
            .any(|cue| ends_within(&before, cue, MAX_GAP));
        // The words after are read only for a contrast right before the
        // figure ("contre 14 la veille"): most figures have none.
        let contrast = !cue_before
            && words_of
                .superseded_contrast
                .iter()
                .any(|cue| ends_within(&before, cue, 1))
            && {
                let end = claim.span.end.min(text.len());
                let until = floor_boundary(text, (end + WINDOW).min(text.len()))
                    .min(sentence(text, start).end)
                    .max(end);
                let after: Vec<String> = words(text, end..until)
                    .into_iter()
                    .map(|w| w.folded)
                    .collect();
                words_of
                    .superseded_after
                    .iter()
                    .any(|cue| after.starts_with(cue))
            };
        claim.superseded = cue_before || contrast;
    }
}

/// The nearest character boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// True when `cue` occurs in `words` with at most `gap` words after it.
fn ends_within(words: &[String], cue: &[String], gap: usize) -> bool {
    if cue.is_empty() || cue.len() > words.len() {
        return false;
    }
    let last_start = words.len() - cue.len();
    let first_start = last_start.saturating_sub(gap);
    (first_start..=last_start).any(|i| words[i..i + cue.len()] == *cue)
}

#[cfg(test)]
mod tests {
    use crate::claim::find_claims;
    use crate::concept::Concepts;
    use crate::lang::Lang;

    /// The figures of `text` the text presents as earlier, by their words.
    fn superseded(text: &str, lang: Lang) -> Vec<String> {
        find_claims(text, lang, Concepts::builtin())
            .into_iter()
            .filter(|c| c.superseded)
            .map(|c| text[c.quantity.span.clone()].to_string())
            .collect()
    }

    #[test]
    fn french_cues() {
        for (text, want) in [
            (
                "Le bilan s'élève à 1 037 morts. Le précédent bilan faisait état de 820 morts.",
                vec!["820"],
            ),
            (
                "Un premier bilan faisait état de 300 morts ; on compte désormais 2 000 morts.",
                vec!["300"],
            ),
            ("On compte 22 morts, contre 14 morts la veille.", vec!["14"]),
            ("On compte 22 morts, contre 14 la veille.", vec!["14"]),
            (
                "Selon le bilan précédent, 150 personnes étaient mortes.",
                vec!["150"],
            ),
        ] {
            assert_eq!(superseded(text, Lang::Fr), want, "{text:?}");
        }
    }

    #[test]
    fn english_cues() {
        for (text, want) in [
            (
                "The toll rose to 1,200 dead, up from 1,037 on Saturday.",
                vec!["1,037"],
            ),
            (
                "The UN revised the toll down from 11,300 to 3,958 dead.",
                vec!["11,300"],
            ),
            (
                "OCHA had previously said that at least 11,300 people were dead in Derna.",
                vec!["at least 11,300"],
            ),
            (
                "An earlier toll of 14 deaths was revised; 22 people are now known dead.",
                vec!["14"],
            ),
            (
                "An earlier toll given to AFP by a security source had confirmed only 14 deaths.",
                vec!["14"],
            ),
            (
                "Officials had earlier put the toll at 3,000 dead before the count resumed.",
                vec!["3,000"],
            ),
            (
                "There are 30 dead, against 12 dead the day before.",
                vec!["12"],
            ),
        ] {
            assert_eq!(superseded(text, Lang::En), want, "{text:?}");
        }
    }

    #[test]
    fn what_is_not_an_earlier_figure() {
        for (text, lang) in [
            // "previously" alone governs nothing.
            ("The toll is higher than previously thought: 500 people died.", Lang::En),
            ("More than previously thought, 500 people died in the floods.", Lang::En),
            // A cue governs the first number after it, in its sentence.
            (
                "The toll rose to 1,200 dead, up from 1,037 on Saturday, and 300 people are missing.",
                Lang::En,
            ),
            ("Le précédent bilan a été revu. 820 morts sont désormais recensés.", Lang::Fr),
            // A contrast without a time word is a comparison, not a history.
            ("On compte 22 morts à Paris, contre 14 morts à Lyon.", Lang::Fr),
            ("Le bilan s'élève à 1 037 morts.", Lang::Fr),
        ] {
            let marked = superseded(text, lang);
            let allowed: &[&str] = if text.contains("up from") { &["1,037"] } else { &[] };
            assert_eq!(marked, allowed, "{text:?}");
        }
    }
}
