//! The README's examples, run: every indented block that starts with
//! `$ claimcheck …` is a command, and the lines after it are what it prints
//! (stdout then stderr), in order, `…` standing for lines left out. A README
//! that no longer says what the tool does fails here.
//!
//! Commands run from a copy of the situation they describe: a temporary
//! directory where `fixtures` is the repository's, and the few files the
//! README names that the repository does not have (a draft, articles in a
//! legacy encoding, a file that mixes encodings) are created as the README
//! describes them.

use std::path::Path;

use crate::util::{Dir, TestCommand, ROOT};

/// One example of the README: its line, the command's arguments, and the
/// lines it must print.
struct Example {
    line: usize,
    args: Vec<String>,
    expected: Vec<String>,
}

/// The examples of `text`: indented blocks (four spaces) whose first line
/// is `$ claimcheck …`. A block runs on through blank lines while the next
/// line is still indented.
fn examples(text: &str) -> Vec<Example> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(command) = lines[i].strip_prefix("    $ claimcheck ") else {
            i += 1;
            continue;
        };
        let line = i + 1;
        let mut expected = Vec::new();
        i += 1;
        while i < lines.len() {
            let next_indented = lines[i..]
                .iter()
                .find(|l| !l.is_empty())
                .is_some_and(|l| l.starts_with("    "));
            if lines[i].is_empty() && !next_indented {
                break;
            }
            if !lines[i].is_empty() && !lines[i].starts_with("    ") {
                break;
            }
            let shown = lines[i].strip_prefix("    ").unwrap_or("");
            if !shown.trim().is_empty() && shown.trim() != "…" {
                expected.push(shown.trim_end().to_string());
            }
            i += 1;
        }
        out.push(Example {
            line,
            args: command.split_whitespace().map(str::to_string).collect(),
            expected,
        });
    }
    out
}

/// The files the README's examples name that the repository does not have.
fn situation() -> Dir {
    let dir = Dir::new();
    std::os::unix::fs::symlink(
        Path::new(ROOT).join("fixtures"),
        dir.path().join("fixtures"),
    )
    .expect("link the fixtures");
    dir.create(
        "draft.txt",
        "Projet Pegasus : ce que nous savons.\n\
         Quelque 50.000 numéros de téléphone ont été sélectionnés par des clients de NSO.\n\
         Dix-sept organisations de médias ont mené l'enquête.\n\
         Selon Le Monde, 24 autres membres du gouvernement français figurent sur la liste.\n\
         Une trentaine de journalistes ont été ciblés au Maroc.\n\
         Le président a demandé une enquête.\n\
         L'entreprise dément.\n\
         La suite demain.\n",
    );
    dir.create("articles/a.txt", "Dix-sept médias ont participé.\n");
    dir.create_bytes("articles/b.txt", b"Il y a 17 m\xe9dias.\n");
    dir.create_bytes(
        "mixed.txt",
        b"Plus de 50 000 num\xc3\xa9ros de t\xc3\xa9l\xc3\xa9phone.\nDix-sept m\xe9dias ont particip\xe9.\n",
    );
    dir
}

/// `args` with a `*` pattern in its last part expanded to the matching
/// files in `dir`, sorted, as a shell would.
fn expand(args: &[String], dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for arg in args {
        let Some((folder, pattern)) = arg.rsplit_once('/').filter(|(_, p)| p.contains('*')) else {
            out.push(arg.clone());
            continue;
        };
        let (prefix, suffix) = pattern.split_once('*').unwrap_or((pattern, ""));
        let mut names: Vec<String> = std::fs::read_dir(dir.join(folder))
            .expect("the pattern's folder")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with(prefix) && n.ends_with(suffix))
            .map(|n| format!("{folder}/{n}"))
            .collect();
        names.sort();
        out.extend(names);
    }
    out
}

#[test]
fn every_readme_example_prints_what_the_readme_shows() {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("README.md")).expect("README");
    let examples = examples(&readme);
    assert!(examples.len() >= 7, "found {} examples", examples.len());
    let dir = situation();
    let mut failures = Vec::new();
    for example in examples {
        let args = expand(&example.args, dir.path());
        let out = TestCommand::new(dir.path())
            .args(&args)
            .env("NO_COLOR", "1")
            .output();
        let printed = format!("{}{}", out.stdout, out.stderr);
        let mut lines = printed.lines().map(str::trim_end);
        if let Some(missing) = example
            .expected
            .iter()
            .find(|expected| !lines.any(|l| l == expected.as_str()))
        {
            failures.push(format!(
                "README.md:{}: `claimcheck {}` does not print, in this order:\n{missing}\n\
                 --- it printed ---\n{printed}",
                example.line,
                example.args.join(" "),
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_files_the_project_refers_to_exist() {
    // claims/README.md points at the design notes' value table.
    let claims = std::fs::read_to_string(Path::new(ROOT).join("claims/README.md")).expect("read");
    assert!(claims.contains("(../docs/DESIGN.md)"));
    let design = std::fs::read_to_string(Path::new(ROOT).join("docs/DESIGN.md")).expect("read");
    assert!(design.contains("## Value semantics"));
}

#[test]
fn a_plain_yaml_alias_loads_as_the_readme_says() {
    let dir = Dir::new();
    dir.create(
        "alias.yaml",
        "source: {id: x, lang: fr}\nclaims:\n  - {id: a, key: k, value: &v 17}\n  \
         - {id: b, key: j, value: *v}\n",
    );
    let out = dir.command().args(["check", "alias.yaml"]).stdout();
    assert!(out.starts_with("1 source, 2 claims"), "{out}");
}
