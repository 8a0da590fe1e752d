//! What may follow the digits of a number: an exponent, or letters.
//!
//! "1e10", "1.3x10^6", "50k", "2,3 Md", "1er", "29km", "14h30", "5G": the
//! letters after digits scale them, make them a rank, a measure or a time,
//! or make them part of a name, and deciding which needs the lexicon's
//! abbreviations and suffix lists.

use super::{digit_run, Suffix};
use crate::quantity::folding::fold;
use crate::quantity::lexicon::Lexicon;
use crate::quantity::scan::char_at;

/// Reads an exponent: "e10", "e-1", "E+14", "x10^6", "×10^-4".
pub(super) fn read_exponent(text: &str, i: usize) -> Option<(i32, usize)> {
    let bytes = text.as_bytes();
    let rest = &text[i..];
    let after = if rest.starts_with(['e', 'E']) {
        i + 1
    } else if let Some(r) = rest
        .strip_prefix("x10^")
        .or_else(|| rest.strip_prefix("×10^"))
    {
        text.len() - r.len()
    } else {
        return None;
    };
    let mut j = after;
    let negative = match bytes.get(j) {
        Some(b'-') => {
            j += 1;
            true
        }
        Some(b'+') => {
            j += 1;
            false
        }
        _ => false,
    };
    let digits_end = digit_run(bytes, j);
    if digits_end == j || digits_end - j > 3 {
        return None;
    }
    // "1e10" but not "2e édition": no letter may follow.
    if char_at(text, digits_end).is_some_and(char::is_alphanumeric) {
        return None;
    }
    let exp: i32 = text[j..digits_end].parse().ok()?;
    Some((if negative { -exp } else { exp }, digits_end))
}

/// Reads the letters glued to the digits, or a separate abbreviation word.
pub(super) fn read_suffix(
    text: &str,
    start: usize,
    i: usize,
    lex: &Lexicon,
    integer: bool,
    value: f64,
) -> (Suffix, usize) {
    let letters_end = text[i..]
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(k, _)| i + k);
    if letters_end > i {
        let letters = &text[i..letters_end];
        if lex.names.contains(&text[start..letters_end]) {
            return (Suffix::Name, letters_end);
        }
        // Digits or letters right after the letters make a name ("4x4", "A380").
        if char_at(text, letters_end).is_some_and(|c| c.is_ascii_digit()) {
            if letters == "h" && integer && value <= 24.0 {
                let end = digit_run(text.as_bytes(), letters_end);
                if end - letters_end == 2 {
                    return (Suffix::Time, end);
                }
            }
            return (Suffix::Name, letters_end);
        }
        if let Some(&scale) = lex.abbreviations.get(letters) {
            return (Suffix::Scale(scale), letters_end);
        }
        let folded = fold(letters);
        if integer && lex.ordinal_suffixes.contains(&folded) {
            return (Suffix::Ordinal, letters_end);
        }
        if letters == "h" && integer && value <= 24.0 {
            return (Suffix::Time, letters_end);
        }
        if lex.unit_suffixes.contains(&folded) {
            return (Suffix::Unit, letters_end);
        }
        if lex.words.get(&folded).is_some_and(|w| w.scale.is_some()) {
            // "2millions": a scale word glued to the digits.
            return (
                Suffix::Scale(lex.words[&folded].scale.unwrap_or(1.0)),
                letters_end,
            );
        }
        return (Suffix::Name, letters_end);
    }
    // A separate abbreviation: "2,33 k", "10 bln", "1,674.5 G".
    let spaces_end = text[i..]
        .char_indices()
        .find(|(_, c)| !(c.is_whitespace() && *c != '\n'))
        .map_or(text.len(), |(k, _)| i + k);
    if spaces_end > i && spaces_end - i <= 3 {
        let word_end = text[spaces_end..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(text.len(), |(k, _)| spaces_end + k);
        let word = &text[spaces_end..word_end];
        let standalone = word.len() >= 2 || matches!(word, "k" | "K" | "M" | "G");
        if standalone && word_end > spaces_end {
            if let Some(&scale) = lex.abbreviations.get(word) {
                return (Suffix::Scale(scale), word_end);
            }
        }
    }
    (Suffix::None, i)
}
