//! Helpers that keep an end-to-end test a few lines long: a temporary
//! directory to create input files in, and a wrapper around the `claimcheck`
//! binary that asserts its exit code and shows both streams when it fails.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{self, Stdio};

/// The `claimcheck` binary cargo built for these tests.
pub const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// The repository root, where `fixtures/` is.
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// A temporary directory, removed when dropped.
pub struct Dir {
    dir: tempfile::TempDir,
}

impl Dir {
    /// A new empty directory.
    pub fn new() -> Dir {
        let dir = tempfile::Builder::new()
            .prefix("claimcheck-test-")
            .tempdir()
            .expect("create a temporary directory");
        Dir { dir }
    }

    /// The directory's path.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Creates the file `name` (parent directories included) holding `text`.
    pub fn create(&self, name: &str, text: &str) -> PathBuf {
        self.create_bytes(name, text.as_bytes())
    }

    /// Creates the file `name` (parent directories included) holding `bytes`.
    pub fn create_bytes(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("create parent directories");
        }
        fs::write(&path, bytes).expect("write test file");
        path
    }

    /// Creates the directory `name` (parents included).
    pub fn create_dir(&self, name: &str) -> PathBuf {
        let path = self.path().join(name);
        fs::create_dir_all(&path).expect("create directory");
        path
    }

    /// A `claimcheck` command run in this directory.
    pub fn command(&self) -> TestCommand {
        TestCommand::new(self.path())
    }
}

/// A `claimcheck` command run from the repository root, so that paths like
/// `fixtures/pegasus/…` appear in its output as they do for a user.
pub fn root_command() -> TestCommand {
    TestCommand::new(Path::new(ROOT))
}

/// A `claimcheck` invocation with what it will read on stdin.
pub struct TestCommand {
    cmd: process::Command,
    stdin: Option<Vec<u8>>,
}

/// What a finished command printed, and how it exited.
#[derive(Debug)]
pub struct Output {
    /// The exit code (`None` if killed by a signal).
    pub code: Option<i32>,
    /// Everything printed on stdout, decoded leniently.
    pub stdout: String,
    /// Everything printed on stderr, decoded leniently.
    pub stderr: String,
}

impl TestCommand {
    /// `claimcheck` with a fixed help width, run in `dir`, reading nothing on
    /// stdin unless [`TestCommand::stdin`] says otherwise.
    pub fn new(dir: &Path) -> TestCommand {
        let mut cmd = process::Command::new(BIN);
        cmd.current_dir(dir).env("COLUMNS", "100");
        TestCommand { cmd, stdin: None }
    }

    /// Adds arguments.
    pub fn args<I, S>(&mut self, args: I) -> &mut TestCommand
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    /// Sets an environment variable for the command.
    pub fn env(&mut self, key: &str, value: &str) -> &mut TestCommand {
        self.cmd.env(key, value);
        self
    }

    /// Feeds `bytes` to the command's stdin.
    pub fn stdin(&mut self, bytes: impl Into<Vec<u8>>) -> &mut TestCommand {
        self.stdin = Some(bytes.into());
        self
    }

    /// Runs the command to the end, whatever its exit code.
    pub fn output(&mut self) -> Output {
        self.cmd
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = self.cmd.spawn().expect("run claimcheck");
        // Write stdin from a thread: a large input and a large output would
        // otherwise wait on each other.
        let writer = match (self.stdin.clone(), child.stdin.take()) {
            (Some(bytes), Some(mut pipe)) => Some(std::thread::spawn(move || {
                // The command may stop reading early; that is its business.
                let _ = pipe.write_all(&bytes);
            })),
            _ => None,
        };
        let output = child.wait_with_output().expect("wait for claimcheck");
        if let Some(writer) = writer {
            writer.join().expect("stdin writer thread");
        }
        Output {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Runs the command and asserts it exits with `code`.
    pub fn assert_exit_code(&mut self, code: i32) -> Output {
        let output = self.output();
        assert_eq!(
            output.code,
            Some(code),
            "\nexpected exit code {code} from {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.cmd,
            output.stdout,
            output.stderr,
        );
        output
    }

    /// Runs the command, asserts it succeeds without a word on stderr, and
    /// returns its stdout.
    pub fn stdout(&mut self) -> String {
        let output = self.assert_exit_code(0);
        assert_eq!(output.stderr, "", "unexpected stderr from {:?}", self.cmd);
        output.stdout
    }

    /// Runs the command, asserts it fails with exit code 2, and returns its
    /// stderr.
    pub fn assert_err(&mut self) -> String {
        self.assert_exit_code(2).stderr
    }
}

/// The JSON records of `jsonl` output, one per line.
pub fn records(jsonl: &str) -> Vec<serde_json::Value> {
    jsonl
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is a JSON object"))
        .collect()
}
