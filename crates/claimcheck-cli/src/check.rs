//! `claimcheck check`: compare the figures of several sources and print
//! where they agree and contradict.
//!
//! The library reads every source (`-` is standard input), compares them and
//! renders the report. What is left here is what only a command line has:
//! finding the configuration and the baseline files, a progress bar for a
//! person watching a terminal, the colour and format asked for, writing a
//! new baseline, and deciding whether the run failed.

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use claimcheck::baseline::{self, Baseline};
use claimcheck::check::{self, Request};
use claimcheck::config;
use claimcheck::consistency::{fails, Finding, Report, Severity, Verdict};
use claimcheck::report;

use crate::args::{CheckArgs, CheckFormat, FailOn, LangArg};
use crate::{report_error, report_note, report_warning, Outcome};

/// Runs `claimcheck check`: the library reads every source (those that
/// cannot be read are reported and the rest still checked) and compares
/// them; this prints the report and turns it into an exit code.
pub(crate) fn run(args: &CheckArgs) -> io::Result<Outcome> {
    let Some(loaded) = report_failure(load_config(args)) else {
        return Ok(Outcome::InputErrors);
    };
    let Some(baseline) = report_failure(load_baseline(args)) else {
        return Ok(Outcome::InputErrors);
    };
    let bar = progress_bar();
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let mut outcome = check::run(Request {
        progress: Some(&progress),
        paths: &args.paths,
        against: &args.against,
        lang: args.lang.map(LangArg::setting),
        config: loaded.as_ref(),
        baseline: baseline.as_ref().map(|(name, b)| (name.as_str(), b)),
        encoding: args.encoding,
        strict_encoding: args.strict_encoding,
        all: args.all,
    });
    bar.finish_and_clear();
    for error in &outcome.errors {
        report_error(&error.to_string());
    }
    for warning in &outcome.warnings {
        report_warning(&warning.to_string());
    }
    for stale in &outcome.stale {
        report_note(&stale.to_string());
    }
    if let Some(path) = &args.write_baseline {
        let old = baseline.as_ref().map(|(_, b)| b);
        if !write_baseline(&mut outcome.report, old, path) {
            return Ok(Outcome::InputErrors);
        }
    }
    let report = &outcome.report;
    let rendered = render(args, &outcome);
    match &args.output {
        Some(path) => {
            if let Err(message) = write_output(path, &rendered, &outcome) {
                report_error(&message);
                return Ok(Outcome::InputErrors);
            }
        }
        None => {
            let mut stdout = io::stdout().lock();
            stdout.write_all(rendered.as_bytes())?;
            stdout.flush()?;
        }
    }
    let setting = args
        .fail_on
        .map(FailOn::setting)
        .or_else(|| loaded.as_ref().and_then(|l| l.config.fail_on))
        .unwrap_or_default();
    let failing = report.findings.iter().any(|f| fails(f, setting.level()));
    Ok(if !outcome.errors.is_empty() {
        Outcome::InputErrors
    } else if failing {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

/// The value of `result`, or `None` once its error is reported: a
/// configuration or a baseline that cannot be read stops the run before
/// any source is read, since the report would be wrong without it.
fn report_failure<T>(result: Result<T, String>) -> Option<T> {
    result.map_err(|message| report_error(&message)).ok()
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

/// The `--baseline` file, with the name the report gives it when it marks a
/// finding as recorded there; `None` without `--baseline`.
fn load_baseline(args: &CheckArgs) -> Result<Option<(String, Baseline)>, String> {
    let Some(path) = &args.baseline else {
        return Ok(None);
    };
    Baseline::load(path)
        .map(|b| Some((path.display().to_string(), b)))
        .map_err(|e| e.to_string())
}

/// A progress bar on stderr for long runs, only when a person watches it:
/// hidden when stderr is a pipe or a file, so that logs stay clean.
fn progress_bar() -> indicatif::ProgressBar {
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} reading sources {pos}/{len} {elapsed}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar
}

/// The report in the format asked for, rendered by the library; only the human report's
/// colour depends on the terminal, which the library cannot know.
fn render(args: &CheckArgs, outcome: &check::Outcome) -> String {
    let texts = outcome.texts();
    let report = &outcome.report;
    match args.format {
        CheckFormat::Human => {
            let color = args
                .color
                .enabled(io::stdout().is_terminal(), std::env::var_os("NO_COLOR"));
            report::human(report, &texts, color)
        }
        CheckFormat::Json => report::json(report),
        CheckFormat::Sarif => report::sarif(report, &texts),
        CheckFormat::Github => report::github(report, &texts),
        CheckFormat::Html => report::html(report, &texts),
    }
}

/// Writes the report to `path` (`--output`), refusing a path that is one of
/// the sources read: claimcheck never writes to its inputs.
fn write_output(path: &Path, rendered: &str, outcome: &check::Outcome) -> Result<(), String> {
    let name = path.display();
    if let Ok(target) = std::fs::canonicalize(path) {
        let is_input = outcome
            .inputs
            .iter()
            .any(|input| std::fs::canonicalize(input.name()).is_ok_and(|p| p == target));
        if is_input {
            return Err(format!(
                "{name}: refusing to write the report over a source it checks; name another --output"
            ));
        }
    }
    std::fs::write(path, rendered).map_err(|e| format!("{name}: cannot write the report: {e}"))
}

/// Records the contradictions and updates of `report` at warning or above
/// in the baseline at `path`, for later runs' `--baseline`: those nobody
/// accepted, and those the `old` baseline (`--baseline`) already held. They
/// are marked accepted in the report (this run fails on none of them), and
/// stderr says what was written, one line per finding. Returns whether the
/// file was written (a failure is reported).
fn write_baseline(report: &mut Report, old: Option<&Baseline>, path: &Path) -> bool {
    let recorded = |f: &Finding| {
        matches!(f.kind, Verdict::Contradiction | Verdict::Update)
            && f.severity >= Severity::Warning
            && (f.accepted.is_none() || old.is_some_and(|b| b.contains(f)))
    };
    let baseline = Baseline::of(
        report.findings.iter().filter(|f| recorded(f)),
        Some(baseline::root_for(path)),
    );
    if let Err(e) = baseline.write(path) {
        report_error(&e.to_string());
        return false;
    }
    let name = path.display();
    for finding in report.findings.iter_mut().filter(|f| recorded(f)) {
        finding.accepted = Some(format!("recorded in the baseline {name} by this run"));
    }
    report.recount();
    let n = baseline.findings.len();
    let mut stderr = io::stderr().lock();
    let _ = writeln!(
        stderr,
        "claimcheck: wrote {n} {} to the baseline {name}{}",
        if n == 1 { "finding" } else { "findings" },
        if n == 0 { "" } else { ":" }
    );
    for entry in baseline.findings.values() {
        let _ = writeln!(stderr, "  {entry}");
    }
    true
}
