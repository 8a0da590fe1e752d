//! Frames: what a generic count counts, read from the words of its clause.
//!
//! "1 037 personnes ont péri" and "1,037 people were killed" count the dead,
//! "227 personnes ont été blessées" the injured, "the police arrested 282
//! protesters" arrests. The counted noun ("personnes", "people") says only
//! that people are counted; the verb or participle of the clause says which.
//! The lexicon lists the generic keys, the words that give each frame's key
//! (`frames:`), and the words that narrow a key to a subset (`subsets:`,
//! "grièvement blessés" is `injured.serious`). All three are data
//! (`data/concepts.yaml`), extendable by a user lexicon.

use rustc_hash::{FxHashMap, FxHashSet};

use super::{normalise, Aliases, LexiconFile};
use crate::lang::Lang;

/// A phrase's normalised words and the key it gives.
type Phrase = (Vec<String>, String);

/// Phrases looked up by their language, then their first normalised word
/// (looked up by `&str`, without allocating: this runs near every number).
#[derive(Clone, Debug, Default)]
struct Phrases(FxHashMap<Lang, FxHashMap<String, Vec<Phrase>>>);

impl Phrases {
    fn add(&mut self, key: &str, aliases: &Aliases) {
        for (lang, list) in aliases.iter() {
            for alias in list {
                let words = normalise(alias, lang);
                let Some(first) = words.first().cloned() else {
                    continue;
                };
                let entry = self.0.entry(lang).or_default().entry(first).or_default();
                entry.retain(|(w, _)| *w != words);
                entry.push((words, key.to_string()));
                // Longest first, so "perdu la vie" wins over "perdu".
                entry.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
            }
        }
    }

    /// The key and length of the phrase that starts at `words[at]`, if any.
    fn at(&self, words: &[String], at: usize, lang: Lang) -> Option<(&str, usize)> {
        let candidates = self.0.get(&lang)?.get(words[at].as_str())?;
        candidates
            .iter()
            .find(|(phrase, _)| words[at..].starts_with(phrase))
            .map(|(phrase, key)| (key.as_str(), phrase.len()))
    }
}

/// A frame found in a clause: its key, and where its words stand.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameMatch {
    /// The frame's key.
    pub key: String,
    /// True when the words stand after the count.
    pub after: bool,
    /// The first word's index in the words given (after: nearest first;
    /// before: in text order, the farthest first).
    pub at: usize,
    /// How many words the phrase has.
    pub len: usize,
}

/// The frames of a lexicon, ready for lookups.
#[derive(Clone, Debug, Default)]
pub struct Frames {
    generic: FxHashSet<String>,
    frames: Phrases,
    nouns: Phrases,
    subsets: Phrases,
    periods: Phrases,
    /// Keys that have subsets: no other key is worth narrowing.
    parents: FxHashSet<String>,
    /// The names of the periods ("to_date").
    period_names: FxHashSet<String>,
    /// The last word of each period phrase, lower case as written: a
    /// sentence without any of them has no period, and is not read.
    period_hints: FxHashMap<Lang, Vec<String>>,
}

impl Frames {
    /// Adds the frames of a lexicon file (`generic:`, `frames:`,
    /// `frame_nouns:`, `subsets:`, `periods:`); a later phrase replaces an
    /// earlier one.
    pub fn extend(&mut self, file: &LexiconFile) {
        self.generic.extend(file.generic.iter().cloned());
        for (key, aliases) in &file.frames {
            self.frames.add(key, aliases);
        }
        for (key, aliases) in &file.frame_nouns {
            self.nouns.add(key, aliases);
        }
        for (key, aliases) in &file.subsets {
            self.subsets.add(key, aliases);
            if let Some((parent, _)) = key.rsplit_once('.') {
                self.parents.insert(parent.to_string());
            }
        }
        for (period, aliases) in &file.periods {
            self.periods.add(period, aliases);
            self.period_names.insert(period.clone());
            for (lang, list) in aliases.iter() {
                let hints = self.period_hints.entry(lang).or_default();
                hints.extend(
                    list.iter()
                        .filter_map(|p| p.split_whitespace().last().map(str::to_lowercase)),
                );
                hints.sort();
                hints.dedup();
            }
        }
    }

    /// True when counts keyed `key` take their meaning from their clause.
    pub fn is_generic(&self, key: &str) -> bool {
        self.generic.contains(key)
    }

    /// The frame key given by the clause words `after` the count (nearest
    /// first) or, failing that, `before` it (nearest first), both normalised
    /// with [`normalise`]. The words after win ("Thousands are feared dead
    /// and 10,000 are missing" counts the missing), and a verb wins over a
    /// noun ("the number of people hurt during the protests": the hurt).
    pub fn frame(&self, before: &[String], after: &[String], lang: Lang) -> Option<FrameMatch> {
        // `before` is nearest first; phrases read in text order.
        let ordered: Vec<String> = before.iter().rev().cloned().collect();
        let found = |key: &str, after: bool, at: usize, len: usize| FrameMatch {
            key: key.to_string(),
            after,
            at,
            len,
        };
        let find = |phrases: &'_ Phrases| -> Option<FrameMatch> {
            (0..after.len())
                .find_map(|i| {
                    phrases
                        .at(after, i, lang)
                        .map(|(k, n)| found(k, true, i, n))
                })
                .or_else(|| {
                    (0..ordered.len()).rev().find_map(|i| {
                        phrases
                            .at(&ordered, i, lang)
                            .map(|(k, n)| found(k, false, i, n))
                    })
                })
        };
        find(&self.frames).or_else(|| find(&self.nouns))
    }

    /// False when `sentence` (as written) holds no word that ends a period
    /// phrase of `lang`: then [`Frames::period`] would find nothing.
    pub fn may_have_period(&self, sentence: &str, lang: Lang) -> bool {
        self.period_hints
            .get(&lang)
            .is_some_and(|hints| hints.iter().any(|h| sentence.contains(h.as_str())))
    }

    /// `key` split into its parent and period when its last part names a
    /// period ("dead.to_date" → ("dead", "to_date")).
    pub fn split_period<'k>(&self, key: &'k str) -> Option<(&'k str, &'k str)> {
        key.rsplit_once('.')
            .filter(|(_, p)| self.period_names.contains(*p))
    }

    /// True when some subset narrows `key` ([`Frames::narrow`]).
    pub fn has_subsets(&self, key: &str) -> bool {
        self.parents.contains(key)
    }

    /// `key` with the period its sentence's words give it ("11 people have
    /// died so far" → `dead.to_date`), or `key` unchanged.
    pub fn period(&self, key: &str, sentence: &[String], lang: Lang) -> String {
        match (0..sentence.len()).find_map(|i| self.periods.at(sentence, i, lang).map(|(p, _)| p)) {
            Some(period) if !key.ends_with(&format!(".{period}")) => format!("{key}.{period}"),
            _ => key.to_string(),
        }
    }

    /// `key` narrowed by the clause words `words` ("grièvement", "seriously
    /// injured"): the first sub-key of `key` whose phrase they hold, or `key`.
    pub fn narrow(&self, key: &str, words: &[String], lang: Lang) -> String {
        (0..words.len())
            .find_map(|i| {
                let (sub, _) = self.subsets.at(words, i, lang)?;
                (sub.rsplit_once('.').map(|(parent, _)| parent) == Some(key)).then_some(sub)
            })
            .unwrap_or(key)
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str, lang: Lang) -> Vec<String> {
        normalise(text, lang)
    }

    fn frames() -> &'static Frames {
        crate::concept::Concepts::builtin().frames()
    }

    #[test]
    fn the_clause_after_the_count_wins() {
        let f = frames();
        let key = |before: &str, after: &str, lang| {
            let mut b = words(before, lang);
            b.reverse();
            f.frame(&b, &words(after, lang), lang).map(|m| m.key)
        };
        assert_eq!(key("", "ont péri", Lang::Fr).as_deref(), Some("dead"));
        assert_eq!(
            key("", "ont perdu la vie", Lang::Fr).as_deref(),
            Some("dead")
        );
        assert_eq!(
            key("", "ont été blessées", Lang::Fr).as_deref(),
            Some("injured")
        );
        assert_eq!(
            key("", "sont portées disparues", Lang::Fr).as_deref(),
            Some("missing")
        );
        assert_eq!(
            key("are feared dead and", "are missing", Lang::En).as_deref(),
            Some("missing")
        );
        assert_eq!(
            key("the police arrested", "", Lang::En).as_deref(),
            Some("arrest")
        );
        assert_eq!(key("", "were killed", Lang::En).as_deref(), Some("dead"));
        assert_eq!(
            key(
                "the number of hurt during the protests has climbed to",
                "",
                Lang::En
            )
            .as_deref(),
            Some("injured")
        );
        assert_eq!(
            key(
                "took part in the protests across the country at",
                "",
                Lang::En
            )
            .as_deref(),
            Some("protester")
        );
        assert_eq!(key("", "sont arrivés", Lang::Fr), None);
        assert_eq!(key("", "attended the meeting", Lang::En), None);
    }

    #[test]
    fn subsets_narrow_their_own_key_only() {
        let f = frames();
        assert_eq!(
            f.narrow(
                "injured",
                &words("dont sept grièvement", Lang::Fr),
                Lang::Fr
            ),
            "injured.serious"
        );
        assert_eq!(
            f.narrow(
                "injured",
                &words("were seriously injured", Lang::En),
                Lang::En
            ),
            "injured.serious"
        );
        assert_eq!(
            f.narrow("dead", &words("seriously", Lang::En), Lang::En),
            "dead"
        );
        assert_eq!(f.narrow("injured", &[], Lang::En), "injured");
        assert_eq!(
            f.period(
                "dead",
                &words("eleven people have died so far", Lang::En),
                Lang::En
            ),
            "dead.to_date"
        );
        assert_eq!(
            f.period(
                "arrest",
                &words("depuis le début du mouvement", Lang::Fr),
                Lang::Fr
            ),
            "arrest.to_date"
        );
        assert_eq!(
            f.period("dead", &words("on Saturday", Lang::En), Lang::En),
            "dead"
        );
    }
}
