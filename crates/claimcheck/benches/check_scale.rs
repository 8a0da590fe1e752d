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
//!     cargo bench -p claimcheck --bench check_scale            # 1k, 10k, 100k
//!     cargo bench -p claimcheck --bench check_scale -- 5000    # one N
//!
//! The design goal: 10 000 documents in under 10 s on a 2-core machine,
//! growth no worse than N log N.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use claimcheck::concept::Concepts;
use claimcheck::consistency::{compare, CompareOptions};
use claimcheck::record::extract_with;
use claimcheck::source::Source;

/// The fixture texts, read once.
fn fixtures() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let mut paths = Vec::new();
    for dir in ["pegasus", "pegasus-en"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("fixtures are readable") {
            let path = entry.expect("directory entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture is UTF-8"))
        .collect()
}

/// A small deterministic generator (xorshift), so every run builds the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Document `i`: a fixture whose plain figures (runs of digits not inside a
/// word) are changed one time in four, by a small amount, so that the
/// corpus holds agreements, compatible values and contradictions.
fn document(fixtures: &[String], i: usize, rng: &mut Rng) -> String {
    let text = &fixtures[i % fixtures.len()];
    let mut out = String::with_capacity(text.len() + 16);
    let bytes = text.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        if bytes[k].is_ascii_digit() && (k == 0 || !bytes[k - 1].is_ascii_alphanumeric()) {
            let end = k + bytes[k..].iter().take_while(|b| b.is_ascii_digit()).count();
            let n: u64 = text[k..end].parse().unwrap_or(0);
            let varied = if rng.next().is_multiple_of(4) && n < 1_000 {
                n + rng.next() % 3
            } else {
                n
            };
            out.push_str(&varied.to_string());
            k = end;
        } else {
            let c = text[k..].chars().next().expect("char boundary");
            out.push(c);
            k += c.len_utf8();
        }
    }
    out
}

/// Peak resident memory of this process, in MiB (Linux `VmHWM`).
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Runs one N in this process and prints its row.
fn run(n: usize) {
    let fixtures = fixtures();
    let concepts = Concepts::builtin();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut records = Vec::new();
    let mut bytes = 0usize;
    let mut extracted = std::time::Duration::ZERO;
    for i in 0..n {
        // Generating the document is not part of the measure.
        let text = document(&fixtures, i, &mut rng);
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
