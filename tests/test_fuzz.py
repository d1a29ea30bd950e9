"""Property-based tests (Hypothesis) over every reader and the text stages.

Random text, random quote marks and random markup: no exception escapes (readers may
only raise `FiclensError`), offsets always lie inside the text, ordered layers never
overlap, and `analyze` runs in time roughly linear in the input's length.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ficlens.errors import FiclensError
from ficlens.pipeline import analyze, run_stages
from ficlens.readers import read_text, reader_modules

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = [
    '"', "'", "“", "”", "‘", "’", "—", "--", "\n", "\n\n", "\r\n", "  ", "\t", " ", ".", ",", "!", "?",
    "said", "she", "he", "they", "you", "Y/N", "Buffy", "Giles", "Mr. Darcy", "Miss Bennet", "the Slayer",
    "Chapter 1", "Chapter Two: Home", "Part II", "* * *", "~ ~ ~", "***", "oOo", "#", "xXx", "-x-",
    "Rating: M", "Pairing: Spike/Buffy", "A/N: thanks!", "Disclaimer: I don't own it.", "The End", "TBC",
    "kissed", "blood", "killed", "love", "don't", "'tis", "Giles'", "日本語", "\x00", "\ufeff", "<b>", "&amp;",
]

story_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=120).map("".join)

MARKUP = ["<p>", "</p>", "<div>", "</div>", "<br>", "<i>", "</i>", "<script>x()</script>", "<!--chapter content-->",
          '<dl class="tags"><dt>Rating:</dt><dd>Explicit</dd></dl>', "<h2 class='title'>T</h2>", "&nbsp;", "<"]
html_text = st.lists(st.one_of(st.sampled_from(MARKUP), story_text), max_size=40).map(
    lambda parts: "<html><body>" + "".join(parts) + "</body></html>"
)


def check_layers(work) -> None:
    n = len(work.text)
    for layer in ("paratext", "chapters", "scenes", "paragraphs", "sentences", "mentions", "quotes"):
        items = getattr(work, layer)
        for item in items:
            assert 0 <= item.start <= item.end <= n, (layer, item, n)
        if layer in ("paratext", "chapters", "scenes", "paragraphs", "sentences", "quotes"):
            for a, b in zip(items, items[1:]):
                assert a.end <= b.start, (layer, a, b)
    for q in work.quotes:
        for part in q.parts:
            assert q.start <= part.start <= part.end <= q.end
        ids = {c.id for c in work.characters}
        assert q.speaker is None or q.speaker in ids
        assert set(q.addressees) <= ids
    for m in work.mentions:
        assert m.character is None or work.character(m.character) is not None
    assert work.stats.words >= 0


@FUZZ
@given(story_text)
def test_analyze_never_raises_and_offsets_hold(text):
    check_layers(analyze(text))


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from(["x.txt", "x.html", "x.epub"]))
def test_readers_raise_only_ficlens_errors(data, name):
    for module in reader_modules():
        try:
            work = module.read(name, data)
        except FiclensError as exc:
            assert str(exc) and "\n" not in str(exc)
            continue
        check_layers(run_stages(work, ["structure"]))


@FUZZ
@given(html_text)
def test_html_reader_on_random_markup(doc):
    from ficlens.readers import html

    try:
        work = html.read("random.html", doc.encode("utf-8"))
    except FiclensError:
        return
    check_layers(run_stages(work))


@FUZZ
@given(story_text)
def test_structure_alone_keeps_reader_paratext(text):
    work = read_text(text)
    check_layers(run_stages(work, ["structure"]))


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        analyze(text)
        best = min(best, time.process_time() - t0)
    return best


@pytest.mark.parametrize(
    "unit",
    [
        '"' * 50 + "\n",
        "“Hello,” said Buffy. ‘No’, she said. " * 3 + "\n\n",
        "Chapter 1\n\n* * *\n\n" + "Giles " * 20 + "\n\n",
        "'" * 40 + " don't 'tis Giles' \n",
        "a" * 400,
        "Mr. Darcy and Miss Bennet and Mrs. Bennet and Jane. She kissed him. He died. " * 4 + "\n\n",
    ],
    ids=["quotes", "dialogue", "headings", "apostrophes", "one-word", "names"],
)
def test_analyze_time_grows_roughly_linearly(unit):
    """Quadratic behaviour on adversarial input shows as a ratio near 16 for 4x the input."""
    small = unit * max(1, 20_000 // len(unit))
    large = small * 4
    _cpu_seconds(small[:2000])
    t_small = max(_cpu_seconds(small), 0.002)
    t_large = _cpu_seconds(large)
    assert t_large / t_small < 9, (t_small, t_large)
