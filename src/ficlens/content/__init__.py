"""The content stage: AO3 rating, archive warnings and additional tags, each with evidence,
and checks of what is declared against what the text shows.

Judges story text only (`Work.story_spans`); runs last so it can use narration and quotes
from earlier stages, with cheap fallbacks of its own when they are empty.
"""

from __future__ import annotations

from ..model import Tag, Work
from ..stages import shipped_file, stage_version
from .checks import checks
from .context import Story
from .judge import MAX_EVIDENCE, NO_WARNINGS, RATINGS, WARNINGS, confidence, rating_level
from .judge import judge as assess
from .tags import additional_tags

VERSION = "1"


def run(work: Work) -> Work:
    story = Story(work)
    found = assess(story)
    level = rating_level(found)
    evidence = found.levels[level][:MAX_EVIDENCE] if level else []
    work.detected.rating = Tag(RATINGS[level], "rating", confidence(level, found, story.words), evidence)
    warnings = []
    for name in WARNINGS:
        evidence = found.warnings.get(name, [])
        if evidence:
            strength = round(min(0.95, 0.65 + 0.1 * len(evidence)), 2)
            warnings.append(Tag(name, "warning", strength, evidence[:MAX_EVIDENCE]))
    work.detected.warnings = warnings or [Tag(NO_WARNINGS, "warning", confidence(0, found, story.words), [])]
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
