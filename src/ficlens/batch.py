"""Corpus-scale analysis (placeholder until its issue lands)."""

import typer


def register(app: typer.Typer) -> None:
    """Add the `batch` command to the `ficlens` app."""
