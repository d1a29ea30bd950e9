"""Speakers in text order: a tag decides outright, else the ranker scores the candidates, and a beam
search over each conversation keeps the best histories."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from . import ranker
from .candidates import candidate_features, rule_pick
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
        keys, rows = candidate_features(att, u, picks, speakers, start, i, prev, prev2, tag)
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


class _History:
    """Speakers (or addressees) by quote index: the committed ones before `start`, one
    hypothesis's own from `start` on; reads like the list `candidate_features` and `rule_pick` expect."""

    def __init__(self, committed: list, start: int, own: list):
        self.committed, self.start, self.own = committed, start, own

    def __len__(self) -> int:
        return self.start + len(self.own)

    def __getitem__(self, k):
        if isinstance(k, slice):
            a, b, step = k.indices(len(self))
            if step == 1 and a >= self.start:
                return self.own[a - self.start : b - self.start]
            return [self[j] for j in range(a, b, step)]
        if k < 0:
            k += len(self)
        return self.own[k - self.start] if k >= self.start else self.committed[k]


def _options(att: Attributor, i: int, u: Utterance, tag: SpeechTag | None, speakers, start: int, prev, prev2, weights, memo: dict) -> list:
    """(speaker, rule, confidence, log-score) choices for one utterance under one history.

    A tag decides outright, but its speaker is still scored by the ranker against the
    history (damped by TAG_FIT), so a history whose turn-taking the tags confirm wins."""
    state = (prev, prev2, speakers[i - 1] if i > 0 else None)
    if state not in memo:  # the rules read only these of a history
        memo[state] = (_tag_decision(att, tag, prev, prev2), rule_pick(att, i, u, tag, speakers, prev, prev2))
    fixed, picks = memo[state]
    keys, rows = candidate_features(att, u, picks, speakers, start, i, prev, prev2, tag, fixed[0] if fixed else None)
    if not keys:
        return [fixed + (0.0,)] if fixed else [(None, None, 0.0, 0.0)]
    scores = rows @ weights
    if not fixed:
        scores = scores - GENDER_CLASH_PENALTY * (_gender_clash(rows, tag, picks) + _self_address(rows))
    scores = scores - scores.max()
    logp = scores - math.log(float(np.exp(scores).sum()))
    if fixed:
        speaker = fixed[0]
        fits = [logp[r] for r, key in enumerate(keys) if not key.startswith("name:") and key == speaker]
        return [fixed + (TAG_FIT * max(fits[0] if fits else UNLISTED_LOGP, UNLISTED_LOGP),)]
    order = np.argsort(-logp, kind="stable")[:BRANCHES]
    out = []
    for r in order:
        contrib = rows[r] * weights
        reason = ranker.MODEL_FEATURES[int(np.argmax(contrib))].split("*")[0] if contrib.max() > 0 else "prior"
        out.append((keys[r], f"ranker:{reason}", math.exp(float(logp[r])), float(logp[r])))
    return out


def _gender_clash(rows: np.ndarray, tag: SpeechTag | None, picks: dict) -> np.ndarray | float:
    """1 for each candidate whose known gender contradicts the tag's "she said" or "said the girl",
    when some candidate does not; else 0. Read off the base feature `candidate_features` already set."""
    if not tag or not (tag.subject.lower() in ("he", "she") or picks.get("described_person")):
        return 0.0
    clash = rows[:, ranker.INDEX["gender_mismatch"]]
    return clash if 0 < clash.sum() < len(clash) else 0.0


def _self_address(rows: np.ndarray) -> np.ndarray | float:
    """1 for each candidate the quotation itself addresses by name ("Why don't you, Aziz?" is
    not Aziz's line), when some candidate is not addressed; else 0."""
    own = rows[:, ranker.INDEX["own_vocative"]]
    return own if 0 < own.sum() < len(own) else 0.0


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
    # A hypothesis: (log-score, own speakers, own rules, own confidences, own addressees, quote counts).
    beam = [(0.0, [], [], [], [], dict(att.quote_counts))]
    start = 0
    last_end = -NEW_CONVERSATION_GAP

    def commit(best):
        # Only now does a "name:<Name>" candidate become a character: the chosen history's.
        real = {k: att.character(k) for k in set(best[1]) | set(best[5]) if k and k.startswith("name:")}
        speakers.extend(real.get(k, k) for k in best[1])
        rules.extend(best[2])
        confidences.extend(best[3])
        addressed.extend(best[4])
        counts: dict = {}
        for k, n in best[5].items():
            counts[real.get(k, k)] = counts.get(real.get(k, k), 0) + n
        return [(0.0, [], [], [], [], counts)]

    for i, u in enumerate(utterances):
        if (u.start - last_end > NEW_CONVERSATION_GAP or att.opens_scene[i]) and i > start:
            beam = commit(beam[0])
            start = i
        last_end = u.end
        grown = []
        memo: dict = {}
        named_to = tag_addressees(att, u, tags[i], None)
        for score, own, own_rules, own_conf, own_to, counts in beam:
            history = _History(speakers, start, own)
            att.addressed = _History(addressed, start, own_to)
            att.quote_counts = counts
            recent = [s for s in own[-8:] if s]
            prev = recent[-1] if recent else None
            prev2 = next((s for s in reversed(recent) if s != prev), None)
            for speaker, rule, confidence, logp in _options(att, i, u, tags[i], history, start, prev, prev2, weights, memo):
                new_counts = dict(counts)
                att.quote_counts = new_counts
                speaker = _count(att, speaker)
                grown.append((
                    score + logp,
                    own + [speaker],
                    own_rules + [rule if speaker else None],
                    own_conf + [confidence if speaker else 0.0],
                    own_to + [[c for c in named_to if c != speaker]],
                    new_counts,
                ))
                att.quote_counts = counts
        grown.sort(key=lambda h: -h[0])
        # Histories that agree on their last RECOMBINE turns score the next quotes alike: keep the best.
        seen: set = set()
        beam = []
        for h in grown:
            state = tuple(h[1][-RECOMBINE:])
            if state not in seen:
                seen.add(state)
                beam.append(h)
                if len(beam) == width:
                    break
    att.quote_counts = commit(beam[0])[0][5]
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
