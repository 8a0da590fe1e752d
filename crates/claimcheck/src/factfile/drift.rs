//! Drift: a fact file compared with the document it quotes.
//!
//! Each quote must still be in the document, and the figure the document
//! gives there must still be the declared value. A changed figure is a
//! contradiction pointing at both places (the quote is found again by its
//! words around the figure); a quote whose words are gone is an error in the
//! fact file.

use std::ops::Range;
use std::path::{Path, PathBuf};

use super::{claim_location, FactClaim, FactFileError, Facts};
use crate::concept::Concepts;
use crate::consistency::{Finding, Severity, Value, Verdict};
use crate::labels::value_label;
use crate::location::Location;
use crate::quantity::find_quantities;
use crate::record::{extract_with, Record};
use crate::source::{ReadOptions, Source};

/// Compares a fact file with the document it names: every quote must be in
/// the document, and the figure the document gives there must be the value
/// the fact file declares. A quote that is gone is an error in the fact file
/// (`Err`); a figure that changed is a contradiction between the two, with
/// both places (`Ok` with findings). Without a `document`, there is nothing
/// to compare.
pub fn drift(facts: &Facts, concepts: &Concepts) -> Result<Vec<Finding>, FactFileError> {
    drift_with_document(facts, concepts, None).map(|(findings, _)| findings)
}

/// The findings of [`drift`] and the document it read.
pub type Drift = (Vec<Finding>, Option<Source>);

/// [`drift`], also returning the document it read, so that a report can
/// quote it. `known` is the document and its records when the caller has
/// already read it in the fact file's language (a check whose inputs hold
/// both): it is then neither read nor extracted again.
pub fn drift_with_document(
    facts: &Facts,
    concepts: &Concepts,
    known: Option<(&Source, &[Record])>,
) -> Result<Drift, FactFileError> {
    let Some(document) = facts.file.source.document.as_deref() else {
        return Ok((Vec::new(), None));
    };
    let Some(path) = resolve_document(&facts.name, document) else {
        return Err(FactFileError::Invalid {
            path: facts.name.clone(),
            at: document_location(&facts.text),
            message: format!(
                "document {document:?} does not exist (a relative path is looked up from the working directory, then from the fact file's directory and each one above it)"
            ),
        });
    };
    let known = known.filter(|(source, _)| source.lang == facts.file.source.lang);
    let owned = match known {
        Some(_) => None,
        None => Some(read_document(facts, &path, document)?),
    };
    let owned_records = owned.as_ref().map(|s| extract_with(s, concepts));
    let Some((source, records)) = owned.as_ref().zip(owned_records.as_deref()).or(known) else {
        return Ok((Vec::new(), None));
    };
    let spans = quote_spans(facts, source)?;
    let mut findings = Vec::new();
    let claims = facts.file.claims.iter().zip(&spans).zip(facts.records());
    for ((claim, span), fact) in claims {
        // Quotes are found in the prose; records point into the file as read.
        let Some(span) = span.clone().map(|s| source.original_span(s)) else {
            continue;
        };
        findings.extend(changed_figure(facts, claim, fact, span, records)?);
    }
    Ok((findings, owned))
}

/// Reads the document at `path` in the fact file's language, named as the
/// fact file names it (`document`), so that reports quote it by that name.
fn read_document(facts: &Facts, path: &Path, document: &str) -> Result<Source, FactFileError> {
    let options = ReadOptions {
        lang: Some(facts.file.source.lang),
        encoding: facts.encoding,
    };
    let mut source = Source::read(path, options)?;
    source.name = document.to_string();
    Ok(source)
}

/// The contradiction between a claim of the fact file (`fact`, its record)
/// and the figure its quote now covers in the document (`span`, among
/// `records`); `None` when the document still says the declared value; an
/// error when no figure stands in the quote at all.
fn changed_figure(
    facts: &Facts,
    claim: &FactClaim,
    fact: Record,
    span: Range<usize>,
    records: &[Record],
) -> Result<Option<Finding>, FactFileError> {
    let inside: Vec<&Record> = records
        .iter()
        .filter(|r| r.value.is_some() && r.start < span.end && span.start < r.end)
        .collect();
    if inside.iter().any(|r| differences(claim, r).is_empty()) {
        return Ok(None);
    }
    // The document's figure at the quote: the one with the declared value
    // (something else about it changed), else the first.
    let same_value = inside.iter().find(|r| r.value == Some(claim.value));
    let Some(found) = same_value.or(inside.first()) else {
        return Err(FactFileError::Invalid {
            path: facts.name.clone(),
            at: claim_location(&facts.text, &claim.id),
            message: format!(
                "claim {:?}: claimcheck reads no figure in the quote {:?}",
                claim.id,
                claim.quote.as_deref().unwrap_or("")
            ),
        });
    };
    let changed = differences(claim, found);
    let what = if changed.is_empty() || changed.contains(&"value".to_string()) {
        String::new()
    } else {
        format!(" (its {})", changed.join(", "))
    };
    let explanation = format!(
        "{}:{}:{} declares {}{what} where its document {}:{}:{} now says {}: update the fact file or the article.",
        facts.name,
        fact.line,
        fact.column,
        describe(&fact, &changed),
        found.source,
        found.line,
        found.column,
        describe(found, &changed),
    );
    Ok(Some(Finding {
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
        // A drift says what changed, not that two figures are disjoint.
        conflict: None,
        checked: None,
    }))
}

/// What the document's record `r` at a claim's quote says otherwise than the
/// claim: its `value`, `qualifier`, `scope`, or `key` (when the document's
/// words count something claimcheck recognises). Empty when they agree.
fn differences(claim: &FactClaim, r: &Record) -> Vec<String> {
    let mut changed = Vec::new();
    if r.value != Some(claim.value) {
        changed.push("value".to_string());
    }
    if r.qualifier != claim.qualifier {
        changed.push("qualifier".to_string());
    }
    if r.scope != claim.scope {
        changed.push("scope".to_string());
    }
    if r.key.as_ref().is_some_and(|k| *k != claim.key) {
        changed.push("key".to_string());
    }
    changed
}

/// A figure as a drift explanation names it: its value label, with its key
/// and scope when those are what changed ("17 media_outlet", "30 in France",
/// "30 with no scope").
fn describe(r: &Record, changed: &[String]) -> String {
    let mut out = value_label(r);
    if changed.iter().any(|c| c == "key") {
        out.push(' ');
        out.push_str(r.key.as_deref().unwrap_or("-"));
    }
    if changed.iter().any(|c| c == "scope") {
        match &r.scope {
            Some(scope) => out.push_str(&format!(" in {scope}")),
            None => out.push_str(" with no scope"),
        }
    }
    out
}

/// Where each claim's quote stands in the document. A quote whose figure
/// was changed in the document ("17 médias" now "16 médias") is found by its
/// words around the figure, so that the drift is reported with both places
/// rather than as a lost quote; a quote whose words are gone is an error.
fn quote_spans(
    facts: &Facts,
    document: &Source,
) -> Result<Vec<Option<Range<usize>>>, FactFileError> {
    let mut spans = Vec::with_capacity(facts.file.claims.len());
    for claim in &facts.file.claims {
        let Some(quote) = claim.quote.as_deref() else {
            spans.push(None);
            continue;
        };
        if let Some(at) = document.text.find(quote) {
            spans.push(Some(at..at + quote.len()));
            continue;
        }
        match relocate(quote, document) {
            Some(span) => spans.push(Some(span)),
            None => {
                return Err(FactFileError::Invalid {
                    path: facts.name.clone(),
                    at: claim_location(&facts.text, &claim.id),
                    message: format!(
                        "claim {:?}: quote {:?} is not in {}",
                        claim.id, quote, document.name
                    ),
                })
            }
        }
    }
    Ok(spans)
}

/// Finds `quote` in `document` with any figure in place of the quote's own:
/// the words before and after the figure must be there, around a number.
fn relocate(quote: &str, document: &Source) -> Option<Range<usize>> {
    let figure = find_quantities(quote, document.lang).into_iter().next()?;
    let before = &quote[..figure.number_span.start];
    let after = &quote[figure.number_span.end..];
    if before.trim().is_empty() && after.trim().is_empty() {
        return None;
    }
    find_quantities(&document.text, document.lang)
        .into_iter()
        .map(|q| q.number_span)
        .find(|n| {
            document.text[..n.start].ends_with(before) && document.text[n.end..].starts_with(after)
        })
        .map(|n| n.start - before.len()..n.end + after.len())
}

/// Finds the document a fact file names: as given (absolute, or relative to
/// the working directory), else relative to the fact file's directory or one
/// above it (from its absolute path, wherever the tool runs), so that `claims/pegasus/x.yaml` naming `fixtures/pegasus/x.txt`
/// works from the repository root and from anywhere inside it.
pub fn resolve_document(facts_path: &str, document: &str) -> Option<PathBuf> {
    let direct = Path::new(document);
    if direct.is_file() {
        return Some(direct.to_path_buf());
    }
    if direct.is_absolute() {
        return None;
    }
    // From the fact file's absolute location: `pegasus/x.yaml` read from
    // `claims/` still looks in `claims/` and the repository above it.
    let facts_path = std::path::absolute(facts_path).ok()?;
    let facts_dir = facts_path.parent()?;
    facts_dir
        .ancestors()
        .map(|dir| dir.join(document))
        .find(|p| p.is_file())
}

/// Where the `document:` entry of a fact file is, or its top.
fn document_location(text: &str) -> Location {
    Location::of(text, text.find("document:").unwrap_or(0))
}
