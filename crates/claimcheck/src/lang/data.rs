//! The built-in data: every word list and lexicon claimcheck ships, compiled
//! into the binary from `crates/claimcheck/data/`, and the one way it is read.
//!
//! Each language has the same files in `data/<code>/` (its number words,
//! vague amounts, qualifiers, kinds, claim word lists, time words and
//! language settings);
//! what every language shares (concepts, places, currency signs) is in
//! `data/` itself. Every step that needs words asks this module for a
//! [`DataFile`] and parses it with [`parse`], once, through a [`PerLang`]
//! cache, so that loading looks the same everywhere and one test
//! (below) proves that every file parses into the type its step reads.

use std::sync::OnceLock;

use serde::de::DeserializeOwned;

use super::Lang;

/// One embedded data file: its path (for messages) and its text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DataFile {
    /// The path under `crates/claimcheck/`, e.g. `data/fr/numbers.yaml`.
    pub path: &'static str,
    /// The YAML.
    pub text: &'static str,
}

/// Embeds `data/<path>` with its path.
macro_rules! data_file {
    ($path:expr) => {
        DataFile {
            path: concat!("data/", $path),
            text: include_str!(concat!("../../data/", $path)),
        }
    };
}

/// The files each language has in `data/<code>/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LangFile {
    /// `language.yaml`: recognising the language, normalising its phrases.
    Language,
    /// `numbers.yaml`: number words.
    Numbers,
    /// `vague.yaml`: vague amounts ("une trentaine", "hundreds").
    Vague,
    /// `qualifiers.yaml`: words that bound a value ("plus de", "at least").
    Qualifiers,
    /// `kinds.yaml`: words that make a number a date, a year, money, a measure.
    Kinds,
    /// `claims.yaml`: the word lists of the claim step.
    Claims,
    /// `time.yaml`: month names and publication lines (a source's date),
    /// and the phrases that present a figure as an earlier one.
    Time,
}

#[cfg(test)]
impl LangFile {
    /// Every file a language has.
    pub(crate) const ALL: [LangFile; 7] = [
        LangFile::Language,
        LangFile::Numbers,
        LangFile::Vague,
        LangFile::Qualifiers,
        LangFile::Kinds,
        LangFile::Claims,
        LangFile::Time,
    ];
}

/// The files of one language, from its folder `data/<code>/`.
macro_rules! language_files {
    ($code:literal, $file:expr) => {
        match $file {
            LangFile::Language => data_file!(concat!($code, "/language.yaml")),
            LangFile::Numbers => data_file!(concat!($code, "/numbers.yaml")),
            LangFile::Vague => data_file!(concat!($code, "/vague.yaml")),
            LangFile::Qualifiers => data_file!(concat!($code, "/qualifiers.yaml")),
            LangFile::Kinds => data_file!(concat!($code, "/kinds.yaml")),
            LangFile::Claims => data_file!(concat!($code, "/claims.yaml")),
            LangFile::Time => data_file!(concat!($code, "/time.yaml")),
        }
    };
}

/// The data file `file` of `lang`.
pub(crate) fn lang_file(lang: Lang, file: LangFile) -> DataFile {
    match lang {
        Lang::Fr => language_files!("fr", file),
        Lang::En => language_files!("en", file),
    }
}

/// The concept lexicon (`data/concepts.yaml`).
pub(crate) const CONCEPTS: DataFile = data_file!("concepts.yaml");

/// Places and demonyms of every language (`data/places.yaml`).
pub(crate) const PLACES: DataFile = data_file!("places.yaml");

/// Signs of a quantity's kind every language shares (`data/kinds.yaml`).
pub(crate) const KINDS: DataFile = data_file!("kinds.yaml");

/// Parses a built-in data file.
///
/// The files are part of the build and this module's tests parse every one
/// of them into the type its step reads, so a failure here is a bug caught
/// before a release, never a user's error: it panics with the file's name
/// and the parser's message.
pub(crate) fn parse<T: DeserializeOwned>(file: DataFile) -> T {
    match serde_yaml::from_str(file.text) {
        Ok(value) => value,
        Err(error) => panic!("{} is not valid: {error}", file.path),
    }
}

/// One value per language, built on first use: how every step keeps what it
/// builds from a language's data.
pub(crate) struct PerLang<T> {
    cells: [OnceLock<T>; Lang::ALL.len()],
}

impl<T> PerLang<T> {
    /// Nothing built yet.
    pub(crate) const fn new() -> PerLang<T> {
        PerLang {
            cells: [const { OnceLock::new() }; Lang::ALL.len()],
        }
    }

    /// The value for `lang`, built by `build` the first time it is asked for.
    pub(crate) fn get(&self, lang: Lang, build: impl FnOnce(Lang) -> T) -> &T {
        self.cells[lang.index()].get_or_init(|| build(lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in file parses into the type its step reads: each loader
    /// is forced for each language.
    #[test]
    fn every_data_file_loads() {
        for lang in Lang::ALL {
            for file in LangFile::ALL {
                let data = lang_file(lang, file);
                assert!(data.path.contains(lang.code()), "{}", data.path);
                let _: serde_yaml::Value = parse(data);
            }
            let _ = lang.language();
            // Quantities read the lexicons, claims the word lists and places.
            let claims = crate::claim::find_claims(
                "12 000 policiers en France, selon la police; 3 ministers",
                lang,
                crate::concept::Concepts::builtin(),
            );
            assert!(!claims.is_empty());
            // Dates and superseded figures read the time words.
            let words = crate::source::date::time_words(lang);
            assert_eq!(words.month_count(), 12, "{}", lang.code());
        }
    }

    #[test]
    #[should_panic(expected = "data/x.yaml is not valid")]
    fn a_broken_file_is_named() {
        let _: Vec<u32> = parse(DataFile {
            path: "data/x.yaml",
            text: "[1, two]",
        });
    }
}
