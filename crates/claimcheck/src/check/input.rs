//! The inputs of a check: documents and fact files, read from the paths a
//! user names, each able to give its records.

use std::path::Path;

use rayon::prelude::*;

use crate::concept::Concepts;
use crate::config::Loaded;
use crate::factfile::{FactFileError, Facts};
use crate::lang::Lang;
use crate::record::{extract_with, Record};
use crate::source::{discover_with_facts, is_fact_file, InputError, ReadOptions, Source};

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
    /// A fact file could not be read or is invalid, or no longer matches its
    /// document's quotes.
    #[error(transparent)]
    Facts(#[from] FactFileError),
}

impl Input {
    /// Reads `path`: a fact file when its extension says so, else a document
    /// in `lang` (or the language it appears to be in).
    pub fn load(path: &Path, lang: Option<Lang>) -> Result<Input, CheckError> {
        Input::load_with(path, ReadOptions::lang(lang))
    }

    /// [`Input::load`] with the document's language and encoding as
    /// `options` say (fact files are YAML, always UTF-8).
    pub fn load_with(path: &Path, options: ReadOptions) -> Result<Input, CheckError> {
        if is_fact_file(path) {
            Ok(Input::Facts(Facts::read(path, options.encoding)?))
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

    /// The text reports quote: a document as read, a fact file's YAML.
    pub fn text(&self) -> &str {
        match self {
            Input::Document(source) => source.original(),
            Input::Facts(facts) => &facts.text,
        }
    }

    /// The records of the source: every quantity of a document, every claim
    /// of a fact file.
    pub fn records(&self, concepts: &Concepts) -> Vec<Record> {
        match self {
            Input::Document(source) => extract_with(source, concepts),
            Input::Facts(facts) => facts.records(),
        }
    }
}

/// The sources `path` stands for, read; a directory's files in path order.
/// Files the configuration ignores are left out of directory walks.
pub(super) fn load_all(
    path: &Path,
    options: ReadOptions,
    config: Option<&Loaded>,
) -> Vec<Result<Input, CheckError>> {
    discover_with_facts(path)
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
