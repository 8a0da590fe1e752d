//! Drafts: a fact file written from a document's claims
//! (`claimcheck extract --format yaml`), for a person to curate and commit.

use std::collections::BTreeMap;
use std::path::Path;

use super::{FactClaim, FactFile, FactSource};
use crate::quantity::Kind;
use crate::record::Record;
use crate::source::Source;

/// A fact-file draft for a document: every count claim found in it, with
/// its quote, key, value and qualifier, for a person to curate and commit
/// (`claimcheck extract --format yaml DOC`). The draft loads as a fact file
/// as it is; its header says what is left to do.
pub fn draft(source: &Source, records: &[Record]) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let claims: Vec<FactClaim> = records
        .iter()
        .filter(|r| r.key.is_some() && r.kind == Kind::Count)
        .filter_map(|r| {
            let key = r.key.clone()?;
            let value = r.value?;
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
    let body = serde_yaml::to_string(&file).unwrap_or_default();
    format!(
        "# Draft fact file for {}, written by `claimcheck extract --format yaml`.\n\
         # Curate it before committing: check each claim against the text, delete\n\
         # what is not a claim, fix keys and values, check or add the source's `date`.\n{body}",
        source.name
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::quantity::Qualifier;

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
