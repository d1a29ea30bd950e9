"""Utterances: the structure stage's quoted stretches (`Work.quotations`) grouped into the quotes of
one speaker each ('"Well," said Buffy, "maybe."' is one utterance in two parts)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Quotation

UNFINISHED_END = set(",;:—–-…")


@dataclass
class Utterance:
    """A quote before attribution: its parts (quote marks excluded) and its paragraph."""

    parts: list[tuple[int, int]] = field(default_factory=list)
    paragraph: int = 0
    last_paragraph: int = 0  # differs from `paragraph` for a quotation over several paragraphs

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


# Verbs of speech tags; the checks below for a new speech share them.
TAG_VERBS = (
    r"said|added|cried|replied|answered|asked|returned|rejoined|retorted|exclaimed|continued|observed|remarked|"
    r"whispered|called|shouted|inquired|enquired|interposed|resumed|murmured|muttered|stammered|faltered|"
    r"demanded|protested|interrupted|explained|declared|insisted|pleaded|begged|urged|interjected"
)
SPEECH_VERB_RE = re.compile(rf"\b(?:{TAG_VERBS}|says|say|began|went on)\b")
REPLY_VERB_RE = re.compile(r"\b(?:replied|answered|returned|rejoined|retorted|responded)\b")
_NAMING_VERBS = rf"{TAG_VERBS}|quoted|repeated"
_TAG_NAME = r"[A-Z][\w’'.-]*(?:[ \t\n]+[A-Z][\w’'.-]*)*"
# The speech tag that opens narration, with a named subject: "said the gentle Mrs. Thorpe", "Marilla said".
NAMED_TAG_RE = re.compile(
    rf"[\"”’'\s,]*(?:(?:{_NAMING_VERBS})[ \t\n]+(?:the[ \t\n]+)?(?:[a-z]+[ \t\n]+)?(?P<after>{_TAG_NAME})"
    rf"|(?P<before>{_TAG_NAME})[ \t\n]+(?:{_NAMING_VERBS}))\b"
)
# What a person's words are called in "was Charles's language", "Mary's declaration was,".
SPEECH_NOUNS = (
    r"reply|answer|language|response|remark|rejoinder|comment|retort|explanation|summing|way|thought|"
    r"exclamation|question|greeting|verdict|conclusion|observation|objection|cry|advice|protest|excuse|"
    r"declaration|reasoning|assurance|words|address|reproach|inquiry|enquiry"
)
SPEECH_NOUN_RE = re.compile(rf"\b(?:{SPEECH_NOUNS})\b")
# A second named subject that speaks after the tag between two quotations.
NEXT_SPEAKER_RE = re.compile(
    rf"(?:\b(?:and|but|then|while|when|that|which|whereupon)[ \t\n]+(?:[a-z]+[ \t\n]+)?"
    rf"(?:{_TAG_NAME}\b[^\"“”]*?\b(?:{_NAMING_VERBS}|began|went on|thought|saying)\b"
    rf"|{_TAG_NAME}[’']s[ \t\n]+(?:{SPEECH_NOUNS})[ \t\n]+was\b)"  # "and Elizabeth's reply was,"
    rf"|\b(?:and|but|then)\b[^\"“”]*?\bthus[ \t\n]+(?:spoke|said|began)[ \t\n]+{_TAG_NAME})"  # "and, in a bad mood, thus spoke Mary:"
    r"[^\"“”]*[,:—–]\s*[\"“]?$"
)


def _tag_subject(m: re.Match | None) -> str | None:
    return (m.group("after") or m.group("before")) if m else None


def _joins(
    text: str, prev_end: int, next_part: tuple[int, int], prev_part: tuple[int, int], limit: int, sentence_starts: list[int]
) -> bool:
    """Whether two quoted parts of one paragraph are one utterance interrupted by a tag."""
    next_start = next_part[0]
    between = text[prev_end:next_start]
    if len(between) > 160 or "\n\n" in between:
        return False
    tag = NAMED_TAG_RE.match(text, prev_end, next_start)
    if tag:
        own = _tag_subject(NAMED_TAG_RE.match(text, next_part[1], min(limit, next_part[1] + 80)))
        if own and own != _tag_subject(tag):
            return False  # '"...," said Isabella. "...," said the gentle Mrs. Thorpe': each has its own speaker
    if NEXT_SPEAKER_RE.search(text, tag.end() if tag else prev_end, next_start):
        return False  # '"...," said Mary, and Katharine, after a moment, said: "..."'; '"..."; but Wenna said, "..."'
    last = text[prev_part[1] - 1]
    marks = " \t\n\"“”‘’'"
    core = between.strip(marks)
    core_start = prev_end + len(between) - len(between.lstrip(marks))
    core_end = core_start + len(core)
    k = bisect.bisect_left(sentence_starts, core_end) - 1  # the last sentence starting in the narration
    if k >= 0 and sentence_starts[k] > core_start and SPEECH_VERB_RE.search(text, sentence_starts[k], core_end):
        return False  # '"...," said Lady Bertram. After a pause Sir Thomas added, "..."': a new speech
    if last in UNFINISHED_END or (last.isalnum()):
        return True
    if last in ".?!" and core[:1].isupper() and core.endswith((":", ",", "—", "–", "-")) and (
        SPEECH_VERB_RE.search(core) or SPEECH_NOUN_RE.search(core)
    ):
        # '"...at the last moment." But something ... and George whispered: "Or did she?"', '"Elizabeth." Lady
        # Russell listened, and made only this cautious reply:--"Elizabeth! very well."': a new speech
        return False
    if core.endswith(":") and last in ".?!" and REPLY_VERB_RE.search(core):
        return False  # '"Anything else?" Matthew took courage and replied: "Well now..."' is the answer
    return core.endswith((",", ":", "—", "–", "-"))


def group_utterances(
    text: str,
    quotations: list[Quotation],
    paragraphs: list[tuple[int, int]],
    sentence_starts: list[int],
    split_incises: Callable[[str, list[tuple[int, int]]], list[tuple[int, int]]] | None = None,
    join_paragraph: bool = False,
) -> list[Utterance]:
    """Utterances of the quoted stretches, in text order: a stretch that continues a quotation of
    the paragraph before joins its utterance; stretches of one paragraph split by a speech tag
    join when `_joins` says they are one speech (it reads `sentence_starts`, those of
    `Work.sentences`), or always with `join_paragraph` (languages whose paragraphs are one turn each).
    `split_incises` cuts out speech tags written inside a quotation without marks of their own
    (French « Laisse-le, marmonna Ron. Il est las. »)."""
    starts = [lo for lo, _ in paragraphs]
    utterances: list[Utterance] = []
    current: Utterance | None = None
    for q in quotations:
        index = bisect.bisect_right(starts, q.start) - 1
        parts = split_incises(text, [(q.start, q.end)]) if split_incises else [(q.start, q.end)]
        for k, part in enumerate(parts):
            if q.continues and k == 0 and current is not None:
                current.parts.append(part)
                current.last_paragraph = index
            elif current is not None and current.last_paragraph == index and (
                join_paragraph
                or _joins(text, current.end, part, current.parts[-1], paragraphs[index][1], sentence_starts)
            ):
                current.parts.append(part)
            else:
                current = Utterance(parts=[part], paragraph=index, last_paragraph=index)
                utterances.append(current)
    return utterances
