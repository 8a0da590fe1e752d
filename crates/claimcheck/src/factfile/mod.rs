//! Fact files: the claims of one source, curated by a person, in YAML.
//!
//! A newsroom keeps its fact sheet as data (`claims/*.yaml`), so that CI can
//! compare it with the articles it describes. Loading is strict: unknown
//! fields, a missing or negative value, a duplicated id and the like are
//! errors that point at file, line and column, never a panic and never a
//! silent skip. The format is documented in `claims/README.md`.

use std::ops::Range;
use std::path::Path;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use crate::consistency::Accepted;
use crate::lang::Lang;
pub use crate::location::Location;
use crate::quantity::Qualifier;

mod draft;
mod drift;
mod records;

pub use draft::draft;
pub use drift::{drift, drift_with_document, resolve_document, Drift};

/// The largest fact file read. A fact sheet is a few kilobytes; the limit
/// keeps a huge or hostile file from stalling a CI run in the YAML parser.
pub const MAX_FACT_FILE_BYTES: usize = 8 * 1024 * 1024;

/// A fact file, as written.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactFile {
    /// The source the claims come from.
    pub source: FactSource,
    /// The claims, in file order.
    pub claims: Vec<FactClaim>,
    /// Differences a person reviewed and accepted (see `.claimcheck.yaml`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accepted: Vec<Accepted>,
}

/// The source a fact file describes.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactSource {
    /// Unique name of the source.
    pub id: String,
    /// The document the claims are quoted from, relative to the directory
    /// the tool runs in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The language of the quotes.
    pub lang: Lang,
    /// When the source was published, in ISO 8601 at the precision known:
    /// "2021-07-22", "2021-07" or "2021".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl FactSource {
    /// The source's date; `None` when it has none (a loaded fact file's
    /// date is always valid: [`FactFile::parse`] checks it).
    pub fn date(&self) -> Option<crate::source::Date> {
        self.date.as_deref().and_then(iso_date)
    }
}

/// A date written exactly as ISO 8601 at one precision, nothing around it.
fn iso_date(text: &str) -> Option<crate::source::Date> {
    crate::source::Date::parse_iso(text).filter(|d| d.to_string() == text)
}

/// One claim of a fact file.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FactClaim {
    /// Unique within the file.
    pub id: String,
    /// The concept key of what is counted.
    pub key: String,
    /// The nominal value, as the source writes it.
    pub value: f64,
    /// How the source qualifies the value.
    #[serde(default = "exact")]
    pub qualifier: Qualifier,
    /// The words of the source, to be found in `document`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The place the count is limited to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Who the source says makes the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed_to: Option<String>,
}

fn exact() -> Qualifier {
    Qualifier::Exact
}

/// A fact file as read: its name, its raw text (to point into it) and what
/// it says.
#[derive(Clone, Debug)]
pub struct Facts {
    /// The path as given.
    pub name: String,
    /// The YAML as read.
    pub text: String,
    /// The parsed file.
    pub file: FactFile,
    /// The encoding its document is read in (`--encoding`); `None` detects it.
    pub encoding: Option<&'static crate::source::Encoding>,
}

impl Facts {
    /// Reads and validates the fact file at `path`, whose document will be
    /// read in `encoding` (detected when `None`). Fact files are text too:
    /// the same checks for binary content as documents, with the same
    /// messages; YAML is UTF-8.
    pub fn read(
        path: &Path,
        encoding: Option<&'static crate::source::Encoding>,
    ) -> Result<Facts, FactFileError> {
        let name = path.display().to_string();
        let bytes = crate::source::read_file(path)?;
        let text = crate::source::utf8_text(&name, bytes)?;
        let file = FactFile::parse(&name, &text)?;
        Ok(Facts {
            name,
            text,
            file,
            encoding,
        })
    }
}

/// Why a fact file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum FactFileError {
    /// The file could not be read.
    #[error("{path}: cannot read fact file: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The YAML is malformed or does not have the fact-file shape.
    #[error("{path}:{at}: {message}")]
    Syntax {
        /// The file.
        path: String,
        /// Where the parser stopped.
        at: Location,
        /// What the parser expected.
        message: String,
    },
    /// The fact file, or the document it names, could not be read.
    #[error(transparent)]
    Read(#[from] crate::source::InputError),
    /// The YAML has the right shape but a value is wrong.
    #[error("{path}:{at}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// The offending entry.
        at: Location,
        /// What is wrong and what was expected.
        message: String,
    },
}

/// Where the claim `id` stands in the raw text of a fact file: the byte span
/// of its `id:` entry to the end of that line, or the start of the file when
/// it cannot be found.
pub fn claim_span(text: &str, id: &str) -> Range<usize> {
    let needle = format!("id: {id}");
    let at = text.match_indices(&needle).find(|(i, _)| {
        let after = &text[i + needle.len()..];
        after.is_empty() || after.starts_with(ID_END)
    });
    match at {
        Some((i, _)) => i..line_end(text, i),
        None => 0..0,
    }
}

/// What ends a claim id after `id: ` in a fact file's raw text.
const ID_END: [char; 6] = ['\n', '\r', ' ', ',', '}', '#'];

/// The span of every claim's `id:` entry in the raw text of a fact file,
/// found in one pass, so that pointing at each of a file's claims costs one
/// read of the file rather than one per claim (a generated fact file of
/// 50 000 claims took minutes). Answers as [`claim_span`] does.
pub(crate) struct ClaimSpans<'t> {
    text: &'t str,
    /// The offset of the first `id: X` entry of each X, X ending as
    /// [`claim_span`] wants it.
    first: FxHashMap<&'t str, usize>,
}

impl<'t> ClaimSpans<'t> {
    /// Every `id: ` entry of `text`, by its id.
    pub(crate) fn new(text: &'t str) -> ClaimSpans<'t> {
        let mut first = FxHashMap::default();
        for (i, needle) in text.match_indices("id: ") {
            let rest = &text[i + needle.len()..];
            let id = &rest[..rest.find(ID_END).unwrap_or(rest.len())];
            first.entry(id).or_insert(i);
        }
        ClaimSpans { text, first }
    }

    /// What [`claim_span`] says of `id`: an id that holds a character that
    /// ends ids in the index is looked for the long way.
    pub(crate) fn span(&self, id: &str) -> Range<usize> {
        if id.contains(ID_END) {
            return claim_span(self.text, id);
        }
        match self.first.get(id) {
            Some(&i) => i..line_end(self.text, i),
            None => 0..0,
        }
    }
}

/// The end of the line holding byte `i`, before its `\n` or `\r`.
fn line_end(text: &str, i: usize) -> usize {
    text[i..].find(['\n', '\r']).map_or(text.len(), |e| i + e)
}

/// The location of the claim `id` in the raw text of a fact file: its `id:`
/// entry, or the start of the file when it cannot be found.
pub fn claim_location(text: &str, id: &str) -> Location {
    Location::of(text, claim_span(text, id).start)
}

/// Where the `n`-th entry of the `accepted:` list starts, or the top of the file.
fn accepted_location(text: &str, n: usize) -> Location {
    let Some(list) = text.find("\naccepted:") else {
        return Location::START;
    };
    let entries: Vec<usize> = text[list..]
        .match_indices("\n  - ")
        .map(|(i, _)| list + i + 3)
        .collect();
    Location::of(text, entries.get(n).copied().unwrap_or(list + 1))
}

impl FactFile {
    /// Reads and validates the fact file at `path`.
    pub fn load(path: &Path) -> Result<FactFile, FactFileError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| FactFileError::Io {
            path: name.clone(),
            source,
        })?;
        FactFile::parse(&name, &text)
    }

    /// Parses and validates the fact file `text`, named `path` in errors.
    pub fn parse(path: &str, text: &str) -> Result<FactFile, FactFileError> {
        if text.len() > MAX_FACT_FILE_BYTES {
            return Err(FactFileError::Invalid {
                path: path.to_string(),
                at: Location::START,
                message: format!(
                    "fact file is {:.1} MB; fact files are limited to {} MiB (split it by source)",
                    text.len() as f64 / 1e6,
                    MAX_FACT_FILE_BYTES / (1024 * 1024)
                ),
            });
        }
        let file: FactFile = crate::yaml::parse(
            text,
            "the claims",
            "a fact file is a source and a flat list of claims",
        )
        .map_err(|e| FactFileError::Syntax {
            path: path.to_string(),
            at: e.at,
            message: e.message,
        })?;
        file.validate(path, text)?;
        Ok(file)
    }

    /// Checks what the shape cannot: unique ids, finite and non-negative
    /// values, snake_case keys, accepted differences with a reason.
    fn validate(&self, path: &str, text: &str) -> Result<(), FactFileError> {
        let file = self;
        let invalid = |id: &str, message: String| FactFileError::Invalid {
            path: path.to_string(),
            at: claim_location(text, id),
            message,
        };
        if let Some(date) = &file.source.date {
            if iso_date(date).is_none() {
                let at = text
                    .find("date:")
                    .map_or(Location::START, |i| Location::of(text, i));
                return Err(FactFileError::Invalid {
                    path: path.to_string(),
                    at,
                    message: format!(
                        "source date {date:?} is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY (\"2021-07-22\")"
                    ),
                });
            }
        }
        let mut ids = FxHashSet::default();
        for claim in &file.claims {
            if !ids.insert(claim.id.as_str()) {
                return Err(invalid(
                    &claim.id,
                    format!(
                        "claim id {:?} is used twice; ids must be unique within a file",
                        claim.id
                    ),
                ));
            }
            if !claim.value.is_finite() {
                return Err(invalid(
                    &claim.id,
                    format!(
                        "claim {:?}: value {} is not a finite number",
                        claim.id, claim.value
                    ),
                ));
            }
            if claim.value < 0.0 {
                return Err(invalid(
                    &claim.id,
                    format!(
                        "claim {:?}: value {} is negative; a count is 0 or more",
                        claim.id, claim.value
                    ),
                ));
            }
            if !crate::concept::is_valid_key(&claim.key) {
                return Err(invalid(&claim.id, format!("claim {:?}: key {:?} must be lower-case ASCII words joined by '_' (e.g. phone_number)", claim.id, claim.key)));
            }
        }
        for (n, a) in file.accepted.iter().enumerate() {
            if let Err(message) = a.validate() {
                return Err(FactFileError::Invalid {
                    path: path.to_string(),
                    at: accepted_location(text, n),
                    message: format!("accepted[{n}]: {message}"),
                });
            }
        }
        Ok(())
    }

    /// Where each claim's quote stands in `document`: `None` for a claim with
    /// no quote; an error naming the claim when a quote is not found.
    pub fn quote_spans(
        &self,
        path: &str,
        text: &str,
        document: &str,
    ) -> Result<Vec<Option<Range<usize>>>, FactFileError> {
        self.claims
            .iter()
            .map(|c| match &c.quote {
                None => Ok(None),
                Some(q) => match document.find(q.as_str()) {
                    Some(at) => Ok(Some(at..at + q.len())),
                    None => Err(FactFileError::Invalid {
                        path: path.to_string(),
                        at: claim_location(text, &c.id),
                        message: format!(
                            "claim {:?}: quote {:?} is not in {}",
                            c.id,
                            q,
                            self.source.document.as_deref().unwrap_or("the document")
                        ),
                    }),
                },
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "source: {id: s, document: d.txt, lang: fr}\nclaims:\n  - {id: a, key: media_outlet, value: 17, quote: \"17 médias\"}\n";

    #[test]
    fn loads_a_valid_file() {
        let f = FactFile::parse("f.yaml", GOOD).unwrap();
        assert_eq!(f.claims[0].qualifier, Qualifier::Exact);
        assert_eq!(f.source.lang, Lang::Fr);
        let spans = f
            .quote_spans("f.yaml", GOOD, "un consortium de 17 médias")
            .unwrap();
        assert_eq!(spans, vec![Some(17..27)]);
    }

    #[test]
    fn errors_point_at_the_entry() {
        let cases = [
            ("source: {id: s, lang: fr}\nclaims:\n  - {id: a, key: k, value: 1, colour: red}\n", "f.yaml:3:31: claims[0]: unknown field `colour`, expected one of"),
            ("source: {id: s, lang: fr}\nclaims:\n  - {id: a, key: k, value: -1}\n", "f.yaml:3:6: claim \"a\": value -1 is negative; a count is 0 or more"),
            ("source: {id: s, lang: fr}\nclaims:\n  - {id: a, key: k, value: 1}\n  - {id: a, key: k, value: 2}\n", "f.yaml:3:6: claim id \"a\" is used twice; ids must be unique within a file"),
            ("source: {id: s, lang: de}\nclaims: []\n", "f.yaml:1:"),
            ("source: {id: s, lang: fr}\nclaims:\n  - {id: a, key: Bad-Key, value: 1}\n", "f.yaml:3:6: claim \"a\": key \"Bad-Key\""),
            ("source: {id: s, lang: fr}\nclaims:\n  - {id: a, key: k, value: .nan}\n", "f.yaml:3:6: claim \"a\": value NaN is not a finite number"),
            ("source: {id: s, lang: fr, date: \"12/09/2023\"}\nclaims: []\n", "f.yaml:1:27: source date \"12/09/2023\" is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY"),
            ("source: {id: s, lang: fr, date: \"2023-02-30\"}\nclaims: []\n", "f.yaml:1:27: source date \"2023-02-30\" is not a date"),
        ];
        for (text, want) in cases {
            let err = FactFile::parse("f.yaml", text).unwrap_err().to_string();
            assert!(
                err.starts_with(want),
                "{err:?} does not start with {want:?}"
            );
        }
    }

    #[test]
    fn every_record_carries_the_source_date() {
        for (date, want) in [
            ("2021-07-22", Some("2021-07-22")),
            ("2021-07", Some("2021-07")),
            ("2021", Some("2021")),
        ] {
            let text = format!("source: {{id: s, lang: fr, date: \"{date}\"}}\nclaims:\n  - {{id: a, key: dead, value: 14}}\n");
            let facts = Facts {
                name: "f.yaml".into(),
                file: FactFile::parse("f.yaml", &text).unwrap(),
                text,
                encoding: None,
            };
            let records = facts.records();
            assert_eq!(records[0].date.map(|d| d.to_string()).as_deref(), want);
            assert!(!records[0].superseded);
        }
    }

    #[test]
    fn claim_spans_answer_as_claim_span() {
        let text = "source: {id: s, lang: fr}\nclaims:\n  - {id: a1, key: k, value: 1}\n  - id: a\n    key: k\n    value: 2\n  - {id: a, key: k}\n  - {id: \"b c\", key: k}\n  - {id: a10,key: k}\r\n";
        let spans = ClaimSpans::new(text);
        for id in ["s", "a1", "a", "a10", "\"b", "b c", "missing", ""] {
            assert_eq!(spans.span(id), claim_span(text, id), "{id:?}");
        }
        assert_eq!(&text[spans.span("a")], "id: a");
    }

    #[test]
    fn a_missing_quote_is_an_error() {
        let f = FactFile::parse("f.yaml", GOOD).unwrap();
        let err = f
            .quote_spans("f.yaml", GOOD, "16 médias")
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "f.yaml:3:6: claim \"a\": quote \"17 médias\" is not in d.txt"
        );
    }
}
