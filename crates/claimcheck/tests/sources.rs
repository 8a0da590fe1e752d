//! Reading any bytes as a source: never a panic, and every record points at
//! its own words in the file as read.
//!
//! Random bytes, truncated UTF-8, NUL-filled files and random HTML and
//! Markdown made of the pieces pages are made of, read as every kind of
//! document and with forced encodings. Whatever is read, each record's
//! `start..end` must be a slice of the decoded file on character
//! boundaries, its `line` and `column` those of `start` counted afresh, and
//! for plain text the slice must be the record's words.

use claimcheck::lang::Lang;
use claimcheck::record::extract;
use claimcheck::source::{encoding_for_label, Markup, ReadOptions, Source};
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

/// Reads `bytes` as the file `name`, with `encoding` forced or detected, and
/// checks what comes out.
fn read(name: &str, bytes: Vec<u8>, encoding: Option<&str>) {
    let options = ReadOptions {
        lang: None,
        encoding: encoding.and_then(|label| encoding_for_label(label).ok()),
    };
    if let Ok(source) = Source::decode(name.to_string(), bytes, options) {
        check_records(&source);
    }
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
        read(name, bytes, encoding);
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
        read(name, bytes.clone(), None);
        // Cut anywhere: a truncated download.
        let cut = bytes.len() / 2 + 1;
        read(name, bytes[..cut.min(bytes.len())].to_vec(), None);
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
    for bytes in cases {
        for name in NAMES {
            for encoding in ENCODINGS {
                read(name, bytes.clone(), encoding);
            }
        }
    }
}
