//! `claimcheck extract`: which inputs it reads, in which order, in which
//! language, and how it prints. The assertions hold whatever the number
//! recognizer finds, so that they do not change when it improves.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::util::{records, Dir, BIN};

/// The values of `field` in each record.
fn field(records: &[Value], field: &str) -> Vec<String> {
    records
        .iter()
        .map(|r| match &r[field] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .collect()
}

/// The same values, consecutive repeats removed: the order sources came in.
fn sources(jsonl: &str) -> Vec<String> {
    let mut sources = field(&records(jsonl), "source");
    sources.dedup();
    sources
}

#[test]
fn stdin_without_paths() {
    let dir = Dir::new();
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl"])
        .stdin("Les titres\nplus de 17 médias\n")
        .stdout();
    let records = records(&out);
    assert!(!records.is_empty());
    assert_eq!(field(&records, "source")[0], "-");
    assert_eq!(records[0]["line"], 2);
}

#[test]
fn stdin_lines_are_lines_of_the_record() {
    // One test sentence a line: each record says which line it came from.
    let dir = Dir::new();
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "--lang", "en", "-"])
        .stdin("12 ministers\nno number\n3 phones\n")
        .stdout();
    let lines = field(&records(&out), "line");
    assert_eq!(lines.first().map(String::as_str), Some("1"));
    assert_eq!(lines.last().map(String::as_str), Some("3"));
    assert!(!lines.contains(&"2".to_string()));
}

#[test]
fn stdin_among_files_keeps_argument_order() {
    let dir = Dir::new();
    dir.create("a.txt", "1 a\n");
    dir.create("b.txt", "2 b\n");
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "b.txt", "-", "a.txt"])
        .stdin("3 c\n")
        .stdout();
    assert_eq!(sources(&out), ["b.txt", "-", "a.txt"]);
}

#[test]
fn stdin_is_decoded_like_a_file() {
    let dir = Dir::new();
    // Latin-1 on stdin is detected; forced UTF-8, it is an error that says where.
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl"])
        .stdin(&b"12\n17 m\xE9dias"[..])
        .stdout();
    let records = records(&out);
    assert_eq!(records[1]["text"], "17 médias");
    assert_eq!(records[1]["end"], 13);
    let err = dir
        .command()
        .args(["extract", "--encoding", "utf-8"])
        .stdin(&b"12\n\xFF"[..])
        .assert_err();
    assert!(
        err.starts_with(
            "claimcheck: error: <stdin>:2:1: not valid UTF-8 (byte 0xff at byte offset 3)"
        ),
        "{err}"
    );
}

#[test]
fn lang_auto_guesses_per_document() {
    let dir = Dir::new();
    dir.create(
        "en.txt",
        "The police said that 12 of the phones were hacked.\n",
    );
    dir.create(
        "fr.txt",
        "Selon la police, 12 des téléphones ont été piratés.\n",
    );
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "."])
        .stdout();
    let records = records(&out);
    for record in &records {
        let expected = &record["source"].as_str().unwrap_or_default()[2..4];
        assert_eq!(record["lang"], expected, "{record}");
    }
    assert_eq!(sources(&out), ["./en.txt", "./fr.txt"]);
}

#[test]
fn lang_forced() {
    let dir = Dir::new();
    dir.create(
        "fr.txt",
        "Selon la police, 12 des téléphones ont été piratés.\n",
    );
    for lang in ["en", "fr"] {
        let out = dir
            .command()
            .args(["extract", "--format", "jsonl", "--lang", lang, "fr.txt"])
            .stdout();
        let langs = field(&records(&out), "lang");
        assert!(!langs.is_empty());
        assert!(langs.iter().all(|l| l == lang), "{langs:?}");
    }
}

#[test]
fn lang_unknown_is_a_usage_error() {
    let dir = Dir::new();
    let err = dir.command().args(["extract", "--lang", "de"]).assert_err();
    assert!(
        err.starts_with("claimcheck: error: invalid value 'de' for '--lang <LANG>'"),
        "{err}"
    );
    assert!(err.contains("[possible values: fr, en, auto]"), "{err}");
}

#[test]
fn directory_walk_is_sorted_and_skips_hidden_and_ignored_files() {
    let dir = Dir::new();
    dir.create("news/b.txt", "2");
    dir.create("news/a.MD", "1");
    dir.create("news/sub/c.html", "<p>3</p>");
    dir.create("news/sub/d.htm", "4");
    dir.create("news/e.markdown", "5");
    dir.create("news/scan.pdf", "6");
    dir.create("news/.hidden.txt", "7");
    dir.create("news/.git-like/f.txt", "8");
    dir.create("news/.gitignore", "old/\nz.txt\n");
    dir.create("news/old/g.txt", "9");
    dir.create("news/z.txt", "10");
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "news"])
        .stdout();
    assert_eq!(
        sources(&out),
        [
            "news/a.MD",
            "news/b.txt",
            "news/e.markdown",
            "news/sub/c.html",
            "news/sub/d.htm"
        ]
    );
}

#[test]
fn explicit_file_of_any_extension_is_read() {
    let dir = Dir::new();
    dir.create("notes.csv", "titres,17\n");
    dir.create(".hidden.txt", "12\n");
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "notes.csv", ".hidden.txt"])
        .stdout();
    assert_eq!(sources(&out), ["notes.csv", ".hidden.txt"]);
}

#[test]
fn jsonl_fields_are_in_contract_order() {
    let dir = Dir::new();
    dir.create(
        "a.txt",
        "Dix-sept organisations de médias et 50 000 numéros.\n",
    );
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "a.txt"])
        .stdout();
    let order = [
        "source",
        "line",
        "column",
        "start",
        "end",
        "text",
        "quantity",
        "value",
        "low",
        "high",
        "qualifier",
        "kind",
        "counted",
        "key",
        "scope",
        "attributed_to",
        "lang",
        "date",
        "superseded",
    ];
    assert!(!out.is_empty());
    for line in out.lines() {
        let keys: Vec<usize> = order
            .iter()
            .map(|k| line.find(&format!("\"{k}\":")).unwrap_or(usize::MAX))
            .collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{line}");
        let record: Value = serde_json::from_str(line).unwrap_or_default();
        assert_eq!(
            record.as_object().map(|o| o.len()),
            Some(order.len()),
            "{line}"
        );
    }
}

#[test]
fn human_columns_line_up() {
    let dir = Dir::new();
    dir.create("a.txt", &format!("1 et\n{}12 puis 345\n", "x ".repeat(60)));
    let out = dir.command().args(["extract", "a.txt"]).stdout();
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() >= 2, "{out}");
    assert!(lines[0].starts_with("a.txt:1:1 "), "{out}");
    assert!(lines[1].starts_with("a.txt:2:121 "), "{out}");
    // Where each of the first four columns ends, in characters.
    let column_ends = |line: &str| -> Vec<usize> {
        let chars: Vec<char> = line.chars().collect();
        (1..chars.len())
            .filter(|&i| chars[i] == ' ' && chars[i - 1] == ' ' && chars.get(i + 1) != Some(&' '))
            .take(4)
            .collect()
    };
    let first = column_ends(lines[0]);
    assert_eq!(first.len(), 4, "{out}");
    for line in &lines {
        assert_eq!(column_ends(line), first, "{out}");
    }
}

#[test]
fn broken_pipe_is_not_an_error() {
    // Like `claimcheck extract big.txt | head -1`: far more output than a
    // pipe holds, and the reader goes away after one line.
    let dir = Dir::new();
    dir.create("big.txt", &"1 2 3 4 5 6 7 8 9\n".repeat(50_000));
    for format in ["human", "jsonl"] {
        let mut child = Command::new(BIN)
            .current_dir(dir.path())
            .args(["extract", "--format", format, "big.txt"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run claimcheck");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut first = String::new();
        BufReader::new(stdout)
            .read_line(&mut first)
            .expect("read one line");
        assert!(first.starts_with("big.txt:1:1") || first.starts_with("{\"source\":\"big.txt\""));
        // The reader is dropped here: the next writes fail with EPIPE.
        let output = child.wait_with_output().expect("wait for claimcheck");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr, "", "format {format}");
        assert_eq!(output.status.code(), Some(0), "format {format}");
    }
}
