//! Configuration: `.claimcheck.yaml`, for a repository's CI.
//!
//! A newsroom's repository says once how its checks run: extra concept
//! aliases for its beat, the failure level, how much tolerance round figures
//! get, a default language, paths to leave out, and the differences a person
//! reviewed and accepted. The file is found by walking up from the working
//! directory (or named with `--config`); unknown keys are errors, with file,
//! line and column, like every other input.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::concept::LexiconFile;
use crate::consistency::{Accepted, Severity};
use crate::lang::Lang;
use crate::location::Location;

/// The names a configuration file may have, in the order they are looked for.
pub const FILE_NAMES: &[&str] = &[".claimcheck.yaml", ".claimcheck.yml"];

/// The largest share of a round figure the tolerance may reach.
pub const MAX_TOLERANCE: f64 = 0.5;

/// From which severity a finding fails the run.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum FailOn {
    /// Contradictions at severity error (the default).
    #[default]
    Error,
    /// Errors and warnings.
    Warning,
    /// Nothing fails; the report is for reading.
    Never,
}

impl FailOn {
    /// The lowest severity that fails, or `None` for never.
    pub fn level(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        }
    }
}

/// The language documents are read in.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum LangSetting {
    /// Guess each document's language.
    #[default]
    Auto,
    /// French.
    Fr,
    /// English.
    En,
}

impl LangSetting {
    /// The forced language, or `None` to guess.
    pub fn forced(self) -> Option<Lang> {
        match self {
            LangSetting::Auto => None,
            LangSetting::Fr => Some(Lang::Fr),
            LangSetting::En => Some(Lang::En),
        }
    }
}

/// A `.claimcheck.yaml`, as written. Every field is optional.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Extra concepts and aliases, in the format of the built-in lexicon.
    #[serde(default)]
    pub lexicon: Option<LexiconFile>,
    /// From which severity findings fail the run.
    #[serde(default)]
    pub fail_on: Option<FailOn>,
    /// The largest share of a round figure its tolerance may reach (0.05:
    /// "50 000" is read as 50 000 ± 2 500 at most).
    #[serde(default)]
    pub tolerance: Option<f64>,
    /// The language documents are read in.
    #[serde(default)]
    pub lang: Option<LangSetting>,
    /// Paths to leave out, as .gitignore patterns relative to the
    /// configuration file's directory.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Differences a person reviewed and accepted.
    #[serde(default)]
    pub accepted: Vec<Accepted>,
}

/// Why a configuration file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("{path}: cannot read configuration: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The YAML is malformed, has an unknown key or a wrong value.
    #[error("{path}:{at}: {message}")]
    Invalid {
        /// The file.
        path: String,
        /// Where.
        at: Location,
        /// What is wrong and what was expected.
        message: String,
    },
}

/// A loaded configuration with where it came from.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The file.
    pub path: PathBuf,
    /// Its settings.
    pub config: Config,
    /// The concept lexicon to read claims with: the built-in one, extended
    /// by the configuration's `lexicon`.
    pub concepts: crate::concept::Concepts,
    ignore: ignore::gitignore::Gitignore,
}

/// Looks for a configuration file in `start` and each directory above it.
pub fn find(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .flat_map(|dir| FILE_NAMES.iter().map(move |name| dir.join(name)))
        .find(|p| p.is_file())
}

fn invalid(path: &str, at: Location, message: String) -> ConfigError {
    ConfigError::Invalid {
        path: path.to_string(),
        at,
        message,
    }
}

/// Where a top-level key is written, or the top of the file.
fn key_location(text: &str, key: &str) -> Location {
    let at = text
        .match_indices(&format!("{key}:"))
        .find(|(i, _)| *i == 0 || text.as_bytes()[i - 1] == b'\n')
        .map_or(0, |(i, _)| i);
    Location::of(text, at)
}

impl Loaded {
    /// Reads and validates the configuration at `path`.
    pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
            path: name.clone(),
            source,
        })?;
        Loaded::parse(path, &text)
    }

    /// Parses and validates configuration `text` read from `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Loaded, ConfigError> {
        let name = path.display().to_string();
        if text.len() > crate::factfile::MAX_FACT_FILE_BYTES {
            return Err(invalid(
                &name,
                Location::START,
                "configuration file is too large".to_string(),
            ));
        }
        let config: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            crate::yaml::parse(
                text,
                "the settings",
                "a configuration is a flat mapping of settings",
            )
            .map_err(|e| invalid(&name, e.at, e.message))?
        };
        if let Some(t) = config.tolerance {
            if !(0.0..=MAX_TOLERANCE).contains(&t) {
                let at = key_location(text, "tolerance");
                return Err(invalid(&name, at, format!("tolerance {t} is out of range: a share between 0 and {MAX_TOLERANCE} (0.05 is 5%)")));
            }
        }
        for a in &config.accepted {
            if let Err(message) = a.validate() {
                let at = key_location(text, "accepted");
                return Err(invalid(&name, at, message));
            }
        }
        let mut concepts = crate::concept::Concepts::builtin().clone();
        if let Some(lexicon) = &config.lexicon {
            if let Err(e) = concepts.extend(lexicon.clone()) {
                let at = key_location(text, "lexicon");
                return Err(invalid(&name, at, e.to_string()));
            }
        }
        let root = path.parent().unwrap_or(Path::new("."));
        let mut builder = ignore::gitignore::GitignoreBuilder::new(root);
        for pattern in &config.ignore {
            if let Err(e) = builder.add_line(None, pattern) {
                let at = key_location(text, "ignore");
                return Err(invalid(
                    &name,
                    at,
                    format!("ignore pattern {pattern:?}: {e}"),
                ));
            }
        }
        let ignore = builder.build().map_err(|e| {
            let at = key_location(text, "ignore");
            invalid(&name, at, e.to_string())
        })?;
        Ok(Loaded {
            path: path.to_path_buf(),
            config,
            concepts,
            ignore,
        })
    }

    /// True when `path` is left out by the `ignore` patterns.
    pub fn ignores(&self, path: &Path) -> bool {
        let absolute = if path.is_absolute() {
            path.to_path_buf()
        } else {
            std::env::current_dir()
                .map(|d| d.join(path))
                .unwrap_or_else(|_| path.to_path_buf())
        };
        let root = self.path.parent().unwrap_or(Path::new("."));
        let root = if root.is_absolute() {
            root.to_path_buf()
        } else {
            std::env::current_dir()
                .map(|d| d.join(root))
                .unwrap_or_else(|_| root.to_path_buf())
        };
        match absolute.strip_prefix(&root) {
            Ok(relative) => self
                .ignore
                .matched_path_or_any_parents(relative, false)
                .is_ignore(),
            Err(_) => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Loaded, ConfigError> {
        Loaded::parse(Path::new("repo/.claimcheck.yaml"), text)
    }

    #[test]
    fn every_field_parses() {
        let text = "lexicon:\n  concepts:\n    wind_turbine:\n      fr: [éolienne]\nfail_on: warning\ntolerance: 0.1\nlang: fr\nignore: [drafts/]\naccepted:\n  - {key: government_member, values: [14, 15], reason: Le Monde counts the president apart}\n";
        let loaded = parse(text).unwrap();
        let c = &loaded.config;
        assert_eq!(c.fail_on, Some(FailOn::Warning));
        assert_eq!(c.tolerance, Some(0.1));
        assert_eq!(c.lang.and_then(LangSetting::forced), Some(Lang::Fr));
        assert_eq!(c.accepted[0].values, vec![14.0, 15.0]);
        assert!(c
            .lexicon
            .as_ref()
            .is_some_and(|l| l.concepts.contains_key("wind_turbine")));
        assert_eq!(
            loaded.concepts.key("éoliennes", Lang::Fr).as_deref(),
            Some("wind_turbine")
        );
        let empty = parse("").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(empty.config, Config::default());
        assert_eq!(
            empty.concepts.key("médias", Lang::Fr).as_deref(),
            Some("media_outlet")
        );
        assert_eq!(
            empty.concepts.key("éoliennes", Lang::Fr).as_deref(),
            Some("eolienne")
        );
    }

    #[test]
    fn errors_say_where_and_what() {
        let cases = [
            ("fail_on: error\ncolour: red\n", "repo/.claimcheck.yaml:2:1: unknown field `colour`, expected one of"),
            ("fail_on: sometimes\n", "repo/.claimcheck.yaml:1:10: fail_on: unknown variant `sometimes`, expected one of `error`, `warning`, `never`"),
            ("tolerance: 2\n", "repo/.claimcheck.yaml:1:1: tolerance 2 is out of range"),
            ("accepted:\n  - {key: k, values: [1, 2], reason: \"\"}\n", "repo/.claimcheck.yaml:1:1: accepting a difference on \"k\" needs a non-empty `reason`"),
            ("accepted:\n  - {key: k, values: [1, 2]}\n", "repo/.claimcheck.yaml:2:5: accepted[0]: missing field `reason`"),
            ("lexicon:\n  concepts:\n    Bad-Key: {fr: [x]}\n", "repo/.claimcheck.yaml:1:1: concept key \"Bad-Key\""),
        ];
        for (text, want) in cases {
            let err = parse(text).unwrap_err().to_string();
            assert!(
                err.starts_with(want),
                "{err:?} does not start with {want:?}"
            );
        }
    }

    #[test]
    fn the_example_configuration_loads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/claimcheck.yaml");
        let loaded = Loaded::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.config.fail_on, Some(FailOn::Error));
        assert_eq!(loaded.config.accepted.len(), 1);
        assert!(loaded.ignores(&path.parent().unwrap().join("drafts/x.txt")));
    }

    #[test]
    fn found_by_walking_up() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(find(&deep), None);
        std::fs::write(dir.path().join(".claimcheck.yaml"), "fail_on: never\n").unwrap();
        assert_eq!(find(&deep), Some(dir.path().join(".claimcheck.yaml")));
    }

    #[test]
    fn ignore_patterns_are_relative_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".claimcheck.yaml");
        let loaded = Loaded::parse(&path, "ignore: [drafts/, \"*.md\"]\n").unwrap();
        assert!(loaded.ignores(&dir.path().join("drafts/a.txt")));
        assert!(loaded.ignores(&dir.path().join("notes/b.md")));
        assert!(!loaded.ignores(&dir.path().join("articles/a.txt")));
    }
}
