"""Turning parsed HTML into a work's text: paragraphs separated by a blank line, with offsets.

Shared by the HTML and EPUB readers. `TextBuilder` appends blocks and paragraphs and
returns the span each addition covers, so a reader can mark paratext and chapters
as it goes. Tree walks are iterative (no recursion), so deep nesting cannot
overflow the stack; `flatten_deep_markup` keeps the parser itself out of trouble.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import ReadError
from ..model import Chapter, Paratext, Work

PARAGRAPH_BREAK = "\n\n"
SCENE_BREAK_TEXT = "* * *"
MAX_NESTING = 512

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup html li main menu nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul caption legend".split()
)
# Never text: dropped wherever they appear.
SKIP_TAGS = frozenset("script style noscript template head title iframe object embed svg math canvas select button".split())
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())

_WS_RE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\"[^\"]*\"|'[^']*'|[^'\">])*?(/?)>")
_DOCTYPE_SUBSET_RE = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_DECL_RE = re.compile(r"<!ENTITY", re.IGNORECASE)


def clean_markup(data: str, warnings: list[str]) -> str:
    """Drop DOCTYPE internal subsets (entity declarations are never expanded) and flatten absurd nesting."""
    head = data[:65536]
    if "[" in head and _DOCTYPE_SUBSET_RE.search(head):
        if _ENTITY_DECL_RE.search(head):
            warnings.append("ignored entity declarations in the DOCTYPE")
        data = _DOCTYPE_SUBSET_RE.sub("", data, count=1)
    return flatten_deep_markup(data, warnings)


def flatten_deep_markup(data: str, warnings: list[str], limit: int = MAX_NESTING) -> str:
    """Remove tags nested deeper than `limit` (HTML parsers slow down quadratically with depth)."""
    if data.count("<") < limit:
        return data
    depth = 0
    deepest = 0
    drop: list[tuple[int, int]] = []
    for m in _TAG_RE.finditer(data):
        name = m.group(2).lower()
        if name in VOID_TAGS or m.group(3):
            continue
        if m.group(1):
            if depth > limit:
                drop.append(m.span())
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
            if depth > limit:
                drop.append(m.span())
    if not drop:
        return data
    warnings.append(f"markup nested {deepest} levels deep; flattened below level {limit}")
    pieces = []
    pos = 0
    for start, end in drop:
        pieces.append(data[pos:start])
        pos = end
    pieces.append(data[pos:])
    return "".join(pieces)


def parse_html(path: str, markup: str, warnings: list[str], utf8_source: bytes | None = None) -> LexborHTMLParser:
    """Parse cleaned markup; `utf8_source` (the same document as UTF-8 bytes) is parsed instead when cleaning
    changed nothing, which spares the parser a second encoded copy of a large file."""
    cleaned = clean_markup(markup, warnings)
    source: str | bytes = utf8_source if utf8_source is not None and cleaned is markup else cleaned
    try:
        return LexborHTMLParser(source)
    except Exception as exc:  # selectolax raises plain errors on parser failure
        raise ReadError(path, f"cannot parse HTML ({exc})", "corrupt") from None


def normalise_line(text: str) -> str:
    return _WS_RE.sub(" ", text).strip()


def block_paragraphs(node: LexborNode, skip=None) -> list[str]:
    """The paragraphs of a subtree: block elements break paragraphs, <br> breaks lines, <hr> is a scene break.

    `skip(node) -> bool` drops further subtrees (navigation, comments...).
    """
    paragraphs: list[str] = []
    lines: list[str] = []
    inline: list[str] = []

    def end_line() -> None:
        if inline:
            lines.append(normalise_line("".join(inline).replace("\n", " ")))
            inline.clear()

    def end_paragraph() -> None:
        end_line()
        kept = [line for line in lines if line]
        if kept:
            paragraphs.append("\n".join(kept))
        lines.clear()

    stack: list[tuple[LexborNode, bool]] = [(node, False)]
    while stack:
        current, closing = stack.pop()
        tag = current.tag
        if closing:
            end_paragraph()
            continue
        if tag == "-text":
            inline.append(current.text_content or "")
            continue
        if tag is None or tag.startswith("-") or tag in SKIP_TAGS or current.is_comment_node:
            continue
        if skip is not None and current is not node and skip(current):
            continue
        if tag == "br":
            end_line()
            continue
        if tag == "hr":
            end_paragraph()
            paragraphs.append(SCENE_BREAK_TEXT)
            continue
        if tag == "img":
            alt = current.attributes.get("alt")
            if alt:
                inline.append(f" {alt} ")
            continue
        if tag in BLOCK_TAGS:
            end_paragraph()
            stack.append((current, True))
        children = []
        child = current.child
        while child is not None:
            children.append(child)
            child = child.next
        for child in reversed(children):
            stack.append((child, False))
    end_paragraph()
    return paragraphs


class TextBuilder:
    """Accumulates paragraphs joined by a blank line and records the paratext and chapters of a work."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.paratext: list[Paratext] = []
        self.chapters: list[Chapter] = []
        self.chapter_open = False
        self.story_chars = 0

    def add_paragraphs(self, paragraphs: list[str], kind: str | None = None) -> tuple[int, int] | None:
        """Append paragraphs; mark them as paratext of `kind` (None = story). Returns their span."""
        start = None
        for paragraph in paragraphs:
            if not paragraph:
                continue
            if self.parts:
                self.parts.append(PARAGRAPH_BREAK)
                self.length += len(PARAGRAPH_BREAK)
            if start is None:
                start = self.length
            self.parts.append(paragraph)
            self.length += len(paragraph)
        if start is None:
            return None
        if kind:
            self.paratext.append(Paratext(start, self.length, kind))
        else:
            self.story_chars += self.length - start
        return start, self.length

    def next_start(self) -> int:
        """Where the next paragraph will start."""
        return self.length + (len(PARAGRAPH_BREAK) if self.parts else 0)

    def add_text(self, text: str, kind: str | None = None) -> tuple[int, int] | None:
        return self.add_paragraphs([normalise_line(text)], kind)

    def add_node(self, node: LexborNode | None, kind: str | None = None, skip=None) -> tuple[int, int] | None:
        if node is None:
            return None
        return self.add_paragraphs(block_paragraphs(node, skip), kind)

    def start_chapter(self, title: str | None, number: int | None, start: int) -> None:
        self.close_chapter()
        self.chapters.append(Chapter(index=len(self.chapters), start=start, end=start, title=title, number=number))
        self.chapter_open = True

    def close_chapter(self) -> None:
        """End the open chapter at the text so far (later paratext such as an afterword stays outside)."""
        if self.chapter_open:
            self.chapters[-1].end = max(self.chapters[-1].start, self.length)
            self.chapter_open = False

    def text(self) -> str:
        return "".join(self.parts)

    def story_length(self) -> int:
        """Characters of story paragraphs: zero means the markup held no story."""
        return self.story_chars

    def fill(self, work: Work) -> Work:
        self.close_chapter()
        work.text = self.text()
        work.paratext.extend(self.paratext)
        work.chapters = [c for c in self.chapters if c.end > c.start]
        for index, chapter in enumerate(work.chapters):
            chapter.index = index
        return work


# "Chapter 3: Title", "Ch. 3", "Part 3", or FanFicFare's "3. Title".
_CHAPTER_NUMBER_RE = re.compile(r"^\s*(?:(?:chapter|ch\.?|part)\s+(\d+)\b|(\d+)[.:)]\s)", re.IGNORECASE)


def chapter_number(title: str | None) -> int | None:
    if not title:
        return None
    m = _CHAPTER_NUMBER_RE.match(title)
    return int(m.group(1) or m.group(2)) if m else None


def node_text(node: LexborNode | None) -> str:
    return normalise_line(node.text(deep=True)) if node is not None else ""
def children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def first_element_tag(node: LexborNode) -> str | None:
    child = node.child
    while child is not None and (child.tag is None or child.tag.startswith("-")):
        child = child.next
    return child.tag if child is not None else None


def previous_dt(dd: LexborNode) -> LexborNode | None:
    node = dd.prev
    while node is not None and node.tag != "dt":
        node = node.prev
    return node


def class_set(node: LexborNode) -> set[str]:
    return set((node.attributes.get("class") or "").split())
