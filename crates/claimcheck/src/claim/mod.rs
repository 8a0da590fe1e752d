//! Claims: what each count counts, where it applies, and who says so.
//!
//! A number becomes a claim when we know what it counts. This step reads the
//! noun phrase after each count ("15 autres anciens membres du cabinet
//! français", "more than 50,000 phone numbers", "une trentaine de
//! journalistes et dirigeants d'entreprises de médias"), gives it a concept
//! key ([`crate::concept`]), and records its scope ("en France", "French",
//! "in India") and its claimant ("selon la préfecture", "police said").
//!
//! The step has a file per question: `counted` reads what a number counts
//! (a grammar per language), `scope` where it applies, `attribution`
//! who says so; `vocabulary` holds the word lists they read
//! (`data/<lang>/claims.yaml`, `data/places.yaml`).
//!
//! The rules are shallow on purpose: news prose puts the counted noun right
//! after the number, so a few word lists (`data/<lang>/claims.yaml`) and the shape
//! of French and English noun phrases are enough, and the step stays linear.

mod attribution;
mod counted;
mod elided;
mod frame;
mod holder;
mod scope;
mod superseded;
mod vocabulary;

use std::ops::Range;

use crate::concept::Concepts;
use crate::lang::Lang;
use crate::quantity::{find_quantities, Kind, Quantity};
use crate::segment::fold;

use vocabulary::{vocabulary, Vocabulary};

/// A quantity with what it counts. `key` is `None` when the quantity counts
/// nothing recognisable; then it is not a count claim and is never compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The number expression.
    pub quantity: Quantity,
    /// Byte span of the claim's words: the quantity and the counted phrase.
    pub span: Range<usize>,
    /// The counted noun phrase as written ("organisations de médias").
    pub counted: Option<String>,
    /// The concept key of the counted phrase ("media_outlet").
    pub key: Option<String>,
    /// The place the count is limited to, by its canonical English name ("France").
    pub scope: Option<String>,
    /// Who the text says makes the claim, as written ("la préfecture").
    pub attributed_to: Option<String>,
    /// The text presents the figure as an earlier one ("le précédent bilan
    /// faisait état de 820 morts", "up from 1,037"): it is compared with
    /// nothing (`superseded`).
    pub superseded: bool,
}

/// Finds the quantities of `text` and makes each a claim: what it counts,
/// its concept key, scope and claimant. Quantities that count nothing keep
/// `key: None`.
pub fn find_claims(text: &str, lang: Lang, concepts: &Concepts) -> Vec<Claim> {
    let v = vocabulary(lang);
    let quantities = find_quantities(text, lang);
    let spans: Vec<Range<usize>> = quantities.iter().map(|q| q.span.clone()).collect();
    let mut claims: Vec<Claim> = quantities
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            let bounds = bounds(&spans, i, text.len());
            let mut claim = Claim {
                span: q.span.clone(),
                counted: None,
                key: None,
                scope: None,
                attributed_to: None,
                superseded: false,
                quantity: q,
            };
            if claim.quantity.kind == Kind::Count {
                describe(text, lang, v, concepts, &mut claim, bounds);
            }
            claim
        })
        .collect();
    attribution::attribute(text, v, &mut claims);
    elided::inherit(text, lang, v, concepts, &spans, &mut claims);
    superseded::mark(text, lang, &mut claims);
    claims
}

/// The bytes the clause of quantity `i` may reach: from the end of the
/// quantity before it to the start of the one after it.
fn bounds(spans: &[Range<usize>], i: usize, len: usize) -> Range<usize> {
    let start = i.checked_sub(1).map_or(0, |p| spans[p].end);
    let end = spans.get(i + 1).map_or(len, |n| n.start);
    start..end
}

/// Fills the counted phrase, key and scope of one count; `bounds` are the
/// bytes its clause may reach.
fn describe(
    text: &str,
    lang: Lang,
    v: &Vocabulary,
    concepts: &Concepts,
    claim: &mut Claim,
    bounds: Range<usize>,
) {
    let q = &claim.quantity;
    let singular = q.value.is_some_and(|x| x.abs() == 1.0);
    let counted = counted::grammar(lang).counted_after(text, v, q.span.end, singular);
    let Some(counted) = counted.or_else(|| counted::counted_before(text, v, q.span.start)) else {
        // No noun: the clause may still say what is counted ("10,000 are
        // missing", "37 000 ont été déplacées").
        let clause = frame::Clause {
            start: q.span.start,
            number_end: q.span.end,
            end: q.span.end,
            bounds,
        };
        if small_definite(text, v, q) {
            return;
        }
        if let Some(key) = frame::frame(text, v, lang, concepts, &clause) {
            let key = frame::narrow(text, v, lang, concepts, &key, &clause);
            claim.key = Some(frame::period(text, lang, concepts, &key, q.span.start));
        }
        return;
    };
    let phrase = &text[counted.start..counted.end];
    let key_phrase = &text[counted.start..counted.key_end];
    claim.counted = Some(phrase.to_string());
    claim.span = q.span.start.min(counted.start)..q.span.end.max(counted.end);
    if small_definite(text, v, q) {
        return;
    }
    let Some(mut key) = concepts.key(key_phrase, lang) else {
        return;
    };
    let clause = frame::Clause {
        start: q.span.start.min(counted.start),
        number_end: q.span.end,
        end: counted.end.max(q.span.end),
        bounds,
    };
    if concepts.frames().is_generic(&key) {
        if let Some(framed) = frame::frame(text, v, lang, concepts, &clause) {
            key = framed;
        }
    }
    let key = frame::narrow(text, v, lang, concepts, &key, &clause);
    claim.key = Some(frame::period(text, lang, concepts, &key, q.span.start));
    claim.scope = scope::scope(text, v, &counted, clause.bounds.end);
    if claim.scope.is_none() && claim.key.as_deref().is_some_and(|k| concepts.is_held(k)) {
        claim.scope = holder::holder(text, v, q.span.clone(), clause.end, clause.bounds.clone());
    }
}

/// "entre les deux pays", "the two countries": a small count after a
/// definite determiner names things the text already introduced (France and
/// Israel); it counts nothing new, and comparing it with "a dozen countries"
/// elsewhere would raise a false alarm.
fn small_definite(text: &str, v: &Vocabulary, q: &Quantity) -> bool {
    if q.value.is_none_or(|x| x.abs() > 3.0) {
        return false;
    }
    let head = text[..q.span.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i);
    start.is_some_and(|s| v.definite.contains(&fold(&head[s..])))
}

#[cfg(test)]
mod tests;
