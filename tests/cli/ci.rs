//! CI runs that hold: a baseline matches however the paths are typed and
//! wherever the run starts, says when an entry matches nothing, and says
//! what `--write-baseline` wrote; a fact file checked from a subfolder finds
//! its document; accepted differences are labelled and counted apart in
//! every format; explanations name fact files by their `source.id`.

use std::path::Path;

use serde_json::Value;

use crate::schema::report_errors;
use crate::util::{Dir, TestCommand};

/// A repository (a `.git` directory marks its root) with two articles that
/// contradict each other on the number of media outlets.
fn repository() -> Dir {
    let dir = Dir::new();
    dir.create_dir(".git");
    dir.create(
        "articles/a.txt",
        "Selon Le Monde, 16 médias ont participé.\n",
    );
    dir.create(
        "articles/b.txt",
        "Selon Le Monde, 17 médias ont participé.\n",
    );
    dir
}

/// Writes the baseline `base.json` at the root from a run naming the
/// articles as `articles/a.txt` and `articles/b.txt`.
fn write_baseline(dir: &Dir) {
    dir.command()
        .args([
            "check",
            "--write-baseline",
            "base.json",
            "articles/a.txt",
            "articles/b.txt",
        ])
        .assert_exit_code(0);
}

/// Runs `claimcheck ARGS` in `dir`, asserts it passes without a word on
/// stderr (no stale entry), and returns stdout.
fn passes_quietly(dir: &Path, args: &[&str]) -> String {
    let mut command = TestCommand::new(dir);
    command.args(args);
    command.stdout()
}

#[test]
fn a_baseline_holds_however_paths_are_typed_and_wherever_the_run_starts() {
    let dir = repository();
    write_baseline(&dir);
    let written = std::fs::read_to_string(dir.path().join("base.json")).unwrap();
    assert!(
        written.contains("\"articles/a.txt\",\n        \"articles/b.txt\""),
        "{written}"
    );
    let root = dir.path();
    let absolute = |name: &str| root.join(name).display().to_string();
    let (a, b) = (absolute("articles/a.txt"), absolute("articles/b.txt"));
    let base = absolute("base.json");
    let runs: [(&Path, Vec<&str>); 5] = [
        (
            root,
            vec![
                "--baseline",
                "base.json",
                "articles/a.txt",
                "articles/b.txt",
            ],
        ),
        (
            root,
            vec![
                "--baseline",
                "./base.json",
                "./articles/a.txt",
                "./articles//b.txt",
            ],
        ),
        (root, vec!["--baseline", &base, &a, &b]),
        (root, vec!["--baseline", "base.json", "articles"]),
        (
            &root.join("articles"),
            vec!["--baseline", "../base.json", "a.txt", "./b.txt"],
        ),
    ];
    for (cwd, args) in runs {
        let mut all = vec!["check"];
        all.extend(args);
        let out = passes_quietly(cwd, &all);
        assert!(
            out.contains("accepted[contradiction]: media_outlet"),
            "{all:?}\n{out}"
        );
        assert!(
            out.ends_with(", 1 contradiction accepted\n"),
            "{all:?}\n{out}"
        );
    }
    // Written from the subfolder with other spellings: the same file.
    TestCommand::new(&root.join("articles"))
        .args(["check", "--write-baseline", "../base.json", "./b.txt", &a])
        .assert_exit_code(0);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("base.json")).unwrap(),
        written
    );
}

#[test]
fn a_baseline_entry_that_matches_nothing_is_a_note() {
    let dir = repository();
    write_baseline(&dir);
    // The difference is resolved: the entry matches nothing, the run passes.
    dir.create(
        "articles/b.txt",
        "Selon Le Monde, 16 médias ont participé.\n",
    );
    let out = dir
        .command()
        .args(["check", "--baseline", "base.json", "articles"])
        .assert_exit_code(0);
    let note = "claimcheck: note: base.json: entry ";
    assert!(out.stderr.starts_with(note), "{}", out.stderr);
    assert!(
        out.stderr.contains(
            " (media_outlet — 16 vs 17 in articles/a.txt, articles/b.txt) matched no finding: \
             the difference is gone or its figures changed; write the baseline again \
             (--write-baseline) to drop the entry\n"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    // A run that leaves out one of its sources says so.
    let out = dir
        .command()
        .args(["check", "--baseline", "base.json", "articles/a.txt"])
        .assert_exit_code(0);
    assert!(
        out.stderr
            .ends_with("matched no finding: this run did not read articles/b.txt\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn write_baseline_says_what_it_wrote() {
    let dir = repository();
    let out = dir
        .command()
        .args([
            "check",
            "--write-baseline",
            "base.json",
            "articles/a.txt",
            "articles/b.txt",
        ])
        .assert_exit_code(0);
    assert_eq!(
        out.stderr,
        "claimcheck: wrote 1 finding to the baseline base.json:\n  \
         media_outlet — 16 vs 17 in articles/a.txt, articles/b.txt\n"
    );
    assert!(!out.stdout.contains("error["), "{}", out.stdout);
    assert!(
        out.stdout
            .starts_with("accepted[contradiction]: media_outlet — 16 vs 17\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("= note: accepted: recorded in the baseline base.json by this run\n"),
        "{}",
        out.stdout
    );
    // Nothing to record: said too.
    dir.create(
        "articles/b.txt",
        "Selon Le Monde, 16 médias ont participé.\n",
    );
    let out = dir
        .command()
        .args(["check", "--write-baseline", "base.json", "articles"])
        .assert_exit_code(0);
    assert_eq!(
        out.stderr,
        "claimcheck: wrote 0 findings to the baseline base.json\n"
    );
    // Rewriting with the old baseline keeps what it held.
    dir.create(
        "articles/b.txt",
        "Selon Le Monde, 17 médias ont participé.\n",
    );
    write_baseline(&dir);
    let out = dir
        .command()
        .args([
            "check",
            "--baseline",
            "base.json",
            "--write-baseline",
            "base.json",
            "articles",
        ])
        .assert_exit_code(0);
    assert!(
        out.stderr.starts_with("claimcheck: wrote 1 finding"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_fact_file_checked_from_a_subfolder_finds_its_document() {
    let dir = repository();
    let facts = "\
source: {id: desk-sheet, document: articles/a.txt, lang: fr}
claims:
  - {id: outlets, key: media_outlet, value: 16, quote: 16 médias}
";
    dir.create("claims/desk/a.yaml", facts);
    // From the root, from `claims/` and from `claims/desk/`.
    for (cwd, path) in [
        ("", "claims/desk/a.yaml"),
        ("claims", "desk/a.yaml"),
        ("claims/desk", "a.yaml"),
    ] {
        passes_quietly(&dir.path().join(cwd), &["check", path]);
    }
    // The document is read, not skipped: a drifted figure is found.
    dir.create(
        "claims/desk/a.yaml",
        &facts.replace("value: 16", "value: 15"),
    );
    let out = TestCommand::new(&dir.path().join("claims"))
        .args(["check", "desk/a.yaml"])
        .assert_exit_code(1);
    assert!(
        out.stdout.contains("error[contradiction]"),
        "{}",
        out.stdout
    );
}

#[test]
fn accepted_differences_are_labelled_and_counted_apart_in_every_format() {
    let dir = repository();
    dir.create(
        ".claimcheck.yaml",
        "accepted:\n  - key: media_outlet\n    values: [16, 17]\n    reason: the desk checked both\n",
    );
    let human = passes_quietly(dir.path(), &["check", "articles"]);
    assert_eq!(
        human,
        "accepted[contradiction]: media_outlet — 16 vs 17\n |\n \
         = note: 16 (a) and 17 (b) cannot both be true.\n \
         = note: accepted: the desk checked both\n\n\
         2 sources, 2 claims: 0 contradictions, 0 compatible, 0 agreements, \
         1 contradiction accepted\n"
    );
    let json: Value = serde_json::from_str(&passes_quietly(
        dir.path(),
        &["check", "--format", "json", "articles"],
    ))
    .expect("JSON");
    assert_eq!(json["findings"][0]["level"], "accepted");
    assert_eq!(json["findings"][0]["severity"], "error");
    assert_eq!(json["summary"]["contradictions"], 0);
    assert_eq!(json["summary"]["accepted"]["contradictions"], 1);
    let errors = report_errors(&json);
    assert!(errors.is_empty(), "{errors:#?}");
    let sarif: Value = serde_json::from_str(&passes_quietly(
        dir.path(),
        &["check", "--format", "sarif", "articles"],
    ))
    .expect("SARIF");
    let run = &sarif["runs"][0];
    assert_eq!(run["results"][0]["properties"]["tags"][0], "accepted");
    assert_eq!(run["properties"]["summary"], json["summary"]);
    let github = passes_quietly(dir.path(), &["check", "--format", "github", "articles"]);
    assert_eq!(
        github,
        "claimcheck: 2 sources, 2 claims: 0 contradictions, 0 compatible, 0 agreements, \
         1 contradiction accepted\n"
    );
}

#[test]
fn explanations_name_fact_files_by_their_source_id() {
    let dir = repository();
    dir.create(
        "claims/sheet.yaml",
        "source: {id: desk-sheet, lang: fr}\nclaims:\n  - {id: outlets, key: media_outlet, value: 15}\n",
    );
    let out = dir
        .command()
        .args([
            "check",
            "--format",
            "json",
            "claims/sheet.yaml",
            "articles/a.txt",
        ])
        .assert_exit_code(1);
    let json: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(
        json["findings"][0]["explanation"],
        "15 (desk-sheet) and 16 (a) cannot both be true."
    );
}
