"""Fandom, character and relationship figures on the fan-fiction set.

Names are compared by `fanfic.name_forms`: case-folded, accents and a trailing parenthesised
disambiguation dropped, any ' | ' alternative matching ('Min Yoongi | Suga' = 'Suga').
- fandom top-1: over items with a gold fandom, the first of `Detected.fandoms` matches one, or
  its pack lists the gold fandom among its other names (AO3's synonyms and the tags AO3 files
  under it: 'The Avengers (Marvel Movies)' under 'Marvel Cinematic Universe').
- fandom top-1, exact tag: the first detected fandom is the gold tag itself.
- original works with a fandom: over items without a gold fandom, the share given one (lower is better).
- characters precision/recall: `Detected.characters` against the gold characters, summed over items.
- relationships precision/recall: `Detected.relationships` against the gold relationships, compared
  as unordered name sets of the same kind ('A/B' romantic, 'A & B' platonic): 'Sam Winchester/Dean
  Winchester' equals 'Dean Winchester/Sam Winchester'.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Work
from .fanfic import Item, names_match, rate, relationship_matches


@lru_cache(maxsize=1)
def _other_names() -> dict[str, list[str]]:
    """Each built-in fandom pack's name -> its other names."""
    from ..fandoms import load_pack_index

    return {info.name: info.other_names for info in load_pack_index([]).infos}


def fandom_matches(gold: str, detected: str) -> bool:
    return names_match(gold, detected) or any(names_match(gold, o) for o in _other_names().get(detected, ()))


def _pr(gold: list[str], predicted: list[str], same) -> tuple[int, int, list[str], list[str]]:
    """(true positives among predicted, gold found, missed gold, wrong predicted)."""
    right = [p for p in predicted if any(same(g, p) for g in gold)]
    found = [g for g in gold if any(same(g, p) for p in predicted)]
    missed = [g for g in gold if g not in found]
    wrong = [p for p in predicted if p not in right]
    return len(right), len(found), missed, wrong


def score(item: Item, work: Work) -> dict:
    errors: list[str] = []
    counts = {"fandom_items": 0, "fandom_top1": 0, "fandom_exact": 0, "originals": 0, "original_claimed": 0,
              "char_gold": 0, "char_pred": 0, "char_right": 0,
              "char_found": 0, "rel_gold": 0, "rel_pred": 0, "rel_right": 0, "rel_found": 0}
    gold_fandoms = item.gold.get("fandoms") or []
    detected = [t.name for t in work.detected.fandoms]
    if gold_fandoms:
        counts["fandom_items"] = 1
        counts["fandom_exact"] = int(bool(detected) and any(names_match(g, detected[0]) for g in gold_fandoms))
        if detected and any(fandom_matches(g, detected[0]) for g in gold_fandoms):
            counts["fandom_top1"] = 1
        else:
            errors.append(f"fandom {gold_fandoms}: detected {detected[:3]}")
    elif item.set == "excerpts":
        counts["originals"] = 1
        counts["original_claimed"] = int(bool(detected))
        if detected:
            errors.append(f"original work: detected {detected[:3]}")
    if item.set == "excerpts":
        gold_chars = item.gold["characters"]
        pred_chars = [t.name for t in work.detected.characters]
        right, found, missed, wrong = _pr(gold_chars, pred_chars, names_match)
        counts.update(char_gold=len(gold_chars), char_pred=len(pred_chars), char_right=right, char_found=found)
        if missed or wrong:
            errors.append(f"characters missed {missed}, wrong {wrong}")
        gold_rels = item.gold["relationships"]
        pred_rels = [t.name for t in work.detected.relationships]
        right, found, missed, wrong = _pr(gold_rels, pred_rels, relationship_matches)
        counts.update(rel_gold=len(gold_rels), rel_pred=len(pred_rels), rel_right=right, rel_found=found)
        if missed or wrong:
            errors.append(f"relationships missed {missed}, wrong {wrong}")
    counts["errors"] = errors
    return counts


def summarize(counts: list[dict]) -> dict:
    def total(key: str) -> int:
        return sum(c[key] for c in counts)

    return {
        "fandom top-1": rate(total("fandom_top1"), total("fandom_items")),
        "fandom top-1, exact tag": rate(total("fandom_exact"), total("fandom_items")),
        "original works with a fandom": rate(total("original_claimed"), total("originals")),
        "characters precision": rate(total("char_right"), total("char_pred")),
        "characters recall": rate(total("char_found"), total("char_gold")),
        "relationships precision": rate(total("rel_right"), total("rel_pred")),
        "relationships recall": rate(total("rel_found"), total("rel_gold")),
    }
