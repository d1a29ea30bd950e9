"""Library test helpers: a small hand-made corpus with known tags, backends, and a live server.

Imported by the library's test files (not a pytest conftest, so other areas are untouched).
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time

import pytest

from ficlens.library.storage import open_library
from ficlens.model import (Character, Declared, Detected, Paratext, Quote, Relationship, Source, Span, Stats, Tag,
                           Work)
from pg import new_database, pg_server  # noqa: F401  (re-exported fixture)


def tag(name: str, type: str, confidence: float = 0.8) -> Tag:
    return Tag(name=name, type=type, confidence=confidence)


def make(key: str, text: str, **declared) -> Work:
    detected = declared.pop("detected", Detected())
    words = declared.get("words")
    return Work(
        text=text,
        source=Source(path=None, format="ao3-html", sha256=hashlib.sha256(key.encode()).hexdigest(), size=len(text)),
        declared=Declared(**declared),
        detected=detected,
        stats=Stats(words=words if words is not None else len(text.split())),
        pipeline={"ficlens": "test"},
    )


def corpus() -> dict[str, Work]:
    """Five works whose tags make every filter's answer known in advance (stored in this order)."""
    return {
        "harbour": make(
            "harbour", "The lantern keepers climbed the tower at dusk and lit the first lamp.\n",
            title="Lanterns Over the Harbour", authors=["alice"], summary="Two keepers light the harbour lamps.",
            rating="General Audiences", warnings=["No Archive Warnings Apply"], categories=["F/F"],
            fandoms=["Harbour Lights"], relationships=["Mara/Ines"], characters=["Mara", "Ines"],
            additional_tags=["Fluff", "Slow Burn"], language="English", words=1200, complete=True,
            detected=Detected(additional_tags=[tag("Hurt/Comfort", "freeform")]),
        ),
        "storm": make(
            "storm", "Rain hammered the shutters while she wrote the storm letters by candlelight.\n",
            title="Storm Letters", authors=["bram"], summary="Letters written while the storm raged.",
            rating="Mature", warnings=["Graphic Depictions Of Violence"], categories=["Gen"],
            fandoms=["Harbour Lights", "Saltmarsh"], characters=["Mara"], additional_tags=["Angst"],
            language="English", words=5000, complete=False,
            detected=Detected(rating=tag("Explicit", "rating"), additional_tags=[tag("Fluff", "freeform")]),
        ),
        "orchard": make(
            "orchard",
            "A lantern, a lantern, another lantern swung in the orchard; lantern light everywhere, lantern upon "
            "lantern.\n",
            title="The Quiet Orchard", authors=["cleo"], summary="Nobody leaves the orchard.",
            rating="Teen And Up Audiences", warnings=["Major Character Death"], categories=["M/M"],
            fandoms=["The Glass Orchard"], relationships=["Tomas/Pell"], characters=["Tomas", "Pell"],
            additional_tags=["Angst", "Found Family"], language="Deutsch", words=300, complete=True,
        ),
        "kettle": make(
            "kettle", "The kettle sang, and the crow on the sill sang back.\n",
            title="Kettle Song", authors=["dov"], words=20000,
            detected=Detected(
                rating=tag("General Audiences", "rating"), fandoms=[tag("Kettle & Crow", "fandom")],
                additional_tags=[tag("Fluff", "freeform")],
            ),
        ),
    }


HOSTILE_QUERIES = [
    '"unbalanced', 'lantern"', '"""', "NEAR(lantern harbour)", "lantern NEAR harbour", "*", "lan*", "title:storm",
    "'; DROP TABLE works; --", "works; DELETE FROM tags", "a OR b AND NOT c", "(", ")", "^lantern", "-lantern",
    "lantern:", ":", "{title summary}: storm", "\\", "%", "?", "$1", "\x00", "storm & !rain | lantern:*",
    "<script>alert(1)</script>", "ünïcödé 漢字", "' OR 1=1 --", "lantern\x00harbour", "storm\x1b[31m",
    "9" * 40, "lantern " * 30,
]


def fill(library, works: dict[str, Work]) -> dict[str, int]:
    """Store the works in order; their ids by key."""
    return {key: library.add(w)[0] for key, w in works.items()}


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend_url(request, tmp_path_factory):
    """An empty library location for each backend (PostgreSQL: a fresh database on the test server)."""
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp("lib") / "library.sqlite")
    return new_database(request.getfixturevalue("pg_server"))


@pytest.fixture(scope="module")
def filled(backend_url):
    """(library, ids by key) with the corpus stored."""
    library = open_library(backend_url)
    ids = fill(library, corpus())
    yield library, ids
    library.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving the library app in a thread on 127.0.0.1 and a free port."""

    def __init__(self, app):
        import uvicorn

        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def story_with_dialogue(title: str = "A Cup of Tea", key: str = "tea") -> Work:
    """A work with paratext, characters, attributed quotes and a relationship, for the reader view."""
    note = "Author's note: thank you for reading!\n\n"
    body = ('"Is the tea ready?" asked Wren.\n\n"Almost," said Juno, pouring. "Sit down."\n\n'
            "Wren sat, and for a while neither of them spoke.\n")
    text = note + body
    base = len(note)

    def quote(qid: str, words: str, speaker: str, addressee: str, occurrence: int = 0) -> Quote:
        start = text.index(words, base if occurrence == 0 else text.index(words, base) + 1)
        return Quote(id=qid, start=start, end=start + len(words), text=words, parts=[Span(start, start + len(words))],
                     speaker=speaker, addressees=[addressee], confidence=0.9)

    work = make(key, text, title=title, authors=["wrenwrites"], summary="Tea, and then quiet.",
                rating="General Audiences", fandoms=["Teacups"], additional_tags=["Fluff", "Domestic"],
                relationships=["Wren/Juno"], characters=["Wren", "Juno"], words=30, complete=True)
    work.paratext = [Paratext(start=0, end=len(note) - 2, kind="author_note")]
    work.characters = [Character(id="c0", name="Wren", aliases=["Wren"], mentions=3, prominence=0.6, quotes=1),
                       Character(id="c1", name="Juno", aliases=["Juno"], mentions=2, prominence=0.4, quotes=2)]
    work.quotes = [quote("q0", "Is the tea ready?", "c0", "c1"), quote("q1", "Almost,", "c1", "c0"),
                   quote("q2", "Sit down.", "c1", "c0")]
    work.relationships = [Relationship(characters=["c0", "c1"], name="Wren/Juno", kind="romantic", score=0.8)]
    work.stats.quotes = 3
    return work


def hostile_work() -> Work:
    """A work whose every field tries to inject markup or script."""
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    work = make("hostile", f"Before {evil} after.\n\n\"<b>bold</b> words\" she said.\n",
                title=f"Title {evil}", authors=[f"author{evil}"], summary=f"Summary {evil}",
                rating="General Audiences", fandoms=[f"Fandom{evil}"], additional_tags=[f"Tag{evil}"],
                characters=[f"Name{evil}"], url="javascript:alert(1)", words=10)
    work.characters = [Character(id="c0", name=f"Char{evil}", aliases=[f"Char{evil}"], mentions=1, prominence=1.0)]
    start = work.text.index("<b>")
    end = work.text.index(" words") + len(" words")
    work.quotes = [Quote(id="q0", start=start, end=end, text=work.text[start:end], parts=[Span(start, end)],
                         speaker="c0")]
    work.relationships = [Relationship(characters=["c0"], name=f"Rel{evil}", kind="platonic", score=0.5)]
    return work
