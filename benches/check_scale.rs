//! How `check` scales with the number of documents.
//!
//! Generates N documents from the eight fixtures (French and English) with
//! varied figures, extracts their claims and compares them, for N = 1 000,
//! 10 000 and 100 000, and prints the time of each step and the peak memory.
//! Each N runs in a fresh process (this binary re-runs itself), so the peak
//! resident size it reports is that N's alone. Documents are generated one at
//! a time and dropped once their claims are extracted: memory follows the
//! claims, not the text.
//!
//!     cargo bench --bench check_scale            # 1k, 10k, 100k
//!     cargo bench --bench check_scale -- 5000    # one N
//!
//! The design goal: 10 000 documents in under 10 s on a 2-core machine,
//! growth no worse than N log N.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::Command;
use std::time::Instant;

use claimcheck::concept::Concepts;
use claimcheck::consistency::{compare, CompareOptions};
use claimcheck::record::extract_with;
use claimcheck::source::Source;

mod corpus;

/// Peak resident memory of this process, in MiB (Linux `VmHWM`).
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Runs one N in this process and prints its row.
fn run(n: usize) {
    let fixtures = corpus::fixtures();
    let concepts = Concepts::builtin();
    let mut rng = corpus::Rng::new();
    let mut records = Vec::new();
    let mut bytes = 0usize;
    let mut extracted = std::time::Duration::ZERO;
    for i in 0..n {
        // Generating the document is not part of the measure.
        let text = corpus::document(&fixtures, i, &mut rng);
        bytes += text.len();
        let start = Instant::now();
        let source = Source::from_bytes(format!("doc/{i:06}.txt"), text.into_bytes(), None)
            .expect("generated text is UTF-8");
        records.extend(
            extract_with(&source, concepts)
                .into_iter()
                .filter(|r| r.key.is_some()),
        );
        extracted += start.elapsed();
    }
    let claims = records.len();
    let compare_start = Instant::now();
    let report = compare(records, n, &CompareOptions::default());
    let compared = compare_start.elapsed();
    let total = extracted + compared;
    println!(
        "| {n:>7} | {:>6.1} MB | {claims:>8} | {:>8.2} s | {:>8.3} s | {:>8.2} s | {:>8.0} MiB | {} findings, {} contradictions |",
        bytes as f64 / 1e6,
        extracted.as_secs_f64(),
        compared.as_secs_f64(),
        total.as_secs_f64(),
        peak_mib().unwrap_or(f64::NAN),
        report.findings.len(),
        report.summary.contradictions,
    );
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if let Some(n) = args.first().and_then(|a| a.parse::<usize>().ok()) {
        if std::env::var_os("CLAIMCHECK_SCALE_CHILD").is_some() {
            run(n);
            return;
        }
    }
    let sizes: Vec<usize> = match args
        .iter()
        .map(|a| a.parse::<usize>())
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(v) if !v.is_empty() => v,
        _ => vec![1_000, 10_000, 100_000],
    };
    println!("|       N |   text    |   claims |  extract  |  compare  |   total   | peak memory | result |");
    println!("|---------|-----------|----------|-----------|-----------|-----------|-------------|--------|");
    let exe = std::env::current_exe().expect("the bench knows its own path");
    for n in sizes {
        let status = Command::new(&exe)
            .arg(n.to_string())
            .env("CLAIMCHECK_SCALE_CHILD", "1")
            .status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("N = {n}: the run failed");
        }
    }
}
