"""Dialogue in other languages: quotes in each convention (em-dash, guillemets both ways, German
low quotes, CJK corner brackets) and speakers named by speech tags from word lists, on passages
written for these tests (tests/data/language_passages.json, tune and check splits)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import ficlens
from ficlens.dialogue import speech_tags
from ficlens.structure.quotations import quoting_style

PASSAGES = json.loads((Path(__file__).parent / "data" / "language_passages.json").read_text(encoding="utf-8"))["passages"]
CONVENTIONS = ("dash", "guillemets", "guillemets-reversed", "german", "german-single", "cjk")
MIN_RECALL = 0.95


@pytest.fixture(scope="module")
def analysed():
    return {p["id"]: ficlens.analyze(p["text"]) for p in PASSAGES}


def found_parts(work) -> set[str]:
    return {work.text[s.start : s.end] for q in work.quotes for s in q.parts}


@pytest.mark.parametrize("text, style", [
    ("„Ja“, sagte er. „Nein“, sagte sie. „Doch“, sagte er.", "german"),
    ("„Ja\", sagte er. „Nein\", sagte sie. „Doch\", sagte er.", "german"),
    ("‚Ja‘, sagte er. ‚Nein‘, sagte sie. ‚Doch‘, sagte er.", "german-single"),
    ("« Oui », dit-il. « Non », dit-elle. «Si», dit-il.", "guillemets"),
    ("»Ja«, sagte er. »Nein«, sagte sie. »Doch«, sagte er.", "guillemets-reversed"),
    ("「はい」と彼は言った。「いいえ」「はい」", "cjk"),
    ("—Sí —dijo él.\n\n—No.\n\n—Sí.", "dash"),
    # English with a few foreign marks stays English.
    ("“Yes,” he said. “No,” she said. “Yes,” he said. “No.” He wrote «oui» on the board.", "double"),
    ("'Yes,' he said. 'No,' she said. 'Yes,' he said.", "single"),
])
def test_the_convention_is_read_from_the_marks(text, style):
    assert quoting_style(text) == style


@pytest.mark.parametrize("convention", CONVENTIONS)
def test_quote_recall_in_each_convention(analysed, convention):
    gold = Counter()
    missed = []
    for p in (p for p in PASSAGES if p["convention"] == convention):
        found = found_parts(analysed[p["id"]])
        for part in (part for quote in p["quotes"] for part in quote):
            gold[p["split"]] += 1
            if part not in found:
                missed.append((p["id"], part))
    total = sum(gold.values())
    assert total >= 10 and (total - len(missed)) / total >= MIN_RECALL, missed


def test_quote_recall_on_the_unseen_passages(analysed):
    gold = [(p["id"], part) for p in PASSAGES if p["split"] == "check" for quote in p["quotes"] for part in quote]
    missed = [(pid, part) for pid, part in gold if part not in found_parts(analysed[pid])]
    assert len(gold) >= 70 and 1 - len(missed) / len(gold) >= MIN_RECALL, missed


def test_no_quote_is_invented(analysed):
    """Every quoted part found is one of the passage's quotes (precision on these passages)."""
    extra = []
    for p in PASSAGES:
        gold = {part for quote in p["quotes"] for part in quote}
        extra += [(p["id"], part) for part in found_parts(analysed[p["id"]]) if part not in gold]
    assert extra == []


def test_speech_tags_in_other_languages_name_the_speaker(analysed):
    tested, wrong = Counter(), []
    for p in PASSAGES:
        work = analysed[p["id"]]
        for quote, speaker in zip(p["quotes"], p.get("speakers") or []):
            if speaker is None:
                continue
            tested[p["language"]] += 1
            utterance = next(q for q in work.quotes if any(work.text[s.start : s.end] == quote[0] for s in q.parts))
            character = work.character(utterance.speaker)
            if character is None or speaker not in (character.name, *character.aliases, *character.name.split()):
                wrong.append((p["id"], quote[0], speaker, character and character.name))
    assert {"Español", "Français", "Deutsch", "Português brasileiro", "Русский"} <= set(tested)
    assert sum(tested.values()) >= 50
    assert len(wrong) <= 0.05 * sum(tested.values()), wrong


def test_word_lists_exist_for_the_languages_the_issue_names():
    for code in ("es", "fr", "de", "pt", "ru", "it"):
        assert speech_tags.for_language(code) is not None
    assert speech_tags.for_language("ja") is None


def test_dialogue_runs_on_every_language(analysed):
    for p in PASSAGES:
        assert "not run" not in analysed[p["id"]].pipeline["dialogue"]


def test_french_tags_inside_quotations_are_cut_out():
    work = ficlens.analyze("« Je n'arrive pas à dormir, dit Harry, mais je vais essayer. »\n\n"
                           "« Tant mieux », répondit Hermione.\n\n« Bonne nuit, alors », murmura Ron.\n")
    assert [[work.text[s.start : s.end] for s in q.parts] for q in work.quotes] == [
        ["Je n'arrive pas à dormir,", "mais je vais essayer."], ["Tant mieux"], ["Bonne nuit, alors"]]
    assert [work.character(q.speaker).name for q in work.quotes] == ["Harry", "Hermione", "Ron"]
