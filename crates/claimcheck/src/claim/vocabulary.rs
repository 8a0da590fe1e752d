//! The word lists of the claim step, one set per language
//! (`data/<lang>/claims.yaml`), with the place names of `data/places.yaml`,
//! folded once so that every rule looks words up by their folded form.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use crate::lang::data::{lang_file, parse, LangFile, PerLang, PLACES};
use crate::lang::Lang;
use crate::segment::fold;
use crate::segment::{next_word, Word};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LangWords {
    pub(crate) stop: Vec<String>,
    pub(crate) pre_modifiers: Vec<String>,
    pub(crate) partitives: Vec<String>,
    pub(crate) complements: Vec<String>,
    pub(crate) coordinators: Vec<String>,
    pub(crate) locatives: Vec<String>,
    pub(crate) attribution_before: Vec<String>,
    pub(crate) attribution_not: Vec<String>,
    pub(crate) attribution_verbs: Vec<String>,
    pub(crate) verb_endings: Vec<String>,
    pub(crate) plural_exceptions: Vec<String>,
    pub(crate) irregular_plurals: Vec<String>,
    pub(crate) counted_before: Vec<String>,
    pub(crate) definite: Vec<String>,
    pub(crate) subset_before: Vec<String>,
    pub(crate) anaphora: Vec<String>,
    pub(crate) references: Vec<String>,
    pub(crate) excluding: Vec<String>,
    pub(crate) place_kinds: Vec<String>,
    pub(crate) holder_after: Vec<String>,
    pub(crate) holder_verbs: Vec<String>,
    pub(crate) auxiliaries: Vec<String>,
    pub(crate) name_links: Vec<String>,
    pub(crate) articles: Vec<String>,
    pub(crate) relatives: Vec<String>,
    pub(crate) institutions: Vec<String>,
    pub(crate) one_articles: Vec<String>,
    pub(crate) allies: Vec<String>,
    pub(crate) out_of: Vec<String>,
    pub(crate) pronoun_before: Vec<String>,
}

/// The names and demonyms of a place in each language.
type PlaceNames = BTreeMap<Lang, Vec<String>>;

/// The word lists of one language, folded.
pub(crate) struct Vocabulary {
    pub(crate) stop: FxHashSet<String>,
    pub(crate) pre_modifiers: FxHashSet<String>,
    pub(crate) partitives: FxHashSet<String>,
    pub(crate) complements: FxHashSet<String>,
    pub(crate) coordinators: FxHashSet<String>,
    pub(crate) locatives: FxHashSet<String>,
    pub(crate) attribution_before: Vec<Vec<String>>,
    pub(crate) attribution_not: FxHashSet<String>,
    pub(crate) attribution_verbs: Vec<Vec<String>>,
    pub(crate) verb_endings: Vec<String>,
    pub(crate) plural_exceptions: FxHashSet<String>,
    pub(crate) irregular_plurals: FxHashSet<String>,
    pub(crate) counted_before: FxHashSet<String>,
    pub(crate) definite: FxHashSet<String>,
    pub(crate) subset_before: Vec<Vec<String>>,
    pub(crate) anaphora: Vec<Vec<String>>,
    pub(crate) references: FxHashSet<String>,
    pub(crate) excluding: Vec<Vec<String>>,
    pub(crate) place_kinds: FxHashSet<String>,
    pub(crate) holder_after: FxHashSet<String>,
    pub(crate) holder_verbs: FxHashSet<String>,
    pub(crate) auxiliaries: FxHashSet<String>,
    pub(crate) name_links: FxHashSet<String>,
    pub(crate) articles: FxHashSet<String>,
    pub(crate) relatives: FxHashSet<String>,
    pub(crate) institutions: FxHashSet<String>,
    /// Articles that may mean one, as written (lower case).
    pub(crate) one_articles: Vec<String>,
    pub(crate) allies: Vec<Vec<String>>,
    pub(crate) out_of: Vec<Vec<String>>,
    pub(crate) pronoun_before: FxHashSet<String>,
    /// Folded place name or demonym (one to three words) → canonical name.
    pub(crate) places: FxHashMap<String, String>,
}

fn folded_set(words: &[String]) -> FxHashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

fn phrase_list(words: &[String]) -> Vec<Vec<String>> {
    words
        .iter()
        .map(|p| {
            p.split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty())
                .map(fold)
                .collect()
        })
        .collect()
}

fn split_name(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ")
}

impl Vocabulary {
    fn build(w: LangWords, places: &FxHashMap<String, PlaceNames>, lang: Lang) -> Vocabulary {
        let mut names = FxHashMap::default();
        for (canonical, p) in places {
            for name in p.get(&lang).into_iter().flatten() {
                names.insert(split_name(name), canonical.clone());
            }
        }
        Vocabulary {
            stop: folded_set(&w.stop),
            pre_modifiers: folded_set(&w.pre_modifiers),
            partitives: folded_set(&w.partitives),
            complements: folded_set(&w.complements),
            coordinators: folded_set(&w.coordinators),
            locatives: folded_set(&w.locatives),
            attribution_before: phrase_list(&w.attribution_before),
            attribution_not: folded_set(&w.attribution_not),
            attribution_verbs: phrase_list(&w.attribution_verbs),
            verb_endings: w.verb_endings.iter().map(|e| e.to_lowercase()).collect(),
            plural_exceptions: folded_set(&w.plural_exceptions),
            irregular_plurals: folded_set(&w.irregular_plurals),
            counted_before: folded_set(&w.counted_before),
            definite: folded_set(&w.definite),
            subset_before: phrase_list(&w.subset_before),
            anaphora: phrase_list(&w.anaphora),
            references: folded_set(&w.references),
            excluding: phrase_list(&w.excluding),
            place_kinds: folded_set(&w.place_kinds),
            holder_after: folded_set(&w.holder_after),
            holder_verbs: folded_set(&w.holder_verbs),
            auxiliaries: folded_set(&w.auxiliaries),
            name_links: folded_set(&w.name_links),
            articles: folded_set(&w.articles),
            relatives: folded_set(&w.relatives),
            institutions: folded_set(&w.institutions),
            one_articles: w.one_articles.iter().map(|a| a.to_lowercase()).collect(),
            out_of: phrase_list(&w.out_of),
            pronoun_before: folded_set(&w.pronoun_before),
            allies: phrase_list(&w.allies),
            places: names,
        }
    }
}

/// The last word of `phrase` (folded words) when the words from `i` on
/// spell it.
pub(crate) fn phrase_at<'w>(words: &'w [Word], i: usize, phrase: &[String]) -> Option<&'w Word> {
    let end = i.checked_add(phrase.len())?;
    let found = words.get(i..end)?;
    let spelled = found.iter().zip(phrase).all(|(w, p)| &w.folded == p);
    if spelled {
        found.last()
    } else {
        None
    }
}

/// The word lists of `lang`, built from its data on first use.
pub(super) fn vocabulary(lang: Lang) -> &'static Vocabulary {
    static VOCABULARIES: PerLang<Vocabulary> = PerLang::new();
    VOCABULARIES.get(lang, |lang| {
        let places: FxHashMap<String, PlaceNames> = parse(PLACES);
        Vocabulary::build(parse(lang_file(lang, LangFile::Claims)), &places, lang)
    })
}

impl Vocabulary {
    /// A word that can be part of a noun phrase: not a function word.
    pub(crate) fn content(&self, w: &Word) -> bool {
        !self.stop.contains(&w.folded)
    }

    /// A conjugated verb or a participle ("figuraient", "stockés",
    /// "belonging"), which ends a noun phrase when it follows the noun. The
    /// endings are matched with their accents: "é" marks a participle, "e"
    /// does not.
    pub(crate) fn verb_like(&self, text: &str, w: &Word) -> bool {
        let lower = w.text(text).to_lowercase();
        lower.chars().count() > 4
            && self
                .verb_endings
                .iter()
                .any(|e| lower.ends_with(e.as_str()))
    }

    /// True when an English word is plural: the head of a count above one.
    pub(crate) fn plural(&self, w: &Word) -> bool {
        let f = &w.folded;
        if self.irregular_plurals.contains(f) {
            return true;
        }
        if self.plural_exceptions.contains(f) {
            return false;
        }
        f.len() > 2
            && f.ends_with('s')
            && !f.ends_with("ss")
            && !f.ends_with("us")
            && !f.ends_with("is")
    }

    /// The place named by the words starting at `w` (up to three words), and
    /// the last word it uses.
    pub(crate) fn place_at(&self, text: &str, w: &Word) -> Option<(String, Word)> {
        let mut words = vec![w.clone()];
        while words.len() < 3 {
            match next_word(text, words[words.len() - 1].end) {
                Some(n) => words.push(n),
                None => break,
            }
        }
        for len in (1..=words.len()).rev() {
            let name = words[..len]
                .iter()
                .map(|w| w.folded.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(place) = self.places.get(&name) {
                return Some((place.clone(), words[len - 1].clone()));
            }
        }
        None
    }
}
