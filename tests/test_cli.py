"""End-to-end: the `ficlens analyze` command as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ficlens.schema import validate

FICLENS = str(Path(sys.executable).with_name("ficlens"))

STORY = (
    "The library was quiet after dark.\n\n"
    '"You\'re late," said Giles, without looking up.\n\n'
    '"Patrol ran long," Buffy said. "Three vampires and a very rude demon."\n'
)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1")
    return subprocess.run([FICLENS, *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=env)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(STORY.replace("Giles", "Wesley"), encoding="utf-8")
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Short. Story.\n", encoding="utf-8")
    return tmp_path


def test_json_lines_in_input_order_and_directories_sorted(corpus: Path):
    result = run("analyze", "--json", str(corpus / "c.txt"), str(corpus))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    paths = [Path(d["source"]["path"]).relative_to(corpus).as_posix() for d in lines]
    assert paths == ["c.txt", "a.txt", "b/two.txt", "c.txt"]
    for d in lines:
        validate(d)
        assert "text" not in d
    assert result.stderr == ""


def test_include_text_offsets_index_the_text(corpus: Path):
    result = run("analyze", "--json", "--include-text", str(corpus / "a.txt"))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["text"] == STORY
    assert doc["stats"]["words"] > 15
    for para in doc["paragraphs"]:
        assert 0 <= para["start"] < para["end"] <= len(STORY)


def test_card_shows_title_and_counts(corpus: Path):
    result = run("analyze", str(corpus / "a.txt"))
    assert result.returncode == 0, result.stderr
    assert "a.txt" in result.stdout
    assert "Words:" in result.stdout


def test_failure_does_not_stop_other_inputs(corpus: Path):
    missing = corpus / "missing.txt"
    result = run("analyze", "--json", str(missing), str(corpus / "a.txt"))
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0] == {"source": str(missing), "error": {"type": "not_found", "message": "no such file"}}
    assert lines[1]["source"]["path"].endswith("a.txt")
    assert result.stderr.strip() == f"ficlens: {missing}: no such file"
    assert "Traceback" not in result.stderr


def test_unknown_stage_is_refused(corpus: Path):
    result = run("analyze", "--stages", "structure,nonsense", str(corpus / "a.txt"))
    assert result.returncode == 2
    assert "unknown stage nonsense" in result.stderr


def test_stage_subset_runs_only_those(corpus: Path):
    result = run("analyze", "--json", "--stages", "structure", str(corpus / "a.txt"))
    doc = json.loads(result.stdout)
    assert set(doc["pipeline"]) == {"ficlens", "structure"}
    assert doc["quotes"] == []


def test_help_teaches():
    result = run("--help")
    assert result.returncode == 0
    assert "analyze" in result.stdout
    result = run("analyze", "--help")
    assert "--json" in result.stdout and "--include-text" in result.stdout


def test_analyze_accepts_text_and_path(tmp_path: Path):
    import ficlens

    p = tmp_path / "s.txt"
    p.write_text(STORY, encoding="utf-8")
    from_path = ficlens.analyze(p)
    from_text = ficlens.analyze(STORY)
    assert from_path.text == from_text.text == STORY
    assert from_path.source.path == str(p)
    assert from_text.source.path is None
    assert from_path.stats.words == from_text.stats.words


LIGHTHOUSE_PACK = {
    "format": "ficlens.pack/1",
    "name": "Keepers of the Northern Light (Web Series)",
    "other_names": ["Keepers"],
    "media": "Movies",
    "characters": [
        {"name": "Maren Solberg", "gender": "female", "aliases": ["Maren"], "weak_aliases": [], "epithets": ["the Keeper"]},
        {"name": "Tobias Wren", "gender": "male", "aliases": ["Tobias"], "weak_aliases": [], "epithets": []},
    ],
    "vocabulary": ["Skarholm", "lamp room", "fog bell"],
    "pairings": ["Maren Solberg/Tobias Wren"],
}
LIGHTHOUSE_STORY = (
    "Maren climbed to the lamp room of Skarholm at dusk. The fog bell had been ringing for an hour.\n\n"
    '"You\'re late," Maren said.\n\n"The boat was slow," said Tobias, and he kissed her cheek.\n\n'
    "Maren Solberg trimmed the wick while Tobias Wren watched the fog roll over Skarholm.\n"
)


def test_user_fandom_pack_folder_is_used(tmp_path: Path):
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "keepers.json").write_text(json.dumps(LIGHTHOUSE_PACK), encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(LIGHTHOUSE_STORY, encoding="utf-8")
    without = json.loads(run("analyze", "--json", str(story)).stdout)
    assert [t["name"] for t in without["detected"]["fandoms"]] == []
    result = run("analyze", "--json", "--fandoms", str(packs), str(story))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [t["name"] for t in doc["detected"]["fandoms"]] == [LIGHTHOUSE_PACK["name"]]
    assert {"Maren Solberg", "Tobias Wren"} <= {t["name"] for t in doc["detected"]["characters"]}


def test_bad_user_fandom_pack_is_refused_naming_file_and_field(tmp_path: Path):
    packs = tmp_path / "packs"
    packs.mkdir()
    bad = dict(LIGHTHOUSE_PACK, media="Radio Plays")
    (packs / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(LIGHTHOUSE_STORY, encoding="utf-8")
    result = run("analyze", "--fandoms", str(packs), str(story))
    assert result.returncode == 2
    assert str(packs / "bad.json") in result.stderr and "media" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
