//! The languages claimcheck reads, and how a document's language is guessed.
//!
//! Number syntax depends on the language ("1,5" is one and a half in French and
//! a list in English), so every step after reading a source needs to know it.

use serde::{Deserialize, Serialize};

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
    /// The ISO 639-1 code, as written in reports and fact files.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code ("fr", "en"), case-insensitively.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Guesses the language of `text` from its most frequent function words.
    ///
    /// Articles are long enough that counting a handful of very common words
    /// settles the question; only the first 16 KiB are read so that the guess
    /// costs nothing on large files. Ties go to French when the text has
    /// French accents, else to English.
    pub fn detect(text: &str) -> Lang {
        const FR: &[&str] = &[
            "le", "la", "les", "de", "des", "du", "une", "est", "et", "dans", "pour", "qui", "que",
            "sur", "au", "aux", "pas", "avec", "selon", "été", "ont", "il", "ils", "elle", "elles",
            "nous", "sont", "ce", "cette", "ces", "par", "mais", "où", "y",
        ];
        const EN: &[&str] = &[
            "the", "of", "and", "to", "is", "was", "that", "with", "for", "on", "are", "by",
            "from", "has", "have", "were", "said", "it", "this", "which",
        ];
        let mut end = text.len().min(16 * 1024);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let (mut fr, mut en) = (0usize, 0usize);
        let mut lower = String::new();
        for word in text[..end]
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty() && w.len() <= 6)
        {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            if FR.contains(&lower.as_str()) {
                fr += 1;
            }
            if EN.contains(&lower.as_str()) {
                en += 1;
            }
        }
        // A tie (a short line, "16 médias.") goes to French when the text
        // has French accents, else to English.
        let accented = || {
            text[..end].chars().any(|c| {
                matches!(
                    c,
                    'é' | 'è' | 'ê' | 'à' | 'ç' | 'ù' | 'â' | 'î' | 'ô' | 'û' | 'œ'
                )
            })
        };
        if fr > en || (fr == en && accented()) {
            Lang::Fr
        } else {
            Lang::En
        }
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
