//! `claimcheck extract`: every number expression of the inputs, printed as
//! it is found.
//!
//! Extraction streams: the main thread prints the files in path order,
//! extracting the file whose turn it is itself and writing each record as
//! it is made, so that memory holds one text and its claims, never a file's
//! output; meanwhile worker threads (one less than rayon's pool: one per
//! core, or RAYON_NUM_THREADS) take the files after it from a bounded
//! window and render them ahead, so that two cores stay busy on many small
//! files while at most [`WINDOW`] rendered files wait. A pipe (`| head`)
//! sees output at once. The library reads each source (`-` is standard
//! input) and renders its records; this module only walks the paths,
//! schedules the files, writes the text and reports the inputs that could
//! not be read without stopping at them.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::sync::{Condvar, Mutex, MutexGuard};

use claimcheck::concept::Concepts;
use claimcheck::record::records_with;
use claimcheck::report::{write_records, RecordFormat};
use claimcheck::source::{discover_or_stdin, InputError, ReadOptions, Source, STDIN_NAME};

use crate::args::ExtractArgs;
use crate::{report_error, report_warning, Outcome};

/// How many files past the one being printed the workers may render ahead:
/// enough to keep the cores busy on small files, few enough that memory
/// holds only a few files' output.
const WINDOW: usize = 16;

/// Runs `claimcheck extract`. Input errors are reported as they come and the
/// run goes on; only a failure to write stdout stops it.
pub(crate) fn run(args: &ExtractArgs) -> io::Result<Outcome> {
    let options = ReadOptions {
        lang: args.lang.forced(),
        encoding: args.encoding,
    };
    let format = args.format.records();
    // No path at all reads standard input, like `grep` and `wc`.
    let stdin_only = [PathBuf::from(STDIN_NAME)];
    let paths = if args.paths.is_empty() {
        &stdin_only[..]
    } else {
        &args.paths[..]
    };
    let files: Vec<Result<PathBuf, InputError>> =
        paths.iter().flat_map(|p| discover_or_stdin(p)).collect();
    let job = Job {
        files: &files,
        options,
        strict: args.strict_encoding,
        format,
        window: Window::default(),
    };
    let workers = rayon::current_num_threads().saturating_sub(1);
    let mut out = BufWriter::new(io::stdout().lock());
    let read = std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| job.work());
        }
        let printed = job.print(&mut out);
        // Stop the workers whatever happened to stdout.
        job.window.finish();
        printed
    })?;
    out.flush()?;
    Ok(if read {
        Outcome::Clean
    } else {
        Outcome::InputErrors
    })
}

/// What the main thread and the workers share: the files, how to read and
/// render them, and the window of files in flight.
struct Job<'a> {
    files: &'a [Result<PathBuf, InputError>],
    options: ReadOptions,
    /// `--strict-encoding`: a file not valid in one encoding is refused.
    strict: bool,
    format: RecordFormat,
    window: Window,
}

/// A file rendered by a worker, waiting for its turn (its records, and the
/// warnings to say about it first): `None` for an entry of the walk that is
/// its own error (the main thread reports it).
type Rendered = Option<Result<(Vec<u8>, Vec<String>), InputError>>;

/// The files in flight, under one lock: which file is printed, which is the
/// next one nobody has taken, and the rendered files waiting to be printed.
#[derive(Default)]
struct Window {
    state: Mutex<WindowState>,
    changed: Condvar,
}

#[derive(Default)]
struct WindowState {
    /// The file being printed (or the next one to print).
    printing: usize,
    /// The first file no thread has taken.
    next: usize,
    /// Rendered files by index, all after `printing`.
    rendered: BTreeMap<usize, Rendered>,
    /// Set when the main thread is done: workers stop.
    finished: bool,
}

impl Window {
    /// The state, even when a thread panicked while holding it (the state
    /// is plain indices and buffers, consistent at every unlock).
    fn lock(&self) -> MutexGuard<'_, WindowState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells the workers to stop.
    fn finish(&self) {
        self.lock().finished = true;
        self.changed.notify_all();
    }
}

impl Job<'_> {
    /// A worker: takes the next file after the one being printed, within
    /// the window, renders it and leaves it for the main thread, until no
    /// file is left or the main thread is done.
    fn work(&self) {
        let mut state = self.window.lock();
        loop {
            if state.finished || state.next >= self.files.len() {
                return;
            }
            let i = state.next;
            // The file being printed is the main thread's to stream.
            if i > state.printing && i <= state.printing + WINDOW {
                state.next += 1;
                drop(state);
                let rendered = self.render(i);
                state = self.window.lock();
                state.rendered.insert(i, rendered);
                self.window.changed.notify_all();
            } else {
                state = self
                    .window
                    .changed
                    .wait(state)
                    .unwrap_or_else(|e| e.into_inner());
            }
        }
    }

    /// File `i` read and rendered into a buffer.
    fn render(&self, i: usize) -> Rendered {
        let path = self.files[i].as_ref().ok()?;
        Some(self.open(path).map(|source| {
            let mut out = Vec::new();
            // Writing to a Vec cannot fail.
            let _ = self.write(&source, &mut out);
            (out, warnings(&source))
        }))
    }

    /// The source at `path`, refused under `--strict-encoding` when it is
    /// not valid in one encoding.
    fn open(&self, path: &std::path::Path) -> Result<Source, InputError> {
        let source = Source::open(path, self.options);
        if self.strict {
            source.and_then(Source::strict)
        } else {
            source
        }
    }

    /// The records of `source`, written to `out` as they are made: the
    /// library finds and renders them, so that `extract` prints what any
    /// other front end would.
    fn write(&self, source: &Source, out: &mut impl Write) -> io::Result<()> {
        let records = records_with(source, Concepts::builtin());
        write_records(out, source, records, self.format)
    }

    /// The main thread: every file in path order, streamed when no worker
    /// took it, else its rendered output once it is ready. Returns whether
    /// every file (and every entry of the walk) was read.
    fn print(&self, out: &mut impl Write) -> io::Result<bool> {
        let mut read = true;
        for (i, file) in self.files.iter().enumerate() {
            let taken = self.take(i);
            let result = match (taken, file) {
                (_, Err(err)) => Err(err.to_string()),
                (Some(Some(Ok((bytes, said)))), _) => {
                    warn(&said, out)?;
                    out.write_all(&bytes).map(Ok)?
                }
                (Some(Some(Err(err))), _) => Err(err.to_string()),
                (Some(None), Ok(_)) => Ok(()),
                (None, Ok(path)) => match self.open(path) {
                    Ok(source) => {
                        warn(&warnings(&source), out)?;
                        self.write(&source, out).map(Ok)?
                    }
                    Err(err) => Err(err.to_string()),
                },
            };
            if let Err(message) = result {
                // Keep stdout and stderr in order when both go to a terminal.
                out.flush()?;
                report_error(&message);
                read = false;
            }
        }
        Ok(read)
    }

    /// Makes file `i` the one being printed and returns it: `None` when no
    /// worker took it (the main thread reads it), else what the worker
    /// rendered. While a worker is still on it, the main thread renders the
    /// next file of the window itself rather than wait idle.
    fn take(&self, i: usize) -> Option<Rendered> {
        let mut state = self.window.lock();
        state.printing = i;
        self.window.changed.notify_all();
        if state.next <= i {
            state.next = i + 1;
            return None;
        }
        loop {
            if let Some(rendered) = state.rendered.remove(&i) {
                return Some(rendered);
            }
            let next = state.next;
            if next < self.files.len() && next <= i + WINDOW {
                state.next += 1;
                drop(state);
                let rendered = self.render(next);
                state = self.window.lock();
                state.rendered.insert(next, rendered);
                continue;
            }
            state = self
                .window
                .changed
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// What to say about a source before its records (a file read past bytes
/// invalid in its encoding).
fn warnings(source: &Source) -> Vec<String> {
    source.warnings.iter().map(ToString::to_string).collect()
}

/// Says `warnings` on stderr, after what stdout holds so far.
fn warn(warnings: &[String], out: &mut impl Write) -> io::Result<()> {
    if !warnings.is_empty() {
        out.flush()?;
        for warning in warnings {
            report_warning(warning);
        }
    }
    Ok(())
}
