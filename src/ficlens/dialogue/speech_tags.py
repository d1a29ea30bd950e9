"""Speech tags of languages other than English, from the word lists in `speech_tags.json`:
"—preguntó Hermione", „…“, murmelte Ron, «…» chiese lei, — ответил Гарри, « …, marmonna Ron. … ».

A tag is a verb of saying next to its subject: a name (a capitalised word and up to two more)
or a pronoun, which the tag hands on as English "he" or "she", so that the stage's rules for
names and pronouns take it from there.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..text import trim_span
from .tags import SpeechTag

WORD_LISTS = "speech_tags.json"
WORD = r"[^\W\d_][\w’'\-]*"
# What may stand between a quotation and its tag: closing marks, punctuation, the dash of a tag.
LEAD = r"[\s\"“”„‚‘’'»«」』「『,.;:!?…—―–\-]*"
NEXT_WORD_RE = re.compile(rf"[ \t]+({WORD})")
# The end of a tag written inside a quotation: the speech goes on after it.
INCISE_END_RE = re.compile(r"[.,;!?…]+(?=\s|$)")
MAX_NAME_WORDS = 3


@dataclass(frozen=True)
class SpeechTags:
    """One language's tags: compiled once from its word lists."""

    pronouns: dict[str, str]  # pronoun -> "he" or "she"
    after: re.Pattern  # a tag at the start of the narration after a quotation
    before: re.Pattern  # "Luna fragte:" just before one
    incise: re.Pattern | None  # a tag inside a quotation, for languages that write them so

    def split_incises(self, text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The quoted parts with the tags written inside them cut out."""
        if self.incise is None:
            return parts
        out: list[tuple[int, int]] = []
        for a, b in parts:
            while True:
                m = self.incise.search(text, a, b)
                if not m:
                    span = trim_span(text, a, b)
                    break
                span = trim_span(text, a, m.start())
                if span:
                    out.append(span)
                end = INCISE_END_RE.search(text, m.end(), b)
                a = end.end() if end else b
            if span:
                out.append(span)
        return out

    def find_tag(self, att, i: int) -> SpeechTag | None:
        """The tag of utterance i, as the stage's English tags give it; None when no
        verb of saying names its subject next to the quotation."""
        u = att.utterances[i]
        for p in range(len(u.parts)):
            seg = att.narration_after(i, p)
            m = self.after.match(seg) if seg else None
            tag = self._tag(att.text, m, u.parts[p][1] + 1) if m else None
            if tag:
                return tag
        start, before = att.narration_before(i)
        m = self.before.search(before) if before else None
        return self._tag(att.text, m, start) if m else None

    def _tag(self, text: str, m: re.Match, base: int) -> SpeechTag | None:
        group = next(g for g in ("inverted", "subj", "subj_first") if m.groupdict().get(g))
        word, pos = m.group(group), base + m.start(group)
        if word.lower() in self.pronouns:
            return SpeechTag(self.pronouns[word.lower()], pos, "tag")
        if not word[0].isupper():
            return None
        words, end = [word], base + m.end(group)
        while len(words) < MAX_NAME_WORDS and (more := NEXT_WORD_RE.match(text, end)) and more.group(1)[0].isupper():
            words.append(more.group(1))
            end = more.end()
        return SpeechTag(" ".join(words), pos, "tag")


@lru_cache(maxsize=None)
def for_language(code: str) -> SpeechTags | None:
    """The tags of a language (ISO 639-1 code), or None when ficlens has no word lists for it."""
    raw = json.loads(resources.files(__package__).joinpath(WORD_LISTS).read_text(encoding="utf-8"))
    words = raw["languages"].get(code)
    if words is None:
        return None
    verb = "(?i:" + "|".join(re.escape(v) for v in sorted(words["verbs"], key=len, reverse=True)) + r")(?![\w’'])"
    pronoun = "(?i:" + "|".join(re.escape(p) for p in words["pronouns"]) + r")(?!\w)"
    article = "(?:(?:" + "|".join(re.escape(a) for a in words["articles"]) + r")\s+)?" if words["articles"] else ""
    after = re.compile(
        rf"{LEAD}(?:{verb}(?:-t)?-(?P<inverted>{pronoun})|{verb}\s+{article}(?P<subj>{WORD})|(?P<subj_first>{WORD})\s+{verb})"
    )
    before = re.compile(rf"(?P<subj>{WORD})\s+{verb}\s*:\s*$")
    incise = re.compile(rf"(?<=[,?!…])\s+(?={verb}(?:(?:-t)?-{pronoun}|\s+{article}{WORD}))") if words["incise"] else None
    return SpeechTags({p.lower(): s for p, s in words["pronouns"].items()}, after, before, incise)
