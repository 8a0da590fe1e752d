//! Reading a language's number data into its [`Lexicon`].
//!
//! The shapes of the YAML files (`numbers.yaml`, `vague.yaml`,
//! `qualifiers.yaml`, `kinds.yaml` of a language, and the shared
//! `data/kinds.yaml`) are declared here with `deny_unknown_fields`, so that a
//! misspelt key fails the data test instead of being ignored, and turned into
//! the lookup tables the recognizer uses.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use super::{Grammar, Lexicon, Small, WordInfo};
use crate::lang::data::{lang_file, parse, LangFile, KINDS};
use crate::lang::Lang;
use crate::quantity::folding::{fold, phrase_words};
use crate::quantity::Qualifier;

/// Parses the data files of `lang` and builds its lexicon.
pub(super) fn load(lang: Lang) -> Lexicon {
    let file = |f| lang_file(lang, f);
    let common: KindsCommon = parse(KINDS);
    let numbers: NumbersFile = parse(file(LangFile::Numbers));
    numbers.grammar.check(file(LangFile::Numbers).path);
    Lexicon::build(
        numbers,
        parse(file(LangFile::Vague)),
        parse(file(LangFile::Qualifiers)),
        parse(file(LangFile::Kinds)),
        &common,
    )
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
    grammar: Grammar,
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
    /// The lexicon the data files of one language make.
    fn build(
        numbers: NumbersFile,
        vague: Vec<VagueEntry>,
        qualifiers: QualifiersFile,
        kinds: KindsFile,
        common: &KindsCommon,
    ) -> Lexicon {
        let mut lex = Lexicon {
            words: number_words(&numbers, &vague),
            ..Lexicon::default()
        };
        lex.trigger_shapes = trigger_shapes(&lex.words);
        lex.grammar = numbers.grammar;
        lex.pronoun_before = set(&numbers.pronoun_before);
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
        lex
    }
}

/// Every number word of the language with every part it plays: a word may be
/// in several lists ("une" is a unit and an article, "dozens" a dozen and a
/// vague plural).
fn number_words(numbers: &NumbersFile, vague: &[VagueEntry]) -> FxHashMap<String, WordInfo> {
    let mut words = FxHashMap::default();
    fn entry<'a>(words: &'a mut FxHashMap<String, WordInfo>, w: &str) -> &'a mut WordInfo {
        words.entry(fold(w)).or_default()
    }
    for (w, v) in &numbers.units {
        entry(&mut words, w).small = Some(Small::Unit(*v));
    }
    for (w, v) in &numbers.teens {
        entry(&mut words, w).small = Some(Small::Teen(*v));
    }
    for (w, v) in &numbers.tens {
        entry(&mut words, w).small = Some(Small::Tens(*v));
    }
    for w in &numbers.hundreds {
        entry(&mut words, w).hundred = true;
    }
    for (w, v) in &numbers.scales {
        entry(&mut words, w).scale = Some(*v);
    }
    for w in &numbers.dozens {
        entry(&mut words, w).dozen = true;
    }
    for (w, v) in &numbers.fractions {
        entry(&mut words, w).fraction = Some(*v);
    }
    for (w, v) in &numbers.denominators {
        entry(&mut words, w).denominator = Some(*v);
    }
    for w in &numbers.articles {
        entry(&mut words, w).article = true;
    }
    for w in &numbers.determiners {
        entry(&mut words, w).determiner = true;
    }
    for w in &numbers.negatives {
        entry(&mut words, w).negative = true;
    }
    for w in &numbers.points {
        entry(&mut words, w).point = true;
    }
    for w in &numbers.connectors {
        entry(&mut words, w).connector = true;
    }
    for w in &numbers.ordinal_scales {
        entry(&mut words, w).ordinal_scale = true;
    }
    for v in vague {
        if let (Some(s), Some(value), Some([lo, hi])) = (&v.singular, v.value, v.about) {
            entry(&mut words, s).vague_singular = Some((value, lo, hi));
        }
        if let (Some(p), Some([lo, hi])) = (&v.plural, v.many) {
            entry(&mut words, p).vague_plural = Some((lo, hi));
        }
    }
    words
}

/// The prefilter of [`Lexicon::may_trigger`]: for each folded first letter,
/// a bit per length of the trigger words that start with it.
fn trigger_shapes(words: &FxHashMap<String, WordInfo>) -> Vec<u32> {
    let mut shapes = vec![0; 128];
    for (word, info) in words {
        let len = word.chars().count();
        if info.triggers() && len < 32 {
            match word.chars().next() {
                Some(c) if c.is_ascii_lowercase() => shapes[c as usize] |= 1 << len,
                // A trigger word whose folded form starts otherwise
                // would escape the prefilter: let every word through.
                _ => shapes.iter_mut().for_each(|s| *s = u32::MAX),
            }
        }
    }
    shapes
}
