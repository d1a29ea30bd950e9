"""The candidate speakers of a quote and their features for the ranker, and the fixed rule order
used without a ranker."""

from __future__ import annotations

import bisect
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from . import ranker
from .patterns import BEAT_RE, NEW_CONVERSATION_GAP, PERSON_NOUNS, VOICE_WORDS
from .quotes import Utterance
from .tags import SpeechTag

if TYPE_CHECKING:
    from .attributor import Attributor

def rule_pick(att: Attributor, i: int, u: Utterance, tag: SpeechTag | None, speakers: list, prev, prev2) -> dict:
    """What each rule would say about the speaker (candidate keys), for the fixed order or the ranker."""
    text = att.text
    picks: dict = {}
    same_paragraph = i > 0 and att.utterances[i - 1].last_paragraph == u.paragraph
    if tag:
        low = tag.subject.lower()
        if low == "you":
            pass
        elif low in ("he", "she", "they"):
            picks["pronoun"] = att.pronoun_candidates(low, tag.pos)
            resolved = att.mention_at.get(tag.pos)  # the characters stage's reading of this pronoun
            if resolved:
                picks["pronoun"] = [resolved] + [k for k in picks["pronoun"] if k != resolved][:2]
            picks["pronoun_word"] = low
        elif tag.kind == "description":
            pronoun = PERSON_NOUNS.get(low.split()[-1])
            if pronoun:
                picks["pronoun"] = att.pronoun_candidates(pronoun, tag.pos)
                picks["pronoun_word"] = pronoun
                picks["described_person"] = True
        elif tag.kind == "beat" and low != "i":
            name = att.name(tag.subject, keep_article=True)
            if name:
                picks["beat_named"] = att.index.find(name) or "name:" + name
    if same_paragraph and speakers[i - 1]:
        picks["same_paragraph"] = speakers[i - 1]
    lo, hi = att.paragraphs[u.paragraph]
    narration = 0
    for seg_start, seg_end in _gaps(u, lo, hi, att.utterances, i):
        narration += seg_end - seg_start
        if "beat_paragraph" in picks:
            continue
        m = BEAT_RE.search(text, seg_start, seg_end)
        if m and m.group("poss") and m.group("verb") not in VOICE_WORDS and "beat_possessive" not in picks:
            subj = m.group("subj")
            if subj not in ("He", "She", "I"):
                name = att.name(subj, keep_article=True)
                if name:
                    picks["beat_possessive"] = att.index.find(name) or "name:" + name
        elif m and (not m.group("poss") or m.group("verb") in VOICE_WORDS):
            subj = m.group("subj")
            if subj in ("He", "She"):
                picks.setdefault("pronoun_word", subj.lower())
                found = att.pronoun_candidates(subj.lower(), m.start("subj"), limit=1)
                if found:
                    picks["beat_paragraph"] = found[0]
            elif subj != "I":
                name = att.name(subj, keep_article=True)
                if name:
                    picks["beat_paragraph"] = att.index.find(name) or "name:" + name
    picks["narration_chars"] = narration
    if u.paragraph > 0 and (i == 0 or att.utterances[i - 1].last_paragraph < u.paragraph - 1):
        plo, phi = att.paragraphs[u.paragraph - 1]
        m = BEAT_RE.search(text, plo, phi)
        if m and not m.group("poss"):
            subj = m.group("subj")
            if subj in ("He", "She"):
                found = att.pronoun_candidates(subj.lower(), m.start("subj"), limit=1)
                picks["previous_narration_subject"] = found[0] if found else None
            elif subj != "I":
                name = att.name(subj, keep_article=True)
                if name:
                    picks["previous_narration_subject"] = att.index.find(name) or "name:" + name
    if i > 0:
        previous_tag = att.tags[i - 1]
        to = previous_tag.to if previous_tag else None
        if to and to[0].isupper():
            name = att.name(to)
            if name:
                picks["told_previous"] = att.index.find(name) or "name:" + name
        elif to:
            picks["told_previous"] = att.relative_addressed(to, previous_tag.pos, prev)
    if i > 0 and not same_paragraph:
        picks["vocative_previous"] = [c for c in att.vocatives(att.utterances[i - 1]) if c != prev]
    if i + 1 < len(att.utterances):
        after = att.utterances[i + 1]
        if after.paragraph != u.last_paragraph and after.start - u.end < NEW_CONVERSATION_GAP:
            picks["vocative_next"] = att.vocatives(after)  # "Yes, Mr. Bumble": the reply names this speaker
    k = bisect.bisect_left(att.name_pos, u.start) - 1
    recent: list[str] = []
    while k >= 0 and u.start - att.name_pos[k] < 1500 and len(recent) < 4:
        key = att.name_ids[k] or att.index.find(att.name_names[k])
        if key is None and att.name_gender(att.name_names[k], strict=True):
            key = "name:" + att.name_names[k]
        if key and key not in recent:
            recent.append(key)
        k -= 1
    picks["recent"] = recent
    picks["turn"] = next((c for c in recent if c != prev), None) if prev else None
    picks["mentioned"] = att.mentioned_before(u.start)
    return picks


@dataclass(frozen=True, slots=True)
class QuoteFacts:
    """What a quote's candidate features read that no history changes: computed once per quote
    (and conversation start), not once for each history the beam keeps."""

    untagged: bool
    new_paragraph: bool
    tag_pronoun: bool  # a he/she tag
    resolved: str | None  # the characters stage's reading of that he/she
    own: set[str]  # addressed by name inside the quote
    named_inside: set[str]
    referred_inside: set[str]
    spoken_of_before: set[str] | tuple
    ahead: tuple[str | None, str | None, str | None]  # `named_ahead`
    after_question: bool
    after_narration: bool


def quote_facts(att: Attributor, u: Utterance, i: int, start: int, tag: SpeechTag | None) -> QuoteFacts:
    new_paragraph = not (i > 0 and att.utterances[i - 1].last_paragraph == u.paragraph)
    tag_pronoun = bool(tag) and tag.subject.lower() in ("he", "she")
    named_inside, referred_inside, _ = att.spoken_of(u)
    return QuoteFacts(
        untagged=tag is None,
        new_paragraph=new_paragraph,
        tag_pronoun=tag_pronoun,
        resolved=att.mention_at.get(tag.pos) if tag_pronoun else None,
        own=set(att.vocatives(u)),
        named_inside=named_inside,
        referred_inside=referred_inside,
        spoken_of_before=att.spoken_of(att.utterances[i - 1])[2] if i > start else (),
        ahead=named_ahead(att, i),
        after_question=new_paragraph and i > 0 and asks(att, att.utterances[i - 1]),
        after_narration=i > 0 and u.paragraph - att.utterances[i - 1].last_paragraph >= 2,
    )


# The picks that propose one candidate each, in the order candidates are listed.
_SINGLE_PICKS = ("beat_named", "beat_paragraph", "beat_possessive", "same_paragraph", "turn", "previous_narration_subject", "told_previous")
_F = ranker.INDEX
_QUOTES_SO_FAR, _IN_CONVERSATION = _F["quotes_so_far"], _F["in_conversation"]
# Speakers this many quotes back still count as "older" ones of the conversation.
OLDER_REACH = 12


class Turns(NamedTuple):
    """What the candidate features of quote `i` read of a history of speakers: the greedy one, or
    one of those the beam keeps (which carries its counts, leaders and speakers along)."""

    speakers: Sequence  # by quote index: from `start` on, read back OLDER_REACH quotes at most
    start: int  # the conversation's first quote
    i: int
    prev: str | None  # the last speaker
    prev2: str | None  # the last other speaker before them
    addressed_previous: Sequence[str]  # the addressees of quote i - 1, in this conversation
    counts: dict[str, int]  # quotes so far by speaker
    leaders: tuple  # `top_speakers(counts)`
    spoken: Collection  # the speakers of the conversation so far


_WANT = {"he": "male", "she": "female"}


class KeyFeatures:
    """The features of each candidate that only the quote and a history's last turns decide (the
    `prev`, `prev2` and previous quote's speaker that `rule_pick` reads): computed once for all
    the histories of the beam that share them, and with the ranker's weights, scored once."""

    def __init__(self, att: Attributor, facts: QuoteFacts, picks: dict, prev, prev2, folding: ranker.Folding | None = None):
        self.att = att
        pron = picks.get("pronoun", ())
        self.pron = set(pron)
        self.want = _WANT.get(picks.get("pronoun_word", ""))
        self.every = {_F["has_pronoun_tag"]: 1.0} if pron else {}
        by_key: dict[str, dict[int, float]] = {}

        def mark(feature: str, members, value=1.0):
            col = _F[feature]
            for key in members:
                if key:
                    by_key.setdefault(key, {})[col] = value

        def rank(feature: str, ranked: list):
            # 1/(1+place) at each candidate's first place in the list.
            for place in range(len(ranked) - 1, -1, -1):
                mark(feature, (ranked[place],), 1.0 / (1 + place))

        for key in dict.fromkeys(pron):
            mark(f"pronoun_{pron.index(key) + 1}", (key,))
        for name in _SINGLE_PICKS:
            mark(name, (picks.get(name),))
        mark("vocative_previous", picks.get("vocative_previous", ()))
        mark("vocative_next", picks.get("vocative_next", ()))
        mark("previous", (prev,))
        mark("before_previous", (prev2,))
        if facts.new_paragraph:
            mark("previous_new_paragraph", (prev,))
        if picks["narration_chars"] == 0:
            mark("pure_dialogue_alternation", (prev2,))
        rank("recency", picks["recent"])
        mark("own_vocative", facts.own)
        if picks.get("described_person"):
            mark("described_person", pron)
        if facts.tag_pronoun:
            mark("pronoun_previous", (prev,))
            mark("pronoun_before_previous", (prev2,))
            fitting = [k for k in (prev, prev2) if k and self.want and att.candidate_gender(k) == self.want]
            if len(fitting) == 1:
                mark("pronoun_only_participant", fitting)
            mark("mention_resolved", (facts.resolved,))
        next_new, next_same, next2 = facts.ahead
        mark("next_named_new_paragraph", (next_new,))
        mark("next_named_same_paragraph", (next_same,))
        mark("next2_named_alternation", (next2,))
        rank("mentioned", picks["mentioned"])
        mark("named_inside", facts.named_inside)
        mark("referred_inside", facts.referred_inside)
        mark("spoken_of_before", facts.spoken_of_before)
        self.by_key = by_key
        self.cells: dict[str, dict[int, float]] = {}
        self.scores: dict[str, float] = {}
        self.contexts = (
            facts.tag_pronoun or bool(picks.get("described_person")),
            picks["narration_chars"] == 0,
            any(name in picks for name in ("beat_named", "beat_paragraph", "beat_possessive")),
            "same_paragraph" in picks,
            facts.new_paragraph,
            facts.after_question,
            facts.after_narration,
        )
        # With the ranker's weights: each feature's weight under the quote's contexts.
        self.folded = folding(self.contexts) if folding else None

    def of(self, key: str) -> dict[int, float]:
        """The candidate's features (index -> value) that are set."""
        got = self.cells.get(key)
        if got is None:
            cells = {**self.every, **self.by_key.get(key, {})}
            if self.want:
                gender = self.att.candidate_gender(key)
                if gender == self.want:
                    cells[_F["gender_match"]] = 1.0
                    if key in self.pron:
                        cells[_F["pronoun_gender_known"]] = 1.0
                elif gender is not None:
                    cells[_F["gender_mismatch"]] = 1.0
            got = self.cells[key] = cells
        return got

    def score(self, key: str) -> float:
        """The ranker's score of these features of the candidate (made with a `folding`)."""
        got = self.scores.get(key)
        if got is None:
            folded = self.folded
            got = self.scores[key] = sum(value * folded[col] for col, value in self.of(key).items())
        return got


def candidate_features(
    att: Attributor, facts: QuoteFacts, picks: dict, turns: Turns, tagged: str | None = None
) -> tuple[list, np.ndarray]:
    """Candidate keys and their feature rows; `tagged`, the speaker a tag gives, is always a candidate."""
    known = KeyFeatures(att, facts, picks, turns.prev, turns.prev2)
    keys, older = candidate_keys(facts, picks, turns, tagged)
    cells = {r * ranker.WIDTH + col: value for r, key in enumerate(keys) for col, value in known.of(key).items()}
    for r, col, value in turn_cells(keys, facts, turns, older):
        cells[r * ranker.WIDTH + col] = value
    return keys, ranker.matrix(len(keys), cells, known.contexts)


def candidate_keys(facts: QuoteFacts, picks: dict, turns: Turns, tagged: str | None) -> tuple[list[str], list[str]]:
    """The candidates in the order the ranker lists them (at most 14, and `tagged`), and the
    history's older speakers."""
    speakers, start, i, prev, prev2, addressed_previous, _, leaders, _ = turns
    older = [s for s in speakers[max(start, i - OLDER_REACH) : max(start, i - 2)] if s]
    listed = dict.fromkeys((
        *picks.get("pronoun", ()),
        *(picks.get(name) for name in _SINGLE_PICKS),
        *picks.get("vocative_previous", ()),
        *picks.get("vocative_next", ()),
        prev,
        prev2,
        *addressed_previous,
        *facts.ahead,
        *reversed(older),
        *picks["recent"],
        *(picks["mentioned"] if facts.untagged else ()),
        *leaders,
    ))
    keys = [key for key in listed if key][:14]
    if tagged and tagged not in keys:
        keys.append(tagged)
    return keys, older


def turn_cells(keys: list[str], facts: QuoteFacts, turns: Turns, older: list[str]) -> list[tuple[int, int, float]]:
    """(candidate row, feature, value) of the features only the whole history decides, beyond
    `KeyFeatures`: quote counts, older speakers, leaders, alternation, the previous addressees."""
    speakers, start, i, _, _, addressed_previous, counts, leaders, spoken = turns
    out = []
    row_of = {key: r for r, key in enumerate(keys)}
    for r, key in enumerate(keys):
        if key in counts:
            out.append((r, _QUOTES_SO_FAR, math.log1p(counts[key])))
        if key in spoken:
            out.append((r, _IN_CONVERSATION, 1.0))
    members = [(_F["older"], older), (_F["leader"], leaders), (_F["addressed_previous"], addressed_previous)]
    if (
        facts.untagged and facts.new_paragraph and i - 2 >= start and speakers[i - 2] is not None
        and speakers[i - 1] is not None and speakers[i - 1] != speakers[i - 2]
    ):
        members.append((_F["strict_alternation"], (speakers[i - 2],)))
    for col, holders in members:
        for key in dict.fromkeys(holders):
            r = row_of.get(key)
            if r is not None:
                out.append((r, col, 1.0))
    return out


def top_speakers(counts: dict) -> tuple:
    """The three characters with most quotes so far (on a tie, the one counted first)."""
    return tuple(sorted(counts, key=counts.get, reverse=True)[:3])


def top_speakers_after(counts: dict, before: tuple, speaker: str | None) -> tuple:
    """`top_speakers(counts)` once `speaker`'s new quote is counted, from the three before: only
    they and the speaker can lead now. On a tie among them the order of counting decides: recount."""
    if not speaker:
        return before
    contenders = before if speaker in before else (*before, speaker)
    if len({counts[key] for key in contenders}) < len(contenders):
        return top_speakers(counts)
    return tuple(sorted(contenders, key=counts.get, reverse=True)[:3])


def asks(att: Attributor, u: Utterance) -> bool:
    """Whether the quotation ends with a question mark."""
    return att.text[u.end - 2 : u.end].rstrip("\"”’' ").endswith("?")




def _gaps(u: Utterance, lo: int, hi: int, utterances: list[Utterance], i: int):
    """Narration stretches of the utterance's paragraph (outside any quotation)."""
    spans = [p for v in utterances[max(0, i - 3) : i + 4] if v.paragraph == u.paragraph for p in v.parts]
    pos = lo
    for a, b in sorted(spans):
        if a - 1 > pos:
            yield pos, a - 1
        pos = max(pos, b + 1)
    if pos < hi:
        yield pos, hi


def named_ahead(att: Attributor, i: int) -> tuple[str | None, str | None, str | None]:
    """Name-tagged speakers of the next quotes: (next, in a new paragraph), (next, same paragraph),
    (the one after, when each of the two opens its own paragraph: the alternation seen from ahead)."""
    utterances, named = att.utterances, att.named
    u = utterances[i]
    if i + 1 >= len(utterances) or utterances[i + 1].start - u.end > NEW_CONVERSATION_GAP:
        return None, None, None
    v = utterances[i + 1]
    same = v.paragraph == u.last_paragraph
    next2 = None
    if not same and i + 2 < len(utterances) and named[i + 1] is None:
        w = utterances[i + 2]
        if w.paragraph != v.last_paragraph and w.start - v.end < NEW_CONVERSATION_GAP:
            next2 = named[i + 2]
    return (None if same else named[i + 1]), (named[i + 1] if same else None), next2
