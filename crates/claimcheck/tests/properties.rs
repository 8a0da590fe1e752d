//! Property tests: random numbers written out as French and English words,
//! and as digits with random separators, must read back to themselves.

use claimcheck::lang::Lang;
use claimcheck::quantity::find_quantities;
use proptest::prelude::*;

const FR_UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];

/// French words for 0..100, the way a French text writes them.
fn fr_below_100(n: u64, hyphen: &str) -> String {
    let n = n as usize;
    match n {
        0..=16 => FR_UNITS[n].to_string(),
        17..=19 => format!("dix{hyphen}{}", FR_UNITS[n - 10]),
        70..=79 => match n {
            71 => "soixante et onze".to_string(),
            _ => format!("soixante{hyphen}{}", fr_below_100(n as u64 - 60, hyphen)),
        },
        80 => "quatre-vingts".to_string(),
        81..=99 => format!(
            "quatre-vingt{hyphen}{}",
            fr_below_100(n as u64 - 80, hyphen)
        ),
        _ => {
            let tens = [
                "",
                "",
                "vingt",
                "trente",
                "quarante",
                "cinquante",
                "soixante",
            ][n / 10];
            match n % 10 {
                0 => tens.to_string(),
                1 => format!("{tens} et un"),
                u => format!("{tens}{hyphen}{}", FR_UNITS[u]),
            }
        }
    }
}

fn fr_below_1000(n: u64, hyphen: &str, before_mille: bool) -> String {
    let (h, r) = (n / 100, n % 100);
    let rest = if r > 0 {
        format!(" {}", fr_below_100(r, hyphen))
    } else {
        String::new()
    };
    let mut words = match h {
        0 => fr_below_100(r, hyphen),
        1 => format!("cent{rest}"),
        _ if r == 0 && !before_mille => format!("{} cents", FR_UNITS[h as usize]),
        _ => format!("{} cent{rest}", FR_UNITS[h as usize]),
    };
    if before_mille && words.ends_with("quatre-vingts") {
        words.pop();
    }
    words
}

/// French words for `n`.
fn fr_words(n: u64, hyphen: &str) -> String {
    let (millions, thousands, rest) = (n / 1_000_000, (n / 1_000) % 1_000, n % 1_000);
    let mut parts = Vec::new();
    if millions == 1 {
        parts.push("un million".to_string());
    } else if millions > 1 {
        parts.push(format!(
            "{} millions",
            fr_below_1000(millions, hyphen, false)
        ));
    }
    if thousands == 1 {
        parts.push("mille".to_string());
    } else if thousands > 1 {
        parts.push(format!("{} mille", fr_below_1000(thousands, hyphen, true)));
    }
    if rest > 0 || n == 0 {
        parts.push(fr_below_1000(rest, hyphen, false));
    }
    parts.join(" ")
}

const EN_UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const EN_TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn en_below_100(n: u64, hyphen: &str) -> String {
    let n = n as usize;
    if n < 20 {
        EN_UNITS[n].to_string()
    } else if n.is_multiple_of(10) {
        EN_TENS[n / 10].to_string()
    } else {
        format!("{}{hyphen}{}", EN_TENS[n / 10], EN_UNITS[n % 10])
    }
}

fn en_below_1000(n: u64, hyphen: &str) -> String {
    let (h, r) = (n / 100, n % 100);
    match (h, r) {
        (0, _) => en_below_100(r, hyphen),
        (_, 0) => format!("{} hundred", EN_UNITS[h as usize]),
        _ => format!(
            "{} hundred and {}",
            EN_UNITS[h as usize],
            en_below_100(r, hyphen)
        ),
    }
}

/// English words for `n`.
fn en_words(n: u64, hyphen: &str) -> String {
    let (millions, thousands, rest) = (n / 1_000_000, (n / 1_000) % 1_000, n % 1_000);
    let mut parts = Vec::new();
    if millions > 0 {
        parts.push(format!("{} million", en_below_1000(millions, hyphen)));
    }
    if thousands > 0 {
        parts.push(format!("{} thousand", en_below_1000(thousands, hyphen)));
    }
    if rest > 0 || n == 0 {
        if !parts.is_empty() && rest < 100 {
            parts.push(format!("and {}", en_below_100(rest, hyphen)));
        } else {
            parts.push(en_below_1000(rest, hyphen));
        }
    }
    parts.join(" ")
}

/// `n` in digits, grouped by three with `sep`.
fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// The value of the quantity that starts at byte `at` of `text`.
fn value_at(text: &str, lang: Lang, at: usize) -> Option<f64> {
    find_quantities(text, lang)
        .into_iter()
        .find(|q| q.number_span.start == at)
        .and_then(|q| q.value)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn french_words_read_back(n in 0u64..1_000_000_000, hyphen in prop_oneof![Just("-"), Just(" ")], capital in any::<bool>()) {
        prop_assume!(n != 1); // "un" alone is an article, never a number
        let mut words = fr_words(n, hyphen);
        if capital {
            words = words[..1].to_uppercase() + &words[1..];
        }
        let text = format!("Il y avait {words} personnes.");
        prop_assert_eq!(value_at(&text, Lang::Fr, 11), Some(n as f64), "{}", text);
    }

    #[test]
    fn english_words_read_back(n in 0u64..1_000_000_000, hyphen in prop_oneof![Just("-"), Just(" ")]) {
        let words = en_words(n, hyphen);
        let text = format!("There were {words} people.");
        prop_assert_eq!(value_at(&text, Lang::En, 11), Some(n as f64), "{}", text);
    }

    #[test]
    fn french_digits_read_back(n in 0u64..10_000_000_000, sep in prop_oneof![Just(" "), Just("\u{a0}"), Just("\u{202f}"), Just(".")], decimals in prop::option::of(1u64..100)) {
        let mut text = grouped(n, sep);
        let mut value = n as f64;
        if let Some(d) = decimals {
            text.push_str(&format!(",{d:02}"));
            value += d as f64 / 100.0;
        }
        let text = format!("Soit {text} personnes.");
        let got = value_at(&text, Lang::Fr, 5).unwrap_or(f64::NAN);
        prop_assert!((got - value).abs() < 1e-6, "{} read as {}", text, got);
    }

    #[test]
    fn english_digits_read_back(n in 0u64..10_000_000_000, sep in prop_oneof![Just(","), Just(" "), Just("\u{a0}")], decimals in prop::option::of(1u64..100)) {
        let mut text = grouped(n, sep);
        let mut value = n as f64;
        if let Some(d) = decimals {
            text.push_str(&format!(".{d:02}"));
            value += d as f64 / 100.0;
        }
        let text = format!("Some {text} people.");
        let got = value_at(&text, Lang::En, 5).unwrap_or(f64::NAN);
        prop_assert!((got - value).abs() < 1e-6, "{} read as {}", text, got);
    }
}

#[test]
fn the_generators_write_what_news_text_writes() {
    assert_eq!(fr_words(71, "-"), "soixante et onze");
    assert_eq!(fr_words(80_000, "-"), "quatre-vingt mille");
    assert_eq!(fr_words(200, "-"), "deux cents");
    assert_eq!(fr_words(2_000_021, "-"), "deux millions vingt et un");
    assert_eq!(en_words(1_000_005, "-"), "one million and five");
    assert_eq!(en_words(205, "-"), "two hundred and five");
    assert_eq!(grouped(50_000, "\u{a0}"), "50\u{a0}000");
}
