"""Commands of this area (placeholder until its issue lands)."""

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the `ficlens` app."""
