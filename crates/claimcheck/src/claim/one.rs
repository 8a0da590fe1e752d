//! Counts of one written with an article: "Un mort en Savoie", "un mort est
//! à déplorer", "une manifestante est morte", "there has been a death". An
//! article is the number one only when what follows is a tally that changes
//! as an event unfolds (`changing:` in the lexicon: the dead, the injured,
//! arrests...): "un homme", "a car" and "une voiture" are no claims, and
//! "a death toll of 2,000" is a reference to a figure, not one death.

use std::ops::Range;

use crate::concept::Concepts;
use crate::interval::Interval;
use crate::lang::Lang;
use crate::quantity::{Kind, Qualifier, Quantity};
use crate::segment::next_word;

use super::vocabulary::Vocabulary;
use super::{describe, frame, Claim};

/// The counts of one of `text` written with an article, each described
/// like any count; `spans` are the other quantities' spans, in text order,
/// which bound each one's clause.
pub(super) fn counts_of_one(
    text: &str,
    lang: Lang,
    v: &Vocabulary,
    concepts: &Concepts,
    spans: &[Range<usize>],
    sentences: &mut frame::Sentences,
) -> Vec<Claim> {
    let mut found = Vec::new();
    for (start, end) in articles(text, v) {
        let Some(noun) = next_word(text, end) else {
            continue;
        };
        // "l'un des morts", "un des blessés", "a third of": no count of one.
        if v.partitives.contains(&noun.folded) || text[..start].ends_with(['\'', '’']) {
            continue;
        }
        // The cheap test first: the noun alone names a changing tally, or
        // a person whose clause may say what befell them.
        let head = concepts.key(noun.text(text), lang);
        let hopeful = head.as_deref().is_some_and(|k| {
            concepts.is_known(k) && (concepts.is_changing(k) || concepts.frames().is_generic(k))
        });
        if !hopeful {
            continue;
        }
        let Some(interval) = Interval::exact(1.0).ok() else {
            continue;
        };
        let mut claim = Claim {
            span: start..end,
            counted: None,
            key: None,
            scope: None,
            attributed_to: None,
            superseded: false,
            quantity: Quantity {
                span: start..end,
                number_span: start..end,
                value: Some(1.0),
                interval: Some(interval),
                qualifier: Qualifier::Exact,
                kind: Kind::Count,
            },
        };
        let next = spans.partition_point(|s| s.start < start);
        let bounds = next.checked_sub(1).map_or(0, |p| spans[p].end.min(start))
            ..spans.get(next).map_or(text.len(), |s| s.start);
        describe(text, lang, v, concepts, &mut claim, bounds, sentences);
        let refers = claim.counted.as_deref().is_some_and(|c| {
            c.split(' ')
                .any(|w| v.references.contains(&crate::segment::fold(w)))
        });
        let changing = claim
            .key
            .as_deref()
            .is_some_and(|k| concepts.is_known(k) && concepts.is_changing(k));
        if changing && !refers {
            found.push(claim);
        }
    }
    found
}

/// The byte spans of the articles that may mean one (`one_articles:` in
/// `data/<lang>/claims.yaml`), as whole words, in text order.
fn articles<'t>(text: &'t str, v: &'t Vocabulary) -> impl Iterator<Item = (usize, usize)> + 't {
    // One pass over the spaces: an article is the word that ends at one,
    // as written or with a capital first letter ("a", "A", "Une").
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b' ')
        .filter_map(move |(end, _)| {
            v.one_articles.iter().find_map(|a| {
                let start = end.checked_sub(a.len())?;
                let word = text.get(start..end)?;
                let written = word.eq_ignore_ascii_case(a)
                    && !word[1..].bytes().any(|b| b.is_ascii_uppercase());
                let alone = !text[..start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                (written && alone).then_some((start, end))
            })
        })
}
