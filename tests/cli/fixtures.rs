//! Snapshots of `extract` on the five seed articles of `fixtures/pegasus/`,
//! in both formats: every change to what is found, or to how it is printed,
//! shows up as a diff to review (`cargo insta review`).

use crate::util::{root_command, ROOT};

/// The file names of the seed articles, in path order.
pub fn pegasus_files() -> Vec<String> {
    let dir = std::path::Path::new(ROOT).join("fixtures/pegasus");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures/pegasus exists")
        .map(|entry| {
            entry
                .expect("readable entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5, "{names:?}");
    names
}

/// Runs `extract --format FORMAT` on one seed article and snapshots stdout.
fn snapshot(format: &str) {
    for name in pegasus_files() {
        let path = format!("fixtures/pegasus/{name}");
        let out = root_command()
            .args(["extract", "--format", format, &path])
            .stdout();
        let stem = name.trim_end_matches(".txt");
        let command = format!("claimcheck extract --format {format} {path}");
        assert_snapshot!(format!("{format}_{stem}"), command, &out);
    }
}

#[test]
fn pegasus_jsonl() {
    snapshot("jsonl");
}

#[test]
fn pegasus_human() {
    snapshot("human");
}

#[test]
fn directory_is_the_files_in_path_order() {
    let whole = root_command()
        .args(["extract", "--format", "jsonl", "fixtures/pegasus"])
        .stdout();
    let mut parts = String::new();
    for name in pegasus_files() {
        let path = format!("fixtures/pegasus/{name}");
        parts += &root_command()
            .args(["extract", "--format", "jsonl", &path])
            .stdout();
    }
    assert_eq!(whole, parts);
}

#[test]
fn output_is_deterministic() {
    let run = || {
        root_command()
            .args(["extract", "fixtures/pegasus"])
            .stdout()
    };
    assert_eq!(run(), run());
}
