//! What can go wrong while reading input, said so that a user can fix it.
//!
//! claimcheck reads whatever paths it is given, and a bad input (a typo in a
//! path, a file not in the encoding it was said to be in, a PDF in a folder
//! of articles) must be reported in
//! one line that names the path and says what to do, never as a panic and
//! never by silently skipping the file. Every variant carries the path as the
//! user wrote it (or as found under a directory they named), so the message
//! can point at it.

use std::io;

/// An input that could not be read as a text source.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The path names nothing on disk.
    #[error("{path}: no such file or directory")]
    NotFound {
        /// The path as given.
        path: String,
    },

    /// The operating system refused or failed to read the path.
    #[error("{path}: cannot read: {}", lowercase_first(&.source.to_string()))]
    Io {
        /// The path as given.
        path: String,
        /// What the operating system said.
        source: io::Error,
    },

    /// The bytes of a file that must be UTF-8 (a YAML fact file) are not;
    /// `line`, `column` and `offset` point at the first bad byte.
    #[error(
        "{path}:{line}:{column}: not valid UTF-8 (byte 0x{byte:02x} at byte offset {offset}); \
         convert the file to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`"
    )]
    InvalidUtf8 {
        /// The path as given.
        path: String,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column of the first bad byte, counted in characters.
        column: usize,
        /// Byte offset of the first bad byte (after a stripped byte order mark).
        offset: usize,
        /// The first bad byte itself.
        byte: u8,
    },

    /// A document's bytes are not valid in the encoding they are read in;
    /// `line` and `column` (in the text decoded before it) and `offset` (in
    /// the file) point at the first bad byte.
    #[error(
        "{path}:{line}:{column}: not valid {encoding} (byte 0x{byte:02x} at byte offset {offset}); {}",
        choice.advice(encoding)
    )]
    Undecodable {
        /// The path as given.
        path: String,
        /// The name of the encoding tried (`UTF-8`, `windows-1252`, …).
        encoding: &'static str,
        /// Why that encoding was tried.
        choice: EncodingChoice,
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column of the first bad byte, counted in characters.
        column: usize,
        /// Byte offset of the first bad byte in the file.
        offset: usize,
        /// The first bad byte itself.
        byte: u8,
    },

    /// A document mixes encodings (UTF-8 text and bytes that are not UTF-8),
    /// refused because `--strict-encoding` asks for one encoding; `line`,
    /// `column` and `offset` point at the first byte that is not UTF-8.
    #[error(
        "{path}:{line}:{column}: mixes encodings: UTF-8 text with byte 0x{byte:02x} (at byte \
         offset {offset}) that is not UTF-8; refused by --strict-encoding: convert the file to \
         one encoding (UTF-8)"
    )]
    MixedEncoding {
        /// The path as given.
        path: String,
        /// 1-based line of the first byte that is not UTF-8.
        line: usize,
        /// 1-based column of it, counted in characters.
        column: usize,
        /// Byte offset of it in the file.
        offset: usize,
        /// The byte itself.
        byte: u8,
    },

    /// A NUL byte near the start says the file is not text (an image, a PDF,
    /// UTF-16 without a byte order mark).
    #[error(
        "{path}: binary file (NUL byte at byte offset {offset}); claimcheck reads text files only \
         (UTF-16 needs a byte order mark or `--encoding utf-16le`)"
    )]
    Binary {
        /// The path as given.
        path: String,
        /// Byte offset of the first NUL byte.
        offset: usize,
    },

    /// A directory was named but nothing in it is a text file claimcheck reads.
    #[error(
        "{path}: directory has no text files (.txt, .md, .markdown, .html, .htm) \
         outside hidden and ignored paths; name a file explicitly to read it whatever its extension"
    )]
    NoTextFiles {
        /// The directory as given.
        path: String,
    },
}

impl InputError {
    /// The path the error is about, so that a caller can group or sort errors.
    pub fn path(&self) -> &str {
        match self {
            InputError::NotFound { path }
            | InputError::Io { path, .. }
            | InputError::InvalidUtf8 { path, .. }
            | InputError::Undecodable { path, .. }
            | InputError::MixedEncoding { path, .. }
            | InputError::Binary { path, .. }
            | InputError::NoTextFiles { path } => path,
        }
    }
}

/// Something wrong with an input that was still read: said on stderr
/// (`claimcheck: warning: …`), never silent.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InputWarning {
    /// The document mixes encodings: valid UTF-8 text (accented letters
    /// written as UTF-8) with bytes that are not UTF-8 (a paragraph pasted
    /// from a Latin-1 file). Read as UTF-8, each byte that is not as
    /// Windows-1252, rather than all of it as Windows-1252 (mojibake:
    /// "numÃ©ros"); `line`, `column` and `offset` point at the first byte
    /// that is not UTF-8.
    #[error(
        "{path}:{line}:{column}: mixes encodings: UTF-8 text with byte 0x{byte:02x} (at byte \
         offset {offset}) that is not UTF-8; read as UTF-8, the bytes that are not as \
         windows-1252 (--strict-encoding refuses such a file)"
    )]
    MixedEncoding {
        /// The path as given.
        path: String,
        /// 1-based line of the first byte that is not UTF-8.
        line: usize,
        /// 1-based column of it, counted in characters.
        column: usize,
        /// Byte offset of it in the file.
        offset: usize,
        /// The byte itself.
        byte: u8,
    },
}

impl InputWarning {
    /// The error the warning becomes when the user asks for strictness
    /// (`--strict-encoding`).
    pub fn into_error(self) -> InputError {
        match self {
            InputWarning::MixedEncoding {
                path,
                line,
                column,
                offset,
                byte,
            } => InputError::MixedEncoding {
                path,
                line,
                column,
                offset,
                byte,
            },
        }
    }
}

/// Why a document was decoded with the encoding it was: said in the error
/// when its bytes turn out not to be valid in it, so that the user knows what
/// to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EncodingChoice {
    /// The file starts with a byte order mark.
    ByteOrderMark,
    /// The user named it (`--encoding`).
    Forced,
    /// The HTML page declares it (`<meta charset>`).
    Declared,
    /// It was guessed from the bytes.
    Guessed,
}

impl EncodingChoice {
    /// What the user can do about a file that is not valid in `encoding`.
    fn advice(self, encoding: &str) -> String {
        match self {
            EncodingChoice::ByteOrderMark => {
                format!("the file starts with a {encoding} byte order mark but is damaged after it")
            }
            EncodingChoice::Forced => {
                "name the file's real encoding with `--encoding`, or leave it out to detect it"
                    .to_string()
            }
            EncodingChoice::Declared => format!(
                "the page declares {encoding} in a <meta charset>; name its real encoding with `--encoding`"
            ),
            EncodingChoice::Guessed => format!(
                "{encoding} was guessed from its bytes; name its real encoding with `--encoding`"
            ),
        }
    }
}

/// Lowercases the first letter of an operating-system message ("Permission
/// denied" → "permission denied") so that every message reads the same way.
fn lowercase_first(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_path_and_start_lowercase() {
        let errors = [
            InputError::NotFound {
                path: "a.txt".into(),
            },
            InputError::Io {
                path: "a.txt".into(),
                source: io::Error::new(io::ErrorKind::PermissionDenied, "Permission denied"),
            },
            InputError::InvalidUtf8 {
                path: "a.txt".into(),
                line: 2,
                column: 3,
                offset: 9,
                byte: 0xe9,
            },
            InputError::Binary {
                path: "a.txt".into(),
                offset: 4,
            },
            InputError::Undecodable {
                path: "a.txt".into(),
                encoding: "UTF-16LE",
                choice: EncodingChoice::Forced,
                line: 1,
                column: 3,
                offset: 6,
                byte: 0xd8,
            },
            InputError::NoTextFiles {
                path: "a.txt".into(),
            },
        ];
        for error in &errors {
            let message = error.to_string();
            assert!(message.starts_with("a.txt"), "{message}");
            assert_eq!(error.path(), "a.txt");
            let after_path = message.split(": ").nth(1).unwrap_or_default();
            assert!(!after_path.starts_with(char::is_uppercase), "{message}");
        }
        assert_eq!(
            errors[1].to_string(),
            "a.txt: cannot read: permission denied"
        );
        assert!(errors[2]
            .to_string()
            .starts_with("a.txt:2:3: not valid UTF-8 (byte 0xe9"));
        assert_eq!(
            errors[4].to_string(),
            "a.txt:1:3: not valid UTF-16LE (byte 0xd8 at byte offset 6); name the file's real \
             encoding with `--encoding`, or leave it out to detect it"
        );
    }
}
