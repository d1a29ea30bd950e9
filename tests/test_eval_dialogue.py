"""PDNC dialogue metrics: definitions on a hand-made novel, then the stage on a real PDNC novel."""

from __future__ import annotations

import pytest

from ficlens import dialogue
from ficlens.eval import pdnc_dialogue
from ficlens.eval.pdnc import GoldCharacter, GoldQuote, Novel, load_novel
from ficlens.model import Character, Quote, Span, Work
from ficlens.readers import read_text

from text_layer import with_text_layer

TEXT = '"Hi there, Giles," said Buffy.\n\n"Hello," said Giles.\n\n"Bye," said Willow.\n'


def span_of(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return (start, start + len(sub))


def gold_novel() -> Novel:
    return Novel(
        name="toy",
        text=TEXT,
        characters=[
            GoldCharacter("0", "Buffy Summers", ["Buffy", "Buffy Summers"], "F", "major"),
            GoldCharacter("1", "Rupert Giles", ["Giles", "Rupert Giles"], "M", "major"),
            GoldCharacter("2", "Willow", ["Willow"], "F", "major"),
        ],
        quotes=[
            GoldQuote("Q0", [span_of("Hi there, Giles,")], "Hi there, Giles,", "Buffy Summers", ["Rupert Giles"], "Explicit"),
            GoldQuote("Q1", [span_of("Hello,")], "Hello,", "Rupert Giles", ["Buffy Summers"], "Explicit"),
            GoldQuote("Q2", [span_of("Bye,")], "Bye,", "Willow", ["Buffy Summers", "Rupert Giles"], "Implicit"),
        ],
    )


def predicted(speakers, addressees, found=(True, True, True)) -> Work:
    work = Work(text=TEXT)
    work.characters = [
        Character("c0", "Buffy", ["Buffy"]),
        Character("c1", "Mr. Giles", ["Mr. Giles", "Giles"]),
        Character("c2", "Xander", ["Xander"]),
    ]
    subs = ["Hi there, Giles,", "Hello,", "Bye,"]
    for i, sub in enumerate(subs):
        if found[i]:
            a, b = span_of(sub)
            work.quotes.append(Quote(f"q{i}", a, b, sub, [Span(a, b)], speakers[i], addressees[i]))
    return work


def test_perfect_prediction_scores_one():
    counts = pdnc_dialogue.score(gold_novel(), predicted(["c0", "c1", None], [["c1"], ["c0"], ["c0", "c1"]]))
    figs = pdnc_dialogue.summarize([counts])
    assert figs["quote_recall"] == 1.0 and figs["quote_precision"] == 1.0
    assert figs["speaker_accuracy_explicit"] == 1.0
    assert figs["speaker_accuracy_implicit"] == 0.0  # no speaker predicted for Q2
    assert figs["speaker_accuracy"] == round(2 / 3, 4)
    assert figs["addressee_accuracy"] == 1.0 and figs["addressee_exact_accuracy"] == 1.0


def test_alias_match_wrong_speaker_and_partial_addressees():
    counts = pdnc_dialogue.score(gold_novel(), predicted(["c1", "c1", "c2"], [["c1", "c2"], [], ["c0"]]))
    figs = pdnc_dialogue.summarize([counts])
    assert figs["speaker_accuracy"] == round(1 / 3, 4)  # only Q1: "Giles" is an alias of Rupert Giles
    assert figs["addressee_accuracy"] == round(2 / 3, 4)  # Q0 intersects, Q2 intersects, Q1 empty
    assert figs["addressee_exact_accuracy"] == 0.0


def test_missed_quotes_lower_recall_and_partial_cover_counts_only_past_half():
    work = predicted(["c0", "c1", "c2"], [[], [], []], found=(True, False, False))
    a, b = span_of("Bye,")
    work.quotes.append(Quote("q9", a, a + 1, "B", [Span(a, a + 1)]))  # 1 of 4 characters: not found
    figs = pdnc_dialogue.summarize([pdnc_dialogue.score(gold_novel(), work)])
    assert figs["quote_recall"] == round(1 / 3, 4)
    assert figs["quote_precision"] == 0.5


def test_stage_on_the_toy_novel():
    work = dialogue.DialogueStage()(with_text_layer(read_text(TEXT)))
    figs = pdnc_dialogue.summarize([pdnc_dialogue.score(gold_novel(), work)])
    assert figs["quote_recall"] == 1.0
    assert figs["speaker_accuracy"] == 1.0


def test_summarize_of_nothing_is_empty():
    assert pdnc_dialogue.summarize([]) == {}


def test_real_pdnc_novel(pdnc_dir):
    novel = load_novel(pdnc_dir / "DaisyMiller")
    work = dialogue.DialogueStage()(with_text_layer(read_text(novel.text)))
    figs = pdnc_dialogue.summarize([pdnc_dialogue.score(novel, work)])
    assert figs["quote_recall"] >= 0.98
    assert figs["speaker_accuracy_explicit"] >= 0.9
    assert figs["speaker_accuracy"] >= 0.7
    assert figs["addressee_accuracy"] >= 0.7


def _write_pdnc_novel(folder, text: str, quotes: list[tuple[str, str, str]]) -> None:
    """A novel folder in PDNC's layout: quotes are (quoted text, speaker, type)."""
    import csv

    folder.mkdir(parents=True)
    (folder / "novel_text.txt").write_text(text, encoding="utf-8")
    with open(folder / "character_info.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Character ID", "Main Name", "Aliases", "Gender", "Category"])
        w.writerow(["0", "Buffy Summers", "{'Buffy'}", "F", "major"])
        w.writerow(["1", "Rupert Giles", "{'Giles'}", "M", "major"])
    with open(folder / "quotation_info.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["quoteID", "quoteText", "quoteByteSpans", "speaker", "addressees", "quoteType"])
        for k, (quoted, speaker, kind) in enumerate(quotes):
            start = text.index(quoted)
            w.writerow([f"Q{k}", quoted, str([[start, start + len(quoted)]]), speaker, "[]", kind])


def test_the_fixed_split_has_six_validation_novels(pdnc_dir):
    from ficlens.eval.pdnc import VALIDATION_NOVELS, novel_dirs, split_of

    parts = [split_of(d.name) for d in novel_dirs(pdnc_dir)]
    assert parts.count("validation") == len(VALIDATION_NOVELS) == 6
    assert parts.count("development") == 12


def test_eval_pdnc_reports_validation_and_development_apart(tmp_path):
    from ficlens.eval.commands import evaluate_pdnc

    text = '"Hello there," said Buffy.\n\n"Good evening," said Giles.\n'
    quotes = [("Hello there,", "Buffy Summers", "Explicit"), ("Good evening,", "Rupert Giles", "Explicit")]
    _write_pdnc_novel(tmp_path / "DaisyMiller", text, quotes)  # a validation novel's name
    _write_pdnc_novel(tmp_path / "ToyNovel", text.replace("said Giles", "said Buffy"), quotes)
    result = evaluate_pdnc(tmp_path, progress=False)
    assert result["novels"]["DaisyMiller"]["split"] == "validation"
    assert result["novels"]["ToyNovel"]["split"] == "development"
    assert result["validation"]["novels"] == result["development"]["novels"] == 1
    assert result["overall"]["novels"] == 2
    assert result["validation"]["speaker_accuracy"] == 1.0
    assert result["development"]["speaker_accuracy"] == 0.5  # Giles's line is tagged as Buffy's there
    assert result["overall"]["speaker_accuracy"] == 0.75


def test_eval_pdnc_command_prints_the_validation_figures_first(tmp_path):
    from typer.testing import CliRunner

    from ficlens.cli import app

    text = '"Hello there," said Buffy.\n\n"Good evening," said Giles.\n'
    quotes = [("Hello there,", "Buffy Summers", "Explicit"), ("Good evening,", "Rupert Giles", "Explicit")]
    _write_pdnc_novel(tmp_path / "DaisyMiller", text, quotes)
    result = CliRunner().invoke(app, ["eval", "pdnc", str(tmp_path)], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "metric" in line)
    assert header.index("validation (headline)") < header.index("overall")
    assert "development" not in header  # no development novel was scored

