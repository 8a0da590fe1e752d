//! Labels: how a value and a source read in a report.
//!
//! Every output names values and sources: the titles and explanations of
//! findings ("14 (003_b2647327296e7a23) and 15 (000_12918908927db071) cannot
//! both be true"), the `values` of the JSON report, the value column of
//! `extract`'s table. They are made here and nowhere else, so that a value
//! reads the same wherever it is shown. Two forms exist on purpose: the prose
//! label of reports ("more than 50000", "about 30") says how the source
//! worded the figure, and the short notation of `extract`'s table (">50000",
//! "25–35") says the interval the words allow.

use crate::interval::Bound;
use crate::quantity::Qualifier;
use crate::record::Record;

/// A number as reports write it: `50000`, `1.5` (Rust's shortest
/// round-tripping form, never an exponent).
pub fn number(v: f64) -> String {
    format!("{v}")
}

/// The value of a claim as a person reads it.
pub fn value_label(record: &Record) -> String {
    let v = record.value.map(number).unwrap_or_default();
    let ends = record.interval.map(|i| (i.low().value(), i.high().value()));
    match record.qualifier {
        Qualifier::Exact => match ends {
            Some((Some(l), Some(h))) if l != h => format!("{}–{}", number(l), number(h)),
            _ => v,
        },
        // "une trentaine" and "about 30" say the same: the spread each
        // wording implies is the comparison's business, not the label's.
        // "plusieurs centaines", "thousands": a vague amount's value is the
        // middle of its range (599.5), which nobody wrote; its range is what
        // the words say.
        Qualifier::About => match ends {
            Some((Some(l), Some(h))) if record.value.is_some_and(|x| x.fract() != 0.0) && l < h => {
                format!("{}–{}", number(l), number(h))
            }
            _ => format!("about {v}"),
        },
        Qualifier::Nearly => format!("nearly {v}"),
        Qualifier::MoreThan => format!("more than {v}"),
        Qualifier::AtLeast => format!("at least {v}"),
        Qualifier::LessThan => format!("fewer than {v}"),
        Qualifier::AtMost => format!("at most {v}"),
        Qualifier::Range => match ends {
            Some((Some(l), Some(h))) => format!("{}–{}", number(l), number(h)),
            _ => v,
        },
    }
}

/// The short name of a source in explanations: its file name without the
/// extension ("000_12918908927db071"), or the name as given for stdin.
pub fn short_source(name: &str) -> &str {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match file.rfind('.') {
        Some(i) if i > 0 => &file[..i],
        _ => file,
    }
}

/// The value or interval in the short notation of the human format: `50000`,
/// `>50000`, `≥14`, `<10`, `≤10`, `25–35`; `-` for dates and times, which have
/// no value.
pub fn value_notation(record: &Record) -> String {
    let Some(interval) = record.interval else {
        return record.value.map_or_else(|| "-".to_string(), number);
    };
    // "moins de 10" is 0 ..< 10: the 0 is implied, the reader wants "<10".
    let below = matches!(record.qualifier, Qualifier::LessThan | Qualifier::AtMost);
    match (interval.low(), interval.high()) {
        (Bound::Inclusive(l), Bound::Inclusive(h)) if l == h => number(l),
        (Bound::Exclusive(l), Bound::Unbounded) => format!(">{}", number(l)),
        (Bound::Inclusive(l), Bound::Unbounded) => format!("≥{}", number(l)),
        (Bound::Unbounded, Bound::Exclusive(h)) => format!("<{}", number(h)),
        (Bound::Unbounded, Bound::Inclusive(h)) => format!("≤{}", number(h)),
        (_, Bound::Exclusive(h)) if below => format!("<{}", number(h)),
        (_, Bound::Inclusive(h)) if below => format!("≤{}", number(h)),
        (Bound::Inclusive(l), Bound::Inclusive(h)) => format!("{}–{}", number(l), number(h)),
        // Mixed open and closed ends: the mathematical notation says it exactly.
        _ => interval.to_string(),
    }
}

/// The file name of a source, for labels where the full path is already
/// shown nearby: `000_12918908927db071.txt`.
pub fn file_name(source: &str) -> &str {
    source.rsplit(['/', '\\']).next().unwrap_or(source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interval::Interval;
    use crate::lang::Lang;
    use crate::quantity::Kind;

    fn record(qualifier: Qualifier, value: Option<f64>, interval: Option<Interval>) -> Record {
        Record {
            source: "a.txt".into(),
            line: 1,
            column: 1,
            start: 0,
            end: 1,
            text: "x".into(),
            quantity: "x".into(),
            value,
            interval,
            qualifier,
            kind: Kind::Count,
            counted: None,
            key: None,
            scope: None,
            attributed_to: None,
            lang: Lang::Fr,
            date: None,
            superseded: false,
        }
    }

    #[test]
    fn value_labels() {
        let cases = [
            (
                Qualifier::Exact,
                Bound::Inclusive(50000.0),
                Bound::Inclusive(50000.0),
                "50000",
            ),
            (
                Qualifier::MoreThan,
                Bound::Exclusive(50000.0),
                Bound::Unbounded,
                ">50000",
            ),
            (
                Qualifier::AtLeast,
                Bound::Inclusive(14.0),
                Bound::Unbounded,
                "≥14",
            ),
            (
                Qualifier::LessThan,
                Bound::Inclusive(0.0),
                Bound::Exclusive(10.0),
                "<10",
            ),
            (
                Qualifier::AtMost,
                Bound::Inclusive(0.0),
                Bound::Inclusive(10.0),
                "≤10",
            ),
            (
                Qualifier::About,
                Bound::Inclusive(25.0),
                Bound::Inclusive(35.0),
                "25–35",
            ),
            (
                Qualifier::Range,
                Bound::Inclusive(1.5),
                Bound::Inclusive(2.0),
                "1.5–2",
            ),
            (
                Qualifier::Range,
                Bound::Exclusive(1.0),
                Bound::Inclusive(2.0),
                "(1, 2]",
            ),
        ];
        for (qualifier, low, high, expected) in cases {
            let interval = Interval::new(low, high).ok();
            assert!(interval.is_some(), "{low:?} {high:?}");
            let label = value_notation(&record(qualifier, Some(1.0), interval));
            assert_eq!(label, expected);
        }
        assert_eq!(value_notation(&record(Qualifier::Exact, None, None)), "-");
    }

    #[test]
    fn prose_labels_say_the_wording() {
        let exact = Interval::exact(50000.0).ok();
        assert_eq!(
            value_label(&record(Qualifier::Exact, Some(50000.0), exact)),
            "50000"
        );
        let more = Interval::new(Bound::Exclusive(50000.0), Bound::Unbounded).ok();
        assert_eq!(
            value_label(&record(Qualifier::MoreThan, Some(50000.0), more)),
            "more than 50000"
        );
        let vague = Interval::closed(25.0, 35.0).ok();
        assert_eq!(
            value_label(&record(Qualifier::About, Some(30.0), vague)),
            "about 30"
        );
        // "plusieurs centaines": the range the words say, not its middle.
        let hundreds = Interval::closed(200.0, 999.0).ok();
        assert_eq!(
            value_label(&record(Qualifier::About, Some(599.5), hundreds)),
            "200–999"
        );
    }

    #[test]
    fn short_source_names() {
        assert_eq!(short_source("fixtures/pegasus/000_1.txt"), "000_1");
        assert_eq!(short_source("a\\b.c.yaml"), "b.c");
        assert_eq!(short_source("-"), "-");
        assert_eq!(short_source(".hidden"), ".hidden");
    }

    #[test]
    fn file_names() {
        assert_eq!(file_name("fixtures/pegasus/000.txt"), "000.txt");
        assert_eq!(file_name("a\\b.yaml"), "b.yaml");
        assert_eq!(file_name("plain"), "plain");
    }
}
