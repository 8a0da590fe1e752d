//! Recognition cases, one line each: the text, then every quantity found as
//! `words as written | kind | qualifier | interval`.

use super::*;
use crate::lang::Lang;

fn render(text: &str, lang: Lang) -> Vec<String> {
    find_quantities(text, lang)
        .into_iter()
        .map(|q| {
            let interval = q.interval.map_or("-".to_string(), |i| i.to_string());
            format!(
                "{} | {} | {} | {}",
                &text[q.span.clone()],
                q.kind.name(),
                q.qualifier.name(),
                interval
            )
        })
        .collect()
}

#[test]
fn digits_with_separators() {
    cases!(Fr:
        "50 000 numéros" => ["50 000 | count | exact | [50000, 50000]"];
        "50\u{a0}000 et 50\u{202f}000" => ["50\u{a0}000 | count | exact | [50000, 50000]", "50\u{202f}000 | count | exact | [50000, 50000]"];
        "50.000 numéros" => ["50.000 | count | exact | [50000, 50000]"];
        "1 000 000 de personnes" => ["1 000 000 | count | exact | [1000000, 1000000]"];
        "1,5 million d'habitants" => ["1,5 million | count | exact | [1500000, 1500000]"];
        "1,2 milliard" => ["1,2 milliard | count | exact | [1200000000, 1200000000]"];
        "50k abonnés" => ["50k | count | exact | [50000, 50000]"];
    );
    cases!(En:
        "50,000 phone numbers" => ["50,000 | count | exact | [50000, 50000]"];
        "2.3 million people" => ["2.3 million | count | exact | [2300000, 2300000]"];
        "3bn users" => ["3bn | count | exact | [3000000000, 3000000000]"];
        "2.3bn" => ["2.3bn | other | exact | [2300000000, 2300000000]"];
    );
}

#[test]
fn number_words() {
    cases!(Fr:
        "Dix-sept organisations" => ["Dix-sept | count | exact | [17, 17]"];
        "quatorze ministres" => ["quatorze | count | exact | [14, 14]"];
        "vingt et un morts" => ["vingt et un | count | exact | [21, 21]"];
        "soixante-dix blessés" => ["soixante-dix | count | exact | [70, 70]"];
        "quatre-vingt-dix-neuf" => ["quatre-vingt-dix-neuf | count | exact | [99, 99]"];
        "deux cents manifestants" => ["deux cents | count | exact | [200, 200]"];
        "cinquante mille euros" => ["cinquante mille | money | exact | [50000, 50000]"];
        "un membre du consortium" => [];
    );
    cases!(En:
        "twenty-one people" => ["twenty-one | count | exact | [21, 21]"];
        "two hundred and five seats" => ["two hundred and five | count | exact | [205, 205]"];
        "three million users" => ["three million | count | exact | [3000000, 3000000]"];
        "Sixteen media organisations" => ["Sixteen | count | exact | [16, 16]"];
        "a journalist" => [];
        "the one you mentioned" => [];
    );
}

#[test]
fn vague_amounts() {
    cases!(Fr:
        "une dizaine de pays" => ["une dizaine | count | about | [8, 12]"];
        "une quinzaine de jours" => ["une quinzaine | count | about | [12, 18]"];
        "une vingtaine de militants" => ["une vingtaine | count | about | [16, 25]"];
        "une trentaine de journalistes" => ["une trentaine | count | about | [25, 35]"];
        "une centaine de cibles" => ["une centaine | count | about | [80, 130]"];
        "des dizaines de pays" => ["des dizaines | count | about | [20, 99]"];
        "des centaines de cibles" => ["des centaines | count | about | [200, 999]"];
        "des milliers de numéros" => ["des milliers | count | about | [2000, 9999]"];
        "des dizaines de milliers de manifestants" => ["des dizaines de milliers | count | about | [20000, 99000]"];
        "plus d'une trentaine de pays" => ["plus d'une trentaine | count | more_than | (25, ∞)"];
    );
    cases!(En:
        "a dozen countries" => ["a dozen | count | about | [10.8, 13.2]"];
        "dozens of journalists" => ["dozens | count | about | [24, 99]"];
        "hundreds of targets" => ["hundreds | count | about | [200, 999]"];
        "thousands of numbers" => ["thousands | count | about | [2000, 9999]"];
        "several hundred people" => ["several hundred | count | about | [200, 999]"];
    );
}

#[test]
fn qualifiers() {
    cases!(Fr:
        "plus de 50 000 numéros" => ["plus de 50 000 | count | more_than | (50000, ∞)"];
        "au moins 14 ministres" => ["au moins 14 | count | at_least | [14, ∞)"];
        "d'au moins 14 ministres" => ["au moins 14 | count | at_least | [14, ∞)"];
        "moins de 10 cas" => ["moins de 10 | count | less_than | [0, 10)"];
        "jusqu'à 10 ans" => ["jusqu'à 10 | count | at_most | [0, 10]"];
        "près de 300 personnes" => ["près de 300 | count | nearly | [270, 300]"];
        "environ 300 personnes" => ["environ 300 | count | about | [270, 330]"];
        "quelque 300 personnes" => ["quelque 300 | count | about | [270, 330]"];
        "50 000 ou plus" => ["50 000 ou plus | count | at_least | [50000, ∞)"];
    );
    cases!(En:
        "more than 50,000 numbers" => ["more than 50,000 | count | more_than | (50000, ∞)"];
        "over 300 people" => ["over 300 | count | more_than | (300, ∞)"];
        "at least 14 ministers" => ["at least 14 | count | at_least | [14, ∞)"];
        "fewer than 10 cases" => ["fewer than 10 | count | less_than | [0, 10)"];
        "less than 10 cases" => ["less than 10 | count | less_than | [0, 10)"];
        "up to 10 people" => ["up to 10 | count | at_most | [0, 10]"];
        "nearly 300 people" => ["nearly 300 | count | nearly | [270, 300]"];
        "almost 300 people" => ["almost 300 | count | nearly | [270, 300]"];
        "about 300 people" => ["about 300 | count | about | [270, 330]"];
        "around 300 people" => ["around 300 | count | about | [270, 330]"];
        "some 300 people" => ["some 300 | count | about | [270, 330]"];
    );
}

#[test]
fn ranges() {
    cases!(Fr:
        "entre 10 et 15 morts" => ["entre 10 et 15 | count | range | [10, 15]"];
        "de 10 à 15 morts" => ["de 10 à 15 | count | range | [10, 15]"];
        "10 à 15 morts" => ["10 à 15 | count | range | [10, 15]"];
        "entre 10 et 15 millions" => ["entre 10 et 15 millions | count | range | [10000000, 15000000]"];
    );
    cases!(En:
        "10 to 15 dead" => ["10 to 15 | count | range | [10, 15]"];
        "10-15 dead" => ["10-15 | count | range | [10, 15]"];
        "between 10 and 15 dead" => ["between 10 and 15 | count | range | [10, 15]"];
    );
}

#[test]
fn not_counts() {
    cases!(Fr:
        "en 2019 par une agence" => ["2019 | year | exact | [2019, 2019]"];
        "depuis 2016 pour être" => ["2016 | year | exact | [2016, 2016]"];
        "jeudi 22 juillet, deux jours après" => ["22 | date | exact | -", "deux | count | exact | [2, 2]"];
        " date 2021-07 Une conférence" => ["2021-07 | date | exact | -"];
        "à 14h30 et à 9 heures" => ["14h30 | time | exact | -", "9 | time | exact | -"];
        "le 1er juillet" => ["1er | date | exact | -"];
        "le 1er ministre" => ["1er | ordinal | exact | [1, 1]"];
        "12 % des votes" => ["12 | percent | exact | [12, 12]"];
        "appelez le 06 12 34 56 78 ou" => ["06 12 34 56 78 | other | exact | -"];
        "le média israélien i24News a dit" => [];
        "la chaîne Channel 12, le mieux noté" => ["12 | other | exact | [12, 12]"];
        "le G7 et la COVID-19 ici" => ["19 | other | exact | [19, 19]"];
        "un 5G partout" => ["5G | other | exact | [5, 5]"];
        "0\n13\n Le ministre" => ["0 | other | exact | [0, 0]", "13 | other | exact | [13, 13]"];
        "une route de 29km" => ["29km | measure | exact | [29, 29]"];
    );
    cases!(En:
        "on the 21st floor" => ["21st | ordinal | exact | [21, 21]"];
        "since 2016 the firm" => ["2016 | year | exact | [2016, 2016]"];
        "on July 22 the call" => ["22 | date | exact | -"];
        "at 3 pm today" => ["3 | time | exact | -"];
        "call +33 6 12 34 56 78 now" => ["+33 6 12 34 56 78 | other | exact | -"];
        "$20 each" => ["20 | money | exact | [20, 20]"];
    );
}

/// The fragments numbers are made of, mixed by `random_fragments_never_panic`.
const FRAGMENTS: &[&str] = &[
    "1",
    "50",
    "000",
    " ",
    "\u{a0}",
    "\u{202f}",
    ".",
    ",",
    "-",
    "–",
    "+",
    "'",
    "’",
    "%",
    "$",
    "€",
    "\n",
    "e",
    "k",
    "M",
    "h",
    "er",
    "st",
    "km",
    "é",
    "ü",
    "日本",
    "😀",
    "un",
    "une",
    "a",
    "et",
    "and",
    "de",
    "d'",
    "à",
    "to",
    "plus",
    "moins",
    "au",
    "moins de",
    "entre",
    "between",
    "vingt",
    "quatre",
    "dix",
    "sept",
    "cent",
    "mille",
    "million",
    "milliards",
    "demi",
    "half",
    "quarts",
    "fifths",
    "douzaine",
    "dozen",
    "trentaine",
    "centaines",
    "hundreds",
    "négative",
    "minus",
    "virgule",
    "point",
    "zero",
    "one",
    "juillet",
    "jeudi",
    "en",
    "2019",
    "/",
    ":",
    "x10^",
    "Channel",
    "COVID",
    "\t",
    "(",
    ")",
    // Every white space char::is_whitespace knows, and control characters.
    "\u{b}",
    "\u{c}",
    "\r",
    "\u{85}",
    "\u{2028}",
    "\0",
];

/// Random mixes of the fragments numbers are made of, in both languages:
/// recognition must never panic, and every span must lie on char boundaries
/// inside the text.
#[test]
fn random_fragments_never_panic() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20_000 {
        let len = (next() % 12) as usize + 1;
        let text: String = (0..len)
            .map(|_| FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize])
            .collect();
        for lang in [Lang::Fr, Lang::En] {
            for q in find_quantities(&text, lang) {
                assert!(
                    q.span.start <= q.number_span.start && q.number_span.end <= q.span.end,
                    "{text:?}"
                );
                assert!(text.get(q.span.clone()).is_some(), "{text:?}: {:?}", q.span);
                assert!(q.span.start < q.span.end, "{text:?}");
            }
        }
    }
}

/// Found by fuzzing: in "-1About 30", "1About" is a name, and its "About" is
/// not the qualifier of the "30" after it. Quantities never overlap.
#[test]
fn qualifiers_never_reach_into_the_previous_quantity() {
    let text = "PARIS -1About 30 journalists";
    let found = find_quantities(text, Lang::En);
    assert!(found.len() >= 2, "{found:?}");
    for pair in found.windows(2) {
        assert!(
            pair[0].span.end <= pair[1].span.start,
            "{text:?}: {found:?}"
        );
    }
}
