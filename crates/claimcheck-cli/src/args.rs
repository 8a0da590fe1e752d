//! The command line: every argument, option and help text of `claimcheck`.
//!
//! The help that `--help` prints is part of what users read and what the
//! tests snapshot, so it is kept in one place, apart from the code that runs
//! the commands: clap's derive turns these types into the parser, and the
//! doc comments on them are the help. The few conversions kept here (a
//! `--lang` to the library's setting, `--color` to yes or no) are the ones
//! that only make sense for an argument.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use claimcheck::config;
use claimcheck::lang::Lang;
use claimcheck::report::RecordFormat;
use claimcheck::source::{encoding_for_label, Encoding};

/// The exit codes of every command, shown at the end of `claimcheck --help`:
/// scripts depend on them.
const EXIT_CODES: &str = "\
Exit codes:
  0  success: every input was read, and `check` found nothing at or above its
     `--fail-on` level
  1  `check` found a contradiction at or above its `--fail-on` level
  2  usage error, or an input could not be read; the other inputs are still
     read, and errors are printed to stderr as `claimcheck: error: <message>`";

/// The exit codes of `extract`.
const EXTRACT_EXIT_CODES: &str = "\
Exit codes:
  0  every input was read (finding no quantity is not an error)
  2  usage error, or an input could not be read; the other inputs are still
     read, and errors are printed to stderr as `claimcheck: error: <message>`";

/// The exit codes of `check`.
const CHECK_EXIT_CODES: &str = "\
Exit codes:
  0  every input was read and no finding is at or above the `--fail-on` level
  1  a finding at or above the `--fail-on` level (by default: a contradiction
     of severity error); the report is printed in full
  2  usage error, or an input could not be read (this wins over 1); the other
     inputs are still checked, and errors are printed to stderr as
     `claimcheck: error: <message>`";

/// Compares the figures news articles (French, English) and fact files give,
/// and points at where they contradict each other.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, after_help = EXIT_CODES, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// What `claimcheck` is asked to do.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Compare the figures of several sources: agreements, contradictions.
    #[command(after_help = CHECK_EXIT_CODES)]
    Check(CheckArgs),
    /// Print every number expression found in the inputs, in source order.
    #[command(after_help = EXTRACT_EXIT_CODES)]
    Extract(ExtractArgs),
}

/// The arguments of `claimcheck extract`.
#[derive(Debug, Args)]
pub(crate) struct ExtractArgs {
    /// Files or directories to read; `-` or nothing reads standard input.
    ///
    /// Directories are walked for .txt, .md, .markdown, .html and .htm files,
    /// skipping hidden files and what .gitignore and .ignore files exclude, in
    /// path order. A file named explicitly is read whatever its extension.
    #[arg(value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,

    /// Output format: `human` is an aligned table, `jsonl` one JSON record a
    /// line (the documented contract).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub(crate) format: Format,

    /// Language the numbers are read in; `auto` guesses it for each document.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub(crate) lang: LangArg,

    /// Encoding of every input, as a WHATWG label (utf-8, windows-1252,
    /// latin1, iso-8859-15, utf-16le, …); a byte order mark still wins.
    /// Default: detected for each file.
    #[arg(long, value_name = "LABEL", value_parser = encoding_for_label)]
    pub(crate) encoding: Option<&'static Encoding>,

    /// Refuse a file that mixes encodings (UTF-8 text with bytes that are
    /// not UTF-8) instead of reading it with a warning.
    #[arg(long)]
    pub(crate) strict_encoding: bool,
}

/// The arguments of `claimcheck check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Sources to check: documents (articles, drafts), fact files (.yaml,
    /// .yml) or directories of them; `-` reads a document from standard input.
    ///
    /// Directories are walked for .txt, .md, .markdown, .html, .htm, .yaml
    /// and .yml files, skipping hidden files and what .gitignore and .ignore
    /// files exclude, in path order. A file named explicitly is read whatever
    /// its extension (as a fact file when it ends in .yaml or .yml).
    #[arg(value_name = "PATH", required = true)]
    pub(crate) paths: Vec<PathBuf>,

    /// Reference sources (files or directories) to check the PATHs against.
    ///
    /// The report is then about the PATHs: each of their figures confirmed,
    /// compatible, contradicted, updated by a reference, or with no source;
    /// references are not compared among themselves (unless `--all`), nor
    /// two PATHs with each other. Every path after `--against` is a
    /// reference, so give the PATHs first (or repeat `--against` for each
    /// reference).
    #[arg(long, value_name = "PATH", num_args = 1..)]
    pub(crate) against: Vec<PathBuf>,

    /// With `--against`: also report where the references disagree among
    /// themselves.
    #[arg(long, requires = "against")]
    pub(crate) all: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub(crate) format: CheckFormat,

    /// Write the report to FILE instead of standard output (never to one of
    /// the sources).
    #[arg(long, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,

    /// The lowest severity that makes the run fail (exit code 1):
    /// contradictions are errors, or warnings when each figure is attributed
    /// to a different claimant; agreements and compatible values are never
    /// failures. Default: `fail_on` of the configuration, else `error`.
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub(crate) fail_on: Option<FailOn>,

    /// Language the numbers of documents are read in; `auto` guesses it for
    /// each document. Default: `lang` of the configuration, else `auto`.
    #[arg(long, value_enum)]
    pub(crate) lang: Option<LangArg>,

    /// Encoding of every document, as a WHATWG label (utf-8, windows-1252,
    /// latin1, iso-8859-15, utf-16le, …); a byte order mark still wins.
    /// Default: detected for each file. Fact files are always UTF-8.
    #[arg(long, value_name = "LABEL", value_parser = encoding_for_label)]
    pub(crate) encoding: Option<&'static Encoding>,

    /// Refuse a document that mixes encodings (UTF-8 text with bytes that
    /// are not UTF-8) instead of reading it with a warning.
    #[arg(long)]
    pub(crate) strict_encoding: bool,

    /// The configuration file to use, instead of the `.claimcheck.yaml` (or
    /// `.claimcheck.yml`) found in the working directory or the nearest
    /// directory above it.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub(crate) config: Option<PathBuf>,

    /// Use no configuration file, even if one is found.
    #[arg(long)]
    pub(crate) no_config: bool,

    /// Findings recorded in FILE (by `--write-baseline`) are reported as
    /// accepted and do not fail the run; only new ones do.
    #[arg(long, value_name = "FILE")]
    pub(crate) baseline: Option<PathBuf>,

    /// Record the contradictions of this run in FILE (written atomically),
    /// for later runs' `--baseline`; this run then fails on none of them.
    #[arg(long, value_name = "FILE")]
    pub(crate) write_baseline: Option<PathBuf>,

    /// When to colour the human report: `auto` colours it when standard
    /// output is a terminal and NO_COLOR is not set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
}

/// The output formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// For a person: each finding with its sources' sentences, the claims
    /// underlined (several values: a table of them, then one sentence per
    /// value), contradictions first, then a summary line.
    Human,
    /// The report as one JSON document (the documented output contract).
    Json,
    /// SARIF 2.1.0, for code-scanning tools: one result per contradiction.
    Sarif,
    /// GitHub Actions annotations: one `::error` or `::warning` line per
    /// claim of each contradiction, then a summary line.
    Github,
    /// One self-contained HTML page (inline CSS, no scripts): the summary,
    /// each finding's figures side by side, a draft's text with its figures
    /// marked.
    Html,
}

/// The `--fail-on` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum FailOn {
    /// Fail on a contradiction of severity error.
    Error,
    /// Fail on any contradiction, errors and warnings.
    Warning,
    /// Never fail because of findings (input errors still exit with 2).
    Never,
}

impl FailOn {
    /// The library's setting of the same name.
    pub(crate) fn setting(self) -> config::FailOn {
        match self {
            FailOn::Error => config::FailOn::Error,
            FailOn::Warning => config::FailOn::Warning,
            FailOn::Never => config::FailOn::Never,
        }
    }
}

/// The `--color` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// Colour when standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always colour, even into a pipe or a file.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    /// Whether to colour: `auto` follows <https://no-color.org>, which an
    /// explicit `always` overrides.
    pub(crate) fn enabled(self, stdout_is_terminal: bool, no_color: Option<OsString>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_is_terminal && no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

/// The output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// `path:line:column  kind  qualifier  value  text`, aligned per file.
    Human,
    /// One JSON object a line, fields as the output contract lists them.
    Jsonl,
    /// A draft fact file of each document's count claims, to curate and
    /// commit (several documents give several YAML documents).
    Yaml,
}

impl Format {
    /// The library's rendering of the same name: the CLI picks the format,
    /// the library renders it.
    pub(crate) fn records(self) -> RecordFormat {
        match self {
            Format::Human => RecordFormat::Human,
            Format::Jsonl => RecordFormat::Jsonl,
            Format::Yaml => RecordFormat::Yaml,
        }
    }
}

/// The `--lang` choices: a fixed language or a guess per document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum LangArg {
    /// French.
    Fr,
    /// English.
    En,
    /// Guess from each document's most frequent words.
    Auto,
}

impl LangArg {
    /// The library's setting of the same name.
    pub(crate) fn setting(self) -> config::LangSetting {
        match self {
            LangArg::Fr => config::LangSetting::Fr,
            LangArg::En => config::LangSetting::En,
            LangArg::Auto => config::LangSetting::Auto,
        }
    }

    /// The language to force, or `None` to let each source guess.
    pub(crate) fn forced(self) -> Option<Lang> {
        match self {
            LangArg::Fr => Some(Lang::Fr),
            LangArg::En => Some(Lang::En),
            LangArg::Auto => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn color_choice() {
        let set = || Some(OsString::from("1"));
        let cases = [
            // (choice, stdout is a terminal, NO_COLOR, colour)
            (ColorChoice::Auto, true, None, true),
            (ColorChoice::Auto, false, None, false),
            (ColorChoice::Auto, true, set(), false),
            // An empty NO_COLOR is unset, as no-color.org says.
            (ColorChoice::Auto, true, Some(OsString::new()), true),
            (ColorChoice::Always, false, set(), true),
            (ColorChoice::Never, true, None, false),
        ];
        for (choice, terminal, no_color, expected) in cases {
            let label = format!("{choice:?} {terminal} {no_color:?}");
            assert_eq!(choice.enabled(terminal, no_color), expected, "{label}");
        }
    }

    #[test]
    fn cli_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
