"""What the content rules find, and the sentence-window helpers they share.

`Findings` holds support per rating level, archive warnings and flags (each a list of
evidence); the helpers count cue hits in sentence windows and turn windows into evidence.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..model import Evidence
from .context import Hit, Story

RATINGS = ("General Audiences", "Teen And Up Audiences", "Mature", "Explicit")
GENERAL, TEEN, MATURE, EXPLICIT = range(4)
VIOLENCE = "Graphic Depictions Of Violence"
DEATH = "Major Character Death"
NONCON = "Rape/Non-Con"
UNDERAGE = "Underage Sex"
WARNINGS = (VIOLENCE, DEATH, NONCON, UNDERAGE)
NO_WARNINGS = "No Archive Warnings Apply"
CHOSE_NOT_TO_WARN = "Creator Chose Not To Use Archive Warnings"
MAX_EVIDENCE = 5
_SENTENCE_KEYS: dict[int, tuple[list[Hit], list[int]]] = {}  # emptied by clear_index() for each work


@dataclass
class Findings:
    """What the rules found: support per rating level, warnings, and flags the tag rules reuse."""

    levels: dict[int, list[Evidence]] = field(default_factory=lambda: {GENERAL: [], TEEN: [], MATURE: [], EXPLICIT: []})
    warnings: dict[str, list[Evidence]] = field(default_factory=dict)
    flags: dict[str, list[Evidence]] = field(default_factory=dict)
    explicit_sentences: set[int] = field(default_factory=set)
    heavy: bool = False

    def support(self, level: int, evidence: Evidence) -> None:
        self.levels[level].append(evidence)

    def flag(self, name: str, evidence: Evidence) -> None:
        self.flags.setdefault(name, []).append(evidence)

    def warn(self, name: str, evidence: Evidence) -> None:
        self.warnings.setdefault(name, []).append(evidence)


def windows(sentences: list[int], radius: int) -> list[tuple[int, int]]:
    """Merged sentence ranges around the given sentences."""
    out: list[tuple[int, int]] = []
    for s in sorted(set(sentences)):
        lo, hi = max(0, s - radius), s + radius
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def clip(story: Story, lo: int, hi: int) -> tuple[int, int]:
    return max(0, lo), min(hi, len(story.sent_starts) - 1)


def tight(cues: list[Hit], lo: int, hi: int) -> tuple[int, int]:
    """The sentence range that actually holds the cues (windows are wider than their evidence)."""
    inside = [h.sentence for h in cues if lo <= h.sentence <= hi]
    return (min(inside), max(inside)) if inside else (lo, hi)


def cue_list(story: Story, hits: list[Hit], limit: int = 4) -> str:
    seen: list[str] = []
    for h in hits:
        cue = story.cue_text(h).lower()
        if cue not in seen:
            seen.append(cue)
    return ", ".join(f"'{c}'" for c in seen[:limit])


def count(hits: list[Hit], lo: int, hi: int) -> list[Hit]:
    """Hits (sorted by offset) whose sentence lies in lo..hi; the sentence keys are indexed once per list."""
    entry = _SENTENCE_KEYS.get(id(hits))
    if entry is None or entry[0] is not hits:
        entry = _SENTENCE_KEYS[id(hits)] = (hits, [h.sentence for h in hits])
    keys = entry[1]
    return hits[bisect_left(keys, lo) : bisect_right(keys, hi)]


def clear_index() -> None:
    """Forget the sentence keys `count` indexed (hit lists are keyed by identity, so per work)."""
    _SENTENCE_KEYS.clear()
