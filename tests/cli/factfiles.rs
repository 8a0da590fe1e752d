//! Fact files in CI: the project's own gold files, drift against articles,
//! validation errors, configuration, accepted differences, baselines and
//! fact-file drafts, end to end.

use crate::util::{root_command, Dir, ROOT};

#[test]
fn the_projects_own_fact_files_pass() {
    let out = root_command()
        .args(["check", "claims/", "fixtures/"])
        .assert_exit_code(0);
    assert!(out.stdout.contains("accepted: Reviewed"), "{}", out.stdout);
    assert!(
        out.stdout.contains("accepted: en_02 is a test article"),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("README"),
        "README files are ignored by .claimcheck.yaml"
    );
}

#[test]
fn accepting_a_difference_passes_and_still_prints_it() {
    let out = root_command()
        .args(["check", "fixtures/pegasus", "claims/pegasus"])
        .assert_exit_code(0);
    assert!(
        out.stdout.contains("government_member — 14 vs 15"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("accepted: Reviewed"), "{}", out.stdout);
    let json = root_command()
        .args([
            "check",
            "--format",
            "json",
            "fixtures/pegasus",
            "claims/pegasus",
        ])
        .assert_exit_code(0);
    assert!(
        json.stdout.contains("\"accepted\": \"Reviewed"),
        "{}",
        json.stdout
    );
}

/// A copy of one seed article and its fact file in a scratch repository.
fn scratch(article_edit: impl Fn(&str) -> String) -> Dir {
    let dir = Dir::new();
    let article =
        std::fs::read_to_string(format!("{ROOT}/fixtures/pegasus/004_3e52b1bc84b32e47.txt"))
            .unwrap();
    let facts = std::fs::read_to_string(format!("{ROOT}/claims/pegasus/004_3e52b1bc84b32e47.yaml"))
        .unwrap();
    dir.create(
        "fixtures/pegasus/004_3e52b1bc84b32e47.txt",
        &article_edit(&article),
    );
    dir.create("claims/pegasus/004_3e52b1bc84b32e47.yaml", &facts);
    dir
}

#[test]
fn a_changed_article_fails_its_fact_file_with_both_places() {
    let dir = scratch(|a| {
        a.replace(
            "publiées la semaine dernière par 17 médias",
            "publiées la semaine dernière par 16 médias",
        )
    });
    let out = dir.command().args(["check", "claims/"]).assert_exit_code(1);
    assert!(
        out.stdout
            .contains("claims/pegasus/004_3e52b1bc84b32e47.yaml:"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("fixtures/pegasus/004_3e52b1bc84b32e47.txt:18:245"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("declares 17 where its document"),
        "{}",
        out.stdout
    );
    // With the article among the inputs (read once, for both uses), the
    // same drift is found.
    let both = dir
        .command()
        .args(["check", "claims/", "fixtures/"])
        .assert_exit_code(1);
    assert!(
        both.stdout.contains("declares 17 where its document"),
        "{}",
        both.stdout
    );
    // The document is quoted too, though it was not among the inputs.
    assert!(
        out.stdout.contains("dernière par 16 médias, dirigée"),
        "{}",
        out.stdout
    );
    // Unchanged, it passes.
    scratch(|a| a.to_string())
        .command()
        .args(["check", "claims/"])
        .assert_exit_code(0);
    // A quote that is gone is an error in the fact file.
    let gone = scratch(|a| a.replace("17 médias", "dix-sept rédactions"));
    let out = gone
        .command()
        .args(["check", "claims/"])
        .assert_exit_code(2);
    assert!(
        out.stderr
            .contains("quote \"17 médias\" is not in fixtures/pegasus/004_3e52b1bc84b32e47.txt"),
        "{}",
        out.stderr
    );
}

#[test]
fn each_validation_error_says_file_line_and_column() {
    let head = "source: {id: s, lang: fr}\nclaims:\n";
    let cases = [
        (
            format!("{head}  - {{id: a, key: k, value: 1, colour: red}}\n"),
            "f.yaml:3:31: claims[0]: unknown field `colour`",
        ),
        (
            format!("{head}  - {{id: a, key: k}}\n"),
            "f.yaml:3:5: claims[0]: missing field `value`",
        ),
        (
            format!("{head}  - {{id: a, key: k, value: -1}}\n"),
            "f.yaml:3:6: claim \"a\": value -1 is negative",
        ),
        (
            format!("{head}  - {{id: a, key: k, value: .inf}}\n"),
            "f.yaml:3:6: claim \"a\": value inf is not a finite number",
        ),
        (
            format!("{head}  - {{id: a, key: k, value: 1, qualifier: roughly}}\n"),
            "f.yaml:3:42: claims[0].qualifier: unknown variant `roughly`",
        ),
        (
            format!("{head}  - {{id: a, key: k, value: 1}}\n  - {{id: a, key: k, value: 2}}\n"),
            "f.yaml:3:6: claim id \"a\" is used twice",
        ),
        (
            "source: {id: s, lang: de}\nclaims: []\n".to_string(),
            "f.yaml:1:23: source.lang: unknown variant `de`",
        ),
        (
            "source:\n  id: s\n  document: gone.txt\n  lang: fr\nclaims: []\n".to_string(),
            "f.yaml:3:3: document \"gone.txt\" does not exist",
        ),
    ];
    for (text, want) in cases {
        let dir = Dir::new();
        dir.create("f.yaml", &text);
        let out = dir.command().args(["check", "f.yaml"]).assert_exit_code(2);
        assert!(
            out.stderr.contains(&format!("claimcheck: error: {want}")),
            "{want}\n{}",
            out.stderr
        );
    }
}

#[test]
fn the_example_configuration_runs() {
    let out = root_command()
        .args([
            "check",
            "--config",
            "examples/claimcheck.yaml",
            "fixtures/pegasus",
        ])
        .assert_exit_code(0);
    assert!(
        out.stdout
            .contains("accepted: One article names the former prime minister apart"),
        "{}",
        out.stdout
    );
}

#[test]
fn configuration_is_found_walking_up_and_checked() {
    let dir = Dir::new();
    dir.create("a.txt", "Selon Le Monde, 16 médias ont participé.");
    dir.create("sub/b.txt", "Selon Le Monde, 17 médias ont participé.");
    dir.create(".claimcheck.yaml", "fail_on: never\n");
    let out = dir
        .command()
        .args(["check", "a.txt", "sub/b.txt"])
        .assert_exit_code(0);
    assert!(out.stdout.contains("16 vs 17"), "{}", out.stdout);
    dir.command()
        .args(["check", "--no-config", "a.txt", "sub/b.txt"])
        .assert_exit_code(1);
    dir.command()
        .args(["check", "--fail-on", "error", "a.txt", "sub/b.txt"])
        .assert_exit_code(1);
    dir.create(".claimcheck.yaml", "fail_on: never\ncolour: red\n");
    let out = dir.command().args(["check", "a.txt"]).assert_exit_code(2);
    assert!(
        out.stderr
            .contains(".claimcheck.yaml:2:1: unknown field `colour`"),
        "{}",
        out.stderr
    );
    dir.create(".claimcheck.yaml", "ignore: [sub/]\n");
    let out = dir.command().args(["check", "."]).assert_exit_code(0);
    assert!(!out.stdout.contains("b.txt"), "{}", out.stdout);
}

#[test]
fn a_baseline_lets_known_findings_pass_and_new_ones_fail() {
    let dir = Dir::new();
    dir.create("a.txt", "Selon Le Monde, 16 médias ont participé.");
    dir.create("b.txt", "Selon Le Monde, 17 médias ont participé.");
    let out = dir
        .command()
        .args([
            "check",
            "--write-baseline",
            "baseline.json",
            "a.txt",
            "b.txt",
        ])
        .assert_exit_code(0);
    assert!(
        out.stderr
            .contains("wrote 1 finding to the baseline baseline.json:\n"),
        "{}",
        out.stderr
    );
    let first = std::fs::read_to_string(dir.path().join("baseline.json")).unwrap();
    dir.command()
        .args([
            "check",
            "--write-baseline",
            "baseline.json",
            "a.txt",
            "b.txt",
        ])
        .assert_exit_code(0);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("baseline.json")).unwrap(),
        first,
        "stable across runs"
    );
    let out = dir
        .command()
        .args(["check", "--baseline", "baseline.json", "a.txt", "b.txt"])
        .assert_exit_code(0);
    assert!(
        out.stdout
            .contains("recorded in the baseline baseline.json"),
        "{}",
        out.stdout
    );
    dir.create("c.txt", "Selon Le Monde, 15 ministres et 12 médias.");
    dir.create("d.txt", "Selon Le Monde, 14 ministres.");
    dir.command()
        .args([
            "check",
            "--baseline",
            "baseline.json",
            "a.txt",
            "b.txt",
            "c.txt",
            "d.txt",
        ])
        .assert_exit_code(1);
    dir.create("bad.json", "{\"version\": 7, \"findings\": {}}");
    let out = dir
        .command()
        .args(["check", "--baseline", "bad.json", "a.txt"])
        .assert_exit_code(2);
    assert!(
        out.stderr
            .contains("bad.json:1:1: not a claimcheck baseline: version 7"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_extracted_draft_is_a_fact_file() {
    let dir = Dir::new();
    let article =
        std::fs::read_to_string(format!("{ROOT}/fixtures/pegasus/003_b2647327296e7a23.txt"))
            .unwrap();
    dir.create("article.txt", &article);
    let out = dir
        .command()
        .args(["extract", "--format", "yaml", "article.txt"])
        .assert_exit_code(0);
    assert!(out.stdout.contains("key: media_outlet"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("quote: Dix-sept organisations de médias"),
        "{}",
        out.stdout
    );
    dir.create("facts.yaml", &out.stdout);
    // The draft loads, its quotes are in the article, and it agrees with it.
    dir.command()
        .args(["check", "facts.yaml", "article.txt"])
        .assert_exit_code(0);
}
