//! The vocabulary of numbers, read from the data files in `data/`.
//!
//! Number words, vague amounts, qualifier phrases and the words that mark
//! dates, money or measures are data, not code: adding an alias means editing
//! a YAML file. The files are embedded at build time and parsed once per
//! process; a test keeps them loadable and in canonical form.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::Qualifier;
use crate::lang::data::{lang_file, parse, LangFile, PerLang, KINDS};
use crate::lang::Lang;

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
    /// For each folded first letter (ASCII, lower case), a bit per word
    /// length in characters (1 to 31) that some trigger word has: most words
    /// of a text, accented or not, are told apart from every number word by
    /// these two facts alone, with no folding and no hashing.
    trigger_shapes: Vec<u32>,
}

/// Lower-cases `word` and strips the accents French puts on letters, so that
/// "Zéro", "zero" and "ZÉRO" are one key.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`] into a buffer the caller reuses, so that the scan over a whole
/// text allocates nothing per word.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        for l in c.to_lowercase() {
            match l {
                'à' | 'â' | 'ä' | 'á' => out.push('a'),
                'é' | 'è' | 'ê' | 'ë' => out.push('e'),
                'î' | 'ï' | 'í' => out.push('i'),
                'ô' | 'ö' | 'ó' => out.push('o'),
                'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
                'ç' => out.push('c'),
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                '’' => out.push('\''),
                other => out.push(other),
            }
        }
    }
}

/// Splits a phrase of the data files into folded words, the way the scanner
/// splits text: on spaces, apostrophes and hyphens.
pub(crate) fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’' || c == '-')
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NumbersFile {
    units: BTreeMap<String, u8>,
    teens: BTreeMap<String, u8>,
    tens: BTreeMap<String, u8>,
    hundreds: Vec<String>,
    scales: BTreeMap<String, f64>,
    dozens: Vec<String>,
    fractions: BTreeMap<String, f64>,
    denominators: BTreeMap<String, f64>,
    articles: Vec<String>,
    determiners: Vec<String>,
    negatives: Vec<String>,
    points: Vec<String>,
    connectors: Vec<String>,
    ordinal_scales: Vec<String>,
    abbreviations: BTreeMap<String, f64>,
    #[serde(default)]
    pronoun_before: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VagueEntry {
    singular: Option<String>,
    value: Option<f64>,
    about: Option<[f64; 2]>,
    plural: Option<String>,
    many: Option<[f64; 2]>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QualifiersFile {
    before: BTreeMap<String, Qualifier>,
    after: BTreeMap<String, Qualifier>,
    range_open: BTreeMap<String, String>,
    range_close: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindsCommon {
    currency_symbols: Vec<String>,
    unit_suffixes: Vec<String>,
    names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KindsFile {
    months: Vec<String>,
    weekdays: Vec<String>,
    year_before: Vec<String>,
    percent_after: Vec<String>,
    currency_after: Vec<String>,
    units_after: Vec<String>,
    time_after: Vec<String>,
    time_before: Vec<String>,
    ordinal_suffixes: Vec<String>,
}

fn set(words: &[String]) -> FxHashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

fn phrases(items: impl IntoIterator<Item = String>) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = items.into_iter().map(|p| phrase_words(&p)).collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    out
}

fn qualifier_phrases(map: BTreeMap<String, Qualifier>) -> Vec<(Vec<String>, Qualifier)> {
    let mut out: Vec<(Vec<String>, Qualifier)> = map
        .into_iter()
        .map(|(p, q)| (phrase_words(&p), q))
        .collect();
    out.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    out
}

impl Lexicon {
    fn build(
        numbers: NumbersFile,
        vague: Vec<VagueEntry>,
        qualifiers: QualifiersFile,
        kinds: KindsFile,
        common: &KindsCommon,
    ) -> Lexicon {
        let mut lex = Lexicon::default();
        let words = &mut lex.words;
        fn entry<'a>(words: &'a mut FxHashMap<String, WordInfo>, w: &str) -> &'a mut WordInfo {
            words.entry(fold(w)).or_default()
        }
        for (w, v) in &numbers.units {
            entry(words, w).small = Some(Small::Unit(*v));
        }
        for (w, v) in &numbers.teens {
            entry(words, w).small = Some(Small::Teen(*v));
        }
        for (w, v) in &numbers.tens {
            entry(words, w).small = Some(Small::Tens(*v));
        }
        for w in &numbers.hundreds {
            entry(words, w).hundred = true;
        }
        for (w, v) in &numbers.scales {
            entry(words, w).scale = Some(*v);
        }
        for w in &numbers.dozens {
            entry(words, w).dozen = true;
        }
        for (w, v) in &numbers.fractions {
            entry(words, w).fraction = Some(*v);
        }
        for (w, v) in &numbers.denominators {
            entry(words, w).denominator = Some(*v);
        }
        for w in &numbers.articles {
            entry(words, w).article = true;
        }
        for w in &numbers.determiners {
            entry(words, w).determiner = true;
        }
        for w in &numbers.negatives {
            entry(words, w).negative = true;
        }
        for w in &numbers.points {
            entry(words, w).point = true;
        }
        for w in &numbers.connectors {
            entry(words, w).connector = true;
        }
        for w in &numbers.ordinal_scales {
            entry(words, w).ordinal_scale = true;
        }
        for v in &vague {
            if let (Some(s), Some(value), Some([lo, hi])) = (&v.singular, v.value, v.about) {
                entry(words, s).vague_singular = Some((value, lo, hi));
            }
            if let (Some(p), Some([lo, hi])) = (&v.plural, v.many) {
                entry(words, p).vague_plural = Some((lo, hi));
            }
        }
        lex.pronoun_before = set(&numbers.pronoun_before);
        lex.trigger_shapes = vec![0; 128];
        lex.abbreviations = numbers.abbreviations.into_iter().collect();
        lex.before = qualifier_phrases(qualifiers.before);
        lex.after = qualifier_phrases(qualifiers.after);
        lex.range_open = qualifiers
            .range_open
            .into_iter()
            .map(|(k, v)| (fold(&k), fold(&v)))
            .collect();
        lex.range_close = set(&qualifiers.range_close);
        lex.months = set(&kinds.months);
        lex.weekdays = set(&kinds.weekdays);
        lex.year_before = set(&kinds.year_before);
        lex.percent_after = phrases(kinds.percent_after);
        lex.currency_after = phrases(kinds.currency_after);
        lex.units_after = set(&kinds.units_after);
        lex.time_after = phrases(kinds.time_after);
        lex.time_before = set(&kinds.time_before);
        lex.ordinal_suffixes = set(&kinds.ordinal_suffixes);
        lex.currency_symbols = common.currency_symbols.clone();
        lex.currency_symbols
            .sort_by_key(|s| std::cmp::Reverse(s.len()));
        lex.unit_suffixes = set(&common.unit_suffixes);
        lex.names = common.names.iter().cloned().collect();
        for (word, info) in &lex.words {
            let len = word.chars().count();
            if info.triggers() && len < 32 {
                match word.chars().next() {
                    Some(c) if c.is_ascii_lowercase() => lex.trigger_shapes[c as usize] |= 1 << len,
                    // A trigger word whose folded form starts otherwise
                    // would escape the prefilter: let every word through.
                    _ => lex.trigger_shapes.iter_mut().for_each(|s| *s = u32::MAX),
                }
            }
        }
        lex
    }

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

    /// What the lexicon knows of `folded`, a word already passed through [`fold`].
    pub(crate) fn word(&self, folded: &str) -> Option<&WordInfo> {
        self.words.get(folded)
    }
}

/// The lexicon of `lang`, built from its data files on first use.
pub(crate) fn lexicon(lang: Lang) -> &'static Lexicon {
    static LEXICONS: PerLang<Lexicon> = PerLang::new();
    LEXICONS.get(lang, |lang| {
        let file = |f| lang_file(lang, f);
        let common: KindsCommon = parse(KINDS);
        Lexicon::build(
            parse(file(LangFile::Numbers)),
            parse(file(LangFile::Vague)),
            parse(file(LangFile::Qualifiers)),
            parse(file(LangFile::Kinds)),
            &common,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Zéro"), "zero");
        assert_eq!(fold("CINQUIÈMES"), "cinquiemes");
        assert_eq!(phrase_words("jusqu'à"), vec!["jusqu", "a"]);
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
