//! The rules of the number grammar that differ from one language to another.
//!
//! Which small numbers combine ("dix-sept", "quatre-vingts", "vingt et un")
//! and how a list of digits is cut are facts about a language, like its
//! words: they are read from the `grammar:` section of
//! `data/<lang>/numbers.yaml`, whose header documents each rule with an
//! example, so that adding a language means writing its data, not editing
//! the grammar in `quantity/words/` and `quantity/digits/`.

use serde::Deserialize;

use super::Small;

/// The `grammar:` section of a language's `numbers.yaml`. Every rule is
/// required, so that a new language states each one.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Grammar {
    /// The units and teens that a tens word takes after a connector: French
    /// `[1, 11]` reads "vingt et un" as 21 and "soixante et onze" as 71;
    /// English has none ("twenty and one" is two numbers).
    pub tens_and: Vec<u8>,
    /// The teens that a unit after them adds to: French `[10]` reads
    /// "dix-sept" as 17 and "quatre-vingt-dix-neuf" as 99.
    pub teens_taking_units: Vec<u8>,
    /// The tens that a teen after them adds to: French `[60, 80]` reads
    /// "soixante-dix" as 70 and "quatre-vingt-douze" as 92.
    pub tens_taking_teens: Vec<u8>,
    /// `[unit, tens]` pairs where the unit multiplies the tens word after it,
    /// the two then reading as the tens word of their product: French
    /// `[[4, 20]]` reads "quatre-vingts" as 80, which takes a teen as 80
    /// does ("quatre-vingt-douze").
    pub unit_times_tens: Vec<(u8, u8)>,
    /// Digits that run on with the language's decimal mark between groups
    /// of no number's shape (an address, a list) are read only up to that
    /// first mark: English `true` reads "192.168.1.2" as 192. When false, a
    /// leading three-digit group after the mark still groups thousands
    /// (French "192,168,1,2" is 192 168).
    pub list_ends_at_decimal_mark: bool,
}

impl Grammar {
    /// Whether a tens word takes `small` after a connector ("vingt et un").
    pub(crate) fn tens_and(&self, small: Small) -> bool {
        match small {
            Small::Unit(v) | Small::Teen(v) => self.tens_and.contains(&v),
            Small::Tens(_) => false,
        }
    }

    /// Whether the teen `teen` takes a unit after it ("dix-sept").
    pub(crate) fn teen_takes_unit(&self, teen: u8) -> bool {
        self.teens_taking_units.contains(&teen)
    }

    /// Whether the tens word `tens` takes a teen after it ("soixante-dix").
    pub(crate) fn tens_takes_teen(&self, tens: u8) -> bool {
        self.tens_taking_teens.contains(&tens)
    }

    /// The tens word that `unit` before `tens` makes, when the unit
    /// multiplies it: 4 and 20 make 80 ("quatre-vingts").
    pub(crate) fn unit_times_tens(&self, unit: u8, tens: u8) -> Option<u8> {
        self.unit_times_tens
            .contains(&(unit, tens))
            .then(|| unit * tens)
    }

    /// Panics, naming `path`, when a rule could not be applied: a product of
    /// `unit_times_tens` must itself be a tens word below 100.
    pub(crate) fn check(&self, path: &str) {
        for &(unit, tens) in &self.unit_times_tens {
            let product = u16::from(unit) * u16::from(tens);
            assert!(
                (20..100).contains(&product) && product % 10 == 0,
                "{path}: grammar.unit_times_tens [{unit}, {tens}] makes {product}, not a tens word"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::quantity::lexicon::lexicon;

    #[test]
    fn each_language_states_its_rules() {
        let fr = &lexicon(Lang::Fr).grammar;
        assert!(fr.tens_and(Small::Unit(1)) && fr.tens_and(Small::Teen(11)));
        assert!(!fr.tens_and(Small::Unit(2)));
        assert!(fr.teen_takes_unit(10) && !fr.teen_takes_unit(11));
        assert!(fr.tens_takes_teen(60) && fr.tens_takes_teen(80) && !fr.tens_takes_teen(70));
        assert_eq!(fr.unit_times_tens(4, 20), Some(80));
        assert_eq!(fr.unit_times_tens(3, 20), None);
        assert!(!fr.list_ends_at_decimal_mark);
        let en = &lexicon(Lang::En).grammar;
        assert!(!en.tens_and(Small::Unit(1)) && !en.teen_takes_unit(10));
        assert!(!en.tens_takes_teen(60) && en.unit_times_tens(4, 20).is_none());
        assert!(en.list_ends_at_decimal_mark);
    }

    #[test]
    #[should_panic(expected = "data/xx/numbers.yaml: grammar.unit_times_tens [5, 20] makes 100")]
    fn a_product_that_is_no_tens_word_is_refused() {
        let grammar = Grammar {
            unit_times_tens: vec![(5, 20)],
            ..Grammar::default()
        };
        grammar.check("data/xx/numbers.yaml");
    }
}
