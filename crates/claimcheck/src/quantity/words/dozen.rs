//! Dozens: a multiplier of twelve that ends the number it closes.
//!
//! "trois douzaines" is 36, "a dozen" 12, "half a dozen" 6, "three hundred
//! and two dozens" 324. Unlike a hundred or a scale, a dozen multiplies only
//! the small number right before it, and nothing can follow it.

use super::{Flow, Last, State};

impl State<'_, '_> {
    /// A dozen multiplies the small part before it by twelve: "trois
    /// douzaines" (36), "three hundred and two dozens" (300 + 2 × 12), "une
    /// demi-douzaine" (6). Alone it is one dozen ("douzaine"); after an
    /// article it is approximate ("une douzaine" is about 12). It ends the
    /// number.
    pub(super) fn dozen(&mut self) -> Flow {
        if !self.any && self.last != Last::Start {
            return Flow::Done;
        }
        let part = if self.any { self.small_part } else { 1.0 };
        if part == 0.0 {
            return Flow::Done;
        }
        self.chunk += part * 11.0;
        self.small_part = part * 12.0;
        self.any = true;
        self.about |= self.article;
        self.use_to(self.i + 1);
        Flow::Done
    }
}
