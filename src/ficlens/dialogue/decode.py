"""Speakers in text order: a tag decides outright, else the ranker scores the candidates, and a beam
search over each conversation keeps the best histories."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from . import ranker
from .candidates import (
    OLDER_REACH,
    KeyFeatures,
    QuoteFacts,
    Turns,
    candidate_features,
    candidate_keys,
    quote_facts,
    rule_pick,
    top_speakers,
    top_speakers_after,
    turn_cells,
)
from .patterns import (
    BRANCHES,
    CONFIDENCE,
    GENDER_CLASH_PENALTY,
    NEW_CONVERSATION_GAP,
    RECOMBINE,
    TAG_FIT,
    UNLISTED_LOGP,
)
from .quotes import Utterance
from .tags import SpeechTag

if TYPE_CHECKING:
    from .attributor import Attributor

def decide(att: Attributor, i: int, u: Utterance, tag: SpeechTag | None, speakers: list, start: int, prev, prev2, weights, collect):
    """(speaker, rule, confidence) for one utterance, greedily (training, or no beam)."""
    fixed = _tag_decision(att, tag, prev, prev2)
    if fixed:
        return _count(att, fixed[0]), fixed[1], fixed[2]
    picks = rule_pick(att, i, u, tag, speakers, prev, prev2)
    if weights is not None or collect is not None:
        addressed_previous = att.addressed[i - 1] if i - 1 >= start else ()
        turns = Turns(speakers, start, i, prev, prev2, addressed_previous, att.quote_counts,
                      top_speakers(att.quote_counts), set(speakers[start:i]))
        keys, rows = candidate_features(att, quote_facts(att, u, i, start, tag), picks, turns)
        if collect is not None and keys:
            collect.append({"start": u.start, "keys": keys, "rows": rows, "forms": [att.forms(k) for k in keys]})
        if weights is not None and keys:
            best, prob, reason = ranker.choose(rows, weights)
            return _count(att, att.character(keys[best])), f"ranker:{reason}", prob
    # Fixed order when no model is installed.
    for rule, key in (
        ("tag-pronoun", _pronoun_pick(picks, prev, prev2)),
        ("beat", picks.get("beat_named")),
        ("same-paragraph", picks.get("same_paragraph")),
        ("beat", picks.get("beat_paragraph")),
        ("vocative", (picks.get("vocative_previous") or [None])[0]),
        ("alternation", prev2),
        ("turn", picks.get("turn")),
    ):
        if key:
            return _count(att, att.character(key)), rule, CONFIDENCE[rule]
    return None, None, 0.0


_GENDER_MISMATCH = ranker.INDEX["gender_mismatch"]
# The speakers a hypothesis keeps at hand: recombination and the features read this far back.
_TAIL = max(RECOMBINE, OLDER_REACH)


class _History:
    """Speakers by quote index as one hypothesis reads them: the committed ones before `start`, and
    its own last few (`tail`, the quotes before `end`); reads like the list `rule_pick` and
    `candidate_features` expect."""

    def __init__(self, committed: list, start: int, tail: tuple, end: int):
        self.committed, self.start, self.tail, self.end = committed, start, tail, end

    def __len__(self) -> int:
        return self.end

    def __getitem__(self, k):
        first = self.end - len(self.tail)
        if isinstance(k, slice):
            a, b, step = k.indices(self.end)
            if step == 1 and a >= first:
                return self.tail[a - first : b - first]
            return [self[j] for j in range(a, b, step)]
        if k < 0:
            k += self.end
        if k >= first:
            return self.tail[k - first]
        if k < self.start:
            return self.committed[k]
        raise IndexError(f"quote {k} lies further back than a hypothesis keeps")


def _options(att: Attributor, i: int, u: Utterance, tag: SpeechTag | None, facts: QuoteFacts, turns: Turns, folding: ranker.Folding, memo: dict) -> list:
    """(speaker, rule, confidence, log-score) choices for one utterance under one history (a
    ranker pick's rule is a `_RankerRule`).

    A tag decides outright, but its speaker is still scored by the ranker against the
    history (damped by TAG_FIT), so a history whose turn-taking the tags confirm wins."""
    speakers, prev, prev2 = turns.speakers, turns.prev, turns.prev2
    state = (prev, prev2, speakers[i - 1] if i > 0 else None)
    if state not in memo:  # the rules read only these of a history
        fixed = _tag_decision(att, tag, prev, prev2)
        picks = rule_pick(att, i, u, tag, speakers, prev, prev2)
        memo[state] = (fixed, picks, KeyFeatures(att, facts, picks, prev, prev2, folding))
    fixed, picks, known = memo[state]
    keys, older = candidate_keys(facts, picks, turns, fixed[0] if fixed else None)
    if not keys:
        return [fixed + (0.0,)] if fixed else [(None, None, 0.0, 0.0)]
    # The ranker's scores: the features this history shares with others were scored once.
    own = turn_cells(keys, facts, turns, older)
    scores = [known.score(key) for key in keys]
    for r, col, value in own:
        scores[r] += value * known.folded[col]
    if not fixed:
        clash, addressed = _gender_clash(keys, known, tag, picks), _self_address(keys, facts)
        if clash or addressed:
            scores = [
                s - GENDER_CLASH_PENALTY * ((clash[r] if clash else 0.0) + (addressed[r] if addressed else 0.0))
                for r, s in enumerate(scores)
            ]
    top = max(scores)
    scores = [s - top for s in scores]
    total = math.log(math.fsum(math.exp(s) for s in scores))
    logp = [s - total for s in scores]
    if fixed:
        speaker = fixed[0]
        fits = [logp[r] for r, key in enumerate(keys) if not key.startswith("name:") and key == speaker]
        return [fixed + (TAG_FIT * max(fits[0] if fits else UNLISTED_LOGP, UNLISTED_LOGP),)]
    order = sorted(range(len(keys)), key=lambda r: -logp[r])[:BRANCHES]
    out = []
    for r in order:
        cells = {**known.of(keys[r]), **{col: value for row, col, value in own if row == r}}
        out.append((keys[r], _RankerRule(cells, known.contexts), math.exp(logp[r]), logp[r]))
    return out


class _RankerRule:
    """The rule of a ranker's pick, named ("ranker:<feature>") only for the history the beam
    keeps: most branches are dropped, and naming the feature costs more than the pick."""

    __slots__ = ("cells", "contexts")

    def __init__(self, cells: dict[int, float], contexts: tuple[bool, ...]):
        self.cells, self.contexts = cells, contexts

    def name(self, weights: np.ndarray) -> str:
        return "ranker:" + ranker.cells_reason(self.cells, self.contexts, weights)


def _one_sided(flags: list[float]) -> list[float] | None:
    """The flags when some candidates have them and some do not, else None."""
    return flags if 0 < sum(flags) < len(flags) else None


def _gender_clash(keys: list, known: KeyFeatures, tag: SpeechTag | None, picks: dict) -> list[float] | None:
    """1 for each candidate whose known gender contradicts the tag's "she said" or "said the girl",
    when some candidate does not."""
    if not tag or not (tag.subject.lower() in ("he", "she") or picks.get("described_person")):
        return None
    return _one_sided([known.of(key).get(_GENDER_MISMATCH, 0.0) for key in keys])


def _self_address(keys: list, facts: QuoteFacts) -> list[float] | None:
    """1 for each candidate the quotation itself addresses by name ("Why don't you, Aziz?" is
    not Aziz's line), when some candidate is not addressed."""
    return _one_sided([1.0 if key in facts.own else 0.0 for key in keys])


def _tag_decision(att: Attributor, tag: SpeechTag | None, prev, prev2) -> tuple | None:
    """(speaker, rule, confidence) when a tag decides the speaker outright, else None."""
    if not tag:
        return None
    low = tag.subject.lower()
    if low == "i":
        speaker = att.index.narrator()
        return (speaker, "narrator", CONFIDENCE["narrator"]) if speaker else None
    if low == "you":
        reader = next((c.id for c in att.work.characters if c.reader), None)
        return (reader, "reader", CONFIDENCE["narrator"]) if reader else None
    if tag.kind == "description":
        speaker = att.describe(tag.subject, tag.pos, (prev, prev2))
        return (speaker, "description", CONFIDENCE["description"]) if speaker else None
    if low not in ("he", "she", "they") and tag.kind in ("tag", "voice", "script"):
        speaker, rule = att.resolve(tag.subject, tag.pos, prev, prev2)
        if speaker:
            rule = tag.kind if rule == "tag" else rule
            return speaker, rule, CONFIDENCE.get(rule, 0.5)
    return None


def decode_beam(att: Attributor, utterances: list[Utterance], tags: list, weights: np.ndarray, width: int):
    """Speakers, rules, confidences and addressees by a beam search over each conversation.

    A greedy pick that gets one turn wrong gets every later alternation wrong; keeping the
    `width` best histories lets a later tag or vocative repair the turn order."""
    speakers: list = []
    rules: list = []
    confidences: list = []
    addressed: list = []
    # A hypothesis: (log-score, its last _TAIL speakers, the speakers of its conversation, quote
    # counts, the three with most quotes, its last turn). A turn: (the turn before, speaker, rule,
    # confidence, addressees); the chain of turns is read back only when a conversation is committed.
    beam = [(0.0, (), frozenset(), dict(att.quote_counts), top_speakers(att.quote_counts), None)]
    start = 0
    last_end = -NEW_CONVERSATION_GAP
    folding = ranker.Folding(weights)

    def commit(best):
        turns = []
        turn = best[5]
        while turn:
            turns.append(turn[1:])
            turn = turn[0]
        turns.reverse()
        own = [speaker for speaker, _, _, _ in turns]
        # Only now does a "name:<Name>" candidate become a character: the chosen history's.
        real = {k: att.character(k) for k in set(own) | set(best[3]) if k and k.startswith("name:")}
        speakers.extend(real.get(k, k) for k in own)
        rules.extend(rule.name(weights) if isinstance(rule, _RankerRule) else rule for _, rule, _, _ in turns)
        confidences.extend(confidence for _, _, confidence, _ in turns)
        addressed.extend(to for _, _, _, to in turns)
        counts: dict = {}
        for k, n in best[3].items():
            counts[real.get(k, k)] = counts.get(real.get(k, k), 0) + n
        return [(0.0, (), frozenset(), counts, top_speakers(counts), None)]

    for i, u in enumerate(utterances):
        if (u.start - last_end > NEW_CONVERSATION_GAP or att.opens_scene[i]) and i > start:
            beam = commit(beam[0])
            start = i
        last_end = u.end
        grown = []
        memo: dict = {}
        named_to = tag_addressees(att, u, tags[i], None)
        facts = quote_facts(att, u, i, start, tags[i])
        for hypothesis in beam:
            score, tail, spoken, counts, leaders, last = hypothesis
            recent = [s for s in tail[-8:] if s]
            prev = recent[-1] if recent else None
            prev2 = next((s for s in reversed(recent) if s != prev), None)
            turns = Turns(_History(speakers, start, tail, i), start, i, prev, prev2, last[4] if last else (), counts, leaders, spoken)
            for speaker, rule, confidence, logp in _options(att, i, u, tags[i], facts, turns, folding, memo):
                grown.append((score + logp, hypothesis, speaker, rule, confidence))
        grown.sort(key=lambda h: -h[0])
        # Histories that agree on their last RECOMBINE turns score the next quotes alike: keep the best.
        # Only the kept ones are built.
        seen: set = set()
        beam = []
        for score, (_, tail, spoken, counts, leaders, last), speaker, rule, confidence in grown:
            state = (*tail[max(0, len(tail) + 1 - RECOMBINE) :], speaker)
            if state in seen:
                continue
            seen.add(state)
            if speaker:
                counts = dict(counts)
                counts[speaker] = counts.get(speaker, 0) + 1
                leaders = top_speakers_after(counts, leaders, speaker)
                spoken = spoken if speaker in spoken else spoken | {speaker}
            turn = (last, speaker, rule if speaker else None, confidence if speaker else 0.0, [c for c in named_to if c != speaker])
            beam.append((score, (*tail, speaker)[-_TAIL:], spoken, counts, leaders, turn))
            if len(beam) == width:
                break
    att.quote_counts = commit(beam[0])[0][3]
    att.addressed = addressed
    return speakers, rules, confidences, addressed


def tag_addressees(att: Attributor, u: Utterance, tag: SpeechTag | None, speaker: str | None) -> list[str]:
    """Addressees the quote itself names: "to X" in its tag, then its vocatives."""
    to = []
    if tag and tag.to and tag.to[0].isupper():
        name = att.name(tag.to)
        if name:
            to.append(att.index.get_or_add(name))
    elif tag and tag.to:
        relative = att.relative_addressed(tag.to, tag.pos, speaker or named_speaker(att, tag))
        if relative:
            to.append(relative)
    to.extend(c for c in att.vocatives(u) if c not in to)
    return [c for c in to if c != speaker]


def _pronoun_pick(picks: dict, prev, prev2):
    found = picks.get("pronoun") or []
    if not found:
        return None
    if found[0] == prev and len(found) > 1 and (prev2 is None or found[1] == prev2):
        return found[1]
    return found[0]


def named_speaker(att: Attributor, tag: SpeechTag | None) -> str | None:
    """The speaker a name tag ("said Buffy", "I said") fixes, known before speakers are decided."""
    if not tag or tag.kind not in ("tag", "voice", "script"):
        return None
    low = tag.subject.lower()
    if low == "i":
        speaker = att.index.narrator()
    elif low in ("he", "she", "they", "you"):
        return None
    else:
        speaker, rule = att.resolve(tag.subject, tag.pos, None, None)
        if rule != "tag":
            return None
    return speaker or None


def _count(att: Attributor, speaker: str | None) -> str | None:
    if speaker:
        att.quote_counts[speaker] = att.quote_counts.get(speaker, 0) + 1
    return speaker
