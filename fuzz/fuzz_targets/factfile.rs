//! Fact-file and configuration loading on arbitrary bytes: an error or a
//! value, never a panic; and what loads holds what loading promises. A fact
//! file's claims have unique ids, finite values of 0 or more and keys of
//! lower-case ASCII words; its accepted differences have a reason and finite
//! values; it survives being written back as YAML and loaded again; the quote
//! spans it finds are its quotes. A configuration's tolerance is in range.
#![no_main]

use std::collections::HashSet;

use claimcheck::config::{Loaded, MAX_TOLERANCE};
use claimcheck::factfile::{FactFile, MAX_FACT_FILE_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(file) = FactFile::parse("fuzz.yaml", text) {
        let mut ids = HashSet::new();
        for claim in &file.claims {
            assert!(ids.insert(&claim.id), "claim id {:?} twice", claim.id);
            assert!(claim.value.is_finite() && claim.value >= 0.0, "{claim:?}");
            assert!(
                !claim.key.is_empty()
                    && claim.key.split('_').all(|p| {
                        !p.is_empty()
                            && p.bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                    }),
                "{claim:?}"
            );
        }
        for a in &file.accepted {
            assert!(a.validate().is_ok(), "{a:?}");
        }
        // Written back and loaded again: the same fact file.
        let yaml = serde_yaml::to_string(&file).expect("a loaded fact file serializes");
        if yaml.len() <= MAX_FACT_FILE_BYTES {
            match FactFile::parse("again.yaml", &yaml) {
                Ok(again) => assert_eq!(again, file, "{yaml}"),
                Err(e) => panic!("a loaded fact file, written back, does not load: {e}\n{yaml}"),
            }
        }
        // Quoting from the file itself: each span found is the claim's quote.
        if let Ok(spans) = file.quote_spans("fuzz.yaml", text, text) {
            assert_eq!(spans.len(), file.claims.len());
            for (claim, span) in file.claims.iter().zip(spans) {
                assert_eq!(span.map(|s| &text[s]), claim.quote.as_deref(), "{claim:?}");
            }
        }
    }
    if let Ok(loaded) = Loaded::parse(std::path::Path::new("fuzz/.claimcheck.yaml"), text) {
        if let Some(t) = loaded.config.tolerance {
            assert!((0.0..=MAX_TOLERANCE).contains(&t), "tolerance {t}");
        }
        for a in &loaded.config.accepted {
            assert!(a.validate().is_ok(), "{a:?}");
        }
    }
});
