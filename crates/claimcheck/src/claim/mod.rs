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
    let mut claims: Vec<Claim> = find_quantities(text, lang)
        .into_iter()
        .map(|q| {
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
                describe(text, lang, v, concepts, &mut claim);
            }
            claim
        })
        .collect();
    attribution::attribute(text, v, &mut claims);
    attribution::inherit_elided(text, v, &mut claims);
    superseded::mark(text, lang, &mut claims);
    claims
}

/// Fills the counted phrase, key and scope of one count.
fn describe(text: &str, lang: Lang, v: &Vocabulary, concepts: &Concepts, claim: &mut Claim) {
    let q = &claim.quantity;
    let singular = q.value.is_some_and(|x| x.abs() == 1.0);
    let counted = counted::grammar(lang).counted_after(text, v, q.span.end, singular);
    let Some(counted) = counted.or_else(|| counted::counted_before(text, v, q.span.start)) else {
        return;
    };
    let phrase = &text[counted.start..counted.end];
    let key_phrase = &text[counted.start..counted.key_end];
    claim.counted = Some(phrase.to_string());
    claim.span = q.span.start.min(counted.start)..q.span.end.max(counted.end);
    if small_definite(text, v, q) {
        return;
    }
    let Some(key) = concepts.key(key_phrase, lang) else {
        return;
    };
    claim.key = Some(key);
    claim.scope = scope::scope(text, v, &counted);
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
