//! The `claimcheck` command: argument parsing and output, nothing else.
//!
//! All the work (reading sources, finding quantities, building records,
//! comparing them, rendering reports and records) is done by the `claimcheck`
//! library, which prints nothing. This binary turns the command line into
//! library calls, prints what comes back in the format asked for, reports
//! input errors on stderr without stopping at the first one, and maps the
//! outcome to a documented exit code. This file only parses, dispatches and
//! turns outcomes into exit codes: the arguments are in `args`, and each
//! command runs in a module of its name (`extract`, `check`).

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

mod args;
mod check;
mod extract;

use args::{Cli, Command};

/// Exit code for findings at or above the failure level.
const EXIT_FINDINGS: u8 = 1;

/// Exit code for a usage or input error (clap uses the same for usage errors).
const EXIT_INPUT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    let result = match cli.command {
        Command::Extract(args) => extract::run(&args),
        Command::Check(args) => check::run(&args),
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

/// Prints what clap says about the command line: `--help` and `--version`
/// on stdout (exit 0), a usage error as every error is printed,
/// `claimcheck: error: …` then clap's usage lines (exit 2).
fn usage_error(err: &clap::Error) -> ExitCode {
    if !err.use_stderr() {
        let _ = err.print();
        return ExitCode::SUCCESS;
    }
    let rendered = err.render().to_string();
    let message = match rendered.strip_prefix("error: ") {
        Some(message) => message.to_string(),
        // `claimcheck` alone: clap shows the help, which says no error.
        None => format!("a command is required: `check` or `extract`\n\n{rendered}"),
    };
    let _ = write!(io::stderr().lock(), "claimcheck: error: {message}");
    ExitCode::from(EXIT_INPUT_ERROR)
}

/// How a run ended, when stdout could be written to: each command says what
/// happened, and only [`main`] knows which exit code that is.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// Every input was read (and `check` found nothing that fails the run).
    Clean,
    /// `check` found something at or above its failure level.
    Findings,
    /// At least one input failed; the others were still read.
    InputErrors,
}

/// Prints `claimcheck: error: <message>` on stderr, the one form every error
/// takes so that scripts and people can spot it. A failure to write stderr
/// is ignored: there is nowhere left to report it.
fn report_error(message: &str) {
    let _ = writeln!(io::stderr().lock(), "claimcheck: error: {message}");
}

/// Prints `claimcheck: warning: <message>` on stderr: an input was read,
/// but not as cleanly as it should have been (it mixes encodings).
fn report_warning(message: &str) {
    let _ = writeln!(io::stderr().lock(), "claimcheck: warning: {message}");
}

/// Prints `claimcheck: note: <message>` on stderr: something a person
/// should know that fails nothing (a stale baseline entry).
fn report_note(message: &str) {
    let _ = writeln!(io::stderr().lock(), "claimcheck: note: {message}");
}
