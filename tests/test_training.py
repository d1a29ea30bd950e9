"""Training apart from the package: the characters trainer writes every model file to the folder it is
given, leaves the package's files as they are, and the files it writes load together into a stage."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path

from ficlens.characters import CharactersStage, boundaries, tagger
from ficlens.model import Work
from ficlens.pipeline import run_stages
from ficlens.training import characters as train_characters
from ficlens.training import word_clusters

PEOPLE = (("Anna", "Petrova", "she"), ("Boris", "Volkov", "he"), ("Clara", "Novak", "she"), ("David", "Moss", "he"))
THINGS = ("door", "window", "letter", "lamp", "table")
VERBS = ("opened", "closed", "found", "moved", "left")


def _sentences(seed: int) -> list[list[tuple[str, str, str]]]:
    """Sentences written for this test: (token, PER label, coreference field) per token."""
    out = []
    for k in range(24):
        first, last, pronoun = PEOPLE[(k + seed) % len(PEOPLE)]
        thing, verb = THINGS[(k * 3 + seed) % len(THINGS)], VERBS[(k + 2 * seed) % len(VERBS)]
        chain = str(PEOPLE.index((first, last, pronoun)))
        if k % 3 == 0:
            out.append([("The", "B-PER", ""), ("old", "I-PER", ""), ("man", "I-PER", ""), (verb, "O", ""),
                        ("the", "O", ""), (thing, "O", ""), (".", "O", "")])
        else:
            out.append([(first, "B-PER", f"({chain}"), (last, "I-PER", f"{chain})"), (verb, "O", ""), ("the", "O", ""),
                        (thing, "O", ""), (".", "O", "")])
            out.append([(pronoun.capitalize(), "O", f"({chain})"), ("smiled", "O", ""), ("at", "O", ""),
                        ("the", "O", ""), (thing, "O", ""), (".", "O", "")])
    return out


def _toy_shared(root: Path) -> Path:
    """A SHARED_DATA_DIR with three LitBank-like files (entities and coreference)."""
    ent_dir = root / "litbank" / "entities" / "tsv"
    coref_dir = root / "litbank" / "coref" / "conll"
    ent_dir.mkdir(parents=True)
    coref_dir.mkdir(parents=True)
    for seed in range(3):
        name = f"{seed}_toy_brat"
        sentences = _sentences(seed)
        (ent_dir / f"{name}.tsv").write_text(
            "\n\n".join("\n".join(f"{tok}\t{label}\tO" for tok, label, _ in sent) for sent in sentences) + "\n",
            encoding="utf-8",
        )
        rows = [f"#begin document ({name}); part 0"]
        for sent in sentences:
            rows += [f"{name}\t0\t{i}\t{tok}\t_\t{coref or '_'}" for i, (tok, _, coref) in enumerate(sent)] + [""]
        (coref_dir / f"{name}.conll").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


def _package_files() -> dict[str, str]:
    folder = resources.files("ficlens.characters")
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in folder.iterdir() if f.name.endswith((".json", ".npz"))}


def test_characters_trainer_writes_its_models_to_the_folder_given_and_they_load_together(tmp_path, monkeypatch):
    monkeypatch.setattr(word_clusters, "CONTEXTS", 40)  # a toy corpus has few context words
    monkeypatch.setattr(word_clusters, "TOPIC_CONTEXTS", 40)
    shipped = _package_files()
    out_dir = tmp_path / "out" / "characters"
    assert train_characters.main([str(_toy_shared(tmp_path / "shared")), str(out_dir)]) == 0
    written = {p.name for p in out_dir.iterdir()}
    assert written == {"pronoun_ranker.json", "word_clusters.json", "mention_tagger.npz", "mention_boundaries.json"}
    assert _package_files() == shipped

    clusters = tagger.load_clusters(out_dir / "word_clusters.json")
    assert {"petrova", "volkov", "smiled"} <= set(clusters)  # the toy corpus's words, not the package's table
    model = tagger.load(out_dir / "mention_tagger.npz", clusters)
    assert model.clusters is clusters
    stage = CharactersStage(tagger=model, boundary_ranker=boundaries.load(out_dir / "mention_boundaries.json", clusters))
    text = "Clara Novak opened the lamp . She smiled at the door ."
    work = stage(run_stages(Work(text=text), ["structure"]))
    assert "Clara Novak" in {text[m.start : m.end] for m in work.mentions}
