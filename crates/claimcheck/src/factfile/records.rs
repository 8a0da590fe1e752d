//! A fact file's claims as records, the shape every source takes before a
//! comparison, each pointing at its entry in the fact file.

use super::{ClaimSpans, Facts};
use crate::location::LineIndex;
use crate::quantity::{interval_for, Kind};
use crate::record::Record;

impl Facts {
    /// The claims of a fact file as records that point at their entries in it:
    /// line, column and byte span of the claim's `id:` line, so that reports and
    /// CI annotations land where a person edits the claim. `text` is the quote.
    /// The entries are found in one pass over the file, and their locations
    /// with one index, so that the cost is linear in the file.
    pub fn records(&self) -> Vec<Record> {
        let facts = self;
        let date = facts.file.source.date();
        let spans = ClaimSpans::new(&facts.text);
        let mut lines = LineIndex::new(&facts.text);
        facts
            .file
            .claims
            .iter()
            .map(|c| {
                let span = spans.span(&c.id);
                let at = lines.location(span.start);
                let text = c
                    .quote
                    .clone()
                    .unwrap_or_else(|| format!("{}: {}", c.key, c.value));
                Record {
                    source: facts.name.clone(),
                    line: at.line,
                    column: at.column,
                    start: span.start,
                    end: span.end,
                    text,
                    quantity: format!("{}", c.value),
                    value: Some(c.value),
                    interval: interval_for(c.qualifier, c.value, None),
                    qualifier: c.qualifier,
                    kind: Kind::Count,
                    counted: None,
                    key: Some(c.key.clone()),
                    scope: c.scope.clone(),
                    attributed_to: c.attributed_to.clone(),
                    lang: facts.file.source.lang,
                    date,
                    superseded: false,
                }
            })
            .collect()
    }
}
