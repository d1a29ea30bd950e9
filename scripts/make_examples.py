"""Rebuild examples/the_borrowed_violin_fanficfare.epub (a FanFicFare-style EPUB) from the text below.

Run: .venv/bin/python scripts/make_examples.py
The build is byte-for-byte reproducible; tests/test_readers_epub.py checks the committed file matches.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from epub_builder import Story, build_fanficfare_epub  # noqa: E402

EPUB_EXAMPLE = ROOT / "examples" / "the_borrowed_violin_fanficfare.epub"

CHAPTER_ONE = [
    "It was Mrs. Hudson who noticed that the violin was missing, which Holmes afterwards said was the most "
    "instructive part of the whole affair.",
    "\u201cMr. Holmes,\u201d she said, standing in the doorway of our sitting room with a tray of tea and an "
    "expression of great suspicion, \u201cyou have not played that wretched instrument in three days. Either you "
    "are ill, or it is gone.\u201d",
    "Holmes did not look up from his chemical bench. \u201cI am perfectly well, Mrs. Hudson.\u201d",
    "\u201cThen it is gone.\u201d",
    "I set down my newspaper. It was true that the house had been unusually peaceful. I had slept through two "
    "whole nights without being woken at three in the morning by a mournful air of Holmes\u2019s own composition, "
    "and I had put the blessing down to the mild weather. Now that I looked, the case that usually lay open on "
    "the chair by the window was closed and pushed beneath it.",
    "\u201cHolmes,\u201d I said, \u201cis the Stradivarius in that case?\u201d",
    "He sighed, laid down his pipette, and turned to face us both with the air of a man surrendering a fortress "
    "he had never expected to hold. \u201cNo, Watson. It is not.\u201d",
    "\u201cThen where is it?\u201d",
    "\u201cIn the possession of a nine-year-old boy named Thomas Pike, who lives above a bootmaker\u2019s in Seven "
    "Dials and who, as of Tuesday, owes me one violin and a considerable quantity of rosin.\u201d",
    "Mrs. Hudson put down the tray so sharply that the spoons jumped. \u201cYou gave it away?\u201d",
    "\u201cI lent it,\u201d said Holmes, with dignity. \u201cThere is a difference, and I should be obliged if the "
    "household would observe it.\u201d",
    "<hr/>",
    "The story, when I had coaxed it out of him over the tea, was this. On Monday he had gone to Seven Dials in "
    "the character of an out-of-work musician, following a matter that need not concern us here. In the course "
    "of it he had played in the street for an afternoon, and a small ragged boy had sat on the kerb across the "
    "way and listened to every note without moving.",
    "\u201cHe did not beg,\u201d Holmes said. \u201cHe did not pick my pocket, though he could have done so with "
    "ease; I saw him judge the distance twice. He only listened. When I stopped, he asked me how the sound was "
    "made to go up at the end of a phrase, as if it were asking a question.\u201d",
    "\u201cAnd you showed him.\u201d",
    "\u201cI showed him. He had it in a quarter of an hour, Watson. A quarter of an hour. I have known "
    "professional players who did not have it in a year.\u201d He looked into his cup. \u201cSo I left the "
    "instrument with him until Friday, with instructions to practise the scale I had written out, and a "
    "promise that I would return to hear it.\u201d",
]

CHAPTER_TWO = [
    "Friday came in grey and damp, and Holmes was restless from breakfast onward. He took up the newspaper and "
    "put it down. He took up his pipe and did not light it. At four o\u2019clock he rose abruptly, took his hat "
    "and coat from the stand, and looked at me.",
    "\u201cWell, Doctor? Are you coming to the concert, or must I report on it to you afterwards?\u201d",
    "I was already reaching for my stick.",
    "Seven Dials in the rain is not a place that any guidebook recommends. We made our way through the narrow "
    "streets past shuttered shops and doorways full of people who watched us with frank and professional "
    "interest, until we came to the bootmaker\u2019s. Holmes did not knock. He stood in the street, his collar "
    "turned up, and listened.",
    "From somewhere above us, thin and hesitant and entirely recognisable, came a scale. It went up. It came "
    "down. At the top it wavered, and then, very deliberately, it rose at the end like a question.",
    "I looked at my friend. There are not many occasions in our long acquaintance when I have seen Sherlock "
    "Holmes at a loss for words, but I count that as one of them.",
    "The window above the shop opened and a small face looked down at us. \u201cMister!\u201d called Thomas "
    "Pike. \u201cI done it every day. Twice on Wednesday. Mum says if I do it once more she\u2019ll put me out "
    "with the cat.\u201d",
    "\u201cYour mother,\u201d said Holmes gravely, \u201cis a woman of rare patience. Come down, if you please, "
    "and bring the instrument.\u201d",
    "<hr/>",
    "We walked home with the violin case under Holmes\u2019s arm. He was quiet for a long while, and I did not "
    "disturb him.",
    "\u201cI have arranged,\u201d he said at last, as we turned into Baker Street, \u201cfor a certain teacher of "
    "my acquaintance in Soho to take the boy on. The fees are paid until Christmas. After Christmas we shall "
    "see.\u201d",
    "\u201cYou are a sentimentalist, Holmes.\u201d",
    "\u201cI am nothing of the kind. Talent is a resource, Watson, and it is a crime to waste a resource.\u201d "
    "He glanced at me sidelong. \u201cYou will not put this in one of your stories.\u201d",
    "\u201cCertainly not,\u201d I said.",
    "That night, at a little after three in the morning, I was woken by the violin. It was not one of his "
    "mournful airs. It was a scale, played slowly and very carefully, and at the top of it the last note rose, "
    "like a question, and was answered.",
]

STORY = Story(
    title="The Borrowed Violin",
    author="ficlens_examples",
    chapters=[("Chapter 1: The Missing Instrument", CHAPTER_ONE), ("Chapter 2: Seven Dials", CHAPTER_TWO)],
    summary="Mrs. Hudson notices the violin has gone quiet. Holmes has lent it to someone, and he would rather "
    "not discuss it. A small case, told by Watson.",
    rating="K",
    fandoms=["Sherlock Holmes"],
    relationships=["Sherlock H. & John W."],
    characters=["Sherlock H.", "John W.", "Mrs. Hudson"],
    additional_tags=["Friendship", "Hurt/Comfort"],
    published="2024-02-10",
    completed="2024-02-17",
    words=886,
    url="https://www.fanfiction.net/s/99000003/1/The-Borrowed-Violin",
)


def build(path: Path = EPUB_EXAMPLE) -> Path:
    return build_fanficfare_epub(path, STORY)


if __name__ == "__main__":
    print(build())
