//! Fact-file and configuration loading on arbitrary bytes: an error or a
//! value, never a panic.
#![no_main]

use claimcheck::config::Loaded;
use claimcheck::factfile::FactFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(file) = FactFile::parse("fuzz.yaml", text) {
        let _ = file.quote_spans("fuzz.yaml", text, text);
    }
    let _ = Loaded::parse(std::path::Path::new("fuzz/.claimcheck.yaml"), text);
});
