//! `--help` is the user's first documentation: snapshot it so that every
//! change to it is seen and reviewed.

use crate::util::root_command;

#[test]
fn help() {
    let out = root_command().args(["--help"]).stdout();
    assert!(out.contains("Exit codes:"));
    assert_snapshot!("help", "claimcheck --help", &out);
}

#[test]
fn extract_help() {
    let out = root_command().args(["extract", "--help"]).stdout();
    assert!(out.contains("Exit codes:"));
    assert_snapshot!("extract_help", "claimcheck extract --help", &out);
}

#[test]
fn check_help() {
    let out = root_command().args(["check", "--help"]).stdout();
    assert!(out.contains("Exit codes:"));
    assert_snapshot!("check_help", "claimcheck check --help", &out);
}

#[test]
fn no_subcommand_is_a_usage_error() {
    let err = root_command().args::<_, &str>([]).assert_err();
    assert!(err.contains("Usage: claimcheck <COMMAND>"), "{err}");
}

#[test]
fn unknown_option_is_a_usage_error() {
    let err = root_command().args(["extract", "--colour"]).assert_err();
    assert!(err.contains("unexpected argument '--colour'"), "{err}");
}
