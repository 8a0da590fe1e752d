//! The number grammar's cases, one line each: the text, the value it reads
//! and the words the number spans, in both languages.

use super::*;
use crate::lang::Lang;
use crate::quantity::lexicon::lexicon;

fn value(text: &str, lang: Lang) -> Option<(f64, String)> {
    let lex = lexicon(lang);
    let atoms = read_atoms(text, 0, lang, lex);
    let n = evaluate(&atoms, &lex.grammar)?;
    let end = atoms[n.used - 1].end;
    Some((n.value, text[..end].to_string()))
}

macro_rules! cases {
    ($lang:expr, $($text:expr => $value:expr, $span:expr;)*) => {
        $(
            assert_eq!(value($text, $lang), Some(($value as f64, $span.to_string())), "{:?}", $text);
        )*
    };
}

#[test]
fn french_words() {
    cases!(Lang::Fr,
        "Dix-sept organisations" => 17, "Dix-sept";
        "quatorze" => 14, "quatorze";
        "vingt et un" => 21, "vingt et un";
        "soixante-dix" => 70, "soixante-dix";
        "quatre-vingt-dix-neuf" => 99, "quatre-vingt-dix-neuf";
        "quatre-vingts" => 80, "quatre-vingts";
        "deux cents" => 200, "deux cents";
        "cinquante mille" => 50000, "cinquante mille";
        "neuf mille neuf cent quatre-vingt-dix neuf" => 9999, "neuf mille neuf cent quatre-vingt-dix neuf";
        "trois cent trente et un" => 331, "trois cent trente et un";
        "deux cent deux mille" => 202000, "deux cent deux mille";
        "vingt et un ou vingt-deux" => 21, "vingt et un";
        "un million et demi" => 1500000, "un million et demi";
        "trois douzaines" => 36, "trois douzaines";
        "une demi-douzaine" => 6, "une demi-douzaine";
        "cent trente cinquiemes" => 26, "cent trente cinquiemes";
        "deux cent virgule cinquante deux" => 200.52, "deux cent virgule cinquante deux";
        "4 mille 3 cents et 21" => 4321, "4 mille 3 cents et 21";
        "3 cents et 2 cents" => 300, "3 cents";
        "1,5 million" => 1500000, "1,5 million";
        "un milliard et demi million" => 1000500000, "un milliard et demi million";
        "cinq milliards et trois quarts" => 5750000000u64, "cinq milliards et trois quarts";
        "deux millions mille" => 2001000, "deux millions mille";
        "mille milliards" => 1e12, "mille milliards";
    );
    assert_eq!(value("une personne", Lang::Fr), None);
    assert_eq!(value("un demi", Lang::Fr), None);
}

#[test]
fn english_words() {
    cases!(Lang::En,
        "twenty-one" => 21, "twenty-one";
        "two hundred and five" => 205, "two hundred and five";
        "three million" => 3000000, "three million";
        "fifty - two" => 52, "fifty - two";
        "twenty-one trillion and three hundred" => 21000000000300u64, "twenty-one trillion and three hundred";
        "three hundred and two dozens" => 324, "three hundred and two dozens";
        "half a  dozen" => 6, "half a  dozen";
        "five and a half million" => 5500000, "five and a half million";
        "two million and three fifths" => 2600000, "two million and three fifths";
        "ninety - five hundred-fifths" => 1900, "ninety - five hundred-fifths";
        "two hundred point zero three" => 200.03, "two hundred point zero three";
        "three lakh crore" => 3e12, "three lakh crore";
        "3 hundred and 2 hundred" => 300, "3 hundred";
        "two millionth" => 2, "two";
        "a dozen" => 12, "a dozen";
    );
    assert_eq!(value("a person", Lang::En), None);
}

#[test]
fn vague_amounts() {
    let lex = lexicon(Lang::Fr);
    let atoms = read_atoms("une trentaine de journalistes", 0, Lang::Fr, lex);
    let n = evaluate(&atoms, &lex.grammar).unwrap();
    assert_eq!((n.value, n.vague), (30.0, Some((25.0, 35.0))));
    let atoms = read_atoms("des dizaines de milliers", 0, Lang::Fr, lex);
    let n = evaluate(&atoms, &lex.grammar).unwrap();
    assert_eq!(n.vague, Some((20000.0, 99000.0)));
}
