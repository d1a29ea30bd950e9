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
    """Analyse every PDNC novel under root and return {'novels': {name: counts}, 'overall': figures}."""
    from rich.progress import Progress

    from ..pipeline import analyze
    from .pdnc import load_novel, novel_dirs

    modules = _metric_modules(PDNC_METRIC_MODULES)
    dirs = [d for d in novel_dirs(root) if not novels or d.name in novels]
    per_novel: dict[str, dict] = {}
    counts_by_module: dict[str, list[dict]] = {m.__name__: [] for m in modules}
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
            row: dict = {}
            for m in modules:
                counts = m.score(novel, work)
                counts_by_module[m.__name__].append(counts)
                row.update(counts)
            per_novel[d.name] = row
            bar.advance(task)
    overall: dict = {}
    for m in modules:
        overall.update(m.summarize(counts_by_module[m.__name__]))
    overall["words_per_cpu_second"] = round(words / cpu) if cpu else 0
    return {"novels": per_novel, "overall": overall}


def evaluate_litbank(root: Path, progress: bool = True) -> dict:
    from .litbank import evaluate

    return evaluate(root, progress=progress)


def _print(result: dict, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="overall")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for k, v in result["overall"].items():
        table.add_row(k, f"{v:.3f}" if isinstance(v, float) else str(v))
    Console().print(table)


@eval_app.command("pdnc")
def pdnc_command(
    root: Path = typer.Argument(..., help="The PDNC folder, e.g. ../shared/data/pdnc.", exists=True, file_okay=False),
    novel: list[str] = typer.Option(None, "--novel", help="Only these novels (folder names)."),
    as_json: bool = typer.Option(False, "--json", help="Print every figure, per novel too, as JSON."),
) -> None:
    """Character coverage, merged clusters, quote recall, speaker and addressee accuracy on PDNC."""
    _print(evaluate_pdnc(root, novel or None), as_json)


@eval_app.command("litbank")
def litbank_command(
    root: Path = typer.Argument(..., help="The LitBank folder, e.g. ../shared/data/litbank.", exists=True, file_okay=False),
    as_json: bool = typer.Option(False, "--json", help="Print every figure as JSON."),
) -> None:
    """PER mention F1 and pronoun-to-character accuracy on LitBank."""
    _print(evaluate_litbank(root), as_json)


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
