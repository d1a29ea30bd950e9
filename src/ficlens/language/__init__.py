"""The language stage: which of AO3's languages a work without a declared one is written in.

A work whose declared language AO3 knows (an AO3 name, an ISO code, an English name) is not
classified. Otherwise a bounded sample of its story text (`identify.sample`) is classified;
the AO3 language and the model's probability go to `detected.language`, unless the
probability is below MIN_CONFIDENCE or the text holds no language.
"""

from __future__ import annotations

from ..model import Tag, Work
from ..stages import shipped_file, stage_version
from .identify import NO_LANGUAGE, classify, load_identifier, model_file, sample
from .names import Language, display_name, resolve, work_language
from .variety import portuguese_variety

VERSION = "1"
DATA_FILES = ("ao3_languages.json", "portuguese.json")

# Below this probability the sample's language is not reported.
MIN_CONFIDENCE = 0.5


class LanguageStage:
    """`detected.language` for works that declare no language AO3 knows.

    py3langid's model is checked when the stage is built (a missing one is a `ModelError`) and
    loaded on the first work that needs it, so a batch of AO3 downloads, which all declare
    their language, never pays for it.
    """

    name = "language"
    requires = ("paratext",)
    provides = ("language",)
    languages = None

    def __init__(self):
        files = [shipped_file(__package__, name) for name in DATA_FILES]
        self.version = stage_version(VERSION, [*files, model_file()])
        self.identifier = None

    def __call__(self, work: Work) -> Work:
        work.detected.language = None
        if resolve(work.declared.language) is not None:
            return work
        text = sample(work.text, [(s.start, s.end) for s in work.story_spans()])
        if not text.strip():
            return work
        if self.identifier is None:
            self.identifier = load_identifier()
        label, probability = classify(self.identifier, text)
        if label == NO_LANGUAGE or probability < MIN_CONFIDENCE:
            return work
        language = resolve(portuguese_variety(text) if label == "pt" else label)
        if language is not None:
            work.detected.language = Tag(language.name, "language", round(probability, 3))
        return work


__all__ = ["LanguageStage", "VERSION", "Language", "resolve", "work_language", "display_name"]
