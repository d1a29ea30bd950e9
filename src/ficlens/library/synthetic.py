"""Generated works for the library's benchmark and tests: varied declared and detected tags, tiny texts.

They are built directly as `Work` objects (no analysis), deterministically from a seed.
"""

from __future__ import annotations

import hashlib
import random

from ..model import Character, Declared, Detected, Quote, Relationship, Source, Span, Stats, Tag, Work

RATINGS = ["General Audiences", "Teen And Up Audiences", "Mature", "Explicit", "Not Rated"]
WARNINGS = ["No Archive Warnings Apply", "Graphic Depictions Of Violence", "Major Character Death",
            "Creator Chose Not To Use Archive Warnings"]
CATEGORIES = ["Gen", "F/M", "M/M", "F/F", "Multi", "Other"]
FANDOMS = ["Harbour Lights", "The Glass Orchard", "Starfall Academy", "Kettle & Crow", "Nine Lanterns",
           "Moth Season", "The Copper Road", "Saltmarsh"]
NAMES = ["Ada", "Bram", "Cleo", "Dov", "Esme", "Finn", "Greta", "Hal", "Ines", "Jory", "Kit", "Lena", "Milo",
         "Nell", "Oren", "Pia", "Quill", "Rosa", "Sol", "Tam"]
FREEFORMS = ["Fluff", "Angst", "Hurt/Comfort", "Slow Burn", "Found Family", "Alternate Universe", "Humor",
             "Friends to Lovers", "Road Trip", "Coffee Shops", "Enemies to Lovers", "Domestic", "Canon Divergence",
             "Time Travel", "Pining", "Happy Ending"]
WORDS = ["lantern", "harbour", "orchard", "letter", "storm", "kettle", "bridge", "violin", "winter", "garden",
         "train", "map", "feather", "mirror", "candle", "river", "library", "market", "clock", "ribbon"]
LANGUAGES = ["English"] * 8 + ["Deutsch", "Español"]


def make_work(seed: int) -> Work:
    """One generated work; the same seed always gives the same work."""
    rnd = random.Random(seed)
    fandoms = [rnd.choice(FANDOMS)] + ([rnd.choice(FANDOMS)] if rnd.random() < 0.12 else [])
    chars = rnd.sample(NAMES, rnd.randint(2, 4))
    a, b = chars[0], chars[1]
    romantic = rnd.random() < 0.6
    rel = f"{a}/{b}" if romantic else f"{a} & {b}"
    nouns = rnd.sample(WORDS, 4)
    sentences = [
        f"{a} found the {nouns[0]} by the {nouns[1]} and said nothing for a while.",
        f"\"You kept it,\" {b} said, turning the {nouns[2]} over in both hands.",
        f"\"Of course I kept it,\" {a} said. \"Where else would a {nouns[3]} go?\"",
    ]
    text = "\n\n".join(sentences * rnd.randint(1, 3)) + "\n"
    words = rnd.choice([rnd.randint(100, 999), rnd.randint(1000, 9999), rnd.randint(10000, 120000)])
    freeforms = rnd.sample(FREEFORMS, rnd.randint(1, 5))
    detected_free = rnd.sample(FREEFORMS, rnd.randint(0, 3))
    characters = [Character(id=f"c{i}", name=n, aliases=[n], mentions=10 - i, prominence=round(0.5 / (i + 1), 3))
                  for i, n in enumerate(chars)]
    quotes = []
    for m_start in _quote_spans(text):
        speaker = "c1" if len(quotes) % 2 == 0 else "c0"
        quotes.append(Quote(id=f"q{len(quotes)}", start=m_start[0], end=m_start[1], text=text[m_start[0]:m_start[1]],
                            parts=[Span(*m_start)], speaker=speaker, addressees=["c0" if speaker == "c1" else "c1"]))
    rating = rnd.choice(RATINGS)
    return Work(
        text=text,
        source=Source(path=None, format="ao3-html", sha256=hashlib.sha256(f"synthetic-{seed}".encode()).hexdigest(),
                      size=len(text)),
        declared=Declared(
            title=f"The {nouns[0].title()} and the {nouns[1].title()} {seed}",
            authors=[f"{rnd.choice(NAMES).lower()}writes{seed % 97}"],
            summary=f"{a} and {b}, a {nouns[2]}, and a great deal of {rnd.choice(WORDS)}.",
            rating=rating,
            warnings=[rnd.choice(WARNINGS)],
            categories=[rnd.choice(CATEGORIES)],
            fandoms=fandoms,
            relationships=[rel],
            characters=chars,
            additional_tags=freeforms,
            language=rnd.choice(LANGUAGES),
            words=words,
            chapters=f"{rnd.randint(1, 5)}/{rnd.choice(['5', '?'])}",
            complete=rnd.random() < 0.6,
            published=f"20{rnd.randint(10, 25):02d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        ),
        characters=characters,
        quotes=quotes,
        relationships=[Relationship(characters=["c0", "c1"], name=rel, kind="romantic" if romantic else "platonic",
                                    score=round(rnd.random(), 2))],
        detected=Detected(
            rating=Tag(name=rnd.choice(RATINGS[:4]), type="rating", confidence=0.7),
            fandoms=[Tag(name=fandoms[0], type="fandom", confidence=0.9)],
            additional_tags=[Tag(name=t, type="freeform", confidence=0.6) for t in detected_free],
        ),
        stats=Stats(words=len(text.split()), chapters=1, scenes=1, quotes=len(quotes)),
        pipeline={"ficlens": "synthetic"},
    )


def _quote_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = text.find('"')
    while pos != -1:
        end = text.find('"', pos + 1)
        if end == -1:
            break
        spans.append((pos + 1, end))
        pos = text.find('"', end + 1)
    return spans
