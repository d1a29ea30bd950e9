"""The AO3-style work card shown in the terminal by `ficlens analyze`."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .model import Work

SPEAKER_COLOURS = ("cyan", "magenta", "green", "yellow", "blue", "red", "bright_cyan", "bright_magenta")


def _names(tags) -> str:
    return ", ".join(t.name for t in tags)


def speaker_colours(work: Work) -> dict[str, str]:
    """A stable colour per character, most prominent first."""
    return {c.id: SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)] for i, c in enumerate(work.characters)}


def tag_rows(work: Work) -> list[tuple[str, str, str]]:
    """(label, declared, detected) rows of the card's tag block."""
    d, t = work.declared, work.detected
    return [
        ("Rating", d.rating or "", t.rating.name if t.rating else ""),
        ("Archive Warnings", ", ".join(d.warnings), _names(t.warnings)),
        ("Category", ", ".join(d.categories), _names(t.category)),
        ("Fandoms", ", ".join(d.fandoms), _names(t.fandoms)),
        ("Relationships", ", ".join(d.relationships), _names(t.relationships)),
        ("Characters", ", ".join(d.characters), _names(t.characters[:12])),
        ("Additional Tags", ", ".join(d.additional_tags), _names(t.additional_tags)),
        ("Language", d.language or "", f"{t.language.name} ({t.language.confidence:.2f})" if t.language else ""),
    ]


def dialogue_sample(work: Work, limit: int = 6) -> Text:
    """The first quotes, each coloured by its speaker; a '?' marks a speaker guessed with low confidence."""
    colours = speaker_colours(work)
    names = {c.id: c.canonical or c.name for c in work.characters}
    out = Text()
    for q in work.quotes[:limit]:
        colour = colours.get(q.speaker or "", "white")
        who = names.get(q.speaker or "", "unknown")
        if q.speaker and q.confidence < 0.5:
            who += "?"
        to = ", ".join(names.get(a, a) for a in q.addressees)
        out.append(who, style=f"bold {colour}" if q.speaker else "dim")
        if to:
            out.append(f" → {to}", style="dim")
        out.append(": ")
        text = q.text if len(q.text) < 140 else q.text[:139] + "…"
        out.append(f"“{text}”\n", style=colour)
    return out


def render_card(work: Work, console: Console) -> None:
    d = work.declared
    header = Text(work.display_title(), style="bold")
    if d.authors:
        header.append(" by " + ", ".join(d.authors), style="italic")
    if work.source_file():
        header.append(f"  ({work.source_file()})", style="dim")

    tags = Table.grid(padding=(0, 2))
    tags.add_column(style="bold")
    tags.add_column()
    for label, declared, detected in tag_rows(work):
        if not (declared or detected):
            continue
        cell = Text()
        if declared:
            cell.append(declared)
        if detected and detected != declared:
            if declared:
                cell.append("  ")
            cell.append(f"detected: {detected}", style="green")
        tags.add_row(label, cell)

    s = work.stats
    stats = Text(
        f"Words: {s.words:,}   Chapters: {s.chapters}   Scenes: {s.scenes}   Paragraphs: {s.paragraphs}"
        f"   Quotes: {s.quotes}   Dialogue words: {s.dialogue_words:,}",
        style="dim",
    )
    parts: list = [header, tags, stats]
    if d.summary:
        parts.append(Text("Summary: " + (d.summary if len(d.summary) < 400 else d.summary[:399] + "…")))
    if work.narration.person:
        pov = f"Narration: {work.narration.person} person"
        narrator = work.character(work.narration.narrator)
        if narrator:
            pov += f", narrator {narrator.name}"
        parts.append(Text(pov))
    if work.characters:
        colours = speaker_colours(work)
        line = Text("Cast: ")
        for i, c in enumerate(work.characters[:10]):
            if i:
                line.append(", ")
            line.append(c.canonical or c.name, style=colours[c.id])
            line.append(f" ({c.mentions})", style="dim")
        parts.append(line)
    if work.quotes:
        parts.append(dialogue_sample(work))
    for check in work.checks:
        parts.append(Text("⚠ " + check.message, style="yellow"))
    for w in work.warnings:
        parts.append(Text("note: " + w, style="dim yellow"))
    console.print(Panel(Group(*parts), title=work.source.format, title_align="right", expand=True))
