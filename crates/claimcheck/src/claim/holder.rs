//! Whose count: the party that holds a number of seats or votes. "98 pour
//! Renaissance, 34 pour le MoDem", "le NFP obtient 180 sièges", "the New
//! Popular Front, with 188 seats", "Ensemble (156)": an election article
//! gives one count of seats per party, and comparing the seats of one
//! party with another's is a false alarm. The holder limits the count like
//! a place does, so it is the claim's scope; only the keys the lexicon
//! marks as held (`held:` in `data/concepts.yaml`) have one.
//!
//! A name written with its acronym ("Nouveau Front populaire (NFP)") is
//! known by the acronym, the form articles repeat.

use std::ops::Range;

use crate::segment::{next_word, previous_word, sentence_start, Word};

use super::vocabulary::{phrase_at, Vocabulary};

/// How many words a holder's name may have: "Union des démocrates et
/// indépendants".
const NAME_WORDS: usize = 5;

/// The holder of the count whose number spans `number` and whose counted
/// phrase ends at `end`, within `bounds` (its clause).
pub(super) fn holder(
    text: &str,
    v: &Vocabulary,
    number: Range<usize>,
    end: usize,
    bounds: Range<usize>,
) -> Option<String> {
    after(text, v, end, bounds.end).or_else(|| before(text, v, number.start, bounds.start))
}

/// "98 pour Renaissance", "71 sièges pour La France insoumise", "45 seats
/// for Labour".
fn after(text: &str, v: &Vocabulary, end: usize, limit: usize) -> Option<String> {
    let word = next_word(text, end).filter(|w| w.end <= limit)?;
    if !v.holder_after.contains(&word.folded) {
        return None;
    }
    let mut first = next_word(text, word.end)?;
    // "pour le MoDem", but "pour Les Républicains": a capitalised article
    // is part of the name.
    let article = v.articles.contains(&first.folded) && !first.capitalised(text);
    if article {
        first = next_word(text, first.end)?;
    }
    // "trente pour les écologistes": members named by a plural noun.
    if article && !first.capitalised(text) {
        let plural = first.folded.ends_with('s') || first.folded.ends_with('x');
        let member = !v.stop.contains(&first.folded) && !v.pre_modifiers.contains(&first.folded);
        return (plural && member && first.folded.len() > 3).then(|| first.text(text).to_string());
    }
    name_from(text, v, &first)
}

/// "le NFP obtient 180 sièges", "Labour won 411 seats", "the New Popular
/// Front, with 188 seats", "Ensemble (156)", "Macron's Ensemble party with
/// 168 seats".
fn before(text: &str, v: &Vocabulary, start: usize, limit: usize) -> Option<String> {
    let floor = limit.min(start).max(sentence_start(text, start));
    let head = text[floor..start].trim_end();
    // "Ensemble (156)", "le Rassemblement national et ses alliés (143 sièges)".
    // "le PS double presque ses effectifs (59)": else the clause's subject.
    if let Some(open) = head.strip_suffix('(') {
        return with_allies(open, v).or_else(|| subject(open, v));
    }
    let words = previous_words(head, 3);
    // "with 188 seats", "avec 178 sièges": the subject before.
    if words
        .first()
        .is_some_and(|w| w.folded == "with" || w.folded == "avec")
    {
        // "the New Popular Front, with 188 seats": the comma ends the name.
        let subject_end = head[..words[0].start].trim_end();
        if let Some(before_comma) = subject_end.strip_suffix(',') {
            // "… et les proches d'Eric Ciotti qui l'ont suivi depuis Les
            // Républicains (LR), avec 143 députés": the name before the
            // comma ends a relative clause, and is not the subject.
            let relative = before_comma
                .split(|c: char| !c.is_alphabetic())
                .rev()
                .filter(|w| !w.is_empty())
                .take(RELATIVE_WORDS)
                .any(|w| v.relatives.contains(&crate::segment::fold(w)));
            if relative {
                return None;
            }
            if let Some(name) = with_allies(before_comma, v) {
                return Some(name);
            }
        }
        return subject(subject_end, v);
    }
    // "a remporté", "had won": auxiliaries before the verb.
    let verb = words
        .iter()
        .position(|w| v.holder_verbs.contains(&w.folded))?;
    if words[..verb].iter().any(|w| !v.stop.contains(&w.folded)) {
        return None;
    }
    let mut at = words[verb].start;
    while let Some(aux) = previous_words(&head[..at], 1)
        .pop()
        .filter(|w| v.auxiliaries.contains(&w.folded))
    {
        at = aux.start;
    }
    subject(&head[..at], v)
}

/// How many lower-case words may stand between a subject and its verb or
/// "with": "arrive première avec", "has been defeated but has taken".
const PREDICATE_WORDS: usize = 6;

/// How many words a relative clause between a party and its verb may
/// have: "Les LR qui sont restés à l'écart de ce rapprochement obtiennent".
const RELATIVE_WORDS: usize = 12;

/// The party that `head` (the text before a verb of winning or "with")
/// opens with: the name right before, else the subject of its clause,
/// past a relative clause ("Les LR qui sont restés à l'écart obtiennent",
/// "the RN and its allies, which had come first, finished third with"), a
/// predicate ("Ensemble … has been defeated but has taken") and an
/// apposition between commas ("the New Popular Front, led by Jean-Luc
/// Melenchon, won").
fn subject(head: &str, v: &Vocabulary) -> Option<String> {
    if let Some(name) = with_allies(head, v) {
        return Some(name);
    }
    let mut head = head.trim_end();
    let relative = std::iter::successors(previous_word(head, head.len(), 0), |w| {
        previous_word(head, w.start, 0)
    })
    .take(RELATIVE_WORDS)
    .find(|w| v.relatives.contains(&w.folded));
    if let Some(rel) = relative {
        head = head[..rel.start].trim_end();
    }
    for _ in 0..PREDICATE_WORDS {
        match previous_words(head, 1).pop() {
            Some(w) if !w.capitalised(head) => head = head[..w.start].trim_end(),
            _ => break,
        }
    }
    if let Some(before_comma) = head.strip_suffix(',') {
        // The apposition opens at the comma before, if the sentence has one.
        head = match before_comma.rfind(',') {
            Some(open) => &before_comma[..open],
            None => before_comma,
        };
    }
    with_allies(head, v)
}

/// The name that ends `text`, with its allies when it is followed by them
/// ("le Rassemblement national et ses alliés", "the National Rally (RN) and
/// its allies"): "RN + allies", counted apart from the party alone.
fn with_allies(text: &str, v: &Vocabulary) -> Option<String> {
    let text = text.trim_end();
    // In text order: the phrase ends the text.
    let mut words = previous_words(text, 3);
    words.reverse();
    for phrase in &v.allies {
        let Some(i) = words.len().checked_sub(phrase.len()) else {
            continue;
        };
        if phrase_at(&words, i, phrase).is_some() {
            let name = name_before(&text[..words[i].start], v)?;
            return Some(format!("{name} + allies"));
        }
    }
    name_before(text, v)
}

/// The last `n` words of `text`, nearest first, stopping at punctuation.
fn previous_words(text: &str, n: usize) -> Vec<Word> {
    std::iter::successors(previous_word(text, text.len(), 0), |w| {
        previous_word(text, w.start, 0)
    })
    .take(n)
    .collect()
}

/// The name that ends `text`: capitalised words, with the lower-case words
/// between them ("Nouveau Front populaire", "Parti socialiste"), trimmed of
/// lower-case words at either end.
fn name_before(text: &str, v: &Vocabulary) -> Option<String> {
    let text = text.trim_end();
    // "le Nouveau Front populaire (NFP) obtient": the acronym.
    if let Some(open) = text.strip_suffix(')').and_then(|t| t.rfind('(')) {
        return acronym_after(text, open);
    }
    let words = previous_words(text, NAME_WORDS);
    let taken: Vec<&Word> = words
        .iter()
        // A possessive ends the name: "Emmanuel Macron's Ensemble" is Ensemble.
        .take_while(|w| !v.stop.contains(&w.folded) && w.folded != "s")
        .collect();
    // `taken` is nearest first: the name runs from the farthest capitalised
    // word to the nearest one.
    let first = taken.iter().rposition(|w| w.capitalised(text))?;
    let last = taken.iter().position(|w| w.capitalised(text))?;
    let start = taken[first].start;
    // "le ministère de l'Intérieur", "the party of Marine Le Pen": a name
    // after a complement belongs to the noun before it, not to the count.
    let before = previous_words(&text[..start], 2);
    let complement = |w: &Word| v.complements.contains(&w.folded) || w.folded == "of";
    if before.first().is_some_and(complement)
        || (before
            .first()
            .is_some_and(|w| v.articles.contains(&w.folded))
            && before.get(1).is_some_and(complement))
    {
        return None;
    }
    // "the French legislative elections": a place or its people.
    if v.place_at(text, taken[first])
        .is_some_and(|(_, end)| end.end >= taken[last].end)
    {
        return None;
    }
    Some(text[start..taken[last].end].to_string())
}

/// The name that starts at `first`, or its acronym when one follows in
/// parentheses.
fn name_from(text: &str, v: &Vocabulary, first: &Word) -> Option<String> {
    if !first.capitalised(text) {
        return None;
    }
    let mut end = first.end;
    let mut words = 1;
    let mut cur = next_word(text, end);
    while let Some(w) = cur.filter(|_| words < NAME_WORDS) {
        let linked = v.name_links.contains(&w.folded);
        if !(w.capitalised(text) || linked || !v.stop.contains(&w.folded)) {
            break;
        }
        // A name does not end on a link word ("Parti de").
        let next = next_word(text, w.end);
        if linked && !next.as_ref().is_some_and(|n| n.capitalised(text)) {
            break;
        }
        if !w.capitalised(text) && !linked && words > 2 {
            break;
        }
        end = w.end;
        words += 1;
        cur = next;
    }
    Some(acronym_after(text, end).unwrap_or_else(|| text[first.start..end].to_string()))
}

/// The acronym in parentheses at or right after byte `end`: "(NFP)".
fn acronym_after(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].trim_start().strip_prefix('(')?;
    let close = rest.find(')')?;
    let acronym = &rest[..close];
    let upper = acronym.chars().filter(|c| c.is_uppercase()).count();
    (upper >= 2 && acronym.len() <= 8 && acronym.chars().all(|c| c.is_alphanumeric() || c == '-'))
        .then(|| acronym.to_string())
}
