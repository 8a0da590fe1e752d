//! The corpus every benchmark is built from: the fixture articles of
//! `fixtures/pegasus/` (French) and `fixtures/pegasus-en/` (English), read
//! once, and the documents the benchmarks make of them.
//!
//! Each bench includes this module (`mod corpus;`) and uses what it needs:
//!
//! - [`seed_articles`] and [`repeated`]: the five French seed articles
//!   repeated to a size (`quantities`);
//! - [`fixtures`] and [`file_of`]: files of about a size, the eight fixtures
//!   in turn with one figure varied per article (`extract_e2e`);
//! - [`fixtures`], [`Rng`] and [`document`]: one fixture with a share of its
//!   plain figures changed by a small amount (`check_scale`).
//!
//! Everything is deterministic: every run builds the same corpus.

// Each bench uses only some of these builders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The `.txt` files of the fixture directories `dirs` (under `fixtures/`),
/// sorted by path.
fn fixture_paths(dirs: &[&str]) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(root.join(dir)).expect("fixtures are readable") {
            let path = entry.expect("directory entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
}

fn read_all(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("fixture is UTF-8"))
        .collect()
}

/// The eight fixture texts, French and English, in path order.
pub fn fixtures() -> Vec<String> {
    read_all(&fixture_paths(&["pegasus", "pegasus-en"]))
}

/// The five French seed articles of `fixtures/pegasus/`, in path order.
pub fn seed_articles() -> Vec<String> {
    let paths = fixture_paths(&["pegasus"]);
    assert_eq!(
        paths.len(),
        5,
        "expected the five seed articles in {}",
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/pegasus")
            .display()
    );
    read_all(&paths)
}

/// `texts`, each followed by a blank line, repeated to at least `len` bytes.
pub fn repeated(texts: &[String], len: usize) -> String {
    let mut articles = String::new();
    for text in texts {
        articles += text;
        articles += "\n\n";
    }
    articles.repeat(len.div_ceil(articles.len()))
}

/// File `f` of a corpus of files of at least `len` bytes: the texts in turn
/// from the `f`-th, each followed by a blank line, with the first "17" of
/// each article changed to 17, 18 or 19 so that the files differ.
pub fn file_of(texts: &[String], f: usize, len: usize) -> String {
    let mut file = String::with_capacity(len + 8192);
    let mut i = f;
    while file.len() < len {
        let text = &texts[i % texts.len()];
        file.push_str(&text.replacen("17", &(17 + i % 3).to_string(), 1));
        file.push_str("\n\n");
        i += 1;
    }
    file
}

/// A small deterministic generator (xorshift), so every run builds the same corpus.
pub struct Rng(pub u64);

impl Rng {
    /// The generator every bench starts from.
    pub fn new() -> Rng {
        Rng(0x2545_f491_4f6c_dd1d)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Document `i`: a fixture whose plain figures (runs of digits not inside a
/// word) are changed one time in four, by a small amount, so that the
/// corpus holds agreements, compatible values and contradictions.
pub fn document(fixtures: &[String], i: usize, rng: &mut Rng) -> String {
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
