//! Bad input, said clearly: a file that mixes encodings is read with a
//! warning that points at its first byte that is not UTF-8 (or refused with
//! `--strict-encoding`), never as silent mojibake; `extract --format yaml`
//! writes a draft its own loader accepts; every error, clap's usage errors
//! included, starts with `claimcheck: error:` and names the path once.

use crate::util::Dir;

/// UTF-8 text with a Latin-1 line: "numéros" and "téléphone" in UTF-8,
/// then "médias" and "participé" with `é` as the single byte 0xE9.
const MIXED: &[u8] =
    b"Plus de 50 000 num\xc3\xa9ros de t\xc3\xa9l\xc3\xa9phone.\nDix-sept m\xe9dias ont particip\xe9.\n";

#[test]
fn a_file_that_mixes_encodings_is_read_with_a_warning() {
    let dir = Dir::new();
    dir.create_bytes("mixed.txt", MIXED);
    let warning = "claimcheck: warning: mixed.txt:2:11: mixes encodings: UTF-8 text with byte \
                   0xe9 (at byte offset 50) that is not UTF-8; read as UTF-8, the bytes that are \
                   not as windows-1252 (--strict-encoding refuses such a file)\n";
    let out = dir
        .command()
        .args(["extract", "--format", "jsonl", "mixed.txt"])
        .assert_exit_code(0);
    assert_eq!(out.stderr, warning);
    // Both halves read as the letters they are, and keyed.
    assert!(
        out.stdout
            .contains("\"text\":\"Plus de 50 000 numéros de téléphone\""),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("\"key\":\"phone_number\""),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("\"text\":\"Dix-sept médias\""),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains('Ã'), "no mojibake: {}", out.stdout);
    // `check` says the same, once.
    dir.create("other.txt", "Dix-sept médias ont participé.\n");
    let out = dir
        .command()
        .args(["check", "mixed.txt", "other.txt"])
        .assert_exit_code(0);
    assert_eq!(out.stderr, warning);
    assert!(
        out.stdout.contains("info[agreement]: media_outlet — 17"),
        "{}",
        out.stdout
    );
    // Named twice, read once, said once.
    let out = dir
        .command()
        .args(["check", "mixed.txt", "other.txt", "mixed.txt"])
        .assert_exit_code(0);
    assert_eq!(
        out.stderr.matches("mixes encodings").count(),
        1,
        "{}",
        out.stderr
    );
    // A file in one legacy encoding is no mix: read without a word.
    dir.create_bytes("latin.txt", b"Dix-sept m\xe9dias ont particip\xe9.\n");
    let out = dir.command().args(["extract", "latin.txt"]).stdout();
    assert!(out.contains("Dix-sept médias"), "{out}");
}

#[test]
fn strict_encoding_refuses_a_file_that_mixes_encodings() {
    let dir = Dir::new();
    dir.create_bytes("mixed.txt", MIXED);
    let error = "claimcheck: error: mixed.txt:2:11: mixes encodings: UTF-8 text with byte 0xe9 \
                 (at byte offset 50) that is not UTF-8; refused by --strict-encoding: convert \
                 the file to one encoding (UTF-8)\n";
    for command in ["extract", "check"] {
        let out = dir
            .command()
            .args([command, "--strict-encoding", "mixed.txt"])
            .assert_exit_code(2);
        assert_eq!(out.stderr, error, "{command}");
    }
}

#[test]
fn a_yaml_draft_loads_back_and_agrees_with_its_document() {
    let dir = Dir::new();
    let huge = "9".repeat(400);
    let article = format!(
        "Plus de 50 000 numéros de téléphone ont été visés. Dix-sept organisations de médias \
         ont enquêté. Plusieurs dizaines de journalistes et une trentaine de juristes. Entre 10 et \
         15 ministres. {huge} militants.\n"
    );
    dir.create("article.txt", &article);
    let out = dir
        .command()
        .args(["extract", "--format", "yaml", "article.txt"])
        .stdout();
    assert!(
        out.contains("  value: 50000\n"),
        "integers as integers: {out}"
    );
    assert!(out.contains("  value: 17\n"), "{out}");
    assert!(!out.contains(".0\n"), "{out}");
    assert!(!out.contains(".inf"), "only finite values: {out}");
    assert!(!out.contains("59.5"), "no made-up figure: {out}");
    // The round figure of an approximation is kept; what a fact file
    // cannot state is listed in the header, not dropped silently.
    assert!(out.contains("  value: 30\n  qualifier: about\n"), "{out}");
    assert!(
        out.contains("#   1:98: \"Plusieurs dizaines de journalistes\" (20–99)\n"),
        "{out}"
    );
    assert!(
        out.contains("\"Entre 10 et 15 ministres\" (10–15)\n"),
        "{out}"
    );
    assert!(out.contains(&format!("\"{huge} militants\"")), "{out}");
    // The draft loads as it is, and agrees with its document.
    dir.create("facts.yaml", &out);
    let out = dir
        .command()
        .args(["check", "facts.yaml", "article.txt"])
        .stdout();
    assert!(out.contains("0 contradictions"), "{out}");
    assert!(
        out.contains("info[agreement]: phone_number — more than 50000"),
        "{out}"
    );
}

#[test]
fn every_error_starts_the_same_and_names_the_path_once() {
    let dir = Dir::new();
    let usage = [
        vec![],
        vec!["check"],
        vec!["check", "--bogus", "a.txt"],
        vec!["check", "--fail-on", "sometimes", "a.txt"],
        vec!["extract", "--lang", "de"],
        vec!["frobnicate"],
    ];
    for args in usage {
        let err = dir.command().args(&args).assert_err();
        assert!(err.starts_with("claimcheck: error: "), "{args:?}: {err}");
        assert!(!err.contains("\nerror:"), "{args:?}: {err}");
    }
    let err = dir.command().args(["check", "nope.txt"]).assert_err();
    assert_eq!(
        err,
        "claimcheck: error: nope.txt: no such file or directory\n"
    );
    dir.create_bytes("bin.txt", b"\x00\x01binary");
    let err = dir.command().args(["extract", "bin.txt"]).assert_err();
    assert!(
        err.starts_with("claimcheck: error: bin.txt: binary file"),
        "{err}"
    );
    assert_eq!(err.matches("bin.txt").count(), 1, "{err}");
    // Help and version are no errors.
    let out = dir.command().args(["--version"]).stdout();
    assert!(out.starts_with("claimcheck "), "{out}");
}

#[test]
fn baseline_errors_name_the_baseline_once() {
    let dir = Dir::new();
    dir.create("a.txt", "Dix-sept médias.\n");
    let err = dir
        .command()
        .args(["check", "--write-baseline", "missing/b.json", "a.txt"])
        .assert_err();
    assert!(
        err.starts_with("claimcheck: error: missing/b.json: cannot write baseline: no such file"),
        "{err}"
    );
    assert_eq!(err.matches("missing/").count(), 1, "{err}");
    dir.create("bad.json", "{\n");
    let err = dir
        .command()
        .args(["check", "--baseline", "bad.json", "a.txt"])
        .assert_err();
    assert!(
        err.starts_with("claimcheck: error: bad.json:2:1: not a claimcheck baseline: "),
        "{err}"
    );
}
