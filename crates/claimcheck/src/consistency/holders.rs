//! One name per party across sources. Articles name the holder of a count
//! of seats or votes in their own words and language: "NFP", "Nouveau Front
//! populaire", "New Popular Front"; "Les Républicains", "Republicans";
//! "écologistes", "Ecologistes-EELV". Counts of one party must meet in one
//! group, whatever the wording, or a contradiction between two sources is
//! never seen.
//!
//! Two names are one party when:
//! - their letters of acronym are the same, in any order: "NFP" and "New
//!   Popular Front" (a translation may reorder an adjective: "Rassemblement
//!   national" and "National Rally");
//! - they are one word each, spelt nearly alike ("Républicains",
//!   "Republicans");
//! - one is a single word that is a word of the other ("écologistes" and
//!   "Ecologistes-EELV", "communistes" and "Parti communiste français").
//!
//! Names are few (one per party and wording), so the pairs of names are
//! compared, not the pairs of claims.

use std::collections::{BTreeMap, BTreeSet};

use crate::segment::fold;

/// Words that are never part of what tells two names apart: articles and
/// the links inside a name ("Union des démocrates et indépendants").
const LINKS: &[&str] = &[
    "le", "la", "les", "l", "the", "de", "du", "des", "d", "of", "et", "and",
];

/// The mark the claim step puts after a party counted with its allies.
const ALLIES: &str = " + allies";

/// How alike two one-word names must be spelt to be one party
/// (normalised Damerau-Levenshtein similarity of their folded stems).
const ALIKE: f64 = 0.8;

/// A holder name, read for comparison.
struct Name {
    /// The name as the claim gives it.
    text: String,
    /// Its folded words, links left out, a plural's final "s" dropped.
    stems: Vec<String>,
    /// "RN + allies": the party with its allies, never the party alone.
    allies: bool,
    /// Its acronym letters, sorted: the name itself when it is written in
    /// capitals ("NFP"), else the first letters of its words.
    letters: Option<String>,
}

impl Name {
    fn read(text: &str) -> Name {
        let (name, allies) = match text.strip_suffix(ALLIES) {
            Some(name) => (name, true),
            None => (text, false),
        };
        let words: Vec<&str> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let stems: Vec<String> = words
            .iter()
            .map(|w| fold(w))
            .filter(|w| !LINKS.contains(&w.as_str()))
            .map(|w| w.strip_suffix('s').map(str::to_string).unwrap_or(w))
            .collect();
        let is_acronym =
            |w: &str| (2..=6).contains(&w.chars().count()) && w.chars().all(|c| c.is_uppercase());
        let letters = if words.len() == 1 && is_acronym(words[0]) {
            Some(sorted(words[0].chars()))
        } else if !words.iter().any(|w| is_acronym(w)) {
            // A capitalised article is part of the name ("Les
            // Républicains", LR); a lower-case link is not.
            let initials: Vec<char> = words
                .iter()
                .filter(|w| {
                    let capital = w.chars().next().is_some_and(char::is_uppercase);
                    capital || !LINKS.contains(&fold(w).as_str())
                })
                .filter_map(|w| w.chars().next())
                .collect();
            (initials.len() >= 2).then(|| sorted(initials.into_iter()))
        } else {
            None
        };
        Name {
            text: text.to_string(),
            stems,
            allies,
            letters,
        }
    }

    /// True when `self` and `other` name one party (see the module doc).
    fn same(&self, other: &Name) -> bool {
        if self.allies != other.allies {
            return false;
        }
        if let (Some(a), Some(b)) = (&self.letters, &other.letters) {
            if a.len() >= 2 && a == b {
                return true;
            }
        }
        match (self.stems.as_slice(), other.stems.as_slice()) {
            ([a], [b]) => strsim::normalized_damerau_levenshtein(a, b) >= ALIKE,
            // An acronym inside a longer name names a partner, not the
            // party: "Rassemblement national-LR" is not "LR".
            ([one], many) if many.len() > 1 && self.letters.is_none() => many.contains(one),
            (many, [one]) if many.len() > 1 && other.letters.is_none() => many.contains(one),
            _ => false,
        }
    }
}

/// The letters of `chars`, upper-cased and sorted.
fn sorted(chars: impl Iterator<Item = char>) -> String {
    let mut v: Vec<char> = chars.flat_map(char::to_uppercase).collect();
    v.sort_unstable();
    v.into_iter().collect()
}

/// The name each of `names` is reported under: one per party, the same
/// for every wording of it. A party's name is its acronym when one of its
/// wordings is one ("NFP"), else its longest wording.
pub(super) fn unify(names: &BTreeSet<&str>) -> BTreeMap<String, String> {
    let read: Vec<Name> = names.iter().map(|n| Name::read(n)).collect();
    let mut parent: Vec<usize> = (0..read.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..read.len() {
        for j in i + 1..read.len() {
            if read[i].same(&read[j]) {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut parties: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..read.len() {
        let r = root(&mut parent, i);
        parties.entry(r).or_default().push(i);
    }
    let mut out = BTreeMap::new();
    for members in parties.values() {
        let best = members
            .iter()
            .map(|&i| &read[i])
            .min_by_key(|n| {
                let base = n.text.strip_suffix(ALLIES).unwrap_or(&n.text);
                let acronym = base.chars().all(|c| c.is_uppercase() || c == '-');
                (!acronym, std::cmp::Reverse(n.text.len()), n.text.clone())
            })
            .map(|n| n.text.clone())
            .unwrap_or_default();
        for &i in members {
            out.insert(read[i].text.clone(), best.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn party(names: &[&str]) -> BTreeMap<String, String> {
        unify(&names.iter().copied().collect())
    }

    #[test]
    fn wordings_and_languages_of_one_party_meet() {
        let p = party(&[
            "NFP",
            "New Popular Front",
            "Nouveau Front populaire",
            "Ensemble",
        ]);
        assert_eq!(p["New Popular Front"], "NFP");
        assert_eq!(p["Nouveau Front populaire"], "NFP");
        assert_eq!(p["Ensemble"], "Ensemble");
        let p = party(&[
            "Les Républicains",
            "Republicans",
            "LR",
            "Parti socialiste",
            "PS",
        ]);
        assert_eq!(p["Republicans"], "LR");
        assert_eq!(p["Les Républicains"], "LR");
        assert_eq!(p["Parti socialiste"], "PS");
        let p = party(&["Ecologistes-EELV", "Écologistes", "écologistes"]);
        assert_eq!(p["écologistes"], "Ecologistes-EELV");
        assert_eq!(p["Écologistes"], "Ecologistes-EELV");
        let p = party(&["RN + allies", "Rassemblement national + allies", "RN"]);
        assert_eq!(p["Rassemblement national + allies"], "RN + allies");
        assert_eq!(p["RN"], "RN");
        let p = party(&["Parti communiste français", "communistes", "PCF"]);
        assert_eq!(p["communistes"], "PCF");
    }

    #[test]
    fn different_parties_stay_apart() {
        let p = party(&[
            "Rassemblement national",
            "Rassemblement national-LR",
            "LR",
            "Renaissance",
            "Horizons",
            "MoDem",
            "France insoumise",
            "Parti socialiste",
        ]);
        let names: BTreeSet<&String> = p.values().collect();
        assert_eq!(names.len(), 8, "{p:?}");
    }
}
