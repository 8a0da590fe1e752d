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
mod judge;
mod model;
mod tolerance;

pub use accept::{apply_accepted, fails, Accepted};
pub use model::{AcceptedCounts, Finding, Report, Severity, Summary, Value, Verdict};
pub use tolerance::{rounding_tolerance, DEFAULT_TOLERANCE};

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
pub fn compare(records: Vec<Record>, sources: usize, options: &CompareOptions) -> Report {
    let (findings, claims) = find(records, options);
    Report::new(findings, sources, claims)
}

/// The findings on `records`, one per group of comparable claims, in the
/// order of their keys and scopes, and the number of count claims compared:
/// what [`compare`] reports, for a caller that adds findings of its own
/// before making the [`Report`]. A figure its source presents as an earlier
/// one (`superseded`) is compared with nothing.
pub fn find(records: Vec<Record>, options: &CompareOptions) -> (Vec<Finding>, usize) {
    let mut claims: Vec<Record> = records
        .into_iter()
        .filter(|r| r.key.is_some() && r.interval.is_some() && !r.superseded)
        .collect();
    claims.sort_by(|a, b| {
        (&a.key, &a.scope, &a.source, a.start).cmp(&(&b.key, &b.scope, &b.source, b.start))
    });
    let mut findings = Vec::new();
    let mut rest = claims.as_slice();
    while let Some(first) = rest.first() {
        let len = rest
            .iter()
            .take_while(|r| r.key == first.key && r.scope == first.scope)
            .count();
        let (group, tail) = rest.split_at(len);
        rest = tail;
        findings.extend(judge::judge(group, options));
    }
    (findings, claims.len())
}

#[cfg(test)]
pub(crate) mod tests;
