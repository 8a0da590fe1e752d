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
        "Two days later, three people died." => ["three people | dead | - | -"];
        "Three people attended." => ["Three people | person | - | -"];
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
        "Des blocages aux quatre coins de la France, 2 000 rassemblements" => ["2 000 rassemblements | gathering | - | -"];
    );
    cases!(En:
        "The protests in five figures" => [];
    );
}

#[test]
fn generic_counts_take_the_frame_of_their_clause() {
    cases!(Fr:
        "Au total, 412 personnes ont perdu la vie dans le séisme." => ["412 personnes | dead | - | -"];
        "Quelque 1 200 personnes ont été blessées et 300 sont portées disparues." => [
            "Quelque 1 200 personnes | injured | - | -",
            "300 | missing | - | -",
        ];
        "La police a procédé à l'interpellation de 64 individus." => ["64 individus | arrest | - | -"];
        "Environ 8 000 personnes sont sans abri." => ["Environ 8 000 personnes | displaced | - | -"];
        "Plus de 40 000 personnes ont défilé samedi." => ["Plus de 40 000 personnes | protester | - | -"];
        "Une ville de 60 000 habitants." => ["60 000 habitants | resident | - | -"];
    );
    cases!(En:
        "At least 96 people were killed and 1,500 are missing." => [
            "At least 96 people | dead | - | -",
            "1,500 | missing | - | -",
        ];
        "Officers arrested 75 demonstrators on Sunday." => ["75 demonstrators | arrest | - | -"];
        "Thousands of people have been left homeless." => ["Thousands of people | displaced | - | -"];
        "The port is home to 45,000 people." => ["45,000 people | resident | - | -"];
        "Twelve people were seriously injured." => ["Twelve people | injured.serious | - | -"];
        "Hundreds feared dead after the storm." => ["Hundreds feared dead | dead.estimate | - | -"];
        "The toll stood at 31 on Monday." => ["toll stood at 31 | dead | - | -"];
    );
    cases!(Fr:
        "Le bilan pourrait atteindre 2 000 morts." => ["2 000 morts | dead.estimate | - | -"];
        "On déplore 19 morts." => ["19 morts | dead | - | -"];
    );
}

#[test]
fn lists_and_subsets_share_the_noun_before_them() {
    cases!(Fr:
        "On compte 31 000 manifestants à Lille, 12 000 à Rouen." => [
            "31 000 manifestants | protester | Lille | -",
            "12 000 | protester | Rouen | -",
        ];
        "Le parti obtient 88 sièges : 60 pour les Verts et 28 pour les autres." => [
            "88 sièges | seat | - | -",
            "60 | seat | Verts | -",
            "28 | seat | - | -",
        ];
        "On dénombre 150 blessés, dont 12 graves." => [
            "150 blessés | injured | - | -",
            "12 graves | injured.serious | - | -",
        ];
        "Au total, 90 personnes ont été interpellées, dont 41 ont été placées en garde à vue." => [
            "90 personnes | arrest | - | -",
            "41 | custody | - | -",
        ];
    );
    cases!(En:
        "The hospital treated 230 injured. Nine of them are in a critical condition." => [
            "230 injured | injured | - | -",
            "Nine | injured.serious | - | -",
        ];
        "30 victims, including 12 children." => ["30 victims | casualty | - | -", "12 children | child | - | -"];
    );
}

#[test]
fn places_in_the_clause_and_at_the_head_of_the_sentence() {
    cases!(Fr:
        "Environ 5000 personnes mobilisées dans le Finistère." => ["Environ 5000 personnes | protester | Finistère | -"];
        "Dans la Drôme, les gendarmes comptent 900 manifestants." => ["900 manifestants | protester | Drôme | -"];
        "Au moins 60 morts dans la ville de Mopti." => ["Au moins 60 morts | dead | Mopti | -"];
        "200 journalistes dans le monde." => ["200 journalistes | journalist | world | -"];
        "5000 numéros stockés par l'entreprise dans le monde entier." => ["5000 numéros | phone_number | - | -"];
        "Quelque 800 personnes ont manifesté pendant la nuit." => ["Quelque 800 personnes | protester.overnight | - | -"];
    );
    cases!(En:
        "At least 40 people were killed in Benghazi." => ["At least 40 people | dead | Benghazi | -"];
        "More than 300 people injured in the \"Red Caps\" protests." => ["More than 300 people | injured | - | -"];
    );
}

#[test]
fn bare_counts_periods_and_longer_aliases() {
    cases!(Fr:
        "Le bilan est de 22 morts, contre 14 dimanche." => [
            "22 morts | dead | - | -",
            "14 | dead | - | -",
        ];
        "Plus de 1 500 points de rassemblement ont été recensés." => ["Plus de 1 500 points de rassemblement | gathering | - | -"];
        "Depuis le début du mouvement, 30 personnes ont été tuées." => ["30 personnes | dead.to_date | - | -"];
    );
    cases!(En:
        "The alliance, with 188 seats, and the centre, with 161, lead." => [
            "188 seats | seat | - | -",
            "161 | seat | - | -",
        ];
        "Twelve people have died so far and more than 3.000 have been injured." => [
            "Twelve people | dead.to_date | - | -",
            "more than 3.000 | injured.to_date | - | -",
        ];
        "The meeting ended at 5." => [];
    );
}

#[test]
fn seats_and_votes_are_scoped_by_the_party_that_holds_them() {
    cases!(Fr:
        "Le bloc obtient 120 sièges : 70 pour les Verts, 50 pour le Parti radical." => [
            "120 sièges | seat | - | -",
            "70 | seat | Verts | -",
            "50 | seat | Parti radical | -",
        ];
        "Le Parti du Centre (PDC) obtient 41 sièges." => ["41 sièges | seat | PDC | -"];
        "Dans la capitale, 12 000 manifestants ont défilé pour le climat." => ["12 000 manifestants | protester | - | -"];
    );
    cases!(En:
        "The Green Alliance, with 88 seats, and the Liberals, with 61, lead." => [
            "88 seats | seat | Green Alliance | -",
            "61 | seat | Liberals | -",
        ];
        "Labour won 411 seats." => ["411 seats | seat | Labour | -"];
        "Greens, with 30 seats, and John Smith's Alliance, with 21, follow." => [
            "30 seats | seat | Greens | -",
            "21 | seat | Alliance | -",
        ];
    );
}

/// A definite count is a reference only when the text just before it names
/// that many things, or counted the same noun with the same number; any other
/// definite count is a claim, whatever its size.
#[test]
fn definite_counts_refer_back_only_to_what_was_named() {
    cases!(Fr:
        "La France et Israël ont eu des entretiens secrets. Une crise oppose les deux pays." => [];
        "Les trois otages ont été libérés." => ["trois otages | otage | - | -"];
        "Selon Mediapart, les 14 ministres visés ont porté plainte." => ["14 ministres | minister | - | Mediapart"];
        "Les numéros d'au moins 14 ministres figuraient sur la liste. Les 14 ministres ont porté plainte." => ["au moins 14 ministres | minister | - | -"];
        "La gauche obtient 180 sièges : 71 pour LFI, 64 pour le PS, les trois derniers sièges revenant à d'autres." => [
            "180 sièges | seat | - | -",
            "71 | seat | LFI | -",
            "64 | seat | PS | -",
            "trois derniers sièges | seat | - | -",
        ];
    );
    cases!(En:
        "Israel is taking the allegations seriously. France expects clarifications, on which trust between the two countries depends." => [];
        "Officials said the three hostages were released." => ["three hostages | hostage | - | -"];
        "France and Israel talked. The three countries met." => ["three countries | country | - | -"];
    );
}

#[test]
fn a_count_keyed_by_its_frame_names_the_frame_as_what_it_counts() {
    let text = "Thousands are feared dead and 10,000 are missing.";
    let counted: Vec<Option<String>> = find_claims(text, Lang::En, Concepts::builtin())
        .into_iter()
        .map(|c| c.counted)
        .collect();
    assert_eq!(
        counted,
        [Some("dead".to_string()), Some("missing".to_string())]
    );
}

#[test]
fn counts_that_leave_a_place_out() {
    cases!(Fr:
        "Les autorités font état de 150 morts hors Tripoli." => ["150 morts | dead | outside Tripoli | -"];
        "Les autorités font état d'un bilan de 150 morts. Ce décompte ne comprend toutefois pas Derna, ville dévastée." => ["150 morts | dead | outside Derna | -"];
        "Le bilan est de 150 morts. Les secours n'ont pas atteint Derna." => ["150 morts | dead | - | -"];
    );
    cases!(En:
        "At least 150 people died outside Derna." => ["At least 150 people | dead | outside Derna | -"];
        "Officials reported 150 deaths. This toll does not include Derna." => ["150 deaths | dead | outside Derna | -"];
    );
}

#[test]
fn references_to_a_figure_and_participles() {
    cases!(En:
        "The ambassador said about 6,000 people had died. A Red Crescent official, however, put the figure higher, at 11,300." => [
            "about 6,000 people | dead | - | -",
            "11,300 | dead | - | -",
        ];
        "A further 10,000 people were still missing, fewer than the 20,000 given by a spokesman." => [
            "10,000 people | missing | - | -",
            "20,000 | missing | - | -",
        ];
        "The ministry says 409 people were hurt.\n\nRTL reports that 14 of them are in a serious condition." => [
            "409 people | injured | - | -",
            "14 | injured.serious | - | -",
        ];
    );
    cases!(Fr:
        "117 personnes ont été interpellées et 73 placées en garde à vue." => [
            "117 personnes | arrest | - | -",
            "73 placées | custody | - | -",
        ];
    );
}

#[test]
fn the_subject_of_a_clause_holds_its_seats() {
    cases!(En:
        "Officials said the New Popular Front, led by its leader Jean Dupont, won 182 seats." => ["182 seats | seat | New Popular Front | -"];
        "The remaining Republicans, who have ruled out a deal with the RN, have won 46 seats." => ["46 seats | seat | Republicans | -"];
        "The National Rally (RN) and its allies, which had come first, finished third with 143 seats." => ["143 seats | seat | RN + allies | -"];
        "That is far fewer than the New Popular Front (NFP), a left-wing alliance that has won 182 seats." => ["182 seats | seat | NFP | -"];
        "It was followed by the president's Ensemble party with 168 seats." => ["168 seats | seat | Ensemble | -"];
    );
    cases!(Fr:
        "Le Nouveau Front Populaire, qui compte 178 élus, devance Ensemble." => ["178 élus | seat | Nouveau Front Populaire | -"];
        "Les LR obtiennent 45 sièges, auxquels s'ajoutent 15 divers droite." => [
            "45 sièges | seat | LR | -",
            "15 divers droite | seat | divers droite | -",
        ];
        "La France insoumise stagne autour de 75 députés, alors que le PS double presque ses effectifs (59)." => [
            "autour de 75 députés | seat | - | -",
            "59 | seat | PS | -",
        ];
        "Les LR qui sont restés à l'écart de ce rapprochement obtiennent 45 sièges." => ["45 sièges | seat | LR | -"];
        "Viennent ensuite le RN et les proches de M. Dupont qui l'ont suivi depuis Les Républicains (LR), avec 143 députés." => ["143 députés | seat | - | -"];
        "La gauche obtient 178 sièges, devant Ensemble (156) et le RN et ses alliés (143 sièges)." => [
            "178 sièges | seat | - | -",
            "156 | seat | Ensemble | -",
            "143 sièges | seat | RN + allies | -",
        ];
        "Les projections donnaient plus de soixante députés pour le PS, trente pour les écologistes et dix pour les autres." => [
            "plus de soixante députés | seat | PS | -",
            "trente | seat | écologistes | -",
            "dix | seat | - | -",
        ];
    );
}

#[test]
fn counts_of_people_with_nothing_said_of_them_are_kept_apart() {
    cases!(En:
        "The French website reports that 11 people were killed, five had their hands ripped off." => ["11 people | dead | - | -"];
        "Nine people were treated for minor injuries." => ["Nine people | injured.minor | - | -"];
    );
    cases!(Fr:
        "Neuf blessés ont été admis au Centre hospitalier." => ["Neuf blessés | injured | - | -"];
    );
}

#[test]
fn an_article_counts_one_only_before_a_changing_tally() {
    cases!(Fr:
        "Un mort est à déplorer, et une manifestante est morte." => [
            "Un mort | dead | - | -",
            "une manifestante | dead | - | -",
        ];
        "Un homme conduisait une voiture ; l'un des morts avait un bilan." => [];
    );
    cases!(En:
        "There has been a death and an arrest." => ["a death | dead | - | -", "an arrest | arrest | - | -"];
        "A death toll of 2,000 was given by a man in a car." => ["2,000 | dead | - | -"];
    );
}

#[test]
fn parts_of_a_total_and_pronouns_that_stand_for_the_noun() {
    cases!(En:
        "The alliance came out ahead, winning 182 out of 577 seats." => [
            "182 out of 577 seats | seat | - | -",
            "577 seats | seat | - | -",
        ];
    );
    cases!(Fr:
        "La gauche a remporté 195 sièges. Il devance le camp centriste, qui en totalise 174 : 168 pour Ensemble." => [
            "195 sièges | seat | - | -",
            "174 | seat | - | -",
            "168 | seat | Ensemble | -",
        ];
        "Selon le ministère de l'Intérieur, le bloc de gauche a remporté 195 sièges." => ["195 sièges | seat | - | le ministère de l'Intérieur"];
    );
}
