//! Consistency: where sources agree on a figure and where they contradict.
//!
//! Claims are grouped by concept key and scope (a sort, so the cost is
//! n log n in the number of claims, never all pairs of the corpus); within a
//! group, the value intervals decide the verdict. Intervals on a line all
//! overlap exactly when the largest low end does not pass the smallest high
//! end, so one pass over a group finds whether any two of its values are
//! disjoint, and which two to name.
//!
//! Round figures are rounded: "50 000" in one source and "plus de 50 000" in
//! another are compatible, because a journalist writing 50 000 may mean
//! 50 400. The comparison, not the parser, grants that tolerance, and each
//! finding says in one sentence what it applied.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::interval::{Bound, Interval};
use crate::labels::{number, short_source, value_label};
use crate::quantity::Qualifier;
use crate::record::Record;

/// The verdict of a group of claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Every source gives the same value.
    Agreement,
    /// The values differ but can all be true.
    Compatible,
    /// At least two values cannot both be true.
    Contradiction,
}

/// How much a finding matters; `--fail-on` compares against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// For information: agreements and compatible values.
    Info,
    /// Worth a look: values that cannot both be true but come from different
    /// claimants (the police figure and the union figure).
    Warning,
    /// An inconsistency an editor must resolve.
    Error,
}

impl Severity {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl Verdict {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Agreement => "agreement",
            Verdict::Compatible => "compatible",
            Verdict::Contradiction => "contradiction",
        }
    }
}

/// One distinct value of a group and the claims that give it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Value {
    /// The value as a person reads it: "17", "more than 50000", "about 30".
    pub label: String,
    /// Indices into the finding's `claims`.
    pub claims: Vec<usize>,
}

/// The verdict on one group of claims (same key, same scope).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Agreement, compatible or contradiction.
    pub kind: Verdict,
    /// How much it matters.
    pub severity: Severity,
    /// The concept key of the group.
    pub key: String,
    /// The scope of the group.
    pub scope: Option<String>,
    /// Why, in one sentence.
    pub explanation: String,
    /// The reason a person gave for accepting this difference, if any.
    pub accepted: Option<String>,
    /// Every claim of the group, by source then position.
    pub claims: Vec<Record>,
    /// The distinct values, in increasing order.
    pub values: Vec<Value>,
}

/// The counts a report ends with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Sources read.
    pub sources: usize,
    /// Count claims compared.
    pub claims: usize,
    /// Findings of each verdict.
    pub agreements: usize,
    /// Compatible findings.
    pub compatible: usize,
    /// Contradictions.
    pub contradictions: usize,
}

/// Everything a check found.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Findings, most severe first, then by key and scope.
    pub findings: Vec<Finding>,
    /// The counts.
    pub summary: Summary,
}

/// A difference a person reviewed and accepted: findings on `key` (and
/// `scope`, when given) whose values are all among `values` are reported as
/// accepted and never fail a run. A new value (a third source saying 16)
/// makes the finding fail again.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Accepted {
    /// The concept key of the finding.
    pub key: String,
    /// The values involved, as the sources write them (nominal values).
    pub values: Vec<f64>,
    /// The scope of the finding; any scope when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Why the difference is acceptable; required, and shown in every report.
    pub reason: String,
}

impl Accepted {
    /// Checks what serde cannot: a reason, values, finite numbers.
    pub fn validate(&self) -> Result<(), String> {
        if self.reason.trim().is_empty() {
            return Err(format!(
                "accepting a difference on {:?} needs a non-empty `reason`",
                self.key
            ));
        }
        if self.values.is_empty() {
            return Err(format!(
                "accepting a difference on {:?} needs the `values` involved",
                self.key
            ));
        }
        if let Some(v) = self.values.iter().find(|v| !v.is_finite()) {
            return Err(format!("value {v} is not a finite number"));
        }
        Ok(())
    }

    /// True when `finding` is this accepted difference.
    pub fn matches(&self, finding: &Finding) -> bool {
        finding.key == self.key
            && self
                .scope
                .as_ref()
                .is_none_or(|s| finding.scope.as_ref() == Some(s))
            && finding
                .claims
                .iter()
                .all(|c| c.value.is_some_and(|v| self.values.contains(&v)))
    }
}

/// Marks the findings a person accepted, with the first matching reason.
pub fn apply_accepted(report: &mut Report, accepted: &[Accepted]) {
    for finding in &mut report.findings {
        if finding.kind == Verdict::Agreement {
            continue;
        }
        if let Some(a) = accepted.iter().find(|a| a.matches(finding)) {
            finding.accepted = Some(a.reason.clone());
        }
    }
}

/// True when `finding` should fail a run at `level`: at or above the level,
/// and not accepted.
pub fn fails(finding: &Finding, level: Option<Severity>) -> bool {
    finding.accepted.is_none() && level.is_some_and(|l| finding.severity >= l)
}

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
fn compared(record: &Record, max_share: f64) -> Option<(Interval, f64)> {
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

/// Orders low ends: which of two lows is further right (more restrictive).
fn low_key(b: Bound) -> (f64, u8) {
    match b {
        Bound::Unbounded => (f64::NEG_INFINITY, 0),
        Bound::Inclusive(v) => (v, 0),
        Bound::Exclusive(v) => (v, 1),
    }
}

/// Orders high ends: which of two highs is further left (more restrictive).
fn high_key(b: Bound) -> (f64, u8) {
    match b {
        Bound::Unbounded => (f64::INFINITY, 1),
        Bound::Inclusive(v) => (v, 1),
        Bound::Exclusive(v) => (v, 0),
    }
}

fn cmp_key(a: (f64, u8), b: (f64, u8)) -> Ordering {
    a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
}

/// True when a low end lies past a high end: the two intervals share no value.
fn disjoint(low: Bound, high: Bound) -> bool {
    match (low.value(), high.value()) {
        (Some(l), Some(h)) => {
            l > h
                || (l == h
                    && (matches!(low, Bound::Exclusive(_)) || matches!(high, Bound::Exclusive(_))))
        }
        _ => false,
    }
}

/// Which sources a comparison is about, and how it reads round figures.
#[derive(Clone, Debug)]
pub struct CompareOptions<'a> {
    /// Names of reference sources (`--against`). When not empty, only
    /// contradictions between a checked source and a reference are reported.
    pub references: &'a [String],
    /// The largest share of a round figure its tolerance reaches
    /// ([`rounding_tolerance`]).
    pub tolerance: f64,
}

impl Default for CompareOptions<'_> {
    fn default() -> Self {
        CompareOptions {
            references: &[],
            tolerance: DEFAULT_TOLERANCE,
        }
    }
}

/// Compares the count claims of all sources and returns the report.
/// `records` may hold anything `extract` returns; only count claims (a key,
/// an interval) are compared. `sources` is the number of sources read.
pub fn compare(records: Vec<Record>, sources: usize, options: &CompareOptions) -> Report {
    let mut claims: Vec<Record> = records
        .into_iter()
        .filter(|r| r.key.is_some() && r.interval.is_some())
        .collect();
    claims.sort_by(|a, b| {
        (&a.key, &a.scope, &a.source, a.start).cmp(&(&b.key, &b.scope, &b.source, b.start))
    });
    let mut report = Report {
        findings: Vec::new(),
        summary: Summary {
            sources,
            claims: claims.len(),
            ..Summary::default()
        },
    };
    let mut rest = claims.as_slice();
    while let Some(first) = rest.first() {
        let len = rest
            .iter()
            .take_while(|r| r.key == first.key && r.scope == first.scope)
            .count();
        let (group, tail) = rest.split_at(len);
        rest = tail;
        if let Some(finding) = judge(group, options) {
            match finding.kind {
                Verdict::Agreement => report.summary.agreements += 1,
                Verdict::Compatible => report.summary.compatible += 1,
                Verdict::Contradiction => report.summary.contradictions += 1,
            }
            report.findings.push(finding);
        }
    }
    report.findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| (&a.key, &a.scope).cmp(&(&b.key, &b.scope)))
    });
    report
}

/// The finding on one group, or `None` when there is nothing to compare
/// (one source only) or nothing to report (with references: no
/// contradiction between a checked source and a reference).
fn judge(group: &[Record], options: &CompareOptions) -> Option<Finding> {
    let first = group.first()?;
    let sources: std::collections::BTreeSet<&str> =
        group.iter().map(|r| r.source.as_str()).collect();
    if sources.len() < 2 {
        return None;
    }
    let is_ref = |r: &Record| options.references.contains(&r.source);
    let with_refs = !options.references.is_empty();
    if with_refs && (group.iter().all(is_ref) || !group.iter().any(is_ref)) {
        return None;
    }
    // Distinct values, by their label, in increasing order of interval.
    let mut by_label: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in group.iter().enumerate() {
        by_label.entry(value_label(r)).or_default().push(i);
    }
    let mut values: Vec<Value> = by_label
        .into_iter()
        .map(|(label, claims)| Value { label, claims })
        .collect();
    values.sort_by(|a, b| {
        let (ia, ib) = (&group[a.claims[0]], &group[b.claims[0]]);
        let ka = ia.interval.map(|i| low_key(i.low())).unwrap_or((0.0, 0));
        let kb = ib.interval.map(|i| low_key(i.low())).unwrap_or((0.0, 0));
        cmp_key(ka, kb).then_with(|| a.label.cmp(&b.label))
    });
    // The most restrictive low end and high end, among the claims each side
    // of the comparison may take them from.
    let widened: Vec<Option<(Interval, f64)>> = group
        .iter()
        .map(|r| compared(r, options.tolerance))
        .collect();
    let pick = |lows: bool, filter: &dyn Fn(&Record) -> bool| -> Option<usize> {
        (0..group.len())
            .filter(|&i| filter(&group[i]) && widened[i].is_some())
            .max_by(|&a, &b| {
                let (ia, ib) = (widened[a].map(|w| w.0), widened[b].map(|w| w.0));
                match (ia, ib) {
                    (Some(ia), Some(ib)) if lows => cmp_key(low_key(ia.low()), low_key(ib.low())),
                    (Some(ia), Some(ib)) => cmp_key(high_key(ib.high()), high_key(ia.high())),
                    _ => Ordering::Equal,
                }
            })
    };
    let any = |_: &Record| true;
    let checked = |r: &Record| !is_ref(r);
    let conflict = |lo: Option<usize>, hi: Option<usize>| -> Option<(usize, usize)> {
        let (lo, hi) = (lo?, hi?);
        let (l, h) = (widened[lo]?.0, widened[hi]?.0);
        disjoint(l.low(), h.high()).then_some((lo, hi))
    };
    let contradiction = if with_refs {
        conflict(pick(true, &checked), pick(false, &is_ref))
            .or_else(|| conflict(pick(true, &is_ref), pick(false, &checked)))
    } else {
        conflict(pick(true, &any), pick(false, &any))
    };
    let tolerance_note = |indices: &[usize]| -> String {
        let notes: Vec<String> = indices
            .iter()
            .filter_map(|&i| {
                let t = widened[i]?.1;
                (t > 0.0).then(|| {
                    format!(
                        "{} as a round figure (±{})",
                        value_label(&group[i]),
                        number(t)
                    )
                })
            })
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        if notes.is_empty() {
            String::new()
        } else {
            format!(", reading {}", notes.join(" and "))
        }
    };
    let name_value = |v: &Value| -> String {
        let names: std::collections::BTreeSet<&str> = v
            .claims
            .iter()
            .map(|&i| short_source(&group[i].source))
            .collect();
        format!(
            "{} ({})",
            v.label,
            names.into_iter().collect::<Vec<_>>().join(", ")
        )
    };
    let value_of = |i: usize| values.iter().find(|v| v.claims.contains(&i));
    let (kind, severity, explanation) = if let Some((lo, hi)) = contradiction {
        let (a, b) = (value_of(hi)?, value_of(lo)?);
        let mut text = format!(
            "{} and {} cannot both be true{}.",
            name_value(a),
            name_value(b),
            tolerance_note(&[lo, hi]).replacen(", reading", " even reading", 1)
        );
        let (ca, cb) = (&group[hi].attributed_to, &group[lo].attributed_to);
        let severity = match (ca, cb) {
            (Some(x), Some(y)) if x != y => {
                text.push_str(&format!(
                    " The figures come from different claimants ({x}; {y}): keep each attributed."
                ));
                Severity::Warning
            }
            _ => Severity::Error,
        };
        (Verdict::Contradiction, severity, text)
    } else if with_refs {
        return None;
    } else if values.len() == 1 {
        (
            Verdict::Agreement,
            Severity::Info,
            format!("{} sources agree: {}.", sources.len(), values[0].label),
        )
    } else {
        let all: Vec<usize> = (0..group.len()).collect();
        let listed: Vec<String> = values.iter().map(name_value).collect();
        (
            Verdict::Compatible,
            Severity::Info,
            format!(
                "{} can all be true{}.",
                listed.join(", "),
                tolerance_note(&all)
            ),
        )
    };
    Some(Finding {
        kind,
        severity,
        key: first.key.clone().unwrap_or_default(),
        scope: first.scope.clone(),
        explanation,
        accepted: None,
        claims: group.to_vec(),
        values,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lang::Lang;
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
        }
    }

    fn verdict(records: Vec<Record>) -> Option<(Verdict, Severity)> {
        let report = compare(records, 2, &CompareOptions::default());
        report.findings.first().map(|f| (f.kind, f.severity))
    }

    use Qualifier::*;
    use Verdict::*;

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
        assert!(compare(records, 3, &options).findings.is_empty());
        // A draft that sides with one of them still contradicts the other.
        let records = vec![
            rec("ref1.txt", Exact, 16.0),
            rec("ref2.txt", Exact, 17.0),
            rec("draft.txt", Exact, 17.0),
        ];
        assert_eq!(compare(records, 3, &options).findings.len(), 1);
        // The draft disagrees with a reference.
        let records = vec![rec("ref1.txt", Exact, 17.0), rec("draft.txt", Exact, 16.0)];
        let report = compare(records, 2, &options);
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].kind, Contradiction);
        // Agreement between draft and reference is not reported.
        let records = vec![rec("ref1.txt", Exact, 17.0), rec("draft.txt", Exact, 17.0)];
        assert!(compare(records, 2, &options).findings.is_empty());
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
        assert!(Accepted {
            reason: " ".into(),
            ..accepted.clone()
        }
        .validate()
        .is_err());
        assert!(Accepted {
            values: vec![],
            ..accepted
        }
        .validate()
        .is_err());
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
}
