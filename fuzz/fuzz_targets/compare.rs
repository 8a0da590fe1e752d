//! The comparison step on arbitrary count claims (a few keys, scopes,
//! sources and claimants; every qualifier; values from 0 to huge, fractional,
//! negative, not finite), with and without reference sources: never a panic,
//! the same report whatever the order of the records, and findings that hold
//! what they say (one key and one scope each, from two sources or more,
//! counted in the summary, most severe first).
#![no_main]

use std::collections::BTreeSet;

use claimcheck::consistency::{
    compare, CompareOptions, Report, Severity, Verdict, DEFAULT_TOLERANCE,
};
use claimcheck::concept::Concepts;
use claimcheck::lang::Lang;
use claimcheck::quantity::{interval_for, Kind, Qualifier};
use claimcheck::record::Record;
use claimcheck::source::Date;
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;

const KEYS: [Option<&str>; 5] = [
    Some("media_outlet"),
    Some("phone_number"),
    Some("minister"),
    Some("dead"),
    None,
];
const SCOPES: [Option<&str>; 3] = [None, Some("France"), Some("India")];
const SOURCES: [&str; 4] = ["a.txt", "b.txt", "dir/c.md", "ref.html"];
/// The date of each source of `SOURCES` (one undated, one only a month that
/// holds another's day), so that tolls (`dead` changes with time) make
/// updates as well as contradictions.
const DATES: [Option<&str>; 4] = [Some("2024-12-15"), Some("2024-12-17"), Some("2024-12"), None];
const CLAIMANTS: [Option<&str>; 3] = [None, Some("la police"), Some("les syndicats")];
const QUALIFIERS: [Qualifier; 8] = [
    Qualifier::Exact,
    Qualifier::About,
    Qualifier::Nearly,
    Qualifier::MoreThan,
    Qualifier::AtLeast,
    Qualifier::LessThan,
    Qualifier::AtMost,
    Qualifier::Range,
];
const KINDS: [Kind; 2] = [Kind::Count, Kind::Percent];
/// Values the comparison treats specially: 0, the edges of the rounding
/// tolerance (under 100, round figures, 1e18), fractions, the largest exact
/// integer of an f64 and past it, the largest and smallest f64.
const VALUES: [f64; 22] = [
    0.0,
    -0.0,
    1.0,
    14.0,
    16.0,
    17.0,
    30.0,
    99.0,
    100.0,
    300.0,
    1_000.0,
    50_000.0,
    50_400.0,
    0.5,
    1.5,
    2.999_999,
    1e17,
    1e18,
    9_007_199_254_740_994.0,
    f64::MAX,
    f64::MIN_POSITIVE,
    5e-324,
];
const TOLERANCES: [f64; 3] = [0.0, DEFAULT_TOLERANCE, 0.5];

/// A value: mostly one of [`VALUES`], else any f64 (negative, NaN and
/// infinite included: `interval_for` gives those no interval, so the
/// comparison must leave them out).
fn value(u: &mut Unstructured) -> Result<f64> {
    if u.ratio(3u8, 4)? {
        Ok(*u.choose(&VALUES)?)
    } else {
        Ok(f64::from_bits(u.arbitrary()?))
    }
}

/// Record `i` of the input. Positions are unique (`i` below 64): records of
/// one source never start at the same byte.
fn record(u: &mut Unstructured, i: usize) -> Result<Record> {
    let qualifier = *u.choose(&QUALIFIERS)?;
    let value = value(u)?;
    let start = usize::from(u.arbitrary::<u16>()?) * 64 + i;
    let source = u.choose_index(SOURCES.len())?;
    Ok(Record {
        source: SOURCES[source].to_string(),
        line: 1,
        column: start + 1,
        start,
        end: start + 2,
        text: format!("{qualifier:?} {value}"),
        quantity: value.to_string(),
        value: Some(value),
        interval: interval_for(qualifier, value, None),
        qualifier,
        kind: *u.choose(&KINDS)?,
        counted: None,
        key: u.choose(&KEYS)?.map(str::to_string),
        scope: u.choose(&SCOPES)?.map(str::to_string),
        attributed_to: u.choose(&CLAIMANTS)?.map(str::to_string),
        lang: Lang::Fr,
        date: DATES[source].and_then(Date::parse_iso),
        superseded: u.ratio(1u8, 8)?,
    })
}

/// Compares `records`, then the same records in reverse order, and checks
/// that the reports are equal and hold what they say.
fn check(records: &[Record], sources: usize, options: &CompareOptions) {
    let report = compare(records.to_vec(), sources, options);
    let mut reversed = records.to_vec();
    reversed.reverse();
    assert_eq!(
        compare(reversed, sources, options),
        report,
        "the report depends on the order of the records"
    );

    let compared: Vec<&Record> = records
        .iter()
        .filter(|r| r.key.is_some() && r.interval.is_some() && !r.superseded)
        .collect();
    assert_eq!(report.summary.sources, sources);
    assert_eq!(report.summary.claims, compared.len());
    check_counts(&report);

    let is_ref = |r: &Record| options.references.contains(&r.source);
    for f in &report.findings {
        assert!(!f.claims.is_empty());
        for c in &f.claims {
            assert_eq!(c.key.as_deref(), Some(f.key.as_str()), "{f:#?}");
            assert_eq!(c.scope, f.scope, "{f:#?}");
            assert!(c.interval.is_some(), "{f:#?}");
        }
        let from: BTreeSet<&str> = f.claims.iter().map(|c| c.source.as_str()).collect();
        assert!(from.len() >= 2, "a finding from one source: {f:#?}");
        // The values share out the claims, each claim once.
        let mut indices: Vec<usize> = f.values.iter().flat_map(|v| v.claims.clone()).collect();
        indices.sort_unstable();
        assert_eq!(indices, (0..f.claims.len()).collect::<Vec<_>>(), "{f:#?}");
        match f.kind {
            Verdict::Agreement => {
                assert_eq!(f.values.len(), 1, "{f:#?}");
                assert_eq!(f.severity, Severity::Info);
            }
            Verdict::Compatible => assert_eq!(f.severity, Severity::Info),
            Verdict::Contradiction => assert_ne!(f.severity, Severity::Info),
            Verdict::Update => {
                // A changing tally, its figures from two dated sources at
                // least (a figure that conflicts with none may be undated).
                assert_eq!(f.key, "dead", "{f:#?}");
                let dated: BTreeSet<&str> = f
                    .claims
                    .iter()
                    .filter(|c| c.date.is_some())
                    .map(|c| c.source.as_str())
                    .collect();
                assert!(dated.len() >= 2, "{f:#?}");
                if options.references.is_empty() {
                    assert_eq!(f.severity, Severity::Info);
                }
            }
        }
        assert!(f.claims.iter().all(|c| !c.superseded), "{f:#?}");
        if !options.references.is_empty() {
            // Only a checked source against a reference is reported.
            assert!(
                matches!(f.kind, Verdict::Contradiction | Verdict::Update),
                "{f:#?}"
            );
            assert!(
                f.claims.iter().any(is_ref) && !f.claims.iter().all(is_ref),
                "{f:#?}"
            );
        }
    }

    // Without references, every group of claims with two sources or more is
    // a finding, and only those.
    if options.references.is_empty() {
        let mut groups: Vec<(&Option<String>, &Option<String>, BTreeSet<&str>)> = Vec::new();
        for r in &compared {
            match groups.iter_mut().find(|g| g.0 == &r.key && g.1 == &r.scope) {
                Some(g) => {
                    g.2.insert(&r.source);
                }
                None => groups.push((&r.key, &r.scope, BTreeSet::from([r.source.as_str()]))),
            }
        }
        let shared = groups.iter().filter(|g| g.2.len() >= 2).count();
        assert_eq!(report.findings.len(), shared, "{report:#?}");
    }
}

/// The summary counts the findings of each kind, and findings come most
/// severe first, then by key and scope.
fn check_counts(report: &Report) {
    let count = |kind| report.findings.iter().filter(|f| f.kind == kind).count();
    assert_eq!(report.summary.agreements, count(Verdict::Agreement));
    assert_eq!(report.summary.compatible, count(Verdict::Compatible));
    assert_eq!(report.summary.contradictions, count(Verdict::Contradiction));
    assert_eq!(report.summary.updates, count(Verdict::Update));
    for pair in report.findings.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.severity > b.severity
                || (a.severity == b.severity && (&a.key, &a.scope) < (&b.key, &b.scope)),
            "findings out of order: {:?} {} {:?} before {:?} {} {:?}",
            a.severity,
            a.key,
            a.scope,
            b.severity,
            b.key,
            b.scope
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(n) = u.int_in_range(0..=40usize) else {
        return;
    };
    let mut records = Vec::with_capacity(n);
    for i in 0..n {
        let Ok(r) = record(&mut u, i) else { break };
        records.push(r);
    }
    let tolerance = u.choose(&TOLERANCES).copied().unwrap_or(DEFAULT_TOLERANCE);
    let references: Vec<String> = SOURCES
        .iter()
        .filter(|_| u.ratio(1u8, 3).unwrap_or(false))
        .map(|s| s.to_string())
        .collect();
    let sources = records
        .iter()
        .map(|r| r.source.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    check(
        &records,
        sources,
        &CompareOptions {
            references: &[],
            tolerance,
            concepts: Concepts::builtin(),
            ..CompareOptions::default()
        },
    );
    check(
        &records,
        sources,
        &CompareOptions {
            references: &references,
            tolerance,
            concepts: Concepts::builtin(),
            ..CompareOptions::default()
        },
    );
});
