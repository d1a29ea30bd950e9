"""`ficlens eval fanfic`: its scorers on a hand-made item, and a run on a few items of the real set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ficlens.cli import app
from ficlens.eval import fanfic, fanfic_content, fanfic_fandoms, fanfic_narration, fanfic_structure
from ficlens.model import Declared, Detected, Narration, Paratext, Tag, Work

SHARED_FANFIC = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "fanfic"

HEADER = "Title: Harbour Lights\nRating: PG-13 this part\nPairing: Kit/Ros\n"
STORY = "Kit watched the boats come in.\nRos did not.\n"
TEXT = HEADER + STORY


def _item(**gold) -> fanfic.Item:
    row = {
        "id": "toy-1", "split": "tune", "source": "livejournal", "text": TEXT,
        "fandoms": ["Harbour Tales (TV)"], "characters": ["Kit Marlowe", "Ros Vane"],
        "relationships": ["Kit Marlowe/Ros Vane"],
        "declared": {"rating": "PG-13 this part", "warnings": None, "pairing": "Kit/Ros", "words": None,
                     "summary_present": False, "disclaimer_present": False},
        "rating_gold": "Teen And Up Audiences", "rating_basis": "declared", "warnings_gold": [],
        "pov": "third", "paratext_lines": HEADER.splitlines(), "notes": "",
    }
    row.update(gold)
    return fanfic._excerpt(row)


def _work(paratext_end: int, **declared) -> Work:
    return Work(text=TEXT, paratext=[Paratext(0, paratext_end, "header")], declared=Declared(**declared))


def test_locate_lines_prefers_the_occurrence_that_starts_a_line():
    text = "a Title: X\nTitle: X\nstory"
    assert fanfic.locate_lines(text, ["Title: X"]) == [(11, 19)]
    repeated = "Part 1\nstory\nPart 1\n"
    assert fanfic.locate_lines(repeated, ["Part 1", "Part 1"]) == [(0, 6), (13, 19)]


def test_paratext_recall_and_false_positive_characters():
    item = _item()
    whole = fanfic_structure.score(item, _work(len(HEADER)))
    assert whole["paratext_lines"] == 3 and whole["paratext_found"] == 3
    assert whole["paratext_false_chars"] == 0
    # Paratext reaching into the story: every header line found, the story's characters are false.
    overreach = fanfic_structure.score(item, _work(len(HEADER) + len("Kit watched")))
    assert overreach["paratext_found"] == 3
    assert overreach["paratext_false_chars"] == len("Kitwatched")
    figures = fanfic_structure.summarize([whole, overreach])
    header_chars = len("".join(HEADER.split()))
    assert figures["false-positive paratext"] == pytest.approx(10 / (2 * header_chars + 10), abs=1e-4)
    # A line only partly covered (under 90 % of its characters) is missed.
    partial = fanfic_structure.score(item, _work(len("Title: Harbour")))
    assert partial["paratext_found"] == 0
    assert any("missed paratext" in e for e in partial["errors"])


def test_declared_rating_read_and_normalised():
    item = _item()
    right = fanfic_structure.score(item, _work(len(HEADER), rating="Teen And Up Audiences",
                                               raw={"rating": "PG-13 this part", "relationships": "Kit/Ros"}))
    assert right["rating_read"] == right["rating_read_normalised"] == 1
    assert right["pairing_read"] == 1
    raw_only = fanfic_structure.score(item, _work(len(HEADER), rating="PG-13 this part",
                                                  raw={"rating": "PG-13 this part"}))
    assert raw_only["rating_read"] == 1 and raw_only["rating_read_normalised"] == 0
    whole_header = fanfic_structure.score(item, _work(len(HEADER), raw={"relationships": TEXT * 3}))
    assert whole_header["pairing_read"] == 0
    # A gold rating judged from the text (not the declared one) is left out of "normalised".
    judged = fanfic_structure.score(_item(rating_basis="judged"), _work(len(HEADER)))
    assert judged["rating_declared"] == 1 and judged["rating_norm_total"] == 0


def test_relationships_are_unordered_name_sets_of_one_kind():
    assert fanfic.relationship_matches("Kit Marlowe/Ros Vane", "Ros Vane/Kit Marlowe")
    assert not fanfic.relationship_matches("Kit Marlowe/Ros Vane", "Kit Marlowe & Ros Vane")
    assert fanfic.relationship_matches("Min Yoongi | Suga/Reader", "Reader/Suga")
    assert not fanfic.relationship_matches("Kit Marlowe/Ros Vane", "Kit Marlowe/Kit Marlowe")
    work = Work(text=TEXT, detected=_detected(relationships=["Ros Vane/Kit Marlowe", "Kit Marlowe & Ros Vane"],
                                              characters=["Kit Marlowe", "Harbour Master"],
                                              fandoms=["Harbour Tales", "Other Show"]))
    counts = fanfic_fandoms.score(_item(), work)
    assert counts["rel_right"] == 1 and counts["rel_pred"] == 2 and counts["rel_found"] == 1
    assert counts["char_right"] == 1 and counts["char_found"] == 1
    assert counts["fandom_top1"] == 1  # "Harbour Tales (TV)" = "Harbour Tales"


def _detected(relationships=(), characters=(), fandoms=(), rating=None, warnings=()):
    from ficlens.model import Detected

    return Detected(
        rating=Tag(rating, "rating") if rating else None,
        warnings=[Tag(w, "warning") for w in warnings],
        fandoms=[Tag(f, "fandom") for f in fandoms],
        characters=[Tag(c, "character") for c in characters],
        relationships=[Tag(r, "relationship") for r in relationships],
    )


def test_rating_steps_and_archive_warnings():
    item = _item(rating_gold="Mature", warnings_gold=["Major Character Death"])
    work = Work(text=TEXT, detected=_detected(rating="Explicit", warnings=["Major Character Death",
                                                                           "No Archive Warnings Apply"]))
    counts = fanfic_content.score(item, work)
    assert counts["rating_exact"] == 0 and counts["rating_within_one"] == 1 and counts["adult_found"] == 1
    assert counts["warn_pred"] == 1 and counts["warn_right"] == 1 and counts["warn_found"] == 1
    general = fanfic_content.score(_item(rating_gold="General Audiences"), work)
    assert general["general_as_adult"] == 1 and general["rating_within_one"] == 0
    figures = fanfic_content.summarize([counts, general])
    assert figures["rating within one step"] == 0.5
    assert figures["General rated Mature or above"] == 1.0


def test_most_frequent_additional_tag_share():
    def tagged(*names: str) -> Work:
        return Work(text=TEXT, detected=Detected(additional_tags=[Tag(n, "freeform") for n in names]))

    counts = [fanfic_content.score(_item(), w) for w in (tagged("Angst", "Fluff"), tagged("Angst"), tagged(), tagged("Fluff"))]
    assert fanfic_content.summarize(counts)["most frequent additional tag"] == 0.5


def test_point_of_view():
    right = fanfic_narration.score(_item(), Work(text=TEXT, narration=Narration(person="third")))
    wrong = fanfic_narration.score(_item(pov="first"), Work(text=TEXT, narration=Narration(person="third")))
    figures = fanfic_narration.summarize([right, wrong])
    assert figures["point of view"] == 0.5 and figures["point of view, first person"] == 0.0


@pytest.fixture(scope="module")
def fanfic_dir() -> Path:
    if not (SHARED_FANFIC / "excerpts.jsonl").is_file():
        pytest.skip("../shared/data/fanfic is not beside this checkout")
    return SHARED_FANFIC


def test_long_works_load_with_the_fixed_split(fanfic_dir: Path):
    items = fanfic.load_items(fanfic_dir, sets=("long",))
    assert len(items) == 8
    assert {i.id for i in items if i.split == "check"} == fanfic.LONG_CHECK
    for item in items:
        assert item.paratext_lines
        for start, end in item.paratext_lines:
            line = item.text[start:end]
            assert line.strip() and "\n" not in line


def test_eval_runs_on_a_few_items(fanfic_dir: Path):
    ids = ["d1-005", "d2-013", "d3-013"]
    result = fanfic.evaluate(fanfic_dir, ids=ids, progress=False)
    tune = result["figures"]["excerpts"]["tune"]
    assert tune["items"] == 3 and set(tune["by_site"]) == {"other", "ffnet", "wattpad"}
    for figures in [tune["all"], *tune["by_site"].values()]:
        for name, value in figures.items():
            assert value is None or value >= 0, name
    assert 0 <= tune["all"]["paratext line recall"] <= 1
    assert all(e.startswith(tuple(ids)) for e in result["errors"])


def test_eval_command_prints_json_and_errors(fanfic_dir: Path):
    result = CliRunner().invoke(app, ["eval", "fanfic", str(fanfic_dir), "--split", "tune", "--item", "d1-005",
                                      "--json", "--errors"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["figures"]["excerpts"]["tune"]["items"] == 1
    assert "check" not in data["figures"]["excerpts"]
    assert isinstance(data["errors"], list)
    refused = CliRunner().invoke(app, ["eval", "fanfic", str(fanfic_dir), "--split", "half"])
    assert refused.exit_code != 0
