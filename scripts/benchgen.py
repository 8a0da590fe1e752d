#!/usr/bin/env python3
"""Inputs for scripts/bench.sh: deterministic, built from the fixtures.

    benchgen.py big OUT MB          one file of MB megabytes (fixtures repeated)
    benchgen.py oneline OUT MB      the same text with every line break a space
    benchgen.py small DIR COUNT     COUNT files of about 4.7 KB each
    benchgen.py articles DIR N      N short articles with varied concepts,
                                    scopes and figures, a few fact files
                                    (DIR/facts/) and references (DIR/refs/)
    benchgen.py facts OUT CLAIMS    one fact file of CLAIMS claims

Every run builds the same bytes, so that two binaries can be compared on
them.
"""

import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def fixture_texts():
    """The fixture articles, French and English, in path order."""
    texts = []
    for d in ("fixtures/pegasus", "fixtures/pegasus-en"):
        folder = os.path.join(ROOT, d)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    texts.append(f.read())
    return texts


def corpus_bytes(size):
    """The fixtures in turn, one figure varied per copy, to `size` bytes."""
    texts = fixture_texts()
    out, total, i = [], 0, 0
    while total < size:
        text = texts[i % len(texts)].replace("17", str(17 + i % 3), 1) + "\n\n"
        out.append(text)
        total += len(text.encode("utf-8"))
        i += 1
    return "".join(out)


def write(path, text):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def big(out, mb):
    write(out, corpus_bytes(int(float(mb) * 1_000_000)))


def oneline(out, mb):
    write(out, corpus_bytes(int(float(mb) * 1_000_000)).replace("\n", " ") + "\n")


def small(folder, count):
    texts = fixture_texts()
    for i in range(int(count)):
        text = texts[i % len(texts)]
        # About 4.7 KB: the article cut or repeated to size.
        text = (text * (1 + 4700 // len(text)))[:4700]
        text = text[: text.rfind(" ")] + "\n"
        text = text.replace("17", str(17 + i % 5), 1)
        write(os.path.join(folder, f"{i // 1000:03}", f"s{i:06}.txt"), text)


FR = [
    ("manifestants", "Selon la police, {n} manifestants ont défilé {where}."),
    ("morts", "Le bilan fait état de {n} morts {where}, a indiqué la préfecture."),
    ("blessés", "Au moins {n} blessés ont été recensés {where}."),
    ("pompiers", "Quelque {n} pompiers sont mobilisés {where}."),
    ("interpellations", "La police a procédé à {n} interpellations {where}."),
    ("sièges", "Le parti obtient {n} sièges {where}."),
]
EN = [
    ("protesters", "Police said {n} protesters marched {where}."),
    ("dead", "The death toll rose to {n} dead {where}, officials said."),
    ("injured", "At least {n} people were injured {where}."),
    ("firefighters", "Some {n} firefighters were deployed {where}."),
    ("arrests", "Police made {n} arrests {where}."),
    ("seats", "The party won {n} seats {where}."),
]
PLACES_FR = ["à Paris", "à Lyon", "à Marseille", "à Toulouse", "en France", ""]
PLACES_EN = ["in Paris", "in Lyon", "in Derna", "in London", "nationwide", ""]
BASE = [1200, 35, 140, 600, 282, 180]


def article(rng, i):
    """A short article of three sentences on the same event."""
    fr = i % 2 == 0
    templates, places = (FR, PLACES_FR) if fr else (EN, PLACES_EN)
    lines = [("Dernières nouvelles" if fr else "Latest news") + f" n° {i}", ""]
    for _ in range(3):
        t = rng.randrange(len(templates))
        n = BASE[t] + rng.choice([0, 0, 0, 1, 10])
        where = rng.choice(places)
        sentence = templates[t][1].format(n=n, where=where).replace(" .", ".")
        lines.append(sentence.replace("  ", " "))
    return "\n".join(lines) + "\n"


FACT_KEYS = [("protester", 1200), ("dead", 35), ("injured", 140), ("firefighter", 600)]


def fact_file(source_id, claims, rng):
    lines = [
        f"source: {{id: {source_id}, lang: fr, date: \"2024-07-0{1 + rng.randrange(8)}\"}}",
        "claims:",
    ]
    for c in range(claims):
        key, value = FACT_KEYS[c % len(FACT_KEYS)]
        lines.append(
            f"  - {{id: c{c}, key: {key}, value: {value + rng.choice([0, 0, 1])}, qualifier: exact}}"
        )
    return "\n".join(lines) + "\n"


def articles(folder, n):
    rng = random.Random(13)
    n = int(n)
    for i in range(n):
        write(os.path.join(folder, "docs", f"{i // 1000:04}", f"a{i:07}.txt"), article(rng, i))
    for f in range(max(1, n // 1000)):
        write(os.path.join(folder, "facts", f"f{f:04}.yaml"), fact_file(f"sheet-{f}", 8, rng))
    for r in range(max(1, n // 2000)):
        write(os.path.join(folder, "refs", f"r{r:04}.txt"), article(rng, r))


def facts(out, claims):
    write(out, fact_file("big-sheet", int(claims), random.Random(13)))


if __name__ == "__main__":
    commands = {"big": big, "oneline": oneline, "small": small, "articles": articles, "facts": facts}
    if len(sys.argv) != 4 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](sys.argv[2], sys.argv[3])
