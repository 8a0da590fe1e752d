//! Claim extraction measured against the gold fact files in claims/.
//!
//! Every fact file that names its document is a list of the count claims a
//! person found by reading it. A claim extracted from the document matches a
//! gold claim when their spans overlap, their values are equal and their keys
//! are equal. Precision is the share of extracted claims that match, recall
//! the share of gold claims matched; both must stay at or above 0.95 (the
//! figures are in the README).

// The test prints the figures it measures, for the README.
#![allow(clippy::print_stdout)]

use std::path::{Path, PathBuf};

use claimcheck::claim::find_claims;
use claimcheck::concept::Concepts;
use claimcheck::factfile::FactFile;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn gold_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![root().join("claims")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[derive(Default)]
struct Score {
    extracted: usize,
    correct: usize,
    gold: usize,
    found: usize,
}

fn score(path: &Path, misses: &mut Vec<String>) -> Score {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).unwrap();
    let facts = FactFile::parse(&name, &text).unwrap_or_else(|e| panic!("{e}"));
    let document_path = root().join(
        facts
            .source
            .document
            .as_deref()
            .expect("gold files name their document"),
    );
    let document = std::fs::read_to_string(&document_path).unwrap();
    let spans = facts
        .quote_spans(&name, &text, &document)
        .unwrap_or_else(|e| panic!("{e}"));
    let claims: Vec<_> = find_claims(&document, facts.source.lang, Concepts::builtin())
        .into_iter()
        .filter(|c| c.key.is_some())
        .collect();
    let gold: Vec<_> = facts.claims.iter().zip(&spans).collect();
    let matches = |c: &claimcheck::claim::Claim,
                   (g, span): &(
        &claimcheck::factfile::FactClaim,
        &Option<std::ops::Range<usize>>,
    )| {
        let overlap = span
            .as_ref()
            .is_some_and(|s| s.start < c.span.end && c.span.start < s.end);
        overlap && c.quantity.value == Some(g.value) && c.key.as_deref() == Some(g.key.as_str())
    };
    let mut s = Score {
        extracted: claims.len(),
        gold: gold.len(),
        ..Score::default()
    };
    for c in &claims {
        if gold.iter().any(|g| matches(c, g)) {
            s.correct += 1;
        } else {
            misses.push(format!(
                "{name}: extracted but not gold: {:?} = {:?} {:?}",
                &document[c.span.clone()],
                c.quantity.value,
                c.key
            ));
        }
    }
    for g in &gold {
        if claims.iter().any(|c| matches(c, g)) {
            s.found += 1;
        } else {
            misses.push(format!(
                "{name}: gold but not extracted: {:?} = {} {}",
                g.0.quote, g.0.value, g.0.key
            ));
        }
    }
    s
}

#[test]
fn precision_and_recall_on_gold_files() {
    let mut total = Score::default();
    let mut misses = Vec::new();
    let files = gold_files();
    assert!(
        files.len() >= 8,
        "expected the gold files of fixtures/pegasus and fixtures/pegasus-en"
    );
    for path in &files {
        let s = score(path, &mut misses);
        total.extracted += s.extracted;
        total.correct += s.correct;
        total.gold += s.gold;
        total.found += s.found;
    }
    let precision = total.correct as f64 / total.extracted as f64;
    let recall = total.found as f64 / total.gold as f64;
    println!(
        "claims: {} gold, {} extracted; precision {:.3} ({}/{}), recall {:.3} ({}/{})",
        total.gold,
        total.extracted,
        precision,
        total.correct,
        total.extracted,
        recall,
        total.found,
        total.gold
    );
    for m in &misses {
        println!("{m}");
    }
    assert!(
        precision >= 0.95,
        "precision {precision:.3} below 0.95:\n{}",
        misses.join("\n")
    );
    assert!(
        recall >= 0.95,
        "recall {recall:.3} below 0.95:\n{}",
        misses.join("\n")
    );
}
