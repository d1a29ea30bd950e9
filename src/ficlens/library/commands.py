"""Library commands: add, search, serve, export, reindex, calibre-tags (heavy imports stay inside the commands)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..pipeline import DEFAULT_MAX_WORDS, MAX_WORDS_HELP

DB_HELP = "Library: an SQLite file or a postgresql:// URL (default: $FICLENS_DB, else one in your data folder)."
FANDOMS_HELP = "A folder of your own fandom packs (repeatable; also FICLENS_FANDOMS). See docs/packs.md."


def _fail(message: str) -> None:
    from ..console import fail_line

    fail_line(message)


def _pipeline(fandom_packs: List[Path], max_words: int = DEFAULT_MAX_WORDS):
    """The analysis pipeline, built once for the command; a bad pack or limit is refused before any work."""
    from ..errors import FiclensError
    from ..pipeline import Pipeline

    try:
        return Pipeline(fandom_dirs=fandom_packs or None, max_words=max_words)
    except FiclensError as exc:
        _fail(str(exc))
        raise typer.Exit(2)


def _open(db: Optional[str]):
    from ..errors import FiclensError
    from .storage import open_library

    try:
        return open_library(db)
    except FiclensError as exc:
        _fail(str(exc))
        raise typer.Exit(1)


def add(
    paths: Optional[List[Path]] = typer.Argument(
        None, help="Files or folders (walked in sorted order); a calibre library folder is read as one.",
        show_default=False,
    ),
    calibre: List[Path] = typer.Option(
        [], "--calibre", help="A calibre library folder (with metadata.db): its books and their calibre and "
        "FanFicFare metadata, each stored once under its calibre id (repeatable). See docs/calibre.md.",
    ),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    fandom_packs: List[Path] = typer.Option([], "--fandoms", help=FANDOMS_HELP, file_okay=False, exists=True),
    max_words: int = typer.Option(DEFAULT_MAX_WORDS, "--max-words", help=MAX_WORDS_HELP),
) -> None:
    """Analyse works and store them in the library (each work in its own transaction).

    Files already stored (same content) are skipped without re-analysis, so running the
    same add again after a crash or Ctrl-C resumes where it stopped. A calibre library's books
    are stored once each; a book whose file or calibre metadata changed is updated. Bad files
    are reported one line each; the others go on and the exit status is 1.
    """
    from .ingest import Report, add_calibre, add_paths

    if not paths and not calibre:
        _fail("nothing to add: give files, folders or --calibre LIBRARY_DIR")
        raise typer.Exit(2)
    pipeline = _pipeline(fandom_packs, max_words)
    library = _open(db)
    report = Report()
    with library:
        for library_dir in calibre:
            add_calibre(library, str(library_dir), on_error=_fail, report=report, pipeline=pipeline)
        add_paths(library, [str(p) for p in paths or []], on_error=_fail, pipeline=pipeline, report=report)
    updated = f"updated {report.updated}, " if report.updated else ""
    typer.echo(f"added {report.added}, {updated}already stored {report.skipped}, failed {report.failed}", err=True)
    if report.failed:
        raise typer.Exit(1)


def calibre_tags(
    library_dir: Path = typer.Argument(..., help="The calibre library folder (with metadata.db).", show_default=False),
    column: str = typer.Option("ficlens", "--column", help="Lookup name of the tag-like custom column to write "
                               "(created if missing; it must start with 'ficlens')."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only say what would change; calibre is not touched."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Write ficlens's detected labels (rating, warnings, fandoms, relationships, characters, tags) into a
    calibre custom column, through calibre's own calibredb.

    Books come from `ficlens add --calibre LIBRARY_DIR`; books not analysed yet are counted and left
    alone. Books whose column already holds the same labels are not touched.
    """
    from ..errors import FiclensError
    from . import calibre_tags as tags

    library = _open(db)
    try:
        with library:
            plan = tags.plan(library, str(library_dir), column)
        if dry_run:
            if plan.create_column:
                typer.echo(f"would create the custom column #{column}")
            for book_id, title, labels in plan.changes:
                typer.echo(f"would set #{column} of book {book_id} ({title}): {', '.join(labels) or '(nothing)'}")
        else:
            tags.calibredb_path()
            tags.apply(str(library_dir), column, plan)
    except FiclensError as exc:
        _fail(str(exc))
        raise typer.Exit(1)
    verb = "would set" if dry_run else "set"
    typer.echo(f"{verb} #{column} on {len(plan.changes)} books, unchanged {plan.unchanged}, "
               f"not in the ficlens library {len(plan.not_analysed)}", err=True)


def reindex(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    force: bool = typer.Option(False, "--all", help="Re-analyse every work, not only those of older stage versions."),
    fandom_packs: List[Path] = typer.Option([], "--fandoms", help=FANDOMS_HELP, file_okay=False, exists=True),
) -> None:
    """Re-analyse works stored by an older pipeline: another version of ficlens, of a stage's code
    or of its models and packs (each work replaced in one transaction)."""
    from .ingest import reindex_library

    pipeline = _pipeline(fandom_packs)
    library = _open(db)
    with library:
        report = reindex_library(library, force=force, on_error=_fail, pipeline=pipeline)
    typer.echo(f"reindexed {report.added}, up to date {report.skipped}, failed {report.failed}", err=True)
    if report.failed:
        raise typer.Exit(1)


def search(
    query: str = typer.Argument("", help="Words to find (title and summary weigh most). Quote a phrase."),
    tag: List[str] = typer.Option([], "--tag", help="Include a tag of any type; 'declared:X' or 'detected:X' to say which."),
    exclude: List[str] = typer.Option([], "--exclude", help="Drop works with this tag (same forms as --tag)."),
    rating: List[str] = typer.Option([], "--rating", help="Rating (several: any of them)."),
    warning: List[str] = typer.Option([], "--warning", help="Archive warning that must be present."),
    exclude_warning: List[str] = typer.Option([], "--exclude-warning", help="Archive warning that must be absent."),
    category: List[str] = typer.Option([], "--category", help="Category (F/M, M/M, Gen...)."),
    fandom: List[str] = typer.Option([], "--fandom", help="Fandom."),
    character: List[str] = typer.Option([], "--character", help="Character."),
    relationship: List[str] = typer.Option([], "--relationship", help="Relationship."),
    words: Optional[str] = typer.Option(None, "--words", help="Word count: >1000, <500, 1000-5000."),
    complete: Optional[bool] = typer.Option(None, "--complete/--incomplete", help="Only complete (or in-progress) works."),
    crossover: Optional[bool] = typer.Option(None, "--crossover/--no-crossover", help="Only crossovers (or none)."),
    language: Optional[str] = typer.Option(None, "--language", help="Language."),
    sort: str = typer.Option("best", "--sort", help="best, words, added, title or author."),
    page: int = typer.Option(1, "--page", help="Page number."),
    per_page: int = typer.Option(20, "--per-page", help="Results per page (at most 100)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object: total, page and the works."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Search the library with AO3's filters; declared and detected tags are both searchable."""
    from .search import QueryError
    from .web.params import build_query

    try:
        q = build_query(
            text=query, tag=tag, exclude=exclude, rating=rating, warning=warning, exclude_warning=exclude_warning,
            category=category, fandom=fandom, character=character, relationship=relationship, words=words,
            complete=complete, crossover=crossover, language=language, sort=sort, page=page, per_page=per_page,
        )
    except QueryError as exc:
        _fail(str(exc))
        raise typer.Exit(2)
    library = _open(db)
    with library:
        result = library.search(q)
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape

    out = Console(highlight=False)
    out.print(f"{result.total} works (page {result.page})")
    for w in result.works:
        b = w.blurb
        authors = ", ".join(b.get("authors") or [])
        tags = ", ".join((b.get("fandoms") or []) + (b.get("relationships") or []) + (b.get("additional_tags") or []))
        file = f" · {b['source_file']}" if b.get("source_file") else ""
        out.print(f"[bold]#{w.id} {escape(b.get('title') or 'Untitled')}[/]" + (f" by {escape(authors)}" if authors else "")
                  + f"  [dim]{b.get('rating') or b['detected'].get('rating') or 'Not Rated'} · {b.get('words') or 0} words"
                  + f"{escape(file)}[/]")
        if tags:
            out.print("   " + escape(tags), soft_wrap=False)


def export(
    out: Path = typer.Argument(..., help="Output file.", show_default=False),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl (full documents), csv or parquet (one row per work)."),
    include_text: bool = typer.Option(False, "--include-text", help="Add each work's text."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the library: JSON lines of full documents, or a flat table as CSV or Parquet."""
    from ..errors import FiclensError
    from .export import FORMATS, export_library

    if fmt not in FORMATS:
        _fail(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        raise typer.Exit(2)
    library = _open(db)
    with library:
        try:
            n = export_library(library, out, fmt, include_text=include_text)
        except FiclensError as exc:
            _fail(str(exc))
            raise typer.Exit(1)
    typer.echo(f"exported {n} works to {out}", err=True)


def serve(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback by default)."),
    port: int = typer.Option(8000, "--port", help="Port."),
) -> None:
    """Serve the library's web page and JSON API (/api, described at /api/docs)."""
    import uvicorn

    from .web.app import create_app, is_loopback

    library = _open(db)
    if not is_loopback(host):
        _fail(f"warning: serving on {host}, reachable from other machines; use --host 127.0.0.1 to keep it local")
    typer.echo(f"ficlens library at http://{host}:{port}/  (API docs: /api/docs)", err=True)
    uvicorn.run(create_app(library), host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the `ficlens` app."""
    for command in (add, search, serve, export, reindex):
        app.command()(command)
    app.command("calibre-tags")(calibre_tags)
