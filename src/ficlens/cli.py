"""The `ficlens` command line: parses arguments and presents results; the work happens in the stages."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from .console import fail_line
from .errors import FiclensError
from .pipeline import DEFAULT_MAX_WORDS, MAX_WORDS_HELP
from .version import __version__

app = typer.Typer(
    name="ficlens",
    help=(
        "Read fan fiction and say what is in it: structure, characters, dialogue, fandom, rating, "
        "warnings and tags, each with the lines that justify it.\n\n"
        "Start with:  ficlens analyze story.html   (or a folder of stories)."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"ficlens {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True, help="Show the version."),
) -> None:
    """ficlens: fan fiction analysis, offline, on one CPU core."""


@app.command()
def analyze(
    paths: List[Path] = typer.Argument(..., help="Files or folders (walked in sorted order): .txt, .html, .epub.", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="One JSON object (schema ficlens.work/1) per input per line."),
    include_text: bool = typer.Option(False, "--include-text", help="With --json, add the extracted text that offsets index."),
    stages: Optional[str] = typer.Option(None, "--stages", help="Comma-separated stages to run (default: all)."),
    fandom_packs: List[Path] = typer.Option(
        [], "--fandoms", help="A folder of your own fandom packs (repeatable; also FICLENS_FANDOMS). See docs/packs.md.",
        file_okay=False, exists=True,
    ),
    max_words: int = typer.Option(DEFAULT_MAX_WORDS, "--max-words", help=MAX_WORDS_HELP),
) -> None:
    """Analyse works and show an AO3-style card for each (or JSON with --json).

    Inputs that cannot be read are reported on stderr, one line each, and the
    others still run; the exit status is 1 if any input failed.
    """
    from .card import render_card
    from .pipeline import Pipeline, iter_inputs

    chosen = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    try:
        # a bad pack or limit is refused before any input is read
        pipeline = Pipeline(chosen, fandom_dirs=fandom_packs or None, max_words=max_words)
    except FiclensError as exc:
        fail_line(str(exc))
        raise typer.Exit(2)
    out = Console(highlight=False, soft_wrap=False)
    failed = 0
    for path in iter_inputs([str(p) for p in paths]):
        try:
            work = pipeline.analyze(Path(path))
        except FiclensError as exc:
            failed += 1
            fail_line(str(exc))
            if as_json:
                sys.stdout.write(json.dumps(exc.to_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            continue
        if as_json:
            sys.stdout.writelines(work.json_chunks(include_text=include_text))
            sys.stdout.write("\n")
            sys.stdout.flush()
        else:
            render_card(work, out)
    if failed:
        raise typer.Exit(1)


def _register_subcommands() -> None:
    """Each area adds its own commands; heavy imports stay inside the command functions."""
    from .eval import commands as eval_commands
    from .fandoms import commands as fandom_commands
    from .library import commands as library_commands
    from . import batch

    for module in (eval_commands, fandom_commands, library_commands, batch):
        module.register(app)


_register_subcommands()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        fail_line("interrupted")
        sys.exit(130)
