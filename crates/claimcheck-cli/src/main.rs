//! The `claimcheck` command: argument parsing and output, nothing else.
//!
//! All the work (reading sources, finding quantities, building records) is done
//! by the `claimcheck` library, which prints nothing. This binary turns the
//! command line into library calls, renders what comes back in the format
//! asked for, reports input errors on stderr without stopping at the first
//! one, and maps the outcome to a documented exit code.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use claimcheck::error::InputError;
use claimcheck::extract::{extract, Record};
use claimcheck::interval::Bound;
use claimcheck::lang::Lang;
use claimcheck::quantity::Qualifier;
use claimcheck::source::{discover, Source};

/// The exit codes, shown at the end of every `--help`: scripts depend on them.
const EXIT_CODES: &str = "\
Exit codes:
  0  every input was read (finding no quantity is not an error)
  2  usage error, or an input could not be read; the other inputs are still
     read, and errors are printed to stderr as `claimcheck: error: <message>`";

/// Exit code for a usage or input error (clap uses the same for usage errors).
const EXIT_INPUT_ERROR: u8 = 2;

/// Finds the count claims in news articles (French, English) and points at them.
#[derive(Debug, Parser)]
#[command(name = "claimcheck", version, after_help = EXIT_CODES, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What `claimcheck` is asked to do.
#[derive(Debug, Subcommand)]
enum Command {
    /// Print every number expression found in the inputs, in source order.
    #[command(after_help = EXIT_CODES)]
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
}

/// The output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// `path:line:column  kind  qualifier  value  text`, aligned per file.
    Human,
    /// One JSON object a line, fields as the output contract lists them.
    Jsonl,
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

impl LangArg {
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
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
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
    /// Every input was read.
    Clean,
    /// At least one input failed; the others were still read.
    InputErrors,
}

/// Runs `claimcheck extract`. Input errors are reported as they come and the
/// run goes on; only a failure to write stdout stops it.
fn run_extract(args: &ExtractArgs) -> io::Result<Outcome> {
    let lang = args.lang.forced();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = false;
    let stdin_only = [PathBuf::from("-")];
    let paths = if args.paths.is_empty() {
        &stdin_only[..]
    } else {
        &args.paths[..]
    };
    for path in paths {
        if path == Path::new("-") {
            let source = Source::from_stdin(io::stdin().lock(), lang);
            failed |= !emit(source, args.format, &mut out)?;
            continue;
        }
        for file in discover(path) {
            let source = file.and_then(|file| Source::from_path(&file, lang));
            failed |= !emit(source, args.format, &mut out)?;
        }
    }
    out.flush()?;
    Ok(if failed {
        Outcome::InputErrors
    } else {
        Outcome::Clean
    })
}

/// Prints the records of a source, or reports why it could not be read.
/// Returns whether the source was read.
fn emit(
    source: Result<Source, InputError>,
    format: Format,
    out: &mut impl Write,
) -> io::Result<bool> {
    match source {
        Ok(source) => {
            let records = extract(&source);
            match format {
                Format::Human => write_human(&records, out)?,
                Format::Jsonl => write_jsonl(&records, out)?,
            }
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

/// Prints `claimcheck: error: <message>` on stderr. A failure to write stderr
/// is ignored: there is nowhere left to report it.
fn report_error(message: &str) {
    let _ = writeln!(io::stderr().lock(), "claimcheck: error: {message}");
}

/// Writes one JSON object a line.
fn write_jsonl(records: &[Record], out: &mut impl Write) -> io::Result<()> {
    for record in records {
        serde_json::to_writer(&mut *out, record).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Writes the records of one source as a table whose columns line up:
/// location, kind, qualifier, value, concept key (`-` when the quantity is
/// not a count claim), the words, then the scope and claimant when known.
fn write_human(records: &[Record], out: &mut impl Write) -> io::Result<()> {
    let rows: Vec<[String; 6]> = records
        .iter()
        .map(|r| {
            let mut text = escape_controls(&r.text);
            if let Some(scope) = &r.scope {
                text.push_str(&format!("  [scope: {scope}]"));
            }
            if let Some(who) = &r.attributed_to {
                text.push_str(&format!("  [according to: {}]", escape_controls(who)));
            }
            [
                format!("{}:{}:{}", r.source, r.line, r.column),
                r.kind.name().to_string(),
                r.qualifier.name().to_string(),
                value_label(r),
                r.key.clone().unwrap_or_else(|| "-".to_string()),
                text,
            ]
        })
        .collect();
    let mut widths = [0usize; 5];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for [location, kind, qualifier, value, key, text] in &rows {
        // `{:<w$}` pads by characters, so "≥14" lines up with "140".
        writeln!(
            out,
            "{location:<w0$}  {kind:<w1$}  {qualifier:<w2$}  {value:<w3$}  {key:<w4$}  {text}",
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
            w3 = widths[3],
            w4 = widths[4],
        )?;
    }
    Ok(())
}

/// The value or interval in the short notation of the human format: `50000`,
/// `>50000`, `≥14`, `<10`, `≤10`, `25–35`; `-` for dates and times, which have
/// no value.
fn value_label(record: &Record) -> String {
    let Some(interval) = record.interval else {
        return record.value.map_or_else(|| "-".to_string(), number);
    };
    // "moins de 10" is 0 ..< 10: the 0 is implied, the reader wants "<10".
    let below = matches!(record.qualifier, Qualifier::LessThan | Qualifier::AtMost);
    match (interval.low(), interval.high()) {
        (Bound::Inclusive(l), Bound::Inclusive(h)) if l == h => number(l),
        (Bound::Exclusive(l), Bound::Unbounded) => format!(">{}", number(l)),
        (Bound::Inclusive(l), Bound::Unbounded) => format!("≥{}", number(l)),
        (Bound::Unbounded, Bound::Exclusive(h)) => format!("<{}", number(h)),
        (Bound::Unbounded, Bound::Inclusive(h)) => format!("≤{}", number(h)),
        (_, Bound::Exclusive(h)) if below => format!("<{}", number(h)),
        (_, Bound::Inclusive(h)) if below => format!("≤{}", number(h)),
        (Bound::Inclusive(l), Bound::Inclusive(h)) => format!("{}–{}", number(l), number(h)),
        // Mixed open and closed ends: the mathematical notation says it exactly.
        _ => interval.to_string(),
    }
}

/// A number as a person writes it: `50000`, `1.5` (Rust's shortest
/// round-tripping form, never an exponent).
fn number(v: f64) -> String {
    format!("{v}")
}

/// Makes control characters visible (`\n`, `\t`) so that one record stays on
/// one line of the table even when its words span a line break.
fn escape_controls(text: &str) -> String {
    if !text.chars().any(char::is_control) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use claimcheck::interval::Interval;
    use claimcheck::quantity::Kind;

    fn record(qualifier: Qualifier, value: Option<f64>, interval: Option<Interval>) -> Record {
        Record {
            source: "a.txt".into(),
            line: 1,
            column: 1,
            start: 0,
            end: 1,
            text: "x".into(),
            quantity: "x".into(),
            value,
            interval,
            qualifier,
            kind: Kind::Count,
            counted: None,
            key: None,
            scope: None,
            attributed_to: None,
            lang: Lang::Fr,
        }
    }

    #[test]
    fn value_labels() {
        let cases = [
            (
                Qualifier::Exact,
                Bound::Inclusive(50000.0),
                Bound::Inclusive(50000.0),
                "50000",
            ),
            (
                Qualifier::MoreThan,
                Bound::Exclusive(50000.0),
                Bound::Unbounded,
                ">50000",
            ),
            (
                Qualifier::AtLeast,
                Bound::Inclusive(14.0),
                Bound::Unbounded,
                "≥14",
            ),
            (
                Qualifier::LessThan,
                Bound::Inclusive(0.0),
                Bound::Exclusive(10.0),
                "<10",
            ),
            (
                Qualifier::AtMost,
                Bound::Inclusive(0.0),
                Bound::Inclusive(10.0),
                "≤10",
            ),
            (
                Qualifier::About,
                Bound::Inclusive(25.0),
                Bound::Inclusive(35.0),
                "25–35",
            ),
            (
                Qualifier::Range,
                Bound::Inclusive(1.5),
                Bound::Inclusive(2.0),
                "1.5–2",
            ),
            (
                Qualifier::Range,
                Bound::Exclusive(1.0),
                Bound::Inclusive(2.0),
                "(1, 2]",
            ),
        ];
        for (qualifier, low, high, expected) in cases {
            let interval = Interval::new(low, high).ok();
            assert!(interval.is_some(), "{low:?} {high:?}");
            let label = value_label(&record(qualifier, Some(1.0), interval));
            assert_eq!(label, expected);
        }
        assert_eq!(value_label(&record(Qualifier::Exact, None, None)), "-");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_controls("0\n13"), "0\\n13");
        assert_eq!(escape_controls("50 000"), "50 000");
    }

    #[test]
    fn cli_definition_is_valid() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
