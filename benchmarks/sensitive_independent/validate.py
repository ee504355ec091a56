#!/usr/bin/env python3
"""Validate corpus.jsonl of the independent sensitive-data benchmark.

Checks per line: valid JSON object; required keys with the right types; unique
id; categories from the fixed list, no duplicates; every cpr_span lies inside
the text, spans do not overlap, and the covered substring looks like a CPR
number (DDMMYY + optional separator + 4 digits, valid calendar date, 7th digit
consistent with the century); `cpr` is in categories iff cpr_spans is
non-empty. Prints counts per category. Exit status 1 on any error.

Usage: python validate.py [path/to/corpus.jsonl]
"""
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ["cpr", "health", "economy_social", "property_trade", "ethnicity",
              "sexual_orientation", "belief", "union"]
CPR_RE = re.compile(r"^(\d{2})(\d{2})(\d{2})[-\u2013\u00a0 ]?(\d)(\d{3})$")


def century(yy, d7):
    if d7 <= 3:
        return 1900
    if d7 in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def cpr_problem(s):
    m = CPR_RE.match(s)
    if not m:
        return "does not match DDMMYY[-/–/space/nbsp]SSSS"
    dd, mm, yy, d7 = int(m[1]), int(m[2]), int(m[3]), int(m[4])
    try:
        born = datetime.date(century(yy, d7) + yy, mm, dd)
    except ValueError:
        return "invalid date for its century digit"
    if born > datetime.date.today():
        # 7th digit 4 with year 36 is 2036, not 1936: no CPR number yet.
        return "a birth date in the future for its century digit"
    return None


def main(path):
    errors, counts, n, negatives, ids = [], Counter(), 0, 0, set()
    multi = 0
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"line {lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            errors.append(f"{where}: not an object")
            continue
        n += 1
        missing = {"id", "text", "categories", "cpr_spans"} - obj.keys()
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
            continue
        where = f"line {lineno} ({obj['id']})"
        if obj["id"] in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(obj["id"])
        text, cats, spans = obj["text"], obj["categories"], obj["cpr_spans"]
        if not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: empty or non-string text")
            continue
        if not isinstance(cats, list) or len(set(cats)) != len(cats):
            errors.append(f"{where}: categories must be a list without duplicates")
            continue
        for c in cats:
            if c not in CATEGORIES:
                errors.append(f"{where}: unknown category {c!r}")
        counts.update(c for c in cats if c in CATEGORIES)
        negatives += not cats
        multi += len(cats) > 1
        if not isinstance(spans, list):
            errors.append(f"{where}: cpr_spans must be a list")
            continue
        prev_end = -1
        for sp in spans:
            if (not isinstance(sp, list) or len(sp) != 2
                    or not all(isinstance(x, int) for x in sp)):
                errors.append(f"{where}: bad span {sp!r}")
                continue
            a, b = sp
            if not (0 <= a < b <= len(text)):
                errors.append(f"{where}: span {sp} outside text (len {len(text)})")
                continue
            if a < prev_end:
                errors.append(f"{where}: span {sp} overlaps/unsorted")
            prev_end = b
            problem = cpr_problem(text[a:b])
            if problem:
                errors.append(f"{where}: span {sp} = {text[a:b]!r}: {problem}")
            # the span must not cut through a longer digit run
            if (a > 0 and text[a - 1].isdigit()) or (b < len(text) and text[b].isdigit()):
                errors.append(f"{where}: span {sp} is part of a longer number")
        if bool(spans) != ("cpr" in cats):
            errors.append(f"{where}: 'cpr' label and cpr_spans disagree")

    print(f"{path}: {n} mails, {n - negatives} with at least one category, "
          f"{negatives} negatives (no category), {multi} with several categories")
    for c in CATEGORIES:
        print(f"  {c:20s} {counts[c]:4d}")
    print(f"  {'(none)':20s} {negatives:4d}")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parent / "corpus.jsonl"
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
