//! Quantity recognition on arbitrary text, in both languages: never a panic,
//! and every span on char boundaries, in order, inside the text.
#![no_main]

use claimcheck::lang::Lang;
use claimcheck::quantity::find_quantities;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for lang in [Lang::Fr, Lang::En] {
        let mut last = 0;
        for q in find_quantities(text, lang) {
            assert!(text.get(q.span.clone()).is_some());
            assert!(q.span.start <= q.number_span.start && q.number_span.end <= q.span.end);
            assert!(q.span.start >= last);
            last = q.span.end;
        }
    }
});
