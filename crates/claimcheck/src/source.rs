//! Sources: the documents claimcheck reads, and where their bytes are.
//!
//! Every later step works on one decoded text and points back into it by byte
//! offset, so this module does the three things that must happen first and
//! only once: find the files a path stands for (walking directories the way
//! ripgrep does, so that `.gitignore`d and hidden files stay out), turn their
//! bytes into UTF-8 text or a clear [`InputError`], and settle the language.
//! [`LineIndex`] then turns byte offsets back into the line and column a
//! person looks for in an editor.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::error::InputError;
use crate::lang::Lang;

/// File extensions read when walking a directory (compared case-insensitively).
/// A file named explicitly is read whatever its extension.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// The extensions of fact files, which `check` reads beside documents.
pub const FACT_EXTENSIONS: &[&str] = &["yaml", "yml"];

/// How many leading bytes are searched for a NUL to tell binary files from
/// text, as git and ripgrep do.
const BINARY_PROBE_LEN: usize = 8 * 1024;

/// The UTF-8 byte order mark some editors put at the start of a file.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The name a source read from standard input goes by in records.
pub const STDIN_NAME: &str = "-";

/// One document, decoded, with the language its numbers are read in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The path as given (or as found under a directory that was given), or
    /// `-` for standard input.
    pub name: String,
    /// The whole text, UTF-8, without a byte order mark. Byte offsets in every
    /// later step are offsets into this string.
    pub text: String,
    /// The language the text is read in.
    pub lang: Lang,
}

impl Source {
    /// Reads the file at `path`. `lang` forces a language; `None` guesses it
    /// from the text ([`Lang::detect`]).
    pub fn from_path(path: &Path, lang: Option<Lang>) -> Result<Source, InputError> {
        let name = path.display().to_string();
        match fs::read(path) {
            Ok(bytes) => Source::from_bytes(name, bytes, lang),
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                Err(InputError::NotFound { path: name })
            }
            Err(source) => Err(InputError::Io { path: name, source }),
        }
    }

    /// Reads all of `reader` as standard input: the source is named `-`, and
    /// errors speak of `<stdin>`.
    pub fn from_stdin(mut reader: impl Read, lang: Option<Lang>) -> Result<Source, InputError> {
        let mut bytes = Vec::new();
        if let Err(source) = reader.read_to_end(&mut bytes) {
            return Err(InputError::Io {
                path: error_name(STDIN_NAME),
                source,
            });
        }
        Source::from_bytes(STDIN_NAME.to_string(), bytes, lang)
    }

    /// Decodes `bytes` read from `name`: strips a UTF-8 byte order mark,
    /// rejects binary data and invalid UTF-8, and settles the language.
    pub fn from_bytes(
        name: String,
        mut bytes: Vec<u8>,
        lang: Option<Lang>,
    ) -> Result<Source, InputError> {
        if bytes.starts_with(UTF8_BOM) {
            bytes.drain(..UTF8_BOM.len());
        }
        let probe = &bytes[..bytes.len().min(BINARY_PROBE_LEN)];
        if let Some(offset) = probe.iter().position(|&b| b == 0) {
            return Err(InputError::Binary {
                path: error_name(&name),
                offset,
            });
        }
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let bytes = err.as_bytes();
                let offset = err.utf8_error().valid_up_to();
                let position = position_in(bytes, offset);
                return Err(InputError::InvalidUtf8 {
                    path: error_name(&name),
                    line: position.line,
                    column: position.column,
                    offset,
                    byte: bytes.get(offset).copied().unwrap_or_default(),
                });
            }
        };
        let lang = lang.unwrap_or_else(|| Lang::detect(&text));
        Ok(Source { name, text, lang })
    }
}

/// How a source is named in an error: standard input has no path, so it gets
/// a name that cannot be mistaken for a file.
fn error_name(name: &str) -> String {
    if name == STDIN_NAME {
        "<stdin>".to_string()
    } else {
        name.to_string()
    }
}

/// The files `path` stands for, each to be read with [`Source::from_path`].
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
                    source,
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

/// A place in a text as a person counts it: both 1-based, the column in
/// characters (not bytes), so that "é" counts once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line number; lines end at `\n`.
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values.
    pub column: usize,
}

/// Turns byte offsets into [`Position`]s.
///
/// It keeps a cursor where the last question left it, so asking for offsets in
/// increasing order (as records come, in source order) reads the text once
/// overall: a 100 MB single-line file with thousands of quantities costs one
/// pass, not one pass per quantity. Asking for an earlier offset is allowed
/// and restarts from the start of the cursor's line, or of the text.
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    bytes: &'a [u8],
    cursor: Cursor,
}

/// How far a [`LineIndex`] has counted.
#[derive(Clone, Copy, Debug)]
struct Cursor {
    /// The byte offset reached.
    offset: usize,
    /// The byte offset where the line holding `offset` starts.
    line_start: usize,
    /// The position of `offset`.
    position: Position,
}

impl Cursor {
    /// The start of a text.
    const START: Cursor = Cursor {
        offset: 0,
        line_start: 0,
        position: Position { line: 1, column: 1 },
    };

    /// Moves forward to `offset` (which must not be behind), counting newlines
    /// and the first byte of each character on the way.
    fn advance(&mut self, bytes: &[u8], offset: usize) {
        for (i, &b) in bytes[self.offset..offset].iter().enumerate() {
            if b == b'\n' {
                self.position.line += 1;
                self.position.column = 1;
                self.line_start = self.offset + i + 1;
            } else if b & 0xC0 != 0x80 {
                // Not a UTF-8 continuation byte: a new character starts here.
                self.position.column += 1;
            }
        }
        self.offset = offset;
    }
}

impl<'a> LineIndex<'a> {
    /// An index over `text`, its cursor at the start.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        LineIndex {
            bytes: text.as_bytes(),
            cursor: Cursor::START,
        }
    }

    /// The position of byte `offset`; offsets past the end give the position
    /// of the end.
    pub fn position(&mut self, offset: usize) -> Position {
        let offset = offset.min(self.bytes.len());
        if offset < self.cursor.offset {
            if offset >= self.cursor.line_start {
                self.cursor.offset = self.cursor.line_start;
                self.cursor.position.column = 1;
            } else {
                self.cursor = Cursor::START;
            }
        }
        self.cursor.advance(self.bytes, offset);
        self.cursor.position
    }
}

/// The position of byte `offset` in `bytes`, which need only be valid UTF-8
/// before `offset` (used to point at the first invalid byte).
fn position_in(bytes: &[u8], offset: usize) -> Position {
    let mut cursor = Cursor::START;
    cursor.advance(bytes, offset.min(bytes.len()));
    cursor.position
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "ab\nçé 12\n\nx";
        let mut index = LineIndex::new(text);
        assert_eq!(index.position(0), pos(1, 1));
        assert_eq!(index.position(2), pos(1, 3));
        assert_eq!(index.position(3), pos(2, 1));
        // "çé " is 5 bytes and 3 characters.
        assert_eq!(index.position(8), pos(2, 4));
        assert_eq!(index.position(11), pos(3, 1));
        assert_eq!(index.position(12), pos(4, 1));
        assert_eq!(index.position(1000), pos(4, 2));
    }

    #[test]
    fn positions_can_go_backwards() {
        let text = "one\ntwo three\nfour";
        let mut index = LineIndex::new(text);
        assert_eq!(index.position(14), pos(3, 1));
        assert_eq!(index.position(16), pos(3, 3));
        assert_eq!(index.position(15), pos(3, 2));
        assert_eq!(index.position(8), pos(2, 5));
        assert_eq!(index.position(1), pos(1, 2));
        assert_eq!(index.position(18), pos(3, 5));
    }

    #[test]
    fn decoding_strips_bom_and_rejects_bad_bytes() {
        let source = Source::from_bytes("a".into(), b"\xEF\xBB\xBFla liste des 3".to_vec(), None);
        let source = source.expect("valid UTF-8");
        assert_eq!(source.text, "la liste des 3");
        assert_eq!(source.lang, Lang::Fr);

        let err = Source::from_bytes("a".into(), b"ok\n\xC3\xA9t\xE9".to_vec(), None);
        match err {
            Err(InputError::InvalidUtf8 {
                line,
                column,
                offset,
                byte,
                ..
            }) => assert_eq!((line, column, offset, byte), (2, 3, 6, 0xE9)),
            other => panic!("expected invalid UTF-8, got {other:?}"),
        }

        let err = Source::from_bytes("a".into(), b"PK\x03\x04\x00".to_vec(), None);
        assert!(matches!(err, Err(InputError::Binary { offset: 4, .. })));

        let empty = Source::from_bytes("a".into(), Vec::new(), Some(Lang::En));
        assert_eq!(empty.ok().map(|s| s.text), Some(String::new()));
    }

    #[test]
    fn stdin_is_named_dash_and_errors_say_stdin() {
        let source = Source::from_stdin(&b"12 cats"[..], Some(Lang::En));
        assert_eq!(source.ok().map(|s| s.name), Some("-".to_string()));
        let err = Source::from_stdin(&b"\xFF"[..], None);
        assert_eq!(
            err.err().map(|e| e.path().to_string()),
            Some("<stdin>".into())
        );
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
}
