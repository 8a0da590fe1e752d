//! Claim extraction (counted phrase, key, scope, claimant) and the records of
//! `extract` on arbitrary text: never a panic, spans inside the text.
#![no_main]

use claimcheck::claim::find_claims;
use claimcheck::concept::Concepts;
use claimcheck::lang::Lang;
use claimcheck::record::extract;
use claimcheck::source::Source;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in [Lang::Fr, Lang::En] {
        for c in find_claims(text, lang, Concepts::builtin()) {
            assert!(text.get(c.span.clone()).is_some());
        }
        let source = Source::new("fuzz.txt", text, lang);
        for r in extract(&source) {
            assert!(r.line >= 1 && r.column >= 1);
        }
    }
});
