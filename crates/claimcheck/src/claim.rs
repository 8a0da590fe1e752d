//! Claims: what each count counts, where it applies, and who says so.
//!
//! A number becomes a claim when we know what it counts. This step reads the
//! noun phrase after each count ("15 autres anciens membres du cabinet
//! français", "more than 50,000 phone numbers", "une trentaine de
//! journalistes et dirigeants d'entreprises de médias"), gives it a concept
//! key ([`crate::concept`]), and records its scope ("en France", "French",
//! "in India") and its claimant ("selon la préfecture", "police said").
//!
//! The rules are shallow on purpose: news prose puts the counted noun right
//! after the number, so a few word lists (`data/claims.yaml`) and the shape
//! of French and English noun phrases are enough, and the step stays linear.

use std::collections::BTreeMap;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

use crate::concept::Concepts;
use crate::lang::data::{lang_file, parse, LangFile, PerLang, PLACES};
use crate::lang::Lang;
use crate::quantity::{find_quantities, fold, Kind, Quantity};

/// A quantity with what it counts. `key` is `None` when the quantity counts
/// nothing recognisable; then it is not a count claim and is never compared.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The number expression.
    pub quantity: Quantity,
    /// Byte span of the claim's words: the quantity and the counted phrase.
    pub span: Range<usize>,
    /// The counted noun phrase as written ("organisations de médias").
    pub counted: Option<String>,
    /// The concept key of the counted phrase ("media_outlet").
    pub key: Option<String>,
    /// The place the count is limited to, by its canonical English name ("France").
    pub scope: Option<String>,
    /// Who the text says makes the claim, as written ("la préfecture").
    pub attributed_to: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LangWords {
    stop: Vec<String>,
    pre_modifiers: Vec<String>,
    partitives: Vec<String>,
    complements: Vec<String>,
    coordinators: Vec<String>,
    locatives: Vec<String>,
    attribution_before: Vec<String>,
    attribution_not: Vec<String>,
    attribution_verbs: Vec<String>,
    verb_endings: Vec<String>,
    plural_exceptions: Vec<String>,
    irregular_plurals: Vec<String>,
    counted_before: Vec<String>,
    definite: Vec<String>,
}

/// The names and demonyms of a place in each language.
type PlaceNames = BTreeMap<Lang, Vec<String>>;

/// The word lists of one language, folded.
struct Vocabulary {
    stop: FxHashSet<String>,
    pre_modifiers: FxHashSet<String>,
    partitives: FxHashSet<String>,
    complements: FxHashSet<String>,
    coordinators: FxHashSet<String>,
    locatives: FxHashSet<String>,
    attribution_before: Vec<Vec<String>>,
    attribution_not: FxHashSet<String>,
    attribution_verbs: Vec<Vec<String>>,
    verb_endings: Vec<String>,
    plural_exceptions: FxHashSet<String>,
    irregular_plurals: FxHashSet<String>,
    counted_before: FxHashSet<String>,
    definite: FxHashSet<String>,
    /// Folded place name or demonym (one to three words) → canonical name.
    places: FxHashMap<String, String>,
}

fn folded_set(words: &[String]) -> FxHashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

fn phrase_list(words: &[String]) -> Vec<Vec<String>> {
    words
        .iter()
        .map(|p| {
            p.split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty())
                .map(fold)
                .collect()
        })
        .collect()
}

fn split_name(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '\'' || c == '’')
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect::<Vec<_>>()
        .join(" ")
}

impl Vocabulary {
    fn build(w: LangWords, places: &FxHashMap<String, PlaceNames>, lang: Lang) -> Vocabulary {
        let mut names = FxHashMap::default();
        for (canonical, p) in places {
            for name in p.get(&lang).into_iter().flatten() {
                names.insert(split_name(name), canonical.clone());
            }
        }
        Vocabulary {
            stop: folded_set(&w.stop),
            pre_modifiers: folded_set(&w.pre_modifiers),
            partitives: folded_set(&w.partitives),
            complements: folded_set(&w.complements),
            coordinators: folded_set(&w.coordinators),
            locatives: folded_set(&w.locatives),
            attribution_before: phrase_list(&w.attribution_before),
            attribution_not: folded_set(&w.attribution_not),
            attribution_verbs: phrase_list(&w.attribution_verbs),
            verb_endings: w.verb_endings.iter().map(|e| e.to_lowercase()).collect(),
            plural_exceptions: folded_set(&w.plural_exceptions),
            irregular_plurals: folded_set(&w.irregular_plurals),
            counted_before: folded_set(&w.counted_before),
            definite: folded_set(&w.definite),
            places: names,
        }
    }
}

/// The word lists of `lang`, built from its data on first use.
fn vocabulary(lang: Lang) -> &'static Vocabulary {
    static VOCABULARIES: PerLang<Vocabulary> = PerLang::new();
    VOCABULARIES.get(lang, |lang| {
        let places: FxHashMap<String, PlaceNames> = parse(PLACES);
        Vocabulary::build(parse(lang_file(lang, LangFile::Claims)), &places, lang)
    })
}

/// A word of the text: its span and folded form.
#[derive(Clone, Debug)]
struct Word {
    start: usize,
    end: usize,
    folded: String,
}

impl Word {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    fn capitalised(&self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    }
}

/// The word after byte `pos`, when only spaces, an apostrophe or a hyphen
/// stand between: punctuation, a line break or a digit end the phrase.
fn next_word(text: &str, pos: usize) -> Option<Word> {
    let rest = &text[pos..];
    let skipped = rest.trim_start_matches(|c: char| {
        (c.is_whitespace() && c != '\n') || matches!(c, '\'' | '’' | '-')
    });
    let start = pos + (rest.len() - skipped.len());
    let len = skipped
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(skipped.len());
    if len == 0 {
        return None;
    }
    let end = start + len;
    Some(Word {
        start,
        end,
        folded: fold(&text[start..end]),
    })
}

impl Vocabulary {
    /// A word that can be part of a noun phrase: not a function word.
    fn content(&self, w: &Word) -> bool {
        !self.stop.contains(&w.folded)
    }

    /// A conjugated verb or a participle ("figuraient", "stockés",
    /// "belonging"), which ends a noun phrase when it follows the noun. The
    /// endings are matched with their accents: "é" marks a participle, "e"
    /// does not.
    fn verb_like(&self, text: &str, w: &Word) -> bool {
        let lower = w.text(text).to_lowercase();
        lower.chars().count() > 4
            && self
                .verb_endings
                .iter()
                .any(|e| lower.ends_with(e.as_str()))
    }

    /// True when an English word is plural: the head of a count above one.
    fn plural(&self, w: &Word) -> bool {
        let f = &w.folded;
        if self.irregular_plurals.contains(f) {
            return true;
        }
        if self.plural_exceptions.contains(f) {
            return false;
        }
        f.len() > 2
            && f.ends_with('s')
            && !f.ends_with("ss")
            && !f.ends_with("us")
            && !f.ends_with("is")
    }

    /// The place named by the words starting at `w` (up to three words), and
    /// the last word it uses.
    fn place_at(&self, text: &str, w: &Word) -> Option<(String, Word)> {
        let mut words = vec![w.clone()];
        while words.len() < 3 {
            match next_word(text, words[words.len() - 1].end) {
                Some(n) => words.push(n),
                None => break,
            }
        }
        for len in (1..=words.len()).rev() {
            let name = words[..len]
                .iter()
                .map(|w| w.folded.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(place) = self.places.get(&name) {
                return Some((place.clone(), words[len - 1].clone()));
            }
        }
        None
    }
}

/// The counted phrase after a quantity: its first word, last word, and the
/// end of its first conjunct (the part the key is taken from).
struct Counted {
    start: usize,
    end: usize,
    key_end: usize,
    /// Words next to the head that may name a place ("journalistes français").
    neighbours: Vec<Word>,
}

/// Reads the French noun phrase after a count: "de" after a vague amount or
/// a scale, a partitive ("de ses"), pre-modifiers ("autres", "anciens"), the
/// head noun, then adjectives, complements ("de téléphone", "du
/// gouvernement") and one coordination ("journalistes et dirigeants").
fn counted_fr(text: &str, v: &Vocabulary, from: usize) -> Option<Counted> {
    let mut w = next_word(text, from)?;
    if matches!(w.folded.as_str(), "de" | "d") {
        w = next_word(text, w.end)?;
    }
    while v.partitives.contains(&w.folded) || v.pre_modifiers.contains(&w.folded) {
        w = next_word(text, w.end)?;
    }
    if !v.content(&w) {
        return None;
    }
    let start = w.start;
    let mut end = w.end;
    let mut key_end = 0;
    let mut neighbours = Vec::new();
    let mut coordinated = false;
    // A demonym names the scope only right after the head ("journalistes
    // français"), not after a complement ("membres du cabinet français").
    let mut after_complement = false;
    let mut steps = 0;
    while steps < 8 {
        steps += 1;
        let Some(n) = next_word(text, end) else { break };
        if v.complements.contains(&n.folded) {
            let mut m = match next_word(text, n.end) {
                Some(m) => m,
                None => break,
            };
            if matches!(m.folded.as_str(), "la" | "l") {
                m = match next_word(text, m.end) {
                    Some(m) => m,
                    None => break,
                };
            }
            if m.capitalised(text) || !v.content(&m) {
                break;
            }
            end = m.end;
            after_complement = true;
            continue;
        }
        if v.coordinators.contains(&n.folded) && !coordinated {
            match next_word(text, n.end) {
                Some(m) if v.content(&m) && !m.capitalised(text) && !v.verb_like(text, &m) => {
                    key_end = end;
                    coordinated = true;
                    end = m.end;
                    continue;
                }
                _ => break,
            }
        }
        if v.content(&n) && !n.capitalised(text) && !v.verb_like(text, &n) {
            if !coordinated && !after_complement && neighbours.len() < 2 {
                neighbours.push(n.clone());
            }
            end = n.end;
            continue;
        }
        break;
    }
    Some(Counted {
        start,
        end,
        key_end: if key_end > 0 { key_end } else { end },
        neighbours,
    })
}

/// Reads the English noun phrase after a count: a partitive ("of the"),
/// "other", then modifiers and the head — the first plural noun for counts
/// above one ("phone numbers", "serving ministers") — then an "of"
/// complement ("members of the cabinet") and one coordination.
fn counted_en(text: &str, v: &Vocabulary, from: usize, singular: bool) -> Option<Counted> {
    let mut w = next_word(text, from)?;
    // "a 16-strong cabinet".
    if w.folded == "strong" && text[..w.start].ends_with('-') {
        w = next_word(text, w.end)?;
    }
    while v.partitives.contains(&w.folded) || v.pre_modifiers.contains(&w.folded) {
        w = next_word(text, w.end)?;
    }
    let mut run = Vec::new();
    let mut next = Some(w);
    while let Some(n) = next {
        if run.len() >= 5
            || !v.content(&n)
            || (singular && !run.is_empty() && v.verb_like(text, &n))
        {
            break;
        }
        let stop_here = !singular && v.plural(&n);
        next = next_word(text, n.end);
        run.push(n);
        if stop_here {
            break;
        }
    }
    let head = if singular {
        run.len().checked_sub(1)?
    } else {
        // No plural: the noun is the first word ("a 16-strong cabinet met").
        run.iter()
            .position(|w| v.plural(w))
            .or((!run.is_empty()).then_some(0))?
    };
    let start = run[0].start;
    let mut end = run[head].end;
    let neighbours: Vec<Word> = run[..head].to_vec();
    // "members of the cabinet", "heads of state".
    if let Some(of) = next_word(text, end).filter(|w| w.folded == "of") {
        let mut m = next_word(text, of.end);
        if m.as_ref().is_some_and(|m| m.folded == "the") {
            m = m.and_then(|m| next_word(text, m.end));
        }
        if let Some(m) = m.filter(|m| v.content(m) && !m.capitalised(text)) {
            end = m.end;
        }
    }
    let key_end = end;
    if let Some(and) = next_word(text, end).filter(|w| v.coordinators.contains(&w.folded)) {
        let mut last = None;
        let mut cur = next_word(text, and.end);
        while let Some(c) = cur.filter(|c| v.content(c) && !c.capitalised(text)) {
            let plural = v.plural(&c);
            last = Some(c.end);
            if plural {
                break;
            }
            cur = next_word(text, c.end);
        }
        if let Some(e) = last {
            end = e;
        }
    }
    Some(Counted {
        start,
        end,
        key_end,
        neighbours,
    })
}

/// The noun phrase before a verb of counting, for counts written after what
/// they count: "the targets numbered 50,000", "les victimes s'élèvent à 30".
fn counted_before(text: &str, v: &Vocabulary, start: usize) -> Option<Counted> {
    let mut words = Vec::new();
    let mut pos = start;
    while words.len() < 6 {
        let head = &text[..pos];
        let trimmed = head.trim_end_matches(|c: char| {
            (c.is_whitespace() && c != '\n') || matches!(c, '\'' | '’')
        });
        let Some(word_start) = trimmed
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map(|(i, _)| i)
        else {
            break;
        };
        words.push(Word {
            start: word_start,
            end: trimmed.len(),
            folded: fold(&trimmed[word_start..]),
        });
        pos = word_start;
    }
    // words[0] is nearest the number: skip the verb and what helps it ("s'", "à").
    let verb = words
        .iter()
        .position(|w| v.counted_before.contains(&w.folded))?;
    let linked =
        verb == 0 || (verb == 1 && matches!(words[0].folded.as_str(), "a" | "at" | "de" | "of"));
    if !linked {
        return None;
    }
    let mut noun = verb + 1;
    while words
        .get(noun)
        .is_some_and(|w| matches!(w.folded.as_str(), "s" | "se"))
    {
        noun += 1;
    }
    let head = words.get(noun).filter(|w| v.content(w))?;
    let mut first = head.clone();
    for w in &words[noun + 1..] {
        if !v.content(w) || w.capitalised(text) {
            break;
        }
        first = w.clone();
    }
    Some(Counted {
        start: first.start,
        end: head.end,
        key_end: head.end,
        neighbours: Vec::new(),
    })
}

/// The scope of a claim: a place named right after the counted phrase
/// behind a locative ("en France", "in India", "worldwide"), or a demonym
/// next to its head ("journalistes français", "French journalists").
fn scope(text: &str, v: &Vocabulary, counted: &Counted) -> Option<String> {
    for n in &counted.neighbours {
        if let Some((place, _)) = v.place_at(text, n) {
            return Some(place);
        }
    }
    let next = next_word(text, counted.end)?;
    if v.locatives.contains(&next.folded) {
        let mut place = next_word(text, next.end)?;
        // "dans le monde", "aux États-Unis", "in the United States".
        if matches!(place.folded.as_str(), "le" | "la" | "les" | "l" | "the") {
            place = next_word(text, place.end)?;
        }
        return v.place_at(text, &place).map(|(p, _)| p);
    }
    v.place_at(text, &next)
        .filter(|(p, _)| p == "world")
        .map(|(p, _)| p)
}

/// How far a sentence may reach on each side of a claim. Prose sentences are
/// far shorter; the bound keeps a file of one huge line linear.
const SENTENCE_MAX: usize = 2000;

/// The sentence around byte `pos`: from the last sentence end before it to
/// the next one after it, at most [`SENTENCE_MAX`] bytes each way.
fn sentence(text: &str, pos: usize) -> Range<usize> {
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let mut lo = pos.saturating_sub(SENTENCE_MAX);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (pos + SENTENCE_MAX).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let start = text[lo..pos].rfind(is_end).map_or(lo, |i| lo + i + 1);
    let end = text[pos..hi].find(is_end).map_or(hi, |i| pos + i);
    start..end
}

/// A claimant named in a sentence, and the byte span of the words that name it.
#[derive(Clone, Debug)]
struct Claimant {
    name: String,
    at: usize,
}

/// The noun phrase of a claimant starting at byte `pos`: determiners,
/// nouns, adjectives, names, "de" complements ("le ministère de
/// l'Intérieur"), "et" before a name ("Le Monde et Radio France").
fn claimant_phrase(text: &str, v: &Vocabulary, pos: usize) -> Option<Range<usize>> {
    let is_article = |w: &Word| matches!(w.folded.as_str(), "la" | "l" | "le" | "les" | "the");
    let first = next_word(text, pos)?;
    if v.attribution_not.contains(&first.folded) {
        return None;
    }
    let start = first.start;
    let mut end = first.end;
    let mut words = 1;
    let mut cur = next_word(text, first.end);
    while let Some(w) = cur {
        if words >= 9 {
            break;
        }
        let linking = v.complements.contains(&w.folded) || v.coordinators.contains(&w.folded);
        let keep = if linking {
            // What follows the link, past an article: a name, or (after "de") a noun.
            let mut m = next_word(text, w.end);
            if m.as_ref().is_some_and(is_article) {
                m = m.and_then(|m| next_word(text, m.end));
            }
            m.is_some_and(|m| {
                m.capitalised(text) || (v.complements.contains(&w.folded) && v.content(&m))
            })
        } else {
            is_article(&w) || v.content(&w) || w.capitalised(text)
        };
        if !keep {
            break;
        }
        end = w.end;
        words += 1;
        cur = next_word(text, w.end);
    }
    Some(start..end)
}

/// Every claimant named in the sentence `range`: after "selon", "d'après",
/// "according to"; after an inverted verb (", a indiqué Mediapart"); or
/// before "said" (", police said").
fn claimants(text: &str, v: &Vocabulary, range: Range<usize>) -> Vec<Claimant> {
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut pos = range.start;
    while pos < range.end {
        let rest = &text[pos..range.end];
        let Some(off) = rest.find(char::is_alphabetic) else {
            break;
        };
        let start = pos + off;
        let len = text[start..range.end]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(range.end - start);
        words.push(Word {
            start,
            end: start + len,
            folded: fold(&text[start..start + len]),
        });
        pos = start + len;
    }
    let matches_at = |i: usize, phrase: &[String]| {
        phrase.len() <= words.len() - i
            && words[i..i + phrase.len()]
                .iter()
                .zip(phrase)
                .all(|(w, p)| &w.folded == p)
    };
    for i in 0..words.len() {
        for phrase in &v.attribution_before {
            if matches_at(i, phrase) {
                let after = words[i + phrase.len() - 1].end;
                if let Some(r) = claimant_phrase(text, v, after) {
                    if r.end <= range.end {
                        out.push(Claimant {
                            name: text[r.clone()].to_string(),
                            at: words[i].start,
                        });
                    }
                }
            }
        }
        for phrase in &v.attribution_verbs {
            if !matches_at(i, phrase) {
                continue;
            }
            let verb_end = words[i + phrase.len() - 1].end;
            // Inverted: ", a indiqué Mediapart." / ", said Amnesty."
            let after_comma = text[..words[i].start].trim_end().ends_with([',', '»', '"']);
            if after_comma {
                if let Some(r) = claimant_phrase(text, v, verb_end) {
                    let tail = text[r.end..range.end].trim();
                    if tail.is_empty() || tail.starts_with(',') {
                        out.push(Claimant {
                            name: text[r.clone()].to_string(),
                            at: words[i].start,
                        });
                        continue;
                    }
                }
            }
            // Before the verb, after a comma or at the sentence start: ", police said".
            let clause_start = text[range.start..words[i].start]
                .rfind(',')
                .map_or(range.start, |c| range.start + c + 1);
            let subject = text[clause_start..words[i].start].trim();
            let tail = text[verb_end..range.end].trim();
            if !subject.is_empty()
                && subject.split_whitespace().count() <= 4
                && !subject.chars().any(|c| c.is_ascii_digit())
                && (tail.is_empty() || tail.starts_with(','))
            {
                out.push(Claimant {
                    name: subject.to_string(),
                    at: clause_start,
                });
            }
        }
    }
    out
}

/// Finds the quantities of `text` and makes each a claim: what it counts,
/// its concept key, scope and claimant. Quantities that count nothing keep
/// `key: None`.
pub fn find_claims(text: &str, lang: Lang, concepts: &Concepts) -> Vec<Claim> {
    let v = vocabulary(lang);
    let mut claims: Vec<Claim> = find_quantities(text, lang)
        .into_iter()
        .map(|q| {
            let mut claim = Claim {
                span: q.span.clone(),
                counted: None,
                key: None,
                scope: None,
                attributed_to: None,
                quantity: q,
            };
            if claim.quantity.kind == Kind::Count {
                describe(text, lang, v, concepts, &mut claim);
            }
            claim
        })
        .collect();
    attribute(text, v, &mut claims);
    inherit_elided(text, v, &mut claims);
    claims
}

/// Fills the counted phrase, key and scope of one count.
fn describe(text: &str, lang: Lang, v: &Vocabulary, concepts: &Concepts, claim: &mut Claim) {
    let q = &claim.quantity;
    let singular = q.value.is_some_and(|x| x.abs() == 1.0);
    let counted = match lang {
        Lang::Fr => counted_fr(text, v, q.span.end),
        Lang::En => counted_en(text, v, q.span.end, singular),
    };
    let Some(counted) = counted.or_else(|| counted_before(text, v, q.span.start)) else {
        return;
    };
    let phrase = &text[counted.start..counted.end];
    let key_phrase = &text[counted.start..counted.key_end];
    claim.counted = Some(phrase.to_string());
    claim.span = q.span.start.min(counted.start)..q.span.end.max(counted.end);
    if small_definite(text, v, q) {
        return;
    }
    let Some(key) = concepts.key(key_phrase, lang) else {
        return;
    };
    claim.key = Some(key);
    claim.scope = scope(text, v, &counted);
}

/// "entre les deux pays", "the two countries": a small count after a
/// definite determiner names things the text already introduced (France and
/// Israel); it counts nothing new, and comparing it with "a dozen countries"
/// elsewhere would raise a false alarm.
fn small_definite(text: &str, v: &Vocabulary, q: &Quantity) -> bool {
    if q.value.is_none_or(|x| x.abs() > 3.0) {
        return false;
    }
    let head = text[..q.span.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i);
    start.is_some_and(|s| v.definite.contains(&fold(&head[s..])))
}

/// Gives each claim the claimant its sentence names: the first one after
/// it and before the next quantity, or else the nearest one before it with
/// no other quantity in between.
fn attribute(text: &str, v: &Vocabulary, claims: &mut [Claim]) {
    let mut cache: Option<(Range<usize>, Vec<Claimant>)> = None;
    for i in 0..claims.len() {
        if claims[i].key.is_none() && claims[i].quantity.kind != Kind::Count {
            continue;
        }
        let span = claims[i].span.clone();
        let range = sentence(text, span.start);
        if cache.as_ref().is_none_or(|(r, _)| *r != range) {
            cache = Some((range.clone(), claimants(text, v, range.clone())));
        }
        let Some((_, found)) = cache.as_ref() else {
            continue;
        };
        let next_start = claims
            .get(i + 1)
            .map_or(range.end, |c| c.span.start.min(range.end));
        let prev_end = if i > 0 {
            claims[i - 1].span.end.max(range.start)
        } else {
            range.start
        };
        let after = found.iter().find(|c| c.at >= span.end && c.at < next_start);
        let before = found
            .iter()
            .rev()
            .find(|c| c.at < span.start && c.at >= prev_end);
        claims[i].attributed_to = after.or(before).map(|c| c.name.clone());
    }
}

/// "80 000 manifestants selon la préfecture, plus de 200 000 selon les
/// syndicats": a count with no noun, followed by its claimant, counts what
/// the previous claim of its sentence counts.
fn inherit_elided(text: &str, v: &Vocabulary, claims: &mut [Claim]) {
    for i in 1..claims.len() {
        let (before, rest) = claims.split_at_mut(i);
        let claim = &mut rest[0];
        if claim.key.is_some()
            || claim.quantity.kind != Kind::Count
            || claim.attributed_to.is_none()
        {
            continue;
        }
        let Some(prev) = before.iter().rev().find(|c| c.key.is_some()) else {
            continue;
        };
        if sentence(text, prev.span.start) != sentence(text, claim.span.start) {
            continue;
        }
        let follows = next_word(text, claim.span.end).is_some_and(|w| {
            v.attribution_before
                .iter()
                .any(|p| p.first() == Some(&w.folded))
        });
        if follows {
            claim.counted = prev.counted.clone();
            claim.key = prev.key.clone();
            claim.scope = prev.scope.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each claim of `text` as `words | key | scope | claimant`.
    fn render(text: &str, lang: Lang) -> Vec<String> {
        find_claims(text, lang, Concepts::builtin())
            .into_iter()
            .filter(|c| c.key.is_some())
            .map(|c| {
                format!(
                    "{} | {} | {} | {}",
                    &text[c.span.clone()],
                    c.key.unwrap_or_default(),
                    c.scope.unwrap_or_else(|| "-".into()),
                    c.attributed_to.unwrap_or_else(|| "-".into())
                )
            })
            .collect()
    }

    macro_rules! cases {
        ($lang:ident: $($text:expr => [$($want:expr),* $(,)?];)*) => {
            $(
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(render($text, Lang::$lang), want, "{:?}", $text);
            )*
        };
    }

    #[test]
    fn french_constructions() {
        cases!(Fr:
            "Le téléphone de 15 autres anciens membres du cabinet français figuraient" => ["15 autres anciens membres du cabinet français | government_member | - | -"];
            "Il a limogé 14 de ses ministres hier." => ["14 de ses ministres | minister | - | -"];
            "les numéros d'au moins 14 ministres figuraient" => ["au moins 14 ministres | minister | - | -"];
            "30 victimes dont 12 enfants." => ["30 victimes | casualty | - | -", "12 enfants | child | - | -"];
            "une trentaine de journalistes et dirigeants d'entreprises de médias en France." => ["une trentaine de journalistes et dirigeants d'entreprises de médias | journalist | France | -"];
            "un consortium de 17 médias qui ont révélé" => ["17 médias | media_outlet | - | -"];
            "Dix-sept organisations de médias ont participé" => ["Dix-sept organisations de médias | media_outlet | - | -"];
            "plus de 50 000 numéros de téléphone portable stockés par l'entreprise" => ["plus de 50 000 numéros de téléphone portable | phone_number | - | -"];
            "30 journalistes français ont été visés" => ["30 journalistes français | journalist | France | -"];
            "Les victimes s'élèvent à 30." => ["victimes s'élèvent à 30 | casualty | - | -"];
        );
    }

    #[test]
    fn english_constructions() {
        cases!(En:
            "the phones of 15 other former cabinet members were on the list" => ["15 other former cabinet members | government_member | - | -"];
            "14 of the ministers were targeted" => ["14 of the ministers | minister | - | -"];
            "a 16-strong cabinet met" => ["16-strong cabinet | government_member | - | -"];
            "50,000 phone numbers, including 14 serving ministers." => ["50,000 phone numbers | phone_number | - | -", "14 serving ministers | minister | - | -"];
            "More than 300 journalists in India were named." => ["More than 300 journalists | journalist | India | -"];
            "about 180 journalists worldwide" => ["about 180 journalists | journalist | world | -"];
            "The targets numbered more than 50,000." => ["targets numbered more than 50,000 | target | - | -"];
            "Seventeen media organisations took part." => ["Seventeen media organisations | media_outlet | - | -"];
            "Two days later, three people died." => ["three people | person | - | -"];
        );
    }

    #[test]
    fn claimants() {
        cases!(Fr:
            "80 000 manifestants selon la préfecture, plus de 200 000 selon les syndicats." => [
                "80 000 manifestants | protester | - | la préfecture",
                "plus de 200 000 | protester | - | les syndicats",
            ];
            "D'après le ministère de l'Intérieur, 12 000 policiers seront mobilisés." => ["12 000 policiers | police_officer | - | le ministère de l'Intérieur"];
            "Cinq ministres étaient visés, a indiqué Mediapart." => ["Cinq ministres | minister | - | Mediapart"];
            "une enquête menée par 17 organisations de médias, selon laquelle des logiciels" => ["17 organisations de médias | media_outlet | - | -"];
        );
        cases!(En:
            "Some 300 homes were destroyed, according to the fire brigade." => ["Some 300 homes | home | - | the fire brigade"];
            "About 2,000 protesters gathered, police said." => ["About 2,000 protesters | protester | - | police"];
        );
    }
}
