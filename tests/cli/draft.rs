//! The editor's desk: a draft checked `--against` its sources. The report is
//! about the draft: one line per figure of it (confirmed, compatible,
//! contradicted, update, no source), the draft first in every finding, the
//! title and explanation naming its figure against the references, the
//! references' own disagreements left out unless `--all`; the summary counts
//! each verdict; JSON and SARIF carry the same; GitHub annotations land on
//! the draft only. In French and in English.

use serde_json::Value;

use crate::schema::report_errors;
use crate::util::{Dir, ROOT};

/// A French draft of eight sentences with one wrong figure (24 members of
/// the government where the sources say 14 and 15), figures written
/// otherwise than the sources ("Quelque 50.000", "Dix-sept"), and one the
/// sources do not give.
const DRAFT_FR: &str = "\
Projet Pegasus : ce que nous savons.
Quelque 50.000 numéros de téléphone ont été sélectionnés par des clients de NSO.
Dix-sept organisations de médias ont mené l'enquête.
Selon Le Monde, 24 autres membres du gouvernement français figurent sur la liste.
Une trentaine de journalistes ont été ciblés au Maroc.
Le président a demandé une enquête.
L'entreprise dément.
La suite demain.
";

/// The same in English, against the English articles: "Some 50,000" as one
/// source words it, 17 media organisations where one source says 16 (the
/// draft sides with the other two), 18 ministers where the sources say at
/// least 14 and fourteen, and lawyers no source counts.
const DRAFT_EN: &str = "\
Pegasus: what we know.
Some 50,000 phone numbers were selected by clients of NSO.
Seventeen media organisations took part in the investigation.
According to Le Monde, 18 ministers were on the list.
About 40 lawyers were targeted in Morocco.
";

/// Runs `check draft.txt --against REFS ARGS` on `draft` in a temporary
/// directory, asserting the exit code, and returns stdout.
fn check_draft(draft: &str, refs: &str, args: &[&str], code: i32) -> String {
    let dir = Dir::new();
    dir.create("draft.txt", draft);
    let refs = format!("{ROOT}/{refs}");
    let mut all = vec!["check", "draft.txt", "--against", refs.as_str()];
    all.extend_from_slice(args);
    let out = dir.command().args(&all).assert_exit_code(code);
    assert_eq!(out.stderr, "", "{all:?}");
    out.stdout.replace(&format!("{ROOT}/"), "")
}

#[test]
fn a_french_draft_gets_one_verdict_per_figure_and_comes_first() {
    let out = check_draft(DRAFT_FR, "fixtures/pegasus", &[], 1);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[..4],
        [
            "draft.txt:2:1   compatible    phone_number          about 50000 (draft) can be true \
             with 50000 (000_12918908927db071, 002_f5b24c6029b0b04f) and more than 50000 \
             (001_b3c354b7dbdace24, 003_b2647327296e7a23), reading 50000 as a round figure \
             (±2500).",
            "draft.txt:3:1   confirmed     media_outlet          17 (draft) is confirmed by \
             000_12918908927db071, 001_b3c354b7dbdace24, 002_f5b24c6029b0b04f, \
             003_b2647327296e7a23 and 004_3e52b1bc84b32e47.",
            "draft.txt:4:17  contradicted  government_member     24 (draft, according to Le \
             Monde) cannot be true with 14 (003_b2647327296e7a23, according to les médias \
             français Le Monde et Radio France) and 15 (000_12918908927db071).",
            "draft.txt:5:1   no source     journalist (Morocco)  No reference counts journalist \
             (Morocco).",
        ]
    );
    // One finding in full: the draft's figure against the references, the
    // draft first, its row first in the table; the references' own 14 vs 15
    // is not a finding.
    assert_eq!(
        lines[5],
        "error[contradiction]: government_member — 24 against 14, 15"
    );
    let first_location = lines.iter().find(|l| l.contains("-->"));
    assert_eq!(first_location, Some(&" --> draft.txt:4:17"), "{out}");
    let table_row = lines.iter().position(|l| l.contains("draft 4:17"));
    let other_rows = lines
        .iter()
        .position(|l| l.contains("000_12918908927db071 5:125"));
    assert!(table_row < other_rows, "{out}");
    assert_eq!(out.matches("error[").count(), 1, "{out}");
    assert!(!out.contains("14 vs 15"), "{out}");
    assert!(
        out.ends_with(
            "6 sources, 19 claims: 1 contradiction, 1 compatible, 1 agreement; checked figures: \
             1 confirmed, 1 compatible, 1 contradicted, 0 updates, 1 with no source\n"
        ),
        "{out}"
    );
    // `--all` adds what the references say among themselves.
    let all = check_draft(DRAFT_FR, "fixtures/pegasus", &["--all"], 1);
    assert!(
        all.contains("error[contradiction]: government_member — 14 vs 15\n"),
        "{all}"
    );
}

#[test]
fn an_english_draft_gets_one_verdict_per_figure() {
    let out = check_draft(DRAFT_EN, "fixtures/pegasus-en", &[], 1);
    let verdicts: Vec<(&str, &str)> = out
        .lines()
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let cells: Vec<&str> = l.split("  ").filter(|c| !c.is_empty()).collect();
            (cells[0].trim(), cells[1].trim())
        })
        .collect();
    assert_eq!(
        verdicts,
        [
            ("draft.txt:2:1", "confirmed"),
            ("draft.txt:3:1", "contradicted"),
            ("draft.txt:4:24", "contradicted"),
            ("draft.txt:5:1", "no source"),
        ],
        "{out}"
    );
    assert!(
        out.contains(
            "error[contradiction]: media_outlet — 17 against 16, 17\n  |\n  =   value  sources"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "17 (draft) cannot be true with 16 (en_02_israel_talks). It agrees with \
             en_01_macron_phone and en_03_journalists_france.\n"
        ),
        "{out}"
    );
}

#[test]
fn json_sarif_and_github_carry_the_same_verdicts() {
    let json: Value = serde_json::from_str(&check_draft(
        DRAFT_FR,
        "fixtures/pegasus",
        &["--format", "json"],
        1,
    ))
    .expect("JSON");
    let errors = report_errors(&json);
    assert!(errors.is_empty(), "{errors:#?}");
    let figures = json["figures"].as_array().cloned().unwrap_or_default();
    let verdicts: Vec<&str> = figures
        .iter()
        .map(|f| f["verdict"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        verdicts,
        ["compatible", "confirmed", "contradicted", "no_source"]
    );
    assert_eq!(figures[2]["claim"]["source"], "draft.txt");
    assert_eq!(figures[2]["claim"]["value"], 24);
    assert_eq!(
        json["summary"]["figures"],
        serde_json::json!({"confirmed": 1, "compatible": 1, "contradicted": 1, "updates": 0,
                           "no_source": 1})
    );
    for finding in json["findings"].as_array().cloned().unwrap_or_default() {
        assert_eq!(finding["checked"], 0, "{finding}");
        assert_eq!(finding["claims"][0]["source"], "draft.txt", "{finding}");
    }
    let sarif: Value = serde_json::from_str(&check_draft(
        DRAFT_FR,
        "fixtures/pegasus",
        &["--format", "sarif"],
        1,
    ))
    .expect("SARIF");
    let run = &sarif["runs"][0];
    let result = &run["results"][0];
    let uri = |l: &Value| l["physicalLocation"]["artifactLocation"]["uri"].clone();
    assert_eq!(result["locations"].as_array().map(Vec::len), Some(1));
    assert_eq!(uri(&result["locations"][0]), "draft.txt");
    assert_eq!(result["relatedLocations"].as_array().map(Vec::len), Some(2));
    assert_eq!(run["properties"]["figures"], json["figures"]);
    assert_eq!(run["properties"]["summary"], json["summary"]);
    let github = check_draft(
        DRAFT_FR,
        "fixtures/pegasus",
        &["--format", "github", "--all"],
        1,
    );
    let annotations: Vec<&str> = github.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), 1, "{github}");
    assert!(
        annotations[0].starts_with("::error file=draft.txt,line=4,col=17,"),
        "{github}"
    );
    assert!(
        annotations[0].ends_with(
            "::24 (draft, according to Le Monde) cannot be true with 14 \
             (003_b2647327296e7a23, according to les médias français Le Monde et Radio France) \
             and 15 (000_12918908927db071)."
        ),
        "{github}"
    );
}

#[test]
fn the_html_report_of_a_draft_marks_each_figure_by_its_verdict() {
    let dir = Dir::new();
    dir.create("draft.txt", DRAFT_FR);
    let refs = format!("{ROOT}/fixtures/pegasus");
    dir.command()
        .args([
            "check",
            "draft.txt",
            "--against",
            refs.as_str(),
            "--format",
            "html",
            "--output",
            "report.html",
        ])
        .assert_exit_code(1);
    let page = std::fs::read_to_string(dir.path().join("report.html")).expect("the report");
    // One row per checked figure, in the draft's order.
    let rows: Vec<&str> = page
        .lines()
        .filter(|l| l.starts_with("<tr class=\"figure\">"))
        .collect();
    assert_eq!(rows.len(), 4, "{page}");
    let verdicts = [
        "v-compatible",
        "v-confirmed",
        "v-contradicted",
        "v-no-source",
    ];
    for (row, verdict) in rows.iter().zip(verdicts) {
        assert!(row.contains(verdict), "{row}");
    }
    // The draft's text, each figure marked by its verdict and linked to its
    // finding (no finding: no link).
    assert!(
        page.contains("Selon Le Monde, <a class=\"m-contradicted\" href=\"#finding-1\""),
        "{page}"
    );
    assert!(
        page.contains(">24 autres membres du gouvernement français figurent</a>"),
        "{page}"
    );
    assert!(
        page.contains("<span class=\"fig m-no-source\" title=\"no source: No reference counts journalist (Morocco).\">Une trentaine de journalistes</span>"),
        "{page}"
    );
    // The finding: the draft's figure first.
    let finding = page.find("id=\"finding-1\"").unwrap_or_default();
    let other = page[finding..].find("<div class=\"claim\">");
    let checked = page[finding..].find("<div class=\"claim checked\">");
    assert!(checked.is_some() && checked < other, "{page}");
}
