"""The story as the content rules see it: sentences, quotes, cue hits, and the context of a hit.

A cue only counts when its context says the thing happens in the story: not negated,
not hypothetical or threatened, not in a dream, not a figure of speech, and (for some
rules) told in narration rather than said in dialogue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..model import Evidence, Work
from ..text import count_words, excerpt
from .lexicon import lexicon

CLAUSE_BREAK_RE = re.compile(r"[,;:—–()]|\bbut\b|\bthen\b")
NEGATION_RE = re.compile(r"\b(?:not|never|no|nobody|none|nothing|without|hardly|neither|nor)\b|n['’]t\b")
HYPOTHETICAL_RE = re.compile(
    r"\b(?:if|unless|whether|would|could|might|should|may|will|shall|going to|gonna|want to|wanted to|"
    r"wants to|wish|wished|imagine|imagined|pretend|pretended|almost|nearly|threaten\w*|afraid|feared|"
    r"worried|what if|in case|as if|as though|or else|before i|about to|as soon as|apprehension|dread|"
    r"terror|risk|danger|chance|lest|whenever|instead of|rather than)\b|['’]ll\b|['’]d\b"
)
PLUPERFECT_RE = re.compile(r"\bhad (?:been |already |just |long |once |never )?(?:[a-z]+ ){0,3}$")
FIGURATIVE_AFTER_RE = re.compile(
    r"\s*(?:(?:it|them|this|that)\b(?! (?:man|woman|boy|girl|guard|soldier))|time\b|a pizza\b|"
    r"the (?:engine|motor|lights?|mood|music|conversation|vibe|radio|game|boss|level)\b)"
)
FIRST_PERSON_RE = re.compile(r"\b(?:I|me|my|myself)\b")
SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yourself)\b", re.IGNORECASE)
THIRD_PERSON_RE = re.compile(r"\b(?:he|she|him|her|his|they|them)\b", re.IGNORECASE)
MAX_SENTENCE = 1000  # characters; longer stretches without an end mark are cut so windows stay local
CLAUSE_LOOKBACK = 200  # characters looked at before a hit for negation, hypotheticals, the past
DREAM_SPAN = 6  # sentences a dream lasts at most when no waking sentence ends it


@dataclass
class Hit:
    """One cue match: offsets, its sentence, and where it sits."""

    start: int
    end: int
    sentence: int
    in_quote: bool


class Story:
    """Story text of a work with its sentences, quotes and cue hits, computed once."""

    def __init__(self, work: Work) -> None:
        self.work = work
        self.text = work.text
        lower = self.text.lower()
        if len(lower) != len(self.text):
            lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
        self.lower = lower
        self.spans = [(s.start, s.end) for s in work.story_spans() if s.end > s.start]
        self.words = sum(count_words(self.text, s, e) for s, e in self.spans) or 0
        self.sent_starts, self.sent_ends = self._sentences()
        self.quote_starts, self.quote_ends = self._quotes()
        found = lexicon().scan(self.lower, self.spans)
        self._sentence_index: dict[str, list[int]] = {}
        self.hits: dict[str, list[Hit]] = {g: [self._hit(s, e) for s, e in v] for g, v in found.items()}
        self.dream_sentences = self._dream_sentences()
        self._newlines: list[int] | None = None
        self.prominent: set[str] | None = None  # filled on demand by the death rule
        self._mention_starts: list[int] | None = None
        self._live: dict[tuple, list[Hit]] = {}

    # -- structure --------------------------------------------------------------------
    def _sentences(self) -> tuple[list[int], list[int]]:
        """The structure stage's sentences, overlong ones cut."""
        starts: list[int] = []
        ends: list[int] = []
        for s in self.work.sentences:
            self._add_sentence(starts, ends, s.start, s.end)
        return starts, ends

    def _add_sentence(self, starts: list[int], ends: list[int], start: int, end: int) -> None:
        """Add one sentence, trimmed; an overlong one (unpunctuated text) is cut at line breaks or spaces."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > MAX_SENTENCE:
            cut = text.rfind("\n", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            if cut < 0:
                cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            if cut < 0:
                cut = start + MAX_SENTENCE
            self._add_sentence(starts, ends, start, cut)
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            starts.append(start)
            ends.append(end)

    def _quotes(self) -> tuple[list[int], list[int]]:
        """The structure stage's quoted stretches (speech tags between them are narration)."""
        return [q.start for q in self.work.quotations], [q.end for q in self.work.quotations]

    def _hit(self, start: int, end: int) -> Hit:
        return Hit(start, end, self.sentence_of(start), self.in_quote(start))

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def mentions_between(self, start: int, end: int) -> list:
        """The characters stage's mentions that start in start..end (mentions are in text order)."""
        if self._mention_starts is None:
            self._mention_starts = [m.start for m in self.work.mentions]
        lo = bisect_right(self._mention_starts, start - 1)
        hi = bisect_right(self._mention_starts, end - 1)
        return self.work.mentions[lo:hi]

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quote_ends[i]

    def _dream_sentences(self) -> set[int]:
        """Sentences inside a dream: from a dream cue until someone wakes, at most DREAM_SPAN sentences."""
        woke = {h.sentence for h in self.hits["wake"]}
        inside: set[int] = set()
        for h in self.hits["dream"]:
            for i in range(h.sentence, min(h.sentence + DREAM_SPAN, len(self.sent_starts))):
                if i > h.sentence and i in woke:
                    break
                inside.add(i)
        return inside

    # -- context of a hit ---------------------------------------------------------------
    def clause_before(self, hit: Hit) -> str:
        """Lower-cased text from the start of the hit's clause up to the hit."""
        start = self.sent_starts[hit.sentence] if self.sent_starts else 0
        before = self.lower[max(start, hit.start - CLAUSE_LOOKBACK) : hit.start]
        last = None
        for last in CLAUSE_BREAK_RE.finditer(before):
            pass
        return before[last.end() :] if last else before

    def negated(self, hit: Hit) -> bool:
        return NEGATION_RE.search(self.clause_before(hit)) is not None

    def hypothetical(self, hit: Hit) -> bool:
        """A hypothetical, wished or feared event, or one asked about ('Or tortured?')."""
        if HYPOTHETICAL_RE.search(self.clause_before(hit)):
            return True
        end = self.sent_ends[hit.sentence] if self.sent_ends else hit.end
        return "?" in self.text[max(hit.end, end - 3) : end]

    def past(self, hit: Hit) -> bool:
        """Told as an earlier event: pluperfect or a past marker in the same sentence."""
        if PLUPERFECT_RE.search(self.clause_before(hit)):
            return True
        return any(h.sentence == hit.sentence for h in self.near("past_marker", hit.sentence, 0))

    def figurative(self, hit: Hit) -> bool:
        """'killed it', 'murder a pizza', 'shot him at laser tag': a thing as object, or play rather than harm."""
        if FIGURATIVE_AFTER_RE.match(self.lower, hit.end):
            return True
        return bool(self.near("play_context", hit.sentence, 0))

    def name_like(self, hit: Hit) -> bool:
        """Capitalised inside its sentence: a name ('Dick', 'Bones snapped'), not the cue word."""
        return self.text[hit.start].isupper() and hit.start != self.sent_starts[hit.sentence]

    def dream(self, hit: Hit) -> bool:
        return hit.sentence in self.dream_sentences

    def live(
        self,
        group: str,
        *,
        narration: bool = False,
        negation: bool = True,
        hypothetical: bool = True,
        dream: bool = True,
        figurative: bool = False,
    ) -> list[Hit]:
        """Hits of a group that say the thing happens in the story (each check can be switched off)."""
        key = (group, narration, negation, hypothetical, dream, figurative)
        if key in self._live:
            return list(self._live[key])
        out = []
        for h in self.hits[group]:
            if narration and h.in_quote:
                continue
            if dream and self.dream(h):
                continue
            if negation and self.negated(h):
                continue
            if hypothetical and self.hypothetical(h):
                continue
            if figurative and self.figurative(h):
                continue
            out.append(h)
        self._live[key] = out
        return list(out)

    def near(self, group: str, sentence: int, radius: int) -> list[Hit]:
        """Hits of a group in sentences sentence-radius .. sentence+radius."""
        hits = self.hits[group]
        index = self._sentence_index.get(group)
        if index is None:
            index = self._sentence_index[group] = [h.sentence for h in hits]
        lo = bisect_right(index, sentence - radius - 1)
        out = []
        for h in hits[lo:]:
            if h.sentence > sentence + radius:
                break
            out.append(h)
        return out

    # -- evidence -------------------------------------------------------------------------
    def evidence(self, hit: Hit, reason: str) -> Evidence:
        """The hit's sentence (cut to 300 characters around the hit) as evidence."""
        start = self.sent_starts[hit.sentence] if self.sent_starts else hit.start
        end = self.sent_ends[hit.sentence] if self.sent_ends else hit.end
        start, end = min(start, hit.start), max(end, hit.end)
        if end - start > 300:
            start = max(start, hit.start - 120)
            end = min(end, max(hit.end, start + 300))
        return Evidence(start, end, reason, excerpt(self.text, start, end))

    def span_evidence(self, first: int, last: int, reason: str) -> Evidence:
        """Sentences first..last as one piece of evidence (at most 600 characters)."""
        start, end = self.sent_starts[first], self.sent_ends[last]
        end = min(end, start + 600)
        return Evidence(start, end, reason, excerpt(self.text, start, end))

    def cue_text(self, hit: Hit) -> str:
        return " ".join(self.text[hit.start : hit.end].split())

    def line_range(self, start: int, end: int) -> tuple[int, int]:
        """1-based line numbers of a span."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        return bisect_right(self._newlines, start - 1) + 1, bisect_right(self._newlines, max(start, end - 1) - 1) + 1

    # -- narration fallback ------------------------------------------------------------------
    def person(self) -> str | None:
        """Narrative person from the characters stage, else from pronouns outside quotes."""
        if self.work.narration.person:
            return self.work.narration.person
        if not self.spans:
            return None
        pieces = []
        pos = self.spans[0][0]
        for qs, qe in zip(self.quote_starts, self.quote_ends):
            pieces.append(self.text[pos:qs])
            pos = max(pos, qe)
        pieces.append(self.text[pos : self.spans[-1][1]])
        narration = " ".join(pieces)
        first = len(FIRST_PERSON_RE.findall(narration))
        second = len(SECOND_PERSON_RE.findall(narration))
        third = len(THIRD_PERSON_RE.findall(narration))
        best = max(first, second, third)
        if best < 3:
            return None
        if second == best and second >= 1.2 * max(first, third, 1):
            return "second"
        if first == best and first >= 0.5 * third:
            return "first"
        return "third" if third == best else None
