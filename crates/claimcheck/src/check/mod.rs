//! Check: the whole comparison of a set of sources, as the `check` command
//! runs it.
//!
//! A check mixes documents (articles, drafts) and fact files. [`run`] is the
//! data flow in five steps: load the inputs (`input`), turn each into
//! records (documents through the claim step; fact files already state their
//! claims), compare the records ([`crate::consistency`]), compare each fact
//! file with its document ([`crate::factfile::drift`]), and mark what a
//! person accepted. Every finding points at a file, line and column.

mod input;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::baseline::{Baseline, Stale};
use crate::concept::Concepts;
use crate::config::{LangSetting, Loaded};
use crate::consistency::{self, apply_accepted, Accepted, CompareOptions, Finding, Report};
use crate::factfile::{drift_with_document, Drift, FactFileError};
use crate::record::Record;
use crate::report::Texts;
use crate::source::{Encoding, InputWarning, ReadOptions, Source, STDIN_NAME};

pub use input::{CheckError, Input};

/// What a check is asked to do.
#[derive(Clone, Default)]
pub struct Request<'a> {
    /// Sources to check: files or directories of documents and fact files;
    /// `-` is a document read from standard input.
    pub paths: &'a [PathBuf],
    /// Reference sources: only contradictions between a checked source and a
    /// reference are reported when there are any. `-` is standard input.
    pub against: &'a [PathBuf],
    /// The language documents are read in; `None` takes the configuration's
    /// (and guesses per document when it says nothing).
    pub lang: Option<LangSetting>,
    /// The configuration: lexicon, tolerance, ignored paths, accepted differences.
    pub config: Option<&'a Loaded>,
    /// Findings recorded earlier: they are reported as accepted.
    pub baseline: Option<(&'a str, &'a Baseline)>,
    /// The encoding documents are read in; `None` detects it for each.
    pub encoding: Option<&'static Encoding>,
    /// With references: also report what the references say among
    /// themselves (`--all`); the report is otherwise about the checked
    /// sources only.
    pub all: bool,
    /// Refuse documents that mix encodings instead of reading them with a
    /// warning (`--strict-encoding`).
    pub strict_encoding: bool,
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
    pub report: Report,
    /// Inputs that could not be read, or fact files that no longer match
    /// their documents' quotes.
    pub errors: Vec<CheckError>,
    /// Documents that fact files name, read to compare them, that drifted
    /// and are not among the inputs: the report quotes them too.
    pub documents: Vec<Source>,
    /// Entries of the baseline that matched no finding: notes, not failures.
    pub stale: Vec<Stale>,
    /// What was odd about inputs that were still read (a document that
    /// mixes encodings), for the front end to say.
    pub warnings: Vec<InputWarning>,
}

impl Outcome {
    /// The text of every source, by name, for the reports that quote them.
    pub fn texts(&self) -> Texts<'_> {
        self.inputs
            .iter()
            .map(|input| (input.name(), input.text()))
            .chain(
                self.documents
                    .iter()
                    .map(|d| (d.name.as_str(), d.original())),
            )
            .collect()
    }
}

/// Runs a check: reads every source, compares their claims, compares each
/// fact file with its document, and marks what a person accepted (in the
/// configuration, in a loaded fact file, or in the baseline).
pub fn run(request: Request) -> Outcome {
    let (mut outcome, references) = load(&request);
    let concepts = request
        .config
        .map_or(Concepts::builtin(), |loaded| &loaded.concepts);
    let per_input = records(&outcome.inputs, concepts, request.progress);
    let drifts = drifts(&outcome.inputs, &per_input, concepts);
    let names: BTreeMap<String, String> = outcome
        .inputs
        .iter()
        .filter_map(|input| match input {
            Input::Facts(facts) => Some((facts.name.clone(), facts.file.source.id.clone())),
            Input::Document(_) => None,
        })
        .collect();
    let options = CompareOptions {
        names: &names,
        references: &references,
        tolerance: request
            .config
            .and_then(|c| c.config.tolerance)
            .unwrap_or(consistency::DEFAULT_TOLERANCE),
        concepts,
    };
    let records = per_input.into_iter().flatten().collect();
    let sources = outcome.inputs.len();
    let mut report = if references.is_empty() {
        let (mut findings, claims) = consistency::find(records, &options);
        findings.extend(outcome.take_drifts(drifts));
        Report::new(findings, sources, claims)
    } else {
        let (mut findings, figures, claims) =
            consistency::find_against(records, &options, request.all);
        findings.extend(outcome.take_drifts(drifts));
        Report::with_figures(findings, figures, sources, claims)
    };
    outcome.stale = accept(&mut report, &request, &outcome.inputs);
    outcome.report = report;
    outcome
}

/// Reads every source the request names, checked paths first, then
/// references; a source named twice is read once (it must not agree with
/// itself). Returns the outcome so far and the names of the references.
fn load(request: &Request) -> (Outcome, Vec<String>) {
    let mut outcome = Outcome::default();
    let mut references = Vec::new();
    let mut seen_references = FxHashSet::default();
    let mut seen = FxHashSet::default();
    let lang = request
        .lang
        .or_else(|| request.config.and_then(|c| c.config.lang))
        .and_then(LangSetting::forced);
    let options = ReadOptions {
        lang,
        encoding: request.encoding,
    };
    let checked = request.paths.iter().map(|p| (p, false));
    let against = request.against.iter().map(|p| (p, true));
    let (stdin, files): (Vec<_>, Vec<_>) = checked
        .chain(against)
        .partition(|(p, _)| p.as_path() == Path::new(STDIN_NAME));
    let loaded = files.into_iter().flat_map(|(path, is_reference)| {
        input::load_all(path, options, request.config)
            .into_iter()
            .map(move |input| (input, is_reference))
    });
    for (input, is_reference) in read_stdin(request, &stdin).chain(loaded) {
        match input {
            Ok(input) => {
                let name = input.name().to_string();
                if is_reference && seen_references.insert(name.clone()) {
                    references.push(name.clone());
                }
                // Screened once, so that a source named twice is warned
                // about (or refused) once.
                if seen.insert(name) {
                    match screen(input, request.strict_encoding, &mut outcome.warnings) {
                        Ok(input) => outcome.inputs.push(input),
                        Err(e) => outcome.errors.push(e),
                    }
                }
            }
            Err(e) => outcome.errors.push(e),
        }
    }
    (outcome, references)
}

/// An input with its warnings taken into `warnings`, or, when `strict`,
/// the error its first warning becomes.
fn screen(
    input: Input,
    strict: bool,
    warnings: &mut Vec<InputWarning>,
) -> Result<Input, CheckError> {
    match input {
        Input::Document(source) if strict => Ok(Input::Document(source.strict()?)),
        Input::Document(mut source) => {
            warnings.append(&mut source.warnings);
            Ok(Input::Document(source))
        }
        facts => Ok(facts),
    }
}

/// Standard input as an input for each place `-` is named (`named`, with
/// whether each is a reference), read once; nothing when it is not named.
/// It is read in the language the request forces, the configuration's left
/// out, as the command line always read it.
fn read_stdin(
    request: &Request,
    named: &[(&PathBuf, bool)],
) -> impl Iterator<Item = (Result<Input, CheckError>, bool)> {
    let read = (!named.is_empty()).then(|| {
        let options = ReadOptions {
            lang: request.lang.and_then(LangSetting::forced),
            encoding: request.encoding,
        };
        Source::open(Path::new(STDIN_NAME), options)
    });
    let mut out = Vec::new();
    match read {
        Some(Ok(source)) => out.extend(
            named
                .iter()
                .map(|&(_, is_reference)| (Ok(Input::Document(source.clone())), is_reference)),
        ),
        Some(Err(e)) => out.push((Err(e.into()), false)),
        None => {}
    }
    out.into_iter()
}

/// The records of each input, in parallel (rayon's pool: one thread per
/// core, or RAYON_NUM_THREADS), in input order, reporting progress.
fn records(
    inputs: &[Input],
    concepts: &Concepts,
    progress: Option<&(dyn Fn(usize, usize) + Sync)>,
) -> Vec<Vec<Record>> {
    let done = AtomicUsize::new(0);
    inputs
        .par_iter()
        .map(|input| {
            let records = input.records(concepts);
            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
            if let Some(progress) = progress {
                progress(n, inputs.len());
            }
            records
        })
        .collect()
}

/// Each fact file compared with its document. A document among the inputs
/// is already read and extracted: it is found by name, not read again.
fn drifts(
    inputs: &[Input],
    records: &[Vec<Record>],
    concepts: &Concepts,
) -> Vec<Result<Drift, FactFileError>> {
    let documents: FxHashMap<&str, (&Source, &[Record])> = inputs
        .iter()
        .zip(records)
        .filter_map(|(input, records)| match input {
            Input::Document(source) => Some((source.name.as_str(), (source, records.as_slice()))),
            Input::Facts(_) => None,
        })
        .collect();
    inputs
        .par_iter()
        .filter_map(|input| match input {
            Input::Facts(facts) => {
                let known = facts
                    .file
                    .source
                    .document
                    .as_deref()
                    .and_then(|doc| documents.get(doc).copied());
                Some(drift_with_document(facts, concepts, known))
            }
            Input::Document(_) => None,
        })
        .collect()
}

impl Outcome {
    /// The findings of the fact files that drifted from their documents; the
    /// errors of those that could not be compared are kept, and a drifted
    /// document that is not among the inputs is kept for the report to quote.
    fn take_drifts(&mut self, drifts: Vec<Result<Drift, FactFileError>>) -> Vec<Finding> {
        let names: FxHashSet<String> = self.inputs.iter().map(|i| i.name().to_string()).collect();
        let mut findings = Vec::new();
        for result in drifts {
            match result {
                Ok((found, document)) => {
                    if let Some(document) =
                        document.filter(|d| !found.is_empty() && !names.contains(&d.name))
                    {
                        self.documents.push(document);
                    }
                    findings.extend(found);
                }
                Err(e) => self.errors.push(e.into()),
            }
        }
        findings
    }
}

/// Marks the findings a person accepted: in the configuration, in a loaded
/// fact file, or recorded in the baseline. Returns the baseline's entries
/// that matched no finding.
fn accept(report: &mut Report, request: &Request, inputs: &[Input]) -> Vec<Stale> {
    let mut accepted: Vec<Accepted> = request
        .config
        .map(|c| c.config.accepted.clone())
        .unwrap_or_default();
    for input in inputs {
        if let Input::Facts(facts) = input {
            accepted.extend(facts.file.accepted.iter().cloned());
        }
    }
    apply_accepted(report, &accepted);
    let Some((name, baseline)) = request.baseline else {
        return Vec::new();
    };
    let mut matched = BTreeSet::new();
    for finding in &mut report.findings {
        let Some(print) = baseline.matching(finding) else {
            continue;
        };
        matched.insert(print);
        if finding.accepted.is_none() {
            finding.accepted = Some(format!(
                "recorded in the baseline {name}; it fails again when it changes"
            ));
        }
    }
    report.recount();
    let read: Vec<&str> = inputs.iter().map(Input::name).collect();
    baseline.stale(name, &matched, &read)
}
