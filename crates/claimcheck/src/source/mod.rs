//! Sources: the documents claimcheck reads, and where their bytes are.
//!
//! Every later step works on one decoded text and points back into it by byte
//! offset, so this module does what must happen first and only once: find
//! the files a path stands for (walking directories the way ripgrep does, so
//! that `.gitignore`d and hidden files stay out), turn their bytes into UTF-8
//! text or a clear [`InputError`] (`decode`: byte order marks, `--encoding`,
//! detection of legacy encodings), cut the prose out of HTML and Markdown
//! (`html`, `markdown`) while keeping a map back to the file
//! ([`OffsetMap`]), and settle the language. [`crate::location::LineIndex`] then turns byte
//! offsets back into the line and column a person looks for in an editor.

use std::fs;
use std::io::{self, Read};
use std::ops::Range;
use std::path::Path;

pub use encoding_rs::Encoding;

use crate::lang::Lang;

pub mod date;
mod decode;
mod discover;
pub mod error;
mod html;
mod markdown;
mod prose;
mod references;

pub use date::Date;
pub use decode::encoding_for_label;
pub use discover::{
    discover, discover_or_stdin, discover_with_facts, is_fact_file, FACT_EXTENSIONS,
    TEXT_EXTENSIONS,
};
pub use error::{EncodingChoice, InputError, InputWarning};
pub use prose::OffsetMap;

/// How many leading bytes are searched for a NUL to tell binary files from
/// text, as git and ripgrep do.
const BINARY_PROBE_LEN: usize = 8 * 1024;

/// The UTF-8 byte order mark some editors put at the start of a file.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The name a source read from standard input goes by in records.
pub const STDIN_NAME: &str = "-";

/// What kind of document a file is, by its extension: how its prose is found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Markup {
    /// Plain text (`.txt`, standard input, any other extension): all of it
    /// is prose.
    Plain,
    /// Markdown (`.md`, `.markdown`): code, link targets, images, HTML
    /// comments and front matter are not prose.
    Markdown,
    /// HTML (`.html`, `.htm`): only the text of the page, without scripts,
    /// styles, navigation, headers, footers, asides and forms.
    Html,
}

impl Markup {
    /// The markup a file of this name is read as.
    pub fn of(name: &str) -> Markup {
        let ext = Path::new(name).extension().and_then(|e| e.to_str());
        let is =
            |known: &[&str]| ext.is_some_and(|e| known.iter().any(|k| e.eq_ignore_ascii_case(k)));
        if is(&["html", "htm", "xhtml"]) {
            Markup::Html
        } else if is(&["md", "markdown"]) {
            Markup::Markdown
        } else {
            Markup::Plain
        }
    }
}

/// How to read a document: its language and its encoding, each guessed when
/// not given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadOptions {
    /// The language numbers are read in; `None` guesses it ([`Lang::detect`]).
    pub lang: Option<Lang>,
    /// The encoding of the bytes; `None` detects it. A byte order mark wins
    /// over it.
    pub encoding: Option<&'static Encoding>,
}

impl ReadOptions {
    /// Options with a language, the encoding detected.
    pub fn lang(lang: Option<Lang>) -> ReadOptions {
        ReadOptions {
            lang,
            encoding: None,
        }
    }
}

/// One document, decoded, with the language its numbers are read in.
///
/// `text` is what the recognizer reads: the whole file for plain text, the
/// prose alone for HTML and Markdown. Records and reports point into the
/// file as read ([`Source::original`]), through [`Source::original_span`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The path as given (or as found under a directory that was given), or
    /// `-` for standard input.
    pub name: String,
    /// The prose, UTF-8: the whole text for plain text, without a byte order
    /// mark. Byte offsets of the recognizer's spans are offsets into it.
    pub text: String,
    /// The language the text is read in.
    pub lang: Lang,
    /// The encoding the file was decoded from.
    pub encoding: &'static Encoding,
    /// How the prose was found in the file.
    pub markup: Markup,
    /// When the document was published, when it says so ([`date`]): a web
    /// page's metadata, or a dated publication line at the head of the text.
    pub date: Option<Date>,
    /// What was odd about the file but did not stop it being read (it mixes
    /// encodings), for the front end to say.
    pub warnings: Vec<InputWarning>,
    /// The file as read (decoded) and the map from `text` into it, when
    /// `text` is not the whole file.
    original: Option<Box<Original>>,
}

/// A marked-up file's decoded text, and where each byte of its prose is in it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Original {
    text: String,
    map: OffsetMap,
}

impl Source {
    /// A plain-text source of UTF-8 `text`, as if read from a file in UTF-8.
    pub fn new(name: impl Into<String>, text: impl Into<String>, lang: Lang) -> Source {
        let text = text.into();
        Source {
            name: name.into(),
            date: date::text_date(&text, lang),
            text,
            lang,
            encoding: encoding_rs::UTF_8,
            markup: Markup::Plain,
            warnings: Vec::new(),
            original: None,
        }
    }

    /// A source of already decoded `text`, read as `markup`: the prose is cut
    /// out of HTML and Markdown. `lang` forces a language; `None` guesses it
    /// from the prose.
    pub fn from_text(
        name: impl Into<String>,
        text: String,
        markup: Markup,
        lang: Option<Lang>,
    ) -> Source {
        Source::assemble(name.into(), text, encoding_rs::UTF_8, markup, lang)
    }

    /// Cuts the prose out of `decoded` and settles the language.
    fn assemble(
        name: String,
        decoded: String,
        encoding: &'static Encoding,
        markup: Markup,
        lang: Option<Lang>,
    ) -> Source {
        let (text, original) = match markup {
            Markup::Plain => (decoded, None),
            Markup::Html | Markup::Markdown => {
                let (text, map) = if markup == Markup::Html {
                    html::prose(&decoded)
                } else {
                    markdown::prose(&decoded)
                };
                let original = Original { text: decoded, map };
                (text, Some(Box::new(original)))
            }
        };
        let lang = lang.unwrap_or_else(|| Lang::detect(&text));
        let page = original.as_ref().map_or(text.as_str(), |o| o.text.as_str());
        let date = date::document_date(page, &text, markup, lang);
        Source {
            name,
            text,
            lang,
            encoding,
            markup,
            date,
            warnings: Vec::new(),
            original,
        }
    }

    /// The file as read, decoded to UTF-8: what `line`, `column`, `start` and
    /// `end` of records point into, and what reports quote. For plain text,
    /// [`Source::text`] itself.
    pub fn original(&self) -> &str {
        self.original.as_ref().map_or(&self.text, |o| &o.text)
    }

    /// Where the bytes `span` of [`Source::text`] are in
    /// [`Source::original`]: from the first byte of its first character to
    /// the last byte of its last one. For plain text, `span` itself.
    pub fn original_span(&self, span: Range<usize>) -> Range<usize> {
        match &self.original {
            Some(o) => o.map.span(span),
            None => span,
        }
    }

    /// Reads the file at `path`. `lang` forces a language; `None` guesses it
    /// from the text ([`Lang::detect`]). The encoding is detected.
    pub fn from_path(path: &Path, lang: Option<Lang>) -> Result<Source, InputError> {
        Source::read(path, ReadOptions::lang(lang))
    }

    /// Reads the file at `path` as `options` say: its markup by its
    /// extension ([`Markup::of`]).
    pub fn read(path: &Path, options: ReadOptions) -> Result<Source, InputError> {
        let bytes = read_file(path)?;
        Source::decode(path.display().to_string(), bytes, options)
    }

    /// Reads the document at `path` as `options` say, or standard input when
    /// `path` is `-` ([`STDIN_NAME`]; `./-` is a file): the one place that
    /// decides what `-` means, so that every command reads it the same way
    /// and names it `-` in records and `<stdin>` in errors.
    pub fn open(path: &Path, options: ReadOptions) -> Result<Source, InputError> {
        if path == Path::new(STDIN_NAME) {
            Source::read_stdin(io::stdin().lock(), options)
        } else {
            Source::read(path, options)
        }
    }

    /// Reads all of `reader` as standard input: the source is named `-`, and
    /// errors speak of `<stdin>`. The encoding is detected.
    pub fn from_stdin(reader: impl Read, lang: Option<Lang>) -> Result<Source, InputError> {
        Source::read_stdin(reader, ReadOptions::lang(lang))
    }

    /// [`Source::from_stdin`] as `options` say. Standard input is plain text.
    pub fn read_stdin(mut reader: impl Read, options: ReadOptions) -> Result<Source, InputError> {
        let mut bytes = Vec::new();
        if let Err(source) = reader.read_to_end(&mut bytes) {
            return Err(InputError::Io {
                path: error_name(STDIN_NAME),
                source,
            });
        }
        Source::decode(STDIN_NAME.to_string(), bytes, options)
    }

    /// Decodes `bytes` read from `name`, the encoding detected.
    pub fn from_bytes(
        name: String,
        bytes: Vec<u8>,
        lang: Option<Lang>,
    ) -> Result<Source, InputError> {
        Source::decode(name, bytes, ReadOptions::lang(lang))
    }

    /// Decodes `bytes` read from `name`, cuts out the prose if `name` is an
    /// HTML or Markdown file ([`Markup::of`]), and settles the language.
    ///
    /// The encoding is, in this order: the one a byte order mark says,
    /// `options.encoding`, UTF-8 when the bytes are valid UTF-8, the one an
    /// HTML page declares in a `<meta charset>`, or the one `chardetng`
    /// guesses. A NUL byte near the start (without a UTF-16 byte order mark
    /// or encoding) means a binary file; bytes not valid in the encoding are
    /// an error that points at the first bad one. UTF-8 text with bytes that
    /// are not UTF-8 is read as UTF-8, those bytes as Windows-1252, with a
    /// warning ([`InputWarning::MixedEncoding`]).
    pub fn decode(
        name: String,
        bytes: Vec<u8>,
        options: ReadOptions,
    ) -> Result<Source, InputError> {
        let markup = if name == STDIN_NAME {
            Markup::Plain
        } else {
            Markup::of(&name)
        };
        let decoded = decode::decode(&name, bytes, options.encoding, markup == Markup::Html)?;
        let mut source =
            Source::assemble(name, decoded.text, decoded.encoding, markup, options.lang);
        source.warnings.extend(decoded.warning);
        Ok(source)
    }

    /// The source, or the error its first warning becomes when the user
    /// asks for strictness (`--strict-encoding`: a file that mixes
    /// encodings is refused rather than read).
    pub fn strict(mut self) -> Result<Source, InputError> {
        if self.warnings.is_empty() {
            Ok(self)
        } else {
            Err(self.warnings.swap_remove(0).into_error())
        }
    }
}

/// The bytes of the file at `path`, or the error that names it: the one
/// place documents and fact files are read from disk.
pub fn read_file(path: &Path) -> Result<Vec<u8>, InputError> {
    fs::read(path).map_err(|source| {
        let path = path.display().to_string();
        if source.kind() == io::ErrorKind::NotFound {
            InputError::NotFound { path }
        } else {
            InputError::Io { path, source }
        }
    })
}

/// Decodes the bytes of a file that must be UTF-8, such as a YAML fact file:
/// a byte order mark is stripped, and binary data and invalid UTF-8 are
/// errors that point at the first bad byte.
pub fn utf8_text(name: &str, mut bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    let probe = &bytes[..bytes.len().min(BINARY_PROBE_LEN)];
    if let Some(offset) = probe.iter().position(|&b| b == 0) {
        return Err(InputError::Binary {
            path: error_name(name),
            offset,
        });
    }
    String::from_utf8(bytes).map_err(|err| {
        let bytes = err.as_bytes();
        let offset = err.utf8_error().valid_up_to();
        let position = crate::location::location_in(bytes, offset);
        InputError::InvalidUtf8 {
            path: error_name(name),
            line: position.line,
            column: position.column,
            offset,
            byte: bytes.get(offset).copied().unwrap_or_default(),
        }
    })
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

#[cfg(test)]
mod tests;
