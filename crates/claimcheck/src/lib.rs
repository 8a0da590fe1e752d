//! claimcheck: a cross-source claim consistency checker.
//!
//! It reads several sources about one event (news articles in French or
//! English, YAML fact files), finds the count claims in each, normalises them
//! and reports where the sources agree and where they contradict. The library
//! does all the work and prints nothing; the `claimcheck` binary parses
//! arguments and renders what the library returns.
//!
//! The data flows through one module per step:
//! [`source`] → [`quantity`] → [`claim`] → [`concept`] → [`consistency`] →
//! [`report`].
//! [`extract`] turns the claims of a source into the records the `extract`
//! command prints; [`check`] reads the inputs of a check (documents and
//! [`factfile`]s) and compares fact files with their documents; [`config`]
//! reads `.claimcheck.yaml`; [`baseline`] records findings so that only new
//! ones fail; [`error`] says what can go wrong reading input; [`interval`] and
//! [`lang`] hold the value and language types every step shares; [`report`]
//! renders a check's findings in each output format (human, json, sarif,
//! github).

pub mod baseline;
pub mod check;
pub mod claim;
pub mod concept;
pub mod config;
pub mod consistency;
pub mod factfile;
pub mod interval;
pub mod labels;
pub mod lang;
pub mod location;
pub mod quantity;
pub mod record;
pub mod report;
pub mod segment;
pub mod source;
mod yaml;
