//! Judging one group of comparable claims (same key, same scope): are their
//! values the same, different but all possibly true, or in contradiction,
//! and why, in one sentence.
//!
//! Intervals on a line all overlap exactly when the largest low end does not
//! pass the smallest high end, so one pass over a group finds whether any two
//! of its values are disjoint, and which two to name.
//!
//! A tally that changes as an event unfolds (the lexicon's `changing:`
//! keys) is read with its sources' dates: when every two figures that
//! cannot both be true come from dated sources and the later one is the
//! larger, the group is an update (a newer figure exists), not a
//! contradiction; a figure that falls later stays a contradiction, and a
//! contradiction whose sources are not all dated says that the figures may
//! be from different times.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashSet;

use super::model::{Finding, Severity, Value, Verdict};
use super::tolerance::compared;
use super::CompareOptions;
use crate::interval::{Bound, Interval};
use crate::labels::{number, value_label};
use crate::record::Record;

/// The largest group read in time: the update check looks at every pair
/// of its claims, so a larger group (a corpus of thousands of sources on
/// one key) is judged on its values alone.
const UPDATE_MAX: usize = 512;

/// A group's claims as the comparison reads them: each claim's interval
/// widened by its tolerance (and the tolerance), beside the claims.
struct Group<'a> {
    claims: &'a [Record],
    options: &'a CompareOptions<'a>,
    widened: Vec<Option<(Interval, f64)>>,
    values: Vec<Value>,
}

/// The finding on one group, or `None` when there is nothing to compare
/// (one source only) or nothing to report (with references: no
/// contradiction between a checked source and a reference).
/// `references` holds the names of `options.references`, hashed once for
/// the whole comparison so that testing a claim's source costs the same
/// however many references there are.
pub(super) fn judge(
    claims: &[Record],
    options: &CompareOptions,
    references: &FxHashSet<&str>,
) -> Option<Finding> {
    let first = claims.first()?;
    let sources: BTreeSet<&str> = claims.iter().map(|r| r.source.as_str()).collect();
    if sources.len() < 2 {
        return None;
    }
    crate::work::count(claims.len());
    let is_ref = |r: &Record| {
        crate::work::count(1);
        references.contains(r.source.as_str())
    };
    let with_refs = !references.is_empty();
    if with_refs && (claims.iter().all(is_ref) || !claims.iter().any(is_ref)) {
        return None;
    }
    let group = Group::new(claims, options);
    let estimates = never_contradicts(first, options);
    let contradiction = if estimates {
        None
    } else if with_refs {
        let checked = |r: &Record| !is_ref(r);
        group
            .conflict(&checked, &is_ref)
            .or_else(|| group.conflict(&is_ref, &checked))
    } else {
        group.conflict(&|_| true, &|_| true)
    };
    let changing = first
        .key
        .as_deref()
        .is_some_and(|k| options.concepts.is_changing(k));
    let (kind, severity, explanation) = match contradiction {
        Some((lo, hi)) if changing => match group.update(lo, hi, references) {
            Some(update) => update,
            None => group.contradiction(lo, hi, true)?,
        },
        Some((lo, hi)) => group.contradiction(lo, hi, false)?,
        None if with_refs => return None,
        None if group.values.len() == 1 => (
            Verdict::Agreement,
            Severity::Info,
            format!(
                "{} sources agree: {}.",
                sources.len(),
                group.values[0].label
            ),
        ),
        None => (Verdict::Compatible, Severity::Info, group.compatible()),
    };
    let conflict = contradiction.and_then(|(lo, hi)| group.value_pair(lo, hi));
    Some(Finding {
        kind,
        severity,
        key: first.key.clone().unwrap_or_default(),
        scope: first.scope.clone(),
        explanation,
        accepted: None,
        claims: claims.to_vec(),
        values: group.values,
        conflict,
        checked: None,
    })
}

/// The finding on one checked figure (`claims[0]`, of a source being
/// checked) against the claims of references in its group (`claims[1..]`):
/// a contradiction when a reference figure cannot be true with it (an update
/// when a changing tally's dated figures rise with time), an agreement when
/// a reference gives the same value (confirmed), compatible otherwise. The
/// title and explanation name the checked figure against the references
/// only: what the references say among themselves is not its business.
pub(super) fn judge_figure(
    claims: &[Record],
    options: &CompareOptions,
    references: &FxHashSet<&str>,
) -> Option<Finding> {
    let checked = claims.first()?;
    if claims.len() < 2 {
        return None;
    }
    let group = Group::new(claims, options);
    let estimates = never_contradicts(checked, options);
    let changing = checked
        .key
        .as_deref()
        .is_some_and(|k| options.concepts.is_changing(k));
    // Every reference claim that cannot be true with the checked one.
    let against: Vec<usize> = if estimates {
        Vec::new()
    } else {
        (1..claims.len())
            .filter(|&i| group.disjoint_claims(0, i))
            .collect()
    };
    let (kind, severity, explanation, conflict) = match against.first() {
        Some(&other) => {
            let (lo, hi) = if group.above(0, other) {
                (0, other)
            } else {
                (other, 0)
            };
            let update = changing.then(|| group.update(lo, hi, references)).flatten();
            let conflict = group.value_pair(lo, hi);
            match update {
                Some((kind, severity, text)) => (kind, severity, text, conflict),
                None => {
                    let (severity, mut text) = group.contradicted(&against);
                    let same = group.same_value(0);
                    if !same.is_empty() {
                        text.push_str(&format!(" It agrees with {}.", group.source_names(&same)));
                    }
                    (Verdict::Contradiction, severity, text, conflict)
                }
            }
        }
        None => {
            let same = group.same_value(0);
            if same.is_empty() {
                let all: Vec<usize> = (0..claims.len()).collect();
                let text = format!(
                    "{} can be true with {}{}.",
                    group.name_claim(0),
                    group.name_claims(&(1..claims.len()).collect::<Vec<_>>()),
                    group.tolerance_note(&all)
                );
                (Verdict::Compatible, Severity::Info, text, None)
            } else {
                let text = format!(
                    "{} is confirmed by {}.",
                    group.name_claim(0),
                    group.source_names(&same)
                );
                (Verdict::Agreement, Severity::Info, text, None)
            }
        }
    };
    Some(Finding {
        kind,
        severity,
        key: checked.key.clone().unwrap_or_default(),
        scope: checked.scope.clone(),
        explanation,
        accepted: None,
        claims: claims.to_vec(),
        values: group.values,
        conflict,
        checked: Some(0),
    })
}

/// True when the claims of `claim`'s cell never contradict each other:
/// projections ("feared dead", "pourrait atteindre") span a range of
/// opinion, and counts of people with nothing said of them may be of
/// anyone (`never_contradict:` in the lexicon).
fn never_contradicts(claim: &Record, options: &CompareOptions) -> bool {
    claim
        .key
        .as_deref()
        .is_some_and(|k| crate::concept::is_estimate(k) || options.concepts.never_contradicts(k))
}

/// The distinct values of a group, by their label, in increasing order of
/// their intervals' low ends.
fn distinct_values(claims: &[Record]) -> Vec<Value> {
    let mut by_label: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in claims.iter().enumerate() {
        by_label.entry(value_label(r)).or_default().push(i);
    }
    let mut values: Vec<Value> = by_label
        .into_iter()
        .map(|(label, claims)| Value { label, claims })
        .collect();
    values.sort_by(|a, b| {
        let (ia, ib) = (&claims[a.claims[0]], &claims[b.claims[0]]);
        let ka = ia.interval.map(|i| low_key(i.low())).unwrap_or((0.0, 0));
        let kb = ib.interval.map(|i| low_key(i.low())).unwrap_or((0.0, 0));
        cmp_key(ka, kb).then_with(|| a.label.cmp(&b.label))
    });
    values
}

impl<'a> Group<'a> {
    /// The claims of one comparison, each widened by its tolerance.
    fn new(claims: &'a [Record], options: &'a CompareOptions<'a>) -> Group<'a> {
        Group {
            claims,
            options,
            widened: claims
                .iter()
                .map(|r| compared(r, options.tolerance))
                .collect(),
            values: distinct_values(claims),
        }
    }

    /// The claim with the most restrictive low end (`lows`) or high end,
    /// among those `filter` lets through.
    fn pick(&self, lows: bool, filter: &dyn Fn(&Record) -> bool) -> Option<usize> {
        (0..self.claims.len())
            .filter(|&i| filter(&self.claims[i]) && self.widened[i].is_some())
            .max_by(|&a, &b| {
                let (ia, ib) = (self.widened[a].map(|w| w.0), self.widened[b].map(|w| w.0));
                match (ia, ib) {
                    (Some(ia), Some(ib)) if lows => cmp_key(low_key(ia.low()), low_key(ib.low())),
                    (Some(ia), Some(ib)) => cmp_key(high_key(ib.high()), high_key(ia.high())),
                    _ => Ordering::Equal,
                }
            })
    }

    /// Two claims that cannot both be true, the low end taken among `lows`
    /// and the high end among `highs`: (the claim above, the claim below).
    fn conflict(
        &self,
        lows: &dyn Fn(&Record) -> bool,
        highs: &dyn Fn(&Record) -> bool,
    ) -> Option<(usize, usize)> {
        let (lo, hi) = (self.pick(true, lows)?, self.pick(false, highs)?);
        let (l, h) = (self.widened[lo]?.0, self.widened[hi]?.0);
        disjoint(l.low(), h.high()).then_some((lo, hi))
    }

    /// The verdict on a group of a changing tally whose claims `lo` (above)
    /// and `hi` (below) cannot both be true, when it is an update: every
    /// two claims that cannot both be true (between a checked source and a
    /// reference, when there are references) come from dated sources, the
    /// larger figure from the later date. Info, or a warning when a checked
    /// source gives the older figure. Groups larger than [`UPDATE_MAX`]
    /// are not read in time (the check looks at every pair).
    fn update(
        &self,
        lo: usize,
        hi: usize,
        references: &FxHashSet<&str>,
    ) -> Option<(Verdict, Severity, String)> {
        let n = self.claims.len();
        if n > UPDATE_MAX {
            return None;
        }
        let is_ref = |i: usize| {
            crate::work::count(1);
            references.contains(self.claims[i].source.as_str())
        };
        let with_refs = !references.is_empty();
        for above in 0..n {
            let Some((a, _)) = self.widened[above] else {
                continue;
            };
            for below in 0..n {
                crate::work::count(1);
                let Some((b, _)) = self.widened[below] else {
                    continue;
                };
                if above == below
                    || (with_refs && is_ref(above) == is_ref(below))
                    || !disjoint(a.low(), b.high())
                {
                    continue;
                }
                let (later, earlier) = (self.claims[above].date?, self.claims[below].date?);
                if earlier.order(later) != Some(Ordering::Less) {
                    return None;
                }
            }
        }
        let severity = if with_refs && !is_ref(hi) {
            Severity::Warning
        } else {
            Severity::Info
        };
        let text = format!(
            "A newer figure exists: {}, then {}.",
            self.name_dated(hi),
            self.name_dated(lo)
        );
        Some((Verdict::Update, severity, text))
    }

    /// A claim's value with its source and date: "14 (a, 2024-12-15)".
    fn name_dated(&self, i: usize) -> String {
        let r = &self.claims[i];
        let label = self
            .value_of(i)
            .map_or_else(|| value_label(r), |v| v.label.clone());
        match r.date {
            Some(date) => format!("{label} ({}, {date})", self.source_name(i)),
            None => format!("{label} ({})", self.source_name(i)),
        }
    }

    /// The verdict on a contradiction between the claims `lo` (above) and
    /// `hi` (below): an error, or a warning when different claimants give
    /// the two figures. For a changing tally, a source without a date is
    /// noted: its figure may be from another time.
    fn contradiction(
        &self,
        lo: usize,
        hi: usize,
        changing: bool,
    ) -> Option<(Verdict, Severity, String)> {
        let (a, b) = (self.value_of(hi)?, self.value_of(lo)?);
        let mut text = format!(
            "{} and {} cannot both be true{}.",
            self.name_value(a),
            self.name_value(b),
            self.tolerance_note(&[lo, hi])
                .replacen(", reading", " even reading", 1)
        );
        let (ca, cb) = (
            &self.claims[hi].attributed_to,
            &self.claims[lo].attributed_to,
        );
        let severity = match (ca, cb) {
            (Some(x), Some(y)) if x != y => {
                text.push_str(&format!(
                    " The figures come from different claimants ({x}; {y}): keep each attributed."
                ));
                Severity::Warning
            }
            _ => Severity::Error,
        };
        if changing {
            let undated: BTreeSet<&str> = [hi, lo]
                .iter()
                .filter(|&&i| self.claims[i].date.is_none())
                .map(|&i| self.source_name(i))
                .collect();
            if !undated.is_empty() {
                let names: Vec<&str> = undated.into_iter().collect();
                text.push_str(&format!(
                    " The figures may be from different times ({}: no date).",
                    names.join(", ")
                ));
            }
        }
        Some((Verdict::Contradiction, severity, text))
    }

    /// The explanation of values that differ but can all be true.
    fn compatible(&self) -> String {
        let all: Vec<usize> = (0..self.claims.len()).collect();
        let listed: Vec<String> = self.values.iter().map(|v| self.name_value(v)).collect();
        format!(
            "{} can all be true{}.",
            listed.join(", "),
            self.tolerance_note(&all)
        )
    }

    /// True when claims `a` and `b` cannot both be true.
    fn disjoint_claims(&self, a: usize, b: usize) -> bool {
        match (self.widened[a], self.widened[b]) {
            (Some((x, _)), Some((y, _))) => {
                disjoint(x.low(), y.high()) || disjoint(y.low(), x.high())
            }
            _ => false,
        }
    }

    /// True when claim `a` lies above claim `b` (its low end past `b`'s high).
    fn above(&self, a: usize, b: usize) -> bool {
        match (self.widened[a], self.widened[b]) {
            (Some((x, _)), Some((y, _))) => disjoint(x.low(), y.high()),
            _ => false,
        }
    }

    /// The other claims that give the same value as claim `i`.
    fn same_value(&self, i: usize) -> Vec<usize> {
        let Some(own) = self.value_index(i) else {
            return Vec::new();
        };
        (0..self.claims.len())
            .filter(|&j| j != i && self.value_index(j) == Some(own))
            .collect()
    }

    /// The index in `values` of the value claim `i` gives.
    fn value_index(&self, i: usize) -> Option<usize> {
        self.values.iter().position(|v| v.claims.contains(&i))
    }

    /// A claim's value with its source and claimant: "14 (003_b26, selon
    /// Le Monde)".
    fn name_claim(&self, i: usize) -> String {
        let r = &self.claims[i];
        let label = self
            .value_of(i)
            .map_or_else(|| value_label(r), |v| v.label.clone());
        match &r.attributed_to {
            Some(who) => format!("{label} ({}, according to {who})", self.source_name(i)),
            None => format!("{label} ({})", self.source_name(i)),
        }
    }

    /// Claims named by value, each value with its sources and claimants
    /// ("17 (a, b) and 16 (c, according to the police)"), joined with "and".
    fn name_claims(&self, indices: &[usize]) -> String {
        let names: Vec<String> = self
            .values
            .iter()
            .filter_map(|v| {
                let mine: Vec<usize> = indices
                    .iter()
                    .copied()
                    .filter(|i| v.claims.contains(i))
                    .collect();
                if mine.is_empty() {
                    return None;
                }
                let sources: BTreeSet<&str> = mine.iter().map(|&i| self.source_name(i)).collect();
                let claimants: BTreeSet<&str> = mine
                    .iter()
                    .filter_map(|&i| self.claims[i].attributed_to.as_deref())
                    .collect();
                let mut who = sources.into_iter().collect::<Vec<_>>().join(", ");
                if !claimants.is_empty() {
                    let claimants: Vec<&str> = claimants.into_iter().collect();
                    who.push_str(&format!(", according to {}", claimants.join("; ")));
                }
                Some(format!("{} ({who})", v.label))
            })
            .collect();
        join_and(&names)
    }

    /// The distinct sources of claims, joined with "and".
    fn source_names(&self, indices: &[usize]) -> String {
        let names: BTreeSet<&str> = indices.iter().map(|&i| self.source_name(i)).collect();
        let names: Vec<String> = names.into_iter().map(str::to_string).collect();
        join_and(&names)
    }

    /// The verdict on a checked figure (claim 0) that the reference claims
    /// `against` cannot be true with: an error, or a warning when every one
    /// of them is attributed to a claimant other than the checked figure's.
    fn contradicted(&self, against: &[usize]) -> (Severity, String) {
        let mut indices = vec![0];
        indices.extend_from_slice(against);
        let text = format!(
            "{} cannot be true with {}{}.",
            self.name_claim(0),
            self.name_claims(against),
            self.tolerance_note(&indices)
                .replacen(", reading", " even reading", 1)
        );
        let own = self.claims[0].attributed_to.as_ref();
        let other_claimants = own.is_some()
            && against.iter().all(|&i| {
                self.claims[i]
                    .attributed_to
                    .as_ref()
                    .is_some_and(|who| Some(who) != own)
            });
        let severity = if other_claimants {
            Severity::Warning
        } else {
            Severity::Error
        };
        (severity, text)
    }

    /// The name explanations give the source of claim `i`.
    fn source_name(&self, i: usize) -> &'a str {
        self.options.source_name(&self.claims[i].source)
    }

    /// The distinct value claim `i` gives.
    fn value_of(&self, i: usize) -> Option<&Value> {
        self.values.iter().find(|v| v.claims.contains(&i))
    }

    /// The values (indices into `values`) of the claims `lo` (above) and
    /// `hi` (below) of a conflict: the lower first, as the explanation
    /// names them.
    fn value_pair(&self, lo: usize, hi: usize) -> Option<[usize; 2]> {
        let index = |i: usize| self.values.iter().position(|v| v.claims.contains(&i));
        Some([index(hi)?, index(lo)?])
    }

    /// A value with the sources that give it: "17 (a, b, d)".
    fn name_value(&self, v: &Value) -> String {
        let names: BTreeSet<&str> = v.claims.iter().map(|&i| self.source_name(i)).collect();
        format!(
            "{} ({})",
            v.label,
            names.into_iter().collect::<Vec<_>>().join(", ")
        )
    }

    /// ", reading 50000 as a round figure (±2500)" for the claims among
    /// `indices` that were read with a tolerance, or nothing.
    fn tolerance_note(&self, indices: &[usize]) -> String {
        let notes: BTreeSet<String> = indices
            .iter()
            .filter_map(|&i| {
                let t = self.widened[i]?.1;
                (t > 0.0).then(|| {
                    format!(
                        "{} as a round figure (±{})",
                        value_label(&self.claims[i]),
                        number(t)
                    )
                })
            })
            .collect();
        if notes.is_empty() {
            String::new()
        } else {
            let notes: Vec<String> = notes.into_iter().collect();
            format!(", reading {}", notes.join(" and "))
        }
    }
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

/// Compares two end keys.
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

/// "a", "a and b", "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
