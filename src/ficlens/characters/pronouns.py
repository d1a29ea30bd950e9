"""Pronouns: he/she/him/her/his/hers resolved to a character of the right gender, by salience and
a linear ranker fitted on LitBank (``pronoun_ranker.json``)."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from operator import mul

import numpy as np

from ..errors import ModelError
from .mentions import Mention
from .names import FEMALE, MALE
from .story import StoryText

HER_OBJECT_RE = re.compile(
    r"\s*(?:[^\w\s]|$|(?:and|to|in|at|with|for|from|up|down|back|away|out|off|that|as|the|a|an|again|so|but|into|on|"
    r"over|by|about|too|now|then|if|when|before|after|like|or|close|tightly|gently|softly|once|more|well|alone|"
    r"here|there)\b)"
)
SUBJECT_PRONOUNS = {"he", "she"}
OBJECT_PRONOUNS = {"him", "her"}
REFLEXIVE_PRONOUNS = {"himself", "herself"}
SALIENCE_DECAY = 0.2
QUOTED_NAME_WEIGHT = 60.0
VOCATIVE_WEIGHT = 60.0
OBLIQUE_NAME_WEIGHT = 50.0
# A name right after a preposition is rarely the subject a later pronoun continues.
OBLIQUE_BEFORE_RE = re.compile(r"\b(?:to|with|of|for|from|at|by|on|upon|about|into|towards?|like|than|and)\s+$")
PRONOUN_FEATURES = (
    "heuristic_choice", "log_salience", "rank0", "rank1", "dist0", "dist1", "dist2", "dist3plus", "last_was_subject",
    "in_sentence", "is_subject_and_object_pronoun", "is_subject_and_reflexive", "is_subject_and_subject_pronoun",
    "is_subject_and_possessive", "continues_last_pronoun", "log_count", "share", "pronoun_in_quote",
    "quote_and_last_in_quote", "last_was_vocative", "last_was_oblique", "last_was_pronoun",
    "dist0_and_last_subject", "dist1_and_last_subject", "subject_pronoun_and_last_subject",
    "possessive_and_rank0", "object_and_rank0", "same_quote_status", "sentence_initial_pronoun_and_last_subject",
)
MAX_CANDIDATES = 6
NAME_KINDS = ("name", "nickname", "vocative")


def load_pronoun_weights(path) -> tuple[float, ...]:
    """Learned weights of the pronoun ranker (``ficlens.training.pronoun_ranker``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data.get("features", ())) != PRONOUN_FEATURES:
        raise ModelError(str(path), "pronoun ranker fitted on other features than the stage computes: retrain (make train)")
    return tuple(float(w) for w in data["weights"])


def _events(mentions: list[Mention], pron: list, block: int = 8192):
    """(offset, 0, (cluster, kind)) for each name mention and (offset, 1, (end, kind, where)) for
    each pronoun, by offset, names first at an offset, else in the order given. The order is
    sorted as one array of indexes and the tuples made a block at a time: a work holds millions."""
    named = np.fromiter((i for i, m in enumerate(mentions) if m.cluster is not None and m.kind in NAME_KINDS),
                        dtype=np.int64)
    keys = np.empty(len(named) + len(pron), dtype=np.int64)
    keys[: len(named)] = np.fromiter((mentions[i].start for i in named.tolist()), dtype=np.int64, count=len(named))
    keys[len(named) :] = np.fromiter((p[0] for p in pron), dtype=np.int64, count=len(pron))
    keys *= 2
    keys[len(named) :] += 1
    order = np.argsort(keys, kind="stable")
    for lo in range(0, len(order), block):
        for k in order[lo : lo + block].tolist():
            if k < len(named):
                m = mentions[int(named[k])]
                yield m.start, 0, (m.cluster, m.kind)
            else:
                s, e, kind, where = pron[k - len(named)]
                yield s, 1, (e, kind, where)


def resolve_pronouns(
    tx: StoryText, mentions: list[Mention], pron: list, gender: dict, weights=None, recorder=None
) -> list[Mention]:
    """he/she/him/her/his/hers to a character of the right gender.

    Salience (after Lappin and Leass): each mention adds weight, more for a sentence's first
    mention (its likely subject); weight fades with every sentence. Reflexives bind to the
    sentence subject; object pronouns avoid it. That choice, and features of the few most salient
    candidates, go to a linear ranker trained on LitBank when its weights are shipped.
    """
    text = tx.text
    out = []
    events = _events(mentions, pron)
    weight: dict = {}
    updated: dict = {}
    last_kind: dict = {}
    last_subject: dict = {}
    last_in_quote: dict = {}
    count: Counter = Counter()
    last_target: dict = {MALE: None, FEMALE: None}
    cur_sent = -1
    sent_seen: dict = {MALE: [], FEMALE: []}
    last_unknown = None
    total = 0
    # The clusters of each gender in the order they were first weighed, listed again only when a
    # cluster is added or given a gender (a pronoun ranks them all: most works have many pronouns).
    changes = 0
    of_gender: dict = {MALE: (-1, []), FEMALE: (-1, [])}

    def salience(c, si: int) -> float:
        return weight.get(c, 0.0) * (SALIENCE_DECAY ** (si - updated.get(c, si)))

    def add(c, si: int, amount: float, kind: str, subject: bool, quoted: bool) -> None:
        nonlocal total, changes
        if c not in weight:
            changes += 1
        weight[c] = salience(c, si) + amount
        updated[c] = si
        last_kind[c] = kind
        last_subject[c] = subject
        last_in_quote[c] = quoted
        count[c] += 1
        total += 1

    for pos, typ, payload in events:
        si = tx.sentence_at(pos)
        if si != cur_sent:
            sent_seen = {MALE: [], FEMALE: []}
            cur_sent = si
        quoted = tx.quote_at(pos) >= 0
        if typ == 0:
            payload, name_kind = payload
            g = gender.get(payload)
            if g is None:
                last_unknown = (payload, si)
                add(payload, si, 60.0, "name", False, quoted)
                continue
            if name_kind == "vocative":
                add(payload, si, VOCATIVE_WEIGHT, "vocative", False, quoted)
                continue
            if quoted:
                add(payload, si, QUOTED_NAME_WEIGHT, "name", False, quoted)
                continue
            if OBLIQUE_BEFORE_RE.search(text, max(0, pos - 12), pos):
                add(payload, si, OBLIQUE_NAME_WEIGHT, "oblique", False, quoted)
            else:
                add(payload, si, 100.0 if not sent_seen[g] else 60.0, "name", not sent_seen[g], quoted)
            sent_seen[g].append(payload)
            continue
        end, kind, where = payload
        g = MALE if kind == "m" else FEMALE
        word = text[pos:end].lower()
        in_sent = sent_seen[g]
        subject = in_sent[0] if in_sent else None
        listed, same_gender = of_gender[g]
        if listed != changes:
            same_gender = [c for c in weight if gender.get(c) == g]
            of_gender[g] = (changes, same_gender)
        ranked = sorted(same_gender, key=lambda c: -(weight[c] * (SALIENCE_DECAY ** (si - updated[c]))))[:MAX_CANDIDATES]
        if subject is not None and subject not in ranked:
            ranked.append(subject)
        is_object = word in OBJECT_PRONOUNS and (word != "her" or bool(HER_OBJECT_RE.match(text, end)))
        if word in REFLEXIVE_PRONOUNS and subject is not None:
            target = subject
        elif is_object:
            target = next((c for c in ranked if c != subject), subject)
        else:
            target = ranked[0] if ranked else None
        if ranked and (weights is not None or recorder is not None):
            sentence_initial = si != tx.sentence_at(max(0, pos - 3)) or pos == tx.sentence_start(si)
            if word in REFLEXIVE_PRONOUNS:
                role = "reflexive"
            elif is_object:
                role = "object"
            else:
                role = "subject" if word in SUBJECT_PRONOUNS else "possessive"
            feats = []
            for rank, c in enumerate(ranked):
                dist = si - updated.get(c, si)
                is_subj = c == subject
                feats.append((
                    1.0 if c == target else 0.0,
                    math.log1p(salience(c, si)),
                    1.0 if rank == 0 else 0.0,
                    1.0 if rank == 1 else 0.0,
                    1.0 if dist == 0 else 0.0,
                    1.0 if dist == 1 else 0.0,
                    1.0 if dist == 2 else 0.0,
                    1.0 if dist >= 3 else 0.0,
                    1.0 if last_subject.get(c) else 0.0,
                    1.0 if c in in_sent else 0.0,
                    1.0 if is_subj and role == "object" else 0.0,
                    1.0 if is_subj and role == "reflexive" else 0.0,
                    1.0 if is_subj and role == "subject" else 0.0,
                    1.0 if is_subj and role == "possessive" else 0.0,
                    1.0 if c == last_target[g] else 0.0,
                    math.log1p(count[c]),
                    count[c] / total if total else 0.0,
                    1.0 if quoted else 0.0,
                    1.0 if quoted and last_in_quote.get(c) else 0.0,
                    1.0 if last_kind.get(c) == "vocative" else 0.0,
                    1.0 if last_kind.get(c) == "oblique" else 0.0,
                    1.0 if last_kind.get(c) == "pronoun" else 0.0,
                    1.0 if dist == 0 and last_subject.get(c) else 0.0,
                    1.0 if dist == 1 and last_subject.get(c) else 0.0,
                    1.0 if role == "subject" and last_subject.get(c) else 0.0,
                    1.0 if role == "possessive" and rank == 0 else 0.0,
                    1.0 if role == "object" and rank == 0 else 0.0,
                    1.0 if quoted == bool(last_in_quote.get(c)) else 0.0,
                    1.0 if sentence_initial and last_subject.get(c) else 0.0,
                ))
            if recorder is not None:
                recorder.append((pos, list(ranked), feats))
            if weights is not None:
                scores = [sum(map(mul, weights, row)) for row in feats]
                target = ranked[max(range(len(ranked)), key=scores.__getitem__)]
        if last_unknown is not None and (target is None or last_unknown[1] == si) and si - last_unknown[1] <= 1:
            # A character of unknown gender takes the gender of a nearby pronoun that no one else fits better.
            if target is None or salience(last_unknown[0], si) > salience(target, si):
                target = last_unknown[0]
                gender[target] = g
                changes += 1
            last_unknown = None
        if target is None:
            continue
        out.append(Mention(pos, end, "pronoun", target))
        if where == "n":
            add(target, si, 80.0 if word in SUBJECT_PRONOUNS and not in_sent else 40.0, "pronoun", not in_sent, quoted)
            sent_seen[g].append(target)
            last_target[g] = target
    return out
