"""The reader view and relationship graph, built server-side from the work's offsets.

Every piece of story text goes through `markupsafe.escape` before it is wrapped in markup,
so the result can be marked safe for the template.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from ...model import Work

SPEAKER_PALETTE = 10
PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")
PARATEXT_LABELS = {
    "title": "Title", "header": "Work header", "summary": "Summary", "author_note": "Author's note",
    "disclaimer": "Disclaimer", "credit": "Credits", "chapter_heading": "Chapter heading", "end_mark": "End",
    "review_request": "Request for reviews", "boilerplate": "Site text", "end_note": "End note",
    "epigraph": "Epigraph", "navigation": "Navigation",
}
MAX_READER_CHARS = 2_000_000


@dataclass
class Block:
    kind: str  # "story" or "paratext"
    label: str
    html: Markup


def speaker_classes(work: Work) -> dict[str, str]:
    """A CSS class per speaking character (by number of quotes), cycling through the palette."""
    counts: dict[str, int] = {}
    for q in work.quotes:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    ordered = sorted(counts, key=lambda cid: (-counts[cid], cid))
    return {cid: f"spk-{i % SPEAKER_PALETTE}" for i, cid in enumerate(ordered) if work.character(cid)}


def _story_html(work: Work, start: int, end: int, quotes: list, classes: dict[str, str]) -> Markup:
    """Paragraphs of text[start:end], with each quote part wrapped in its speaker's colour."""
    text = work.text
    out: list[str] = []
    para_start = start
    breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK_RE.finditer(text, start, end)] + [(end, end)]
    qi = 0
    for brk_start, brk_end in breaks:
        pieces: list[str] = []
        pos = para_start
        while qi < len(quotes) and quotes[qi][1] <= para_start:
            qi += 1
        j = qi
        while j < len(quotes) and quotes[j][0] < brk_start:
            q_start, q_end, cls, who = quotes[j]
            a, b = max(q_start, pos), min(q_end, brk_start)
            if a < b:
                pieces.append(str(escape(text[pos:a])))
                title = f' title="{escape(who)}"' if who else ""
                pieces.append(f'<span class="quote {cls}"{title}>{escape(text[a:b])}</span>')
                pos = b
            j += 1
        pieces.append(str(escape(text[pos:brk_start])))
        body = "".join(pieces).strip()
        if body:
            out.append("<p>" + body.replace("\n", "<br>\n") + "</p>")
        para_start = brk_end
    return Markup("\n".join(out))


def reader_blocks(work: Work, classes: dict[str, str]) -> list[Block]:
    """The text in order: story stretches as paragraphs, paratext as labelled blocks to fold away."""
    limit = min(len(work.text), MAX_READER_CHARS)
    quotes = []
    for q in work.quotes:
        speaker = work.character(q.speaker) if q.speaker else None
        cls = classes.get(q.speaker or "", "spk-none")
        parts = q.parts or []
        spans = [(p.start, p.end) for p in parts] or [(q.start, q.end)]
        for s, e in spans:
            if 0 <= s < e <= limit:
                quotes.append((s, e, cls, speaker.name if speaker else ""))
    quotes.sort()
    blocks: list[Block] = []

    def add(kind: str, label: str, html: Markup) -> None:
        """Append a block; paratext with only blank text between folds into one block."""
        if not html:
            return
        last = blocks[-1] if blocks else None
        if kind == "paratext" and last is not None and last.kind == "paratext":
            labels = last.label.split(", ")
            if label not in labels:
                labels.append(label)
            blocks[-1] = Block("paratext", ", ".join(labels), Markup(last.html + Markup("\n") + html))
        else:
            blocks.append(Block(kind, label, html))

    pos = 0
    for p in sorted(work.paratext, key=lambda p: p.start):
        s, e = max(p.start, pos), min(p.end, limit)
        if s >= e:
            continue
        if s > pos:
            add("story", "", _story_html(work, pos, s, quotes, classes))
        add("paratext", PARATEXT_LABELS.get(p.kind, p.kind), _story_html(work, s, e, [], {}))
        pos = e
    if pos < limit:
        add("story", "", _story_html(work, pos, limit, quotes, classes))
    return blocks


@dataclass
class GraphNode:
    id: str
    name: str
    x: float
    y: float
    r: float


@dataclass
class GraphEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    kind: str
    label: str
    width: float


def relationship_graph(work: Work, size: int = 420, max_nodes: int = 14) -> dict | None:
    """Nodes on a circle (characters in relationships first, then the most prominent) and edges between them."""
    in_rel = [cid for r in work.relationships for cid in r.characters]
    order: list[str] = []
    for cid in in_rel + [c.id for c in work.characters]:
        if cid not in order and work.character(cid):
            order.append(cid)
    order = order[:max_nodes]
    if not order:
        return None
    centre, radius = size / 2, size / 2 - 70
    nodes: dict[str, GraphNode] = {}
    for i, cid in enumerate(order):
        angle = 2 * math.pi * i / len(order) - math.pi / 2
        c = work.character(cid)
        r = 8 + 14 * min(1.0, math.sqrt(max(c.prominence, 0.0)))
        x = centre + (radius * math.cos(angle) if len(order) > 1 else 0)
        y = centre + (radius * math.sin(angle) if len(order) > 1 else 0)
        nodes[cid] = GraphNode(cid, c.name, round(x, 1), round(y, 1), round(r, 1))
    edges = []
    for rel in work.relationships:
        ids = [cid for cid in rel.characters if cid in nodes]
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                a, b = nodes[ids[i]], nodes[ids[j]]
                edges.append(GraphEdge(a.x, a.y, b.x, b.y, "romantic" if rel.kind == "romantic" else "platonic",
                                       rel.name, round(1.5 + 4 * max(0.0, min(rel.score, 1.0)), 1)))
    return {"size": size, "nodes": list(nodes.values()), "edges": edges}
