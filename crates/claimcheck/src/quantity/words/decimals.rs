//! Decimals written out in words after a decimal point word.
//!
//! "deux cent virgule cinquante deux" is 200.52, "two hundred point zero
//! three" 200.03: after "virgule"/"point", each small number is a group of
//! digits, not a part of a sum, so it is read by its own rule.

use super::{Atom, Flow, State};
use crate::quantity::lexicon::Small;

/// Tens words that take a teen inside the decimals, in every language, as
/// when the decimals reader was written: "virgule soixante-douze" is .72.
const DECIMAL_TENS_TAKING_TEENS: [u8; 2] = [60, 80];

/// Reads the decimals after "virgule"/"point": each small number is written
/// out as digits ("zero three" → "03", "seventy-one" → "71", "soixante et
/// onze" → "71").
fn decimals_at(atoms: &[Atom], mut i: usize) -> Option<(f64, usize)> {
    let mut digits = String::new();
    while let Some(small) = atoms.get(i).and_then(Atom::small) {
        let mut v = u32::from(small.value());
        i += 1;
        if let Small::Tens(t) = small {
            let mut j = i;
            if atoms
                .get(j)
                .and_then(Atom::word)
                .is_some_and(|w| w.connector)
            {
                j += 1;
            }
            match atoms.get(j).and_then(Atom::small) {
                Some(Small::Unit(u)) if u > 0 => {
                    v = u32::from(t) + u32::from(u);
                    i = j + 1;
                }
                Some(Small::Teen(u)) if DECIMAL_TENS_TAKING_TEENS.contains(&t) => {
                    v = u32::from(t) + u32::from(u);
                    i = j + 1;
                }
                _ => {}
            }
        }
        digits.push_str(&v.to_string());
    }
    if digits.is_empty() {
        return None;
    }
    let value: f64 = format!("0.{digits}").parse().ok()?;
    Some((value, i))
}

impl State<'_, '_> {
    /// A decimal point word after a number reads the decimals after it and
    /// ends the number: "deux cent virgule trois" is 200.3. With no number
    /// before it, or no decimals after it, it is no part of a number.
    pub(super) fn point(&mut self) -> Flow {
        if !self.any {
            return Flow::Done;
        }
        if let Some((dec, next)) = decimals_at(self.atoms, self.i + 1) {
            self.chunk += dec;
            self.use_to(next);
        }
        Flow::Done
    }
}
