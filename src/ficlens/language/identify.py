"""Which language a text is written in: py3langid's naive Bayes model (shipped inside the
py3langid package) over a bounded sample of story text.

Four windows of 250 characters are enough: on the test passages the first sentence alone
(40 to 120 characters) is identified in every language tested.

The model is restricted to the languages AO3 lists (and 'zxx', no language), so that a
neighbour AO3 has no place for (Aragonese for Spanish, Nigerian Pidgin for English) cannot
win; its probabilities are softmax-normalised with a temperature that grows with the text's
length, so a short sample gets a lower confidence.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .names import table

# The sample: this many windows of this many characters, spread evenly over the story text.
SAMPLE_WINDOWS = 4
WINDOW_CHARS = 250
WORD_CUT = 30  # at most this many characters are dropped at a window's ends to cut at a space
NO_LANGUAGE = "zxx"


def model_file() -> Traversable:
    """py3langid's shipped model; a missing package or file is a `ModelError`."""
    try:
        from py3langid.langid import MODEL_DIR, MODEL_FILE
    except ImportError as exc:
        raise ModelError("py3langid", f"not installed ({exc}); pip install -r requirements.lock") from None
    path = resources.files("py3langid").joinpath(str(Path(MODEL_FILE)))
    if not path.is_file():
        raise ModelError(str(Path(MODEL_DIR) / MODEL_FILE), "py3langid's model file is missing: reinstall py3langid")
    return path


def load_identifier():
    """py3langid's identifier over AO3's languages (about 0.6 CPU s and 95 MB)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = {code for lang in table().languages for code in lang.codes}
    model.set_languages([label for label in model.labels if label in known or label in ("pt", NO_LANGUAGE)])
    # The model ships its weights as float16, which numpy multiplies without BLAS: as float32 a
    # sample is scored in half the time, for 19 MB more.
    model.nb_ptc = model.nb_ptc.astype(np.float32)
    return model


def sample(text: str, spans: list[tuple[int, int]]) -> str:
    """Up to SAMPLE_WINDOWS windows of WINDOW_CHARS characters spread evenly over the spans
    (story text), each cut back to whole words; the whole text when it is that short."""
    total = sum(end - start for start, end in spans)
    budget = SAMPLE_WINDOWS * WINDOW_CHARS
    if total <= budget:
        return "\n".join(text[start:end] for start, end in spans)
    pieces = []
    for k in range(SAMPLE_WINDOWS):
        offset = (total - WINDOW_CHARS) * k // max(1, SAMPLE_WINDOWS - 1)
        pieces.append(_window(text, spans, offset))
    return "\n".join(pieces)


def _window(text: str, spans: list[tuple[int, int]], offset: int) -> str:
    """WINDOW_CHARS characters of story text from the offset-th story character on, whole words only."""
    out: list[str] = []
    need = WINDOW_CHARS
    first = last = 0
    for start, end in spans:
        length = end - start
        if offset >= length:
            offset -= length
            continue
        last = min(end, start + offset + need)
        if not out:
            first = start + offset
        out.append(text[start + offset : last])
        need -= last - start - offset
        offset = 0
        if need <= 0:
            break
    window = " ".join(out)
    # Drop a word broken at either end; scripts written without spaces keep the whole window.
    lo, hi = 0, len(window)
    if first > 0 and text[first - 1].isalnum():
        cut = window.find(" ", 0, WORD_CUT)
        lo = cut + 1 if cut >= 0 else 0
    if last < len(text) and text[last].isalnum():
        cut = window.rfind(" ", max(lo, hi - WORD_CUT))
        hi = cut if cut >= 0 else hi
    return window[lo:hi]


def classify(identifier, sample_text: str) -> tuple[str, float]:
    """(language label, probability) of a text; label 'zxx' when it holds no language."""
    label, probability = identifier.classify(sample_text)
    return label, float(probability)
