//! The HTML report in a real browser: the seed articles' report, with a
//! hostile article beside them, rendered by headless Chromium. The DOM must
//! hold every finding, and the hostile article's markup (`<script>`,
//! `"><img onerror>`, a right-to-left override) must stay text. The
//! screenshot is kept as a test artefact (`target/tmp/claimcheck-html/`).
//! `.ci/run` installs Debian's `chromium` when it is missing; without it,
//! the browser part is skipped outside CI and fails in CI.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use crate::util::{Dir, TestCommand, ROOT};

/// An article that tries to break out of the page, and contradicts the seed
/// articles (16 media organisations).
const HOSTILE: &str = "<script>alert('pwned')</script> \"><img src=x onerror=alert(2)> \
                       \u{202e}Selon nos informations, 16 organisations de médias ont enquêté.\n";

/// The headless browser, when one is installed.
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .find_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|dir| dir.join(name))
                    .find(|p| p.is_file())
            })
        })
}

/// Runs the browser headless on `page` with `args`, for at most a minute.
fn browse(browser: &Path, page: &Path, args: &[&str]) -> String {
    let out = Command::new("timeout")
        .arg("120")
        .arg(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run the browser");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The seed articles and the hostile one, in a temporary directory.
fn sources() -> Dir {
    let dir = Dir::new();
    std::os::unix::fs::symlink(
        Path::new(ROOT).join("fixtures"),
        dir.path().join("fixtures"),
    )
    .expect("link the fixtures");
    dir.create("hostile.txt", HOSTILE);
    dir
}

#[test]
fn the_html_report_is_one_page_with_every_finding() {
    let dir = sources();
    let out = dir
        .command()
        .args([
            "check",
            "--format",
            "html",
            "--output",
            "report.html",
            "fixtures/pegasus",
            "hostile.txt",
        ])
        .assert_exit_code(1);
    assert_eq!(out.stdout, "", "the report goes to the file");
    let page = std::fs::read_to_string(dir.path().join("report.html")).expect("the report");
    assert!(page.starts_with("<!DOCTYPE html>"));
    // Self-contained: no script, nothing loaded from elsewhere.
    for forbidden in ["<script", "<img", "<link", "src=\"", "@import", "url("] {
        assert!(!page.contains(forbidden), "{forbidden}");
    }
    let json: Value = serde_json::from_str(
        &dir.command()
            .args([
                "check",
                "--format",
                "json",
                "fixtures/pegasus",
                "hostile.txt",
            ])
            .output()
            .stdout,
    )
    .expect("JSON");
    let findings = json["findings"].as_array().cloned().unwrap_or_default();
    assert_eq!(
        page.matches("<section class=\"finding").count(),
        findings.len()
    );
    // Contradictions first.
    let first = page.find("[contradiction]");
    let compatible = page.find("[compatible]");
    assert!(first.is_some() && first < compatible, "{page}");
    // --output never writes over a source.
    let err = dir
        .command()
        .args([
            "check",
            "--format",
            "html",
            "--output",
            "hostile.txt",
            "hostile.txt",
        ])
        .assert_err();
    assert!(
        err.contains("refusing to write the report over a source"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("hostile.txt")).unwrap(),
        HOSTILE
    );
}

#[test]
// Says on stderr why the browser part is skipped on a machine without one.
#[allow(clippy::print_stderr)]
fn the_html_report_renders_in_a_browser_and_hostile_text_stays_inert() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI needs chromium (.ci/run installs it)"
        );
        eprintln!("skipped: no chromium to render the HTML report with");
        return;
    };
    let dir = sources();
    let report = dir.path().join("report.html");
    TestCommand::new(dir.path())
        .args([
            "check",
            "--format",
            "html",
            "--output",
            "report.html",
            "fixtures/pegasus",
            "hostile.txt",
        ])
        .assert_exit_code(1);
    let dom = browse(&browser, &report, &["--dump-dom"]);
    let titles = [
        "government_member — 14 vs 15",
        "media_outlet — 16 vs 17",
        "phone_number — 50000 vs more than 50000",
    ];
    for title in titles {
        assert!(dom.contains(title), "{title}\n{dom}");
    }
    assert_eq!(dom.matches("<section class=\"finding").count(), 3, "{dom}");
    // The hostile markup is text in the DOM, not elements.
    assert!(!dom.contains("<img"), "{dom}");
    assert!(!dom.contains("<script"), "{dom}");
    assert!(
        dom.contains("&lt;script&gt;alert('pwned')&lt;/script&gt;"),
        "{dom}"
    );
    assert!(
        dom.contains("\"&gt;&lt;img src=x onerror=alert(2)&gt;"),
        "{dom}"
    );
    assert!(
        dom.contains("<bdi>&lt;script&gt;"),
        "the override is isolated: {dom}"
    );
    // The screenshot, kept for a person to look at.
    let artefacts = Path::new(env!("CARGO_TARGET_TMPDIR")).join("claimcheck-html");
    std::fs::create_dir_all(&artefacts).expect("artefact directory");
    let shot = artefacts.join("pegasus.png");
    let _ = std::fs::remove_file(&shot);
    browse(
        &browser,
        &report,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1100,1400",
        ],
    );
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "a screenshot of {size} bytes at {}",
        shot.display()
    );
}
