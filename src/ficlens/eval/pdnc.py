"""Loader for the Project Dialogism Novel Corpus (PDNC) as laid out in ../shared/data/pdnc."""

from __future__ import annotations

import ast
import csv
from dataclasses import dataclass, field
from pathlib import Path

# The fixed split of the 18 shared novels, decided once by the project: no rule, word list,
# threshold or learned weight is written or fitted while looking at the validation novels (only
# their aggregate figures are read); the speaker ranker is trained on the development novels.
VALIDATION_NOVELS = frozenset(
    {"AlicesAdventuresInWonderland", "AnneOfGreenGables", "DaisyMiller", "MansfieldPark", "PrideAndPrejudice",
     "WhereAngelsFearToTread"}
)
SPLITS = ("validation", "development")


def split_of(name: str) -> str:
    """'validation' or 'development': the part of the fixed split a novel folder belongs to."""
    return "validation" if name in VALIDATION_NOVELS else "development"


@dataclass
class GoldQuote:
    id: str
    spans: list[tuple[int, int]]  # character offsets into the novel text, quote marks excluded
    text: str
    speaker: str  # main name of the speaking character
    addressees: list[str]
    type: str  # Explicit, Anaphoric, Implicit


@dataclass
class GoldCharacter:
    id: str
    name: str
    aliases: list[str]
    gender: str
    category: str


@dataclass
class Novel:
    name: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)
    characters: list[GoldCharacter] = field(default_factory=list)

    def alias_to_name(self) -> dict[str, str]:
        """Every alias (lower-cased) to its character's main name; ambiguous aliases map to ''."""
        out: dict[str, str] = {}
        for c in self.characters:
            for a in {c.name, *c.aliases}:
                key = a.lower()
                out[key] = c.name if out.get(key, c.name) == c.name else ""
        return out


def _literal(value: str):
    return ast.literal_eval(value) if value else []


def load_novel(folder: Path) -> Novel:
    folder = Path(folder)
    text = (folder / "novel_text.txt").read_text(encoding="utf-8")
    novel = Novel(name=folder.name, text=text)
    with open(folder / "character_info.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            aliases = sorted(_literal(row["Aliases"])) if row["Aliases"].startswith("{") else [row["Aliases"]]
            novel.characters.append(
                GoldCharacter(row["Character ID"], row["Main Name"], aliases, row["Gender"], row.get("Category", ""))
            )
    with open(folder / "quotation_info.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            spans = [tuple(s) for s in _literal(row["quoteByteSpans"])]
            novel.quotes.append(
                GoldQuote(
                    id=row["quoteID"],
                    spans=spans,
                    text=row["quoteText"],
                    speaker=row["speaker"],
                    addressees=list(_literal(row["addressees"])),
                    type=row["quoteType"],
                )
            )
    return novel


def novel_dirs(root: Path) -> list[Path]:
    """Novel folders under root, sorted."""
    root = Path(root)
    return sorted(p for p in root.iterdir() if (p / "novel_text.txt").is_file())


def load_corpus(root: Path) -> list[Novel]:
    return [load_novel(p) for p in novel_dirs(root)]
