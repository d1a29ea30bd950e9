"""Point-of-view figures on the fan-fiction set.

- point of view: over excerpts, `Narration.person` equals the gold person (first, second, third);
  also per gold person.
"""

from __future__ import annotations

from ..model import Work
from .fanfic import Item, rate, totals

PERSONS = ("first", "second", "third")


def score(item: Item, work: Work) -> dict:
    counts: dict = {f"pov_{p}": 0 for p in PERSONS}
    counts.update({f"pov_{p}_right": 0 for p in PERSONS})
    counts["errors"] = []
    gold = item.gold.get("pov") if item.set == "excerpts" else None
    if gold in PERSONS:
        counts[f"pov_{gold}"] = 1
        right = work.narration.person == gold
        counts[f"pov_{gold}_right"] = int(right)
        if not right:
            counts["errors"].append(f"point of view {gold}: detected {work.narration.person}")
    return counts


def summarize(counts: list[dict]) -> dict:
    t = totals(counts)
    out = {"point of view": rate(sum(t[f"pov_{p}_right"] for p in PERSONS), sum(t[f"pov_{p}"] for p in PERSONS))}
    for p in PERSONS:
        out[f"point of view, {p} person"] = rate(t[f"pov_{p}_right"], t[f"pov_{p}"])
    return out
