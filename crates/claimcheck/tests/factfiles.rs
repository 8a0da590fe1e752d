//! Fact files against their documents: the gold files stay true to the
//! fixtures, and a fact file that drifted from its article is caught with
//! both places.

use std::path::{Path, PathBuf};

use claimcheck::check::Input;
use claimcheck::concept::Concepts;
use claimcheck::factfile::{drift, Facts};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn facts(input: Input) -> Facts {
    match input {
        Input::Facts(f) => f,
        Input::Document(_) => panic!("expected a fact file"),
    }
}

#[test]
fn gold_files_match_their_documents() {
    for dir in ["claims/pegasus", "claims/pegasus-en"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let facts = facts(Input::load(&path, None).unwrap_or_else(|e| panic!("{e}")));
            let findings = drift(&facts, Concepts::builtin()).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                findings.is_empty(),
                "{}: {:?}",
                path.display(),
                findings.iter().map(|f| &f.explanation).collect::<Vec<_>>()
            );
        }
    }
}

fn temp_case(document: &str, facts_yaml: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("article.txt"), document).unwrap();
    let facts = dir.path().join("facts.yaml");
    std::fs::write(&facts, facts_yaml).unwrap();
    (dir, facts)
}

#[test]
fn a_changed_figure_is_a_contradiction_with_both_places() {
    let (_dir, path) = temp_case(
        "Un consortium de\n16 médias a publié l'enquête.",
        "source: {id: a, document: article.txt, lang: fr}\nclaims:\n  - id: media\n    key: media_outlet\n    value: 17\n    quote: \"médias a publié\"\n",
    );
    let facts = facts(Input::load(&path, None).unwrap());
    let findings = drift(&facts, Concepts::builtin()).unwrap();
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    assert_eq!(f.claims[0].line, 3);
    assert_eq!(f.claims[1].line, 2);
    let name = path.display().to_string();
    assert_eq!(
        f.explanation,
        format!("{name}:3:5 declares 17 where its document article.txt:2:1 now says 16: update the fact file or the article.")
    );
}

/// The drift explanations of a fact file over `document`, one claim of
/// `media_outlet` quoting "médias a publié".
fn drift_of(document: &str, claim: &str) -> Vec<String> {
    let (_dir, path) = temp_case(
        document,
        &format!("source: {{id: a, document: article.txt, lang: fr}}\nclaims:\n  - {{id: media, quote: \"médias a publié\", {claim}}}\n"),
    );
    let facts = facts(Input::load(&path, None).unwrap());
    let name = path.display().to_string();
    drift(&facts, Concepts::builtin())
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|f| f.explanation.replace(&name, "facts.yaml"))
        .collect()
}

#[test]
fn qualifier_scope_and_key_drift_too() {
    let text = "Un consortium de plus de 16 médias a publié l'enquête.";
    // Everything agrees: no drift.
    assert!(drift_of(text, "key: media_outlet, value: 16, qualifier: more_than").is_empty());
    // Same value, another qualifier.
    assert_eq!(
        drift_of(text, "key: media_outlet, value: 16"),
        ["facts.yaml:3:6 declares 16 (its qualifier) where its document article.txt:1:18 now says more than 16: update the fact file or the article."]
    );
    // Same value and qualifier, another concept.
    assert_eq!(
        drift_of(text, "key: journalist, value: 16, qualifier: more_than"),
        ["facts.yaml:3:6 declares more than 16 journalist (its key) where its document article.txt:1:18 now says more than 16 media_outlet: update the fact file or the article."]
    );
    // A scope the document no longer gives.
    assert_eq!(
        drift_of(text, "key: media_outlet, value: 16, qualifier: more_than, scope: France"),
        ["facts.yaml:3:6 declares more than 16 in France (its scope) where its document article.txt:1:18 now says more than 16 with no scope: update the fact file or the article."]
    );
}

#[test]
fn a_quote_gone_from_the_document_is_an_error() {
    let (_dir, path) = temp_case(
        "Un consortium de 17 médias.",
        "source: {id: a, document: article.txt, lang: fr}\nclaims:\n  - id: media\n    key: media_outlet\n    value: 17\n    quote: \"17 organisations\"\n",
    );
    let facts = facts(Input::load(&path, None).unwrap());
    let err = drift(&facts, Concepts::builtin()).unwrap_err().to_string();
    assert!(
        err.ends_with(":3:5: claim \"media\": quote \"17 organisations\" is not in article.txt"),
        "{err}"
    );
}

#[test]
fn a_missing_document_is_an_error_at_its_line() {
    let (_dir, path) = temp_case(
        "",
        "source:\n  id: a\n  document: gone.txt\n  lang: fr\nclaims: []\n",
    );
    let facts = facts(Input::load(&path, None).unwrap());
    let err = drift(&facts, Concepts::builtin()).unwrap_err().to_string();
    assert!(
        err.contains(":3:3: document \"gone.txt\" does not exist"),
        "{err}"
    );
}

/// Loads `bytes` as a fact file and returns the error message.
fn load_error(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.yaml");
    std::fs::write(&path, bytes).unwrap();
    match Input::load(&path, None) {
        Ok(_) => panic!(
            "{} loaded",
            String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
        ),
        Err(e) => e
            .to_string()
            .replace(&path.display().to_string(), "hostile.yaml"),
    }
}

#[test]
fn hostile_yaml_is_a_clear_error() {
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (name, prev) in [
        ("b", "a"),
        ("c", "b"),
        ("d", "c"),
        ("e", "d"),
        ("f", "e"),
        ("g", "f"),
        ("h", "g"),
        ("i", "h"),
    ] {
        bomb.push_str(&format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{prev}"); 9].join(", ")
        ));
    }
    bomb.push_str("source: {id: s, lang: fr}\nclaims: []\n");
    let deep = format!(
        "source: {{id: s, lang: fr}}\nclaims: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let mut big = String::from("source: {id: s, lang: fr}\nclaims:\n");
    while big.len() < 50_000_000 {
        big.push_str("  - {id: a, key: k, value: 1, quote: \"a long enough quote\"}\n");
    }
    let head = "source: {id: s, lang: fr}\nclaims:\n";
    let cases: Vec<(Vec<u8>, &str)> = vec![
        // The strict shape stops an alias bomb before any alias is expanded.
        (bomb.into_bytes(), "hostile.yaml:1:1: unknown field `a`, expected one of `source`, `claims`, `accepted`"),
        (deep.into_bytes(), "hostile.yaml:2:10: claims[0]: invalid type: sequence, expected struct FactClaim"),
        (big.into_bytes(), "hostile.yaml:1:1: fact file is 50.0 MB; fact files are limited to 8 MiB"),
        (b"source: {id: s, lang: fr}\nclaims:\n  - {id: a, key: k, value: 1, quote: \"caf\xe9\"}\n".to_vec(), "hostile.yaml:3:42: not valid UTF-8 (byte 0xe9"),
        (format!("{head}\t- {{id: a, key: k, value: 1}}\n").into_bytes(), "hostile.yaml:3:1: found character that cannot start any token"),
        (format!("{head}  - {{id: a, key: k, value: .nan}}\n").into_bytes(), "hostile.yaml:3:6: claim \"a\": value NaN is not a finite number"),
        (format!("{head}  - {{id: a, key: k, value: 1e400}}\n").into_bytes(), "hostile.yaml:3:28: claims[0].value: invalid type: string \"1e400\", expected f64"),
        (format!("{head}  - {{id: a, key: k, value: -1}}\n").into_bytes(), "hostile.yaml:3:6: claim \"a\": value -1 is negative"),
        (format!("{head}  - {{id: a, key: k}}\n").into_bytes(), "hostile.yaml:3:5: claims[0]: missing field `value`"),
        (format!("{head}  - {{id: a, key: k, value: 1, qualifier: roughly}}\n").into_bytes(), "hostile.yaml:3:42: claims[0].qualifier: unknown variant `roughly`, expected one of"),
        (b"source: {id: s, lang: de}\nclaims: []\n".to_vec(), "hostile.yaml:1:23: source.lang: unknown variant `de`, expected `fr` or `en`"),
        (b"\0\0\0binary".to_vec(), "hostile.yaml: binary file"),
    ];
    for (bytes, want) in cases {
        let err = load_error(&bytes);
        assert!(
            err.starts_with(want),
            "{err:?}\n does not start with\n{want:?}"
        );
    }
}
