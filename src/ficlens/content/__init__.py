"""The content stage: AO3 rating, archive warnings and additional tags, each with evidence,
and checks of what is declared against what the text shows.

Judges story text only (`Work.story_spans`); runs last so it can use narration and quotes
from earlier stages, with cheap fallbacks of its own when they are empty. A rating or an
archive warning the author declares counts as found, with the declaration as its evidence.
"""

from __future__ import annotations

from ..model import Evidence, Tag, Work
from ..stages import shipped_file, stage_version
from .checks import checks
from .context import Story
from .declared import declaration, declared_level, declared_warnings, noted_level, noted_warnings, warned_level
from .findings import CHOSE_NOT_TO_WARN, EXPLICIT, MAX_EVIDENCE, NO_WARNINGS, RATINGS, WARNINGS, Findings
from .judge import confidence, rating_level
from .judge import judge as assess
from .tags import additional_tags

VERSION = "3"
STRONG_WARNING = 2  # independent pieces of evidence a warning needs on a work declaring none


def authors_level(work: Work) -> tuple[int | None, list[Evidence]]:
    """The rating the author gives: the declared one, raised to Explicit by notes of explicit sex
    ('Warnings: smut'); without a declared rating, what the notes stand for ('18+', 'smut')."""
    declared = declared_level(work)
    noted, note = noted_level(work)
    if declared is not None and not (noted == EXPLICIT and declared < EXPLICIT):
        return declared, declaration(work, "rating", work.declared.rating) if declared else []
    if noted:
        return noted, note
    return None, []


def rating_tag(work: Work, story: Story, found: Findings) -> Tag:
    """The author's rating when there is one (the text overrides it only with explicit sex); else the text's,
    at least Teen And Up when the author warns of something."""
    level = rating_level(found)
    stated_level, stated = authors_level(work)
    if stated_level is not None and not (level > stated_level and level == EXPLICIT and "explicit" in found.flags):
        if not stated_level:
            return Tag(RATINGS[0], "rating", 0.9, [])
        shown = next((found.levels[lvl] for lvl in range(stated_level, 0, -1) if found.levels[lvl]), [])
        return Tag(RATINGS[stated_level], "rating", 0.9, (stated + shown)[:MAX_EVIDENCE])
    warned, warning = warned_level(work)
    if warned > level:
        return Tag(RATINGS[warned], "rating", 0.7, warning)
    evidence = found.levels[level][:MAX_EVIDENCE] if level else []
    return Tag(RATINGS[level], "rating", confidence(level, found, story.words), evidence)


def warning_tags(work: Work, found: Findings) -> list[Tag]:
    """Declared archive warnings, and those the text depicts (only strong ones on a work declaring none)."""
    declared = declared_warnings(work)
    quiet = NO_WARNINGS in declared and CHOSE_NOT_TO_WARN not in declared
    noted = noted_warnings(work)
    tags = []
    for name in WARNINGS:
        stated = declaration(work, "warnings", declared[name]) if name in declared else []
        if name in noted and not stated:
            stated = [noted[name]]
            declared.setdefault(name, noted[name].reason)
        shown = found.warnings.get(name, [])
        if quiet and len(shown) < STRONG_WARNING:
            shown = []
        if name in declared or shown:
            strength = 0.9 if name in declared else round(min(0.95, 0.65 + 0.1 * len(shown)), 2)
            tags.append(Tag(name, "warning", strength, (stated + shown)[:MAX_EVIDENCE]))
    return tags or [Tag(NO_WARNINGS, "warning", confidence(0, found, 0), [])]


def run(work: Work) -> Work:
    story = Story(work)
    found = assess(story)
    work.detected.rating = rating_tag(work, story, found)
    work.detected.warnings = warning_tags(work, found)
    work.detected.additional_tags = additional_tags(story, found)
    work.checks = [c for c in work.checks if c.field not in ("rating", "warnings", "additional_tags")]
    work.checks += checks(story, work, found)
    return work


class ContentStage:
    """Rating, archive warnings, additional tags and checks of the declared ones, from the cue lists."""

    name = "content"
    requires = ("paratext", "scenes", "characters", "mentions", "narration", "quotes", "fandoms")
    provides = ("rating", "warnings", "additional_tags", "checks")
    languages = frozenset({"en"})

    def __init__(self):
        self.version = stage_version(VERSION, [shipped_file(__package__, name) for name in ("cues.json", "tags.json")])

    def __call__(self, work: Work) -> Work:
        return run(work)
