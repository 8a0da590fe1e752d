//! `claimcheck check`: the reports of every format on the seed articles (as
//! snapshots to review by eye), the exit codes scripts and CI depend on,
//! `--against`, `--fail-on` and colours.

use std::path::Path;

use serde_json::Value;

use crate::util::{root_command, Dir, ROOT};

/// The sources of each snapshotted scenario: the five seed articles, then
/// with the three English articles beside them.
const SCENARIOS: [(&str, &[&str]); 2] = [
    ("pegasus", &["fixtures/pegasus"]),
    ("pegasus_en", &["fixtures/pegasus", "fixtures/pegasus-en"]),
];

/// Runs `check --format FORMAT` on each scenario and snapshots stdout. The
/// seed articles contradict each other (14 vs 15 members of the government),
/// so every run exits with 1 and says nothing on stderr.
fn snapshot(format: &str) {
    for (name, paths) in SCENARIOS {
        let mut args = vec!["check", "--format", format];
        args.extend_from_slice(paths);
        let out = root_command().args(&args).assert_exit_code(1);
        assert_eq!(out.stderr, "", "{args:?}");
        let command = format!("claimcheck {}", args.join(" "));
        assert_snapshot!(format!("check_{format}_{name}"), command, &out.stdout);
    }
}

#[test]
fn human_report() {
    snapshot("human");
}

/// The human report where a cell has many values: the Derna floods of the
/// development corpus (its articles, not its gold file, which is no fact
/// file; the repository's configuration ignores the corpus, so the files
/// are named). Each finding of several values is a table of its values, the
/// two that cannot both be true marked, then one sentence per value. The
/// figures follow the extraction: when it changes on purpose, review and
/// accept the new snapshot.
#[test]
fn human_report_of_many_values() {
    let event = "fixtures/dev-corpus/derna-floods-2023";
    let mut articles: Vec<String> = std::fs::read_dir(Path::new(ROOT).join(event))
        .expect("the Derna event of the development corpus")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".txt"))
        .map(|name| format!("{event}/{name}"))
        .collect();
    articles.sort();
    let mut args = vec!["check", "--color", "never"];
    args.extend(articles.iter().map(String::as_str));
    let out = root_command().args(&args).assert_exit_code(1);
    assert_eq!(out.stderr, "");
    let command = format!("claimcheck check --color never {event}/*.txt");
    assert_snapshot!("check_human_derna", command, &out.stdout);
}

#[test]
fn json_report() {
    snapshot("json");
}

#[test]
fn sarif_report() {
    snapshot("sarif");
}

#[test]
fn github_report() {
    snapshot("github");
}

/// The report of `check --format json ARGS`, whatever the exit code.
fn check_json(args: &[&str]) -> Value {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let out = root_command().args(&all).output();
    serde_json::from_str(&out.stdout).expect("one JSON document")
}

/// `(kind, key)` of each finding of a JSON report.
fn findings(report: &Value) -> Vec<(String, String)> {
    let empty = Vec::new();
    report["findings"]
        .as_array()
        .unwrap_or(&empty)
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (s("kind"), s("key"))
        })
        .collect()
}

#[test]
fn seed_articles_findings() {
    let report = check_json(&["fixtures/pegasus"]);
    let found = findings(&report);
    assert_eq!(
        found[0],
        ("contradiction".into(), "government_member".into())
    );
    assert!(found.contains(&("agreement".into(), "media_outlet".into())));
    assert!(found.contains(&("compatible".into(), "phone_number".into())));
    assert_eq!(report["summary"]["sources"], 5);
}

#[test]
fn reports_are_byte_for_byte_stable() {
    for format in ["human", "json", "sarif", "github"] {
        let run = || {
            root_command()
                .args([
                    "check",
                    "--format",
                    format,
                    "fixtures/pegasus-en",
                    "fixtures/pegasus",
                ])
                .output()
                .stdout
        };
        assert_eq!(run(), run(), "{format}");
    }
}

#[test]
fn exit_1_on_contradictions_0_with_fail_on_never() {
    let failing = root_command()
        .args(["check", "fixtures/pegasus"])
        .assert_exit_code(1);
    let never = root_command()
        .args(["check", "--fail-on", "never", "fixtures/pegasus"])
        .stdout();
    assert_eq!(
        failing.stdout, never,
        "--fail-on changes the exit code only"
    );
}

#[test]
fn agreeing_sources_exit_0_and_are_not_written_to() {
    let dir = Dir::new();
    let a = "Dix-sept organisations de médias ont participé à l’enquête.\n";
    let b = "Seventeen media organisations took part in the investigation.\n";
    let facts = "\
source: {id: desk, lang: en}
claims:
  - {id: outlets, key: media_outlet, value: 17}
";
    dir.create("sources/a.txt", a);
    dir.create("sources/b.txt", b);
    dir.create("sources/facts.yaml", facts);
    let out = dir.command().args(["check", "sources"]).stdout();
    assert_eq!(
        out,
        "info[agreement]: media_outlet — 17\n |\n = note: 3 sources agree: 17.\n\n\
         3 sources, 3 claims: 0 contradictions, 0 compatible, 1 agreement\n"
    );
    let read = |name: &str| std::fs::read_to_string(dir.path().join(name)).unwrap_or_default();
    assert_eq!(
        (
            read("sources/a.txt"),
            read("sources/b.txt"),
            read("sources/facts.yaml")
        ),
        (a.to_string(), b.to_string(), facts.to_string())
    );
}

#[test]
fn sources_without_claims_exit_0() {
    let dir = Dir::new();
    dir.create("a.txt", "Rien à signaler.\n");
    let out = dir.command().args(["check", "a.txt"]).stdout();
    assert_eq!(
        out,
        "1 source, 0 claims: 0 contradictions, 0 compatible, 0 agreements\n"
    );
}

#[test]
fn missing_path_exits_2_and_the_rest_is_checked() {
    let out = root_command()
        .args(["check", "fixtures/pegasus", "nope.txt"])
        .assert_exit_code(2);
    assert_eq!(
        out.stderr,
        "claimcheck: error: nope.txt: no such file or directory\n"
    );
    // The contradiction is still reported; the input error decides the code.
    assert!(out
        .stdout
        .contains("error[contradiction]: government_member"));
    let summary = out.stdout.lines().last().unwrap_or_default();
    assert!(summary.starts_with("5 sources, "), "{}", out.stdout);
}

#[test]
fn invalid_fact_file_exits_2() {
    let dir = Dir::new();
    dir.create("a.txt", "17 médias ont enquêté.\n");
    dir.create(
        "bad.yaml",
        "source: {id: x, lang: fr}\nclaims:\n  - {id: a, key: media_outlet, value: 17, colour: red}\n",
    );
    let out = dir
        .command()
        .args(["check", "a.txt", "bad.yaml"])
        .assert_exit_code(2);
    assert!(
        out.stderr.starts_with("claimcheck: error: bad.yaml:3:"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("colour"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert!(out.stdout.starts_with("1 source, "), "{}", out.stdout);
}

#[test]
fn usage_errors_exit_2() {
    let err = root_command().args(["check"]).assert_err();
    assert!(
        err.contains("required arguments were not provided"),
        "{err}"
    );
    let err = root_command()
        .args(["check", "--fail-on", "sometimes", "fixtures/pegasus"])
        .assert_err();
    assert!(err.contains("invalid value 'sometimes'"), "{err}");
}

#[test]
fn against_reports_only_draft_versus_references() {
    let report = check_json(&[
        "fixtures/pegasus-en/en_02_israel_talks.txt",
        "--against",
        "fixtures/pegasus",
    ]);
    // The references disagree with each other on the government members
    // (14 vs 15): not the draft's business. The draft says 16 media
    // organisations where the references say 17; its other figures agree.
    let found = findings(&report);
    assert_eq!(
        found[0],
        ("contradiction".to_string(), "media_outlet".to_string())
    );
    assert!(
        found[1..].iter().all(|(kind, _)| kind == "agreement"),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(_, key)| key == "government_member"),
        "{found:?}"
    );
    let claims = report["findings"][0]["claims"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let drafts: Vec<&Value> = claims
        .iter()
        .filter(|c| c["source"] == "fixtures/pegasus-en/en_02_israel_talks.txt")
        .collect();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0]["value"], 16);
    assert_eq!(report["summary"]["sources"], 6);
}

#[test]
fn against_with_a_draft_that_agrees_exits_0() {
    let dir = Dir::new();
    dir.create("draft.txt", "Dix-sept médias ont participé à l’enquête.\n");
    dir.create("refs/a.txt", "17 organisations de médias.\n");
    dir.create("refs/b.txt", "16 organisations de médias.\n");
    let out = dir
        .command()
        .args(["check", "draft.txt", "--against", "refs/a.txt"])
        .stdout();
    assert_eq!(
        out,
        "draft.txt:1:1  confirmed  media_outlet  17 (draft) is confirmed by a.\n\n\
         2 sources, 2 claims: 0 contradictions, 0 compatible, 1 agreement; checked figures: \
         1 confirmed, 0 compatible, 0 contradicted, 0 updates, 0 with no source\n"
    );
    // Against both references, the draft contradicts one of them.
    let out = dir
        .command()
        .args(["check", "draft.txt", "--against", "refs"])
        .assert_exit_code(1);
    assert!(
        out.stdout
            .contains("\nerror[contradiction]: media_outlet — 17 against 16, 17\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn draft_on_stdin_against_references() {
    let out = root_command()
        .args([
            "check",
            "-",
            "--against",
            "fixtures/pegasus",
            "--format",
            "github",
        ])
        .stdin("Selon nos informations, 16 organisations de médias ont participé.\n")
        .assert_exit_code(1);
    assert!(
        out.stdout
            .starts_with("::error file=-,line=1,col=25,endColumn=51,"),
        "{}",
        out.stdout
    );
}

/// Two sources whose figures come from different claimants: a contradiction
/// of severity warning.
fn claimants(dir: &Dir) {
    dir.create(
        "a.txt",
        "Selon la préfecture, 80 000 manifestants ont défilé.\n",
    );
    dir.create(
        "b.txt",
        "Selon les syndicats, plus de 200 000 manifestants ont défilé.\n",
    );
}

#[test]
fn fail_on_warning() {
    let dir = Dir::new();
    claimants(&dir);
    let out = dir.command().args(["check", "a.txt", "b.txt"]).stdout();
    assert!(
        out.starts_with("warning[contradiction]: protester"),
        "{out}"
    );
    dir.command()
        .args(["check", "--fail-on", "warning", "a.txt", "b.txt"])
        .assert_exit_code(1);
    dir.command()
        .args(["check", "--fail-on", "error", "a.txt", "b.txt"])
        .assert_exit_code(0);
    let github = dir
        .command()
        .args(["check", "--format", "github", "a.txt", "b.txt"])
        .stdout();
    assert!(
        github.starts_with("::warning file=a.txt,line=1,col=22,endColumn=41,"),
        "{github}"
    );
}

#[test]
fn colours() {
    let has_escape = |args: &[&str], no_color: Option<&str>| {
        let mut command = root_command();
        command.args(args);
        if let Some(value) = no_color {
            command.env("NO_COLOR", value);
        }
        command.output().stdout.contains('\u{1b}')
    };
    let check = ["check", "fixtures/pegasus"];
    // Standard output is a pipe here: `auto` does not colour.
    assert!(!has_escape(&check, None));
    assert!(!has_escape(
        &[&check[..], &["--color", "auto"]].concat(),
        None
    ));
    assert!(!has_escape(
        &[&check[..], &["--color", "never"]].concat(),
        None
    ));
    assert!(!has_escape(&check, Some("1")));
    assert!(has_escape(
        &[&check[..], &["--color", "always"]].concat(),
        None
    ));
    // An explicit `always` wins over NO_COLOR, as no-color.org asks.
    assert!(has_escape(
        &[&check[..], &["--color", "always"]].concat(),
        Some("1")
    ));
    // Machine formats never carry colour.
    assert!(!has_escape(
        &[&check[..], &["--color", "always", "--format", "json"]].concat(),
        None
    ));
}

#[test]
fn accepted_differences_are_shown_and_do_not_fail() {
    let dir = Dir::new();
    dir.create("a.txt", "Dix-sept organisations de médias ont participé.\n");
    let facts = "\
source: {id: b, lang: fr}
claims:
  - {id: outlets, key: media_outlet, value: 16, quote: 16 médias}
accepted:
  - key: media_outlet
    values: [16, 17]
    reason: the desk checked both figures
";
    dir.create("b.yaml", facts);
    let out = dir.command().args(["check", "a.txt", "b.yaml"]).stdout();
    assert!(
        out.starts_with("accepted[contradiction]: media_outlet — 16 vs 17\n"),
        "{out}"
    );
    assert!(
        out.contains(" = note: accepted: the desk checked both figures\n"),
        "{out}"
    );
    let github = dir
        .command()
        .args([
            "check",
            "--format",
            "github",
            "--fail-on",
            "warning",
            "a.txt",
            "b.yaml",
        ])
        .stdout();
    assert_eq!(github.lines().count(), 1, "only the summary: {github}");
    let sarif: Value = serde_json::from_str(
        &dir.command()
            .args(["check", "--format", "sarif", "a.txt", "b.yaml"])
            .stdout(),
    )
    .expect("SARIF is JSON");
    let suppression = &sarif["runs"][0]["results"][0]["suppressions"][0];
    assert_eq!(suppression["kind"], "external");
    assert_eq!(
        suppression["justification"],
        "the desk checked both figures"
    );
}

#[test]
fn a_source_named_twice_is_read_once() {
    let once = root_command()
        .args(["check", "--format", "json", "fixtures/pegasus"])
        .output()
        .stdout;
    let twice = root_command()
        .args([
            "check",
            "--format",
            "json",
            "fixtures/pegasus",
            "fixtures/pegasus/000_12918908927db071.txt",
        ])
        .output()
        .stdout;
    assert_eq!(once, twice);
}
