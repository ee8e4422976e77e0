"""Accuracy of the SMART checker on batch 2 (``tests/data/smart_batch2.jsonl``).

Batch 2 holds goals for next month, written and labelled by a coach's judgement before
the checker was first run on them: 219 English sentences in fifteen professions, with
the error classes of issue #12 well represented, and 30 in French, Spanish and German.
Next to the checker stand two floors: the answer "SMART" to everything, and a regex
that calls a goal SMART when it holds a number and a date word.

``python -m tests.test_smart_batch2`` prints the table; the tests hold the bars.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from netplan_tui.core import smart

DATA = Path(__file__).parent / "data" / "smart_batch2.jsonl"
#: Batch 3: held out, written after the second edition's rules, measured once.
BATCH3 = Path(__file__).parent / "data" / "smart_batch3.jsonl"
CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound", "one_sentence")

#: Bars on the English rows (share judged right, ok versus not ok; verdict of three).
CRITERION_BAR = 0.95
VERDICT_BAR = 0.95

_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen)\b",
                     re.IGNORECASE)
_DATE_WORD = re.compile(
    r"\b(?:by|before|until|within|during|this|next|end|jan\w*|feb\w*|mar\w*|apr\w*|may"
    r"|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|week|month|christmas|tomorrow)\b", re.IGNORECASE)


def load(path: Path = DATA) -> tuple[dict, list[dict]]:
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return lines[0], lines[1:]


def context_of(plans: dict, row: dict) -> smart.PlanContext:
    raw = dict(plans[row["context"]])
    known = {f.name for f in fields(smart.PlanContext)}
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items() if k in known}
    return smart.PlanContext(month=row["month"], **values)


def verdict_of(result: smart.SmartResult) -> str:
    verdict = getattr(result, "verdict", None)
    if verdict is not None:
        return verdict
    return "smart" if result.smart else "not_smart"  # the first edition's headline


def regex_floor(text: str) -> dict[str, str]:
    number, when = bool(_NUMBER.search(text)), bool(_DATE_WORD.search(text))
    out = dict.fromkeys(CRITERIA, "ok")
    out["measurable"] = "ok" if number else "fail"
    out["time_bound"] = "ok" if when else "fail"
    out["verdict"] = "smart" if number and when else "not_smart"
    return out


def predictions(rows: list[dict], plans: dict) -> dict[str, list[dict[str, str]]]:
    checker, always, regex = [], [], []
    for row in rows:
        result = smart.check(row["text"], date.fromisoformat(row["today"]), context_of(plans, row))
        got = {name: result.criteria[name].status for name in CRITERIA}
        got["verdict"] = verdict_of(result)
        got["language"] = getattr(result, "language", "en")
        checker.append(got)
        always.append({**dict.fromkeys(CRITERIA, "ok"), "verdict": "smart"})
        regex.append(regex_floor(row["text"]))
    return {"checker": checker, "always SMART": always, "number+date regex": regex}


def scores(rows: list[dict], got: list[dict[str, str]]) -> dict[str, float]:
    n = len(rows) or 1
    out = {}
    for name in CRITERIA:
        out[name] = sum((g[name] == "ok") == (r["expect"][name] == "ok")
                        for r, g in zip(rows, got, strict=True)) / n
    out["verdict (3 levels)"] = sum(g["verdict"] == r["expect"]["verdict"]
                                    for r, g in zip(rows, got, strict=True)) / n
    out["smart or not"] = sum((g["verdict"] == "smart") == (r["expect"]["verdict"] == "smart")
                              for r, g in zip(rows, got, strict=True)) / n
    return out


def table(path: Path = DATA) -> str:
    plans, rows = load(path)
    plans = plans["plans"]
    preds = predictions(rows, plans)
    english = [i for i, r in enumerate(rows) if r["lang"] == "en"]
    other = [i for i, r in enumerate(rows) if r["lang"] != "en"]
    lines = [f"English rows: {len(english)}"]
    heads = list(preds)
    lines.append(f"{'':<20}" + "".join(f"{h:>20}" for h in heads))
    per = {h: scores([rows[i] for i in english], [preds[h][i] for i in english]) for h in heads}
    for key in per["checker"]:
        lines.append(f"{key:<20}" + "".join(f"{per[h][key]:>20.3f}" for h in heads))
    lines.append(f"Other languages: {len(other)}")
    per = {h: scores([rows[i] for i in other], [preds[h][i] for i in other]) for h in heads}
    for key in ("verdict (3 levels)", "smart or not"):
        lines.append(f"{key:<20}" + "".join(f"{per[h][key]:>20.3f}" for h in heads))
    detected = sum(preds["checker"][i]["language"] == rows[i]["lang"] for i in other)
    lines.append(f"language detected: {detected}/{len(other)}")
    misses = Counter()
    for i in english:
        if preds["checker"][i]["verdict"] != rows[i]["expect"]["verdict"]:
            misses[rows[i]["class"]] += 1
    lines.append("verdict misses by class: "
                 + ", ".join(f"{k} {v}" for k, v in misses.most_common()))
    return "\n".join(lines)


@pytest.mark.parametrize("path", [DATA, BATCH3])
def test_batch_is_well_formed(path: Path) -> None:
    header, rows = load(path)
    if path == DATA:
        assert sum(r["lang"] == "en" for r in rows) >= 200
        assert sum(r["lang"] != "en" for r in rows) >= 30
    for row in rows:
        assert row["context"] in header["plans"]
        date.fromisoformat(row["today"])
        labels = [row["expect"][c] for c in CRITERIA]
        want = ("smart" if all(x == "ok" for x in labels)
                else "not_smart" if "fail" in labels else "almost")
        assert row["expect"]["verdict"] == want


if __name__ == "__main__":
    import sys

    print(table(BATCH3 if "--batch3" in sys.argv else DATA))
