//! Check: reading the sources of a comparison and turning each into records.
//!
//! A check mixes documents (articles, drafts) and fact files. Documents go
//! through the claim step; fact files already state their claims. Both end as
//! [`Record`]s, so that [`crate::consistency`] compares them the same way and
//! every report points at a file, line and column.

use std::path::Path;

use crate::concept::Concepts;
use crate::consistency::{value_label, Finding, Severity, Value, Verdict};
use crate::error::InputError;
use crate::extract::{extract_with, Record};
use crate::factfile::{claim_location, claim_span, FactFile, FactFileError};
use crate::lang::Lang;
use crate::quantity::{interval_for, Kind};
use crate::source::Source;

/// A fact file with its raw text, to point into it.
#[derive(Clone, Debug)]
pub struct Facts {
    /// The path as given.
    pub name: String,
    /// The YAML as read.
    pub text: String,
    /// The parsed file.
    pub file: FactFile,
}

/// One source of a check.
#[derive(Clone, Debug)]
pub enum Input {
    /// An article or a draft, read as text.
    Document(Source),
    /// A fact file.
    Facts(Facts),
}

/// Why an input of a check could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    /// A document could not be read.
    #[error(transparent)]
    Input(#[from] InputError),
    /// A fact file could not be read or is invalid.
    #[error(transparent)]
    Facts(#[from] FactFileError),
}

/// True for paths read as fact files.
pub fn is_fact_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        crate::source::FACT_EXTENSIONS
            .iter()
            .any(|f| e.eq_ignore_ascii_case(f))
    })
}

impl Input {
    /// Reads `path`: a fact file when its extension says so, else a document
    /// in `lang` (or the language it appears to be in).
    pub fn load(path: &Path, lang: Option<Lang>) -> Result<Input, CheckError> {
        if is_fact_file(path) {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|source| {
                if source.kind() == std::io::ErrorKind::NotFound {
                    InputError::NotFound { path: name.clone() }
                } else {
                    InputError::Io {
                        path: name.clone(),
                        source,
                    }
                }
            })?;
            // Fact files are text too: the same checks for binary content
            // and encoding as documents, with the same messages.
            let text = Source::from_bytes(name.clone(), bytes, Some(Lang::En))?.text;
            let file = FactFile::parse(&name, &text)?;
            Ok(Input::Facts(Facts { name, text, file }))
        } else {
            Ok(Input::Document(Source::from_path(path, lang)?))
        }
    }

    /// The name of the source, as reports print it.
    pub fn name(&self) -> &str {
        match self {
            Input::Document(s) => &s.name,
            Input::Facts(f) => &f.name,
        }
    }

    /// The records of the source: every quantity of a document, every claim
    /// of a fact file.
    pub fn records(&self, concepts: &Concepts) -> Vec<Record> {
        match self {
            Input::Document(source) => extract_with(source, concepts),
            Input::Facts(facts) => fact_records(facts),
        }
    }
}

/// The claims of a fact file as records that point at their entries in it:
/// line, column and byte span of the claim's `id:` line, so that reports and
/// CI annotations land where a person edits the claim. `text` is the quote.
fn fact_records(facts: &Facts) -> Vec<Record> {
    facts
        .file
        .claims
        .iter()
        .map(|c| {
            let span = claim_span(&facts.text, &c.id);
            let at = claim_location(&facts.text, &c.id);
            let text = c
                .quote
                .clone()
                .unwrap_or_else(|| format!("{}: {}", c.key, c.value));
            Record {
                source: facts.name.clone(),
                line: at.line,
                column: at.column,
                start: span.start,
                end: span.end,
                text,
                quantity: format!("{}", c.value),
                value: Some(c.value),
                interval: interval_for(c.qualifier, c.value, None),
                qualifier: c.qualifier,
                kind: Kind::Count,
                counted: None,
                key: Some(c.key.clone()),
                scope: c.scope.clone(),
                attributed_to: c.attributed_to.clone(),
                lang: facts.file.source.lang,
            }
        })
        .collect()
}

/// Compares a fact file with the document it names: every quote must be in
/// the document, and the figure the document gives there must be the value
/// the fact file declares. A quote that is gone is an error in the fact file
/// (`Err`); a figure that changed is a contradiction between the two, with
/// both places (`Ok` with findings). Without a `document`, there is nothing
/// to compare.
pub fn drift(facts: &Facts, concepts: &Concepts) -> Result<Vec<Finding>, CheckError> {
    let Some(document) = facts.file.source.document.as_deref() else {
        return Ok(Vec::new());
    };
    let Some(path) = resolve_document(&facts.name, document) else {
        return Err(FactFileError::Invalid {
            path: facts.name.clone(),
            at: document_location(&facts.text),
            message: format!(
                "document {document:?} does not exist (a relative path is looked up from the working directory, then from the fact file's directory and each one above it)"
            ),
        }
        .into());
    };
    let mut source = Source::from_path(&path, Some(facts.file.source.lang))?;
    // Report the document by the name the fact file gives it.
    source.name = document.to_string();
    let spans = facts
        .file
        .quote_spans(&facts.name, &facts.text, &source.text)?;
    let records = extract_with(&source, concepts);
    let fact_records = fact_records(facts);
    let mut findings = Vec::new();
    for ((claim, span), fact) in facts.file.claims.iter().zip(&spans).zip(fact_records) {
        let Some(span) = span else { continue };
        let inside: Vec<&Record> = records
            .iter()
            .filter(|r| r.value.is_some() && r.start < span.end && span.start < r.end)
            .collect();
        if inside.iter().any(|r| r.value == Some(claim.value)) {
            continue;
        }
        let Some(found) = inside.first() else {
            return Err(FactFileError::Invalid {
                path: facts.name.clone(),
                at: claim_location(&facts.text, &claim.id),
                message: format!(
                    "claim {:?}: claimcheck reads no figure in the quote {:?}",
                    claim.id,
                    claim.quote.as_deref().unwrap_or("")
                ),
            }
            .into());
        };
        let explanation = format!(
            "{}:{}:{} declares {} where its document {}:{}:{} now says {}: update the fact file or the article.",
            facts.name,
            fact.line,
            fact.column,
            value_label(&fact),
            found.source,
            found.line,
            found.column,
            value_label(found),
        );
        findings.push(Finding {
            kind: Verdict::Contradiction,
            severity: Severity::Error,
            key: claim.key.clone(),
            scope: claim.scope.clone(),
            explanation,
            accepted: None,
            values: vec![
                Value {
                    label: value_label(&fact),
                    claims: vec![0],
                },
                Value {
                    label: value_label(found),
                    claims: vec![1],
                },
            ],
            claims: vec![fact, (*found).clone()],
        });
    }
    Ok(findings)
}

/// Finds the document a fact file names: as given (absolute, or relative to
/// the working directory), else relative to the fact file's directory or one
/// above it, so that `claims/pegasus/x.yaml` naming `fixtures/pegasus/x.txt`
/// works from the repository root and from anywhere inside it.
pub fn resolve_document(facts_path: &str, document: &str) -> Option<std::path::PathBuf> {
    let direct = Path::new(document);
    if direct.is_file() {
        return Some(direct.to_path_buf());
    }
    if direct.is_absolute() {
        return None;
    }
    let facts_dir = Path::new(facts_path).parent()?;
    facts_dir
        .ancestors()
        .map(|dir| dir.join(document))
        .find(|p| p.is_file())
}

/// Where the `document:` entry of a fact file is, or its top.
fn document_location(text: &str) -> crate::factfile::Location {
    let at = text.find("document:").unwrap_or(0);
    let line = text[..at].matches('\n').count() + 1;
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    crate::factfile::Location {
        line,
        column: text[line_start..at].chars().count() + 1,
    }
}
