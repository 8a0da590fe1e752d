//! `claimcheck extract`: every number expression of the inputs, printed as
//! it is found.
//!
//! Extraction streams: files are read and extracted a few at a time, in
//! parallel, and printed in path order, so that memory holds a few texts and
//! a pipe (`| head`) sees output at once. The library reads each source
//! (`-` is standard input) and renders its records; this module only walks
//! the paths, writes the text and reports the inputs that could not be read
//! without stopping at them.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use rayon::prelude::*;

use claimcheck::record::extract;
use claimcheck::report::{self, RecordFormat};
use claimcheck::source::{discover_or_stdin, InputError, ReadOptions, Source, STDIN_NAME};

use crate::args::ExtractArgs;
use crate::{report_error, report_warning, Outcome};

/// How many files `extract` reads and extracts in parallel before printing
/// them: enough to keep two cores busy, few enough that memory holds only a
/// few texts at a time.
const EXTRACT_CHUNK: usize = 16;

/// Runs `claimcheck extract`. Input errors are reported as they come and the
/// run goes on; only a failure to write stdout stops it.
pub(crate) fn run(args: &ExtractArgs) -> io::Result<Outcome> {
    let options = ReadOptions {
        lang: args.lang.forced(),
        encoding: args.encoding,
    };
    let format = args.format.records();
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
        let files = discover_or_stdin(path);
        for chunk in files.chunks(EXTRACT_CHUNK) {
            failed |= !print_chunk(chunk, options, args.strict_encoding, format, &mut out)?;
        }
    }
    out.flush()?;
    Ok(if failed {
        Outcome::InputErrors
    } else {
        Outcome::Clean
    })
}

/// Reads and renders the files of `chunk` in parallel, then prints them in
/// their order, so that output keeps path order whatever finishes first.
/// Returns whether every file (and every entry of the walk) was read.
fn print_chunk(
    chunk: &[Result<PathBuf, InputError>],
    options: ReadOptions,
    strict: bool,
    format: RecordFormat,
    out: &mut impl Write,
) -> io::Result<bool> {
    // `None`: the walk's own error, reported from `chunk` below.
    let rendered: Vec<Option<Result<Rendered, InputError>>> = chunk
        .par_iter()
        .map(|file| {
            let file = file.as_ref().ok()?;
            let source = Source::open(file, options);
            let source = if strict {
                source.and_then(Source::strict)
            } else {
                source
            };
            Some(source.map(|s| Rendered {
                text: render(&s, format),
                warnings: s.warnings.iter().map(ToString::to_string).collect(),
            }))
        })
        .collect();
    let mut read = true;
    for (result, file) in rendered.into_iter().zip(chunk) {
        let result = match (result, file) {
            (Some(result), _) => result,
            (None, Err(err)) => {
                out.flush()?;
                report_error(&err.to_string());
                read = false;
                continue;
            }
            (None, Ok(_)) => continue,
        };
        read &= emit(result, out)?;
    }
    Ok(read)
}

/// The records of a source in `format`, ready to print: the library finds
/// and renders them, so that `extract` prints what any other front end would.
fn render(source: &Source, format: RecordFormat) -> String {
    report::records(source, &extract(source), format)
}

/// A source's records in the format asked for, and the warnings to say
/// about it.
struct Rendered {
    text: String,
    warnings: Vec<String>,
}

/// Prints the records of a source (its warnings first, on stderr), or
/// reports why it could not be read. Returns whether the source was read.
fn emit(rendered: Result<Rendered, InputError>, out: &mut impl Write) -> io::Result<bool> {
    match rendered {
        Ok(rendered) => {
            if !rendered.warnings.is_empty() {
                out.flush()?;
                for warning in &rendered.warnings {
                    report_warning(warning);
                }
            }
            out.write_all(rendered.text.as_bytes())?;
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
