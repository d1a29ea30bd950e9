"""Console output shared by every command: the one-line error that never shows a traceback."""

from __future__ import annotations

from rich.console import Console

err = Console(stderr=True, highlight=False, soft_wrap=True)


def fail_line(message: str) -> None:
    """One line on stderr, never a traceback."""
    err.print(f"[bold red]ficlens:[/] {message}", markup=True, highlight=False)
