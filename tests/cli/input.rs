//! Bad and unusual input: each case says what the user sees and the exit
//! code. Nothing here may panic, and an error about one input never stops the
//! others from being read.

use crate::util::{records, Dir};

#[test]
fn missing_path() {
    let dir = Dir::new();
    let err = dir.command().args(["extract", "nope.txt"]).assert_err();
    assert_eq!(
        err,
        "claimcheck: error: nope.txt: no such file or directory\n"
    );
}

#[test]
fn missing_path_does_not_stop_the_others() {
    let dir = Dir::new();
    dir.create("a.txt", "1\n");
    dir.create("b.txt", "2\n");
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "a.txt", "nope.txt", "b.txt"])
        .assert_exit_code(2);
    assert_eq!(
        out.stderr,
        "claimcheck: error: nope.txt: no such file or directory\n"
    );
    let sources: Vec<_> = records(&out.stdout)
        .iter()
        .map(|r| r["source"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(sources, ["a.txt", "b.txt"]);
}

#[test]
fn directory_without_text_files() {
    let dir = Dir::new();
    dir.create("articles/scan.pdf", "%PDF-1.4 12");
    dir.create("articles/.draft.txt", "hidden 12");
    dir.create("articles/.gitignore", "old.txt\n");
    dir.create("articles/old.txt", "ignored 12");
    let err = dir.command().args(["extract", "articles"]).assert_err();
    assert_eq!(
        err,
        "claimcheck: error: articles: directory has no text files (.txt, .md, .markdown, .html, \
         .htm) outside hidden and ignored paths; name a file explicitly to read it whatever its \
         extension\n"
    );
}

#[test]
fn empty_directory() {
    let dir = Dir::new();
    dir.create_dir("empty");
    let err = dir.command().args(["extract", "empty"]).assert_err();
    assert!(
        err.starts_with("claimcheck: error: empty: directory has no text files"),
        "{err}"
    );
}

#[test]
fn latin1_is_detected() {
    let dir = Dir::new();
    // "été" in Latin-1 on line 2.
    dir.create_bytes("latin1.txt", b"17 titres\n\xE9t\xE9 : 14 m\xE9dias\n");
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "latin1.txt"])
        .stdout();
    let records = records(&out);
    assert_eq!(records[1]["text"], "14 médias");
    assert_eq!(
        (records[1]["line"].clone(), records[1]["column"].clone()),
        (2.into(), 7.into())
    );
    // Offsets are in the decoded UTF-8 text: "été : " is 8 bytes there.
    assert_eq!(records[1]["start"], 18);
}

#[test]
fn forced_utf8_on_latin1_names_line_and_column() {
    let dir = Dir::new();
    dir.create_bytes("latin1.txt", b"17 titres\n\xE9t\xE9 2021\n");
    let err = dir
        .command()
        .args(["extract", "--encoding", "utf-8", "latin1.txt"])
        .assert_err();
    assert_eq!(
        err,
        "claimcheck: error: latin1.txt:2:1: not valid UTF-8 (byte 0xe9 at byte offset 10); name \
         the file's real encoding with `--encoding`, or leave it out to detect it\n"
    );
}

#[test]
fn forced_utf8_error_column_counts_characters() {
    let dir = Dir::new();
    // "Té" is two characters (three bytes) before the bad byte.
    dir.create_bytes("a.txt", b"T\xC3\xA9\xFF");
    let err = dir
        .command()
        .args(["extract", "--encoding", "UTF-8", "a.txt"])
        .assert_err();
    assert!(
        err.starts_with(
            "claimcheck: error: a.txt:1:3: not valid UTF-8 (byte 0xff at byte offset 3)"
        ),
        "{err}"
    );
}

#[test]
fn unknown_encoding_is_a_usage_error() {
    let dir = Dir::new();
    dir.create("a.txt", "12");
    for command in ["extract", "check"] {
        let err = dir
            .command()
            .args([command, "--encoding", "klingon", "a.txt"])
            .assert_err();
        assert!(
            err.contains(
                "invalid value 'klingon' for '--encoding <LABEL>': unknown encoding \"klingon\": \
                 name one by a WHATWG label, such as utf-8, utf-16le, utf-16be, windows-1252, \
                 latin1 or iso-8859-15"
            ),
            "{err}"
        );
    }
}

#[test]
fn empty_file() {
    let dir = Dir::new();
    dir.create("empty.txt", "");
    let out = dir.command().args(["extract", "empty.txt"]).stdout();
    assert_eq!(out, "");
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "empty.txt"])
        .stdout();
    assert_eq!(out, "");
}

#[test]
fn binary_file() {
    let dir = Dir::new();
    dir.create_bytes("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR 12");
    let err = dir.command().args(["extract", "photo.txt"]).assert_err();
    assert_eq!(
        err,
        "claimcheck: error: photo.txt: binary file (NUL byte at byte offset 8); claimcheck \
         reads text files only (UTF-16 needs a byte order mark or `--encoding utf-16le`)\n"
    );
}

#[test]
fn utf16_without_byte_order_mark_is_reported_as_binary() {
    let dir = Dir::new();
    dir.create_bytes("utf16.txt", b"1\x002\x00");
    let err = dir.command().args(["extract", "utf16.txt"]).assert_err();
    assert!(err.contains("utf16.txt: binary file"), "{err}");
}

#[test]
fn nul_after_the_first_8_kib_is_invalid_text_not_binary() {
    let dir = Dir::new();
    let mut bytes = vec![b'a'; 8 * 1024];
    bytes.extend_from_slice(b" 12 \x00");
    dir.create_bytes("late-nul.txt", &bytes);
    // U+0000 is valid UTF-8, so the file is read.
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "late-nul.txt"])
        .stdout();
    assert!(!out.is_empty());
}

#[test]
fn byte_order_mark_is_stripped() {
    let dir = Dir::new();
    dir.create_bytes("bom.txt", b"\xEF\xBB\xBF12 ministres");
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "bom.txt"])
        .stdout();
    let records = records(&out);
    assert!(!records.is_empty());
    assert_eq!(records[0]["start"], 0);
    assert_eq!(records[0]["column"], 1);
}

#[test]
fn dash_inside_a_path_is_a_file() {
    // `-` means stdin only as a whole argument; `./-` is a file.
    let dir = Dir::new();
    dir.create("-", "42");
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "./-"])
        .stdout();
    assert_eq!(records(&out)[0]["source"], "./-");
}

/// A single 100 MB line with a number every 10 KB: must not panic, must
/// finish, and every position must be right.
///
/// Positions are computed with a cursor, linear overall; recounting from the
/// start of the line for each of the 10 000 numbers would read about 500 GB.
/// There is no time bound yet: the recognizer at this commit looks back to
/// the start of the line for each number, so this takes about a minute.
#[test]
fn huge_single_line_file() {
    const CHUNKS: usize = 10_000;
    // One chunk: 10 KB of filler with two-byte characters, then one number.
    let filler = "été comme hiver, ".repeat(530);
    let chunk = format!("{filler}il y a 4321 documents ");
    let text = chunk.repeat(CHUNKS);
    assert!(text.len() >= 100_000_000, "{}", text.len());
    assert!(!text.contains('\n'));
    let dir = Dir::new();
    dir.create("huge.txt", &text);
    drop(text);

    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "huge.txt"])
        .stdout();

    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), CHUNKS);
    let last = records(lines[CHUNKS - 1]).remove(0);
    let chunk_chars = chunk.chars().count();
    let number_in_chunk = chunk.find("4321").unwrap_or_default();
    let start = last["start"].as_u64().unwrap_or_default() as usize;
    // The record starts inside the last chunk, at or before the number.
    let last_chunk = (CHUNKS - 1) * chunk.len();
    assert!(
        start >= last_chunk && start <= last_chunk + number_in_chunk,
        "{last}"
    );
    let chars_before = (CHUNKS - 1) * chunk_chars + chunk[..start - last_chunk].chars().count();
    assert_eq!(last["line"], 1);
    assert_eq!(last["column"].as_u64(), Some(chars_before as u64 + 1));
}
