//! Reading any bytes as a source: never a panic, and every record points at
//! its own words in the file as read.
//!
//! Random bytes, truncated UTF-8, NUL-filled files and random HTML and
//! Markdown made of the pieces pages are made of, read as every kind of
//! document and with forced encodings. Whatever is read, each record's
//! `start..end` must be a slice of the decoded file on character
//! boundaries, its `line` and `column` those of `start` counted afresh, and
//! for plain text the slice must be the record's words. Whether a file is
//! read, refused as binary or refused as undecodable is checked against the
//! decoding rules wherever they settle it without a guess; nothing is skipped
//! unchecked.

use claimcheck::lang::Lang;
use claimcheck::record::extract;
use claimcheck::source::{encoding_for_label, InputError, Markup, ReadOptions, Source};
use proptest::prelude::*;

/// Line and column of byte `offset` of `text`, counted the slow, obvious way.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Checks every record of `source` against the file it was read from.
fn check_records(source: &Source) {
    let original = source.original();
    let mut last = 0;
    for record in extract(source) {
        assert!(record.start <= record.end, "{record:?}");
        assert!(record.end <= original.len(), "{record:?}");
        assert!(
            original.is_char_boundary(record.start) && original.is_char_boundary(record.end),
            "{record:?}"
        );
        assert!(record.start >= last, "records out of order: {record:?}");
        last = record.start;
        assert_eq!(
            (record.line, record.column),
            position(original, record.start),
            "{record:?}"
        );
        if source.markup == Markup::Plain {
            assert_eq!(record.text, original[record.start..record.end]);
        }
    }
}

/// What reading a file came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// Decoded; its records were checked.
    Read,
    /// Refused as binary (a NUL near the start).
    Binary,
    /// Refused: not valid in the encoding chosen.
    Undecodable,
}

/// Reads `bytes` as the file `name`, with `encoding` forced or detected,
/// checks what comes out and says what it came to. Bytes in memory can only
/// be read, binary or undecodable: any other error fails the test.
fn read(name: &str, bytes: Vec<u8>, encoding: Option<&str>) -> Outcome {
    let options = ReadOptions {
        lang: None,
        encoding: encoding.and_then(|label| encoding_for_label(label).ok()),
    };
    match Source::decode(name.to_string(), bytes, options) {
        Ok(source) => {
            check_records(&source);
            Outcome::Read
        }
        Err(InputError::Binary { .. }) => Outcome::Binary,
        Err(InputError::Undecodable { .. }) => Outcome::Undecodable,
        Err(other) => panic!("{name}: bytes in memory cannot fail with {other:?}"),
    }
}

/// How many leading bytes the reader searches for a NUL (8 KiB, as git and
/// ripgrep do).
const BINARY_PROBE_LEN: usize = 8 * 1024;

/// UTF-16 `body`, read strictly: undecodable when cut in a code unit or with
/// an unpaired surrogate, binary when its text has a NUL near the start.
fn utf16(body: &[u8], unit: fn([u8; 2]) -> u16) -> Outcome {
    if !body.len().is_multiple_of(2) {
        return Outcome::Undecodable;
    }
    let units = body.chunks_exact(2).map(|u| unit([u[0], u[1]]));
    match char::decode_utf16(units).collect::<Result<String, _>>() {
        Err(_) => Outcome::Undecodable,
        Ok(text) if text.find('\0').is_some_and(|at| at < BINARY_PROBE_LEN) => Outcome::Binary,
        Ok(_) => Outcome::Read,
    }
}

/// UTF-8 `body`, read strictly.
fn utf8_strictly(body: &[u8]) -> Outcome {
    match std::str::from_utf8(body) {
        Ok(_) => Outcome::Read,
        Err(_) => Outcome::Undecodable,
    }
}

/// What reading `bytes` with `encoding` forced (or none) must come to, where
/// the decoding rules settle it without a guess: a byte order mark wins, even
/// over a forced encoding; UTF-16 is read strictly, then a NUL character near
/// its start means binary; otherwise a NUL byte near the start means binary;
/// forced UTF-8 is strict, and Windows-1252 has a character for every byte;
/// unforced, UTF-8 is read, even cut in its last character. `None` where the
/// decoder decides (Shift JIS, an encoding declared or guessed).
fn expected(bytes: &[u8], encoding: Option<&str>) -> Option<Outcome> {
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Some(utf8_strictly(body));
    }
    if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        return Some(utf16(body, u16::from_le_bytes));
    }
    if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        return Some(utf16(body, u16::from_be_bytes));
    }
    match encoding {
        Some("utf-16le") => return Some(utf16(bytes, u16::from_le_bytes)),
        Some("utf-16be") => return Some(utf16(bytes, u16::from_be_bytes)),
        _ => {}
    }
    if bytes[..bytes.len().min(BINARY_PROBE_LEN)].contains(&0) {
        return Some(Outcome::Binary);
    }
    match encoding {
        Some("utf-8") => Some(utf8_strictly(bytes)),
        Some("windows-1252") => Some(Outcome::Read),
        Some(_) => None,
        None => match std::str::from_utf8(bytes) {
            Ok(_) => Some(Outcome::Read),
            Err(e) if e.error_len().is_none() => Some(Outcome::Read),
            Err(_) => None,
        },
    }
}

/// [`read`], and the outcome checked against [`expected`] where the rules
/// settle it. Returns the outcome and whether it was settled.
fn read_as_expected(name: &str, bytes: Vec<u8>, encoding: Option<&str>) -> (Outcome, bool) {
    let want = expected(&bytes, encoding);
    let got = read(name, bytes.clone(), encoding);
    if let Some(want) = want {
        assert_eq!(
            got,
            want,
            "{name} with encoding {encoding:?}: {:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
        );
    }
    (got, want.is_some())
}

const NAMES: [&str; 4] = ["a.txt", "a.html", "a.md", "-"];
const ENCODINGS: [Option<&str>; 6] = [
    None,
    Some("utf-8"),
    Some("windows-1252"),
    Some("utf-16le"),
    Some("utf-16be"),
    Some("shift_jis"),
];

const BOMS: [&[u8]; 4] = [b"", b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"];

/// The pieces random pages are made of: tags, entities, comments, code,
/// figures, words, white space, and their broken halves.
const PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<br>",
    "<div class=\"a>b\">",
    "</div>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<nav>",
    "</nav>",
    "<pre>",
    "</pre>",
    "<!--",
    "-->",
    "<!DOCTYPE html>",
    "<",
    ">",
    "</",
    "&",
    "&nbsp;",
    "&eacute;",
    "&#8239;",
    "&#x20AC;",
    "&#146;",
    "&amp",
    "&#",
    "```",
    "`",
    "\n",
    "\n\n",
    "    ",
    "# ",
    "- ",
    "> ",
    "| ",
    "[",
    "](",
    ")",
    "![",
    "---\n",
    "*",
    "**",
    "_",
    "\\",
    "17",
    "50 000",
    "Dix-sept",
    "médias",
    "organisations de médias",
    "numéros de téléphone",
    "plus de",
    "14 ministres",
    "2021",
    "selon la police",
    " ",
    "\t",
    "\r\n",
    "é",
    "’",
    "\u{a0}",
    "\u{202f}",
    "\u{0}",
    "\u{feff}",
];

fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(PIECES)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bytes_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
        name in prop::sample::select(&NAMES[..]),
        encoding in prop::sample::select(&ENCODINGS[..]),
    ) {
        read_as_expected(name, bytes, encoding);
    }

    #[test]
    fn random_pages_point_at_their_words(
        pieces in prop::collection::vec(piece(), 0..80),
        name in prop::sample::select(&NAMES[..]),
        bom in prop::sample::select(&BOMS[..]),
    ) {
        let text: String = pieces.concat();
        let mut bytes = bom.to_vec();
        if bom == BOMS[2] {
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        } else if bom == BOMS[3] {
            bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        } else {
            bytes.extend_from_slice(text.as_bytes());
        }
        // The whole page is well-formed: the rules settle what it comes to.
        let (_, settled) = read_as_expected(name, bytes.clone(), None);
        prop_assert!(settled);
        // Cut anywhere: a truncated download.
        let cut = bytes.len() / 2 + 1;
        let (_, settled) = read_as_expected(name, bytes[..cut.min(bytes.len())].to_vec(), None);
        prop_assert!(settled);
    }

    #[test]
    fn prose_keeps_its_order_in_the_file(
        pieces in prop::collection::vec(piece(), 0..80),
        markup in prop::sample::select(&[Markup::Html, Markup::Markdown][..]),
    ) {
        let source = Source::from_text("a", pieces.concat(), markup, Some(Lang::Fr));
        let original = source.original();
        let mut last = 0;
        for (i, c) in source.text.char_indices() {
            let span = source.original_span(i..i + c.len_utf8());
            prop_assert!(span.start >= last && span.start <= span.end && span.end <= original.len());
            prop_assert!(original.is_char_boundary(span.start) && original.is_char_boundary(span.end));
            last = span.start;
        }
    }
}

#[test]
fn degenerate_files_never_panic() {
    let cases: Vec<Vec<u8>> = vec![
        Vec::new(),
        vec![0; 10_000],
        vec![0xFF; 10_000],
        b"\xEF\xBB\xBF".to_vec(),
        b"\xFF\xFE".to_vec(),
        b"\xFE\xFF\x00".to_vec(),
        b"\xC3".to_vec(),
        b"17 m\xC3\xA9dias \xE2\x80".to_vec(),
        b"<".repeat(5000),
        b"&".repeat(5000),
        b"<!--".repeat(2000),
        b"<script>".repeat(2000),
        b"<nav>".repeat(2000),
        b"```\n".repeat(2000),
        b"[".repeat(5000),
        b"&#99999999999999999999999999;".to_vec(),
        b"<meta charset=\"utf-16\">\xE9".to_vec(),
        b"<meta charset=x-user-defined>\xE9".to_vec(),
        b"<meta charset=\"shift_jis\">\x82\xA0\xFF\xFF".to_vec(),
    ];
    // Each case, as each kind of file, with each encoding: 456 reads.
    let mut unsettled = 0;
    let mut outcomes = [0; 3];
    for bytes in &cases {
        for name in NAMES {
            for encoding in ENCODINGS {
                let (outcome, settled) = read_as_expected(name, bytes.clone(), encoding);
                unsettled += usize::from(!settled);
                outcomes[outcome as usize] += 1;
            }
        }
    }
    // The rules settle, and the test checks, all but 68 reads: Shift JIS
    // forced on the 15 cases without a byte order mark or a NUL (60), and the
    // two cases whose bytes are not UTF-8 read without an encoding (the
    // 0xFF file and the page declaring Shift JIS: 8). The pages declaring
    // UTF-16 and x-user-defined end in a UTF-8 lead byte, so they read as
    // UTF-8 cut in its last character.
    assert_eq!(unsettled, 68);
    // What the reads came to: read, binary (the NUL-filled file, forced
    // UTF-16 included: 24), undecodable.
    assert_eq!(outcomes, [343, 24, 89]);
}
