"""Structure figures on the fan-fiction set: paratext found, and declared labels read and normalised.

- paratext line recall: a gold paratext line counts as found when at least 90 % of its non-space
  characters lie in predicted paratext (`Work.paratext`).
- false-positive paratext: non-space characters of predicted paratext that lie in no gold
  paratext line (long works: in no gold span), over all non-space predicted paratext characters.
- declared rating read: over items that declare a rating, the work keeps a raw rating
  (`Declared.raw['rating']`) that reads it (see `reads`); read and normalised: over those whose gold
  rating is the declared one, read and `Declared.rating` equals the gold AO3 rating.
- declared warnings / pairings read: over items declaring them, `Declared.raw['warnings']` /
  `Declared.raw['relationships']` reads the declared string.
- declared pairings normalised: over the gold relationships of items declaring a pairing, the
  share found in `Declared.relationships` (unordered name sets, see fanfic_fandoms).
- summary found: over items whose page has a summary, the work has `Declared.summary` or a
  paratext span of kind summary.
"""

from __future__ import annotations

import re

from ..model import Work
from .fanfic import Item, gold_rating, rate, relationship_matches, totals

LINE_FOUND_SHARE = 0.9
_WORD_RE = re.compile(r"\w+")


def reads(predicted: str | None, gold: str) -> bool:
    """Whether a raw value the work kept reads a declared string: at least half of the gold's
    word tokens (case-folded) occur in it, and it is not much longer than the gold (at most twice
    its tokens plus ten), so a whole header kept as one value does not count."""
    if not predicted:
        return False
    gold_tokens = _WORD_RE.findall(gold.casefold())
    pred_tokens = _WORD_RE.findall(predicted.casefold())
    if not gold_tokens:
        return bool(pred_tokens) or predicted.strip() == gold.strip()
    if len(pred_tokens) > 2 * len(gold_tokens) + 10:
        return False
    pred_set = set(pred_tokens)
    return sum(1 for t in gold_tokens if t in pred_set) >= 0.5 * len(gold_tokens)


def _mask(n: int, spans) -> bytearray:
    mask = bytearray(n)
    for start, end in spans:
        if end > start:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def _paratext_counts(item: Item, work: Work, errors: list[str]) -> dict:
    text = item.text
    predicted = _mask(len(text), ((p.start, p.end) for p in work.paratext))
    gold = _mask(len(text), item.paratext_spans)
    found = 0
    for start, end in item.paratext_lines:
        chars = [i for i in range(start, end) if not text[i].isspace()]
        inside = sum(predicted[i] for i in chars)
        if chars and inside >= LINE_FOUND_SHARE * len(chars):
            found += 1
        else:
            errors.append(f"missed paratext: {_short(text[start:end])!r}")
    pred_chars = 0
    false_chars = 0
    for p in work.paratext:
        run_start = None
        for i in range(p.start, p.end):
            if text[i].isspace():
                continue
            pred_chars += 1
            if not gold[i]:
                false_chars += 1
                if run_start is None:
                    run_start = i
            elif run_start is not None:
                errors.append(f"false paratext ({p.kind}): {_short(text[run_start:i])!r}")
                run_start = None
        if run_start is not None:
            errors.append(f"false paratext ({p.kind}): {_short(text[run_start:p.end])!r}")
    return {
        "paratext_lines": len(item.paratext_lines), "paratext_found": found,
        "paratext_pred_chars": pred_chars, "paratext_false_chars": false_chars,
    }


def _short(s: str, limit: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _declared_gold(item: Item) -> dict:
    """rating, rating_basis, warnings, pairing and relationships as the item's labels give them."""
    g = item.gold
    if item.set == "excerpts":
        d = g["declared"]
        return {
            "rating": d["rating"], "rating_gold": g["rating_gold"], "basis": g["rating_basis"],
            "warnings": d["warnings"], "pairing": d["pairing"], "relationships": g["relationships"],
            "summary": d["summary_present"],
        }
    d = g.get("declared") or {}
    rating = d.get("rating")
    warnings = d.get("warnings")
    relationships = d.get("relationships")
    return {
        "rating": rating, "rating_gold": gold_rating(rating), "basis": "declared",
        "warnings": "; ".join(warnings) if warnings else None,
        "pairing": "; ".join(relationships) if relationships else None,
        "relationships": relationships or [], "summary": False,
    }


def score(item: Item, work: Work) -> dict:
    errors: list[str] = []
    counts = _paratext_counts(item, work, errors)
    gold = _declared_gold(item)
    raw = work.declared.raw
    counts.update({
        "rating_declared": 0, "rating_read": 0, "rating_norm_total": 0, "rating_read_normalised": 0,
        "warnings_declared": 0, "warnings_read": 0, "pairing_declared": 0, "pairing_read": 0,
        "pairing_rels": 0, "pairing_rels_found": 0, "summary_declared": 0, "summary_found": 0,
    })
    if gold["rating"]:
        counts["rating_declared"] = 1
        read = reads(raw.get("rating"), gold["rating"])
        counts["rating_read"] = int(read)
        if gold["basis"] == "declared" and gold["rating_gold"]:
            counts["rating_norm_total"] = 1
            ok = read and work.declared.rating == gold["rating_gold"]
            counts["rating_read_normalised"] = int(ok)
            if not ok:
                errors.append(f"declared rating {gold['rating']!r} (gold {gold['rating_gold']}): "
                              f"read {raw.get('rating')!r}, normalised {work.declared.rating!r}")
        elif not read:
            errors.append(f"declared rating {gold['rating']!r}: read {raw.get('rating')!r}")
    if gold["warnings"]:
        counts["warnings_declared"] = 1
        counts["warnings_read"] = int(reads(raw.get("warnings"), gold["warnings"]))
        if not counts["warnings_read"]:
            errors.append(f"declared warnings {_short(gold['warnings'])!r}: read {raw.get('warnings')!r}")
    if gold["pairing"]:
        counts["pairing_declared"] = 1
        counts["pairing_read"] = int(reads(raw.get("relationships"), gold["pairing"]))
        if not counts["pairing_read"]:
            errors.append(f"declared pairing {gold['pairing']!r}: read {raw.get('relationships')!r}")
        for rel in gold["relationships"]:
            counts["pairing_rels"] += 1
            if any(relationship_matches(rel, p) for p in work.declared.relationships):
                counts["pairing_rels_found"] += 1
            else:
                errors.append(f"declared pairing {gold['pairing']!r}: relationship {rel!r} not in "
                              f"{work.declared.relationships}")
    if gold["summary"]:
        counts["summary_declared"] = 1
        counts["summary_found"] = int(bool(work.declared.summary) or any(p.kind == "summary" for p in work.paratext))
        if not counts["summary_found"]:
            errors.append("summary not found")
    counts["errors"] = errors
    return counts


def summarize(counts: list[dict]) -> dict:
    t = totals(counts)
    return {
        "paratext line recall": rate(t["paratext_found"], t["paratext_lines"]),
        "paratext lines": t["paratext_lines"],
        "false-positive paratext": rate(t["paratext_false_chars"], t["paratext_pred_chars"]),
        "declared rating read": rate(t["rating_read"], t["rating_declared"]),
        "declared rating read and normalised": rate(t["rating_read_normalised"], t["rating_norm_total"]),
        "items declaring a rating": t["rating_declared"],
        "declared warnings read": rate(t["warnings_read"], t["warnings_declared"]),
        "items declaring warnings": t["warnings_declared"],
        "declared pairings read": rate(t["pairing_read"], t["pairing_declared"]),
        "items declaring pairings": t["pairing_declared"],
        "declared pairings normalised": rate(t["pairing_rels_found"], t["pairing_rels"]),
        "summary found": rate(t["summary_found"], t["summary_declared"]),
    }
