//! Reading arbitrary bytes as a document (plain text, HTML, Markdown; the
//! encoding detected or forced): never a panic, and every record points at
//! a slice of the decoded file, on character boundaries, in order.
#![no_main]

use claimcheck::record::extract;
use claimcheck::source::{encoding_for_label, ReadOptions, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let names = ["fuzz.txt", "fuzz.html", "fuzz.md"];
    let encodings = [None, Some("utf-8"), Some("windows-1252"), Some("utf-16le")];
    for name in names {
        for label in encodings {
            let options = ReadOptions {
                lang: None,
                encoding: label.and_then(|l| encoding_for_label(l).ok()),
            };
            let Ok(source) = Source::decode(name.to_string(), data.to_vec(), options) else {
                continue;
            };
            let original = source.original();
            let mut last = 0;
            for r in extract(&source) {
                assert!(r.start <= r.end && r.end <= original.len());
                assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
                assert!(r.start >= last);
                last = r.start;
            }
        }
    }
});
