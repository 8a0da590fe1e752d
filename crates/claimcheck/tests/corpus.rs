//! The development corpus (`fixtures/dev-corpus/`: four real events, French
//! and English reporting, hand-checked gold claims and findings) scored with
//! the rules of the corpus's own scorer (`score.py`, see
//! `fixtures/dev-corpus/ORIGIN.md`), so that every `cargo test` measures the
//! tool on real reporting and fails when a figure drops below the one the
//! README records (or rises past it: then the README is out of date).
//!
//! The figures: claim precision and recall (count claims, and all claims),
//! and contradiction precision and recall, strict (a gold contradiction is
//! found only by a finding that holds claims of both its sides and no claim
//! of another gold key) and loose.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use claimcheck::check::{self, Request};
use claimcheck::consistency::{Finding, Verdict};
use claimcheck::record::{extract, Record};
use claimcheck::source::{ReadOptions, Source};

#[path = "support/gold.rs"]
mod gold;

use gold::{claimant_words, event_dirs, load_event, occurrences, root, value_agrees};
use gold::{Event, Gold, GoldContradiction};

/// The counts one event contributes to the corpus's figures.
#[derive(Clone, Copy, Debug, Default)]
struct Counts {
    gold_claims: usize,
    gold_count_claims: usize,
    tool_claims: usize,
    matched: usize,
    matched_counts: usize,
    gold_contradictions: usize,
    found: usize,
    found_strict: usize,
    judged: usize,
    true_loose: usize,
    true_strict: usize,
    attribution_gold: usize,
    attribution_tool: usize,
    attribution_matched: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.gold_claims += o.gold_claims;
        self.gold_count_claims += o.gold_count_claims;
        self.tool_claims += o.tool_claims;
        self.matched += o.matched;
        self.matched_counts += o.matched_counts;
        self.gold_contradictions += o.gold_contradictions;
        self.found += o.found;
        self.found_strict += o.found_strict;
        self.judged += o.judged;
        self.true_loose += o.true_loose;
        self.true_strict += o.true_strict;
        self.attribution_gold += o.attribution_gold;
        self.attribution_tool += o.attribution_tool;
        self.attribution_matched += o.attribution_matched;
    }
}

/// The tool's claims of each document, and which gold claim each matches.
type Matches = BTreeMap<(String, usize, usize), String>;

fn score_claims(event: &Event, counts: &mut Counts) -> Matches {
    let mut tool: BTreeMap<&str, Vec<Record>> = BTreeMap::new();
    let mut texts: BTreeMap<&str, String> = BTreeMap::new();
    for doc in &event.docs {
        let path = event.dir.join(doc);
        let source = Source::read(&path, ReadOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        texts.insert(doc, source.original().to_string());
        let records = extract(&source).into_iter().filter(|r| r.key.is_some());
        tool.insert(doc, records.collect());
    }
    counts.tool_claims += tool.values().map(Vec::len).sum::<usize>();
    let mut taken: BTreeSet<(&str, usize)> = BTreeSet::new();
    let mut matches = Matches::new();
    for g in &event.claims {
        counts.gold_claims += 1;
        counts.gold_count_claims += usize::from(!g.unit);
        let mut spans = occurrences(&texts[g.doc.as_str()], &g.quote);
        assert!(
            !spans.is_empty(),
            "gold quote not in {}: {:?}",
            g.doc,
            g.quote
        );
        if let Some(n) = g.occurrence.filter(|&n| n >= 1 && n <= spans.len()) {
            spans = vec![spans[n - 1]];
        }
        let found = tool[g.doc.as_str()].iter().enumerate().find(|(i, t)| {
            !taken.contains(&(g.doc.as_str(), *i))
                && spans.iter().any(|&(s, e)| t.start < e && s < t.end)
                && value_agrees(t, g)
        });
        if let Some((i, t)) = found {
            taken.insert((g.doc.as_str(), i));
            matches.insert((g.doc.clone(), t.start, t.end), g.id.clone());
            counts.matched += 1;
            counts.matched_counts += usize::from(!g.unit);
            let (gold, tool) = (g.attributed_to.as_deref(), t.attributed_to.as_deref());
            counts.attribution_gold += usize::from(gold.is_some());
            counts.attribution_tool += usize::from(tool.is_some());
            let shared = match (gold, tool) {
                (Some(a), Some(b)) => !claimant_words(a).is_disjoint(&claimant_words(b)),
                _ => false,
            };
            counts.attribution_matched += usize::from(shared);
        }
    }
    matches
}

fn score_event(event: &Event) -> Counts {
    let mut counts = Counts::default();
    let matches = score_claims(event, &mut counts);
    let paths: Vec<PathBuf> = event.docs.iter().map(|d| event.dir.join(d)).collect();
    let outcome = check::run(Request {
        paths: &paths,
        ..Request::default()
    });
    let gold_ids = |f: &Finding| -> BTreeSet<String> {
        f.claims
            .iter()
            .filter_map(|c| {
                let name = Path::new(&c.source).file_name()?.to_str()?.to_string();
                matches.get(&(name, c.start, c.end)).cloned()
            })
            .collect()
    };
    let by_id: BTreeMap<&str, &Gold> = event.claims.iter().map(|g| (g.id.as_str(), g)).collect();
    let dont_care: BTreeSet<String> = event
        .claims
        .iter()
        .filter(|g| g.dont_care)
        .map(|g| g.id.clone())
        .collect();
    let hits = |gc: &GoldContradiction, ids: &BTreeSet<String>| {
        gc.sides
            .iter()
            .filter(|side| side.iter().any(|c| ids.contains(c)))
            .count()
            >= 2
    };
    let clean = |gc: &GoldContradiction, ids: &BTreeSet<String>| {
        let mut keys: BTreeSet<Option<&str>> = gc
            .claims
            .iter()
            .filter_map(|c| by_id.get(c.as_str()))
            .map(|g| g.key.as_deref())
            .collect();
        keys.insert(gc.key.as_deref());
        ids.difference(&dont_care)
            .all(|i| keys.contains(&by_id[i.as_str()].key.as_deref()))
    };
    // The report's findings of kind contradiction or update; an update
    // counts only for time-dependent gold contradictions.
    let tool: Vec<(BTreeSet<String>, bool)> = outcome
        .report
        .findings
        .iter()
        .filter(|f| matches!(f.kind, Verdict::Contradiction | Verdict::Update))
        .map(|f| (gold_ids(f), f.kind == Verdict::Contradiction))
        .collect();
    let kind_ok =
        |gc: &GoldContradiction, is_contradiction: bool| is_contradiction || gc.time_dependent;
    counts.gold_contradictions = event.contradictions.len();
    for gc in &event.contradictions {
        let found = |strict: bool| {
            tool.iter()
                .any(|(ids, k)| hits(gc, ids) && kind_ok(gc, *k) && (!strict || clean(gc, ids)))
        };
        counts.found += usize::from(found(false));
        counts.found_strict += usize::from(found(true));
    }
    for (ids, k) in &tool {
        let strict = event
            .contradictions
            .iter()
            .any(|gc| hits(gc, ids) && kind_ok(gc, *k) && clean(gc, ids));
        counts.true_strict += usize::from(strict);
        if event.contradictions.iter().any(|gc| hits(gc, ids)) {
            counts.true_loose += 1;
            counts.judged += 1;
            continue;
        }
        let real: BTreeSet<&String> = ids.difference(&dont_care).collect();
        let ignored = (!ids.is_empty() && real.is_empty())
            || (real.len() < 2 && ids.iter().any(|i| dont_care.contains(i)));
        counts.judged += usize::from(!ignored);
    }
    counts
}

/// A ratio rounded as the scorer rounds it (three decimals).
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        (a as f64 / b as f64 * 1000.0).round() / 1000.0
    }
}

/// The figures the README records for the development corpus, by name.
fn recorded() -> BTreeMap<String, f64> {
    let readme =
        std::fs::read_to_string(root().join("README.md")).unwrap_or_else(|e| panic!("{e}"));
    let start = readme
        .find("<!-- dev-corpus figures -->")
        .expect("README.md has the development corpus figures");
    readme[start..]
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let value = cells.get(2)?.split_whitespace().next()?.parse().ok()?;
            Some((cells.get(1)?.to_string(), value))
        })
        .collect()
}

#[test]
fn development_corpus_figures_hold() {
    let mut total = Counts::default();
    let events = event_dirs();
    assert_eq!(events.len(), 4, "four events in fixtures/dev-corpus");
    for path in &events {
        total += score_event(&load_event(path));
    }
    assert_eq!((total.gold_claims, total.gold_contradictions), (261, 51));
    let measured = [
        ("claim precision", ratio(total.matched, total.tool_claims)),
        (
            "claim recall",
            ratio(total.matched_counts, total.gold_count_claims),
        ),
        ("claim recall, all", ratio(total.matched, total.gold_claims)),
        (
            "contradiction precision, strict",
            ratio(total.true_strict, total.judged),
        ),
        (
            "contradiction recall, strict",
            ratio(total.found_strict, total.gold_contradictions),
        ),
        (
            "contradiction precision, loose",
            ratio(total.true_loose, total.judged),
        ),
        (
            "contradiction recall, loose",
            ratio(total.found, total.gold_contradictions),
        ),
        (
            "attribution precision",
            ratio(total.attribution_matched, total.attribution_tool),
        ),
        (
            "attribution recall",
            ratio(total.attribution_matched, total.attribution_gold),
        ),
    ];
    let recorded = recorded();
    let report: Vec<String> = measured
        .iter()
        .map(|(n, v)| format!("{n}: {v:.3}"))
        .collect();
    for (name, value) in measured {
        let Some(&want) = recorded.get(name) else {
            panic!(
                "README.md records no {name:?}; measured:\n{}",
                report.join("\n")
            );
        };
        assert!(
            value >= want - 1e-9,
            "{name} fell to {value:.3} from the README's {want:.3}; measured:\n{}",
            report.join("\n")
        );
        assert!(
            value <= want + 1e-9,
            "{name} rose to {value:.3} from the README's {want:.3}: record it; measured:\n{}",
            report.join("\n")
        );
    }
}
