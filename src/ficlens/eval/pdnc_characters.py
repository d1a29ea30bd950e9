"""PDNC character figures: coverage of the main speakers and clusters that merge two gold people.

coverage: gold characters with >= 20 gold quotes that some predicted character matches by name
(its name or any alias equals, case-insensitively, the gold main name or one of its aliases).
merged clusters: predicted characters whose name/aliases belong to two different gold characters,
ignoring aliases that the gold itself gives to several characters.
"""

from __future__ import annotations

from collections import Counter

MAIN_SPEAKER_QUOTES = 20


def score(novel, work) -> dict:
    """Counts for one novel."""
    alias_to_name = novel.alias_to_name()
    quotes = Counter(q.speaker for q in novel.quotes)
    predicted = [{work_name.lower() for work_name in [c.name, *c.aliases]} for c in work.characters]
    main = [c for c in novel.characters if quotes[c.name] >= MAIN_SPEAKER_QUOTES]
    covered = 0
    missed = []
    for c in main:
        gold_forms = {a.lower() for a in [c.name, *c.aliases]}
        if any(forms & gold_forms for forms in predicted):
            covered += 1
        else:
            missed.append(c.name)
    merged = 0
    merged_names = []
    for c, forms in zip(work.characters, predicted):
        gold = {alias_to_name[f] for f in forms if alias_to_name.get(f)}
        if len(gold) >= 2:
            merged += 1
            merged_names.append(f"{c.name}: {' | '.join(sorted(gold))}")
    return {
        "main_characters": len(main),
        "main_covered": covered,
        "merged_clusters": merged,
        "predicted_characters": len(work.characters),
        "missed": missed,
        "merged": merged_names,
    }


def summarize(counts: list[dict]) -> dict:
    """Figures over all novels."""
    main = sum(c["main_characters"] for c in counts)
    covered = sum(c["main_covered"] for c in counts)
    return {
        "character_coverage": round(covered / main, 4) if main else 0.0,
        "main_characters": main,
        "merged_clusters": sum(c["merged_clusters"] for c in counts),
    }
