//! Decoding: a document's bytes to UTF-8 text, whatever encoding it came in.
//!
//! Articles arrive as scraped pages and old exports: UTF-8 (with or without a
//! byte order mark), UTF-16 with a byte order mark, Windows-1252, ISO-8859-1
//! or ISO-8859-15. The order of the decisions is the one browsers follow,
//! simplified for files on disk:
//!
//! 1. a byte order mark wins (UTF-8, UTF-16LE, UTF-16BE), even over
//!    `--encoding`;
//! 2. an encoding the user named (`--encoding`) is used;
//! 3. bytes that are valid UTF-8 are UTF-8;
//! 4. an HTML page's own `<meta charset>` (in its first 1024 bytes);
//! 5. otherwise the encoding is guessed from the bytes with `chardetng`,
//!    Firefox's detector.
//!
//! The NUL test for binary files comes after the byte order mark, since
//! UTF-16 text is full of NUL bytes. Decoding never replaces a bad byte
//! silently: a file that is not valid in the encoding chosen is an error that
//! points at the first bad byte, so that a wrong `--encoding` is noticed.
//! The one exception is a UTF-8 file cut in the middle of its last character
//! (a truncated download): it is read, the cut character as U+FFFD.
//!
//! A file that is valid in no single encoding, UTF-8 text with bytes that are
//! not UTF-8 (a Latin-1 paragraph pasted into a UTF-8 article), would read
//! as Windows-1252 without an error, and its UTF-8 letters as mojibake
//! ("numÃ©ros"). Such a file is read as UTF-8, each byte that is not as
//! Windows-1252, with a warning that points at the first of them (step 3
//! and a half: before the declaration and the guess).

use encoding_rs::{
    DecoderResult, Encoding, ISO_8859_15, ISO_8859_2, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1250,
    WINDOWS_1252,
};

use crate::location::location_in;
use crate::source::error::{EncodingChoice, InputError, InputWarning};
use crate::source::{error_name, BINARY_PROBE_LEN};

/// A document's text, and the encoding it was read in.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// The text, UTF-8, without a byte order mark.
    pub(crate) text: String,
    /// The encoding the bytes were decoded from.
    pub(crate) encoding: &'static Encoding,
    /// Set when the bytes mix encodings: what the user should hear.
    pub(crate) warning: Option<InputWarning>,
}

/// How far into an HTML file its `<meta charset>` is looked for, as the
/// HTML standard's prescan does.
const META_PRESCAN_LEN: usize = 1024;

/// How many leading bytes the encoding is guessed from: a megabyte of text
/// is evidence enough, and detection is the slowest part of reading a file
/// in a legacy encoding (about 25 MB/s).
const DETECTION_PROBE_LEN: usize = 1024 * 1024;

/// Decodes the bytes of the document `name`. `forced` is the encoding the
/// user named, if any; `html` allows a `<meta charset>` declaration to be
/// read when the bytes are not UTF-8.
pub(crate) fn decode(
    name: &str,
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
    html: bool,
) -> Result<Decoded, InputError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        return decode_strictly(
            name,
            &bytes,
            bom_len,
            encoding,
            EncodingChoice::ByteOrderMark,
        );
    }
    if let Some(encoding) = forced {
        if !is_utf16(encoding) {
            reject_binary(name, &bytes)?;
        }
        return decode_strictly(name, &bytes, 0, encoding, EncodingChoice::Forced);
    }
    reject_binary(name, &bytes)?;
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded {
                text,
                encoding: UTF_8,
                warning: None,
            })
        }
        Err(err) => {
            if err.utf8_error().error_len().is_none() {
                // Valid UTF-8 up to a character cut short at the very end.
                let text = String::from_utf8_lossy(err.as_bytes()).into_owned();
                return Ok(Decoded {
                    text,
                    encoding: UTF_8,
                    warning: None,
                });
            }
            err.into_bytes()
        }
    };
    if let Some(mixed) = decode_mixed(name, &bytes) {
        return Ok(mixed);
    }
    if html {
        if let Some(encoding) = meta_charset(&bytes) {
            return decode_strictly(name, &bytes, 0, encoding, EncodingChoice::Declared);
        }
    }
    let encoding = guess(&bytes);
    decode_strictly(name, &bytes, 0, encoding, EncodingChoice::Guessed)
}

/// True for the two UTF-16 encodings, whose text has NUL bytes.
fn is_utf16(encoding: &'static Encoding) -> bool {
    encoding == UTF_16LE || encoding == UTF_16BE
}

/// A NUL byte near the start says the file is not text (an image, a PDF),
/// as git and ripgrep decide.
fn reject_binary(name: &str, bytes: &[u8]) -> Result<(), InputError> {
    let probe = &bytes[..bytes.len().min(BINARY_PROBE_LEN)];
    match probe.iter().position(|&b| b == 0) {
        Some(offset) => Err(InputError::Binary {
            path: error_name(name),
            offset,
        }),
        None => Ok(()),
    }
}

/// Decodes `bytes[skip..]` (after a byte order mark of `skip` bytes) as
/// `encoding`, or says where the first byte that is not valid in it is.
fn decode_strictly(
    name: &str,
    bytes: &[u8],
    skip: usize,
    encoding: &'static Encoding,
    choice: EncodingChoice,
) -> Result<Decoded, InputError> {
    let body = &bytes[skip..];
    let text = if encoding == UTF_8 {
        // The standard library's check is the fastest, and keeps the buffer.
        match std::str::from_utf8(body) {
            Ok(text) => text.to_string(),
            Err(err) => {
                let offset = err.valid_up_to();
                return Err(undecodable(
                    name,
                    body,
                    skip,
                    offset,
                    &body[..offset],
                    encoding,
                    choice,
                ));
            }
        }
    } else {
        decode_with(name, body, skip, encoding, choice)?
    };
    if is_utf16(encoding) {
        // UTF-16 escaped the NUL test on its bytes; a NUL character near the
        // start of its text still says binary.
        let probe_end = floor_char_boundary(&text, BINARY_PROBE_LEN);
        if let Some(at) = text[..probe_end].find('\0') {
            let units: usize = text[..at].chars().map(char::len_utf16).sum();
            return Err(InputError::Binary {
                path: error_name(name),
                offset: skip + 2 * units,
            });
        }
    }
    Ok(Decoded {
        text,
        encoding,
        warning: None,
    })
}

/// `bytes` read as UTF-8 text with bytes that are not UTF-8, when they are:
/// at least one character of more than one byte is valid UTF-8 (text in a
/// single legacy encoding almost never makes one: a capital accented letter
/// followed by a symbol of 0x80–0xBF). The bytes that are not UTF-8 are read
/// as Windows-1252, and the warning points at the first of them. `None` when
/// no character beyond ASCII is valid UTF-8: a file in one legacy encoding.
fn decode_mixed(name: &str, bytes: &[u8]) -> Option<Decoded> {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut multibyte = false;
    let mut first_bad: Option<(usize, usize, u8)> = None;
    let mut rest = bytes;
    loop {
        let (valid, bad_len) = match std::str::from_utf8(rest) {
            Ok(valid) => (valid, 0),
            Err(err) => {
                let valid = std::str::from_utf8(&rest[..err.valid_up_to()]).unwrap_or_default();
                let len = err.error_len().unwrap_or(rest.len() - err.valid_up_to());
                (valid, len)
            }
        };
        multibyte |= !valid.is_ascii();
        text.push_str(valid);
        if bad_len == 0 {
            break;
        }
        let at = valid.len();
        let bad = &rest[at..at + bad_len];
        if first_bad.is_none() {
            let offset = bytes.len() - rest.len() + at;
            first_bad = Some((offset, text.len(), bad[0]));
        }
        let (latin, _) = WINDOWS_1252.decode_without_bom_handling(bad);
        text.push_str(&latin);
        rest = &rest[at + bad_len..];
    }
    let (offset, text_at, byte) = first_bad?;
    if !multibyte {
        return None;
    }
    let position = location_in(text.as_bytes(), text_at);
    Some(Decoded {
        text,
        encoding: UTF_8,
        warning: Some(InputWarning::MixedEncoding {
            path: error_name(name),
            line: position.line,
            column: position.column,
            offset,
            byte,
        }),
    })
}

/// Decodes `body` with encoding_rs's decoder, which says where a malformed
/// sequence is.
fn decode_with(
    name: &str,
    body: &[u8],
    skip: usize,
    encoding: &'static Encoding,
    choice: EncodingChoice,
) -> Result<String, InputError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len());
    let mut text = String::with_capacity(capacity);
    let mut read = 0;
    loop {
        let (result, n) =
            decoder.decode_to_string_without_replacement(&body[read..], &mut text, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => {
                // The buffer was sized for the worst case (three bytes a
                // byte); a check keeps every source's text.
                text.shrink_to_fit();
                return Ok(text);
            }
            DecoderResult::OutputFull => text.reserve(body.len() - read + 16),
            DecoderResult::Malformed(bad, after) => {
                // The malformed sequence is `bad` bytes ending `after` bytes
                // before what the decoder has read.
                let offset = read.saturating_sub(usize::from(after) + usize::from(bad));
                return Err(undecodable(
                    name,
                    body,
                    skip,
                    offset,
                    text.as_bytes(),
                    encoding,
                    choice,
                ));
            }
        }
    }
}

/// The error for the bad byte at `offset` of `body` (the bytes after a byte
/// order mark of `skip` bytes), `before` being the text decoded before it.
fn undecodable(
    name: &str,
    body: &[u8],
    skip: usize,
    offset: usize,
    before: &[u8],
    encoding: &'static Encoding,
    choice: EncodingChoice,
) -> InputError {
    let position = location_in(before, before.len());
    InputError::Undecodable {
        path: error_name(name),
        encoding: encoding.name(),
        choice,
        line: position.line,
        column: position.column,
        offset: skip + offset,
        byte: body.get(offset).copied().unwrap_or_default(),
    }
}

/// The largest char boundary of `text` at or below `index`.
fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut i = index.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The encoding `chardetng` guesses for bytes that are not UTF-8, with one
/// correction: it never answers ISO-8859-15, which French text uses for
/// "œ" and "€" (and takes such text for Windows-1252 or Windows-1250), so
/// Latin text that reads as ISO-8859-15 and not as those is taken as such.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    let probe = &bytes[..bytes.len().min(DETECTION_PROBE_LEN)];
    detector.feed(probe, probe.len() == bytes.len());
    let guessed = detector.guess(None, chardetng::Utf8Detection::Deny);
    let latin = [WINDOWS_1252, WINDOWS_1250, ISO_8859_2];
    if latin.contains(&guessed) && looks_like_iso_8859_15(bytes) {
        ISO_8859_15
    } else {
        guessed
    }
}

/// True when single-byte Latin text reads better as ISO-8859-15 than as
/// Windows-1252 or Windows-1250: no byte in 0x80–0x9F (where those two have
/// curly quotes, "œ", "€", "š", "ž", and ISO-8859-15 has nothing), and a
/// byte that is "œ" in ISO-8859-15 ("½" or "˝" in the others, never inside
/// a word) beside a letter, or "€" ("¤") beside a figure.
fn looks_like_iso_8859_15(bytes: &[u8]) -> bool {
    if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) {
        return false;
    }
    let letter = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphabetic());
    let figure = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_digit());
    bytes.iter().enumerate().any(|(i, &b)| {
        let before = i.checked_sub(1).and_then(|j| bytes.get(j));
        let before2 = i.checked_sub(2).and_then(|j| bytes.get(j));
        let after = bytes.get(i + 1);
        match b {
            0xBD => letter(before) || letter(after),
            0xA4 => figure(before) || (before == Some(&b' ') && figure(before2)),
            _ => false,
        }
    })
}

/// The encoding an HTML page declares in a `<meta charset=…>` or
/// `<meta http-equiv=Content-Type content="…; charset=…">` within its first
/// 1024 bytes, when it is one a page that is not UTF-8 can be in (a
/// declaration of UTF-8 or UTF-16 on bytes that are not is ignored).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_PRESCAN_LEN)];
    let mut from = 0;
    while let Some(at) = find_ignore_case(&head[from..], b"<meta") {
        let tag_start = from + at + b"<meta".len();
        let tag_end = head[tag_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| tag_start + e);
        if let Some(label) = charset_in(&head[tag_start..tag_end]) {
            let encoding = Encoding::for_label_no_replacement(label)?;
            if encoding == UTF_8 || is_utf16(encoding) {
                return None;
            }
            // The standard reads x-user-defined declared in a page as
            // windows-1252.
            return Some(if encoding == encoding_rs::X_USER_DEFINED {
                WINDOWS_1252
            } else {
                encoding
            });
        }
        from = tag_end;
    }
    None
}

/// The label after `charset=` in the attributes of a meta tag.
fn charset_in(attributes: &[u8]) -> Option<&[u8]> {
    let at = find_ignore_case(attributes, b"charset")?;
    let rest = &attributes[at + b"charset".len()..];
    let rest = trim_start(rest);
    let rest = trim_start(rest.strip_prefix(b"=")?);
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// `bytes` without leading ASCII white space.
fn trim_start(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[n..]
}

/// Where `needle` (lowercase ASCII) first occurs in `haystack`, ignoring
/// ASCII case.
fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

/// The encoding a WHATWG label names (`utf-8`, `windows-1252`, `latin1`,
/// `iso-8859-15`, `utf-16le`, …), case and surrounding space ignored.
/// Labels of the "replacement" encoding, which only decodes to an error, are
/// refused with the unknown ones.
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, String> {
    Encoding::for_label_no_replacement(label.as_bytes()).ok_or_else(|| {
        format!(
            "unknown encoding {label:?}: name one by a WHATWG label, such as utf-8, utf-16le, \
             utf-16be, windows-1252, latin1 or iso-8859-15"
        )
    })
}
