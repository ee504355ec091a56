"""Build the labelled corpus ``corpus.jsonl`` from ``sentences.py`` (deterministic).

Each line: {"id", "split" ("dev" | "heldout"), "text", "categories" (sorted, the
seven lexicon categories plus "cpr"), "cpr_spans" ([[start, end], ...])}.
Every third sentence of each pool goes to the held-out split only.

    .venv/bin/python benchmarks/sensitive/make_corpus.py
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import sentences as S

OUT = Path(__file__).resolve().parent / "corpus.jsonl"
TODAY = date(2026, 11, 23)
SEPARATORS = ["", "-", "-", "–", "\u2011", " ", "\u00a0"]

GREETINGS = ["Kære Mette", "Hej", "Til rette vedkommende", "Kære borgmester", "Hej Jens",
             "Goddag", "Kære byrådsmedlem", "Hej med jer", ""]
CLOSINGS = ["Med venlig hilsen", "Mvh", "Venlig hilsen", "Hilsen", "På forhånd tak",
            "Vh", "Med venlig hilsen og god weekend"]
NAMES = ["Anne Hansen", "Mohammed Ali", "Jens Pedersen", "Fatima Yilmaz", "Lise Nielsen",
         "Peter Sørensen", "Ayse Demir", "Karin Mortensen", "Bo Christensen", "Nadia Khan"]
WOMEN = {"Anne Hansen", "Fatima Yilmaz", "Lise Nielsen", "Ayse Demir", "Karin Mortensen",
         "Nadia Khan"}
# "Min (eks)kone" signed by a woman, "Min (eks)mand" signed by a man: a same-sex spouse, which the
# labelling rules count as sexual orientation (the sentence pools cannot know the signer).
SAME_SEX_SPOUSE = {True: ("Min kone", "Min ekskone"), False: ("Min mand", "Min eksmand")}
POOLS = {
    "health": S.HEALTH, "economy_social": S.ECONOMY_SOCIAL, "property_trade": S.PROPERTY,
    "ethnicity": S.ETHNICITY, "sexual_orientation": S.SEXUAL, "belief": S.BELIEF,
    "union": S.UNION,
}


def split_pool(pool: list, split: str) -> list:
    return [x for i, x in enumerate(pool) if (i % 3 == 0) == (split == "heldout")]


def cpr_number(rng: random.Random) -> str:
    born = date(1858, 1, 1) + timedelta(days=rng.randrange((TODAY - date(1858, 1, 1)).days))
    y = born.year
    if y < 1900:
        seventh = rng.choice("5678")
    elif y < 1937:
        seventh = rng.choice("0123")
    elif y < 2000:
        seventh = rng.choice("012349")
    else:
        seventh = rng.choice("456789" if y <= 2036 else "5678")
    head = born.strftime("%d%m%y") + seventh + f"{rng.randrange(100):02d}"
    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2)
    s = sum(w * int(d) for w, d in zip(weights, head, strict=True))
    last = (-s) % 11
    if last == 10 or rng.random() < 0.3:  # post-2007 style: fails modulus 11
        last = rng.randrange(10)
    return head + str(last)


def date_number(rng: random.Random) -> str:
    """Ten digits starting with a real DDMMYY: looks like a CPR number."""
    d = date(1950, 1, 1) + timedelta(days=rng.randrange(25000))
    return d.strftime("%d%m%y") + f"{rng.randrange(10000):04d}"


def fill_number(template: str, rng: random.Random) -> str:
    phone = "".join(str(rng.randrange(10)) for _ in range(8))
    phone = rng.choice([phone, " ".join(phone[i:i + 2] for i in range(0, 8, 2)),
                        "+45 " + phone, phone[:4] + " " + phone[4:]])
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(700))
    n10 = date_number(rng)
    return template.format(
        phone=phone, num10=n10, num64=n10[:6] + "-" + n10[6:],
        num5=f"{rng.randrange(100000):05d}", num4=f"{rng.randrange(10000):04d}",
        num6=f"{rng.randrange(1000000):06d}", cvr=f"{rng.randrange(10**7, 10**8)}",
        ean="57980001" + f"{rng.randrange(10**5):05d}",
        date1=d.strftime("%d.%m.%Y"), date2=d.strftime("%d-%m-%Y"),
    )


def make_mail(rng: random.Random, split: str, idx: int) -> dict:
    pools = {k: split_pool(v, split) for k, v in POOLS.items()}
    negatives = split_pool(S.NEGATIVE, split)
    numbers = split_pool(S.NEGATIVE_NUMBERS, split)
    cpr_templates = split_pool(S.CPR, split)
    k = rng.choices([0, 1, 2, 3], weights=[35, 40, 20, 5])[0]
    chosen = rng.sample(sorted(pools), k)
    parts: list[tuple[str, tuple[str, ...], str | None]] = []
    cats: set[str] = set()
    for c in chosen:
        text, labels = rng.choice(pools[c])
        parts.append((text, labels, None))
        cats.update(labels)
    for _ in range(rng.randint(1, 3)):
        parts.append((rng.choice(negatives), (), None))
    if rng.random() < 0.35:
        parts.append((fill_number(rng.choice(numbers), rng), (), None))
    if rng.random() < 0.3:
        number = cpr_number(rng)
        sep = rng.choice(SEPARATORS)
        parts.append((rng.choice(cpr_templates), ("cpr",), number[:6] + sep + number[6:]))
        cats.add("cpr")
    rng.shuffle(parts)
    text = ""
    spans: list[list[int]] = []
    greeting = rng.choice(GREETINGS)
    if greeting:
        text += greeting + "\n\n"
    for sentence, _labels, value in parts:
        joiner = rng.choice([" ", " ", "\n", "\n\n"]) if text and not text.endswith("\n") else ""
        text += joiner
        if value is not None:
            before, _, after = sentence.partition("{cpr}")
            text += before
            spans.append([len(text), len(text) + len(value)])
            text += value + after
        else:
            text += sentence
    closing, signer = rng.choice(CLOSINGS), rng.choice(NAMES)
    text += "\n\n" + closing + "\n" + signer + "\n"
    if any(sentence.startswith(SAME_SEX_SPOUSE[signer in WOMEN]) for sentence, _, _ in parts):
        cats.add("sexual_orientation")
    return {"id": f"{split}-{idx:04d}", "split": split, "text": text,
            "categories": sorted(cats), "cpr_spans": spans}


def main() -> None:
    rng = random.Random(20261123)
    rows = [make_mail(rng, "dev", i) for i in range(300)]
    rows += [make_mail(rng, "heldout", i) for i in range(150)]
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} mails to {OUT}")


if __name__ == "__main__":
    main()
