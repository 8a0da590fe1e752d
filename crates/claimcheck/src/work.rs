//! Work counters: deterministic units of work, so that a test can tell a
//! linear step from a quadratic one whatever the speed of the machine.
//!
//! Wall time on a shared 2-core machine varies by a fifth from run to run,
//! so a test that said "twice the input in at most 2.5 times the time"
//! would fail on a busy day and pass a slow regression on a quiet one.
//! Instead, the places whose cost grows with the input add what they do to
//! a counter: the bytes a backward walk from a claim may read
//! ([`crate::segment::reach_back`]), the bytes a line index steps over,
//! the claims a comparison judges and the reference look-ups it makes. The
//! counter exists only in the library's own tests (a thread-local, so that
//! tests running side by side do not mix their counts); in a build it is
//! nothing, and [`count`] compiles to no code.

#[cfg(test)]
use std::cell::Cell;

#[cfg(test)]
thread_local! {
    /// The units counted on this thread.
    static UNITS: Cell<u64> = const { Cell::new(0) };
}

/// Counts `units` of work done on this thread (in tests; a no-op otherwise).
#[inline(always)]
pub(crate) fn count(units: usize) {
    #[cfg(test)]
    UNITS.with(|u| u.set(u.get() + units as u64));
    #[cfg(not(test))]
    let _ = units;
}

/// What `f` returns and the units of work it counted on this thread.
#[cfg(test)]
pub(crate) fn counted<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let before = UNITS.with(Cell::get);
    let result = f();
    (result, UNITS.with(Cell::get) - before)
}

/// The guards: twice the input must cost at most [`GROWTH_MAX`] times the
/// work, counted in units, not seconds, so that no machine is too slow or
/// too busy for them.
#[cfg(test)]
mod tests {
    use super::counted;
    use crate::check::{self, Request};
    use crate::consistency::{find, CompareOptions};
    use crate::lang::Lang;
    use crate::quantity::Qualifier;
    use crate::record::extract;
    use crate::source::Source;

    /// Linear with some slack for what does not double exactly (a few
    /// claims more or less near the ends); a quadratic step gives 4.
    const GROWTH_MAX: f64 = 2.5;

    /// How much more work `size(2n)` costs than `size(n)`, from the units
    /// counted by `run` on each.
    fn growth(n: usize, run: impl Fn(usize)) -> f64 {
        let ((), once) = counted(|| run(n));
        let ((), twice) = counted(|| run(2 * n));
        assert!(once > 0, "nothing was counted");
        twice as f64 / once as f64
    }

    /// The five seed articles on one line, as a minified page has them.
    fn one_line(copies: usize) -> String {
        let articles = [
            include_str!("../../../fixtures/pegasus/000_12918908927db071.txt"),
            include_str!("../../../fixtures/pegasus/001_b3c354b7dbdace24.txt"),
            include_str!("../../../fixtures/pegasus/002_f5b24c6029b0b04f.txt"),
            include_str!("../../../fixtures/pegasus/003_b2647327296e7a23.txt"),
            include_str!("../../../fixtures/pegasus/004_3e52b1bc84b32e47.txt"),
        ];
        articles.join(" ").replace('\n', " ").repeat(copies)
    }

    #[test]
    fn a_line_twice_as_long_costs_twice_the_work() {
        let growth = growth(16, |copies| {
            let source = Source::new("a.txt", one_line(copies), Lang::Fr);
            assert!(!extract(&source).is_empty());
        });
        assert!(growth <= GROWTH_MAX, "work grew {growth:.2}×");
    }

    /// `n` sources giving the same few keys, one in ten a reference.
    fn sources(n: usize) -> (Vec<crate::record::Record>, Vec<String>) {
        let mut records = Vec::new();
        for s in 0..n {
            for (k, key) in ["dead", "phone_number", "media_outlet"].iter().enumerate() {
                let mut r = crate::consistency::tests::rec(
                    &format!("s{s}.txt"),
                    Qualifier::Exact,
                    (10 * k + s % 7) as f64,
                );
                r.key = Some(key.to_string());
                r.start = k;
                records.push(r);
            }
        }
        let references = (0..n).step_by(10).map(|s| format!("s{s}.txt")).collect();
        (records, references)
    }

    #[test]
    fn twice_the_sources_cost_twice_the_comparison() {
        let growth = growth(2000, |n| {
            let (records, references) = sources(n);
            let options = CompareOptions {
                references: &references,
                ..CompareOptions::default()
            };
            assert!(!find(records, &options).0.is_empty());
        });
        assert!(growth <= GROWTH_MAX, "work grew {growth:.2}×");
    }

    #[test]
    fn twice_the_documents_cost_twice_the_check() {
        // The steps of a check on the calling thread: loading, comparing,
        // accepting (extraction runs on rayon's threads and is linear per
        // document, which the line guard covers).
        let dir = tempfile::tempdir().expect("a temporary directory");
        let growth = growth(200, |n| {
            let docs = dir.path().join(format!("docs{n}"));
            let refs = dir.path().join(format!("refs{n}"));
            for (folder, count) in [(&docs, n), (&refs, n / 10)] {
                std::fs::create_dir_all(folder).expect("a folder");
                for i in 0..count {
                    let text = format!("Le bilan fait état de {} morts à Derna.\n", 100 + i % 3);
                    std::fs::write(folder.join(format!("{i:05}.txt")), text).expect("a file");
                }
            }
            let (paths, against) = ([docs], [refs]);
            let outcome = check::run(Request {
                paths: &paths[..],
                against: &against[..],
                ..Request::default()
            });
            assert_eq!(outcome.inputs.len(), n + n / 10);
            assert!(!outcome.report.findings.is_empty());
        });
        assert!(growth <= GROWTH_MAX, "work grew {growth:.2}×");
    }
}
