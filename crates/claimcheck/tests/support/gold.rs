//! The development corpus's gold (`fixtures/dev-corpus/<event>/gold.yaml`)
//! read as its own scorer (`score.py`) reads it, with the scorer's rules for
//! finding a quote and for a tool value agreeing with a gold value. Shared by
//! the test binaries that score the corpus (`corpus.rs`, `accuracy.rs`); each
//! reads only part of it, hence `dead_code` allowed here.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use claimcheck::record::Record;
use serde_yaml::Value;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The event folders of the development corpus (those holding a
/// `gold.yaml`), sorted.
pub fn event_dirs() -> Vec<PathBuf> {
    let dir = root().join("fixtures/dev-corpus");
    let mut events: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.yaml").is_file())
        .collect();
    events.sort();
    events
}

/// A gold claim, as the scorer reads it.
pub struct Gold {
    pub id: String,
    pub doc: String,
    pub quote: String,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub qualifier: String,
    pub key: Option<String>,
    pub attributed_to: Option<String>,
    pub unit: bool,
    pub occurrence: Option<usize>,
    pub dont_care: bool,
}

/// A gold contradiction: its key, its claims, its sides.
pub struct GoldContradiction {
    pub key: Option<String>,
    pub claims: Vec<String>,
    pub sides: Vec<Vec<String>>,
    pub time_dependent: bool,
}

/// One event's gold file.
pub struct Event {
    pub dir: PathBuf,
    pub docs: BTreeSet<String>,
    pub claims: Vec<Gold>,
    pub contradictions: Vec<GoldContradiction>,
}

fn str_of(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64().or_else(|| v.as_i64().map(|n| n as f64))
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_sequence)
        .map(|s| {
            s.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

pub fn load_event(dir: &Path) -> Event {
    let text = std::fs::read_to_string(dir.join("gold.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let gold: Value = serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let list = |key: &str| {
        gold.get(key)
            .and_then(Value::as_sequence)
            .cloned()
            .unwrap_or_default()
    };
    let claims: Vec<Gold> = list("claims")
        .iter()
        .map(|c| {
            let (low, high) = match c.get("value").and_then(num) {
                Some(v) => (Some(v), Some(v)),
                None => {
                    let i = c.get("interval").and_then(Value::as_sequence);
                    let end = |n: usize| i.and_then(|i| i.get(n)).and_then(num);
                    (end(0), end(1))
                }
            };
            Gold {
                id: str_of(c, "id").unwrap_or_default(),
                doc: str_of(c, "doc").unwrap_or_default(),
                quote: str_of(c, "quote").unwrap_or_default(),
                low,
                high,
                qualifier: str_of(c, "qualifier").unwrap_or_else(|| "exact".into()),
                key: str_of(c, "key"),
                attributed_to: str_of(c, "attributed_to"),
                unit: c.get("unit").is_some_and(|u| !u.is_null()),
                occurrence: c
                    .get("occurrence")
                    .and_then(Value::as_u64)
                    .map(|n| n as usize),
                dont_care: c.get("superseded").and_then(Value::as_bool) == Some(true)
                    || c.get("mirrors").is_some_and(|m| !m.is_null()),
            }
        })
        .collect();
    let mut docs: BTreeSet<String> = claims.iter().map(|c| c.doc.clone()).collect();
    for e in list("excluded") {
        docs.extend(str_of(&e, "doc"));
    }
    for d in list("documents") {
        docs.extend(str_of(&d, "file"));
    }
    let contradictions = list("findings")
        .iter()
        .filter(|f| str_of(f, "kind").as_deref() == Some("contradiction"))
        .map(|f| {
            let claims = strings(f.get("claims"));
            let mut sides: Vec<Vec<String>> = f
                .get("sides")
                .and_then(Value::as_sequence)
                .map(|s| s.iter().map(|side| strings(Some(side))).collect())
                .unwrap_or_default();
            if sides.is_empty() {
                sides = claims.iter().map(|c| vec![c.clone()]).collect();
            }
            GoldContradiction {
                key: str_of(f, "key"),
                claims,
                sides,
                time_dependent: f.get("time_dependent").and_then(Value::as_bool) == Some(true),
            }
        })
        .collect();
    Event {
        dir: dir.to_path_buf(),
        docs,
        claims,
        contradictions,
    }
}

/// Byte spans where `quote` stands in `text`, not glued to a letter or digit
/// on either side.
pub fn occurrences(text: &str, quote: &str) -> Vec<(usize, usize)> {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let starts_alnum = alnum(quote.chars().next());
    let ends_alnum = alnum(quote.chars().last());
    text.match_indices(quote)
        .map(|(i, _)| (i, i + quote.len()))
        .filter(|&(s, e)| {
            let glued_before = alnum(text[..s].chars().last()) && starts_alnum;
            let glued_after = alnum(text[e..].chars().next()) && ends_alnum;
            !glued_before && !glued_after
        })
        .collect()
}

/// The words of a claimant as the scorer compares them: folded, split on
/// what is not a letter or digit, three letters or more.
pub fn claimant_words(name: &str) -> BTreeSet<String> {
    claimcheck::segment::fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_string)
        .collect()
}

pub fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * 1f64.max(a.abs()).max(b.abs()),
        _ => false,
    }
}

/// The scorer's rule for a tool value agreeing with a gold value.
pub fn value_agrees(t: &Record, g: &Gold) -> bool {
    let (lo, hi) = (g.low, g.high);
    let (tv, tlo, thi) = (t.value, t.low(), t.high());
    match g.qualifier.replace('_', "-").as_str() {
        "exact" => close(tv, lo) || (close(tlo, lo) && close(thi, hi)),
        "more-than" | "at-least" => thi.is_none() && (close(tlo, lo) || close(tv, lo)),
        "less-than" | "at-most" => {
            (tlo.is_none() || tlo == Some(0.0)) && (close(thi, hi) || close(tv, hi))
        }
        "approx" | "about" | "nearly" => {
            let centre = if hi.is_none() || close(lo, hi) {
                lo
            } else {
                None
            };
            match (centre, tlo, thi) {
                (Some(c), Some(l), Some(h)) => close(tv, Some(c)) || (l <= c && c <= h),
                (Some(c), _, _) => close(tv, Some(c)),
                (None, _, _) => {
                    let mid = (lo.unwrap_or(0.0) + hi.unwrap_or(0.0)) / 2.0;
                    matches!((tlo, thi), (Some(l), Some(h)) if l <= mid && mid <= h)
                        || close(tv, Some(mid))
                }
            }
        }
        "range" => close(tlo, lo) && close(thi, hi),
        _ => close(tv, lo),
    }
}
