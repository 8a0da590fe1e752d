//! End-to-end tests of the `claimcheck` binary: what a user types, what they
//! see on stdout and stderr, and the exit code.
//!
//! One binary for all of them (cargo links each test file separately, and
//! linking is most of the build time). The helpers are in `util`; each other
//! module covers one area.

/// Asserts an insta snapshot kept in `tests/snapshots/` under `$name`,
/// described in the snapshot file by the command line that printed it.
macro_rules! assert_snapshot {
    ($name:expr, $command:expr, $value:expr $(,)?) => {{
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path("../snapshots");
        settings.set_prepend_module_to_snapshot(false);
        settings.set_description($command);
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!($name, $value));
    }};
}

mod util;

mod bad_input;
mod check;
mod ci;
mod dated;
mod draft;
mod extract;
mod factfiles;
mod fixtures;
mod help;
mod html;
mod input;
mod readme;
mod schema;
mod web;
