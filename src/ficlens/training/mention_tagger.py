"""Fit the characters stage's PER mention tagger (``characters/tagger.py``) on LitBank entities, with
file-level cross-validation, and the boundary ranker (``mention_boundaries.py``) on its held-out output.

Examples: every token of every ``entities/tsv`` file (text rebuilt as in ``litbank.py``),
labelled with the joint two-level tags of ``tagger.LABELS`` (level 0: PER spans inside no
other PER span; level 1: PER spans inside one). Model: a linear-chain CRF fitted by CRFsuite
(L-BFGS, L1 + L2, fixed iterations: deterministic), reading the word clusters it is given (and
loaded with them at run time). Folds: file i goes to fold i % FOLDS of the sorted file list; each
held-out file is scored by a model fitted on the other folds only.

The boundary ranker is fitted on each file's held-out mentions (the stage's output with the
tagger of the file's fold); its held-out figure scores each fold with a ranker fitted on the
other folds' files.

``python -m ficlens.training.characters`` writes the shipped models (``write_models``).
``python -m ficlens.training.mention_tagger LITBANK_DIR FOLD ...`` is the fast development loop,
with the package's word clusters: the stage's own (tagger-free) mentions of every file are cached
in a pickle, and held-out figures of the given folds are computed by applying the stage's tagger
step to them (the same figures as ``ficlens eval litbank``, without re-running the stage); given
two folds or more, the boundary ranker is cross-validated over them and its figures printed too.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from ..characters import mention_checks
from ..characters import tagger as tg
from ..characters.mention_checks import rule_spans
from ..characters.mentions import Mention
from ..stages import shipped_file
from . import mention_boundaries
from .litbank import prf, read_entities, score_entities
from .run_characters import analyze

FOLDS = 5
CRF_PARAMS = {
    "c1": 0.4,
    "c2": 0.1,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


@dataclass
class FileExamples:
    name: str
    text: str
    gold: set[tuple[int, int]]
    story: list[tuple[int, int]]
    mentions: list[Mention]  # the stage's mentions without the tagger
    tokens: tg.Tokens
    mark: np.ndarray
    labels: list[str]  # joint label per token


def level_labels(gold: set[tuple[int, int]], starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """B/I/O (0/1/2) labels per level; gold spans not on token boundaries are left out."""
    labels = np.zeros((tg.LEVELS, len(starts)), dtype=np.int64)
    spans = sorted(gold, key=lambda s: (s[0], -s[1]))
    for s, e in spans:
        depth = sum(1 for a, b in gold if (a, b) != (s, e) and a <= s and e <= b)
        level = min(depth, tg.LEVELS - 1)
        i = int(np.searchsorted(starts, s))
        j = int(np.searchsorted(ends, e)) + 1
        if i >= len(starts) or starts[i] != s or j - 1 >= len(ends) or ends[j - 1] != e:
            continue
        if labels[level, i:j].any():
            continue
        labels[level, i] = 1
        labels[level, i + 1 : j] = 2
    return labels


def joint_labels(levels: np.ndarray) -> list[str]:
    """Joint tags ("O", "BO", "LO", "UB", ...) of per-level B/I/O labels: the outer level as B/I/L/U
    (L = last token, U = one-token span: the end of a long noun phrase gets its own weights), the
    nested level as B/I/O; a nested tag outside an outer span is dropped."""
    outer = levels[0].tolist()
    out = []
    for i, (l0, l1) in enumerate(zip(outer, levels[1].tolist())):
        goes_on = i + 1 < len(outer) and outer[i + 1] == 2
        tag = "" if l0 == 0 else ("B" if goes_on else "U") if l0 == 1 else ("I" if goes_on else "L")
        out.append("O" if l0 == 0 else tag + "OBI"[l1])
    return out


def file_examples(path: Path) -> FileExamples:
    text, gold = read_entities(path)
    work = analyze(text, mention_tagger=None)
    story = [(s.start, s.end) for s in work.story_spans()]
    mentions = [Mention(m.start, m.end, m.kind) for m in work.mentions]
    tokens = tg.tokenize(text, story, [s.start for s in work.sentences])
    mark = tg.marks(tokens.starts, tokens.ends, rule_spans(mentions))
    labels = joint_labels(level_labels(gold, tokens.starts, tokens.ends))
    return FileExamples(path.stem, text, gold, story, mentions, tokens, mark, labels)


def fit(examples: list[FileExamples], clusters: tg.Clusters, params: dict | None = None) -> tg.Model:
    """A CRF over every sentence of the given files, reading the word clusters given."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    type_features = tg.TypeFeatures(clusters)
    for ex in examples:
        words = ex.tokens.words
        ctx = tg.context_ids(words, ex.tokens.bos, ex.mark, ex.tokens.seqs)
        for a, b in ex.tokens.seqs:
            trainer.append(tg.sequence_features(words, ctx, a, b, type_features), ex.labels[a:b])
    trainer.set_params({**CRF_PARAMS, **(params or {})})
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "model.crfsuite"
        trainer.train(str(out))
        return tg.Model.from_crfsuite(out.read_bytes(), clusters)


def folds(paths: list[Path]) -> list[int]:
    return [i % FOLDS for i in range(len(paths))]


def cross_validate(ent_dir: Path, clusters: tg.Clusters) -> tuple[list[Path], list[int], list, list[FileExamples]]:
    """(files, fold of each file, model per fold fitted without that fold's files, examples).

    A fold with no other files to learn from gets False (no tagger), never a model that saw it.
    """
    paths = sorted(ent_dir.glob("*.tsv"))
    examples = [file_examples(p) for p in paths]
    fold_of = folds(paths)
    models: list = []
    for fold in range(FOLDS):
        train = [ex for ex, k in zip(examples, fold_of) if k != fold]
        models.append(fit(train, clusters) if train and fold in fold_of else False)
    return paths, fold_of, models, examples


def heldout_counts(ent_dir: Path) -> dict[str, dict]:
    """Per-file PER counts (see ``litbank.score_entities``), each file scored by its fold's tagger
    and by a boundary ranker fitted on the other folds' files (their held-out output), with the
    package's word clusters and pronoun ranker."""
    from ..characters.pronouns import load_pronoun_weights

    clusters = tg.load_clusters(shipped_file("ficlens.characters", "word_clusters.json"))
    paths, fold_of, models, examples = cross_validate(ent_dir, clusters)
    weights = load_pronoun_weights(shipped_file("ficlens.characters", "pronoun_ranker.json"))
    mentions = []
    for fold, ex in zip(fold_of, examples):
        work = analyze(ex.text, weights=weights, mention_tagger=models[fold] or None, boundary_ranker=None)
        mentions.append([Mention(m.start, m.end, m.kind, m.character) for m in work.mentions])
    adjusted = mention_boundaries.ranked_heldout(examples, fold_of, mentions, clusters)
    return {path.stem: _counts(ex, got) for path, ex, got in zip(paths, examples, adjusted)}


def tagged_mentions(ex: FileExamples, model) -> list[Mention]:
    """Mentions of one file from its cached tagger-free mentions plus the stage's tagger step."""
    mentions = list(ex.mentions)
    if model:
        found = model.spans(rule_spans(mentions), ex.tokens)
        unread, read_inside = mention_checks.unread_names(mentions, found, ex.text)
        mentions = [m for m in mentions if m.span not in unread]
        story = SimpleNamespace(text=ex.text, spans=ex.story)
        mentions = mention_checks.tagged_mentions(found, story, mentions, read_inside)
    return mentions


def _counts(ex: FileExamples, mentions: list[Mention]) -> dict:
    work = SimpleNamespace(mentions=mentions)
    return score_entities(ex.text, ex.gold, work)


def _total(rows) -> dict:
    total: dict[str, int] = {}
    for row in rows:
        for k, v in row.items():
            total[k] = total.get(k, 0) + v
    return {**prf(total["tp"], total["pred"], total["gold"]), "proper_f1": prf(
        total["proper_tp"], total["proper_pred"], total["proper_gold"])["f1"], "gold": total["gold"]}


def write_models(ent_dir: Path, clusters: tg.Clusters, out_dir: Path) -> dict:
    """Held-out figures (fast path), then the tagger fitted on every file, written to
    out_dir/mention_tagger.npz, and the boundary ranker fitted on every file's held-out output,
    written to out_dir/mention_boundaries.json; both read the word clusters given (the
    word_clusters.json written to out_dir with them). ent_dir is SHARED/litbank/entities/tsv."""
    _, fold_of, models, examples = cross_validate(ent_dir, clusters)
    mentions = [tagged_mentions(ex, models[k]) for ex, k in zip(examples, fold_of)]
    tagger_only = _total([_counts(ex, got) for ex, got in zip(examples, mentions)])
    ranked = mention_boundaries.ranked_heldout(examples, fold_of, mentions, clusters)
    ranked_total = _total([_counts(ex, got) for ex, got in zip(examples, ranked)])
    figures = {"files": len(examples), "folds": FOLDS, **ranked_total, "tagger_only": tagger_only}
    fit(examples, clusters).save(out_dir / "mention_tagger.npz")
    edges = mention_boundaries.file_edges(examples)
    ranker = mention_boundaries.fit(mention_boundaries.file_groups(examples, mentions, edges, clusters), edges, clusters)
    ranker.save(out_dir / "mention_boundaries.json", {
        "about": "Boundary ranker of the ficlens characters stage (the person phrases no character claims), "
                 "fitted on the held-out LitBank output of the mention tagger by ficlens.training.mention_boundaries.",
        "heldout": figures,
    })
    return figures


def _cached_examples(ent_dir: Path) -> list[FileExamples]:
    """Examples of every file, pickled under the temp dir for the development loop."""
    cache = Path(tempfile.gettempdir()) / "ficlens_litbank_mentions-3.pkl"  # -3: holds Tokens
    if cache.is_file() and cache.stat().st_mtime > max(p.stat().st_mtime for p in ent_dir.glob("*.tsv")):
        with cache.open("rb") as fh:
            examples = pickle.load(fh)
    else:
        examples = [file_examples(p) for p in sorted(ent_dir.glob("*.tsv"))]
        with cache.open("wb") as fh:
            pickle.dump(examples, fh)
    for ex in examples:  # marks and labels follow the current code, not the cached one
        ex.mark = tg.marks(ex.tokens.starts, ex.tokens.ends, rule_spans(ex.mentions))
        ex.labels = joint_labels(level_labels(ex.gold, ex.tokens.starts, ex.tokens.ends))
    return examples


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: python -m ficlens.training.mention_tagger LITBANK_DIR FOLD [FOLD ...]", file=sys.stderr)
        return 2
    ent_dir = Path(argv[0]) / "entities" / "tsv"
    clusters = tg.load_clusters(shipped_file("ficlens.characters", "word_clusters.json"))
    examples = _cached_examples(ent_dir)
    fold_of = folds(examples)
    wanted = [int(x) for x in argv[1:]]
    params = json.loads(os.environ.get("CRF_PARAMS", "{}"))
    mentions: list = [None] * len(examples)
    for fold in wanted:
        t0 = time.process_time()
        model = fit([ex for ex, k in zip(examples, fold_of) if k != fold], clusters, params)
        t1 = time.process_time()
        rows = []
        for i, k in enumerate(fold_of):
            if k == fold:
                mentions[i] = tagged_mentions(examples[i], model)
                rows.append(_counts(examples[i], mentions[i]))
        t2 = time.process_time()
        print(f"fold {fold}: {_total(rows)} fit {t1 - t0:.0f}s tag {t2 - t1:.1f}s", flush=True)
    done = [i for i, got in enumerate(mentions) if got is not None]
    print("ALL", json.dumps(_total([_counts(examples[i], mentions[i]) for i in done])))
    if len(set(fold_of[i] for i in done)) > 1:  # the boundary ranker, cross-validated over the folds given
        ranked = mention_boundaries.ranked_heldout(
            [examples[i] for i in done], [fold_of[i] for i in done], [mentions[i] for i in done], clusters
        )
        print("RANKED", json.dumps(_total([_counts(examples[i], got) for i, got in zip(done, ranked)])))
    return 0


if __name__ == "__main__":
    from ficlens.training import mention_tagger  # pickled examples name the module, not __main__

    sys.exit(mention_tagger.main(sys.argv[1:]))
