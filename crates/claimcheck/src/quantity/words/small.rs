//! Small numbers: how units, teens and tens combine below one hundred.
//!
//! "vingt-deux", "twenty one", "dix-sept", "soixante-dix",
//! "quatre-vingt-douze". Which combinations a language writes is its own
//! business; this file holds the rules that decide whether a small number
//! continues the one before it or starts the next ("vingt deux" is 22,
//! "deux vingt" is no number).

use super::{Flow, Last, State};
use crate::lang::Lang;
use crate::quantity::lexicon::Small;

impl State<'_, '_> {
    /// Whether the small number `small` may come next.
    ///
    /// Anything may open a number or fill the place below a hundred or a
    /// scale ("deux cent trois", "mille deux"). A tens word takes a unit
    /// ("vingt-deux", "twenty one"); the other combinations are French:
    /// "dix" takes a unit ("dix-sept"), "soixante" and "quatre-vingt" take a
    /// teen ("soixante-dix", "quatre-vingt-douze"), and "quatre" multiplies
    /// "vingt" ("quatre-vingts").
    fn small_may_follow(&self, small: Small) -> bool {
        let lang = self.lang;
        match (self.last, small) {
            (Last::Start | Last::Hundred | Last::Scale, _) => true,
            // "vingt-deux", "twenty one", "soixante et un".
            (Last::Small(Small::Tens(_)), Small::Unit(u)) => u > 0,
            // "dix-sept", "quatre-vingt-dix-neuf".
            (Last::Small(Small::Teen(10)), Small::Unit(u)) => lang == Lang::Fr && u > 0,
            // "soixante-dix", "quatre-vingt-douze".
            (Last::Small(Small::Tens(t)), Small::Teen(_)) => {
                lang == Lang::Fr && (t == 60 || t == 80)
            }
            // "quatre-vingt(s)".
            (Last::Small(Small::Unit(4)), Small::Tens(20)) => lang == Lang::Fr,
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
        if let (Last::Small(Small::Unit(4)), Small::Tens(20)) = (self.last, small) {
            self.chunk += 76.0;
            self.small_part += 76.0;
            self.last = Last::Small(Small::Tens(80));
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
