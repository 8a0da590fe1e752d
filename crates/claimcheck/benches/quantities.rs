//! Throughput of the number recognizer, the one pass over every byte of every
//! source: the design asks for a lexer-like scan, linear in the text.
//!
//! The five seed articles of `fixtures/pegasus/` are repeated to at least
//! 10 MB so that one iteration is long enough to time well and the figure is
//! in bytes per second on realistic news French. Run with
//! `cargo bench -p claimcheck`.

use std::path::Path;

use claimcheck::lang::Lang;
use claimcheck::quantity::find_quantities;
use divan::counter::BytesCount;
use divan::Bencher;

/// Size the corpus is repeated to.
const CORPUS_LEN: usize = 10 * 1024 * 1024;

fn main() {
    divan::main();
}

/// The seed articles, each followed by a blank line, repeated to at least
/// [`CORPUS_LEN`] bytes.
fn corpus() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/pegasus");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/pegasus is readable")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    names.sort();
    assert_eq!(
        names.len(),
        5,
        "expected the five seed articles in {}",
        dir.display()
    );
    let mut articles = String::new();
    for path in &names {
        articles += &std::fs::read_to_string(path).expect("seed article is UTF-8");
        articles += "\n\n";
    }
    articles.repeat(CORPUS_LEN.div_ceil(articles.len()))
}

/// `find_quantities` over the whole corpus, in French, on one thread.
#[divan::bench(threads = [1], sample_count = 20)]
fn find_quantities_fr(bencher: Bencher) {
    let text = corpus();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| find_quantities(divan::black_box(&text), Lang::Fr));
}
