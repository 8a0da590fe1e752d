//! Claim extraction measured field by field against every gold claim: the
//! fact files of the seed articles (`claims/`) and the development corpus
//! (`fixtures/dev-corpus/*/gold.yaml`).
//!
//! A single precision/recall figure with a floor hides a regression behind
//! the claims that still pass: losing one real claim, or every claimant,
//! moves it by a few points. So each gold claim is looked up in what the
//! library extracts from its document (the record whose span overlaps the
//! gold quote, as `score.py` finds it), and each field is judged on its own:
//!
//! - `found`: a record overlaps the quote;
//! - `value`: its value, interval and qualifier agree as `score.py`'s
//!   `value_agrees` has them;
//! - `qualifier`: its qualifier is the gold one;
//! - `key`: (claims/) the fact file's concept key;
//! - `has-key`: (dev corpus, whose gold keys name events, `libya.deaths.derna`)
//!   the record has a concept key at all;
//! - `key-together`, `key-apart`: (dev corpus) key consistency within an
//!   event, by majority. A gold key owns the tool comparison group (concept
//!   key and scope: what the consistency check groups by) most of its claims
//!   land in, and a group belongs to the gold key most of its claims have.
//!   `key-together` fails for a claim outside its gold key's group (split
//!   off, or with no key), `key-apart` for a claim in a group another gold
//!   key owns (lumped in with what it must not be compared with);
//! - `scope`: (claims/) the fact file's scope, `null` included;
//! - `claimant`: the gold `attributed_to` shares a word of three letters or
//!   more with the record's (as `score.py` compares them), or both name
//!   nobody.
//!
//! What fails today is listed in `tests/accuracy/known_misses.txt`. The test
//! fails when a claim and field outside the list fails (a regression; the
//! message says what was extracted instead) and when a listed one passes (the
//! list must shrink as the tool improves). `CLAIMCHECK_ACCURACY_WRITE=1 cargo
//! test -p claimcheck --test accuracy` rewrites the list from what fails now,
//! sorted.

// The test prints the per-field table, for the README.
#![allow(clippy::print_stdout)]

#[path = "support/gold.rs"]
mod gold;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use claimcheck::factfile::FactFile;
use claimcheck::quantity::Qualifier;
use claimcheck::record::{extract, Record};
use claimcheck::source::{ReadOptions, Source};

use gold::{claimant_words, event_dirs, load_event, occurrences, root, value_agrees, Gold};

/// The fields judged, in the order of the table.
const FIELDS: [&str; 9] = [
    "found",
    "value",
    "qualifier",
    "key",
    "has-key",
    "key-together",
    "key-apart",
    "scope",
    "claimant",
];

/// Gold claims taken out of the fact files in history and not put back: the
/// principle of `small_definite` (a definite count that points back to things
/// just named is not a claim) says they are references, and the tool rightly
/// extracts no claim there. Each is checked to stay so; `(fact file, quote)`.
const EXCLUDED: [(&str, &str, &str); 3] = [
    (
        "claims/pegasus/001_b3c354b7dbdace24.yaml",
        "deux pays",
        "\"Israël et la France … entre les deux pays\" (840301c)",
    ),
    (
        "claims/pegasus/003_b2647327296e7a23.yaml",
        "deux pays",
        "\"l'Etat d'Israël … la France … entre nos deux pays\" (840301c)",
    ),
    (
        "claims/pegasus-en/en_02_israel_talks.yaml",
        "two countries",
        "\"Israel … France … between the two countries\" (840301c)",
    ),
];

const KNOWN_MISSES: &str = "tests/accuracy/known_misses.txt";

const HEADER: &str = "\
# Known misses of tests/accuracy.rs: one line per gold claim and field that
# claimcheck gets wrong today, as `<gold file or event>:<claim id> <field>`.
# The test fails when a claim and field not listed here fails (a regression)
# and when a listed one passes (delete its line: the list only shrinks).
# Fields: found, value, qualifier, key, has-key, key-together, key-apart,
# scope, claimant (their meaning is in the test's opening comment).
#
# Regenerate (sorted, deterministic) after a change that moves extraction:
#   CLAIMCHECK_ACCURACY_WRITE=1 cargo test -p claimcheck --test accuracy
# and review the diff: a new line is a claim or field the tool lost.
";

/// One gold claim, wherever its gold comes from.
struct Case {
    /// `claims/pegasus/000_x.yaml:cabinet-members` or `derna-floods-2023:dn.np.07`.
    name: String,
    /// The event, for key consistency; `None` for the fact files.
    event: Option<String>,
    gold: Gold,
    /// The fact file's scope (claims/ only; `Some(None)` is a stated `null`).
    scope: Option<Option<String>>,
    /// The record found at the quote.
    tool: Option<Record>,
}

/// The record at a gold claim's quote: among the records overlapping the
/// quote and not taken by an earlier gold claim, the one whose value agrees,
/// then one with a key, then the first.
fn find<'a>(
    records: &'a [Record],
    text: &str,
    g: &Gold,
    taken: &mut BTreeSet<usize>,
) -> Option<&'a Record> {
    let mut spans = occurrences(text, &g.quote);
    assert!(
        !spans.is_empty(),
        "gold quote not in {}: {:?}",
        g.doc,
        g.quote
    );
    if let Some(n) = g.occurrence.filter(|&n| n >= 1 && n <= spans.len()) {
        spans = vec![spans[n - 1]];
    }
    let (i, r) = records
        .iter()
        .enumerate()
        .filter(|(i, r)| !taken.contains(i) && spans.iter().any(|&(s, e)| r.start < e && s < r.end))
        .min_by_key(|(i, r)| (!value_agrees(r, g), r.key.is_none(), *i))?;
    taken.insert(i);
    Some(r)
}

fn read(path: &Path, lang: Option<claimcheck::lang::Lang>) -> (Vec<Record>, String) {
    let options = ReadOptions {
        lang,
        ..ReadOptions::default()
    };
    let source = Source::read(path, options).unwrap_or_else(|e| panic!("{e}"));
    (extract(&source), source.original().to_string())
}

fn fact_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![root().join("claims")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{e}")) {
            let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "yaml") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A path as the known misses name it: from the repository root, with `/`.
fn relative(path: &Path) -> String {
    let root = root().canonicalize().unwrap_or_else(|e| panic!("{e}"));
    let path = path.canonicalize().unwrap_or_else(|e| panic!("{e}"));
    let rel = path.strip_prefix(&root).unwrap_or(&path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn fact_file_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for path in fact_files() {
        let name = relative(&path);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let facts = FactFile::parse(&name, &text).unwrap_or_else(|e| panic!("{e}"));
        let document = facts
            .source
            .document
            .as_deref()
            .unwrap_or_else(|| panic!("{name}: gold files name their document"));
        let (records, original) = read(&root().join(document), Some(facts.source.lang));
        let mut taken = BTreeSet::new();
        for c in &facts.claims {
            let gold = Gold {
                id: c.id.clone(),
                doc: document.to_string(),
                quote: c.quote.clone().unwrap_or_default(),
                low: Some(c.value),
                high: Some(c.value),
                qualifier: c.qualifier.name().to_string(),
                key: Some(c.key.clone()),
                attributed_to: c.attributed_to.clone(),
                unit: false,
                occurrence: None,
                dont_care: false,
            };
            let tool = find(&records, &original, &gold, &mut taken).cloned();
            cases.push(Case {
                name: format!("{name}:{}", c.id),
                event: None,
                scope: Some(c.scope.clone()),
                gold,
                tool,
            });
        }
    }
    cases
}

fn corpus_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for dir in event_dirs() {
        let event = load_event(&dir);
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_else(|| panic!("{}: not a name", dir.display()))
            .to_string();
        let mut docs = BTreeMap::new();
        let mut taken: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
        for g in event.claims {
            let (records, original) = docs
                .entry(g.doc.clone())
                .or_insert_with(|| read(&dir.join(&g.doc), None));
            let taken = taken.entry(g.doc.clone()).or_default();
            let tool = find(records, original, &g, taken).cloned();
            cases.push(Case {
                name: format!("{name}:{}", g.id),
                event: Some(name.clone()),
                scope: None,
                gold: g,
                tool,
            });
        }
    }
    cases
}

/// The qualifier of a gold claim in the library's terms ("approx" and
/// "more-than" as the corpus writes them, "about" and "more_than" as fact
/// files do).
fn qualifier(name: &str) -> Option<Qualifier> {
    Some(match name.replace('-', "_").as_str() {
        "exact" => Qualifier::Exact,
        "approx" | "about" => Qualifier::About,
        "nearly" => Qualifier::Nearly,
        "more_than" => Qualifier::MoreThan,
        "at_least" => Qualifier::AtLeast,
        "less_than" => Qualifier::LessThan,
        "at_most" => Qualifier::AtMost,
        "range" => Qualifier::Range,
        _ => return None,
    })
}

/// The comparison group of a record: what the consistency check groups by.
fn group(r: &Record) -> Option<(String, Option<String>)> {
    r.key.clone().map(|k| (k, r.scope.clone()))
}

/// What was extracted, for a failure message.
fn extracted(c: &Case) -> String {
    match &c.tool {
        None => format!("nothing extracted at {:?}", c.gold.quote),
        Some(r) => format!(
            "extracted {:?}: value {:?} [{:?}, {:?}] {}, key {:?}, scope {:?}, claimant {:?}",
            r.text,
            r.value,
            r.low(),
            r.high(),
            r.qualifier.name(),
            r.key,
            r.scope,
            r.attributed_to
        ),
    }
}

/// Each applicable field of each case, and whether it passes.
fn judge(cases: &[Case]) -> BTreeMap<(String, &'static str), bool> {
    let owners = owners(cases);
    let mut out = BTreeMap::new();
    for c in cases {
        let t = c.tool.as_ref();
        let g = &c.gold;
        let mut put = |field: &'static str, pass: bool| {
            out.insert((c.name.clone(), field), pass);
        };
        put("found", t.is_some());
        put("value", t.is_some_and(|t| value_agrees(t, g)));
        put(
            "qualifier",
            t.is_some_and(|t| qualifier(&g.qualifier) == Some(t.qualifier)),
        );
        let claimant = match (g.attributed_to.as_deref(), t) {
            (_, None) => false,
            (None, Some(t)) => t.attributed_to.is_none(),
            (Some(a), Some(t)) => t
                .attributed_to
                .as_deref()
                .is_some_and(|b| !claimant_words(a).is_disjoint(&claimant_words(b))),
        };
        put("claimant", claimant);
        match &c.event {
            None => {
                put("key", t.is_some_and(|t| t.key == g.key));
                if let Some(scope) = &c.scope {
                    put("scope", t.is_some_and(|t| t.scope == *scope));
                }
            }
            Some(event) => {
                let mine = t.and_then(group);
                put("has-key", mine.is_some());
                let owners = &owners[event];
                put(
                    "key-together",
                    mine.as_ref()
                        .is_some_and(|m| owners.group_of.get(&g.key) == Some(m)),
                );
                put(
                    "key-apart",
                    mine.as_ref()
                        .is_none_or(|m| owners.key_of.get(m) == Some(&g.key)),
                );
            }
        }
    }
    out
}

/// A tool comparison group: concept key and scope.
type Group = (String, Option<String>);

/// Who owns what in one event, by majority: each gold key's group is the
/// tool group most of its claims land in, each tool group's key the gold
/// key most of its claims have (ties to the smallest, so that the result
/// is stable). A claim outside its key's group is split off; a claim in a
/// group another gold key owns is lumped in.
#[derive(Default)]
struct Owners {
    group_of: BTreeMap<Option<String>, Group>,
    key_of: BTreeMap<Group, Option<String>>,
}

fn owners(cases: &[Case]) -> BTreeMap<String, Owners> {
    let mut tallies: BTreeMap<&str, BTreeMap<(Option<String>, Group), usize>> = BTreeMap::new();
    for c in cases {
        let (Some(event), Some(group)) = (&c.event, c.tool.as_ref().and_then(group)) else {
            continue;
        };
        *tallies
            .entry(event)
            .or_default()
            .entry((c.gold.key.clone(), group))
            .or_default() += 1;
    }
    let mut out = BTreeMap::new();
    for (event, tally) in tallies {
        let mut o = Owners::default();
        let mut best_group: BTreeMap<&Option<String>, (usize, &Group)> = BTreeMap::new();
        let mut best_key: BTreeMap<&Group, (usize, &Option<String>)> = BTreeMap::new();
        // Ascending order, so a strictly larger count wins a tie's first.
        for ((key, group), &n) in &tally {
            if best_group.get(key).is_none_or(|(m, _)| n > *m) {
                best_group.insert(key, (n, group));
            }
            if best_key.get(group).is_none_or(|(m, _)| n > *m) {
                best_key.insert(group, (n, key));
            }
        }
        o.group_of = best_group
            .into_iter()
            .map(|(k, (_, g))| (k.clone(), g.clone()))
            .collect();
        o.key_of = best_key
            .into_iter()
            .map(|(g, (_, k))| (g.clone(), k.clone()))
            .collect();
        out.insert(event.to_string(), o);
    }
    out
}

/// Why a field failed: what was extracted, and for key consistency, with
/// which other gold claims.
fn why(cases: &[Case], c: &Case, field: &str) -> String {
    let mut why = extracted(c);
    if field == "key-together" || field == "key-apart" {
        let owners = owners(cases);
        let o = c.event.as_ref().and_then(|e| owners.get(e));
        let mine = c.tool.as_ref().and_then(group);
        if field == "key-together" {
            why.push_str(&format!(
                "; gold key {:?} mostly lands in {:?}",
                c.gold.key,
                o.and_then(|o| o.group_of.get(&c.gold.key))
            ));
        } else {
            why.push_str(&format!(
                "; gold key {:?}, but its group {:?} mostly holds gold key {:?}",
                c.gold.key,
                mine,
                o.zip(mine.as_ref()).and_then(|(o, m)| o.key_of.get(m))
            ));
        }
    } else if field == "claimant" {
        why.push_str(&format!("; gold claimant {:?}", c.gold.attributed_to));
    } else if field == "key" || field == "scope" {
        why.push_str(&format!("; gold key {:?}, scope {:?}", c.gold.key, c.scope));
    } else {
        why.push_str(&format!(
            "; gold [{:?}, {:?}] {}",
            c.gold.low, c.gold.high, c.gold.qualifier
        ));
    }
    why
}

/// The entries of the known-misses file (comments and blank lines aside).
fn known_misses(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The gold claims taken out of the fact files stay references: no keyed
/// claim where they stood.
fn excluded_stay_references() {
    for (file, quote, reason) in EXCLUDED {
        let text = std::fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{e}"));
        let facts = FactFile::parse(file, &text).unwrap_or_else(|e| panic!("{e}"));
        let document = facts.source.document.as_deref().unwrap_or_default();
        let (records, original) = read(&root().join(document), Some(facts.source.lang));
        let spans = occurrences(&original, quote);
        assert_eq!(spans.len(), 1, "{document}: {quote:?} once");
        let keyed: Vec<&Record> = records
            .iter()
            .filter(|r| r.key.is_some() && spans.iter().any(|&(s, e)| r.start < e && s < r.end))
            .collect();
        assert!(
            keyed.is_empty(),
            "{file}: {quote:?} is a reference ({reason}), yet claimcheck extracts {:?}",
            keyed.iter().map(|r| &r.text).collect::<Vec<_>>()
        );
    }
}

#[test]
fn every_gold_claim_field_by_field() {
    let mut cases = fact_file_cases();
    let seeds = cases.len();
    cases.extend(corpus_cases());
    assert!(seeds >= 29, "the gold of claims/ ({seeds} claims)");
    assert_eq!(cases.len() - seeds, 261, "the dev corpus's gold claims");
    excluded_stay_references();

    let judged = judge(&cases);
    let by_name: BTreeMap<&str, &Case> = cases.iter().map(|c| (c.name.as_str(), c)).collect();

    println!(
        "gold claims: {seeds} in claims/, {} in the dev corpus; excluded: {} (claims/ references taken out in history, checked to stay references)",
        cases.len() - seeds,
        EXCLUDED.len()
    );
    println!("{:<13} {:>12} {:>12}", "field", "claims/", "dev corpus");
    for field in FIELDS {
        let cell = |corpus: bool| {
            let (pass, total) = judged
                .iter()
                .filter(|((n, f), _)| *f == field && by_name[n.as_str()].event.is_some() == corpus)
                .fold((0, 0), |(p, t), (_, ok)| (p + usize::from(*ok), t + 1));
            if total == 0 {
                "-".to_string()
            } else {
                format!("{pass}/{total}")
            }
        };
        println!("{field:<13} {:>12} {:>12}", cell(false), cell(true));
    }
    for (label, corpus) in [("claims/", false), ("dev corpus", true)] {
        let tally = |named: bool| {
            judged
                .iter()
                .filter(|((n, f), _)| {
                    let c = by_name[n.as_str()];
                    *f == "claimant"
                        && c.event.is_some() == corpus
                        && c.gold.attributed_to.is_some() == named
                })
                .fold((0, 0), |(p, t), (_, ok)| (p + usize::from(*ok), t + 1))
        };
        let ((np, nt), (up, ut)) = (tally(true), tally(false));
        println!("claimant, {label}: gold names one {np}/{nt}, gold names none {up}/{ut}");
    }

    let failing: BTreeSet<String> = judged
        .iter()
        .filter(|(_, ok)| !**ok)
        .map(|((n, f), _)| format!("{n} {f}"))
        .collect();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(KNOWN_MISSES);
    if std::env::var_os("CLAIMCHECK_ACCURACY_WRITE").is_some() {
        let mut text = HEADER.to_string();
        for line in &failing {
            text.push_str(line);
            text.push('\n');
        }
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        println!("wrote {} known misses to {KNOWN_MISSES}", failing.len());
        return;
    }
    let listed = known_misses(&path);
    let mut problems = Vec::new();
    for line in failing.difference(&listed) {
        let (name, field) = line.rsplit_once(' ').unwrap_or((line, ""));
        problems.push(format!(
            "regression: {line}: {}",
            why(&cases, by_name[name], field)
        ));
    }
    for line in listed.difference(&failing) {
        let known = line
            .rsplit_once(' ')
            .is_some_and(|(n, f)| judged.keys().any(|(kn, kf)| kn == n && *kf == f));
        problems.push(if known {
            format!("now passes: {line}: delete its line from {KNOWN_MISSES}")
        } else {
            format!("no such gold claim and field: {line}: delete its line from {KNOWN_MISSES}")
        });
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) against {KNOWN_MISSES} (after a reviewed change that moves extraction, \
         regenerate it: CLAIMCHECK_ACCURACY_WRITE=1 cargo test -p claimcheck --test accuracy):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
