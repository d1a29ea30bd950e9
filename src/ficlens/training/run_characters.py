"""The characters stage as its trainers run it: after the structure stage, with the models given."""

from __future__ import annotations

from ..characters import CharactersStage
from ..stages import SHIPPED


def analyze(text: str, weights=None, recorder=None, mention_tagger=SHIPPED, boundary_ranker=SHIPPED):
    """Structure then characters, with the ranker's weights given explicitly (None or () = salience only).

    mention_tagger and boundary_ranker: SHIPPED, None (left out) or a fitted ``tagger.Model`` /
    ``boundaries.Ranker``; recorder, a list, receives the pronoun ranker's candidates.
    """
    from ..pipeline import run_stages
    from ..readers import read_text

    work = run_stages(read_text(text), ["structure"])
    stage = CharactersStage(tagger=mention_tagger, boundary_ranker=boundary_ranker, pronoun_weights=weights or None)
    if recorder is None:
        return stage(work)
    work, recorded = stage.pronoun_candidates(work)
    recorder[:] = recorded
    return work
