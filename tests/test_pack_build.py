"""The pack sources compile to exactly the shipped packs, and the build refuses a bad source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ficlens.fandoms import build_packs
from ficlens.fandoms.build_packs import SourceError, compile_sources, stale_files
from ficlens.fandoms.pack_index import BUILTIN_DIR, INDEX_FILE, read_builtin_index
from ficlens.fandoms.packs import load_pack_file

GOOD = """\
# a comment
@Lighthouse Keepers (TV)|Lighthouse; LK|1200
c Marguerite Olsen|f|Marguerite; Maggie O|Olsen|the Keeper
c Tobias Wren|m|Toby Wren|Wren
c Min Seo | Captain Moonlark|n|Seo
v Gull Point; foghorn
p Marguerite Olsen/Tobias Wren = Margobias; Marguerite Olsen & Min Seo | Captain Moonlark
"""


def _build(tmp_path: Path, text: str, name: str = "tv.txt"):
    (tmp_path / name).write_text(text, encoding="utf-8")
    return compile_sources(tmp_path)


def test_shipped_packs_are_exactly_what_the_sources_build():
    packs, built = compile_sources()
    assert len(packs) == len(built) - 1 and INDEX_FILE in built
    assert stale_files(built) == [], "run 'make packs' after editing pack_sources/"
    assert build_packs.main(["--check"]) == 0


def test_a_good_source_builds_a_pack_and_its_index(tmp_path):
    packs, built = _build(tmp_path, GOOD)
    (pack,) = packs
    assert pack.media == "TV Shows" and pack.works == 1200
    data = json.loads(built["lighthouse-keepers-tv.json"])
    assert data["characters"][2] == {
        "name": "Min Seo | Captain Moonlark", "gender": "nonbinary", "aliases": ["Seo"], "weak_aliases": [], "epithets": []
    }
    assert data["pairings"] == [
        {"tag": "Marguerite Olsen/Tobias Wren", "aliases": ["Margobias"]},
        "Marguerite Olsen & Min Seo | Captain Moonlark",
    ]
    forms = json.loads(built[INDEX_FILE])["forms"]
    assert forms["Marguerite"] == [[0, 0, 1]] and forms["Captain Moonlark"] == [[0, 2, 0]]  # a first name; a name
    assert [e[1] for e in forms["Wren"]] == [1] and forms["Gull Point"] == [[0, -1, 5]]
    (tmp_path / "lighthouse.json").write_text(built["lighthouse-keepers-tv.json"], encoding="utf-8")
    assert load_pack_file(tmp_path / "lighthouse.json").pairings[0].aliases == ("Margobias",)


@pytest.mark.parametrize(
    "change, message",
    [
        (("p Marguerite Olsen/Tobias Wren", "p Marguerite Olsen/Nobody"), "tv.txt:7: pairing 'Marguerite Olsen/Nobody'"),
        (("|n|Seo", "|robot|Seo"), "tv.txt:5: gender 'robot'"),
        (("v Gull", "x Gull"), "tv.txt:6: unknown record 'x'"),
        (("c Tobias Wren|m|Toby Wren|Wren", "c Marguerite Olsen|f"), "tv.txt:4: character 'Marguerite Olsen' is given twice"),
        (("Toby Wren|Wren", "Marguerite|Wren"), "tv.txt:4: 'Marguerite' names both"),
        (("|1200", "|many"), "tv.txt:2: the works count 'many'"),
        (("@Lighthouse Keepers (TV)", "c Stray|f\n@Lighthouse Keepers (TV)"), "tv.txt:2: a 'c' line before the first"),
        (("c Marguerite Olsen|f|Marguerite; Maggie O|Olsen|the Keeper\n", ""), "tv.txt:6: pairing 'Marguerite Olsen/Tobias Wren'"),
        (("(TV)|", "(TV|"), "unbalanced parentheses"),
        (("= Margobias;", "= Margobias; Tobias Wren/Marguerite Olsen;"), "repeats 'Marguerite Olsen/Tobias Wren'"),
    ],
)
def test_the_build_names_the_line_of_a_mistake(tmp_path, change, message):
    old, new = change
    assert old in GOOD
    with pytest.raises(SourceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _build(tmp_path, GOOD.replace(old, new, 1))


def test_the_build_refuses_a_fandom_without_characters_or_named_twice(tmp_path):
    with pytest.raises(SourceError, match="tv.txt:1: fandom 'Empty' has no characters"):
        _build(tmp_path, "@Empty\nv something\n")
    (tmp_path / "tv.txt").unlink()
    (tmp_path / "movies.txt").write_text("@Lighthouse Keepers (Film)|LK\nc Ann Lee|f\n", encoding="utf-8")
    with pytest.raises(SourceError, match="fandom name 'LK' is already used by"):
        _build(tmp_path, GOOD)
    with pytest.raises(SourceError, match="must start with a media type"):
        _build(tmp_path, GOOD, name="telly.txt")


def test_start_up_reads_only_the_index():
    index = read_builtin_index()
    assert len(index.infos) >= 100 and not index.loaded
    assert all((BUILTIN_DIR / info.path.name).is_file() for info in index.infos)
