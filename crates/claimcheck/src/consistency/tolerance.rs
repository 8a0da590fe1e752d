//! Tolerance: how much a round figure is read as rounded.
//!
//! "50 000" in one source and "plus de 50 000" in another are compatible,
//! because a journalist writing 50 000 may mean 50 400. The comparison, not
//! the parser, grants that tolerance: here is how much, and each finding's
//! explanation says what it applied.

use crate::interval::Interval;
use crate::quantity::Qualifier;
use crate::record::Record;

/// The largest share of a round figure its tolerance reaches by default.
pub const DEFAULT_TOLERANCE: f64 = 0.05;

/// The tolerance a value written as a round figure gets: half its last
/// significant unit, at most `max_share` of it (with 0.05: "50 000" ± 2 500,
/// "300" ± 15). Values under 100 and values with a non-zero units digit get
/// none ("16" is 16).
pub fn rounding_tolerance(v: f64, max_share: f64) -> f64 {
    if v.fract() != 0.0 || v.abs() < 100.0 || v.abs() >= 1e18 {
        return 0.0;
    }
    let mut unit = 1.0;
    while (v / (unit * 10.0)).fract() == 0.0 && unit < 1e17 {
        unit *= 10.0;
    }
    if unit < 100.0 {
        return 0.0;
    }
    (unit / 2.0).min(v.abs() * max_share)
}

/// A claim's interval as the comparison reads it: exact round figures
/// widened by their tolerance. Returns the interval and the tolerance used.
pub(super) fn compared(record: &Record, max_share: f64) -> Option<(Interval, f64)> {
    let interval = record.interval?;
    if record.qualifier == Qualifier::Exact {
        if let Some(v) = record.value {
            let t = rounding_tolerance(v, max_share);
            if t > 0.0 {
                return Interval::closed(v - t, v + t).ok().map(|i| (i, t));
            }
        }
    }
    Some((interval, 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_figures_get_a_tolerance() {
        assert_eq!(rounding_tolerance(50_000.0, DEFAULT_TOLERANCE), 2_500.0);
        assert_eq!(rounding_tolerance(1_000.0, DEFAULT_TOLERANCE), 50.0);
        assert_eq!(rounding_tolerance(300.0, DEFAULT_TOLERANCE), 15.0);
        assert_eq!(rounding_tolerance(50_400.0, DEFAULT_TOLERANCE), 50.0);
        assert_eq!(rounding_tolerance(100.0, DEFAULT_TOLERANCE), 5.0);
        assert_eq!(rounding_tolerance(120.0, DEFAULT_TOLERANCE), 0.0);
        assert_eq!(rounding_tolerance(17.0, DEFAULT_TOLERANCE), 0.0);
        assert_eq!(rounding_tolerance(90.0, DEFAULT_TOLERANCE), 0.0);
        assert_eq!(rounding_tolerance(1.5, DEFAULT_TOLERANCE), 0.0);
    }
}
