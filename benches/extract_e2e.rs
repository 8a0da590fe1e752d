//! End-to-end throughput of `claimcheck extract`: the binary, on a corpus of
//! at least 100 MB built from the eight fixtures, on 1 and 2 threads, with
//! its peak memory.
//!
//!     cargo bench --bench extract_e2e
//!
//! The corpus is 100 files of about 1 MB, each the fixtures repeated with
//! varied figures, written once to a temporary directory. Each run is the
//! release binary reading the directory and writing JSON lines to /dev/null;
//! the thread count is set with RAYON_NUM_THREADS. Peak memory is the
//! child's resident high-water mark (`VmHWM` in /proc, Linux), read while it
//! runs; the last reading is at most 5 ms before it exits.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::{Command, Stdio};
use std::time::Instant;

mod corpus;

const FILES: usize = 100;
const FILE_LEN: usize = 1024 * 1024;

/// The resident high-water mark of process `pid`, in MiB, if it still runs.
fn peak_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1024.0)
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let texts = corpus::fixtures();
    let mut total = 0usize;
    for f in 0..FILES {
        // Vary one figure per article so that the files differ.
        let file = corpus::file_of(&texts, f, FILE_LEN);
        total += file.len();
        std::fs::write(dir.path().join(format!("{f:03}.txt")), file).expect("write the corpus");
    }
    let bin = env!("CARGO_BIN_EXE_claimcheck");
    println!("corpus: {FILES} files, {:.1} MB", total as f64 / 1e6);
    println!("| threads | time | throughput | peak memory |");
    println!("|---------|------|------------|-------------|");
    for threads in [1, 2] {
        let mut best = f64::INFINITY;
        let mut peak: f64 = 0.0;
        for _ in 0..3 {
            let start = Instant::now();
            let mut child = Command::new(bin)
                .args(["extract", "--format", "jsonl"])
                .arg(dir.path())
                .env("RAYON_NUM_THREADS", threads.to_string())
                .stdout(Stdio::null())
                .spawn()
                .expect("run claimcheck");
            let status = loop {
                if let Some(mib) = peak_mib(child.id()) {
                    peak = peak.max(mib);
                }
                if let Some(status) = child.try_wait().expect("wait for claimcheck") {
                    break status;
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            };
            assert!(status.success(), "claimcheck extract failed");
            best = best.min(start.elapsed().as_secs_f64());
        }
        println!(
            "| {threads} | {best:.2} s | {:.0} MB/s | {peak:.0} MiB |",
            total as f64 / 1e6 / best
        );
    }
}
