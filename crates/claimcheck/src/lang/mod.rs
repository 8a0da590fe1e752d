//! The languages claimcheck reads: which one a document is in, and what
//! each needs beyond its word lists.
//!
//! Number syntax depends on the language ("1,5" is one and a half in French and
//! a list in English), so every step after reading a source needs to know it.
//! What differs between languages is data wherever it can be: each language
//! has a folder `data/<code>/` with the same files (see `data`), read by one
//! loader; the settings of `language.yaml` are `Language`. The one rule that
//! is code, reading the counted noun phrase after a number, has a file per
//! language in `claim/counted/`.
//!
//! # Adding a language
//!
//! 1. Add a variant to [`Lang`], to [`Lang::ALL`] and its code to
//!    [`Lang::code`].
//! 2. Copy `data/en/` to `data/<code>/` and translate every file (the
//!    comments at the top of each say what its lists hold); add its aliases
//!    to `data/concepts.yaml` and its place names to `data/places.yaml`.
//! 3. Add its folder to `data::lang_file`.
//! 4. Write its counted-phrase grammar in `claim/counted/<code>.rs` (start
//!    from the closest language's) and name it in `claim/counted/mod.rs`.
//! 5. `cargo test`: the data test loads every file of every language.

pub(crate) mod data;
mod language;

use serde::{Deserialize, Serialize};

use data::PerLang;
pub(crate) use language::Language;

/// Words longer than this (in bytes) are never function words: the guess
/// skips them without lowering their case.
const MAX_FUNCTION_WORD_LEN: usize = 6;

/// A language whose numbers and claims claimcheck understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order detection breaks ties in.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The language of a text that shows no sign of any other: English, the
    /// one language with no letters of its own to recognise it by.
    pub const FALLBACK: Lang = Lang::En;

    /// The ISO 639-1 code, as written in reports and fact files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code ("fr", "en"), case-insensitively.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The position of the language in [`Lang::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// Guesses the language of `text` from its most frequent function words
    /// (each language's `function_words`).
    ///
    /// Articles are long enough that counting a handful of very common words
    /// settles the question; only the first 16 KiB are read so that the guess
    /// costs nothing on large files. A tie goes to the first language whose
    /// `tie_letters` the text has, else to [`Lang::FALLBACK`].
    pub fn detect(text: &str) -> Lang {
        let mut end = text.len().min(16 * 1024);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let head = &text[..end];
        let mut counts = [0usize; Lang::ALL.len()];
        let languages = Lang::ALL.map(Lang::language);
        let mut lower = String::new();
        for word in head
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && w.len() <= MAX_FUNCTION_WORD_LEN)
        {
            lower.clear();
            if word.is_ascii() {
                // Most words: no Unicode case tables, no char by char.
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            for (count, language) in counts.iter_mut().zip(languages) {
                if language.function_words.contains(lower.as_str()) {
                    *count += 1;
                }
            }
        }
        let best = counts.iter().copied().max().unwrap_or(0);
        let tied: Vec<Lang> = Lang::ALL
            .into_iter()
            .zip(counts)
            .filter(|&(_, n)| n == best)
            .map(|(lang, _)| lang)
            .collect();
        match tied.as_slice() {
            [one] => *one,
            _ => tied
                .iter()
                .copied()
                .find(|lang| lang.language().has_tie_letters(head))
                .unwrap_or(Lang::FALLBACK),
        }
    }

    /// What claimcheck knows of this language beyond its lexicons
    /// (`data/<code>/language.yaml`).
    pub(crate) fn language(self) -> &'static Language {
        static LANGUAGES: PerLang<Language> = PerLang::new();
        LANGUAGES.get(self, Language::load)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn detects_french_and_english() {
        assert_eq!(
            Lang::detect("Le Monde a révélé que la liste des cibles"),
            Lang::Fr
        );
        assert_eq!(
            Lang::detect("The list of targets was shared with the press"),
            Lang::En
        );
        assert_eq!(Lang::detect("50 000"), Lang::En);
        assert_eq!(Lang::detect("Il y a 16 médias."), Lang::Fr);
        assert_eq!(Lang::detect("16 médias."), Lang::Fr);
        assert_eq!(Lang::detect("16 media outlets."), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in [Lang::Fr, Lang::En] {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("de"), None);
    }
}
