//! Reading sources: encodings detected and decoded, pages declaring theirs,
//! standard input, markup by extension.

use super::*;

/// The text and the encoding's name, or the error's message.
type Decoded = Result<(String, String), String>;

/// What decoding `bytes` as the file `name` gives.
fn decoded(name: &str, bytes: &[u8], encoding: Option<&str>) -> Decoded {
    let options = ReadOptions {
        lang: Some(Lang::Fr),
        encoding: encoding.map(|label| encoding_for_label(label).unwrap_or(encoding_rs::UTF_8)),
    };
    Source::decode(name.to_string(), bytes.to_vec(), options)
        .map(|s| (s.original().to_string(), s.encoding.name().to_string()))
        .map_err(|e| e.to_string())
}

#[test]
fn encodings_are_detected_and_decoded() {
    let ok = |text: &str, encoding: &str| Ok((text.to_string(), encoding.to_string()));
    let cases: &[(&[u8], Option<&str>, Decoded)] = &[
            (b"\xEF\xBB\xBFla liste des 3", None, ok("la liste des 3", "UTF-8")),
            (b"17 m\xC3\xA9dias", None, ok("17 médias", "UTF-8")),
            (b"", None, ok("", "UTF-8")),
            // Latin-1 and Windows-1252 are one encoding on the web.
            (b"\xE9t\xE9 : 17 m\xE9dias fran\xE7ais", None, ok("été : 17 médias français", "windows-1252")),
            (b"l\x92\xE9t\xE9, \x93 17 m\xE9dias \x94 \x80", None, ok("l’été, “ 17 médias ” €", "windows-1252")),
            (b"le c\xBDur des \xBCuvres : 12 \xA4", None, ok("le cœur des Œuvres : 12 €", "ISO-8859-15")),
            (b"\xFF\xFE1\x007\x00 \x00m\x00\xE9\x00", None, ok("17 mé", "UTF-16LE")),
            (b"\xFE\xFF\x001\x007\x00 \x00m\x00\xE9", None, ok("17 mé", "UTF-16BE")),
            (b"1\x007\x00", Some("utf-16le"), ok("17", "UTF-16LE")),
            (b"\xFF\xFE1\x00", Some("windows-1252"), ok("1", "UTF-16LE")),
            (b"\xC3\xA9t\xC3\xA9", Some("latin1"), ok("Ã©tÃ©", "windows-1252")),
            (b"c\xBDur", Some("iso-8859-15"), ok("cœur", "ISO-8859-15")),
            // A UTF-8 file cut in its last character is still UTF-8.
            (b"\xC3\xA9t\xC3\xA9 \xC3", None, ok("été \u{FFFD}", "UTF-8")),
            (b"ok\n\xC3\xA9t\xE9", Some("utf-8"), Err("a.txt:2:3: not valid UTF-8 (byte 0xe9 at byte offset 6); name the file's real encoding with `--encoding`, or leave it out to detect it".into())),
            (b"\xEF\xBB\xBFok\xE9", None, Err("a.txt:1:3: not valid UTF-8 (byte 0xe9 at byte offset 5); the file starts with a UTF-8 byte order mark but is damaged after it".into())),
            (b"\xFF\xFE1\x00\x32", None, Err("a.txt:1:2: not valid UTF-16LE (byte 0x32 at byte offset 4); the file starts with a UTF-16LE byte order mark but is damaged after it".into())),
            (b"\xFF\xFEa\x00\x00\xD8b\x00", None, Err("a.txt:1:2: not valid UTF-16LE (byte 0x00 at byte offset 4); the file starts with a UTF-16LE byte order mark but is damaged after it".into())),
            (b"\xFF\xFEa\x00\x00\x00", None, Err("a.txt: binary file (NUL byte at byte offset 4); claimcheck reads text files only (UTF-16 needs a byte order mark or `--encoding utf-16le`)".into())),
            (b"PK\x03\x04\x00", None, Err("a.txt: binary file (NUL byte at byte offset 4); claimcheck reads text files only (UTF-16 needs a byte order mark or `--encoding utf-16le`)".into())),
            (b"PK\x03\x04\x00", Some("windows-1252"), Err("a.txt: binary file (NUL byte at byte offset 4); claimcheck reads text files only (UTF-16 needs a byte order mark or `--encoding utf-16le`)".into())),
        ];
    for (bytes, encoding, want) in cases {
        let got = decoded("a.txt", bytes, *encoding);
        assert_eq!(
            &got,
            want,
            "{:?} {encoding:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn html_pages_declare_their_encoding() {
    let page = b"<html><head><meta charset=\"ISO-8859-15\"></head><p>c\xBDur \xA4</p>";
    let (text, encoding) = decoded("a.html", page, None).unwrap_or_default();
    assert_eq!(encoding, "ISO-8859-15");
    assert!(text.ends_with("<p>cœur €</p>"), "{text}");
    let page =
        b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\xBD";
    let (text, encoding) = decoded("a.htm", page, None).unwrap_or_default();
    assert_eq!(
        (encoding.as_str(), text.ends_with("<p>½")),
        ("windows-1252", true)
    );
    // A declaration is only read from HTML, and UTF-8 bytes are UTF-8
    // whatever they declare.
    let page = "<meta charset=windows-1252><p>été".as_bytes();
    let (_, encoding) = decoded("a.html", page, None).unwrap_or_default();
    assert_eq!(encoding, "UTF-8");
}

#[test]
fn unknown_encoding_labels_are_refused() {
    assert_eq!(
        encoding_for_label(" Latin1 ").map(|e| e.name()),
        Ok("windows-1252")
    );
    assert_eq!(
        encoding_for_label("utf-16").map(|e| e.name()),
        Ok("UTF-16LE")
    );
    for label in ["klingon", "", "iso-2022-kr"] {
        let err = encoding_for_label(label).err().unwrap_or_default();
        assert!(
            err.starts_with(&format!("unknown encoding {label:?}")),
            "{err}"
        );
    }
}

#[test]
fn fact_files_must_be_utf8() {
    let err = utf8_text("f.yaml", b"ok\n\xC3\xA9t\xE9".to_vec());
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
    assert_eq!(
        utf8_text("f.yaml", b"\xEF\xBB\xBFa: 1".to_vec()).ok(),
        Some("a: 1".into())
    );
    assert!(matches!(
        utf8_text("f.yaml", b"a\x00".to_vec()),
        Err(InputError::Binary { offset: 1, .. })
    ));
}

#[test]
fn stdin_is_named_dash_and_errors_say_stdin() {
    let source = Source::from_stdin(&b"12 cats"[..], Some(Lang::En));
    assert_eq!(source.ok().map(|s| s.name), Some("-".to_string()));
    let err = Source::from_stdin(&b"\x00"[..], None);
    assert_eq!(
        err.err().map(|e| e.path().to_string()),
        Some("<stdin>".into())
    );
    // Standard input is plain text, and decoded like a file.
    let source = Source::from_stdin(&b"<b>17</b> m\xE9dias"[..], Some(Lang::Fr));
    let source = source.ok();
    assert_eq!(
        source.as_ref().map(|s| s.text.as_str()),
        Some("<b>17</b> médias")
    );
    assert_eq!(source.map(|s| s.markup), Some(Markup::Plain));
}

#[test]
fn markup_follows_the_extension() {
    assert_eq!(Markup::of("a/b.HTML"), Markup::Html);
    assert_eq!(Markup::of("b.htm"), Markup::Html);
    assert_eq!(Markup::of("b.md"), Markup::Markdown);
    assert_eq!(Markup::of("b.Markdown"), Markup::Markdown);
    assert_eq!(Markup::of("b.txt"), Markup::Plain);
    assert_eq!(Markup::of("html"), Markup::Plain);
    let source = Source::from_text(
        "a.html",
        "<p>17&nbsp;m&eacute;dias</p>".into(),
        Markup::Html,
        None,
    );
    assert_eq!(source.text, "17\u{a0}médias");
    assert_eq!(
        &source.original()[source.original_span(0..source.text.len())],
        "17&nbsp;m&eacute;dias"
    );
}

#[test]
fn dash_stands_for_stdin_and_dash_inside_a_path_for_a_file() {
    let dash = discover_or_stdin(Path::new("-"));
    assert_eq!(dash.len(), 1);
    assert_eq!(dash[0].as_deref().ok(), Some(Path::new("-")));
    let Ok(dir) = tempfile::tempdir() else {
        panic!("cannot create a temporary directory");
    };
    let file = dir.path().join("-");
    assert!(std::fs::write(&file, "12 cats").is_ok());
    let found = discover_or_stdin(&file);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].as_deref().ok(), Some(file.as_path()));
    let source = Source::open(&file, ReadOptions::lang(Some(Lang::En)));
    assert_eq!(
        source.map(|s| (s.name, s.text)).ok(),
        Some((file.display().to_string(), "12 cats".to_string()))
    );
}
