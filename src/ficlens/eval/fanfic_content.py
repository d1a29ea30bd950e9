"""Rating and archive-warning figures on the fan-fiction set (what the content stage detects).

AO3's ratings are ordered General < Teen < Mature < Explicit.
- rating exact: `Detected.rating` equals the gold rating (no detected rating counts as wrong).
- rating within one step: at most one step apart on that scale.
- Mature/Explicit recall: over items rated Mature or Explicit, detected Mature or Explicit.
- General rated Mature or above: over items rated General, the share detected Mature or Explicit
  (lower is better).
- archive warnings precision/recall: the four AO3 archive warnings in `Detected.warnings` against
  the gold ones, summed over items ('No Archive Warnings Apply' and 'Creator Chose Not To Use
  Archive Warnings' are no warning).
- most frequent additional tag: the share of items carrying the tag found most often among them
  (a tag on nearly every work says nothing about any of them).
- warned though declaring none: over items whose page declares "No Archive Warnings Apply" (or
  "None"), the share with an archive warning detected (lower is better).
Excerpts are graded against their gold rating; long works against their declared rating (the
set's README rule), when they declare one.
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Work
from .fanfic import AO3_RATINGS, ARCHIVE_WARNINGS, Item, gold_rating, names_match, rate, totals

_ADULT = {"Mature", "Explicit"}
_NO_WARNINGS_RE = re.compile(r"^\s*(?:no archive warnings apply|none)\.?\s*$", re.IGNORECASE)


def _step(name: str | None) -> int | None:
    return AO3_RATINGS.index(name) if name in AO3_RATINGS else None


def score(item: Item, work: Work) -> dict:
    errors: list[str] = []
    counts = {"rating_items": 0, "rating_exact": 0, "rating_within_one": 0, "adult_items": 0, "adult_found": 0,
              "general_items": 0, "general_as_adult": 0, "warn_items": 0, "warn_gold": 0, "warn_pred": 0,
              "warn_right": 0, "warn_found": 0, "quiet_items": 0, "quiet_warned": 0}
    if item.set == "excerpts":
        gold = item.gold["rating_gold"]
    else:
        gold = gold_rating((item.gold.get("declared") or {}).get("rating"))
    predicted = work.detected.rating.name if work.detected.rating else None
    if gold in AO3_RATINGS:
        counts["rating_items"] = 1
        g, p = _step(gold), _step(predicted)
        counts["rating_exact"] = int(p == g)
        counts["rating_within_one"] = int(p is not None and abs(p - g) <= 1)
        if gold in _ADULT:
            counts["adult_items"] = 1
            counts["adult_found"] = int(predicted in _ADULT)
        if gold == AO3_RATINGS[0]:
            counts["general_items"] = 1
            counts["general_as_adult"] = int(predicted in _ADULT)
        if p != g:
            errors.append(f"rating {gold}: detected {predicted}")
    if item.set == "excerpts":
        gold_warnings = item.gold["warnings_gold"]
        pred = [t.name for t in work.detected.warnings if any(names_match(t.name, w) for w in ARCHIVE_WARNINGS)]
        right = [p for p in pred if any(names_match(g, p) for g in gold_warnings)]
        found = [g for g in gold_warnings if any(names_match(g, p) for p in pred)]
        counts.update(warn_items=1, warn_gold=len(gold_warnings), warn_pred=len(pred), warn_right=len(right),
                      warn_found=len(found))
        if _NO_WARNINGS_RE.match((item.gold.get("declared") or {}).get("warnings") or ""):
            counts.update(quiet_items=1, quiet_warned=int(bool(pred)))
        if len(right) < len(pred) or len(found) < len(gold_warnings):
            errors.append(f"archive warnings {gold_warnings}: detected {pred}")
    counts["tags"] = sorted({t.name for t in work.detected.additional_tags})
    counts["errors"] = errors
    return counts


def summarize(counts: list[dict]) -> dict:
    t = totals(counts)
    tags = Counter(name for c in counts for name in c["tags"])
    return {
        "rating exact": rate(t["rating_exact"], t["rating_items"]),
        "rating within one step": rate(t["rating_within_one"], t["rating_items"]),
        "Mature/Explicit recall": rate(t["adult_found"], t["adult_items"]),
        "General rated Mature or above": rate(t["general_as_adult"], t["general_items"]),
        "archive warnings precision": rate(t["warn_right"], t["warn_pred"]),
        "archive warnings recall": rate(t["warn_found"], t["warn_gold"]),
        "warned though declaring none": rate(t["quiet_warned"], t["quiet_items"]),
        "items declaring no warnings": t["quiet_items"],
        "most frequent additional tag": rate(max(tags.values(), default=0), len(counts)),
    }
