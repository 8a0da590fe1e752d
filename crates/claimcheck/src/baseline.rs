//! Baselines: today's findings, recorded so that only new ones fail.
//!
//! A repository adopting claimcheck may have differences nobody has time to
//! review yet. `--write-baseline FILE` records a fingerprint of each failing
//! finding; `--baseline FILE` then lets those pass and fails only on new
//! ones. A fingerprint is what makes a finding the same finding from run to
//! run: its verdict, key, scope, values and sources, not line numbers, so that
//! editing another paragraph does not make an old difference new.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::consistency::Finding;

/// The fingerprint of a finding: a 64-bit FNV-1a hash, in hex, of its
/// verdict, key, scope, sorted value labels and sorted source names. FNV is
/// written out here because the hash must never change between versions of
/// Rust or of a crate: a baseline outlives both.
pub fn fingerprint(finding: &Finding) -> String {
    let mut sources: Vec<&str> = finding.claims.iter().map(|c| c.source.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    let mut values: Vec<&str> = finding.values.iter().map(|v| v.label.as_str()).collect();
    values.sort_unstable();
    let canonical = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        finding.kind.name(),
        finding.key,
        finding.scope.as_deref().unwrap_or(""),
        values.join("\u{1e}"),
        sources.join("\u{1e}")
    );
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in canonical.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// One recorded finding: its fingerprint and, for the person reading the
/// file, what it was.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The concept key.
    pub key: String,
    /// The scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The values, as labels.
    pub values: Vec<String>,
    /// The sources involved.
    pub sources: Vec<String>,
}

/// A baseline file.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The format version: 1.
    pub version: u32,
    /// Fingerprint → entry, sorted, so that the file is stable across runs.
    pub findings: BTreeMap<String, Entry>,
}

/// Why a baseline could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// Reading or writing failed.
    #[error("{path}: {action} baseline: {source}")]
    Io {
        /// The file.
        path: String,
        /// "cannot read" or "cannot write".
        action: &'static str,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not a baseline.
    #[error("{path}:{line}:{column}: not a claimcheck baseline: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the parser said.
        message: String,
    },
}

impl Baseline {
    /// The baseline of `findings`: every one given (the caller passes those
    /// that would fail).
    pub fn of<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Baseline {
        let mut baseline = Baseline {
            version: 1,
            findings: BTreeMap::new(),
        };
        for f in findings {
            let mut sources: Vec<String> = f.claims.iter().map(|c| c.source.clone()).collect();
            sources.sort();
            sources.dedup();
            let entry = Entry {
                key: f.key.clone(),
                scope: f.scope.clone(),
                values: f.values.iter().map(|v| v.label.clone()).collect(),
                sources,
            };
            baseline.findings.insert(fingerprint(f), entry);
        }
        baseline
    }

    /// True when `finding` was recorded.
    pub fn contains(&self, finding: &Finding) -> bool {
        self.findings.contains_key(&fingerprint(finding))
    }

    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
            path: name.clone(),
            action: "cannot read",
            source,
        })?;
        let baseline: Baseline =
            serde_json::from_str(&text).map_err(|e| BaselineError::Invalid {
                path: name.clone(),
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            })?;
        if baseline.version != 1 {
            return Err(BaselineError::Invalid {
                path: name,
                line: 1,
                column: 1,
                message: format!("version {} is not supported (expected 1)", baseline.version),
            });
        }
        Ok(baseline)
    }

    /// The file's text: pretty JSON, keys sorted, newline at the end.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Writes the baseline to `path` atomically: to a temporary file in the
    /// same directory, then renamed over `path`, so that a reader (or a
    /// crash) never sees half a file.
    pub fn write(&self, path: &Path) -> Result<(), BaselineError> {
        let name = path.display().to_string();
        let io = |source| BaselineError::Io {
            path: name.clone(),
            action: "cannot write",
            source,
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut file = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
        file.write_all(self.to_json().as_bytes()).map_err(io)?;
        file.as_file().sync_all().map_err(io)?;
        file.persist(path).map_err(|e| io(e.error))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consistency::{compare, CompareOptions};
    use crate::quantity::Qualifier;
    use crate::record::Record;

    fn rec(source: &str, v: f64, line: usize) -> Record {
        let mut r = crate::consistency::tests::rec(source, Qualifier::Exact, v);
        r.line = line;
        r.key = Some("minister".to_string());
        r
    }

    #[test]
    fn fingerprints_ignore_positions_and_order() {
        let one = compare(
            vec![rec("a.txt", 14.0, 3), rec("b.txt", 15.0, 9)],
            2,
            &CompareOptions::default(),
        );
        let two = compare(
            vec![rec("b.txt", 15.0, 40), rec("a.txt", 14.0, 1)],
            2,
            &CompareOptions::default(),
        );
        assert_eq!(fingerprint(&one.findings[0]), fingerprint(&two.findings[0]));
        let other = compare(
            vec![rec("a.txt", 14.0, 3), rec("b.txt", 16.0, 9)],
            2,
            &CompareOptions::default(),
        );
        assert_ne!(
            fingerprint(&one.findings[0]),
            fingerprint(&other.findings[0])
        );
        // The hash is part of the file format: it must not change.
        assert_eq!(fingerprint(&one.findings[0]).len(), 16);
    }

    #[test]
    fn written_atomically_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("baseline.json");
        let report = compare(
            vec![rec("a.txt", 14.0, 3), rec("b.txt", 15.0, 9)],
            2,
            &CompareOptions::default(),
        );
        let baseline = Baseline::of(&report.findings);
        baseline.write(&path).unwrap();
        let first = std::fs::read_to_string(&path).unwrap();
        baseline.write(&path).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            first,
            "stable across runs"
        );
        let read = Baseline::load(&path).unwrap();
        assert!(read.contains(&report.findings[0]));
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
        std::fs::write(&path, "{\"version\": 1, \"findings\": 3}").unwrap();
        let err = Baseline::load(&path).unwrap_err().to_string();
        assert!(err.contains("baseline.json:1:"), "{err}");
    }
}
