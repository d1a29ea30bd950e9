"""The dialogue stage: groups the quoted stretches into quotes, then says who speaks each one and to whom.

A named speech tag ("said Buffy", "Buffy whispered", "was Buffy's reply"), a described one
("said the surgeon", "cried his wife" = Mrs. <his surname>), a first-person "I said" or a
reader-insert "you ask" decides the speaker outright. Otherwise candidates
(the people a "she said" may mean, action beats, the previous quote's vocative, recent
speakers, people named nearby) are scored by a ranker trained on PDNC (`ranker.py`), or
taken in a fixed rule order when no model is installed. Addressees are vocatives and
"to X", else the other people of the exchange. Every rule is a precompiled regex over a
short stretch of narration, so the stage runs at well over 40,000 words per CPU second.
"""

from __future__ import annotations

import bisect

import numpy as np

from ..language.names import work_language
from ..model import Quote, Span, Work
from ..stages import SHIPPED, shipped_file, stage_version
from ..text import count_words
from . import ranker, script_lines, speech_tags
from .attributor import Attributor
from .decode import decide, decode_beam, named_speaker, tag_addressees
from .patterns import BEAM_WIDTH, NEW_CONVERSATION_GAP
from .quotes import Utterance, group_utterances

VERSION = "5"

def attribute(work: Work, weights: np.ndarray | None, beam_width: int, collect: list | None = None) -> Work:
    """Fill work.quotes.

    weights: the speaker ranker's (None keeps the fixed rule order); beam_width: histories kept by
    the beam search (1: greedy); collect (training only) receives the ranker's candidates, with
    earlier speakers taken greedily.
    """
    text = work.text
    paragraphs = [(p.start, p.end) for p in work.paragraphs]
    sentence_starts = [s.start for s in work.sentences]
    language = work_language(work)
    if language is None or language.code == "en":
        other_tags = None
        utterances = group_utterances(text, work.quotations, paragraphs, sentence_starts)
    else:
        # Other languages: tags from their word lists, if ficlens has them; one turn per paragraph.
        other_tags = speech_tags.for_language(language.code)
        utterances = group_utterances(text, work.quotations, paragraphs, sentence_starts,
                                      split_incises=other_tags and other_tags.split_incises, join_paragraph=True)
    utterances, script_tags = script_lines.with_script_lines(work, utterances, paragraphs)
    att = Attributor(work, utterances, paragraphs, sentence_starts)
    att.opens_scene = _opens_scene(work, utterances)

    # Pass 1: tags, so every character named in one is known before pronouns are resolved.
    att.scan_names([u.start for u in utterances], [u.end for u in utterances])
    tags = att.tags = [
        script_tags.get(i) or (other_tags.find_tag(att, i) if other_tags else att.find_tag(i)) for i in range(len(utterances))
    ]
    for tag in tags:
        if tag and tag.subject[0].isupper() and tag.subject not in ("He", "She", "I", "They"):
            name = att.name(tag.subject, keep_article=True)
            if name:
                att.index.get_or_add(name)
    att.learn_genders()
    att.collect_names()
    att.link_epithets()
    att.named = [named_speaker(att, tag) for tag in tags]

    # Pass 2: speakers in text order, with the conversation's recent speakers.
    speakers: list[str | None] = []
    rules: list[str | None] = []
    confidences: list[float] = []
    addressed: list[list[str]] = []
    att.addressed = addressed
    conversation_start = 0
    last_end = -NEW_CONVERSATION_GAP
    if weights is not None and collect is None and beam_width > 1:
        speakers, rules, confidences, addressed = decode_beam(att, utterances, tags, weights, beam_width)
        utterances_left = []
    else:
        utterances_left = utterances
    for i, u in enumerate(utterances_left):
        if u.start - last_end > NEW_CONVERSATION_GAP or att.opens_scene[i]:
            conversation_start = i
        recent = [s for s in speakers[conversation_start:i][-8:] if s]
        prev = recent[-1] if recent else None
        prev2 = next((s for s in reversed(recent) if s != prev), None)
        speaker, rule, confidence = decide(att, i, u, tags[i], speakers, conversation_start, prev, prev2, weights, collect)
        speakers.append(speaker)
        rules.append(rule if speaker else None)
        confidences.append(confidence if speaker else 0.0)
        addressed.append(tag_addressees(att, u, tags[i], speaker))
        last_end = u.end

    # Addressees: vocatives and "to X", else the other people of the exchange.
    quotes: list[Quote] = []
    for i, u in enumerate(utterances):
        speaker = speakers[i]
        to = addressed[i]
        if not to:
            to = _partners(utterances, speakers, i)
        parts = [Span(a, b) for a, b in u.parts]
        quotes.append(
            Quote(
                id=f"q{i}",
                start=u.start,
                end=u.end,
                text=" ".join(" ".join(text[a:b].split()) for a, b in u.parts),
                parts=parts,
                speaker=speaker,
                addressees=to,
                confidence=round(confidences[i], 3),
                rule=rules[i],
            )
        )
    work.quotes = quotes
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    for c in work.characters:
        c.quotes = counts.get(c.id, 0)
    work.stats.quotes = len(quotes)
    work.stats.dialogue_words = sum(count_words(text, p.start, p.end) for q in quotes for p in q.parts)
    return work


def _opens_scene(work: Work, utterances: list[Utterance]) -> list[bool]:
    """Per quote, whether a chapter or scene begins between it and the quote before: a new
    conversation, whose speakers the last one's do not predict."""
    starts = sorted({s.start for s in work.scenes} | {c.start for c in work.chapters})
    out = []
    for i, u in enumerate(utterances):
        k = bisect.bisect_right(starts, u.start) - 1
        out.append(i > 0 and k >= 0 and starts[k] > utterances[i - 1].end)
    return out


def _partners(utterances: list[Utterance], speakers: list[str | None], i: int) -> list[str]:
    """The other people in the exchange: the nearest other speaker before, then the one after."""
    me = speakers[i]
    out: list[str] = []
    for direction in (-1, 1):
        for distance in (1, 2, 3):
            j = i + direction * distance
            if not (0 <= j < len(utterances)) or not speakers[j] or speakers[j] == me:
                continue
            gap = utterances[i].start - utterances[j].end if direction < 0 else utterances[j].start - utterances[i].end
            if gap < NEW_CONVERSATION_GAP and speakers[j] not in out:
                out.append(speakers[j])
            break
    return out


class DialogueStage:
    """Quotes, each with its speaker and addressees.

    ranker_weights: SHIPPED loads the speaker ranker of the package, None keeps the fixed rule
    order, or give fitted weights (leave-one-novel-out evaluation); beam_width: the histories the
    decoder keeps (1: greedy).
    """

    name = "dialogue"
    # The work's language picks the speech tags: English rules, or another language's word lists.
    requires = ("paragraphs", "sentences", "quotations", "scenes", "characters", "mentions", "language")
    provides = ("quotes",)
    # Quotes in every convention the structure stage reads; speech tags in English and in the
    # languages of speech_tags.json (others get their quotes, and speakers from the ranker alone).
    languages = None

    def __init__(self, ranker_weights=SHIPPED, beam_width: int = BEAM_WIDTH):
        self.beam_width = beam_width
        word_lists = [shipped_file(__package__, speech_tags.WORD_LISTS), shipped_file(__package__, script_lines.LABELS_FILE)]
        if ranker_weights is SHIPPED:
            model = shipped_file(__package__, ranker.MODEL_FILE)
            self.weights = ranker.load_weights(model)
            self.version = stage_version(VERSION, [model, *word_lists])
        else:
            self.weights = ranker_weights
            self.version = stage_version(VERSION, word_lists) + ("+custom" if ranker_weights is not None else "+rules")
        if beam_width != BEAM_WIDTH:
            self.version += f"+beam{beam_width}"

    def __call__(self, work: Work) -> Work:
        return attribute(work, self.weights, self.beam_width)

    def ranker_candidates(self, work: Work) -> list[dict]:
        """The candidates the ranker scores for each quote no tag decides (training data);
        earlier quotes' speakers are this stage's greedy picks."""
        collected: list[dict] = []
        attribute(work, self.weights, 1, collect=collected)
        return collected
