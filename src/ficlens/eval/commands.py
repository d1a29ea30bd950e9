"""`ficlens eval pdnc DIR`, `ficlens eval litbank DIR` and `ficlens eval fanfic DIR`: scores on the shared corpora.

Each novel is analysed once; each metrics module turns (gold, work) into counts with
``score(...) -> dict[str, float]`` and the counts of all novels into figures with
``summarize(list[dict]) -> dict[str, float]``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import typer

eval_app = typer.Typer(help="Measure ficlens on annotated corpora (PDNC, LitBank, real fan fiction).", no_args_is_help=True)

PDNC_METRIC_MODULES = ("ficlens.eval.pdnc_characters", "ficlens.eval.pdnc_dialogue")


def _metric_modules(names):
    import importlib

    mods = []
    for name in names:
        try:
            mods.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return mods


def evaluate_pdnc(root: Path, novels: list[str] | None = None, progress: bool = True) -> dict:
    """Analyse every PDNC novel under root and score it.

    Returns {'novels': {name: counts}, 'validation': figures, 'development': figures, 'overall':
    figures over every novel scored}; a part of the fixed split (`pdnc.VALIDATION_NOVELS`) without
    a novel scored is left out."""
    from rich.progress import Progress

    from ..pipeline import analyze
    from .pdnc import SPLITS, load_novel, novel_dirs, split_of

    modules = _metric_modules(PDNC_METRIC_MODULES)
    dirs = [d for d in novel_dirs(root) if not novels or d.name in novels]
    per_novel: dict[str, dict] = {}
    counts_by_part: dict[str, dict[str, list[dict]]] = {
        part: {m.__name__: [] for m in modules} for part in ("overall", *SPLITS)
    }
    scored = dict.fromkeys(("overall", *SPLITS), 0)
    words = 0
    cpu = 0.0
    with Progress(disable=not progress, transient=True) as bar:
        task = bar.add_task("analysing PDNC novels", total=len(dirs))
        for d in dirs:
            novel = load_novel(d)
            t0 = time.process_time()
            work = analyze(novel.text)
            cpu += time.process_time() - t0
            words += work.stats.words
            row: dict = {"split": split_of(d.name)}
            scored["overall"] += 1
            scored[row["split"]] += 1
            for m in modules:
                counts = m.score(novel, work)
                for part in ("overall", row["split"]):
                    counts_by_part[part][m.__name__].append(counts)
                row.update(counts)
            per_novel[d.name] = row
            bar.advance(task)
    result: dict = {"novels": per_novel}
    for part in (*SPLITS, "overall"):
        if not scored[part]:
            continue
        figures: dict = {"novels": scored[part]}
        for m in modules:
            figures.update(m.summarize(counts_by_part[part][m.__name__]))
        result[part] = figures
    result.setdefault("overall", {})["words_per_cpu_second"] = round(words / cpu) if cpu else 0
    return result


LITBANK_PARTS = ("characters", "quotations")


def evaluate_litbank(root: Path, parts: tuple[str, ...] = LITBANK_PARTS, progress: bool = True) -> dict:
    """LitBank figures: 'characters' (PER mentions and pronouns, held out by file) and 'quotations'
    (speakers of LitBank's quotes, out of domain), each {'overall', 'files'}."""
    from . import litbank, litbank_quotes

    result: dict = {}
    if "characters" in parts:
        result["characters"] = litbank.evaluate(root, progress=progress)
    if "quotations" in parts:
        result["quotations"] = litbank_quotes.evaluate(root, progress=progress)
    return result


def _print(result: dict, as_json: bool, parts: tuple[str, ...] = ("overall",)) -> None:
    """The figures of each part as columns (the first is the headline), or everything as JSON."""
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    parts = tuple(p for p in parts if p in result)
    table = Table(title=" / ".join(parts))
    table.add_column("metric")
    for k, part in enumerate(parts):
        table.add_column(f"{part} (headline)" if k == 0 and len(parts) > 1 else part, justify="right")
    names = list(dict.fromkeys(name for part in parts for name in result[part]))
    for name in names:
        cells = [result[part].get(name) for part in parts]
        table.add_row(name, *("–" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v) for v in cells))
    Console().print(table)


@eval_app.command("pdnc")
def pdnc_command(
    root: Path = typer.Argument(..., help="The PDNC folder, e.g. ../shared/data/pdnc.", exists=True, file_okay=False),
    novel: list[str] = typer.Option(None, "--novel", help="Only these novels (folder names)."),
    as_json: bool = typer.Option(False, "--json", help="Print every figure, per novel too, as JSON."),
) -> None:
    """Character coverage, merged clusters, quote recall, speaker and addressee accuracy on PDNC: the
    validation novels (the headline), the development novels and all of them."""
    _print(evaluate_pdnc(root, novel or None), as_json, ("validation", "development", "overall"))


@eval_app.command("litbank")
def litbank_command(
    root: Path = typer.Argument(..., help="The LitBank folder, e.g. ../shared/data/litbank.", exists=True, file_okay=False),
    only: str = typer.Option("both", "--only", help="characters (PER mentions, pronouns), quotations (speakers) or both."),
    as_json: bool = typer.Option(False, "--json", help="Print every figure, per file too, as JSON."),
) -> None:
    """PER mention F1 and pronoun-to-character accuracy (held out by file), and the speakers of
    LitBank's quotations (all of them, and those whose speaker is a named character) on LitBank."""
    if only not in (*LITBANK_PARTS, "both"):
        raise typer.BadParameter("--only is characters, quotations or both")
    result = evaluate_litbank(root, LITBANK_PARTS if only == "both" else (only,))
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    for part, figures in result.items():
        _print({part: figures["overall"]}, False, (part,))


@eval_app.command("fanfic")
def fanfic_command(
    root: Path = typer.Argument(..., help="The fan-fiction set, e.g. ../shared/data/fanfic.", exists=True, file_okay=False),
    split: str = typer.Option("both", "--split", help="check, tune or both (check is the headline)."),
    subset: str = typer.Option("all", "--set", help="excerpts, long (the long works) or all."),
    item: list[str] = typer.Option(None, "--item", help="Only these items (excerpt ids or long-work slugs)."),
    errors: bool = typer.Option(False, "--errors", help="Also list each miss with its item id and the text involved."),
    as_json: bool = typer.Option(False, "--json", help="Print every figure, per site too, as JSON."),
) -> None:
    """Paratext, declared labels, fandoms, characters, relationships, rating, warnings and point of view
    on real fan fiction, per figure and per site, for the check and tune halves."""
    from .fanfic import SETS, SPLITS, evaluate

    splits = SPLITS if split == "both" else (split,)
    sets = SETS if subset == "all" else (subset,)
    if not set(splits) <= set(SPLITS) or not set(sets) <= set(SETS):
        raise typer.BadParameter("--split is check, tune or both; --set is excerpts, long or all")
    result = evaluate(root, splits, sets, item or None)
    if not errors:
        del result["errors"]
    if as_json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    _print_fanfic(result)


def _print_fanfic(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:
        console.width = 150
    for set_name, by_split in result["figures"].items():
        for split, group in by_split.items():
            sites = list(group["by_site"])
            headline = " (headline)" if split == "check" else ""
            table = Table(title=f"{set_name} · {split}{headline} · {group['items']} items")
            table.add_column("figure", no_wrap=True)
            for column in ["all", *sites]:
                table.add_column(_SITE_SHORT.get(column, column), justify="right", no_wrap=True)
            for name, value in group["all"].items():
                cells = [value, *(group["by_site"][s].get(name) for s in sites)]
                table.add_row(name, *(_cell(v) for v in cells))
            console.print(table)
    speed = result["speed"]
    console.print(f"{speed['words']:,} words analysed at {speed['words_per_cpu_second']:,} words per CPU second")
    for line in result.get("errors", []):
        console.print(line, markup=False, highlight=False)


_SITE_SHORT = {"livejournal": "lj", "dreamwidth": "dw", "archive": "archives"}


def _cell(value) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
