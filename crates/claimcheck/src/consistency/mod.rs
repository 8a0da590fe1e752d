//! Consistency: where sources agree on a figure and where they contradict.
//!
//! Claims are grouped by concept key and scope (a sort, so the cost is
//! n log n in the number of claims, never all pairs of the corpus); each
//! group with claims of at least two sources is judged (`judge`) by its
//! value intervals, round figures read with their `tolerance`, and, for a
//! tally that changes as an event unfolds, by its sources' dates (a newer
//! figure is an update, not a contradiction). The result
//! is a [`Report`] of [`Finding`]s (`model`); differences a person
//! reviewed are marked `accept`ed.

mod accept;
mod holders;
mod judge;
mod model;
mod tolerance;

pub use accept::{apply_accepted, fails, Accepted};
pub use model::{
    AcceptedCounts, Figure, FigureCounts, Finding, Report, Severity, Standing, Summary, Value,
    Verdict,
};
pub use tolerance::{rounding_tolerance, DEFAULT_TOLERANCE};

use rustc_hash::FxHashSet;
use std::collections::BTreeMap;

use crate::concept::Concepts;
use crate::labels::short_source;
use crate::record::Record;

/// Which sources a comparison is about, and how it reads round figures.
#[derive(Clone, Debug)]
pub struct CompareOptions<'a> {
    /// Names of reference sources (`--against`). When not empty, only
    /// contradictions between a checked source and a reference are reported.
    pub references: &'a [String],
    /// The largest share of a round figure its tolerance reaches
    /// ([`rounding_tolerance`]).
    pub tolerance: f64,
    /// The lexicon that says which keys are changing tallies
    /// ([`Concepts::is_changing`]): their rising figures from dated sources
    /// are updates.
    pub concepts: &'a Concepts,
    /// The name explanations give a source, by its name in records (a fact
    /// file's `source.id`); a source not here is named by its file stem.
    pub names: &'a BTreeMap<String, String>,
}

/// No source with a name of its own.
static NO_NAMES: BTreeMap<String, String> = BTreeMap::new();

impl Default for CompareOptions<'_> {
    fn default() -> Self {
        CompareOptions {
            references: &[],
            tolerance: DEFAULT_TOLERANCE,
            concepts: Concepts::builtin(),
            names: &NO_NAMES,
        }
    }
}

impl CompareOptions<'_> {
    /// The name explanations give the source `source`: its own name when it
    /// has one (a fact file's id), else its file stem.
    pub fn source_name<'s>(&'s self, source: &'s str) -> &'s str {
        self.names
            .get(source)
            .map_or_else(|| short_source(source), String::as_str)
    }
}

/// Compares the count claims of all sources and returns the report.
/// `records` may hold anything `extract` returns; only count claims (a key,
/// an interval) are compared. `sources` is the number of sources read.
/// With references, the report is about the checked sources' figures
/// ([`find_against`]).
pub fn compare(records: Vec<Record>, sources: usize, options: &CompareOptions) -> Report {
    if options.references.is_empty() {
        let (findings, claims) = find(records, options);
        Report::new(findings, sources, claims)
    } else {
        let (findings, figures, claims) = find_against(records, options, false);
        Report::with_figures(findings, figures, sources, claims)
    }
}

/// The comparable claims of `records`, sorted by key, scope, source and
/// position, so that each group of comparable claims is a run of them.
/// Figures their texts present as earlier are compared with nothing. One
/// party's wordings get one scope (`name_parties_alike`), the event's own
/// place none (`widen_to_the_event`).
fn comparable(records: Vec<Record>, concepts: &Concepts) -> Vec<Record> {
    let mut claims: Vec<Record> = records
        .into_iter()
        .filter(|r| r.interval.is_some() && !r.superseded)
        .filter(|r| {
            // Seats or votes with no party named ("577 seats", "289
            // seats") are a total, a threshold or anyone's: never compared.
            r.key
                .as_deref()
                .is_some_and(|k| r.scope.is_some() || !concepts.is_held(k))
        })
        .collect();
    name_parties_alike(&mut claims, concepts);
    widen_to_the_event(&mut claims, concepts);
    claims.sort_by(|a, b| {
        (&a.key, &a.scope, &a.source, a.start).cmp(&(&b.key, &b.scope, &b.source, b.start))
    });
    claims
}

/// The groups of comparable claims (same key, same scope) of sorted
/// `claims`.
fn groups(claims: &[Record]) -> impl Iterator<Item = &[Record]> {
    let mut rest = claims;
    std::iter::from_fn(move || {
        let first = rest.first()?;
        let len = rest
            .iter()
            .take_while(|r| r.key == first.key && r.scope == first.scope)
            .count();
        let (group, tail) = rest.split_at(len);
        rest = tail;
        Some(group)
    })
}

/// A check against references (`options.references`): each figure of a
/// checked source judged against the references' claims in its group, one
/// finding each (the checked claim first), and every checked figure with
/// its verdict, `no source` when no reference counts the same thing. What
/// references say among themselves is no finding, unless `all`; two checked
/// sources are not compared with each other. Returns the findings, the
/// figures and the number of count claims compared.
pub fn find_against(
    records: Vec<Record>,
    options: &CompareOptions,
    all: bool,
) -> (Vec<Finding>, Vec<Figure>, usize) {
    let claims = comparable(records, options.concepts);
    let reference_names: FxHashSet<&str> = options.references.iter().map(String::as_str).collect();
    let is_ref = |r: &Record| reference_names.contains(r.source.as_str());
    let mut findings = Vec::new();
    let mut figures = Vec::new();
    for group in groups(&claims) {
        let (references, checked): (Vec<&Record>, Vec<&Record>) =
            group.iter().partition(|r| is_ref(r));
        let judged_against = representatives(&references);
        let sources: Vec<String> = judged_against
            .iter()
            .map(|r| r.source.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for claim in checked {
            let mut judged = vec![claim.clone()];
            judged.extend(judged_against.iter().map(|r| (*r).clone()));
            match judge::judge_figure(&judged, options, &reference_names) {
                Some(finding) => {
                    figures.push(Figure {
                        verdict: Standing::of(finding.kind),
                        severity: finding.severity,
                        explanation: finding.explanation.clone(),
                        references: sources.clone(),
                        claim: claim.clone(),
                    });
                    findings.push(finding);
                }
                None => figures.push(Figure {
                    verdict: Standing::NoSource,
                    severity: Severity::Info,
                    explanation: no_source(claim),
                    references: Vec::new(),
                    claim: claim.clone(),
                }),
            }
        }
        if all {
            let among: Vec<Record> = references.into_iter().cloned().collect();
            let alike = CompareOptions {
                references: &[],
                ..options.clone()
            };
            findings.extend(judge::judge(&among, &alike, &FxHashSet::default()));
        }
    }
    (findings, figures, claims.len())
}

/// How many references of one value a checked figure is judged against.
const PER_VALUE: usize = 8;

/// The references a checked figure is judged against: each distinct value
/// of its cell's references, by at most [`PER_VALUE`] of the references
/// that give it. A verdict depends on the values only, and a cell of
/// thousands of references then costs each figure a few, not thousands.
fn representatives<'r>(references: &[&'r Record]) -> Vec<&'r Record> {
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    references
        .iter()
        .filter(|r| {
            let n = taken.entry(crate::labels::value_label(r)).or_insert(0);
            *n += 1;
            *n <= PER_VALUE
        })
        .copied()
        .collect()
}

/// Why a checked figure has no verdict: "No reference counts
/// media_outlet (France)."
fn no_source(claim: &Record) -> String {
    let key = claim.key.as_deref().unwrap_or_default();
    match &claim.scope {
        Some(scope) => format!("No reference counts {key} ({scope})."),
        None => format!("No reference counts {key}."),
    }
}

/// The findings on `records`, one per group of comparable claims, in the
/// order of their keys and scopes, and the number of count claims compared:
/// what [`compare`] reports, for a caller that adds findings of its own
/// before making the [`Report`]. A figure its source presents as an earlier
/// one (`superseded`) is compared with nothing.
pub fn find(records: Vec<Record>, options: &CompareOptions) -> (Vec<Finding>, usize) {
    let claims = comparable(records, options.concepts);
    let references: FxHashSet<&str> = options.references.iter().map(String::as_str).collect();
    let findings = groups(&claims)
        .filter_map(|group| judge::judge(group, options, &references))
        .collect();
    (findings, claims.len())
}

/// Claims placed where the whole event happened are the event's: when
/// most sources place some of their counts in one place ("à Derna", "in
/// Derna": the floods of Derna), more sources than any other place, that
/// place is the event's own, and its counts are compared with the counts
/// that name no place. A place named by few sources (a city's count in a
/// national story) stays a scope of its own.
fn widen_to_the_event(claims: &mut [Record], concepts: &Concepts) {
    let placed = |r: &Record| r.key.as_deref().is_some_and(|k| !concepts.is_held(k));
    let sources: std::collections::BTreeSet<&str> =
        claims.iter().map(|r| r.source.as_str()).collect();
    let mut by_place: std::collections::BTreeMap<&str, std::collections::BTreeSet<&str>> =
        Default::default();
    for r in claims.iter().filter(|r| placed(r)) {
        if let Some(place) = r.scope.as_deref() {
            by_place.entry(place).or_default().insert(r.source.as_str());
        }
    }
    let mut counts: Vec<(usize, &str)> = by_place.iter().map(|(p, s)| (s.len(), *p)).collect();
    counts.sort_unstable_by(|a, b| b.cmp(a));
    let event = match counts.as_slice() {
        [(n, place), rest @ ..]
            if *n >= 2 && 2 * n >= sources.len() && rest.first().is_none_or(|(m, _)| m < n) =>
        {
            place.to_string()
        }
        _ => return,
    };
    for r in claims.iter_mut() {
        if placed(r) && r.scope.as_deref() == Some(event.as_str()) {
            r.scope = None;
        }
    }
}

/// Gives the claims of one party one scope, whatever the wording of its
/// name in each source ("NFP", "New Popular Front"): see `holders`. Only
/// counts held by a party (seats, votes) have a holder as scope.
fn name_parties_alike(claims: &mut [Record], concepts: &Concepts) {
    let held = |r: &Record| r.key.as_deref().is_some_and(|k| concepts.is_held(k));
    let names: std::collections::BTreeSet<&str> = claims
        .iter()
        .filter(|r| held(r))
        .filter_map(|r| r.scope.as_deref())
        .collect();
    if names.len() < 2 {
        return;
    }
    let party = holders::unify(&names);
    for r in claims.iter_mut().filter(|r| held(r)) {
        if let Some(name) = r.scope.as_ref().and_then(|s| party.get(s)) {
            r.scope = Some(name.clone());
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
