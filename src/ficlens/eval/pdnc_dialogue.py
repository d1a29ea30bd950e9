"""Dialogue figures on PDNC: quote detection recall, speaker and addressee accuracy.

Definitions (per gold quote, gold spans exclude quotation marks like `Quote.parts`):
- A gold quote is *detected* when predicted quote parts cover at least half of its
  characters; it is matched to the predicted quote covering most of them.
- A predicted speaker is *right* when the predicted character's name or any alias equals,
  case-insensitively, the gold speaker's main name or one of its aliases
  (`character_info.csv`). PDNC marks a first-person narrator with the alias '_narr';
  a predicted character with `narrator=True` matches it.
- Speaker accuracy is over detected gold quotes, overall and by PDNC quote type.
- Addressee accuracy is over detected gold quotes with at least one gold addressee:
  *right* when some predicted addressee matches some gold addressee (as for speakers);
  *exact* when every predicted addressee matches a gold one and every gold one is matched.
"""

from __future__ import annotations

import bisect

from ..model import Work
from .pdnc import Novel

TYPES = ("Explicit", "Anaphoric", "Implicit")


def _gold_forms(novel: Novel) -> dict[str, set[str]]:
    """Gold speaker string (a main name or an alias) to the lower-cased forms of that character."""
    out: dict[str, set[str]] = {}
    for c in novel.characters:
        forms = {a.lower() for a in (c.name, *c.aliases)}
        for a in (c.name, *c.aliases):
            out.setdefault(a, forms)
            out.setdefault(a.lower(), forms)
    return out


def _pred_forms(work: Work) -> dict[str, set[str]]:
    out = {}
    for c in work.characters:
        forms = {a.lower() for a in (c.name, *c.aliases)}
        if c.narrator:
            forms.add("_narr")
        out[c.id] = forms
    return out


def _matches(pred: str | None, gold: str, pred_forms: dict[str, set[str]], gold_forms: dict[str, set[str]]) -> bool:
    if not pred or pred not in pred_forms:
        return False
    return bool(pred_forms[pred] & gold_forms.get(gold, gold_forms.get(gold.lower(), {gold.lower()})))


def score(novel: Novel, work: Work) -> dict:
    """Counts for one novel (summed over novels by `summarize`)."""
    parts = sorted((p.start, p.end, qi) for qi, q in enumerate(work.quotes) for p in q.parts)
    starts = [p[0] for p in parts]
    gold_forms = _gold_forms(novel)
    pred_forms = _pred_forms(work)
    counts: dict[str, float] = {"dlg_gold": 0, "dlg_found": 0, "dlg_pred": len(work.quotes), "dlg_pred_hit": 0}
    for t in TYPES:
        counts[f"dlg_found_{t}"] = 0
        counts[f"dlg_speaker_ok_{t}"] = 0
    counts.update(dlg_speaker_ok=0, dlg_addr_gold=0, dlg_addr_ok=0, dlg_addr_exact=0)
    hit_quotes: set[int] = set()
    for g in novel.quotes:
        counts["dlg_gold"] += 1
        total = sum(b - a for a, b in g.spans) or 1
        cover: dict[int, int] = {}
        for a, b in g.spans:
            k = max(0, bisect.bisect_right(starts, a) - 1)
            while k < len(parts) and parts[k][0] < b:
                pa, pb, qi = parts[k]
                overlap = min(b, pb) - max(a, pa)
                if overlap > 0:
                    cover[qi] = cover.get(qi, 0) + overlap
                k += 1
        if sum(cover.values()) * 2 < total:
            continue
        qi = max(cover, key=cover.get)
        hit_quotes.update(cover)
        q = work.quotes[qi]
        counts["dlg_found"] += 1
        qtype = g.type if g.type in TYPES else None
        ok = _matches(q.speaker, g.speaker, pred_forms, gold_forms)
        counts["dlg_speaker_ok"] += ok
        if qtype:
            counts[f"dlg_found_{qtype}"] += 1
            counts[f"dlg_speaker_ok_{qtype}"] += ok
        if g.addressees:
            counts["dlg_addr_gold"] += 1
            right = [any(_matches(a, ga, pred_forms, gold_forms) for ga in g.addressees) for a in q.addressees]
            covered = [any(_matches(a, ga, pred_forms, gold_forms) for a in q.addressees) for ga in g.addressees]
            counts["dlg_addr_ok"] += any(right)
            counts["dlg_addr_exact"] += bool(right) and all(right) and all(covered)
    counts["dlg_pred_hit"] = len(hit_quotes)
    return counts


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def summarize(all_counts: list[dict]) -> dict:
    """Figures over all novels (micro-averaged: every gold quote weighs the same)."""
    total: dict[str, float] = {}
    for c in all_counts:
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
    if not total:
        return {}
    out = {
        "quote_recall": _ratio(total["dlg_found"], total["dlg_gold"]),
        "quote_precision": _ratio(total["dlg_pred_hit"], total["dlg_pred"]),
        "speaker_accuracy": _ratio(total["dlg_speaker_ok"], total["dlg_found"]),
    }
    for t in TYPES:
        out[f"speaker_accuracy_{t.lower()}"] = _ratio(total[f"dlg_speaker_ok_{t}"], total[f"dlg_found_{t}"])
    out["addressee_accuracy"] = _ratio(total["dlg_addr_ok"], total["dlg_addr_gold"])
    out["addressee_exact_accuracy"] = _ratio(total["dlg_addr_exact"], total["dlg_addr_gold"])
    return out
