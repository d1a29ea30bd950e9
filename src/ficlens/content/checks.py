"""Declared against detected: rating, archive warnings and sensitive tags.

Only what is declared can disagree: a work that declares nothing gets no checks.
A declared rating above the detected one is a mild note (the author may know more);
a detected rating above the declared one names the lines that read higher.
"""

from __future__ import annotations

import re

from ..model import Check, Detected, Evidence, Work
from .context import Story
from .findings import (
    CHOSE_NOT_TO_WARN,
    DEATH,
    MAX_EVIDENCE,
    NO_WARNINGS,
    NONCON,
    RATINGS,
    UNDERAGE,
    VIOLENCE,
    WARNINGS,
    Findings,
)
from .judge import rating_level as text_level

# Declared ratings in AO3, fanfiction.net (K, K+, T, M, MA) and film-style (G, PG, PG-13, R, NC-17) vocabularies.
RATING_ALIASES = {
    "general audiences": 0, "general": 0, "gen": 0, "g": 0, "k": 0, "k+": 0, "pg": 0, "fiction k": 0, "fiction k+": 0,
    "teen and up audiences": 1, "teen and up": 1, "teen": 1, "t": 1, "pg-13": 1, "pg13": 1, "fiction t": 1,
    "mature": 2, "m": 2, "r": 2, "fiction m": 2,
    "explicit": 3, "e": 3, "nc-17": 3, "nc17": 3, "ma": 3, "fiction ma": 3, "x": 3,
}  # fmt: skip
WARNING_ALIASES = (
    (re.compile(r"creator chose not|choose not to|chose not to|\bcntw\b"), CHOSE_NOT_TO_WARN),
    (re.compile(r"no archive warnings|no warnings|^\s*none\.?\s*$"), NO_WARNINGS),
    (re.compile(r"(?<!not )(?<!n't )(?<!n’t )(?<!non-)(?<!non )graphic|\bgore\b|\bgory\b"), VIOLENCE),
    (re.compile(r"character death|\bmcd\b|\b(?:dies|is killed|gets killed)\b"), DEATH),
    (re.compile(r"rape|non-?con|dub-?con|sexual assault"), NONCON),
    (re.compile(r"underage"), UNDERAGE),
)
SENSITIVE_TAGS = (
    "Self-Harm", "Suicidal Thoughts", "Suicide Attempt", "Drug Use", "Torture", "Kidnapping", "Child Abuse",
    "Past Rape/Non-Con", "Referenced Rape/Non-Con", "Character Death", "Minor Character Death", "Dark",
)  # fmt: skip
OPPOSITE_TAGS = {"Happy Ending": "Sad Ending", "Sad Ending": "Happy Ending"}


def rating_level(declared: str | None) -> int | None:
    """The AO3 level (0..3) of a declared rating, or None when it is absent, 'Not Rated' or unknown."""
    if not declared:
        return None
    key = re.sub(r"\s+", " ", declared.strip().lower().replace("rated", "").replace(":", "")).strip()
    return RATING_ALIASES.get(key)


def warning_name(declared: str) -> str | None:
    low = declared.lower()
    for pattern, name in WARNING_ALIASES:
        if pattern.search(low):
            return name
    return None


def _lines(story: Story, evidence: list[Evidence]) -> str:
    if not evidence:
        return "the text"
    first, last = story.line_range(evidence[0].start, evidence[0].end)
    return f"line {first}" if first == last else f"lines {first}-{last}"


def rating_checks(story: Story, found: Findings) -> list[Check]:
    """The declared rating against the rating the story text alone reads as."""
    declared = story.work.declared.rating
    level = rating_level(declared)
    if level is None:
        return []
    got = text_level(found)
    name = RATINGS[got]
    if got > level:
        ev = found.levels[got][:MAX_EVIDENCE]
        return [Check("rating", declared, name, f"declared {declared}; {_lines(story, ev)} read as {name}", ev)]
    if got < level:
        note = f"declared {declared}; nothing in the text reads above {name}"
        note += " (a mild note: the rating may cover what is implied)"
        return [Check("rating", declared, name, note, [])]
    return []


def warning_checks(story: Story, found: Findings) -> list[Check]:
    """The declared archive warnings against those the story text depicts."""
    declared_raw = story.work.declared.warnings
    if not declared_raw:
        return []
    declared = {warning_name(w) for w in declared_raw} - {None}
    if CHOSE_NOT_TO_WARN in declared:
        return []
    joined = ", ".join(declared_raw)
    checks = []
    for name in WARNINGS:
        evidence = found.warnings.get(name, [])
        if evidence and name not in declared:
            message = f"{name} is not declared; {_lines(story, evidence)} depict it"
            checks.append(Check("warnings", joined, name, message, evidence[:MAX_EVIDENCE]))
    for name in sorted(declared - {NO_WARNINGS} - set(found.warnings)):
        message = f"declared {name}; nothing in the text depicts it (a mild note: it may be implied or off the page)"
        checks.append(Check("warnings", joined, None, message, []))
    return checks


def tag_checks(story: Story, detected: Detected) -> list[Check]:
    declared_raw = story.work.declared.additional_tags
    if not declared_raw:
        return []
    declared = {t.strip().lower() for t in declared_raw}
    joined = ", ".join(declared_raw)
    checks = []
    for tag in detected.additional_tags:
        lines = _lines(story, tag.evidence)
        if tag.name in SENSITIVE_TAGS and tag.name.lower() not in declared:
            message = f"{tag.name} is not among the declared tags; {lines} show it"
            checks.append(Check("additional_tags", joined, tag.name, message, tag.evidence))
        opposite = OPPOSITE_TAGS.get(tag.name)
        if opposite and opposite.lower() in declared:
            message = f"declared {opposite}; the ending ({lines}) reads as {tag.name}"
            checks.append(Check("additional_tags", opposite, tag.name, message, tag.evidence))
    return checks


def checks(story: Story, work: Work, found: Findings) -> list[Check]:
    return rating_checks(story, found) + warning_checks(story, found) + tag_checks(story, work.detected)
