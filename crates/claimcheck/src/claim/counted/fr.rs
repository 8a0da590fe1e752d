//! The French counted phrase: "de" after a vague amount or a scale, a
//! partitive ("de ses"), pre-modifiers ("autres", "anciens"), the head noun,
//! then adjectives, complements and one coordination.

use crate::segment::next_word;

use super::{Counted, Grammar};
use crate::claim::vocabulary::Vocabulary;

/// French.
pub(super) struct French;

/// Reads the French noun phrase after a count: "de" after a vague amount or
/// a scale, a partitive ("de ses"), pre-modifiers ("autres", "anciens"), the
/// head noun, then adjectives, complements ("de téléphone", "du
/// gouvernement") and one coordination ("journalistes et dirigeants").
impl Grammar for French {
    fn counted_after(
        &self,
        text: &str,
        v: &Vocabulary,
        from: usize,
        _singular: bool,
    ) -> Option<Counted> {
        let mut w = next_word(text, from)?;
        if matches!(w.folded.as_str(), "de" | "d") {
            w = next_word(text, w.end)?;
        }
        while v.partitives.contains(&w.folded) || v.pre_modifiers.contains(&w.folded) {
            w = next_word(text, w.end)?;
        }
        if !v.content(&w) {
            return None;
        }
        let start = w.start;
        let mut end = w.end;
        let mut key_end = 0;
        let mut neighbours = Vec::new();
        let mut coordinated = false;
        // A demonym names the scope only right after the head ("journalistes
        // français"), not after a complement ("membres du cabinet français").
        let mut after_complement = false;
        let mut steps = 0;
        while steps < 8 {
            steps += 1;
            let Some(n) = next_word(text, end) else { break };
            if v.complements.contains(&n.folded) {
                let mut m = match next_word(text, n.end) {
                    Some(m) => m,
                    None => break,
                };
                if matches!(m.folded.as_str(), "la" | "l") {
                    m = match next_word(text, m.end) {
                        Some(m) => m,
                        None => break,
                    };
                }
                if m.capitalised(text) || !v.content(&m) {
                    break;
                }
                end = m.end;
                after_complement = true;
                continue;
            }
            if v.coordinators.contains(&n.folded) && !coordinated {
                match next_word(text, n.end) {
                    Some(m) if v.content(&m) && !m.capitalised(text) && !v.verb_like(text, &m) => {
                        key_end = end;
                        coordinated = true;
                        end = m.end;
                        continue;
                    }
                    _ => break,
                }
            }
            if v.content(&n) && !n.capitalised(text) && !v.verb_like(text, &n) {
                if !coordinated && !after_complement && neighbours.len() < 2 {
                    neighbours.push(n.clone());
                }
                end = n.end;
                continue;
            }
            break;
        }
        Some(Counted {
            start,
            end,
            key_end: if key_end > 0 { key_end } else { end },
            neighbours,
        })
    }
}
