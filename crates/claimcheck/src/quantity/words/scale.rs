//! Hundreds and scales, and the digit numbers that fill the places they open.
//!
//! "deux cents", "cinquante mille", "deux millions mille", "mille milliards",
//! "two hundred and two thousand", "4 mille 3 cents et 21", "1,5 million".
//! A hundred multiplies the part being written; a scale closes it into the
//! total; what follows must be smaller than the place it fills.

use super::{Flow, Last, State};
use crate::quantity::digits::{DigitNumber, Suffix};

impl State<'_, '_> {
    /// The place left open by the last hundred or scale: what follows it
    /// must be below it ("mille deux cents" fills the thousand's place; "cent
    /// 200" does not fill the hundred's).
    pub(super) fn place(&self) -> f64 {
        if self.last == Last::Hundred {
            100.0
        } else {
            self.last_scale.unwrap_or(f64::INFINITY)
        }
    }

    /// Remembers `s` as the last and, if so, largest scale written.
    fn note_scale(&mut self, s: f64) {
        self.last_scale = Some(s);
        self.max_scale = Some(self.max_scale.map_or(s, |m: f64| m.max(s)));
        self.last = Last::Scale;
    }

    /// A digit number opens a number, or fills the place after a hundred or
    /// a scale with a whole number below it ("4 mille 3 cents", "two million
    /// 300"). Digits with a scale abbreviation close a scale of their own
    /// ("2,3 Md" is 2 300 000 000 in the total).
    pub(super) fn digits(&mut self, d: DigitNumber) -> Flow {
        let ok = match self.last {
            Last::Start => true,
            Last::Scale | Last::Hundred => {
                d.value < self.place()
                    && d.value.fract() == 0.0
                    && !matches!(d.suffix, Suffix::Scale(_))
            }
            _ => false,
        };
        if !ok {
            return Flow::Done;
        }
        if let Suffix::Scale(s) = d.suffix {
            self.total += d.value;
            self.note_scale(s);
        } else {
            self.chunk += d.value;
            self.small_part = d.value;
            self.last = Last::Digits;
        }
        self.any = true;
        self.use_to(self.i + 1);
        Flow::More
    }

    /// A hundred multiplies the part being written, or stands for one
    /// hundred alone ("cent", "trois cents"). One hundred per part: "3 cents
    /// et 2 cents" is two numbers. It never follows a fraction.
    pub(super) fn hundred(&mut self) -> Flow {
        if self.chunk_hundred || matches!(self.last, Last::Fraction) {
            return Flow::Done;
        }
        self.chunk = if self.chunk == 0.0 {
            100.0
        } else {
            self.chunk * 100.0
        };
        self.small_part = 0.0;
        self.chunk_hundred = true;
        self.last = Last::Hundred;
        self.any = true;
        self.use_to(self.i + 1);
        Flow::More
    }

    /// A scale closes the part being written into the total. A larger scale
    /// right after a smaller one multiplies it ("mille milliards", "three
    /// lakh crore"); one larger than any before multiplies everything so far
    /// ("two hundred and two thousand"); a smaller one starts the next part
    /// ("deux millions mille" is 2 001 000). A bare scale word is one of it
    /// ("mille").
    pub(super) fn scale(&mut self, s: f64) -> Flow {
        let compound = self.last == Last::Scale
            && self.chunk == 0.0
            && self.total > 0.0
            && self.last_scale.is_some_and(|l| s > l);
        if compound {
            self.total *= s;
        } else if self.max_scale.is_some_and(|m| s > m) {
            self.total = (self.total + self.chunk.max(if self.any { 0.0 } else { 1.0 })) * s;
        } else {
            let m = if self.chunk == 0.0 { 1.0 } else { self.chunk };
            self.total += m * s;
        }
        self.chunk = 0.0;
        self.small_part = 0.0;
        self.chunk_hundred = false;
        self.note_scale(s);
        self.any = true;
        self.use_to(self.i + 1);
        Flow::More
    }
}
