//! Concepts: one key for what a count counts, across wordings and languages.
//!
//! "17 médias", "Dix-sept organisations de médias" and "17 media
//! organisations" must land on one key for their values to be compared, while
//! "ministres" and "membres du gouvernement" must not. The aliases are data
//! (`data/concepts.yaml`, extendable by a user lexicon of the same shape);
//! this module normalises phrases the same way on both sides (folding,
//! articles dropped, words reduced to their singular) and looks them up,
//! falling back on a near-miss match and then on the phrase's own lemma.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use crate::lang::Lang;
use crate::segment::fold;

mod frames;

pub use frames::{FrameMatch, Frames};

/// How close (normalised Damerau-Levenshtein similarity, 0 to 1) a phrase
/// must be to an alias to take its key when nothing matches exactly. Chosen
/// on the cases in the tests below: typos and variant spellings
/// ("organisations médiatiqes", "journalistes" for "journaliste") score 0.9
/// and above, while distinct concepts that share a stem ("militaire" and
/// "militant", "employé" and "emploi", "policier" and "politicien") score
/// under 0.75.
pub const NEAR_MISS: f64 = 0.85;

/// Phrases shorter than this never take a near-miss match: short words differ
/// by one letter and mean different things ("vote", "note").
const NEAR_MISS_MIN_LEN: usize = 6;

/// The concept lexicon: aliases by language, and the nouns whose numbers are
/// never count claims.
#[derive(Clone, Debug, Default)]
pub struct Concepts {
    /// Changes with every extension, so that remembered keys are never
    /// those of another lexicon.
    generation: u64,
    aliases: FxHashMap<(Lang, String), String>,
    by_lang: FxHashMap<Lang, Vec<(String, String)>>,
    not_counted: FxHashSet<(Lang, String)>,
    frames: Frames,
    changing: FxHashSet<String>,
    held: FxHashSet<String>,
    never_contradict: FxHashSet<String>,
    /// Every key the lexicon names (not the lemmas of unknown nouns).
    known: FxHashSet<String>,
}

/// A lexicon file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConceptError {
    /// The YAML is malformed or has unexpected fields.
    #[error("invalid concept lexicon: {0}")]
    Yaml(#[from] serde_yaml::Error),
    /// A concept key is not snake_case ASCII.
    #[error("concept key {0:?} must be lower-case ASCII words joined by '_' (e.g. phone_number), with '.' before a sub-key (e.g. injured.serious)")]
    BadKey(String),
    /// A subset's key names no parent key.
    #[error("subset key {0:?} must name its parent key before a '.' (e.g. injured.serious)")]
    NotASubset(String),
}

/// A concept lexicon as written: the built-in `data/concepts.yaml`, or the
/// `lexicon:` of a user's `.claimcheck.yaml`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// Concept key → aliases by language.
    #[serde(default)]
    pub concepts: BTreeMap<String, Aliases>,
    /// Nouns whose numbers are never count claims.
    #[serde(default)]
    pub not_counted: Aliases,
    /// Concept keys that count people in general ("personnes", "people")
    /// and take their meaning from their clause ([`Frames`]).
    #[serde(default)]
    pub generic: Vec<String>,
    /// Frame key → the verbs and participles of a clause that give it ("ont
    /// péri", "were killed" → `dead`).
    #[serde(default)]
    pub frames: BTreeMap<String, Aliases>,
    /// Frame key → the nouns of a clause that give it when no verb does
    /// ("death toll", "manifestations").
    #[serde(default)]
    pub frame_nouns: BTreeMap<String, Aliases>,
    /// Sub-key → the words that narrow its parent to it ("grièvement",
    /// "seriously" → `injured.serious`).
    #[serde(default)]
    pub subsets: BTreeMap<String, Aliases>,
    /// Period → the words of a sentence that make its counts cover that
    /// period ("so far" → `dead.to_date`).
    #[serde(default)]
    pub periods: BTreeMap<String, Aliases>,
    /// Keys of tallies that change as an event unfolds (the dead, the
    /// injured, seats counted): two dated sources whose figures rise with
    /// time make an update, not a contradiction.
    #[serde(default)]
    pub changing: Vec<String>,
    /// Keys of counts a party holds (seats, votes): the holder is their
    /// scope ([`Concepts::is_held`]).
    #[serde(default)]
    pub held: Vec<String>,
    /// Keys of counts that say nothing of what happened to what they
    /// count ("4000 personnes", "21 people"): two of them may agree, never
    /// contradict.
    #[serde(default)]
    pub never_contradict: Vec<String>,
}

/// Wordings in each language, by language code (`fr:`, `en:`); a code
/// claimcheck does not read is an error.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(transparent)]
pub struct Aliases(pub BTreeMap<Lang, Vec<String>>);

impl Aliases {
    /// Each language with its wordings.
    fn iter(&self) -> impl Iterator<Item = (Lang, &[String])> {
        self.0.iter().map(|(&lang, list)| (lang, list.as_slice()))
    }
}

/// True for a concept key as keys are written: lower-case ASCII words (and
/// digits) joined by `_`, such as `phone_number`, and a sub-key after a dot
/// (`injured.serious`).
pub fn is_valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.split('.').all(|part| {
            part.split('_').all(|p| {
                !p.is_empty()
                    && p.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
        })
}

/// True for the key of projections ("Hundreds are feared dead" is
/// `dead.estimate`): a sub-key named `estimate`, whose figures are a range of
/// opinion and never contradict each other.
pub fn is_estimate(key: &str) -> bool {
    key.rsplit_once('.')
        .is_some_and(|(_, sub)| sub == "estimate")
}

/// The normalised words of a phrase: folded, split on spaces, apostrophes
/// and hyphens, articles dropped, each word singular.
pub fn normalise(phrase: &str, lang: Lang) -> Vec<String> {
    let language = lang.language();
    phrase
        .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '-'))
        .filter(|w| !w.is_empty())
        .map(fold)
        .filter(|w| !language.is_article(w))
        .map(|w| language.lemma(&w))
        .collect()
}

impl Concepts {
    /// The built-in lexicon, parsed on first use.
    pub fn builtin() -> &'static Concepts {
        static BUILT: OnceLock<Concepts> = OnceLock::new();
        BUILT.get_or_init(|| {
            let mut c = Concepts::default();
            let file: LexiconFile = crate::lang::data::parse(crate::lang::data::CONCEPTS);
            if let Err(error) = c.extend(file) {
                panic!("{} is not valid: {error}", crate::lang::data::CONCEPTS.path);
            }
            c
        })
    }

    /// Adds the concepts and aliases of a lexicon file in the format of
    /// `data/concepts.yaml`. A later alias for the same phrase replaces an
    /// earlier one, so a user lexicon can move an alias to another key.
    pub fn extend_from_yaml(&mut self, yaml: &str) -> Result<(), ConceptError> {
        let file: LexiconFile = serde_yaml::from_str(yaml)?;
        self.extend(file)
    }

    /// Adds the concepts and aliases of `file` (see [`Concepts::extend_from_yaml`]).
    pub fn extend(&mut self, file: LexiconFile) -> Result<(), ConceptError> {
        static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        self.generation = GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let keys = file.generic.iter().chain(file.frames.keys());
        let keys = keys
            .chain(file.frame_nouns.keys())
            .chain(file.periods.keys());
        if let Some(bad) = keys.chain(file.subsets.keys()).find(|k| !is_valid_key(k)) {
            return Err(ConceptError::BadKey(bad.clone()));
        }
        if let Some(bad) = file.subsets.keys().find(|k| !k.contains('.')) {
            return Err(ConceptError::NotASubset(bad.clone()));
        }
        self.frames.extend(&file);
        for (key, aliases) in file.concepts {
            if !is_valid_key(&key) {
                return Err(ConceptError::BadKey(key));
            }
            for (lang, list) in aliases.iter() {
                for alias in list {
                    let phrase = normalise(alias, lang).join(" ");
                    if phrase.is_empty() {
                        continue;
                    }
                    self.known.insert(key.clone());
                    self.aliases.insert((lang, phrase.clone()), key.clone());
                    let list = self.by_lang.entry(lang).or_default();
                    list.retain(|(p, _)| *p != phrase);
                    list.push((phrase, key.clone()));
                    list.sort();
                }
            }
        }
        for key in file.held {
            if !is_valid_key(&key) {
                return Err(ConceptError::BadKey(key));
            }
            self.held.insert(key);
        }
        for key in file.never_contradict {
            if !is_valid_key(&key) {
                return Err(ConceptError::BadKey(key));
            }
            self.never_contradict.insert(key);
        }
        for key in file.changing {
            if !is_valid_key(&key) {
                return Err(ConceptError::BadKey(key));
            }
            self.changing.insert(key);
        }
        for (lang, list) in file.not_counted.iter() {
            for noun in list {
                self.not_counted
                    .insert((lang, normalise(noun, lang).join(" ")));
            }
        }
        Ok(())
    }

    /// The frames of the lexicon: what generic counts count.
    pub fn frames(&self) -> &Frames {
        &self.frames
    }

    /// True when `key` counts a tally that changes as an event unfolds
    /// (`changing:` in the lexicon); a sub-key ("injured.serious",
    /// "dead.to_date") changes as its parent does.
    pub fn is_changing(&self, key: &str) -> bool {
        self.changing.contains(key)
            || key
                .split_once('.')
                .is_some_and(|(parent, _)| self.changing.contains(parent))
    }

    /// True when two counts keyed `key` never contradict each other: counts
    /// of people with nothing said of them (`never_contradict:` in the
    /// lexicon) may be of anyone, and only agree or not.
    pub fn never_contradicts(&self, key: &str) -> bool {
        self.never_contradict.contains(key)
    }

    /// True when `key` is a concept of the lexicon, not the lemma of a noun
    /// it does not know ("placee" from "73 placées en garde à vue").
    pub fn is_known(&self, key: &str) -> bool {
        let parent = key.split_once('.').map_or(key, |(p, _)| p);
        self.known.contains(parent)
    }

    /// True when counts keyed `key` (or its parent) are held by a party,
    /// which is then their scope ("98 pour Renaissance").
    pub fn is_held(&self, key: &str) -> bool {
        let parent = key.split_once('.').map_or(key, |(p, _)| p);
        self.held.contains(parent)
    }

    /// True when a number before `head` (a counted noun) is never a count
    /// claim: "deux jours", "three times".
    pub fn is_not_counted(&self, head: &str, lang: Lang) -> bool {
        let words = normalise(head, lang);
        words
            .first()
            .is_some_and(|w| self.not_counted.contains(&(lang, w.clone())))
    }

    /// The concept key of a counted phrase. Tries every run of its words,
    /// longest first, against the aliases; then a near miss; then the lemma of
    /// the phrase's head noun (the first word in French, the last before "of"
    /// in English), so that same-language counts of an unknown noun still meet.
    pub fn key(&self, counted: &str, lang: Lang) -> Option<String> {
        // News repeats its nouns: remember each phrase's key, per thread and
        // per lexicon, so that the near-miss search runs once a phrase.
        thread_local! {
            static MEMO: std::cell::RefCell<FxHashMap<(u64, Lang, String), Option<String>>> =
                std::cell::RefCell::new(FxHashMap::default());
        }
        let memo_key = (self.generation, lang, counted.to_string());
        if let Some(found) = MEMO.with(|m| m.borrow().get(&memo_key).cloned()) {
            return found;
        }
        let found = self.key_uncached(counted, lang);
        MEMO.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= 16_384 {
                m.clear();
            }
            m.insert(memo_key, found.clone());
        });
        found
    }

    fn key_uncached(&self, counted: &str, lang: Lang) -> Option<String> {
        let words = normalise(counted, lang);
        if words.is_empty() {
            return None;
        }
        // "points de rassemblement" is a concept although "points" alone
        // counts nothing: a longer alias from the first word wins.
        for len in (2..=words.len()).rev() {
            if let Some(key) = self.aliases.get(&(lang, words[..len].join(" "))) {
                return Some(key.clone());
            }
        }
        if self.not_counted.contains(&(lang, words[0].clone())) {
            return None;
        }
        let n = words.len();
        for len in (1..=n).rev() {
            for start in 0..=n - len {
                let phrase = words[start..start + len].join(" ");
                if let Some(key) = self.aliases.get(&(lang, phrase)) {
                    return Some(key.clone());
                }
            }
            // A near miss on a longer phrase beats an exact match on a
            // shorter one: "organisations médiatiqes" is a media outlet, not
            // an "organisation".
            if let Some(key) = self.near_miss(&words[..len].join(" "), lang) {
                return Some(key);
            }
        }
        Some(words[lang.language().head_of(&words)].clone())
    }

    /// The key of the alias closest to `phrase`, when close enough.
    fn near_miss(&self, phrase: &str, lang: Lang) -> Option<String> {
        if phrase.len() < NEAR_MISS_MIN_LEN {
            return None;
        }
        let mut best: Option<(f64, &String)> = None;
        let first = phrase.chars().next();
        for (alias, key) in self.by_lang.get(&lang)? {
            // Cheap filters first: a typo rarely hits the first letter, and a
            // similarity of NEAR_MISS bounds the difference in length.
            let (a, b) = (phrase.len() as f64, alias.len() as f64);
            if alias.chars().next() != first || (a - b).abs() > (1.0 - NEAR_MISS) * a.max(b) + 1.0 {
                continue;
            }
            let score = strsim::normalized_damerau_levenshtein(phrase, alias);
            if score >= NEAR_MISS && best.is_none_or(|(s, _)| score > s) {
                best = Some((score, key));
            }
        }
        best.map(|(_, key)| key.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(phrase: &str, lang: Lang) -> Option<String> {
        Concepts::builtin().key(phrase, lang)
    }

    #[test]
    fn wordings_and_languages_share_keys() {
        let media = Some("media_outlet".to_string());
        assert_eq!(key("médias", Lang::Fr), media);
        assert_eq!(key("organisations de médias", Lang::Fr), media);
        assert_eq!(key("organisations médiatiques", Lang::Fr), media);
        assert_eq!(key("media organisations", Lang::En), media);
        assert_eq!(key("news organizations", Lang::En), media);
        let members = Some("government_member".to_string());
        assert_eq!(key("membres du gouvernement", Lang::Fr), members);
        assert_eq!(
            key("anciens membres du cabinet français", Lang::Fr),
            members
        );
        assert_eq!(key("members of the cabinet", Lang::En), members);
        assert_eq!(key("former cabinet members", Lang::En), members);
        let phone = Some("phone_number".to_string());
        assert_eq!(key("numéros de téléphone portable", Lang::Fr), phone);
        assert_eq!(key("phone numbers", Lang::En), phone);
        assert_eq!(key("États", Lang::Fr), Some("country".to_string()));
        assert_eq!(key("journaux", Lang::Fr), media);
    }

    #[test]
    fn distinct_concepts_stay_apart() {
        let minister = key("ministres", Lang::Fr);
        let journalist = key("journalistes", Lang::Fr);
        let members = key("membres du gouvernement", Lang::Fr);
        assert_eq!(minister.as_deref(), Some("minister"));
        assert_eq!(journalist.as_deref(), Some("journalist"));
        assert_ne!(minister, members);
        assert_ne!(journalist, members);
        assert_eq!(
            key("serving ministers", Lang::En).as_deref(),
            Some("minister")
        );
    }

    #[test]
    fn near_misses_both_ways() {
        // Typos and variants match…
        assert_eq!(
            key("organisations médiatiqes", Lang::Fr).as_deref(),
            Some("media_outlet")
        );
        assert_eq!(
            key("journalistess", Lang::Fr).as_deref(),
            Some("journalist")
        );
        assert_eq!(
            key("organisation mediatik", Lang::Fr).as_deref(),
            Some("media_outlet")
        );
        // …distinct concepts that share a stem do not.
        for (a, b) in [
            ("militaire", "militant"),
            ("employe", "emploi"),
            ("policier", "politicien"),
        ] {
            assert!(
                strsim::normalized_damerau_levenshtein(a, b) < NEAR_MISS,
                "{a} ~ {b}"
            );
        }
        assert_eq!(key("militaires", Lang::Fr).as_deref(), Some("soldier"));
        assert_eq!(key("militants", Lang::Fr).as_deref(), Some("activist"));
    }

    #[test]
    fn unknown_nouns_key_on_their_lemma() {
        assert_eq!(key("éoliennes", Lang::Fr).as_deref(), Some("eolienne"));
        assert_eq!(key("wind turbines", Lang::En).as_deref(), Some("turbine"));
        assert_eq!(key("jours", Lang::Fr), None);
        assert_eq!(key("days", Lang::En), None);
    }

    #[test]
    fn user_lexicon_extends_and_rejects_bad_keys() {
        let mut c = Concepts::builtin().clone();
        c.extend_from_yaml(
            "concepts:\n  wind_turbine:\n    fr: [éolienne]\n    en: [wind turbine]\n",
        )
        .unwrap();
        assert_eq!(
            c.key("éoliennes", Lang::Fr).as_deref(),
            Some("wind_turbine")
        );
        assert_eq!(
            c.key("wind turbines", Lang::En).as_deref(),
            Some("wind_turbine")
        );
        let message = |yaml: &str| match c.clone().extend_from_yaml(yaml) {
            Ok(()) => String::from("loaded"),
            Err(e) => e.to_string(),
        };
        assert!(message("concepts:\n  Wind-Turbine:\n    fr: [x]\n")
            .starts_with("concept key \"Wind-Turbine\" must be lower-case ASCII words"));
        assert!(message("concept:\n  x: {}\n").contains("unknown field `concept`"));
        assert!(message("concepts:\n  x:\n    de: [x]\n").contains("unknown variant `de`"));
        assert!(message("changing: [Dead]\n").starts_with("concept key \"Dead\""));
        assert!(!c.is_changing("wind_turbine"));
        c.extend_from_yaml("changing: [wind_turbine]\n").unwrap();
        assert!(c.is_changing("wind_turbine"));
    }

    #[test]
    fn tolls_change_and_other_counts_do_not() {
        let c = Concepts::builtin();
        for key in [
            "dead",
            "injured",
            "casualty",
            "arrest",
            "protester",
            "seat",
            "vote",
            "injured.serious",
            "dead.to_date",
        ] {
            assert!(c.is_changing(key), "{key}");
        }
        for key in [
            "media_outlet",
            "minister",
            "government_member",
            "phone_number",
        ] {
            assert!(!c.is_changing(key), "{key}");
        }
    }
}
