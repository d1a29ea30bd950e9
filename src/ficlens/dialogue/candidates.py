"""The candidate speakers of a quote and their features for the ranker, and the fixed rule order
used without a ranker."""

from __future__ import annotations

import bisect
import math
from typing import TYPE_CHECKING

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


def candidate_features(
    att: Attributor, u: Utterance, picks: dict, speakers: list, start: int, i: int, prev, prev2,
    tag: SpeechTag | None = None, tagged: str | None = None,
) -> tuple[list, np.ndarray]:
    """Candidate keys and their feature rows; `tagged`, the speaker a tag gives, is always a candidate."""
    keys: list[str] = []

    def add(key):
        if key and key not in keys:
            keys.append(key)

    for key in picks.get("pronoun", []):
        add(key)
    for name in ("beat_named", "beat_paragraph", "beat_possessive", "same_paragraph", "turn", "previous_narration_subject", "told_previous"):
        add(picks.get(name))
    for key in picks.get("vocative_previous", []):
        add(key)
    for key in picks.get("vocative_next", []):
        add(key)
    add(prev)
    add(prev2)
    addressed_previous = att.addressed[i - 1] if i - 1 >= start else ()
    for key in addressed_previous:
        add(key)
    for key in named_ahead(att, i):
        add(key)
    older = [s for s in speakers[max(start, i - 12) : max(start, i - 2)] if s]
    for key in reversed(older):
        add(key)
    for key in picks["recent"]:
        add(key)
    if tag is None:  # an untagged quote: also whoever the narration just spoke of
        for key in picks["mentioned"]:
            add(key)
    counts = att.quote_counts
    leaders = sorted(counts, key=counts.get, reverse=True)[:3]
    for key in leaders:
        add(key)
    keys = keys[:14]
    if tagged and tagged not in keys:
        keys.append(tagged)
    rows = np.zeros((len(keys), len(ranker.FEATURES)))
    F = ranker.INDEX
    own = set(att.vocatives(u))
    pron = picks.get("pronoun", [])
    want = {"he": "male", "she": "female"}.get(picks.get("pronoun_word", ""))
    new_paragraph = not (i > 0 and att.utterances[i - 1].last_paragraph == u.paragraph)
    tag_pronoun = bool(tag) and tag.subject.lower() in ("he", "she")
    resolved = att.mention_at.get(tag.pos) if tag_pronoun else None
    # The parties of the exchange whose known gender fits the tag's pronoun.
    fitting = [k for k in (prev, prev2) if k and want and att.candidate_gender(k) == want] if tag_pronoun else []
    alternating = (
        tag is None and new_paragraph and i - 2 >= start and speakers[i - 2] is not None
        and speakers[i - 1] is not None and speakers[i - 1] != speakers[i - 2]
    )
    spoken = set(speakers[start:i])
    named_inside, referred_inside, _ = att.spoken_of(u)
    spoken_of_before = att.spoken_of(att.utterances[i - 1])[2] if i > start else ()
    next_new, next_same, next2 = named_ahead(att, i)
    for r, key in enumerate(keys):
        row = rows[r]
        if key in pron:
            row[F[f"pronoun_{pron.index(key) + 1}"]] = 1
            if want and att.candidate_gender(key) == want:
                row[F["pronoun_gender_known"]] = 1
        row[F["has_pronoun_tag"]] = 1 if pron else 0
        if want:
            gender = att.candidate_gender(key)
            row[F["gender_match"]] = gender == want
            row[F["gender_mismatch"]] = gender is not None and gender != want
        row[F["beat_named"]] = key == picks.get("beat_named")
        row[F["beat_paragraph"]] = key == picks.get("beat_paragraph")
        row[F["same_paragraph"]] = key == picks.get("same_paragraph")
        row[F["vocative_previous"]] = key in picks.get("vocative_previous", ())
        row[F["previous"]] = key == prev
        row[F["previous_new_paragraph"]] = key == prev and new_paragraph
        row[F["before_previous"]] = key == prev2
        row[F["older"]] = key in older
        if key in picks["recent"]:
            row[F["recency"]] = 1.0 / (1 + picks["recent"].index(key))
        row[F["own_vocative"]] = key in own
        row[F["quotes_so_far"]] = math.log1p(counts.get(key, 0))
        row[F["leader"]] = key in leaders
        row[F["previous_narration_subject"]] = key == picks.get("previous_narration_subject")
        row[F["told_previous"]] = key == picks.get("told_previous")
        row[F["pure_dialogue_alternation"]] = key == prev2 and picks["narration_chars"] == 0
        row[F["turn"]] = key == picks.get("turn")
        row[F["beat_possessive"]] = key == picks.get("beat_possessive")
        row[F["described_person"]] = bool(picks.get("described_person")) and key in pron
        if tag_pronoun:
            row[F["pronoun_previous"]] = key == prev
            row[F["pronoun_before_previous"]] = key == prev2
            row[F["pronoun_only_participant"]] = key in fitting and len(fitting) == 1
            row[F["mention_resolved"]] = key == resolved
        row[F["strict_alternation"]] = alternating and key == speakers[i - 2]
        row[F["in_conversation"]] = key in spoken
        row[F["next_named_new_paragraph"]] = key == next_new
        row[F["next_named_same_paragraph"]] = key == next_same
        row[F["next2_named_alternation"]] = key == next2
        row[F["addressed_previous"]] = key in addressed_previous
        row[F["vocative_next"]] = key in picks.get("vocative_next", ())
        if key in picks["mentioned"]:
            row[F["mentioned"]] = 1.0 / (1 + picks["mentioned"].index(key))
        row[F["named_inside"]] = key in named_inside
        row[F["referred_inside"]] = key in referred_inside
        row[F["spoken_of_before"]] = key in spoken_of_before
    beat = any(name in picks for name in ("beat_named", "beat_paragraph", "beat_possessive"))
    contexts = (
        tag_pronoun or bool(picks.get("described_person")),
        picks["narration_chars"] == 0,
        beat,
        "same_paragraph" in picks,
        new_paragraph,
        new_paragraph and i > 0 and asks(att, att.utterances[i - 1]),
        i > 0 and u.paragraph - att.utterances[i - 1].last_paragraph >= 2,
    )
    return keys, ranker.expand(rows, contexts)


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
