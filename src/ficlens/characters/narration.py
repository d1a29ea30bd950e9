"""Narration: the narrative person of a stretch of text, each scene's person and focal character, and
the cluster keys of an unnamed narrator and of the reader."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ..model import Work
from . import lexicon as lx
from .story import StoryText

# The cluster keys of a first-person narrator the text never names and of a reader-insert's "you":
# they stand where a (title, name words) key of a named character would.
UNNAMED_NARRATOR = ("__narrator__", ("Narrator",))
READER_CLUSTER = ("__reader__", ("Reader",))
THIRD_RE = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their|He|She|His|Her|They|Their)\b")
FOCAL_RE = re.compile(rf"[ \t]+(?:\w+ly[ \t]+)?(?:{lx.PERCEPTION_VERBS})\b")



class NarrativePerson:
    """Narrative person of any stretch of the text, from the first-, second- and third-person pronouns
    outside quotes (`narration_at`: their offsets by kind) and the reader marks ("Y/N")."""

    def __init__(self, text: str, narration_at: dict[str, list[int]], mark_at: list[int]):
        self.text = text
        self.narration_at = narration_at
        self.mark_at = mark_at

    def __call__(self, lo: int, hi: int, dominant: str | None = None) -> str | None:
        """Narrative person of text[lo:hi]; a scene must clearly differ from the work's (`dominant`)."""
        c = {k: bisect.bisect_left(v, hi) - bisect.bisect_left(v, lo) for k, v in self.narration_at.items()}
        first, second = c.get("first", 0), c.get("second", 0)
        marks = bisect.bisect_left(self.mark_at, hi) - bisect.bisect_left(self.mark_at, lo)
        third = c.get("m", 0) + c.get("f", 0) + sum(1 for _ in THIRD_RE.finditer(self.text, lo, hi)) // 4
        if not (first or second or third or marks):
            return None
        lean = 2.0 if dominant == "third" else 1.0
        if (marks and second >= 2) or (second > first and second >= 0.6 * lean * third and second >= 3):
            return "second"
        if first >= 0.3 * lean * third and first >= second and first >= 3:
            return "first"
        return "third"


def scene_pov(work: Work, tx: StoryText, person_of: NarrativePerson) -> None:
    """Each scene's narrative person, and in third person the focal character (subject of perception verbs)."""
    text = work.text
    starts = [m.start for m in work.mentions]
    for scene in work.scenes:
        person = person_of(scene.start, scene.end, work.narration.person)
        scene.person = person or work.narration.person
        if scene.person == "first":
            scene.focal_character = work.narration.narrator
            continue
        if scene.person == "second":
            scene.focal_character = next((c.id for c in work.characters if c.reader), None)
            continue
        votes: Counter = Counter()
        lo, hi = bisect.bisect_left(starts, scene.start), bisect.bisect_left(starts, scene.end)
        for m in work.mentions[lo:hi]:
            if m.character is None or m.kind not in ("name", "nickname", "pronoun") or tx.quote_at(m.start) >= 0:
                continue
            if FOCAL_RE.match(text, m.end):
                votes[m.character] += 1
        if votes:
            scene.focal_character = votes.most_common(1)[0][0]
