//! Folding: the one way text and data words are compared.
//!
//! A number word or phrase matches whatever its case and accents ("Zéro",
//! "zero", "ZÉRO"); every lookup of the recognizer, and the concept and
//! language steps too, folds both sides with [`fold`].

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
        // Most letters of a French word with an accent are still ASCII:
        // they skip the Unicode case tables.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Zéro"), "zero");
        assert_eq!(fold("CINQUIÈMES"), "cinquiemes");
        assert_eq!(phrase_words("jusqu'à"), vec!["jusqu", "a"]);
    }
}
