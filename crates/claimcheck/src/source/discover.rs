//! Discovery: the files a path on the command line stands for.
//!
//! A user names files and folders; claimcheck reads the documents (and, for
//! `check`, the fact files) under them, walking folders the way ripgrep does
//! so that hidden and `.gitignore`d files stay out, in path order so that
//! output never depends on the order the file system lists them in.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::InputError;

/// File extensions read when walking a directory (compared case-insensitively).
/// A file named explicitly is read whatever its extension.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// The extensions of fact files, which `check` reads beside documents.
pub const FACT_EXTENSIONS: &[&str] = &["yaml", "yml"];

/// True for paths read as fact files.
pub fn is_fact_file(path: &Path) -> bool {
    has_extension(path, &[FACT_EXTENSIONS])
}

/// The files `path` stands for, each to be read with `Source::from_path`.
///
/// A file stands for itself, whatever its extension: the user asked for it.
/// A directory stands for the text files under it ([`TEXT_EXTENSIONS`]),
/// skipping hidden files and what `.gitignore` and `.ignore` files exclude,
/// sorted by path so that output does not depend on the order the file system
/// lists them in. An error for one entry does not stop the walk: it is
/// returned in its place and the other files are still read.
pub fn discover(path: &Path) -> Vec<Result<PathBuf, InputError>> {
    discover_matching(path, &[TEXT_EXTENSIONS])
}

/// The documents `path` stands for, each to be read with `Source::open`:
/// `-` stands for standard input, anything else for what [`discover`] finds.
/// Standard input is no file to look for, so it must not be walked.
pub fn discover_or_stdin(path: &Path) -> Vec<Result<PathBuf, InputError>> {
    if path == Path::new(super::STDIN_NAME) {
        vec![Ok(path.to_path_buf())]
    } else {
        discover(path)
    }
}

/// [`discover`] for `check`: documents and fact files ([`FACT_EXTENSIONS`]).
pub fn discover_with_facts(path: &Path) -> Vec<Result<PathBuf, InputError>> {
    discover_matching(path, &[TEXT_EXTENSIONS, FACT_EXTENSIONS])
}

/// The files under `path` whose extension is in one of `extensions`.
fn discover_matching(path: &Path, extensions: &[&[&str]]) -> Vec<Result<PathBuf, InputError>> {
    let name = path.display().to_string();
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return vec![Err(InputError::NotFound { path: name })];
        }
        Err(source) => return vec![Err(InputError::Io { path: name, source })],
    };
    if !metadata.is_dir() {
        return vec![Ok(path.to_path_buf())];
    }
    let mut found = Vec::new();
    // .gitignore files are honoured even outside a git repository: a folder
    // of articles copied out of a repository should be read the same way.
    for entry in ignore::WalkBuilder::new(path).require_git(false).build() {
        match entry {
            Ok(entry) => {
                let is_file = entry
                    .file_type()
                    .is_some_and(|t| t.is_file() || (t.is_symlink() && entry.path().is_file()));
                if is_file && has_extension(entry.path(), extensions) {
                    found.push(Ok(entry.into_path()));
                }
            }
            Err(err) => found.push(Err(walk_error(&name, err))),
        }
    }
    if found.is_empty() {
        return vec![Err(InputError::NoTextFiles { path: name })];
    }
    found.sort_by(|a, b| sort_key(a).cmp(sort_key(b)));
    found
}

/// True for the file names a directory walk reads.
fn has_extension(path: &Path, extensions: &[&[&str]]) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| {
            extensions
                .iter()
                .flat_map(|list| list.iter())
                .any(|known| ext.eq_ignore_ascii_case(known))
        })
}

/// Where an entry of a walk sorts: errors sort by the path they are about so
/// that they come out where the file would have.
fn sort_key(entry: &Result<PathBuf, InputError>) -> &Path {
    match entry {
        Ok(path) => path,
        Err(err) => Path::new(err.path()),
    }
}

/// Turns an error of the directory walk into an [`InputError`] about the
/// deepest path it names (or the directory walked when it names none).
fn walk_error(root: &str, err: ignore::Error) -> InputError {
    let mut path = None;
    let mut err = err;
    loop {
        match err {
            ignore::Error::WithPath {
                path: p,
                err: inner,
            } => {
                path = Some(p.display().to_string());
                err = *inner;
            }
            ignore::Error::WithDepth { err: inner, .. }
            | ignore::Error::WithLineNumber { err: inner, .. } => err = *inner,
            ignore::Error::Io(source) => {
                return InputError::Io {
                    path: path.unwrap_or_else(|| root.to_string()),
                    source: bare_io(source),
                };
            }
            other => {
                return InputError::Io {
                    path: path.unwrap_or_else(|| root.to_string()),
                    source: io::Error::other(other.to_string()),
                };
            }
        }
    }
}

/// The system's own error inside `source`: the walk wraps it in an error
/// whose message names the path again ("IO error for operation on
/// articles/: Permission denied"), and the path is already said once.
fn bare_io(source: io::Error) -> io::Error {
    let inner = source
        .get_ref()
        .and_then(|e| e.source())
        .and_then(|e| e.downcast_ref::<io::Error>());
    match inner {
        Some(inner) => match inner.raw_os_error() {
            Some(code) => io::Error::from_raw_os_error(code),
            None => io::Error::new(inner.kind(), inner.to_string()),
        },
        None => source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_errors_name_the_path_once() {
        #[derive(Debug)]
        struct Walk(io::Error);
        impl std::fmt::Display for Walk {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "IO error for operation on locked/: {}", self.0)
            }
        }
        impl std::error::Error for Walk {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }
        let denied = io::Error::from_raw_os_error(13);
        let wrapped = io::Error::other(Walk(io::Error::from_raw_os_error(13)));
        let err = ignore::Error::WithPath {
            path: "locked/".into(),
            err: Box::new(ignore::Error::Io(wrapped)),
        };
        let message = walk_error("locked", err).to_string();
        assert_eq!(
            message,
            format!("locked/: cannot read: {}", lowercase(&denied.to_string()))
        );
        assert_eq!(message.matches("locked").count(), 1, "{message}");
    }

    fn lowercase(s: &str) -> String {
        let mut chars = s.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    }

    #[test]
    fn text_extensions_ignore_case() {
        assert!(has_extension(Path::new("a/b.TXT"), &[TEXT_EXTENSIONS]));
        assert!(has_extension(Path::new("b.markdown"), &[TEXT_EXTENSIONS]));
        assert!(!has_extension(Path::new("b.pdf"), &[TEXT_EXTENSIONS]));
        assert!(!has_extension(Path::new("txt"), &[TEXT_EXTENSIONS]));
        assert!(has_extension(
            Path::new("c.YML"),
            &[TEXT_EXTENSIONS, FACT_EXTENSIONS]
        ));
    }

    #[test]
    fn fact_files_by_extension() {
        assert!(is_fact_file(Path::new("claims/a.YAML")));
        assert!(!is_fact_file(Path::new("a.txt")));
    }
}
