//! The settings of one language (`data/<code>/language.yaml`): the words that
//! recognise it, its decimal mark, and how its noun phrases are normalised
//! before a concept lookup.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::data::{lang_file, parse, LangFile};
use super::Lang;
use crate::segment::fold;

/// Where the head noun of a counted phrase stands, which is the lemma an
/// unknown phrase is keyed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Head {
    /// The first word: "membres du gouvernement".
    First,
    /// The last word before a complement: "cabinet members", "members of
    /// the cabinet".
    Last,
}

/// `language.yaml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    function_words: Vec<String>,
    tie_letters: String,
    decimal_mark: char,
    head: Head,
    head_ends_at: Vec<String>,
    articles: Vec<String>,
    contractions: FxHashMap<String, String>,
    singular: Vec<(String, String)>,
}

/// What claimcheck knows of a language beyond its lexicons.
#[derive(Debug)]
pub(crate) struct Language {
    /// Very common short words, in lower case with their accents.
    pub(crate) function_words: FxHashSet<String>,
    /// Letters that settle a tie in detection in favour of this language.
    tie_letters: Vec<char>,
    /// The decimal separator of digits.
    pub(crate) decimal_mark: char,
    /// Where the head noun of a phrase stands.
    pub(crate) head: Head,
    /// Folded words that end the part of a phrase a last head is taken from.
    head_ends_at: FxHashSet<String>,
    /// Folded words dropped before a concept lookup.
    articles: FxHashSet<String>,
    /// Folded words replaced before a concept lookup.
    contractions: FxHashMap<String, String>,
    /// Suffix rewrites to the lemma, first match wins.
    singular: Vec<(String, String)>,
}

/// Words of this many bytes or fewer are their own lemma ("pas", "bus").
const SHORTEST_PLURAL: usize = 4;

impl Language {
    /// Reads and folds the settings of `lang`.
    pub(crate) fn load(lang: Lang) -> Language {
        let file: LanguageFile = parse(lang_file(lang, LangFile::Language));
        let folded = |words: &[String]| words.iter().map(|w| fold(w)).collect();
        Language {
            function_words: file
                .function_words
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            tie_letters: file.tie_letters.chars().collect(),
            decimal_mark: file.decimal_mark,
            head: file.head,
            head_ends_at: folded(&file.head_ends_at),
            articles: folded(&file.articles),
            contractions: file
                .contractions
                .iter()
                .map(|(from, to)| (fold(from), fold(to)))
                .collect(),
            singular: file.singular,
        }
    }

    /// True when `text` has one of the letters that settle a tie for this
    /// language.
    pub(crate) fn has_tie_letters(&self, text: &str) -> bool {
        !self.tie_letters.is_empty() && text.chars().any(|c| self.tie_letters.contains(&c))
    }

    /// True for a folded article or determiner, dropped before a lookup.
    pub(crate) fn is_article(&self, word: &str) -> bool {
        self.articles.contains(word)
    }

    /// The lookup form of a folded word: its contraction's, or its lemma.
    pub(crate) fn lemma(&self, word: &str) -> String {
        match self.contractions.get(word) {
            Some(to) => to.clone(),
            None => self.singular(word),
        }
    }

    /// Reduces a folded word to the singular form used as its lemma. Both the
    /// aliases and the text go through it, so it needs to be consistent more
    /// than correct.
    pub(crate) fn singular(&self, word: &str) -> String {
        if word.len() < SHORTEST_PLURAL {
            return word.to_string();
        }
        match self
            .singular
            .iter()
            .find(|(from, _)| word.ends_with(from.as_str()))
        {
            Some((from, to)) => format!("{}{to}", &word[..word.len() - from.len()]),
            None => word.to_string(),
        }
    }

    /// The position of the head noun among the normalised `words` of a
    /// phrase (not empty).
    pub(crate) fn head_of(&self, words: &[String]) -> usize {
        match self.head {
            Head::First => 0,
            Head::Last => words
                .iter()
                .position(|w| self.head_ends_at.contains(w))
                .unwrap_or(words.len())
                .saturating_sub(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        let fr = Lang::Fr.language();
        let en = Lang::En.language();
        let cases = [
            (fr, "journaux", "journal"),
            (fr, "medias", "media"),
            (fr, "pays", "pay"),
            (fr, "pas", "pas"),
            (en, "countries", "country"),
            (en, "classes", "class"),
            (en, "churches", "church"),
            (en, "boxes", "box"),
            (en, "status", "status"),
            (en, "analysis", "analysis"),
            (en, "ministers", "minister"),
            (en, "staff", "staff"),
        ];
        for (language, word, want) in cases {
            assert_eq!(language.singular(word), want, "{word}");
        }
        assert_eq!(fr.lemma("du"), "de");
        assert!(fr.is_article("les") && !fr.is_article("de"));
        assert!(en.is_article("the"));
    }

    #[test]
    fn heads() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(
            Lang::Fr
                .language()
                .head_of(&words("membre de gouvernement")),
            0
        );
        assert_eq!(Lang::En.language().head_of(&words("cabinet member")), 1);
        assert_eq!(Lang::En.language().head_of(&words("member of cabinet")), 0);
    }
}
