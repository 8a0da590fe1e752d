//! The English counted phrase: a partitive ("of the"), "other", modifiers
//! and the head (the first plural noun for counts above one), then an "of"
//! complement and one coordination.

use crate::segment::{next_word, Word};

use super::{Counted, Grammar};
use crate::claim::vocabulary::Vocabulary;

/// English.
pub(super) struct English;

/// Reads the English noun phrase after a count: a partitive ("of the"),
/// "other", then modifiers and the head — the first plural noun for counts
/// above one ("phone numbers", "serving ministers") — then an "of"
/// complement ("members of the cabinet") and one coordination.
impl Grammar for English {
    fn counted_after(
        &self,
        text: &str,
        v: &Vocabulary,
        from: usize,
        singular: bool,
    ) -> Option<Counted> {
        let mut w = next_word(text, from)?;
        // "a 16-strong cabinet".
        if w.folded == "strong" && text[..w.start].ends_with('-') {
            w = next_word(text, w.end)?;
        }
        while v.partitives.contains(&w.folded) || v.pre_modifiers.contains(&w.folded) {
            w = next_word(text, w.end)?;
        }
        let mut run = Vec::new();
        let mut next = Some(w);
        while let Some(n) = next {
            if run.len() >= 5
                || !v.content(&n)
                || (singular && !run.is_empty() && v.verb_like(text, &n))
            {
                break;
            }
            let stop_here = !singular && v.plural(&n);
            next = next_word(text, n.end);
            run.push(n);
            if stop_here {
                break;
            }
        }
        let head = if singular {
            run.len().checked_sub(1)?
        } else {
            // No plural: the noun is the first word ("a 16-strong cabinet met").
            run.iter()
                .position(|w| v.plural(w))
                .or((!run.is_empty()).then_some(0))?
        };
        let start = run[0].start;
        let mut end = run[head].end;
        let neighbours: Vec<Word> = run[..head].to_vec();
        // "members of the cabinet", "heads of state".
        if let Some(of) = next_word(text, end).filter(|w| w.folded == "of") {
            let mut m = next_word(text, of.end);
            if m.as_ref().is_some_and(|m| m.folded == "the") {
                m = m.and_then(|m| next_word(text, m.end));
            }
            if let Some(m) = m.filter(|m| v.content(m) && !m.capitalised(text)) {
                end = m.end;
            }
        }
        let key_end = end;
        if let Some(and) = next_word(text, end).filter(|w| v.coordinators.contains(&w.folded)) {
            let mut last = None;
            let mut cur = next_word(text, and.end);
            while let Some(c) = cur.filter(|c| v.content(c) && !c.capitalised(text)) {
                let plural = v.plural(&c);
                last = Some(c.end);
                if plural {
                    break;
                }
                cur = next_word(text, c.end);
            }
            if let Some(e) = last {
                end = e;
            }
        }
        Some(Counted {
            start,
            end,
            key_end,
            neighbours,
        })
    }
}
