//! Small numbers: how units, teens and tens combine below one hundred.
//!
//! "vingt-deux", "twenty one", "dix-sept", "soixante-dix",
//! "quatre-vingt-douze". Which combinations a language writes beyond a tens
//! word and a unit is its own business (`grammar:` in its `numbers.yaml`);
//! this file holds the rules that decide whether a small number continues
//! the one before it or starts the next ("vingt deux" is 22, "deux vingt" is
//! no number).

use super::{Flow, Last, State};
use crate::quantity::lexicon::Small;

impl State<'_, '_> {
    /// Whether the small number `small` may come next.
    ///
    /// Anything may open a number or fill the place below a hundred or a
    /// scale ("deux cent trois", "mille deux"), and a tens word takes a unit
    /// ("vingt-deux", "twenty one"). The other combinations are the
    /// language's own rules: a teen that takes a unit ("dix-sept"), a tens
    /// word that takes a teen ("soixante-dix", "quatre-vingt-douze"), a unit
    /// that multiplies a tens word ("quatre-vingts").
    fn small_may_follow(&self, small: Small) -> bool {
        let rules = self.rules;
        match (self.last, small) {
            (Last::Start | Last::Hundred | Last::Scale, _) => true,
            // "vingt-deux", "twenty one", "soixante et un".
            (Last::Small(Small::Tens(_)), Small::Unit(u)) => u > 0,
            // "dix-sept", "quatre-vingt-dix-neuf".
            (Last::Small(Small::Teen(t)), Small::Unit(u)) => rules.teen_takes_unit(t) && u > 0,
            // "soixante-dix", "quatre-vingt-douze".
            (Last::Small(Small::Tens(t)), Small::Teen(_)) => rules.tens_takes_teen(t),
            // "quatre-vingt(s)".
            (Last::Small(Small::Unit(u)), Small::Tens(t)) => rules.unit_times_tens(u, t).is_some(),
            _ => false,
        }
    }

    /// A unit, teen or tens word adds its value to the part being written
    /// ("trois cent vingt-deux": 300 + 20 + 2), except a unit before a tens
    /// word that multiplies it: "quatre-vingts" is 4 × 20, and is then read
    /// as the tens word 80 ("quatre-vingt-douze").
    pub(super) fn small(&mut self, small: Small) -> Flow {
        if !self.small_may_follow(small) {
            return Flow::Done;
        }
        let product = match (self.last, small) {
            (Last::Small(Small::Unit(u)), Small::Tens(t)) => {
                self.rules.unit_times_tens(u, t).map(|p| (u, p))
            }
            _ => None,
        };
        if let Some((unit, tens)) = product {
            // The unit is already in the sum: "quatre" (4) becomes 80.
            self.chunk += f64::from(tens - unit);
            self.small_part += f64::from(tens - unit);
            self.last = Last::Small(Small::Tens(tens));
        } else {
            self.chunk += f64::from(small.value());
            self.small_part += f64::from(small.value());
            self.last = Last::Small(small);
        }
        self.any = true;
        self.use_to(self.i + 1);
        Flow::More
    }
}
