"""LitBank quotations: the excerpt rebuilt as prose, the gold speakers' chains, and the scorer's definitions."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlens.eval import litbank_quotes as lq
from ficlens.model import Character, Mention, Quote, Span, Work

SENTENCES = [
    "Anna Grey walked in .".split(),
    '" Good night , Tom , " said Anna .'.split(),
    '" I do n\'t know , " he said ; " it is late . "'.split(),
    "The girl left .".split(),
]
# The coreference column of each token: chain 0 is Anna Grey ("Anna Grey", "Anna", "The girl"),
# chain 1 is Tom ("Tom", "he").
COREF = [
    ["(0", "0)", "_", "_", "_"],
    ["_", "_", "_", "_", "(1)", "_", "_", "_", "(0)", "_"],
    ["_", "_", "_", "_", "_", "_", "_", "(1)", "_", "_", "_", "_", "_", "_", "_", "_"],
    ["(0", "0)", "_", "_"],
]
ANN = (
    "QUOTE\tQ1\t1\t0\t1\t6\t\" Good night , Tom , \"\n"
    "QUOTE\tQ2\t2\t0\t2\t15\t\" I do n't know , \" he said ; \" it is late . \"\n"
    "ATTRIB\tQ1\tAnna_Grey-0\n"
    "ATTRIB\tQ2\tTom-1\n"
)


def write_excerpt(folder: Path, ann: str = ANN) -> tuple[Path, Path]:
    (folder / "quotations" / "tsv").mkdir(parents=True)
    (folder / "coref" / "conll").mkdir(parents=True)
    ann_path = folder / "quotations" / "tsv" / "1_toy_brat.ann"
    ann_path.write_text(ann, encoding="utf-8")
    lines = ["#begin document (1_toy_brat); part 0"]
    for s, (sent, coref) in enumerate(zip(SENTENCES, COREF)):
        lines += [f"1_toy_brat\t0\t{k}\t{tok}\t_\t_\t_\t_\t_\t_\t_\t_\t{c}" for k, (tok, c) in enumerate(zip(sent, coref))]
        lines.append("")
    conll = folder / "coref" / "conll" / "1_toy_brat.conll"
    conll.write_text("\n".join(lines) + "\n#end document\n", encoding="utf-8")
    return ann_path, conll


def test_layout_rebuilds_prose_with_a_paragraph_per_opening_quotation():
    text, offsets = lq.layout(SENTENCES)
    assert text == (
        'Anna Grey walked in.\n\n"Good night, Tom," said Anna.\n\n"I don\'t know," he said; "it is late."'
        " The girl left.\n"
    )
    s, t = 2, SENTENCES[2].index("n't")
    assert text[offsets[s][t][0] : offsets[s][t][1]] == "n't"


def test_gold_quotes_lose_their_marks_and_find_their_chains(tmp_path: Path):
    excerpt = lq.read_excerpt(*write_excerpt(tmp_path))
    first, second = excerpt.quotes
    assert excerpt.text[first.start : first.end] == "Good night, Tom,"
    assert excerpt.text[second.start : second.end] == 'I don\'t know," he said; "it is late.'
    assert (first.chain, first.named) == ("0", True)
    assert (second.chain, second.named) == ("1", True)


def test_a_label_finds_its_chain_by_its_number_or_has_none(tmp_path: Path):
    excerpt = lq.read_excerpt(*write_excerpt(tmp_path, ANN.replace("Tom-1", "he-1")))
    assert excerpt.quotes[1].chain == "1"  # the label's number, spelled out by the mention "he"
    assert excerpt.quotes[1].named  # the chain also holds "Tom"
    excerpt = lq.read_excerpt(*write_excerpt(tmp_path / "other", ANN.replace("Tom-1", "a_stranger-7")))
    assert excerpt.quotes[1].chain is None and not excerpt.quotes[1].named


def _predicted(excerpt: lq.Excerpt, speakers: list[str | None], mentions=()) -> Work:
    work = Work(text=excerpt.text)
    work.characters = [Character("c0", "Anna Grey", ["Anna Grey", "Anna"]), Character("c1", "Thomas", ["Thomas"]),
                       Character("c2", "Narrator", [], narrator=True)]
    work.mentions = list(mentions)
    for k, (g, speaker) in enumerate(zip(excerpt.quotes, speakers)):
        work.quotes.append(Quote(f"q{k}", g.start, g.end, "", [Span(g.start, g.end)], speaker))
    return work


def test_a_speaker_is_right_by_a_name_of_the_chain_or_by_a_mention_inside_it(tmp_path: Path):
    excerpt = lq.read_excerpt(*write_excerpt(tmp_path))
    figures = lq.summarize([lq.score(excerpt, _predicted(excerpt, ["c0", "c1"]))])
    assert figures["quote_recall"] == 1.0
    assert figures["speaker_accuracy"] == 0.5  # "Thomas" is not a name the chain spells
    tom = excerpt.text.index("Tom")
    figures = lq.summarize([lq.score(excerpt, _predicted(excerpt, ["c0", "c1"], [Mention(tom, tom + 3, "vocative", "c1")]))])
    assert figures["speaker_accuracy"] == figures["speaker_accuracy_named"] == 1.0
    figures = lq.summarize([lq.score(excerpt, _predicted(excerpt, [None, "c2"]))])
    assert figures["speaker_accuracy"] == 0.0  # the narrator needs a first-person chain


def test_real_litbank_excerpt(litbank_dir: Path):
    from ficlens.pipeline import analyze

    pairs = lq.excerpts(litbank_dir)
    assert len(pairs) == 96
    ann, conll = next(p for p in pairs if p[0].name.startswith("1342_"))
    excerpt = lq.read_excerpt(ann, conll)
    assert len(excerpt.quotes) == 62 and sum(q.named for q in excerpt.quotes) >= 60
    figures = lq.summarize([lq.score(excerpt, analyze(excerpt.text, stages=["dialogue"]))])
    assert figures["quote_recall"] >= 0.95
    assert figures["speaker_accuracy_named"] >= 0.7


def test_not_a_litbank_folder_is_refused(tmp_path: Path):
    from ficlens.errors import ReadError

    with pytest.raises(ReadError):
        lq.excerpts(tmp_path)


def test_eval_litbank_command_scores_the_quotations_part(tmp_path: Path):
    import json

    from typer.testing import CliRunner

    from ficlens.cli import app

    write_excerpt(tmp_path)
    result = CliRunner().invoke(app, ["eval", "litbank", str(tmp_path), "--only", "quotations", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert set(figures) == {"quotations"}
    assert figures["quotations"]["overall"]["quotes"] == 2
    assert set(figures["quotations"]["files"]) == {"1_toy_brat"}
    result = CliRunner().invoke(app, ["eval", "litbank", str(tmp_path), "--only", "speakers"])
    assert result.exit_code != 0 and "--only is characters, quotations or both" in result.output
