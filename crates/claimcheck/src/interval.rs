//! Values as intervals.
//!
//! A news figure is rarely a point: "plus de 50 000" is everything above fifty
//! thousand, "une trentaine" is somewhere around thirty. Comparing sources means
//! comparing such sets, so every quantity carries an [`Interval`] whose ends are
//! open, inclusive or exclusive. The constructors keep the ends finite and in
//! order, so an interval that exists is a valid one.

use std::fmt;

/// One end of an [`Interval`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bound {
    /// No limit on this side ("plus de 50 000" has no upper end).
    Unbounded,
    /// The limit belongs to the interval ("au moins 14": 14 is in).
    Inclusive(f64),
    /// The limit does not belong to the interval ("plus de 14": 14 is out).
    Exclusive(f64),
}

impl Bound {
    /// The limit's value, or `None` when unbounded.
    pub fn value(self) -> Option<f64> {
        match self {
            Bound::Unbounded => None,
            Bound::Inclusive(v) | Bound::Exclusive(v) => Some(v),
        }
    }
}

/// A set of values between a low and a high [`Bound`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    low: Bound,
    high: Bound,
}

/// Why an interval could not be built.
#[derive(Clone, Copy, Debug, PartialEq, thiserror::Error)]
pub enum IntervalError {
    /// A limit was NaN or infinite.
    #[error("the value {0} is not a finite number")]
    NotFinite(f64),
    /// The low end was above the high end.
    #[error("the low end {low} is above the high end {high}")]
    Reversed {
        /// The low end as given.
        low: f64,
        /// The high end as given.
        high: f64,
    },
}

fn finite(v: f64) -> Result<f64, IntervalError> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(IntervalError::NotFinite(v))
    }
}

impl Interval {
    /// Builds an interval from two bounds, checking that both are finite and in order.
    pub fn new(low: Bound, high: Bound) -> Result<Interval, IntervalError> {
        if let Some(v) = low.value() {
            finite(v)?;
        }
        if let Some(v) = high.value() {
            finite(v)?;
        }
        if let (Some(l), Some(h)) = (low.value(), high.value()) {
            let empty = l > h
                || (l == h
                    && (matches!(low, Bound::Exclusive(_)) || matches!(high, Bound::Exclusive(_))));
            if empty {
                return Err(IntervalError::Reversed { low: l, high: h });
            }
        }
        Ok(Interval { low, high })
    }

    /// The single value `v`.
    pub fn exact(v: f64) -> Result<Interval, IntervalError> {
        Interval::new(Bound::Inclusive(v), Bound::Inclusive(v))
    }

    /// Every value from `low` to `high`, both included.
    pub fn closed(low: f64, high: f64) -> Result<Interval, IntervalError> {
        Interval::new(Bound::Inclusive(low), Bound::Inclusive(high))
    }

    /// The low end.
    pub fn low(&self) -> Bound {
        self.low
    }

    /// The high end.
    pub fn high(&self) -> Bound {
        self.high
    }

    /// True when the interval holds the value `v`.
    pub fn contains(&self, v: f64) -> bool {
        let above = match self.low {
            Bound::Unbounded => true,
            Bound::Inclusive(l) => v >= l,
            Bound::Exclusive(l) => v > l,
        };
        let below = match self.high {
            Bound::Unbounded => true,
            Bound::Inclusive(h) => v <= h,
            Bound::Exclusive(h) => v < h,
        };
        above && below
    }
}

impl fmt::Display for Interval {
    /// Mathematical notation: `[14, ∞)`, `(50000, ∞)`, `[25, 35]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.low {
            Bound::Unbounded => write!(f, "(-∞")?,
            Bound::Inclusive(v) => write!(f, "[{v}")?,
            Bound::Exclusive(v) => write!(f, "({v}")?,
        }
        match self.high {
            Bound::Unbounded => write!(f, ", ∞)"),
            Bound::Inclusive(v) => write!(f, ", {v}]"),
            Bound::Exclusive(v) => write!(f, ", {v})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_reversed_and_non_finite_ends() {
        assert!(Interval::closed(3.0, 2.0).is_err());
        assert!(Interval::new(Bound::Exclusive(2.0), Bound::Inclusive(2.0)).is_err());
        assert!(Interval::exact(f64::NAN).is_err());
        assert!(Interval::new(Bound::Inclusive(f64::INFINITY), Bound::Unbounded).is_err());
    }

    #[test]
    fn contains_respects_exclusive_ends() {
        let more_than = Interval::new(Bound::Exclusive(50_000.0), Bound::Unbounded).unwrap();
        assert!(!more_than.contains(50_000.0));
        assert!(more_than.contains(50_001.0));
        let at_least = Interval::new(Bound::Inclusive(14.0), Bound::Unbounded).unwrap();
        assert!(at_least.contains(14.0));
        assert_eq!(at_least.to_string(), "[14, ∞)");
        assert_eq!(more_than.to_string(), "(50000, ∞)");
    }
}
