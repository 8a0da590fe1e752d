//! The vocabulary of numbers, read from the data files in `data/`.
//!
//! Number words, vague amounts, qualifier phrases and the words that mark
//! dates, money or measures are data, not code: adding an alias means editing
//! a YAML file. The files are embedded at build time and parsed once per
//! process; a test keeps them loadable and in canonical form. This module
//! holds what the recognizer looks up; `build` reads the files into it.

mod build;
mod grammar;

use rustc_hash::{FxHashMap, FxHashSet};

use super::Qualifier;
use crate::lang::data::PerLang;
use crate::lang::Lang;
pub(crate) use grammar::Grammar;

/// The part a word below 100 plays in a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Small {
    /// 0–9.
    Unit(u8),
    /// 10–19.
    Teen(u8),
    /// 20, 30 … 90.
    Tens(u8),
}

impl Small {
    pub(crate) fn value(self) -> u8 {
        match self {
            Small::Unit(v) | Small::Teen(v) | Small::Tens(v) => v,
        }
    }
}

/// Everything the lexicon knows about one folded word. A word may play
/// several parts: "une" is a unit and an article, "dozens" a multiplier and a
/// vague plural, "millions" a scale and a vague plural.
#[derive(Clone, Debug, Default)]
pub(crate) struct WordInfo {
    pub small: Option<Small>,
    pub hundred: bool,
    pub scale: Option<f64>,
    pub dozen: bool,
    pub fraction: Option<f64>,
    pub denominator: Option<f64>,
    pub article: bool,
    pub determiner: bool,
    pub negative: bool,
    pub point: bool,
    pub connector: bool,
    pub ordinal_scale: bool,
    /// "une trentaine": (value, low, high) for one unit.
    pub vague_singular: Option<(f64, f64, f64)>,
    /// "des centaines": (low, high).
    pub vague_plural: Option<(f64, f64)>,
}

impl WordInfo {
    /// True when meeting this word in running text should start a number
    /// parse. Articles ("un", "a") and determiners never do on their own: the
    /// word after them does, and looks back to include them.
    pub(crate) fn triggers(&self) -> bool {
        (self.small.is_some() && !self.article)
            || self.hundred
            || self.scale.is_some()
            || self.dozen
            || self.fraction.is_some()
            || self.negative
            || self.vague_singular.is_some()
            || self.vague_plural.is_some()
    }
}

/// The vocabulary of one language.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    pub words: FxHashMap<String, WordInfo>,
    /// Case-sensitive letters after digits: "k", "M", "bn".
    pub abbreviations: FxHashMap<String, f64>,
    /// Qualifier phrases before a number, as folded words, longest first.
    pub before: Vec<(Vec<String>, Qualifier)>,
    /// Qualifier phrases after a number, longest first.
    pub after: Vec<(Vec<String>, Qualifier)>,
    /// Opening word of a range and the word that must close it.
    pub range_open: FxHashMap<String, String>,
    pub range_close: FxHashSet<String>,
    pub months: FxHashSet<String>,
    pub weekdays: FxHashSet<String>,
    pub year_before: FxHashSet<String>,
    pub percent_after: Vec<Vec<String>>,
    pub currency_after: Vec<Vec<String>>,
    pub units_after: FxHashSet<String>,
    pub time_after: Vec<Vec<String>>,
    pub time_before: FxHashSet<String>,
    pub ordinal_suffixes: FxHashSet<String>,
    pub currency_symbols: Vec<String>,
    pub unit_suffixes: FxHashSet<String>,
    pub names: FxHashSet<String>,
    /// Words after which "one" is a pronoun ("the one you mentioned").
    pub pronoun_before: FxHashSet<String>,
    /// The rules of the number grammar that are the language's own.
    pub grammar: Grammar,
    /// For each folded first letter (ASCII, lower case), a bit per word
    /// length in characters (1 to 31) that some trigger word has: most words
    /// of a text, accented or not, are told apart from every number word by
    /// these two facts alone, with no folding and no hashing.
    trigger_shapes: Vec<u32>,
}

impl Lexicon {
    /// False when `word`, as written, cannot be a trigger word: no trigger
    /// word starts with its folded first letter at its folded length.
    pub(crate) fn may_trigger(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        // The first letter as folding writes it; other first letters
        // (Greek, "œ" which folds to two) are not prefiltered.
        let first = match first {
            'a'..='z' => first,
            'A'..='Z' => first.to_ascii_lowercase(),
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => 'i',
            'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'u',
            'ç' | 'Ç' => 'c',
            _ => return true,
        };
        // Folding keeps one character for one, but "œ" and "æ" become two.
        let mut len = 1;
        for c in chars {
            len += if matches!(c, 'œ' | 'æ' | 'Œ' | 'Æ') {
                2
            } else {
                1
            };
            if len >= 32 {
                return false;
            }
        }
        self.trigger_shapes[first as usize] & (1 << len) != 0
    }

    /// What the lexicon knows of `folded`, a word already passed through
    /// [`fold`](crate::quantity::fold).
    pub(crate) fn word(&self, folded: &str) -> Option<&WordInfo> {
        self.words.get(folded)
    }
}

/// The lexicon of `lang`, built from its data files on first use.
pub(crate) fn lexicon(lang: Lang) -> &'static Lexicon {
    static LEXICONS: PerLang<Lexicon> = PerLang::new();
    LEXICONS.get(lang, build::load)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::data::{lang_file, parse, LangFile};
    use crate::quantity::folding::fold;

    #[test]
    fn data_files_load() {
        let fr = lexicon(Lang::Fr);
        let en = lexicon(Lang::En);
        assert_eq!(fr.word("dix").and_then(|w| w.small), Some(Small::Teen(10)));
        assert!(fr.word("une").is_some_and(|w| w.article && !w.triggers()));
        assert_eq!(en.word("million").and_then(|w| w.scale), Some(1e6));
        assert!(en
            .word("dozens")
            .is_some_and(|w| w.dozen && w.vague_plural.is_some()));
        assert_eq!(
            fr.word("trentaine").and_then(|w| w.vague_singular),
            Some((30.0, 25.0, 35.0))
        );
    }

    #[test]
    fn the_prefilter_lets_every_trigger_word_through() {
        for lang in [Lang::Fr, Lang::En] {
            let lex = lexicon(lang);
            for (word, info) in &lex.words {
                if info.triggers() {
                    let capital = word[..1].to_uppercase() + &word[1..];
                    assert!(lex.may_trigger(word) && lex.may_trigger(&capital), "{word}");
                }
            }
        }
        let fr = lexicon(Lang::Fr);
        assert!(fr.may_trigger("Zéro") && fr.may_trigger("Dix") && fr.may_trigger("Quatre"));
        assert!(
            !fr.may_trigger("le") && !fr.may_trigger("organisations") && !fr.may_trigger("été")
        );
    }

    /// Keys are written folded, so that a key never hides behind another
    /// spelling of itself.
    #[test]
    fn data_keys_are_folded() {
        let files = Lang::ALL
            .into_iter()
            .flat_map(|lang| [LangFile::Numbers, LangFile::Vague].map(|f| lang_file(lang, f)));
        for file in files {
            let value: serde_yaml::Value = parse(file);
            let mut stack = vec![value];
            while let Some(v) = stack.pop() {
                match v {
                    serde_yaml::Value::Mapping(m) => {
                        for (k, v) in m {
                            if let serde_yaml::Value::String(k) = &k {
                                if k != "abbreviations" && !k.chars().any(|c| c.is_uppercase()) {
                                    assert_eq!(&fold(k), k, "key {k:?} is not folded");
                                }
                            }
                            if !matches!(&k, serde_yaml::Value::String(s) if s == "abbreviations") {
                                stack.push(v);
                            }
                        }
                    }
                    serde_yaml::Value::Sequence(s) => stack.extend(s),
                    _ => {}
                }
            }
        }
    }
}
