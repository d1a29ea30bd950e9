"""`ficlens fandoms`: list the fandom knowledge packs (built-in and the user's own)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer


def fandoms_command(
    packs: Optional[List[Path]] = typer.Option(
        None, "--packs", help="A directory of your own pack JSON files (repeatable); see docs/packs.md."
    ),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per pack per line."),
    search: Optional[str] = typer.Argument(None, help="Only packs whose name or other names contain this."),
) -> None:
    """List the fandom packs: AO3 name, media type, number of characters."""
    from ..console import fail_line
    from ..errors import FiclensError
    from .pack_index import load_pack_index

    try:
        index = load_pack_index(packs or None)
    except FiclensError as exc:
        fail_line(str(exc))
        raise typer.Exit(1) from None
    needle = (search or "").lower()
    rows = [
        p
        for p in sorted(index.infos, key=lambda p: p.name.lower())
        if not needle or any(needle in n.lower() for n in (p.name, *p.other_names))
    ]
    for p in rows:
        if as_json:
            row = {"name": p.name, "media": p.media, "characters": p.characters, "path": str(p.path)}
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            typer.echo(f"{p.name}\t{p.media}\t{p.characters} characters")
    if not as_json:
        typer.echo(f"{len(rows)} of {len(index.infos)} packs", err=True)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the `ficlens` app."""
    app.command("fandoms")(fandoms_command)
