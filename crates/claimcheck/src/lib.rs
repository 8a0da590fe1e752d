//! claimcheck: a cross-source claim consistency checker.
//!
//! It reads several sources about one event (news articles in French or
//! English, YAML fact files), finds the count claims in each, normalises them
//! and reports where the sources agree and where they contradict. The library
//! does all the work and prints nothing; the `claimcheck` binary parses
//! arguments, calls [`check::run`] or [`record::extract`], and prints what a
//! [`report`] renderer returns.
//!
//! # The data flow, one module per step
//!
//! A document is read by [`source`] (discovery, decoding, the prose of HTML
//! and Markdown, each byte mapped back to the file) in a [`lang`]uage;
//! [`segment`] gives the words and sentences the later steps read;
//! [`quantity`] finds every number expression with its value as an
//! [`interval`] and its qualifier; [`claim`] says what each count counts,
//! where it applies, whose it is, whether the text presents it as earlier,
//! and who says so; [`concept`] gives the counted phrase a key shared
//! across wordings and languages, refined by the frame of its clause. [`record`] turns each claim into
//! the record of the output contract, pointing at its [`location`]. A
//! [`factfile`] states a source's claims directly, as records too, and is
//! compared with its document (drift). [`consistency`] groups the records of
//! all sources by key and scope and judges each group (agreement,
//! compatible, contradiction, update), reading round figures with their tolerance
//! and marking what a person accepted. [`report`] renders the findings
//! (human, json, sarif, github), with values and sources named by
//! [`labels`].
//!
//! [`check`] runs the whole flow for a set of paths, as five steps: load,
//! records, compare, drift, accept; [`config`] reads `.claimcheck.yaml` and
//! [`baseline`] records findings so that only new ones fail.
//!
//! ```
//! use claimcheck::lang::Lang;
//! use claimcheck::record::extract;
//! use claimcheck::source::Source;
//!
//! let source = Source::new("a.txt", "Plus de 50 000 numéros de téléphone.", Lang::Fr);
//! let records = extract(&source);
//! assert_eq!(records[0].key.as_deref(), Some("phone_number"));
//! assert_eq!(records[0].low(), Some(50_000.0));
//! ```

/// Table tests: `cases!(Fr: "text" => ["line", ...]; ...)` asserts that the
/// calling test module's `render(text, lang)` gives exactly the lines listed,
/// so that each case of a rule reads as one line.
#[cfg(test)]
macro_rules! cases {
    ($lang:ident: $($text:expr => [$($want:expr),* $(,)?];)*) => {
        $(
            let want: Vec<&str> = vec![$($want),*];
            assert_eq!(render($text, Lang::$lang), want, "{:?}", $text);
        )*
    };
}

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
mod work;
mod yaml;
