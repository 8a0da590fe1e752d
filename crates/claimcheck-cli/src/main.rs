//! The `claimcheck` command: argument parsing and output, nothing else.
//!
//! All the work (reading sources, finding quantities, building records,
//! comparing them, rendering reports) is done by the `claimcheck` library,
//! which prints nothing. This binary turns the command line into library
//! calls, prints what comes back in the format asked for, reports input
//! errors on stderr without stopping at the first one, and maps the outcome
//! to a documented exit code.

use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use rayon::prelude::*;

use claimcheck::baseline::Baseline;
use claimcheck::check::{self, Request};
use claimcheck::config;
use claimcheck::consistency::{fails, Verdict};
use claimcheck::lang::Lang;
use claimcheck::record::extract;
use claimcheck::report::{self, RecordFormat};
use claimcheck::source::InputError;
use claimcheck::source::{
    discover_or_stdin, encoding_for_label, Encoding, ReadOptions, Source, STDIN_NAME,
};

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

/// How many files `extract` reads and extracts in parallel before printing
/// them: enough to keep two cores busy, few enough that memory holds only a
/// few texts at a time.
const EXTRACT_CHUNK: usize = 16;

/// Exit code for findings at or above the failure level.
const EXIT_FINDINGS: u8 = 1;

/// Exit code for a usage or input error (clap uses the same for usage errors).
const EXIT_INPUT_ERROR: u8 = 2;

/// Compares the figures news articles (French, English) and fact files give,
/// and points at where they contradict each other.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, after_help = EXIT_CODES, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What `claimcheck` is asked to do.
#[derive(Debug, Subcommand)]
enum Command {
    /// Compare the figures of several sources: agreements, contradictions.
    #[command(after_help = CHECK_EXIT_CODES)]
    Check(CheckArgs),
    /// Print every number expression found in the inputs, in source order.
    #[command(after_help = EXTRACT_EXIT_CODES)]
    Extract(ExtractArgs),
}

/// The arguments of `claimcheck extract`.
#[derive(Debug, Args)]
struct ExtractArgs {
    /// Files or directories to read; `-` or nothing reads standard input.
    ///
    /// Directories are walked for .txt, .md, .markdown, .html and .htm files,
    /// skipping hidden files and what .gitignore and .ignore files exclude, in
    /// path order. A file named explicitly is read whatever its extension.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Output format: `human` is an aligned table, `jsonl` one JSON record a
    /// line (the documented contract).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// Language the numbers are read in; `auto` guesses it for each document.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    lang: LangArg,

    /// Encoding of every input, as a WHATWG label (utf-8, windows-1252,
    /// latin1, iso-8859-15, utf-16le, …); a byte order mark still wins.
    /// Default: detected for each file.
    #[arg(long, value_name = "LABEL", value_parser = encoding_for_label)]
    encoding: Option<&'static Encoding>,
}

/// The arguments of `claimcheck check`.
#[derive(Debug, Args)]
struct CheckArgs {
    /// Sources to check: documents (articles, drafts), fact files (.yaml,
    /// .yml) or directories of them; `-` reads a document from standard input.
    ///
    /// Directories are walked for .txt, .md, .markdown, .html, .htm, .yaml
    /// and .yml files, skipping hidden files and what .gitignore and .ignore
    /// files exclude, in path order. A file named explicitly is read whatever
    /// its extension (as a fact file when it ends in .yaml or .yml).
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,

    /// Reference sources (files or directories) to check the PATHs against.
    ///
    /// Only contradictions between a PATH and a reference are reported: not
    /// between two references, nor between two PATHs, and no agreements.
    /// Every path after `--against` is a reference, so give the PATHs first
    /// (or repeat `--against` for each reference).
    #[arg(long, value_name = "PATH", num_args = 1..)]
    against: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,

    /// The lowest severity that makes the run fail (exit code 1):
    /// contradictions are errors, or warnings when each figure is attributed
    /// to a different claimant; agreements and compatible values are never
    /// failures. Default: `fail_on` of the configuration, else `error`.
    #[arg(long, value_enum, value_name = "LEVEL")]
    fail_on: Option<FailOn>,

    /// Language the numbers of documents are read in; `auto` guesses it for
    /// each document. Default: `lang` of the configuration, else `auto`.
    #[arg(long, value_enum)]
    lang: Option<LangArg>,

    /// Encoding of every document, as a WHATWG label (utf-8, windows-1252,
    /// latin1, iso-8859-15, utf-16le, …); a byte order mark still wins.
    /// Default: detected for each file. Fact files are always UTF-8.
    #[arg(long, value_name = "LABEL", value_parser = encoding_for_label)]
    encoding: Option<&'static Encoding>,

    /// The configuration file to use, instead of the `.claimcheck.yaml` (or
    /// `.claimcheck.yml`) found in the working directory or the nearest
    /// directory above it.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    config: Option<PathBuf>,

    /// Use no configuration file, even if one is found.
    #[arg(long)]
    no_config: bool,

    /// Findings recorded in FILE (by `--write-baseline`) are reported as
    /// accepted and do not fail the run; only new ones do.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,

    /// Record the contradictions of this run in FILE (written atomically),
    /// for later runs' `--baseline`; this run then fails on none of them.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,

    /// When to colour the human report: `auto` colours it when standard
    /// output is a terminal and NO_COLOR is not set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

/// The output formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    /// For a person: each finding with the sentences of every source, the
    /// claims underlined, contradictions first, then a summary line.
    Human,
    /// The report as one JSON document (the documented output contract).
    Json,
    /// SARIF 2.1.0, for code-scanning tools: one result per contradiction.
    Sarif,
    /// GitHub Actions annotations: one `::error` or `::warning` line per
    /// claim of each contradiction, then a summary line.
    Github,
}

/// The `--fail-on` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FailOn {
    /// Fail on a contradiction of severity error.
    Error,
    /// Fail on any contradiction, errors and warnings.
    Warning,
    /// Never fail because of findings (input errors still exit with 2).
    Never,
}

impl FailOn {
    /// The library's setting of the same name.
    fn setting(self) -> config::FailOn {
        match self {
            FailOn::Error => config::FailOn::Error,
            FailOn::Warning => config::FailOn::Warning,
            FailOn::Never => config::FailOn::Never,
        }
    }
}

/// The `--color` choices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
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
    fn enabled(self, stdout_is_terminal: bool, no_color: Option<OsString>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_is_terminal && no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

/// The output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// `path:line:column  kind  qualifier  value  text`, aligned per file.
    Human,
    /// One JSON object a line, fields as the output contract lists them.
    Jsonl,
    /// A draft fact file of each document's count claims, to curate and
    /// commit (several documents give several YAML documents).
    Yaml,
}

/// The `--lang` choices: a fixed language or a guess per document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum LangArg {
    /// French.
    Fr,
    /// English.
    En,
    /// Guess from each document's most frequent words.
    Auto,
}

impl Format {
    /// The library's rendering of the same name: the CLI picks the format,
    /// the library renders it.
    fn records(self) -> RecordFormat {
        match self {
            Format::Human => RecordFormat::Human,
            Format::Jsonl => RecordFormat::Jsonl,
            Format::Yaml => RecordFormat::Yaml,
        }
    }
}

impl LangArg {
    /// The library's setting of the same name.
    fn setting(self) -> config::LangSetting {
        match self {
            LangArg::Fr => config::LangSetting::Fr,
            LangArg::En => config::LangSetting::En,
            LangArg::Auto => config::LangSetting::Auto,
        }
    }

    /// The language to force, or `None` to let each source guess.
    fn forced(self) -> Option<Lang> {
        match self {
            LangArg::Fr => Some(Lang::Fr),
            LangArg::En => Some(Lang::En),
            LangArg::Auto => None,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(&args),
        Command::Check(args) => run_check(&args),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(EXIT_FINDINGS),
        Ok(Outcome::InputErrors) => ExitCode::from(EXIT_INPUT_ERROR),
        // The reader went away (`claimcheck extract … | head -1`): it has all
        // it wanted, so this is a success, not an error to shout about.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            report_error(&format!("cannot write output: {err}"));
            ExitCode::from(EXIT_INPUT_ERROR)
        }
    }
}

/// How a run ended, when stdout could be written to.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// Every input was read (and `check` found nothing that fails the run).
    Clean,
    /// `check` found something at or above its failure level.
    Findings,
    /// At least one input failed; the others were still read.
    InputErrors,
}

/// Runs `claimcheck extract`. Input errors are reported as they come and the
/// run goes on; only a failure to write stdout stops it.
fn run_extract(args: &ExtractArgs) -> io::Result<Outcome> {
    let options = ReadOptions {
        lang: args.lang.forced(),
        encoding: args.encoding,
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    // No path at all reads standard input, like `grep` and `wc`.
    let stdin_only = [PathBuf::from(STDIN_NAME)];
    let paths = if args.paths.is_empty() {
        &stdin_only[..]
    } else {
        &args.paths[..]
    };
    for path in paths {
        // Files are read and extracted in parallel, a few at a time so that
        // memory holds a few texts, not all of them; output keeps path order.
        let files = discover_or_stdin(path);
        for chunk in files.chunks(EXTRACT_CHUNK) {
            // `None`: the walk's own error, reported from `chunk` below.
            let rendered: Vec<Option<Result<Vec<u8>, InputError>>> = chunk
                .par_iter()
                .map(|file| {
                    let file = file.as_ref().ok()?;
                    Some(Source::open(file, options).map(|s| render(&s, args.format)))
                })
                .collect();
            for (result, file) in rendered.into_iter().zip(chunk) {
                let result = match (result, file) {
                    (Some(result), _) => result,
                    (None, Err(err)) => {
                        out.flush()?;
                        report_error(&err.to_string());
                        failed = true;
                        continue;
                    }
                    (None, Ok(_)) => continue,
                };
                failed |= !emit(result, &mut out)?;
            }
        }
    }
    out.flush()?;
    Ok(if failed {
        Outcome::InputErrors
    } else {
        Outcome::Clean
    })
}

/// The configuration a check uses: `--config`, else the one found from the
/// working directory, unless `--no-config`.
fn load_config(args: &CheckArgs) -> Result<Option<config::Loaded>, String> {
    if args.no_config {
        return Ok(None);
    }
    let path = match &args.config {
        Some(path) => Some(path.clone()),
        None => std::env::current_dir()
            .ok()
            .and_then(|dir| config::find(&dir)),
    };
    path.map(|p| config::Loaded::load(&p).map_err(|e| e.to_string()))
        .transpose()
}

/// Runs `claimcheck check`: the library reads every source (those that
/// cannot be read are reported and the rest still checked) and compares
/// them; this prints the report and turns it into an exit code.
fn run_check(args: &CheckArgs) -> io::Result<Outcome> {
    let loaded = match load_config(args) {
        Ok(loaded) => loaded,
        Err(message) => {
            report_error(&message);
            return Ok(Outcome::InputErrors);
        }
    };
    let baseline = match &args.baseline {
        Some(path) => match Baseline::load(path) {
            Ok(b) => Some((path.display().to_string(), b)),
            Err(e) => {
                report_error(&e.to_string());
                return Ok(Outcome::InputErrors);
            }
        },
        None => None,
    };
    let lang = args.lang.map(LangArg::setting);
    // A progress bar on stderr for long runs, only when a person watches it.
    let bar = if io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} reading sources {pos}/{len} {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let outcome = check::run(Request {
        progress: Some(&progress),
        paths: &args.paths,
        against: &args.against,
        lang,
        config: loaded.as_ref(),
        baseline: baseline.as_ref().map(|(name, b)| (name.as_str(), b)),
        encoding: args.encoding,
    });
    bar.finish_and_clear();
    for error in &outcome.errors {
        report_error(&error.to_string());
    }
    let texts = outcome.texts();
    let report = &outcome.report;
    let out = match args.format {
        CheckFormat::Human => {
            let color = args
                .color
                .enabled(io::stdout().is_terminal(), std::env::var_os("NO_COLOR"));
            report::human(report, &texts, color)
        }
        CheckFormat::Json => report::json(report),
        CheckFormat::Sarif => report::sarif(report, &texts),
        CheckFormat::Github => report::github(report, &texts),
    };
    let mut stdout = io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    let setting = args
        .fail_on
        .map(FailOn::setting)
        .or_else(|| loaded.as_ref().and_then(|l| l.config.fail_on))
        .unwrap_or_default();
    let level = setting.level();
    let mut failing = report.findings.iter().any(|f| fails(f, level));
    if let Some(path) = &args.write_baseline {
        let recorded = Baseline::of(report.findings.iter().filter(|f| {
            f.kind == Verdict::Contradiction
                && fails(f, Some(claimcheck::consistency::Severity::Warning))
        }));
        if let Err(e) = recorded.write(path) {
            report_error(&e.to_string());
            return Ok(Outcome::InputErrors);
        }
        let _ = writeln!(
            io::stderr().lock(),
            "claimcheck: wrote {} finding(s) to the baseline {}",
            recorded.findings.len(),
            path.display()
        );
        failing = false;
    }
    Ok(if !outcome.errors.is_empty() {
        Outcome::InputErrors
    } else if failing {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

/// Prints the records of a source, or reports why it could not be read.
/// Returns whether the source was read.
fn emit(rendered: Result<Vec<u8>, InputError>, out: &mut impl Write) -> io::Result<bool> {
    match rendered {
        Ok(bytes) => {
            out.write_all(&bytes)?;
            Ok(true)
        }
        Err(err) => {
            // Keep stdout and stderr in order when both go to a terminal.
            out.flush()?;
            report_error(&err.to_string());
            Ok(false)
        }
    }
}

/// The records of a source in `format`, ready to print: the library finds
/// and renders them, so that `extract` prints what any other front end would.
fn render(source: &Source, format: Format) -> Vec<u8> {
    report::records(source, &extract(source), format.records()).into_bytes()
}

/// Prints `claimcheck: error: <message>` on stderr. A failure to write stderr
/// is ignored: there is nowhere left to report it.
fn report_error(message: &str) {
    let _ = writeln!(io::stderr().lock(), "claimcheck: error: {message}");
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
