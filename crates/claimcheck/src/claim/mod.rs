//! Claims: what each count counts, where it applies, and who says so.
//!
//! A number becomes a claim when we know what it counts. This step reads the
//! noun phrase after each count ("15 autres anciens membres du cabinet
//! français", "more than 50,000 phone numbers", "une trentaine de
//! journalistes et dirigeants d'entreprises de médias"), gives it a concept
//! key ([`crate::concept`]), and records its scope ("en France", "French",
//! "in India") and its claimant ("selon la préfecture", "police said").
//!
//! The step has a file per question: `counted` reads the noun phrase a
//! number counts (a grammar per language); `frame` what a generic count
//! counts from the verbs of its clause ("230 personnes ont péri"), its
//! subset ("dont sept grièvement") and its period ("so far"); `elided` the
//! counts that share the noun of the claim before them ("26 000 à
//! Marseille", "dont 38", "14 of them"); `scope` where a count applies and
//! `holder` whose it is ("98 pour Renaissance"); `attribution` who says so;
//! `superseded` which figures the text presents as earlier; `vocabulary`
//! holds the word lists they read (`data/<lang>/claims.yaml`,
//! `data/places.yaml`), and the concept lexicon the frames
//! (`data/concepts.yaml`).
//!
//! The rules are shallow on purpose: news prose puts what a number counts in
//! the few words around it, so word lists and the shape of French and
//! English clauses are enough, and each rule reads only near a number.

mod attribution;
mod counted;
mod elided;
mod frame;
mod holder;
mod one;
mod scope;
mod superseded;
mod vocabulary;

use std::ops::Range;

use crate::concept::Concepts;
use crate::lang::Lang;
use crate::quantity::{find_quantities, Kind, Quantity};
use crate::segment::{fold, next_word};

use vocabulary::{phrase_at, vocabulary, Vocabulary};

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
    /// The text presents the figure as an earlier one ("le précédent bilan
    /// faisait état de 820 morts", "up from 1,037"): it is compared with
    /// nothing (`superseded`).
    pub superseded: bool,
}

/// Finds the quantities of `text` and makes each a claim: what it counts,
/// its concept key, scope and claimant. Quantities that count nothing keep
/// `key: None`.
pub fn find_claims(text: &str, lang: Lang, concepts: &Concepts) -> Vec<Claim> {
    let v = vocabulary(lang);
    let quantities = find_quantities(text, lang);
    let spans: Vec<Range<usize>> = quantities.iter().map(|q| q.span.clone()).collect();
    let mut sentences = frame::Sentences::default();
    let mut claims: Vec<Claim> = quantities
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            let bounds = bounds(&spans, i, text.len());
            let mut claim = Claim {
                span: q.span.clone(),
                counted: None,
                key: None,
                scope: None,
                attributed_to: None,
                superseded: false,
                quantity: q,
            };
            if claim.quantity.kind == Kind::Count {
                describe(text, lang, v, concepts, &mut claim, bounds, &mut sentences);
            }
            claim
        })
        .collect();
    let ones = one::counts_of_one(text, lang, v, concepts, &spans, &mut sentences);
    let spans = if ones.is_empty() {
        spans
    } else {
        claims.extend(ones);
        claims.sort_by_key(|c| c.quantity.span.start);
        claims.iter().map(|c| c.quantity.span.clone()).collect()
    };
    scope::exclusions(text, v, &mut claims);
    attribution::attribute(text, v, &mut claims);
    elided::inherit(text, lang, v, concepts, &spans, &mut claims);
    superseded::mark(text, lang, &mut claims);
    same_figure_same_period(concepts, &mut claims);
    claims
}

/// A figure an article gives for a period ("11 people have died so far")
/// and repeats later without it ("Mediapart reports that 11 people were
/// killed") is the same figure: the repetition takes the period, so that
/// it is not compared with one day's toll.
fn same_figure_same_period(concepts: &Concepts, claims: &mut [Claim]) {
    let frames = concepts.frames();
    let mut periods: rustc_hash::FxHashMap<(String, u64), String> = Default::default();
    for c in claims.iter() {
        let (Some(key), Some(value)) = (c.key.as_deref(), c.quantity.value) else {
            continue;
        };
        if let Some((parent, _)) = frames.split_period(key) {
            periods.insert((parent.to_string(), value.to_bits()), key.to_string());
        }
    }
    if periods.is_empty() {
        return;
    }
    for c in claims.iter_mut() {
        let (Some(key), Some(value)) = (c.key.as_deref(), c.quantity.value) else {
            continue;
        };
        if let Some(period) = periods.get(&(key.to_string(), value.to_bits())) {
            c.key = Some(period.clone());
        }
    }
}

/// The bytes the clause of quantity `i` may reach: from the end of the
/// quantity before it to the start of the one after it.
fn bounds(spans: &[Range<usize>], i: usize, len: usize) -> Range<usize> {
    let start = i.checked_sub(1).map_or(0, |p| spans[p].end);
    let end = spans.get(i + 1).map_or(len, |n| n.start);
    start..end
}

/// Fills the counted phrase, key and scope of one count; `bounds` are the
/// bytes its clause may reach.
fn describe(
    text: &str,
    lang: Lang,
    v: &Vocabulary,
    concepts: &Concepts,
    claim: &mut Claim,
    bounds: Range<usize>,
    sentences: &mut frame::Sentences,
) {
    let q = &claim.quantity;
    let singular = q.value.is_some_and(|x| x.abs() == 1.0);
    // "182 out of 577 seats", "182 sur 577 sièges": the noun of the total.
    let after = out_of(text, v, q.span.end, bounds.end).unwrap_or(q.span.end);
    let counted = counted::grammar(lang).counted_after(text, v, after, singular);
    let Some(counted) = counted.or_else(|| counted::counted_before(text, v, q.span.start)) else {
        // No noun: the clause may still say what is counted ("10,000 are
        // missing", "37 000 ont été déplacées").
        let clause = frame::Clause {
            start: q.span.start,
            number_end: q.span.end,
            end: q.span.end,
            bounds,
        };
        if small_definite(text, v, q) {
            return;
        }
        if let Some((key, words)) = frame::frame(text, v, lang, concepts, &clause) {
            // What it counts, as written: the words of its frame.
            claim.counted = Some(text[words].to_string());
            claim.key = Some(frame::refine(
                text, v, lang, concepts, &key, &clause, sentences,
            ));
        }
        return;
    };
    let phrase = &text[counted.start..counted.end];
    let key_phrase = &text[counted.start..counted.key_end];
    claim.counted = Some(phrase.to_string());
    claim.span = q.span.start.min(counted.start)..q.span.end.max(counted.end);
    if small_definite(text, v, q) {
        return;
    }
    let Some(mut key) = concepts.key(key_phrase, lang) else {
        return;
    };
    let clause = frame::Clause {
        start: q.span.start.min(counted.start),
        number_end: q.span.end,
        end: counted.end.max(q.span.end),
        bounds,
    };
    // A generic noun takes the frame of its clause; so does a participle the
    // lexicon does not know, which is a verb read as a noun ("117 personnes
    // interpellées et 73 placées en garde à vue").
    let participle = !concepts.is_known(&key)
        && next_word(text, counted.start).is_some_and(|w| v.verb_like(text, &w));
    if concepts.frames().is_generic(&key) || participle {
        if let Some((framed, _)) = frame::frame(text, v, lang, concepts, &clause) {
            key = framed;
        }
    }
    claim.key = Some(frame::refine(
        text, v, lang, concepts, &key, &clause, sentences,
    ));
    claim.scope = scope::scope(text, v, &counted, clause.bounds.end);
    if claim.scope.is_none() && claim.key.as_deref().is_some_and(|k| concepts.is_held(k)) {
        claim.scope = holder::holder(text, v, q.span.clone(), clause.end, clause.bounds.clone());
    }
}

/// Where the noun of a count written as a part of a total starts looking:
/// after the total ("182 out of 577 seats"), when the words after the
/// count's number (ending at `number_end`) are an `out_of` phrase and the
/// next quantity (at `next`) follows it.
fn out_of(text: &str, v: &Vocabulary, number_end: usize, next: usize) -> Option<usize> {
    let words: Vec<crate::segment::Word> =
        std::iter::successors(next_word(text, number_end), |w| next_word(text, w.end))
            .take_while(|w| w.end <= next)
            .take(2)
            .collect();
    let last = v.out_of.iter().find_map(|p| phrase_at(&words, 0, p))?;
    if !text[last.end..next].trim().is_empty() {
        return None;
    }
    // The total's words end at the first letter after its digits.
    let letter = text[next..].find(char::is_alphabetic)? + next;
    Some(letter)
}

/// "entre les deux pays", "the two countries": a count after a definite
/// determiner that points back to things the text has just named is a
/// reference, not a claim; comparing it with "a dozen countries" elsewhere
/// would raise a false alarm. Any other definite count is a claim: "les
/// trois otages" with nothing named before must contradict "quatre otages",
/// and "les 14 ministres" counts ministers. The test is the principle, not a
/// size: see [`refers_back`].
fn small_definite(text: &str, v: &Vocabulary, q: &Quantity) -> bool {
    let Some(n) = q.value.filter(|x| *x >= 1.0 && x.fract() == 0.0) else {
        return false;
    };
    let head = text[..q.span.start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i);
    let definite = start.is_some_and(|s| v.definite.contains(&fold(&head[s..])));
    definite && refers_back(text, v, q, n)
}

/// Whether the definite count `q` (of value `n`) points back to things the
/// text before it already gave, read in its antecedent window: the sentence
/// up to the count and the two sentences before it, within its paragraph
/// (a reader resolves "les deux pays" that close, not pages back).
///
/// - The noun after the count was counted in the window: the same number
///   ("14 ministres … les 14 ministres") makes it a reference; only other
///   numbers make it a part of what was counted, a claim ("71 sièges pour
///   LFI … les trois derniers sièges").
/// - Otherwise the window must name at least `n` things: distinct proper
///   names (runs of capitalised words, not counting a sentence's first word,
///   which is capitalised anyway) and places of the gazetteer ("La France et
///   Israël … les deux pays"). Names are not typed, so a window thick with
///   names of another kind can still make a small count a reference; the
///   count-of-the-same-noun test above goes first for that reason.
fn refers_back(text: &str, v: &Vocabulary, q: &Quantity, n: f64) -> bool {
    let window = antecedent_window(text, q.span.start);
    let before = &text[window..q.span.start];
    // The counted noun, maybe after an adjective ("trois derniers sièges").
    let noun: Vec<String> = words(&text[q.span.end..])
        .take(3)
        .map(|(_, w)| fold(w))
        .filter(|w| !v.stop.contains(w))
        .take(2)
        .map(|w| singular(&w))
        .collect();
    // The callers pass the vocabulary, not its language: find it back, to
    // read the numbers of the window as the count was read.
    let lang = Lang::ALL
        .into_iter()
        .find(|&l| std::ptr::eq(vocabulary(l), v))
        .unwrap_or(Lang::FALLBACK);
    let counted: Vec<f64> = find_quantities(before, lang)
        .into_iter()
        .filter(|e| e.kind == Kind::Count)
        .filter(|e| {
            words(&before[e.span.end..])
                .next()
                .is_some_and(|(_, w)| noun.contains(&singular(&fold(w))))
        })
        .filter_map(|e| e.value)
        .collect();
    if !counted.is_empty() {
        return counted.contains(&n);
    }
    names(before, v) >= n as usize
}

/// The number of distinct things `window` names: runs of capitalised words
/// ("Benny Gantz", "La France insoumise" after its first word), where a
/// sentence's first word starts a run only when it is a place of the
/// gazetteer ("Israël et la France"); a place counts once under all its
/// names.
fn names(window: &str, v: &Vocabulary) -> usize {
    let mut names: Vec<String> = Vec::new();
    let mut add = |run: &str| {
        let name = fold(run);
        let name = v.places.get(&name).map_or(name, |p| fold(p));
        if !names.contains(&name) {
            names.push(name);
        }
    };
    let mut run: Option<std::ops::Range<usize>> = None;
    let mut previous_end = 0;
    let mut sentence_start = true;
    for (at, word) in words(window) {
        let gap = &window[previous_end..at];
        previous_end = at + word.len();
        // A sentence, or a quotation, starts with a capital anyway.
        if gap.contains(['.', '!', '?', '\n', '«', '“']) {
            sentence_start = true;
        }
        let capital =
            word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() > 1;
        let joins = capital && !sentence_start && gap.trim().is_empty();
        match run.as_mut() {
            Some(r) if joins => r.end = at + word.len(),
            _ => {
                if let Some(r) = run.take() {
                    add(&window[r]);
                }
                let place = v.places.contains_key(&fold(word));
                if capital && (!sentence_start || place) {
                    run = Some(at..at + word.len());
                }
            }
        }
        sentence_start = false;
    }
    if let Some(r) = run {
        add(&window[r]);
    }
    names.len()
}

/// The start of the antecedent window of a count at `at`: the start of the
/// sentence two before the count's own, but not before its paragraph (the
/// line after the last blank line), nor more than three sentences' reach
/// (`SENTENCE_MAX` each) back, so that a file of one huge line stays linear.
fn antecedent_window(text: &str, at: usize) -> usize {
    let floor = crate::segment::reach_back(text, at, 3 * crate::segment::SENTENCE_MAX);
    let before = &text[..at];
    let mut paragraph = floor;
    let mut line_end: Option<usize> = None;
    for (i, _) in before[floor..]
        .char_indices()
        .rev()
        .map(|(i, c)| (floor + i, c))
        .filter(|(_, c)| *c == '\n')
    {
        if line_end.is_some_and(|e| before[i + 1..e].trim().is_empty()) {
            paragraph = i + 1;
            break;
        }
        line_end = Some(i);
    }
    // Sentence ends: ". " and ".Le" (glued, as scraped text has them), or a
    // line break; the third one back starts the window.
    let mut ends = 0;
    let mut next: Option<char> = None;
    for (i, c) in before[paragraph..].char_indices().rev() {
        let boundary = c == '\n'
            || (matches!(c, '.' | '!' | '?')
                && next.is_some_and(|n| n.is_whitespace() || n.is_uppercase()));
        if boundary {
            ends += 1;
            if ends == 3 {
                return paragraph + i + c.len_utf8();
            }
        }
        next = Some(c);
    }
    paragraph
}

/// The words of `text` with their byte offsets: runs of letters and inner
/// hyphens ("Royaume-Uni", "Ecologistes-EELV"); an elided article ("l'",
/// "d'") is a word of its own.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while rest.next_if(|(_, c)| !c.is_alphabetic()).is_some() {}
        let (start, _) = *rest.peek()?;
        let mut end = start;
        while let Some((i, c)) = rest.next_if(|(_, c)| c.is_alphabetic() || *c == '-') {
            end = i + c.len_utf8();
        }
        let word = text[start..end].trim_end_matches('-');
        Some((start, word))
    })
}

/// A folded noun without its plural mark, so that "ministre" and
/// "ministres" (or "country" and "countries" by their stem) compare equal.
fn singular(word: &str) -> String {
    word.strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| word.strip_suffix(['s', 'x']).map(str::to_string))
        .unwrap_or_else(|| word.to_string())
}

#[cfg(test)]
mod tests;
