//! Check: reading the sources of a comparison and turning each into records.
//!
//! A check mixes documents (articles, drafts) and fact files. Documents go
//! through the claim step; fact files already state their claims. Both end as
//! [`Record`]s, so that [`crate::consistency`] compares them the same way and
//! every report points at a file, line and column.

use std::path::Path;

use rayon::prelude::*;

use crate::concept::Concepts;
use crate::consistency::{Finding, Severity, Value, Verdict};
use crate::factfile::{claim_location, claim_span, FactFile, FactFileError};
use crate::labels::value_label;
use crate::lang::Lang;
use crate::quantity::{interval_for, Kind};
use crate::record::{extract_with, Record};
use crate::source::InputError;
use crate::source::{is_fact_file, Source};

/// A fact file with its raw text, to point into it.
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

impl Input {
    /// Reads `path`: a fact file when its extension says so, else a document
    /// in `lang` (or the language it appears to be in).
    pub fn load(path: &Path, lang: Option<Lang>) -> Result<Input, CheckError> {
        Input::load_with(path, crate::source::ReadOptions::lang(lang))
    }

    /// [`Input::load`] with the document's language and encoding as
    /// `options` say (fact files are YAML, always UTF-8).
    pub fn load_with(
        path: &Path,
        options: crate::source::ReadOptions,
    ) -> Result<Input, CheckError> {
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
            // as documents, with the same messages; YAML is UTF-8.
            let text = crate::source::utf8_text(&name, bytes)?;
            let file = FactFile::parse(&name, &text)?;
            Ok(Input::Facts(Facts {
                name,
                text,
                file,
                encoding: options.encoding,
            }))
        } else {
            Ok(Input::Document(Source::read(path, options)?))
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
) -> Result<Drift, CheckError> {
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
        }
        .into());
    };
    let known = known.filter(|(source, _)| source.lang == facts.file.source.lang);
    let owned = match known {
        Some(_) => None,
        None => {
            let options = crate::source::ReadOptions {
                lang: Some(facts.file.source.lang),
                encoding: facts.encoding,
            };
            let mut source = Source::read(&path, options)?;
            // Report the document by the name the fact file gives it.
            source.name = document.to_string();
            Some(source)
        }
    };
    let owned_records = owned.as_ref().map(|s| extract_with(s, concepts));
    let Some((source, records)) = owned.as_ref().zip(owned_records.as_deref()).or(known) else {
        return Ok((Vec::new(), None));
    };
    let spans = quote_spans(facts, source)?;
    // Quotes are found in the prose; records point into the file as read.
    let spans: Vec<_> = spans
        .into_iter()
        .map(|s| s.map(|s| source.original_span(s)))
        .collect();
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
    Ok((findings, owned))
}

/// Where each claim's quote stands in the document. A quote whose figure
/// was changed in the document ("17 médias" now "16 médias") is found by its
/// words around the figure, so that the drift is reported with both places
/// rather than as a lost quote; a quote whose words are gone is an error.
fn quote_spans(
    facts: &Facts,
    document: &Source,
) -> Result<Vec<Option<std::ops::Range<usize>>>, CheckError> {
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
                }
                .into())
            }
        }
    }
    Ok(spans)
}

/// Finds `quote` in `document` with any figure in place of the quote's own:
/// the words before and after the figure must be there, around a number.
fn relocate(quote: &str, document: &Source) -> Option<std::ops::Range<usize>> {
    let figure = crate::quantity::find_quantities(quote, document.lang)
        .into_iter()
        .next()?;
    let before = &quote[..figure.number_span.start];
    let after = &quote[figure.number_span.end..];
    if before.trim().is_empty() && after.trim().is_empty() {
        return None;
    }
    crate::quantity::find_quantities(&document.text, document.lang)
        .into_iter()
        .map(|q| q.number_span)
        .find(|n| {
            document.text[..n.start].ends_with(before) && document.text[n.end..].starts_with(after)
        })
        .map(|n| n.start - before.len()..n.end + after.len())
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
fn document_location(text: &str) -> crate::location::Location {
    crate::location::Location::of(text, text.find("document:").unwrap_or(0))
}

/// What a check is asked to do.
#[derive(Clone, Default)]
pub struct Request<'a> {
    /// Sources to check: files or directories of documents and fact files;
    /// `-` is a document read from standard input.
    pub paths: &'a [std::path::PathBuf],
    /// Reference sources: only contradictions between a checked source and a
    /// reference are reported when there are any. `-` is standard input.
    pub against: &'a [std::path::PathBuf],
    /// The language documents are read in; `None` takes the configuration's
    /// (and guesses per document when it says nothing).
    pub lang: Option<crate::config::LangSetting>,
    /// The configuration: lexicon, tolerance, ignored paths, accepted differences.
    pub config: Option<&'a crate::config::Loaded>,
    /// Findings recorded earlier: they are reported as accepted.
    pub baseline: Option<(&'a str, &'a crate::baseline::Baseline)>,
    /// The encoding documents are read in; `None` detects it for each.
    pub encoding: Option<&'static crate::source::Encoding>,
    /// Called with (sources done, sources in all) as claims are extracted,
    /// from any thread, so that a front end can show progress.
    pub progress: Option<&'a (dyn Fn(usize, usize) + Sync)>,
}

/// What a check found: the sources read, the report, and the inputs that
/// could not be read (the others were still checked).
#[derive(Debug, Default)]
pub struct Outcome {
    /// Every source read, in the order given.
    pub inputs: Vec<Input>,
    /// The findings.
    pub report: crate::consistency::Report,
    /// Inputs that could not be read, or fact files that no longer match
    /// their documents' quotes.
    pub errors: Vec<CheckError>,
    /// Documents that fact files name, read to compare them, that drifted
    /// and are not among the inputs: the report quotes them too.
    pub documents: Vec<Source>,
}

impl Outcome {
    /// The text of every source, by name, for the reports that quote them.
    pub fn texts(&self) -> crate::report::Texts<'_> {
        self.inputs
            .iter()
            .map(|input| match input {
                Input::Document(source) => (source.name.as_str(), source.original()),
                Input::Facts(facts) => (facts.name.as_str(), facts.text.as_str()),
            })
            .chain(
                self.documents
                    .iter()
                    .map(|d| (d.name.as_str(), d.original())),
            )
            .collect()
    }
}

/// The sources `path` stands for, read; a directory's files in path order.
fn load_all(
    path: &Path,
    options: crate::source::ReadOptions,
    config: Option<&crate::config::Loaded>,
) -> Vec<Result<Input, CheckError>> {
    crate::source::discover_with_facts(path)
        .into_iter()
        .filter(|file| match (file, config) {
            // A path named explicitly is read even when ignored; the
            // patterns leave out what a directory walk finds.
            (Ok(f), Some(c)) => f == path || !c.ignores(f),
            _ => true,
        })
        .collect::<Vec<_>>()
        // Reading and decoding files is independent work: in parallel, the
        // results kept in path order.
        .into_par_iter()
        .map(|file| Input::load_with(&file?, options))
        .collect()
}

/// Runs a check: reads every source, compares their claims, compares each
/// fact file with its document, and marks what a person accepted (in the
/// configuration, in a loaded fact file, or in the baseline).
pub fn run(request: Request) -> Outcome {
    let mut outcome = Outcome::default();
    let mut references: Vec<String> = Vec::new();
    let config = request.config.map(|c| &c.config);
    let lang = request
        .lang
        .or_else(|| config.and_then(|c| c.lang))
        .and_then(crate::config::LangSetting::forced);
    let mut add = |outcome: &mut Outcome, input: Input, is_reference: bool| {
        let name = input.name().to_string();
        if is_reference && !references.contains(&name) {
            references.push(name.clone());
        }
        // A source named twice is read once: it must not agree with itself.
        if !outcome.inputs.iter().any(|i| i.name() == name) {
            outcome.inputs.push(input);
        }
    };
    let checked = request.paths.iter().map(|p| (p, false));
    let against = request.against.iter().map(|p| (p, true));
    let (stdin, files): (Vec<_>, Vec<_>) = checked
        .chain(against)
        .partition(|(p, _)| p.as_path() == Path::new(crate::source::STDIN_NAME));
    // Standard input is read once, however often `-` is named, and comes
    // first; it is read in the language the request forces, the
    // configuration's left out, as the command line always read it.
    if !stdin.is_empty() {
        let options = crate::source::ReadOptions {
            lang: request.lang.and_then(crate::config::LangSetting::forced),
            encoding: request.encoding,
        };
        match Source::open(Path::new(crate::source::STDIN_NAME), options) {
            Ok(source) => {
                for (_, is_reference) in stdin {
                    add(&mut outcome, Input::Document(source.clone()), is_reference);
                }
            }
            Err(e) => outcome.errors.push(e.into()),
        }
    }
    for (path, is_reference) in files {
        let options = crate::source::ReadOptions {
            lang,
            encoding: request.encoding,
        };
        for input in load_all(path, options, request.config) {
            match input {
                Ok(input) => add(&mut outcome, input, is_reference),
                Err(e) => outcome.errors.push(e),
            }
        }
    }
    let mut concepts = Concepts::builtin().clone();
    if let Some(lexicon) = config.and_then(|c| c.lexicon.clone()) {
        // Validated when the configuration was loaded.
        let _ = concepts.extend(lexicon);
    }
    // The claims of each source, in parallel (rayon's pool: one thread per
    // core, or RAYON_NUM_THREADS), then in source order.
    let done = std::sync::atomic::AtomicUsize::new(0);
    let total = outcome.inputs.len();
    let per_input: Vec<Vec<Record>> = outcome
        .inputs
        .par_iter()
        .map(|i| {
            let records = i.records(&concepts);
            let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
            if let Some(progress) = request.progress {
                progress(n, total);
            }
            records
        })
        .collect();

    // Fact files against their documents. A document among the inputs is
    // already read and extracted: it is found by name, not read again.
    let documents: rustc_hash::FxHashMap<&str, usize> = outcome
        .inputs
        .iter()
        .enumerate()
        .filter_map(|(n, input)| match input {
            Input::Document(source) => Some((source.name.as_str(), n)),
            Input::Facts(_) => None,
        })
        .collect();
    let drifts: Vec<Result<Drift, CheckError>> = outcome
        .inputs
        .par_iter()
        .filter_map(|input| match input {
            Input::Facts(facts) => {
                let known = facts
                    .file
                    .source
                    .document
                    .as_deref()
                    .and_then(|doc| documents.get(doc))
                    .and_then(|&n| match &outcome.inputs[n] {
                        Input::Document(source) => Some((source, per_input[n].as_slice())),
                        Input::Facts(_) => None,
                    });
                Some(drift_with_document(facts, &concepts, known))
            }
            Input::Document(_) => None,
        })
        .collect();
    drop(documents);
    let records: Vec<Record> = per_input.into_iter().flatten().collect();
    let options = crate::consistency::CompareOptions {
        references: &references,
        tolerance: config
            .and_then(|c| c.tolerance)
            .unwrap_or(crate::consistency::DEFAULT_TOLERANCE),
    };
    let mut report = crate::consistency::compare(records, outcome.inputs.len(), &options);
    for result in drifts {
        match result {
            Ok((findings, document)) => {
                // A drifted document is quoted by the report even when it
                // is not among the inputs.
                if let Some(document) = document.filter(|d| {
                    !findings.is_empty() && !outcome.inputs.iter().any(|i| i.name() == d.name)
                }) {
                    outcome.documents.push(document);
                }
                report.summary.contradictions += findings.len();
                report.findings.extend(findings);
            }
            Err(e) => outcome.errors.push(e),
        }
    }
    report.findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| (&a.key, &a.scope).cmp(&(&b.key, &b.scope)))
    });
    let mut accepted: Vec<crate::consistency::Accepted> =
        config.map(|c| c.accepted.clone()).unwrap_or_default();
    for input in &outcome.inputs {
        if let Input::Facts(facts) = input {
            accepted.extend(facts.file.accepted.iter().cloned());
        }
    }
    crate::consistency::apply_accepted(&mut report, &accepted);
    if let Some((name, baseline)) = request.baseline {
        for finding in report
            .findings
            .iter_mut()
            .filter(|f| f.accepted.is_none() && baseline.contains(f))
        {
            finding.accepted = Some(format!(
                "recorded in the baseline {name}; it fails again when it changes"
            ));
        }
    }
    outcome.report = report;
    outcome
}
