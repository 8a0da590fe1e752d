//! Throughput of the number recognizer, the one pass over every byte of every
//! source: the design asks for a lexer-like scan, linear in the text.
//!
//! The five seed articles of `fixtures/pegasus/` are repeated to at least
//! 10 MB so that one iteration is long enough to time well and the figure is
//! in bytes per second on realistic news French.
//!
//!     cargo bench --bench quantities

use claimcheck::lang::Lang;
use claimcheck::quantity::find_quantities;
use divan::counter::BytesCount;
use divan::Bencher;

mod corpus;

/// Size the corpus is repeated to.
const CORPUS_LEN: usize = 10 * 1024 * 1024;

fn main() {
    divan::main();
}

/// `find_quantities` over the whole corpus (the seed articles, each followed
/// by a blank line, repeated to at least [`CORPUS_LEN`] bytes), in French, on
/// one thread.
#[divan::bench(threads = [1], sample_count = 20)]
fn find_quantities_fr(bencher: Bencher) {
    let text = corpus::repeated(&corpus::seed_articles(), CORPUS_LEN);
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| find_quantities(divan::black_box(&text), Lang::Fr));
}
