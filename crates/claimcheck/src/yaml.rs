//! YAML as claimcheck reads a user's files (fact files, the configuration):
//! strictly, into a fixed shape, with every error placed at a line and
//! column and said in words a user can act on.

use serde::de::DeserializeOwned;

use crate::location::Location;

/// Why a YAML text could not be read into the shape asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct YamlError {
    /// Where the parser stopped.
    pub at: Location,
    /// What it expected, without the location (reports put it in front).
    pub message: String,
}

/// Parses `text` into `T`.
///
/// The parser refuses what a hostile file would use to stall a run before
/// expanding it: aliases that expand past a limit (an "alias bomb") and
/// nesting too deep. Their messages say so in plain words, naming what to
/// write out instead of aliases (`items`: "the claims") and the shape the
/// file should have (`shape`: "a fact file is a source and a flat list of
/// claims").
pub(crate) fn parse<T: DeserializeOwned>(
    text: &str,
    items: &str,
    shape: &str,
) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|e| {
        let at = e.location().map_or(Location::START, |l| Location {
            line: l.line(),
            column: l.column(),
        });
        // The location is given once, in front; drop serde's copy of it.
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_string(),
            None => message,
        };
        let message = match message.as_str() {
            "repetition limit exceeded" => format!(
                "YAML aliases expand past the limit (an alias bomb?); write {items} out instead"
            ),
            "recursion limit exceeded" => format!("YAML nested too deep; {shape}"),
            _ => message,
        };
        YamlError { at, message }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_placed_once_and_hostile_shapes_named() {
        let err = parse::<Vec<u32>>("[1,\n two]", "", "").unwrap_err();
        assert_eq!(err.at, Location { line: 2, column: 2 });
        assert!(!err.message.contains("line"), "{}", err.message);
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let err = parse::<serde_yaml::Value>(&deep, "", "a file is a flat list").unwrap_err();
        assert_eq!(err.message, "YAML nested too deep; a file is a flat list");
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (name, prev) in [("b", "a"), ("c", "b"), ("d", "c"), ("e", "d"), ("f", "e")] {
            bomb.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(", ")
            ));
        }
        bomb.push_str("g: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n");
        let err = parse::<serde_yaml::Value>(&bomb, "the values", "").unwrap_err();
        assert_eq!(
            err.message,
            "YAML aliases expand past the limit (an alias bomb?); write the values out instead"
        );
    }
}
