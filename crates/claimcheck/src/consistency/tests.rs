//! The comparison end to end: verdicts on interval edges, grouping,
//! explanations, references and accepted differences.

use super::*;
use crate::lang::Lang;
use crate::quantity::Qualifier;
use crate::quantity::{interval_for, Kind};

/// A count claim of key `k` in `source`, for tests of the comparison
/// and of what is built on it.
pub(crate) fn rec(source: &str, q: Qualifier, v: f64) -> Record {
    Record {
        source: source.to_string(),
        line: 1,
        column: 1,
        start: 0,
        end: 0,
        text: String::new(),
        quantity: String::new(),
        value: Some(v),
        interval: interval_for(q, v, None),
        qualifier: q,
        kind: Kind::Count,
        counted: None,
        key: Some("k".to_string()),
        scope: None,
        attributed_to: None,
        lang: Lang::Fr,
        date: None,
        superseded: false,
    }
}

fn verdict(records: Vec<Record>) -> Option<(Verdict, Severity)> {
    let report = compare(records, 2, &CompareOptions::default());
    report.findings.first().map(|f| (f.kind, f.severity))
}

use Qualifier::*;
use Verdict::*;

#[test]
fn interval_edges() {
    let cases = [
        // (a, b, verdict)
        ((Exact, 50_000.0), (MoreThan, 50_000.0), Compatible),
        ((MoreThan, 300.0), (Exact, 312.0), Compatible),
        ((Exact, 16.0), (Exact, 17.0), Contradiction),
        ((Exact, 15.0), (Exact, 14.0), Contradiction),
        ((AtLeast, 14.0), (Exact, 14.0), Compatible),
        ((MoreThan, 17.0), (Exact, 17.0), Contradiction),
        ((LessThan, 10.0), (Exact, 10.0), Contradiction),
        ((AtMost, 10.0), (Exact, 10.0), Compatible),
        ((LessThan, 10.0), (MoreThan, 9.0), Compatible),
        ((AtMost, 10.0), (AtLeast, 10.0), Compatible),
        ((AtMost, 10.0), (MoreThan, 10.0), Contradiction),
        ((About, 30.0), (Exact, 32.0), Compatible),
        ((About, 30.0), (Exact, 40.0), Contradiction),
        ((Nearly, 300.0), (Exact, 280.0), Compatible),
        ((Nearly, 300.0), (Exact, 310.0), Contradiction),
        ((Exact, 17.0), (Exact, 17.0), Agreement),
        ((MoreThan, 50_000.0), (MoreThan, 50_000.0), Agreement),
        // 1 000 read as a round figure (± 50) still misses 900.
        ((Exact, 1_000.0), (Exact, 900.0), Contradiction),
        ((Exact, 1_000.0), (Exact, 1_040.0), Compatible),
    ];
    for ((qa, a), (qb, b), want) in cases {
        let got = verdict(vec![rec("a.txt", qa, a), rec("b.txt", qb, b)]).map(|v| v.0);
        assert_eq!(got, Some(want), "{qa:?} {a} vs {qb:?} {b}");
        let got = verdict(vec![rec("b.txt", qb, b), rec("a.txt", qa, a)]).map(|v| v.0);
        assert_eq!(got, Some(want), "{qb:?} {b} vs {qa:?} {a}");
    }
}

#[test]
fn one_finding_per_group_listing_each_value() {
    let records = vec![
        rec("a.txt", Exact, 17.0),
        rec("b.txt", Exact, 17.0),
        rec("c.txt", Exact, 16.0),
        rec("d.txt", Exact, 17.0),
    ];
    let report = compare(records, 4, &CompareOptions::default());
    assert_eq!(report.findings.len(), 1);
    let f = &report.findings[0];
    assert_eq!((f.kind, f.severity), (Contradiction, Severity::Error));
    let labels: Vec<_> = f
        .values
        .iter()
        .map(|v| (v.label.as_str(), v.claims.len()))
        .collect();
    assert_eq!(labels, vec![("16", 1), ("17", 3)]);
    assert_eq!(
        f.explanation,
        "16 (c) and 17 (a, b, d) cannot both be true."
    );
    assert_eq!(report.summary.contradictions, 1);
}

#[test]
fn explanations_say_the_tolerance() {
    let report = compare(
        vec![
            rec("a.txt", Exact, 50_000.0),
            rec("b.txt", MoreThan, 50_000.0),
        ],
        2,
        &CompareOptions::default(),
    );
    assert_eq!(
        report.findings[0].explanation,
        "50000 (a), more than 50000 (b) can all be true, reading 50000 as a round figure (±2500)."
    );
    let report = compare(
        vec![rec("a.txt", Exact, 1_000.0), rec("b.txt", Exact, 900.0)],
        2,
        &CompareOptions::default(),
    );
    assert_eq!(
            report.findings[0].explanation,
            "900 (b) and 1000 (a) cannot both be true even reading 1000 as a round figure (±50) and 900 as a round figure (±45)."
        );
}

#[test]
fn one_source_alone_is_not_compared() {
    assert_eq!(
        verdict(vec![rec("a.txt", Exact, 16.0), rec("a.txt", Exact, 17.0)]),
        None
    );
}

#[test]
fn scopes_and_keys_are_separate_groups() {
    let mut india = rec("a.txt", Exact, 30.0);
    india.scope = Some("India".to_string());
    let world = rec("b.txt", Exact, 300.0);
    assert_eq!(verdict(vec![india, world]), None);
    let mut other = rec("b.txt", Exact, 16.0);
    other.key = Some("other".to_string());
    assert_eq!(verdict(vec![rec("a.txt", Exact, 17.0), other]), None);
}

#[test]
fn different_claimants_make_a_warning_that_says_so() {
    let mut police = rec("a.txt", Exact, 80_000.0);
    police.attributed_to = Some("la préfecture".to_string());
    let mut unions = rec("b.txt", MoreThan, 200_000.0);
    unions.attributed_to = Some("les syndicats".to_string());
    let report = compare(vec![police, unions], 2, &CompareOptions::default());
    let f = &report.findings[0];
    assert_eq!((f.kind, f.severity), (Contradiction, Severity::Warning));
    assert!(
        f.explanation
            .contains("different claimants (la préfecture; les syndicats)"),
        "{}",
        f.explanation
    );
}

#[test]
fn references_limit_findings_to_checked_against_reference() {
    let references = vec!["ref1.txt".to_string(), "ref2.txt".to_string()];
    let options = CompareOptions {
        references: &references,
        ..CompareOptions::default()
    };
    // Two references that disagree with each other: not the draft's problem.
    let records = vec![rec("ref1.txt", Exact, 16.0), rec("ref2.txt", Exact, 17.0)];
    let report = compare(records, 3, &options);
    assert!(report.findings.is_empty());
    assert_eq!(report.figures.as_deref(), Some(&[][..]));
    // A draft that sides with one of them still contradicts the other; the
    // finding is about the draft's figure, first, against the references.
    let records = vec![
        rec("ref1.txt", Exact, 16.0),
        rec("ref2.txt", Exact, 17.0),
        rec("draft.txt", Exact, 17.0),
    ];
    let report = compare(records, 3, &options);
    assert_eq!(report.findings.len(), 1);
    let f = &report.findings[0];
    assert_eq!((f.kind, f.checked), (Contradiction, Some(0)));
    assert_eq!(f.claims[0].source, "draft.txt");
    assert_eq!(
        f.explanation,
        "17 (draft) cannot be true with 16 (ref1). It agrees with ref2."
    );
    // The draft disagrees with a reference.
    let records = vec![rec("ref1.txt", Exact, 17.0), rec("draft.txt", Exact, 16.0)];
    let report = compare(records, 2, &options);
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].kind, Contradiction);
    // Agreement between draft and reference: the figure is confirmed.
    let records = vec![
        rec("ref1.txt", Exact, 17.0),
        rec("ref2.txt", Exact, 17.0),
        rec("draft.txt", Exact, 17.0),
    ];
    let report = compare(records, 2, &options);
    let figures = report.figures.unwrap_or_default();
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].verdict, Standing::Confirmed);
    assert_eq!(
        figures[0].explanation,
        "17 (draft) is confirmed by ref1 and ref2."
    );
    assert_eq!(report.summary.figures.map(|f| f.confirmed), Some(1));
    // A figure no reference counts has no source.
    let mut other = rec("draft.txt", Exact, 3.0);
    other.key = Some("other".into());
    let report = compare(vec![rec("ref1.txt", Exact, 17.0), other], 2, &options);
    let figures = report.figures.unwrap_or_default();
    assert_eq!(figures[0].verdict, Standing::NoSource);
    assert_eq!(figures[0].explanation, "No reference counts other.");
    assert!(report.findings.is_empty());
}

#[test]
fn references_among_themselves_only_with_all() {
    let references = vec!["ref1.txt".to_string(), "ref2.txt".to_string()];
    let options = CompareOptions {
        references: &references,
        ..CompareOptions::default()
    };
    let records = || {
        vec![
            rec("ref1.txt", Exact, 16.0),
            rec("ref2.txt", Exact, 17.0),
            rec("draft.txt", Exact, 17.0),
        ]
    };
    let (findings, figures, _) = find_against(records(), &options, false);
    assert_eq!((findings.len(), figures.len()), (1, 1));
    let (findings, _, _) = find_against(records(), &options, true);
    assert_eq!(findings.len(), 2);
    assert_eq!(findings[1].checked, None);
    assert_eq!(findings[1].claims.len(), 2);
}

#[test]
fn accepted_differences_match_by_key_and_values() {
    let accepted = Accepted {
        key: "k".into(),
        values: vec![14.0, 15.0],
        scope: None,
        reason: "reviewed".into(),
    };
    let mut report = compare(
        vec![rec("a.txt", Exact, 15.0), rec("b.txt", Exact, 14.0)],
        2,
        &CompareOptions::default(),
    );
    apply_accepted(&mut report, std::slice::from_ref(&accepted));
    assert_eq!(report.findings[0].accepted.as_deref(), Some("reviewed"));
    assert!(!fails(&report.findings[0], Some(Severity::Error)));
    // A third value is a new difference.
    let mut report = compare(
        vec![
            rec("a.txt", Exact, 15.0),
            rec("b.txt", Exact, 14.0),
            rec("c.txt", Exact, 16.0),
        ],
        3,
        &CompareOptions::default(),
    );
    apply_accepted(&mut report, std::slice::from_ref(&accepted));
    assert_eq!(report.findings[0].accepted, None);
    assert!(fails(&report.findings[0], Some(Severity::Error)));
    assert!(!fails(&report.findings[0], None));
    let no_reason = Accepted {
        reason: " ".into(),
        ..accepted.clone()
    };
    assert_eq!(
        no_reason.validate(),
        Err("accepting a difference on \"k\" needs a non-empty `reason`".to_string())
    );
    let no_values = Accepted {
        values: vec![],
        ..accepted
    };
    assert_eq!(
        no_values.validate(),
        Err("accepting a difference on \"k\" needs the `values` involved".to_string())
    );
}

#[test]
fn output_order_is_stable() {
    let records = || {
        let mut a = rec("a.txt", Exact, 1.0);
        a.key = Some("zeta".into());
        let mut b = rec("b.txt", Exact, 2.0);
        b.key = Some("zeta".into());
        vec![rec("c.txt", Exact, 17.0), a, rec("d.txt", Exact, 17.0), b]
    };
    let mut reversed = records();
    reversed.reverse();
    let one = compare(records(), 4, &CompareOptions::default());
    let two = compare(reversed, 4, &CompareOptions::default());
    assert_eq!(one, two);
    assert_eq!(one.findings[0].key, "zeta");
}

#[test]
fn estimates_never_contradict_each_other() {
    let keyed = |source: &str, q: Qualifier, v: f64, key: &str| {
        let mut r = rec(source, q, v);
        r.key = Some(key.to_string());
        r
    };
    // "several hundred feared dead" against "a few thousand could die".
    let estimates = vec![
        keyed("a", Qualifier::Exact, 500.0, "dead.estimate"),
        keyed("b", Qualifier::Exact, 5000.0, "dead.estimate"),
    ];
    assert_eq!(
        verdict(estimates),
        Some((Verdict::Compatible, Severity::Info))
    );
    // The same figures as confirmed tolls are a contradiction.
    let confirmed = vec![
        keyed("a", Qualifier::Exact, 500.0, "dead"),
        keyed("b", Qualifier::Exact, 5000.0, "dead"),
    ];
    assert_eq!(
        verdict(confirmed),
        Some((Verdict::Contradiction, Severity::Error))
    );
}

/// A count of the dead in `source`, published on `date` (or undated).
fn toll(source: &str, v: f64, date: Option<&str>) -> Record {
    let mut r = rec(source, Exact, v);
    r.key = Some("dead".to_string());
    r.date = date.and_then(crate::source::Date::parse_iso);
    r
}

fn judged(records: Vec<Record>, options: &CompareOptions) -> (Verdict, Severity, String) {
    let report = compare(records, 2, options);
    let f = &report.findings[0];
    (f.kind, f.severity, f.explanation.clone())
}

#[test]
fn a_toll_that_rises_with_time_is_an_update() {
    let (kind, severity, text) = judged(
        vec![
            toll("b.txt", 22.0, Some("2024-12-17")),
            toll("a.txt", 14.0, Some("2024-12-16")),
        ],
        &CompareOptions::default(),
    );
    assert_eq!((kind, severity), (Update, Severity::Info));
    assert_eq!(
        text,
        "A newer figure exists: 14 (a, 2024-12-16), then 22 (b, 2024-12-17)."
    );
    let report = compare(
        vec![
            toll("a.txt", 14.0, Some("2024-12-16")),
            toll("b.txt", 22.0, Some("2024-12")),
            toll("c.txt", 22.0, Some("2025")),
        ],
        3,
        &CompareOptions::default(),
    );
    // A month that holds the other day is not later than it.
    assert_eq!(report.findings[0].kind, Contradiction);
    assert_eq!(
        (report.summary.updates, report.summary.contradictions),
        (0, 1)
    );
}

#[test]
fn a_toll_that_falls_with_time_or_on_one_day_is_a_contradiction() {
    for (older, newer) in [(22.0, 14.0), (14.0, 22.0)] {
        let (kind, severity, text) = judged(
            vec![
                toll("a.txt", older, Some("2024-12-16")),
                toll(
                    "b.txt",
                    newer,
                    Some(if older > newer {
                        "2024-12-17"
                    } else {
                        "2024-12-16"
                    }),
                ),
            ],
            &CompareOptions::default(),
        );
        assert_eq!((kind, severity), (Contradiction, Severity::Error), "{text}");
        assert!(!text.contains("different times"), "{text}");
    }
    // Three sources: one pair rises with time, another does not.
    let (kind, ..) = judged(
        vec![
            toll("a.txt", 14.0, Some("2024-12-16")),
            toll("b.txt", 22.0, Some("2024-12-17")),
            toll("c.txt", 9.0, Some("2024-12-18")),
        ],
        &CompareOptions::default(),
    );
    assert_eq!(kind, Contradiction);
}

#[test]
fn undated_sources_of_a_changing_toll_are_noted() {
    let (kind, _, text) = judged(
        vec![
            toll("a.txt", 14.0, Some("2024-12-16")),
            toll("b.txt", 22.0, None),
        ],
        &CompareOptions::default(),
    );
    assert_eq!(kind, Contradiction);
    assert!(
        text.ends_with(" The figures may be from different times (b: no date)."),
        "{text}"
    );
    // Counts that do not change with time get no such note, dated or not.
    let (kind, _, text) = judged(
        vec![rec("a.txt", Exact, 16.0), rec("b.txt", Exact, 17.0)],
        &CompareOptions::default(),
    );
    assert_eq!(kind, Contradiction);
    assert!(!text.contains("different times"), "{text}");
    let mut a = rec("a.txt", Exact, 16.0);
    a.date = crate::source::Date::parse_iso("2021-07-01");
    let mut b = rec("b.txt", Exact, 17.0);
    b.date = crate::source::Date::parse_iso("2021-07-02");
    assert_eq!(
        judged(vec![a, b], &CompareOptions::default()).0,
        Contradiction
    );
}

#[test]
fn superseded_figures_are_compared_with_nothing() {
    let mut earlier = toll("a.txt", 820.0, None);
    earlier.superseded = true;
    let report = compare(
        vec![
            toll("a.txt", 1037.0, None),
            earlier,
            toll("b.txt", 1037.0, None),
        ],
        2,
        &CompareOptions::default(),
    );
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].kind, Agreement);
    assert_eq!(report.findings[0].claims.len(), 2);
    assert_eq!(report.summary.claims, 2);
}

fn scoped(source: &str, key: &str, scope: Option<&str>, v: f64) -> Record {
    let mut r = rec(source, Exact, v);
    r.key = Some(key.to_string());
    r.scope = scope.map(str::to_string);
    r
}

#[test]
fn one_party_under_many_names_is_one_cell() {
    let report = compare(
        vec![
            scoped("a.txt", "seat", Some("NFP"), 180.0),
            scoped("b.txt", "seat", Some("New Popular Front"), 188.0),
            scoped("c.txt", "seat", Some("Nouveau Front populaire"), 182.0),
            scoped("c.txt", "seat", Some("Ensemble"), 168.0),
            // No party named: a total or a threshold, never compared.
            scoped("a.txt", "seat", None, 577.0),
            scoped("b.txt", "seat", None, 289.0),
        ],
        3,
        &CompareOptions::default(),
    );
    assert_eq!(report.findings.len(), 1);
    let f = &report.findings[0];
    assert_eq!((f.kind, f.scope.as_deref()), (Contradiction, Some("NFP")));
    assert_eq!(f.claims.len(), 3);
}

#[test]
fn the_place_most_sources_name_is_the_event() {
    let three = |scope: Option<&str>| {
        vec![
            scoped("a.txt", "dead", Some("Derna"), 5000.0),
            scoped("b.txt", "dead", Some("Derna"), 5000.0),
            scoped("c.txt", "dead", scope, 11000.0),
        ]
    };
    let report = compare(three(None), 3, &CompareOptions::default());
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].kind, Contradiction);
    assert_eq!(report.findings[0].scope, None);
    // A place only one source of four names stays a scope of its own.
    let mut records = vec![
        scoped("a.txt", "dead", Some("Tripoli"), 50.0),
        scoped("b.txt", "dead", None, 5000.0),
        scoped("c.txt", "dead", None, 5000.0),
        scoped("d.txt", "dead", None, 5000.0),
    ];
    records.push(scoped("a.txt", "dead", None, 5000.0));
    let report = compare(records, 4, &CompareOptions::default());
    let kinds: Vec<Verdict> = report.findings.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, [Agreement]);
}

#[test]
fn counts_of_people_with_nothing_said_of_them_never_contradict() {
    let report = compare(
        vec![
            scoped("a.txt", "person", None, 4000.0),
            scoped("b.txt", "person", None, 21.0),
        ],
        2,
        &CompareOptions::default(),
    );
    let kinds: Vec<Verdict> = report.findings.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, [Compatible]);
}

#[test]
fn an_update_against_references_warns_when_the_draft_is_older() {
    let references = vec!["ref.txt".to_string()];
    let options = CompareOptions {
        references: &references,
        ..CompareOptions::default()
    };
    let (kind, severity, _) = judged(
        vec![
            toll("draft.txt", 14.0, Some("2024-12-16")),
            toll("ref.txt", 22.0, Some("2024-12-17")),
        ],
        &options,
    );
    assert_eq!((kind, severity), (Update, Severity::Warning));
    let (kind, severity, _) = judged(
        vec![
            toll("draft.txt", 22.0, Some("2024-12-17")),
            toll("ref.txt", 14.0, Some("2024-12-16")),
        ],
        &options,
    );
    assert_eq!((kind, severity), (Update, Severity::Info));
}
