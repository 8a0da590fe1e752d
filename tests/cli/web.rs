//! Real-world input: the same articles in other encodings and as web pages
//! give the same claims, each pointing at its words in its own file.
//!
//! The copies are made in the test from the eight fixtures (which stay byte
//! for byte as they are): Windows-1252, UTF-16 LE and BE with a byte order
//! mark, an HTML page with the furniture pages have (head, scripts, styles,
//! navigation, comments, a footer, entities, figures in `<b>`, lines wrapped
//! inside paragraphs), and a Markdown file (front matter, code blocks,
//! emphasis, links, wrapped lines).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use claimcheck::source::{encoding_for_label, Encoding};

use crate::util::{records, Dir, ROOT};

/// The eight fixtures, as (file stem, text).
fn fixtures() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for dir in ["fixtures/pegasus", "fixtures/pegasus-en"] {
        let mut paths: Vec<_> = std::fs::read_dir(Path::new(ROOT).join(dir))
            .expect("fixtures directory")
            .map(|e| e.expect("directory entry").path())
            .collect();
        paths.sort();
        for path in paths {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
            found.push((stem, text));
        }
    }
    assert_eq!(found.len(), 8);
    found
}

/// The encoding a label names.
fn encoding(label: &str) -> &'static Encoding {
    encoding_for_label(label).expect("known label")
}

/// `text` in Windows-1252 (every fixture can be written in it).
fn windows_1252(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding("windows-1252").encode(text);
    assert!(!unmappable, "a fixture has a character Windows-1252 lacks");
    bytes.into_owned()
}

/// `text` in UTF-16 with a byte order mark, little or big endian.
fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut bytes = if little {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

/// `line` with its figures wrapped in `open`/`close`, a few characters as
/// entities, and long lines wrapped at spaces.
fn marked_up(line: &str, open: &str, close: &str, entities: bool) -> String {
    let mut out = String::new();
    let mut in_digits = false;
    let mut since_break = 0;
    for c in line.chars() {
        if c.is_ascii_digit() != in_digits {
            out.push_str(if in_digits { close } else { open });
            in_digits = !in_digits;
        }
        since_break += 1;
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            'é' if entities => out.push_str("&eacute;"),
            '\u{a0}' if entities => out.push_str("&nbsp;"),
            '’' if entities => out.push_str("&#8217;"),
            ' ' if since_break > 70 => {
                out.push('\n');
                since_break = 0;
            }
            _ => out.push(c),
        }
    }
    if in_digits {
        out.push_str(close);
    }
    out
}

/// The fixture as a web page: each line a paragraph, among page furniture
/// that holds figures which are not the article's.
fn html_page(text: &str) -> String {
    let mut page = String::from(
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>12 titres</title>\n<style>p { margin: 12px }</style>\n\
         <script>var count = 42; if (count < 99) { count = 3; }</script>\n</head>\n<body>\n\
         <header><a href=\"/\">Accueil</a> 7 rubriques</header>\n\
         <nav><ul><li><a href=\"/a\">88 articles</a></li></ul></nav>\n<article>\n",
    );
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        if i % 3 == 1 {
            page.push_str("<!-- 99 commentaires -->\n");
        }
        page.push_str("<p>");
        page.push_str(&marked_up(line, "<b>", "</b>", true));
        page.push_str("</p>\n");
    }
    page.push_str(
        "</article>\n<aside>Les 5 articles les plus lus</aside>\n\
         <footer>© 2021, 33 rue de Paris</footer>\n</body>\n</html>\n",
    );
    page
}

/// The fixture as Markdown: each line a paragraph, with front matter, a
/// heading, code and a link whose figures are not the article's.
fn markdown(text: &str) -> String {
    let mut md = String::from("---\nid: 12\nviews: 4000\n---\n\n# Article\n\n");
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        if i % 3 == 1 {
            md.push_str("```\nversion 77 of 88\n```\n\n    indented 66 lines\n\n");
        }
        md.push_str(&marked_up(line, "**", "**", true));
        md.push_str("\n\n");
    }
    md.push_str(
        "[Source](https://example.org/44 \"page 55\") ![photo 5](https://example.org/6.png)\n",
    );
    md
}

/// What must be the same in every copy of a document: everything but where.
fn essence(record: &Value) -> Value {
    let mut record = record.clone();
    if let Some(map) = record.as_object_mut() {
        for key in ["source", "line", "column", "start", "end"] {
            map.remove(key);
        }
    }
    record
}

/// Line and column of byte `offset` of `text`.
fn position(text: &str, offset: usize) -> (u64, u64) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line as u64, before[line_start..].chars().count() as u64 + 1)
}

/// The record's `start..end` slice of `file`, after checking that its line
/// and column are those of `start` there.
fn slice<'a>(file: &'a str, record: &Value) -> &'a str {
    let start = record["start"].as_u64().unwrap_or(u64::MAX) as usize;
    let end = record["end"].as_u64().unwrap_or(0) as usize;
    let words = file.get(start..end);
    assert!(words.is_some(), "{record} is not a slice of its file");
    assert_eq!(
        (record["line"].as_u64(), record["column"].as_u64()),
        {
            let (l, c) = position(file, start);
            (Some(l), Some(c))
        },
        "{record}"
    );
    words.unwrap_or_default()
}

/// The words of a slice of marked-up text: tags and emphasis dropped, the
/// entities [`marked_up`] writes decoded, line breaks read as spaces.
fn words_of(marked: &str) -> String {
    let mut out = String::new();
    let mut rest = marked;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            rest = &rest[end..];
            continue;
        }
        let entity = [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&eacute;", "é"),
            ("&nbsp;", "\u{a0}"),
            ("&#8217;", "’"),
            ("**", ""),
        ]
        .into_iter()
        .find(|(e, _)| rest.starts_with(e));
        if let Some((e, with)) = entity {
            out.push_str(with);
            rest = &rest[e.len()..];
            continue;
        }
        out.push(if c == '\n' { ' ' } else { c });
        rest = &rest[c.len_utf8()..];
    }
    out
}

#[test]
fn fixtures_in_every_encoding_and_markup_give_the_same_claims() {
    let dir = Dir::new();
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    for (stem, text) in fixtures() {
        dir.create(&format!("{stem}.txt"), &text);
        dir.create_bytes(&format!("{stem}.cp1252.txt"), &windows_1252(&text));
        dir.create_bytes(&format!("{stem}.utf16le.txt"), &utf16(&text, true));
        dir.create_bytes(&format!("{stem}.utf16be.txt"), &utf16(&text, false));
        let page = html_page(&text);
        dir.create(&format!("{stem}.html"), &page);
        files.insert(format!("{stem}.html"), page);
        let md = markdown(&text);
        dir.create(&format!("{stem}.md"), &md);
        files.insert(format!("{stem}.md"), md);
    }
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "."])
        .stdout();
    let mut by_source: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for record in records(&out) {
        let source = record["source"].as_str().unwrap_or_default();
        let name = source.trim_start_matches("./").to_string();
        by_source.entry(name).or_default().push(record);
    }
    assert_eq!(by_source.len(), 8 * 6, "{:?}", by_source.keys());
    let mut claims = 0;
    for (stem, text) in fixtures() {
        let plain = &by_source[&format!("{stem}.txt")];
        assert!(!plain.is_empty(), "{stem}");
        claims += plain.iter().filter(|r| !r["key"].is_null()).count();
        for record in plain {
            assert_eq!(slice(&text, record), record["text"]);
        }
        // Other encodings: the same records, to the byte offset in the
        // decoded text.
        for variant in ["cp1252", "utf16le", "utf16be"] {
            let got = &by_source[&format!("{stem}.{variant}.txt")];
            let strip = |rs: &[Value]| -> Vec<Value> {
                rs.iter()
                    .map(|r| {
                        let mut r = r.clone();
                        r.as_object_mut().map(|m| m.remove("source"));
                        r
                    })
                    .collect()
            };
            assert_eq!(strip(got), strip(plain), "{stem}.{variant}.txt");
        }
        // Web pages: the same claims, pointing into the page.
        for ext in ["html", "md"] {
            let name = format!("{stem}.{ext}");
            let got = &by_source[&name];
            let want: Vec<Value> = plain.iter().map(essence).collect();
            let have: Vec<Value> = got.iter().map(essence).collect();
            assert_eq!(have, want, "{name}");
            for record in got {
                let words = slice(&files[&name], record);
                assert_eq!(
                    words_of(words),
                    record["text"].as_str().unwrap_or_default(),
                    "{name}: {record}"
                );
            }
        }
    }
    // Many of them are count claims, read alike in every copy.
    assert!(claims >= 25, "{claims}");
}

#[test]
fn check_reads_web_pages_like_their_text() {
    let text_dir = Dir::new();
    let web_dir = Dir::new();
    let legacy_dir = Dir::new();
    for (stem, text) in fixtures() {
        text_dir.create(&format!("{stem}.txt"), &text);
        web_dir.create(&format!("{stem}.html"), &html_page(&text));
        legacy_dir.create_bytes(&format!("{stem}.txt"), &windows_1252(&text));
    }
    let findings = |dir: &Dir| -> Vec<Value> {
        let out = dir
            .command()
            .args([
                "check",
                "--no-config",
                "--format",
                "json",
                "--fail-on",
                "never",
                ".",
            ])
            .stdout();
        let report: Value = serde_json::from_str(&out).expect("JSON report");
        report["findings"]
            .as_array()
            .map(|f| {
                f.iter()
                    .map(|f| {
                        serde_json::json!([
                            f["kind"],
                            f["key"],
                            f["scope"],
                            f["values"]
                                .as_array()
                                .map(|v| v.iter().map(|v| v["label"].clone()).collect::<Vec<_>>())
                        ])
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let text_findings = findings(&text_dir);
    assert!(!text_findings.is_empty());
    assert_eq!(findings(&web_dir), text_findings);
    assert_eq!(findings(&legacy_dir), text_findings);
    // The human report quotes the page itself, markup and all.
    let out = web_dir
        .command()
        .args(["check", "--no-config", "--color", "never", "."])
        .assert_exit_code(1)
        .stdout;
    assert!(
        out.contains("<b>14</b> autres membres du gouvernement"),
        "{out}"
    );
    assert!(out.contains(".html:"), "{out}");
}

/// The `text` of each record of `out`, after checking that its line, column
/// and `start..end` point into `file`.
fn texts_in(file: &str, out: &str) -> Vec<String> {
    records(out)
        .iter()
        .map(|r| {
            slice(file, r);
            r["text"].as_str().unwrap_or_default().to_string()
        })
        .collect()
}

#[test]
fn html_furniture_scripts_and_comments_are_not_claims() {
    let dir = Dir::new();
    let page = "<html><head><title>12 ministres</title>\n\
        <style>.a { width: 14px }</style>\n\
        <script>var ministres = 15; // 16 ministres</script></head>\n\
        <body><header>18 rubriques</header><nav>19 articles</nav>\n\
        <p>Un consortium de <b>17</b> médias et de 17&nbsp;journalistes.\n\
        <!-- 20 ministres -->Il cite 14&#8239;ministres, 3 &eacute;lus et\n\
        <i>plus de</i> 50&nbsp;000 num&eacute;ros.</p>\n\
        <form><label>21 ministres</label></form><aside>22 ministres</aside>\n\
        <footer>23 ministres</footer></body></html>\n";
    dir.create("page.html", page);
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "page.html"])
        .stdout();
    assert_eq!(
        texts_in(page, &out),
        [
            "17 médias",
            "17\u{a0}journalistes",
            "14\u{202f}ministres",
            "3 élus",
            "plus de 50\u{a0}000 numéros"
        ]
    );
    let records = records(&out);
    let at = |i: usize| {
        let (start, end) = (
            records[i]["start"].as_u64().unwrap_or(0) as usize,
            records[i]["end"].as_u64().unwrap_or(0) as usize,
        );
        page[start..end].to_string()
    };
    // The words in the page, markup and entities included.
    assert_eq!(at(0), "17</b> médias");
    assert_eq!(at(2), "14&#8239;ministres");
    assert_eq!(at(3), "3 &eacute;lus");
    assert_eq!(at(4), "plus de</i> 50&nbsp;000 num&eacute;ros");
    assert_eq!(
        (records[4]["line"].as_u64(), records[4]["column"].as_u64()),
        (Some(7), Some(4))
    );
}

#[test]
fn markdown_code_and_urls_are_not_claims() {
    let dir = Dir::new();
    let md = "---\ntitle: 12 ministres\n---\n\n# 14 ministres\n\n\
        Un consortium de **17** médias ([source](https://example.org/18-medias)).\n\n\
        ```\n19 ministres\n```\n\n    20 ministres\n\n\
        Le code `21 ministres` et ![22 ministres](x/23.png) <!-- 24 ministres -->\n\
        plus de 50&nbsp;000\nnuméros.\n";
    dir.create("article.md", md);
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "article.md"])
        .stdout();
    assert_eq!(
        texts_in(md, &out),
        ["14 ministres", "17 médias", "plus de 50\u{a0}000 numéros"]
    );
    let records = records(&out);
    let end = records[2]["end"].as_u64().unwrap_or(0) as usize;
    let start = records[2]["start"].as_u64().unwrap_or(0) as usize;
    assert_eq!(&md[start..end], "plus de 50&nbsp;000\nnuméros");
}

#[test]
fn utf16_and_forced_encodings() {
    let dir = Dir::new();
    let text = "Il y a 17 médias.\nPlus de 50 000 numéros.\n";
    dir.create_bytes("le.txt", &utf16(text, true));
    dir.create_bytes("be.txt", &utf16(text, false));
    dir.create_bytes("nobom.txt", &utf16(text, true)[2..]);
    dir.create_bytes("latin1.txt", &windows_1252(text));
    dir.create("utf8.txt", text);
    let extract = |args: &[&str]| {
        let out = dir
            .command()
            .args(["extract", "--format", "jsonl"])
            .args(args)
            .stdout();
        texts_in(text, &out)
    };
    let want = ["17 médias", "Plus de 50 000 numéros"];
    assert_eq!(extract(&["le.txt"]), want);
    assert_eq!(extract(&["be.txt"]), want);
    assert_eq!(extract(&["latin1.txt"]), want);
    // Forced: UTF-16 without a byte order mark, Latin-1 by any of its labels;
    // a byte order mark wins over the label.
    assert_eq!(extract(&["--encoding", "utf-16le", "nobom.txt"]), want);
    assert_eq!(extract(&["--encoding", "ISO-8859-1", "latin1.txt"]), want);
    assert_eq!(extract(&["--encoding", "latin1", "le.txt"]), want);
    // Forcing the wrong single-byte encoding reads what it is told to.
    let out = dir
        .command()
        .args([
            "extract",
            "--encoding",
            "windows-1252",
            "--format",
            "jsonl",
            "utf8.txt",
        ])
        .stdout();
    let first = records(&out)[0]["text"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(first.starts_with("17 mÃ"), "{first}");
    // Without a byte order mark or `--encoding`, UTF-16 is binary.
    let err = dir.command().args(["extract", "nobom.txt"]).assert_err();
    assert!(err.contains("nobom.txt: binary file"), "{err}");
}

#[test]
fn an_undecodable_file_is_reported_and_the_others_read() {
    let dir = Dir::new();
    dir.create("docs/a.txt", "Il y a 17 médias.\n");
    dir.create_bytes("docs/b.txt", b"Il y a 16 m\xE9dias.\n\xE9t\xE9\n");
    dir.create("docs/c.html", "<p>Il y a 17 médias.</p>");
    let out = dir
        .command()
        .args([
            "extract",
            "--encoding",
            "utf-8",
            "--format",
            "jsonl",
            "docs",
        ])
        .assert_exit_code(2);
    assert_eq!(
        out.stderr,
        "claimcheck: error: docs/b.txt:1:12: not valid UTF-8 (byte 0xe9 at byte offset 11); \
         name the file's real encoding with `--encoding`, or leave it out to detect it\n"
    );
    let sources: Vec<Value> = records(&out.stdout)
        .iter()
        .map(|r| r["source"].clone())
        .collect();
    assert_eq!(sources, ["docs/a.txt", "docs/c.html"]);
    // `check` reports it, compares the rest, and exits with 2.
    let out = dir
        .command()
        .args([
            "check",
            "--no-config",
            "--lang",
            "fr",
            "--encoding",
            "utf-8",
            "--format",
            "json",
            "docs",
        ])
        .assert_exit_code(2);
    assert!(
        out.stderr.contains("docs/b.txt:1:12: not valid UTF-8"),
        "{}",
        out.stderr
    );
    let report: Value = serde_json::from_str(&out.stdout).unwrap_or_default();
    assert_eq!(report["summary"]["sources"], 2);
    assert_eq!(report["findings"][0]["kind"], "agreement");
    // Detected, the same file is read, and contradicts the others.
    let out = dir
        .command()
        .args(["check", "--no-config", "--lang", "fr", "docs"])
        .assert_exit_code(1);
    assert!(out.stdout.contains("16 vs 17"), "{}", out.stdout);
}

#[test]
fn random_broken_and_empty_files_never_panic() {
    let dir = Dir::new();
    // A fixed pseudo-random sequence, so that a failure can be replayed.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut random = |n: usize| -> Vec<u8> {
        (0..n)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect()
    };
    let truncated = "Plus de 50 000 numéros".as_bytes();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("random", random(4096)),
        (
            "random-high",
            random(4096).iter().map(|b| b | 0x80).collect(),
        ),
        ("truncated", truncated[..truncated.len() - 1].to_vec()),
        ("nul", vec![0; 4096]),
        ("bom-only", b"\xFF\xFE".to_vec()),
        ("odd-utf16", b"\xFE\xFF\x00".to_vec()),
        ("empty", Vec::new()),
    ];
    for (name, bytes) in &cases {
        for ext in ["txt", "html", "md"] {
            dir.create_bytes(&format!("{name}.{ext}"), bytes);
        }
    }
    for encoding in [None, Some("utf-8"), Some("utf-16be"), Some("shift_jis")] {
        for command in ["extract", "check"] {
            let mut cmd = dir.command();
            cmd.args(
                [command, "--no-config"]
                    .iter()
                    .take(if command == "check" { 2 } else { 1 }),
            );
            if let Some(label) = encoding {
                cmd.args(["--encoding", label]);
            }
            let out = cmd.args(["."]).output();
            assert!(
                matches!(out.code, Some(0..=2)),
                "{command} {encoding:?}: {:?}\n{}",
                out.code,
                out.stderr
            );
            assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
        }
    }
}

#[test]
fn a_fact_file_reads_its_document_in_the_same_encoding() {
    let dir = Dir::new();
    dir.create_bytes(
        "doc.txt",
        b"Selon le journal, un consortium de 17 m\xE9dias a enqu\xEAt\xE9.\n",
    );
    dir.create(
        "facts.yaml",
        "source: {id: d, document: doc.txt, lang: fr}\n\
         claims:\n  - {id: a, key: media_outlet, value: 17, quote: \"17 médias\"}\n",
    );
    // Detected: the quote is found in the Latin-1 document.
    let out = dir
        .command()
        .args(["check", "--no-config", "facts.yaml"])
        .stdout();
    assert!(out.contains("1 source, 1 claim"), "{out}");
    // Forced to UTF-8, the document cannot be read, and says where.
    let err = dir
        .command()
        .args(["check", "--no-config", "--encoding", "utf-8", "facts.yaml"])
        .assert_err();
    assert!(
        err.contains("doc.txt:1:40: not valid UTF-8 (byte 0xe9 at byte offset 39)"),
        "{err}"
    );
}
