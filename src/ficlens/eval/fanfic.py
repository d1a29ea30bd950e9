"""The real fan-fiction set in ../shared/data/fanfic: loading it and running the pipeline over it.

Two kinds of item: the hand-labelled excerpts (``excerpts.jsonl``, each with its own fixed
``split``) and the long works (``long/<slug>.txt`` with ``<slug>.json``, split by the fixed list
below). Each metrics module (`FANFIC_METRIC_MODULES`) turns one (item, work) into counts with
``score(item, work) -> dict`` and a list of counts into figures with ``summarize(list) -> dict``;
figures are summarised per split, per set (excerpts, long works) and per site. The modules read
only the public `Work`, never a stage's internals. Definitions: docs/eval-fanfic.md.
"""

from __future__ import annotations

import importlib
import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ReadError

FANFIC_METRIC_MODULES = (
    "ficlens.eval.fanfic_structure",
    "ficlens.eval.fanfic_fandoms",
    "ficlens.eval.fanfic_content",
    "ficlens.eval.fanfic_narration",
)
SPLITS = ("check", "tune")
SETS = ("excerpts", "long")
# The long works' fixed split (decided once; the rest are tune).
LONG_CHECK = frozenset({
    "ao3-1085412-a-marauders-plan",
    "ao3-37137298-heroes-of-pelican-town",
    "ffnet-13720575-cadmean-victory-remastered",
    "hpmor-ch01-40",
})

AO3_RATINGS = ("General Audiences", "Teen And Up Audiences", "Mature", "Explicit")
# The set's own rule for a declared rating (its README): K/K+/G -> General; T/PG/PG-13 -> Teen;
# M/R -> Mature; MA/NC-17/Explicit -> Explicit. Used only to grade the long works' metadata.
GOLD_RATING_WORDS = {
    "k": 0, "k+": 0, "g": 0, "general": 0, "general audiences": 0,
    "t": 1, "pg": 1, "pg-13": 1, "teen": 1, "teen and up audiences": 1,
    "m": 2, "r": 2, "mature": 2,
    "ma": 3, "nc-17": 3, "explicit": 3,
}
ARCHIVE_WARNINGS = ("Graphic Depictions Of Violence", "Major Character Death", "Rape/Non-Con", "Underage Sex")


@dataclass
class Item:
    """One scored item: an excerpt or a long work, with what its labels say."""

    id: str
    split: str
    set: str
    site: str
    text: str
    gold: dict[str, Any]
    # Gold paratext as (start, end) spans of text, one per line (excerpts: each labelled line
    # where it occurs; long works: each non-blank line of each labelled span).
    paratext_lines: list[tuple[int, int]] = field(default_factory=list)
    # Characters inside gold paratext (long works: whole spans, blank lines included).
    paratext_spans: list[tuple[int, int]] = field(default_factory=list)


def load_items(root: Path, splits: tuple[str, ...] = SPLITS, sets: tuple[str, ...] = SETS,
               ids: list[str] | None = None) -> list[Item]:
    """The set's items under root (the fanfic folder), filtered by split, set and id."""
    root = Path(root)
    excerpts = root / "excerpts.jsonl"
    if not excerpts.is_file():
        raise ReadError(str(root), "not the fanfic set (no excerpts.jsonl)", "not_found")
    items: list[Item] = []
    if "excerpts" in sets:
        for line in excerpts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                items.append(_excerpt(json.loads(line)))
    if "long" in sets:
        for meta_path in sorted((root / "long").glob("*.json")):
            items.append(_long_work(meta_path))
    return [i for i in items if i.split in splits and (not ids or i.id in ids)]


def _excerpt(row: dict[str, Any]) -> Item:
    text = row["text"]
    item = Item(row["id"], row["split"], "excerpts", row["source"], text, row)
    item.paratext_lines = locate_lines(text, row["paratext_lines"])
    item.paratext_spans = list(item.paratext_lines)
    return item


def _long_work(meta_path: Path) -> Item:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    slug = meta["slug"]
    text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
    split = "check" if slug in LONG_CHECK else "tune"
    item = Item(slug, split, "long", meta["site"], text, meta)
    item.paratext_spans = [(s["start"], s["end"]) for s in meta["paratext_spans"]]
    for start, end in item.paratext_spans:
        for m in re.finditer(r"[^\n]+", text[start:end]):
            if m.group().strip():
                item.paratext_lines.append((start + m.start(), start + m.end()))
    return item


def locate_lines(text: str, lines: list[str]) -> list[tuple[int, int]]:
    """Where each labelled line occurs: the next occurrence after the previous line's, preferring
    one that starts a line; a line found nowhere after is looked for from the start."""
    spans = []
    pos = 0
    for line in lines:
        if not line.strip():
            continue
        at = _find_at_line_start(text, line, pos)
        if at < 0:
            at = text.find(line, pos)
        if at < 0:
            at = text.find(line)
        if at < 0:
            continue
        spans.append((at, at + len(line)))
        pos = at + len(line)
    return spans


def _find_at_line_start(text: str, line: str, pos: int) -> int:
    at = text.find(line, pos)
    while at >= 0 and at > 0 and text[at - 1] != "\n":
        at = text.find(line, at + 1)
    return at


def gold_rating(value: str | None) -> str | None:
    """The AO3 rating a declared rating string stands for by the set's rule, else None."""
    if not value:
        return None
    key = " ".join(value.lower().split())
    return AO3_RATINGS[GOLD_RATING_WORDS[key]] if key in GOLD_RATING_WORDS else None


def name_forms(name: str) -> frozenset[str]:
    """The comparable forms of a tag name: case-folded, accents and a trailing parenthesised
    disambiguation removed, each ' | ' alternative on its own ('Min Yoongi | Suga')."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    forms = set()
    for alt in plain.split("|"):
        alt = re.sub(r"\s*\([^()]*\)\s*$", "", alt.strip())
        alt = " ".join(alt.replace('"', " ").split())
        if alt:
            forms.add(alt)
    return frozenset(forms)


def names_match(a: str, b: str) -> bool:
    return bool(name_forms(a) & name_forms(b))


_ROMANTIC_SPLIT = re.compile(r"\s*/\s*")
_PLATONIC_SPLIT = re.compile(r"\s+&\s+")


def relationship_parts(name: str) -> tuple[str, list[str]]:
    """(kind, member names) of an AO3-style relationship name."""
    if "/" in name:
        return "romantic", [p for p in _ROMANTIC_SPLIT.split(name) if p]
    return "platonic", [p for p in _PLATONIC_SPLIT.split(name) if p]


def relationship_matches(gold: str, predicted: str) -> bool:
    """Same kind and the same members in any order (each member matched once)."""
    gold_kind, gold_names = relationship_parts(gold)
    pred_kind, pred_names = relationship_parts(predicted)
    if gold_kind != pred_kind or len(gold_names) != len(pred_names):
        return False
    left = list(pred_names)
    for g in gold_names:
        hit = next((p for p in left if names_match(g, p)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def rate(hit: float, total: float) -> float | None:
    return round(hit / total, 4) if total else None


def totals(counts: list[dict]) -> dict[str, float]:
    """Each numeric count summed over items."""
    out: dict[str, float] = {}
    for c in counts:
        for key, value in c.items():
            if isinstance(value, (int, float)):
                out[key] = out.get(key, 0) + value
    return out


def run(items: list[Item], progress: bool = True) -> tuple[list[dict[str, Any]], dict[str, float]]:
    """Analyse every item once; (one row per item: id, split, set, site, counts by module, errors),
    and the pipeline's speed over them."""
    from rich.console import Console
    from rich.progress import Progress

    from ..pipeline import analyze

    modules = metric_modules()
    rows = []
    words = 0
    cpu = 0.0
    with Progress(console=Console(stderr=True), disable=not progress, transient=True) as bar:
        task = bar.add_task("analysing fan fiction", total=len(items))
        for item in items:
            bar.update(task, description=f"analysing {item.id}")
            t0 = time.process_time()
            work = analyze(item.text)
            cpu += time.process_time() - t0
            words += work.stats.words
            row: dict[str, Any] = {"id": item.id, "split": item.split, "set": item.set, "site": item.site,
                                   "counts": {}, "errors": []}
            for m in modules:
                counts = m.score(item, work)
                row["errors"].extend(f"{item.id} [{item.split}] {e}" for e in counts.pop("errors", []))
                row["counts"][m.__name__] = counts
            rows.append(row)
            bar.advance(task)
    return rows, {"words": words, "cpu_seconds": round(cpu, 2), "words_per_cpu_second": round(words / cpu) if cpu else 0}


def metric_modules() -> list:
    return [importlib.import_module(name) for name in FANFIC_METRIC_MODULES]


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Figures per set and split: over all its items and per site."""
    modules = metric_modules()
    out: dict[str, Any] = {}
    for set_name in SETS:
        for split in SPLITS:
            chosen = [r for r in rows if r["set"] == set_name and r["split"] == split]
            if not chosen:
                continue
            sites = sorted({r["site"] for r in chosen})
            group = {"items": len(chosen), "all": _figures(modules, chosen), "by_site": {}}
            for site in sites:
                group["by_site"][site] = _figures(modules, [r for r in chosen if r["site"] == site])
            out.setdefault(set_name, {})[split] = group
    return out


def _figures(modules: list, rows: list[dict[str, Any]]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for m in modules:
        figures.update(m.summarize([r["counts"][m.__name__] for r in rows]))
    return figures


def evaluate(root: Path, splits: tuple[str, ...] = SPLITS, sets: tuple[str, ...] = SETS,
             ids: list[str] | None = None, progress: bool = True) -> dict[str, Any]:
    """Run and score: {'figures': per set/split/site, 'speed': ..., 'errors': [...]}."""
    items = load_items(root, splits, sets, ids)
    rows, speed = run(items, progress)
    return {
        "figures": summarize(rows),
        "speed": speed,
        "errors": [e for r in rows for e in r["errors"]],
    }
