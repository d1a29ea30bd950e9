"""Speakers of fan fiction's forms of dialogue (issue 30, point 3) on labelled passages written for
these tests (`fanfic_dialogue_passages.py`): present tense, action beats, reader-inserts, text
messages, em-dash dialogue, script lines and epithets. Each form's accuracy is printed
(`pytest -s`)."""

from __future__ import annotations

import re

import pytest

from fanfic_dialogue_passages import CHECK, TUNE
from ficlens.model import Work
from ficlens.pipeline import analyze

WORD_RE = re.compile(r"[a-z0-9/]+")


def _words(name: str) -> set[str]:
    return set(WORD_RE.findall(name.lower())) - {"the"}


def speaker_is(work: Work, speaker: str | None, gold: str) -> bool:
    """Whether the character `speaker` is the one the gold calls `gold` (a name of it, or the reader)."""
    character = work.character(speaker)
    if character is None:
        return False
    if gold == "Reader":
        return character.reader
    wanted = _words(gold)
    return any(wanted <= _words(form) for form in (character.name, *character.aliases))


def score_passage(text: str, lines: list[tuple[str, str]]) -> list[tuple[str, str, str | None, bool]]:
    """(words, gold, predicted name, right) for each labelled line of one passage."""
    work = analyze(text)
    out = []
    for snippet, gold in lines:
        assert text.count(snippet) == 1, f"{snippet!r} must occur once in its passage"
        pos = text.index(snippet)
        quote = next((q for q in work.quotes if any(p.start <= pos < p.end for p in q.parts)), None)
        speaker = quote.speaker if quote else None
        character = work.character(speaker)
        out.append((snippet, gold, character.name if character else None, speaker_is(work, speaker, gold)))
    return out


def form_accuracy(passages: dict, show_errors: bool = False) -> dict[str, tuple[int, int]]:
    """{form: (right, lines)}; with show_errors, each wrong line printed (tune passages only: no
    rule is written while reading the check passages' errors)."""
    figures = {}
    for form, items in passages.items():
        right = total = 0
        for text, lines in items:
            for snippet, gold, predicted, ok in score_passage(text, lines):
                right += ok
                total += 1
                if not ok and show_errors:
                    print(f"  {form}: {snippet!r} is {gold}'s, given to {predicted}")
        figures[form] = (right, total)
    return figures


def _report(title: str, figures: dict[str, tuple[int, int]]) -> None:
    print(f"\n{title}: speaker accuracy by form")
    for form, (right, total) in figures.items():
        print(f"  {form:<18} {right:>3}/{total:<3} {right / total:.2f}")
    right, total = map(sum, zip(*figures.values()))
    print(f"  {'all':<18} {right:>3}/{total:<3} {right / total:.2f}")


def test_every_form_has_labelled_passages():
    forms = {"present tense", "action beats", "reader insert", "text messages", "em-dash dialogue",
             "script style", "epithets"}
    assert set(TUNE) == forms
    assert set(CHECK) == forms
    assert all(sum(len(lines) for _, lines in part[form]) >= 4 for part in (TUNE, CHECK) for form in forms)


@pytest.mark.parametrize(
    "name, passages, floor, form_floor", [("tune", TUNE, 0.9, 0.6), ("check", CHECK, 0.75, 0.3)]
)
def test_speaker_accuracy_by_form(name, passages, floor, form_floor):
    figures = form_accuracy(passages, show_errors=name == "tune")
    _report(name, figures)
    right, total = map(sum, zip(*figures.values()))
    assert right / total >= floor
    for form, (ok, n) in figures.items():
        assert ok / n >= form_floor, f"{form}: {ok}/{n}"


def test_a_line_is_right_only_for_its_own_speaker():
    text = '"Hi," said Dean Winchester.\n\n"Hello," said Castiel.\n'
    results = score_passage(text, [("Hi", "Dean"), ("Hello", "Dean")])
    assert [r[3] for r in results] == [True, False]


def test_header_fields_and_hard_wrapped_prose_are_not_script_lines():
    headers = "EMAIL: someone@example.org\nURL: none\nSTATUS: complete\n\nThe story begins.\n"
    prose = (
        '"Now then!" said the guard, holding out his hand.\n\n'
        "Tom: who was tired by the long walk, and the\ncold, and the dark, said nothing.\n\n"
        "Anna: who had seen it all before, only\nsighed. Tom: who had not, stared.\n"
    )
    for text in (headers, prose):
        assert not [q for q in analyze(text).quotes if q.rule == "script"]


def test_a_script_line_is_its_own_quote_without_its_stage_direction():
    text = "JOHN: Where were you?\n\nMARY: (sighing) Out.\n\nJOHN: Out where?\n"
    work = analyze(text)
    assert [q.text for q in work.quotes] == ["Where were you?", "Out.", "Out where?"]
    assert [work.character(q.speaker).name for q in work.quotes] == ["John", "Mary", "John"]
    assert {q.rule for q in work.quotes} == {"script"}
