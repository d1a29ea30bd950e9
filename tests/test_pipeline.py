"""The pipeline of stage objects: order, prerequisites, versions, missing models, reindex."""

from __future__ import annotations

import json

import pytest

from ficlens import characters
from ficlens.errors import FiclensError, ModelError
from ficlens.library.ingest import add_paths, reindex_library
from ficlens.library.storage import open_library
from ficlens.pipeline import STAGES, Pipeline, default_pipeline, stage_class, with_prerequisites
from ficlens.readers import read_text
from ficlens.stages import Stage, files_hash, shipped_file, stage_version

USER_PACK = {
    "format": "ficlens.pack/1",
    "name": "Gull Point (Original Work)",
    "media": "Books & Literature",
    "characters": [{"name": "Mara Lee", "gender": "female", "aliases": ["Mara"]}],
    "vocabulary": ["Gull Point"],
}
STORY = 'Mara Lee crossed the yard. "Tea?" she asked.\n\n"Please," said Tom Hale. He sat down.\n'


def test_every_stage_is_a_stage_and_the_canonical_order_satisfies_what_each_requires():
    provided: set[str] = set()
    for name in STAGES:
        stage = default_pipeline().stages[name]
        assert isinstance(stage, Stage) and stage.name == name
        assert set(stage.requires) <= provided, name
        provided |= set(stage.provides)
        assert stage.languages is None or all(len(code) == 2 for code in stage.languages)


def test_prerequisites_are_added_unless_the_work_has_been_through_them():
    # dialogue reads the work's language (its speech tags), so the language stage runs first.
    assert with_prerequisites(["dialogue"]) == ["structure", "language", "characters", "dialogue"]
    assert with_prerequisites(["content", "structure"]) == list(STAGES)
    assert with_prerequisites(["dialogue"], done={"structure", "language", "characters"}) == ["dialogue"]
    work = default_pipeline().run(read_text(STORY), ["dialogue"])
    assert list(work.pipeline) == ["ficlens", "structure", "language", "characters", "dialogue"]
    assert [q.text for q in work.quotes] == ["Tea?", "Please,"]


def test_a_pipeline_builds_only_what_it_runs_and_refuses_unknown_stages():
    pipeline = Pipeline(["structure"])
    assert list(pipeline.stages) == ["structure"]
    with pytest.raises(FiclensError, match="unknown stage nonsense"):
        Pipeline(["structure", "nonsense"])
    with pytest.raises(FiclensError, match="built without the characters stage"):
        pipeline.run(read_text(STORY), ["characters"])


def test_versions_join_code_and_model_files(tmp_path):
    model = tmp_path / "weights.json"
    model.write_text('{"w": [1]}')
    before = stage_version("3", [model])
    assert before.startswith("3+") and before == stage_version("3", [model])
    model.write_text('{"w": [2]}')
    assert stage_version("3", [model]) != before
    assert stage_version("4", [model]) != stage_version("3", [model])
    assert stage_version("1") == "1"
    files = [shipped_file("ficlens.characters", name) for name in characters.MODEL_FILES]
    assert default_pipeline().versions()["characters"] == f"{characters.VERSION}+{files_hash(files)}"


def test_a_missing_shipped_model_is_an_error_when_the_stage_is_built():
    with pytest.raises(ModelError, match="ficlens/characters/no_such_model.json: shipped model file missing"):
        shipped_file("ficlens.characters", "no_such_model.json")
    assert stage_class("characters")(pronoun_weights=None).version.endswith("+custom")


def test_reindex_reanalyses_works_whose_stage_code_or_models_changed(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(2):
        (folder / f"story{i}.txt").write_text(STORY.replace("Tom", f"Tom{'m' * i}"), encoding="utf-8")
    db = str(tmp_path / "lib.sqlite")
    errors: list[str] = []
    with open_library(db) as lib:
        assert add_paths(lib, [str(folder)], errors.append, default_pipeline()).added == 2
        assert reindex_library(lib, False, errors.append, default_pipeline()).added == 0

        # A user pack is part of the fandoms stage's models: a new one makes every work stale.
        packs = tmp_path / "packs"
        packs.mkdir()
        (packs / "lighthouse.json").write_text(json.dumps(USER_PACK), encoding="utf-8")
        with_pack = Pipeline(fandom_dirs=[packs])
        assert with_pack.versions()["fandoms"] != default_pipeline().versions()["fandoms"]
        assert reindex_library(lib, False, errors.append, with_pack).added == 2
        assert reindex_library(lib, False, errors.append, with_pack).added == 0

        # So is a new code version of a stage.
        monkeypatch.setattr(characters, "VERSION", "999")
        newer = Pipeline(fandom_dirs=[packs])
        assert newer.versions()["characters"].startswith("999+")
        assert reindex_library(lib, False, errors.append, newer).added == 2
        assert {v["characters"] for _, v, _, _ in lib.pipelines()} == {newer.versions()["characters"]}
    assert errors == []
