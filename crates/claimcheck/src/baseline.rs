//! Baselines: today's findings, recorded so that only new ones fail.
//!
//! A repository adopting claimcheck may have differences nobody has time to
//! review yet. `--write-baseline FILE` records a fingerprint of each failing
//! finding; `--baseline FILE` then lets those pass and fails only on new
//! ones. A fingerprint is what makes a finding the same finding from run to
//! run: its verdict, key, scope, values and sources, not line numbers, so that
//! editing another paragraph does not make an old difference new.
//!
//! Sources are named in a fingerprint relative to the baseline's *root*: the
//! nearest directory at or above the baseline file that holds `.git` or a
//! `.claimcheck.yaml` (the repository or the configuration), else the
//! baseline's own directory. The root depends only on where the baseline
//! file is, so `claims/a.yaml`, `./claims/a.yaml`, an absolute path and a
//! run from a subfolder all name the same source. Entries written before
//! roots existed (sources named as typed) still match when typed the same.
//! An entry that matches no finding of a run is reported ([`Stale`]), so a
//! baseline that went stale is visible instead of silently holding nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::FILE_NAMES;
use crate::consistency::Finding;
use crate::source::STDIN_NAME;

/// The fingerprint of a finding with its sources named as they were typed:
/// a 64-bit FNV-1a hash, in hex, of its verdict, key, scope, sorted value
/// labels and sorted source names. FNV is written out here because the hash
/// must never change between versions of Rust or of a crate: a baseline
/// outlives both. [`Baseline`] names sources from its root instead.
pub fn fingerprint(finding: &Finding) -> String {
    fingerprint_named(finding, &|name| name.to_string())
}

/// The fingerprint of a finding, each source named by `name`.
fn fingerprint_named(finding: &Finding, name: &dyn Fn(&str) -> String) -> String {
    let sources = source_names(finding, name);
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

/// The distinct sources of a finding, each named by `name`, sorted.
fn source_names(finding: &Finding, name: &dyn Fn(&str) -> String) -> Vec<String> {
    let typed: BTreeSet<&str> = finding.claims.iter().map(|c| c.source.as_str()).collect();
    let named: BTreeSet<String> = typed.into_iter().map(name).collect();
    named.into_iter().collect()
}

/// The root a baseline at `path` names its sources from: the nearest
/// directory at or above the file's that holds `.git` or a configuration
/// file, else the file's directory; absolute, symbolic links resolved.
pub fn root_for(path: &Path) -> PathBuf {
    let absolute = absolute(path);
    let dir = absolute
        .parent()
        .map_or_else(|| absolute.clone(), Path::to_path_buf);
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    let marked =
        |d: &&Path| d.join(".git").exists() || FILE_NAMES.iter().any(|name| d.join(name).is_file());
    dir.ancestors().find(marked).unwrap_or(&dir).to_path_buf()
}

/// `path` made absolute against the working directory (`.` and `..` left
/// to the file system to resolve).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// A source's name relative to `root`, with `/` between its parts:
/// `claims/a.yaml` however the path was typed. Standard input keeps its
/// name, a source outside the root is named by its absolute path, and a
/// name that is no file (a document named in a fact file, read from
/// elsewhere) is kept as typed.
pub fn name_from_root(name: &str, root: &Path) -> String {
    if name == STDIN_NAME {
        return name.to_string();
    }
    let Ok(resolved) = std::fs::canonicalize(name) else {
        return name.to_string();
    };
    let relative = resolved.strip_prefix(root).unwrap_or(&resolved);
    let parts: Vec<String> = relative
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    if relative.is_absolute() {
        format!("/{}", parts.join("/"))
    } else {
        parts.join("/")
    }
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
    /// The sources involved, named from the baseline's root.
    pub sources: Vec<String>,
}

/// `media_outlet (France) — 16 vs 17 in a.txt, b.txt`: what an entry is
/// about, as messages name it.
impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.key)?;
        if let Some(scope) = &self.scope {
            write!(f, " ({scope})")?;
        }
        write!(
            f,
            " — {} in {}",
            self.values.join(" vs "),
            self.sources.join(", ")
        )
    }
}

/// A baseline file.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The format version: 1.
    pub version: u32,
    /// Fingerprint → entry, sorted, so that the file is stable across runs.
    pub findings: BTreeMap<String, Entry>,
    /// The directory sources are named from ([`root_for`]); `None` names
    /// them as typed.
    #[serde(skip)]
    pub root: Option<PathBuf>,
}

/// A baseline entry that matched no finding of a run: reported as a note,
/// never a failure, so that a stale baseline shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stale {
    /// The baseline file, as named on the command line.
    pub baseline: String,
    /// The entry's fingerprint.
    pub fingerprint: String,
    /// The entry.
    pub entry: Entry,
    /// Its sources that this run did not read, named from the root.
    pub unread: Vec<String>,
}

impl fmt::Display for Stale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: entry {} ({}) matched no finding",
            self.baseline, self.fingerprint, self.entry
        )?;
        if self.unread.is_empty() {
            write!(
                f,
                ": the difference is gone or its figures changed; write the baseline again \
                 (--write-baseline) to drop the entry"
            )
        } else {
            write!(f, ": this run did not read {}", self.unread.join(", "))
        }
    }
}

/// Why a baseline could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum BaselineError {
    /// Reading or writing failed.
    #[error("{path}: {action} baseline: {}", plain(.source))]
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

/// What the system said, without the temporary file's path the atomic
/// write adds to it (the baseline's own path is already said), lowercase
/// as every message: "no such file or directory (os error 2)".
fn plain(error: &std::io::Error) -> String {
    let inner = error
        .get_ref()
        .and_then(|e| e.source())
        .and_then(|e| e.downcast_ref::<std::io::Error>());
    let code = error
        .raw_os_error()
        .or_else(|| inner.and_then(std::io::Error::raw_os_error));
    let text = match (code, inner) {
        (Some(code), _) => std::io::Error::from_raw_os_error(code).to_string(),
        (None, Some(inner)) => inner.to_string(),
        // tempfile says where its temporary file was: `… at path "…/.tmpXYZ"`.
        (None, None) => {
            let text = error.to_string();
            match text.find(" at path \"") {
                Some(at) => text[..at].to_string(),
                None => text,
            }
        }
    };
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

impl Baseline {
    /// The baseline of `findings`: every one given (the caller passes those
    /// that would fail), sources named from `root` (as typed when `None`;
    /// [`root_for`] gives the root of a baseline file).
    pub fn of<'a>(
        findings: impl IntoIterator<Item = &'a Finding>,
        root: Option<PathBuf>,
    ) -> Baseline {
        let mut baseline = Baseline {
            version: 1,
            findings: BTreeMap::new(),
            root,
        };
        for f in findings {
            let name = |n: &str| baseline.name(n);
            let entry = Entry {
                key: f.key.clone(),
                scope: f.scope.clone(),
                values: f.values.iter().map(|v| v.label.clone()).collect(),
                sources: source_names(f, &name),
            };
            let print = fingerprint_named(f, &name);
            baseline.findings.insert(print, entry);
        }
        baseline
    }

    /// A source's name in this baseline: from its root, or as typed.
    pub fn name(&self, source: &str) -> String {
        match &self.root {
            Some(root) => name_from_root(source, root),
            None => source.to_string(),
        }
    }

    /// The fingerprint of the entry `finding` matches: named from the root,
    /// or (an entry written before roots) as typed; `None` when it was not
    /// recorded.
    pub fn matching(&self, finding: &Finding) -> Option<&str> {
        let rooted = fingerprint_named(finding, &|n| self.name(n));
        let typed = || fingerprint(finding);
        self.findings
            .get_key_value(&rooted)
            .or_else(|| self.findings.get_key_value(&typed()))
            .map(|(k, _)| k.as_str())
    }

    /// True when `finding` was recorded.
    pub fn contains(&self, finding: &Finding) -> bool {
        self.matching(finding).is_some()
    }

    /// The entries whose fingerprint is not in `matched`, as notes about the
    /// baseline `name`; `read` are the sources this run read, as typed.
    pub fn stale(&self, name: &str, matched: &BTreeSet<&str>, read: &[&str]) -> Vec<Stale> {
        let read: BTreeSet<String> = read.iter().map(|n| self.name(n)).collect();
        self.findings
            .iter()
            .filter(|(print, _)| !matched.contains(print.as_str()))
            .map(|(print, entry)| Stale {
                baseline: name.to_string(),
                fingerprint: print.clone(),
                entry: entry.clone(),
                unread: entry
                    .sources
                    .iter()
                    .filter(|s| !read.contains(s.as_str()))
                    .cloned()
                    .collect(),
            })
            .collect()
    }

    /// Reads a baseline file; its sources are named from [`root_for`] it.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| BaselineError::Io {
            path: name.clone(),
            action: "cannot read",
            source,
        })?;
        let mut baseline: Baseline =
            serde_json::from_str(&text).map_err(|e| BaselineError::Invalid {
                path: name.clone(),
                line: e.line(),
                // serde_json counts the column of an end of file as 0.
                column: e.column().max(1),
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
        baseline.root = Some(root_for(path));
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
        let baseline = Baseline::of(&report.findings, None);
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
