"""Train the characters stage's models into a folder (``make train`` copies them into the package):

    python -m ficlens.training.characters SHARED_DATA_DIR OUT_DIR

OUT_DIR receives ``pronoun_ranker.json`` (fitted on LitBank coreference, ``pronoun_ranker.py``),
then ``word_clusters.json`` (derived from the shared PDNC and LitBank text, ``word_clusters.py``)
and, read with those clusters, ``mention_tagger.npz`` and ``mention_boundaries.json`` (fitted on
LitBank entities, ``mention_tagger.py``, ``mention_boundaries.py``). Each step prints its held-out
figures. The pronoun ranker learns from the stage as the package ships it (its mention tagger
included), and the mention tagger's held-out figures use the package's pronoun ranker.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..characters import tagger
from . import mention_tagger, pronoun_ranker, word_clusters


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m ficlens.training.characters SHARED_DATA_DIR OUT_DIR", file=sys.stderr)
        return 2
    shared, out_dir = Path(argv[0]), Path(argv[1])
    coref_dir = shared / "litbank" / "coref" / "conll"
    ent_dir = shared / "litbank" / "entities" / "tsv"
    for folder in (coref_dir, ent_dir):
        if not folder.is_dir():
            print(f"error: {folder} not found (expected SHARED_DATA_DIR/litbank/...)", file=sys.stderr)
            return 1
    out_dir.mkdir(parents=True, exist_ok=True)
    print(json.dumps(pronoun_ranker.write_model(coref_dir, out_dir)))
    clusters_file = out_dir / "word_clusters.json"
    print(f"{word_clusters.derive(shared, clusters_file)} words clustered")
    print(json.dumps(mention_tagger.write_models(ent_dir, tagger.load_clusters(clusters_file), out_dir)))
    print(f"wrote {', '.join(sorted(p.name for p in out_dir.iterdir()))} to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
