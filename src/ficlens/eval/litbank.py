"""LitBank figures for the characters stage: PER mention F1 and pronoun-to-character accuracy.

Text is rebuilt from each file's tokens joined by single spaces, one sentence per line, with token
offsets tracked, and run through the structure and characters stages.

PER mention F1 (exact span): gold = every PER span of every nesting layer in ``entities/tsv``;
predicted = the stage's mentions of kind name, nickname, epithet, vocative and title (pronouns,
narrator and reader mentions are not LitBank entities). The stage really outputs "title" mentions:
the bare title inside a name ("Mr." in "Mr. Darcy"), which LitBank annotates as PER on an inner
layer. A prediction counts when its span equals a gold span exactly. The stage's mention tagger is
fitted on these very files, so the figure is 5-fold held-out: each file is scored with a tagger
fitted on the other folds' files only, and with a boundary ranker fitted on the other folds'
files' held-out output (``training.mention_tagger``; the shipped tagger is fitted on all files,
the shipped ranker on every file's held-out output). ``proper_*`` restricts both sides to spans
whose words are all capitalised ("Sir Walter Elliot", "Mr. Darcy").

Pronoun accuracy: for each gold he/she/him/her/his/hers in ``coref/conll`` whose gold chain holds
a proper-name mention, correct when the stage resolved it to a character that has a name (or
vocative) mention inside a mention of that same gold chain; an unresolved pronoun counts as wrong.
The shipped pronoun ranker is fitted on these very files, so the reported figure is 5-fold
held-out (each file scored with weights fitted on the other folds); the salience-only figure
(no learned weights) is reported beside it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from ..errors import ReadError
from ..training.litbank import prf, read_coref, read_entities, score_entities, score_pronouns

__all__ = ["evaluate", "read_coref", "read_entities", "score_entities", "score_pronouns"]


def evaluate(root: Path, progress: bool = True) -> dict:
    """Score every LitBank file under root; {'overall': figures, 'files': per-file counts}."""
    from rich.progress import Progress

    root = Path(root)
    ent_dir = root / "entities" / "tsv"
    coref_dir = root / "coref" / "conll"
    if not ent_dir.is_dir():
        raise ReadError(str(root), "no entities/tsv folder: not a LitBank checkout", "litbank")
    with Progress(disable=not progress, transient=True) as bar:
        bar.add_task("fitting and scoring the mention tagger on held-out LitBank folds", total=None)
        from ..training.mention_tagger import heldout_counts

        files: dict[str, dict] = heldout_counts(ent_dir)
    if coref_dir.is_dir():
        from ..training.pronoun_ranker import cross_validate

        cv = cross_validate(coref_dir)
        cv.pop("_examples")
    else:
        cv = {"heldout_accuracy": 0.0, "salience_only_accuracy": 0.0, "pronouns": 0}
    total = defaultdict(int)
    for row in files.values():
        for k, v in row.items():
            total[k] += v
    mention = prf(total["tp"], total["pred"], total["gold"])
    proper = prf(total["proper_tp"], total["proper_pred"], total["proper_gold"])
    overall = {
        "per_mention_precision": mention["precision"],
        "per_mention_recall": mention["recall"],
        "per_mention_f1": mention["f1"],
        "proper_name_f1": proper["f1"],
        "gold_per_mentions": total["gold"],
        "pronoun_to_character_accuracy": cv["heldout_accuracy"],
        "pronoun_accuracy_salience_only": cv["salience_only_accuracy"],
        "gold_pronouns_scored": cv["pronouns"],
    }
    return {"overall": overall, "files": files}
