//! Drafts: a fact file written from a document's claims
//! (`claimcheck extract --format yaml`), for a person to curate and commit.

use std::collections::BTreeMap;
use std::path::Path;

use super::{FactClaim, FactFile, FactSource};
use crate::labels::value_notation;
use crate::quantity::{interval_for, Kind, Qualifier};
use crate::record::Record;
use crate::source::Source;

/// A fact-file draft for a document: every count claim found in it, with
/// its quote, key, value and qualifier, for a person to curate and commit
/// (`claimcheck extract --format yaml DOC`). The draft loads as a fact file
/// as it is; its header says what is left to do.
///
/// A fact file states one finite figure and how it is qualified, so only
/// claims it can state are drafted ([`statable`]): a figure too large for a
/// number, a range ("entre 10 et 15") or a vague figure whose value is no
/// figure of the text ("plusieurs dizaines", 20 to 99) are listed in the
/// header instead, to add by hand if they matter. Whole values are written
/// as integers (`50000`, not `50000.0`).
pub fn draft(source: &Source, records: &[Record]) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut left_out = Vec::new();
    let claims: Vec<FactClaim> = records
        .iter()
        .filter(|r| r.key.is_some() && r.kind == Kind::Count)
        .filter_map(|r| {
            let key = r.key.clone()?;
            let Some(value) = statable(r) else {
                left_out.push(format!(
                    "#   {}:{}: \"{}\" ({})",
                    r.line,
                    r.column,
                    one_line(&r.text),
                    value_notation(r)
                ));
                return None;
            };
            let n = counts.entry(key.clone()).or_default();
            *n += 1;
            Some(FactClaim {
                id: format!("{}-{n}", key.replace('_', "-")),
                key,
                value,
                qualifier: r.qualifier,
                quote: Some(r.text.clone()),
                scope: r.scope.clone(),
                attributed_to: r.attributed_to.clone(),
            })
        })
        .collect();
    let stem = Path::new(&source.name).file_stem().map_or_else(
        || "source".to_string(),
        |s| s.to_string_lossy().into_owned(),
    );
    let file = FactFile {
        source: FactSource {
            id: stem,
            document: (source.name != "-").then(|| source.name.clone()),
            lang: source.lang,
            date: source.date.map(|d| d.to_string()),
        },
        claims,
        accepted: Vec::new(),
    };
    let body = serde_yaml::to_value(&file)
        .map(whole_numbers)
        .and_then(|value| serde_yaml::to_string(&value))
        .unwrap_or_default();
    let left_out = if left_out.is_empty() {
        String::new()
    } else {
        format!(
            "# Left out, as a fact file states one finite figure (add them by hand if they matter):\n{}\n",
            left_out.join("\n")
        )
    };
    format!(
        "# Draft fact file for {}, written by `claimcheck extract --format yaml`.\n\
         # Curate it before committing: check each claim against the text, delete\n\
         # what is not a claim, fix keys and values, check or add the source's `date`.\n\
         {left_out}{body}",
        one_line(&source.name)
    )
}

/// The value a fact file states for `record`, when it can: a finite value
/// from which the loader rebuilds the record's interval, or the round figure
/// of an approximation ("une trentaine": about 30, which the loader reads a
/// little narrower). `None` for what a fact file cannot state.
fn statable(record: &Record) -> Option<f64> {
    let value = record.value.filter(|v| v.is_finite() && *v >= 0.0)?;
    let rebuilt = interval_for(record.qualifier, value, None);
    let round = record.qualifier == Qualifier::About && value.fract() == 0.0;
    (rebuilt == record.interval || round).then_some(value)
}

/// `value` with every whole floating-point number written as an integer:
/// serde writes an `f64` of 50000 as `50000.0`, which a person curating the
/// file reads as a measurement rather than a count.
fn whole_numbers(value: serde_yaml::Value) -> serde_yaml::Value {
    use serde_yaml::Value;
    match value {
        Value::Number(n) => match n.as_f64() {
            // Below 2^53 every whole f64 is an exact integer.
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 => {
                Value::Number((f as i64).into())
            }
            _ => Value::Number(n),
        },
        Value::Sequence(items) => Value::Sequence(items.into_iter().map(whole_numbers).collect()),
        Value::Mapping(map) => Value::Mapping(
            map.into_iter()
                .map(|(k, v)| (k, whole_numbers(v)))
                .collect(),
        ),
        other => other,
    }
}

/// `text` on one line, for a YAML comment.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn drafts_load_as_fact_files() {
        let text = "Dix-sept organisations de médias et plus de 50 000 numéros de téléphone: « 14 ministres », selon Le Monde.";
        let source = Source::new("fixtures/a.txt", text, Lang::Fr);
        let records = crate::record::extract(&source);
        let yaml = draft(&source, &records);
        let file = FactFile::parse("draft.yaml", &yaml).unwrap_or_else(|e| panic!("{e}\n{yaml}"));
        let got: Vec<_> = file
            .claims
            .iter()
            .map(|c| (c.id.as_str(), c.value, c.qualifier))
            .collect();
        assert_eq!(
            got,
            vec![
                ("media-outlet-1", 17.0, Qualifier::Exact),
                ("phone-number-1", 50000.0, Qualifier::MoreThan),
                ("minister-1", 14.0, Qualifier::Exact)
            ]
        );
        assert_eq!(file.source.document.as_deref(), Some("fixtures/a.txt"));
        let spans = file
            .quote_spans("draft.yaml", &yaml, text)
            .unwrap_or_else(|e| panic!("{e}"));
        for (claim, span) in file.claims.iter().zip(&spans) {
            let span = span.clone().unwrap_or_default();
            assert_eq!(Some(&text[span]), claim.quote.as_deref());
        }
    }
}
