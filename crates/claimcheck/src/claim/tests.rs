//! Claims of whole sentences: what each count counts, its key, scope and
//! claimant, in French and English.

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

#[test]
fn idioms_and_headlines_about_themselves_are_not_claims() {
    cases!(Fr:
        "Le bilan du 17 novembre en cinq chiffres" => [];
        "Des blocages aux quatre coins de la France, 2 000 rassemblements" => ["2 000 rassemblements | rassemblement | - | -"];
    );
    cases!(En:
        "The protests in five figures" => [];
    );
}
