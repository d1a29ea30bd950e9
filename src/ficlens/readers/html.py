"""HTML reader: AO3's "Download → HTML" file, a saved AO3 work page, or any saved page.

AO3 markup says exactly which parts are preface, notes, chapter headings and story,
so those become paratext and chapters here; other pages give their main text only.
The AO3 functions take a `TextBuilder` so the EPUB reader reuses them per spine file.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import ReadError
from ..model import Declared, Source, Work
from .plaintext import decode_mostly_utf8
from ._html_text import TextBuilder, block_paragraphs, chapter_number, node_text, normalise_line, parse_html

FORMAT = "html"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

_HEAD_MARKERS = (b"<html", b"<!doctype html", b"<head", b"<body")
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_STATS_RE = re.compile(r"(Published|Updated|Completed|Words|Chapters|Comments|Kudos|Bookmarks|Hits):\s*(\S+)")
_SERIES_SPLIT_RE = re.compile(r",\s+(?=Part \d)")
_LABEL_FIELD = {
    "rating": "rating",
    "archive warning": "warnings",
    "warning": "warnings",
    "category": "categories",
    "fandom": "fandoms",
    "relationship": "relationships",
    "character": "characters",
    "additional tag": "additional_tags",
    "freeform": "additional_tags",
    "language": "language",
    "series": "series",
    "stats": "stats",
}
_SKIP_CLASS_RE = re.compile(
    r"\b(comments?|sidebar|navigation|navbar|nav|menu|breadcrumbs?|share|social|advert\w*|ads|cookie\w*|footer|header|kudos|feedback)\b",
    re.IGNORECASE,
)
_GENERIC_ROOTS = (
    "#storytext", ".storytext", "#chapters", "article", "main", "[role=main]", ".entry-content", ".post-content",
    "#content", ".content",
)
_GENERIC_SKIP_TAGS = frozenset("nav header footer aside form menu".split())
MIN_GENERIC_ROOT_CHARS = 200
# Headings AO3 adds for screen readers and ebook tables of contents; never story.
AO3_BOILERPLATE_HEADINGS = frozenset({"Work Header", "Work Text:", "Work Text", "Chapter Text", "Actions"})


def sniff(path: str, head: bytes) -> bool:
    if path.lower().endswith(HTML_SUFFIXES):
        return True
    lowered = head[:1024].lstrip().lower()
    return lowered.startswith((b"<", b"\xef\xbb\xbf<")) and any(m in lowered for m in _HEAD_MARKERS)


def decode_markup(data: bytes, warnings: list[str]) -> tuple[str, str, bool]:
    """(markup, encoding, exact UTF-8): BOM, then <meta charset>, then UTF-8 (stray bytes as Windows-1252),
    then Windows-1252, with a warning for each fallback."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", False
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        return data[2:].decode(encoding, errors="replace"), encoding, False
    declared = _META_CHARSET_RE.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            warnings.append(f"unknown charset {name!r} declared; tried UTF-8")
            encoding = "utf-8"
        if encoding not in ("utf-8", "ascii"):
            return data.decode(encoding, errors="replace"), encoding, False
    try:
        return data.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError:
        pass
    mixed = decode_mostly_utf8(data)
    if mixed is not None:
        warnings.append(mixed[1])
        return mixed[0], "utf-8", False
    warnings.append("not valid UTF-8; decoded as Windows-1252")
    return data.decode("cp1252", errors="replace"), "windows-1252", False


def read(path: str, data: bytes) -> Work:
    warnings: list[str] = []
    markup, encoding, exact_utf8 = decode_markup(data, warnings)
    tree = parse_html(path, markup, warnings, utf8_source=data if exact_utf8 else None)
    del markup  # the parsed tree replaces it; dropping it keeps peak memory near 9x the file
    work = Work(source=Source(path=path, format=FORMAT, encoding=encoding))
    work.warnings.extend(warnings)
    builder = TextBuilder()
    if is_ao3_download(tree):
        work.source.format = "ao3-html"
        read_ao3_download(tree, builder, work.declared)
    elif tree.css_first("dl.work.meta") is not None or tree.css_first("#workskin") is not None:
        work.source.format = "ao3-page"
        read_ao3_page(tree, builder, work.declared)
    else:
        read_generic_page(tree, builder, work.declared)
    del tree
    if builder.story_length() <= 0:
        raise ReadError(path, "no story text found in the HTML", "no_story")
    return builder.fill(work)


def is_ao3_download(tree: LexborHTMLParser) -> bool:
    """AO3's download markup: a `dl.tags` or posting message, with `#preface` or `#chapters` (older files)."""
    if tree.css_first("dl.tags") is None and tree.css_first("p.message") is None:
        return False
    return tree.css_first("#preface") is not None or tree.css_first("#chapters") is not None or (
        tree.css_first("dl.tags") is not None and tree.css_first("p.message") is not None
    )


# ---- AO3 "Download → HTML" (also the preface and chapter files of AO3's EPUB) ----


def read_ao3_download(tree: LexborHTMLParser, builder: TextBuilder, declared: Declared) -> None:
    preface = tree.css_first("#preface")
    chapters = tree.css_first("#chapters")
    afterword = tree.css_first("#afterword")
    if preface is not None:
        read_ao3_preface(preface, builder, declared)
    elif tree.body is not None:
        # Older downloads: the preface blocks sit directly in <body> before #chapters.
        before = []
        for child in children(tree.body):
            if chapters is not None and child.mem_id == chapters.mem_id:
                break
            before.append(child)
        read_preface_nodes(before, builder, declared)
    if chapters is not None:
        read_ao3_chapters(chapters, builder)
        builder.close_chapter()
    if afterword is not None:
        read_preface_nodes(children(afterword), builder, declared, default_kind="author_note")


def read_ao3_preface(preface: LexborNode, builder: TextBuilder, declared: Declared) -> None:
    read_preface_nodes(children(preface), builder, declared)


def read_preface_nodes(nodes: list[LexborNode], builder: TextBuilder, declared: Declared, default_kind: str = "header") -> None:
    """Walk preface-like blocks in order: message, tag list, title, byline, labelled notes."""
    queue = list(nodes)
    label_kind = default_kind
    while queue:
        node = queue.pop(0)
        tag = node.tag
        if tag is None or tag.startswith("-"):
            if tag == "-text" and normalise_line(node.text_content or ""):
                builder.add_text(node.text_content or "", default_kind)
            continue
        classes = class_set(node)
        if "toc-heading" in classes or "endnote-link" in classes:
            builder.add_node(node, "boilerplate")  # "Preface", "Afterword", "See the end of the work for notes"
        elif tag == "p" and "message" in classes:
            read_message(node, builder, declared)
        elif tag == "dl" and "tags" in classes:
            read_tag_list(node, builder, declared)
        elif tag == "dl":
            builder.add_node(node, "boilerplate")  # the afterword's "Works inspired by this one" list
        elif tag == "h1":
            title = node_text(node)
            if title and not declared.title:
                declared.title = title
            builder.add_node(node, "title")
        elif "byline" in classes:
            authors = [node_text(a) for a in node.css("a[rel=author]")] or [node_text(a) for a in node.css("a")]
            if not authors:
                authors = [re.sub(r"^by\s+", "", node_text(node))]
            declared.authors.extend(a for a in authors if a and a not in declared.authors)
            builder.add_node(node, "credit")
        elif tag == "div" and not classes & {"userstuff", "summary", "notes"}:
            queue[:0] = children(node)  # wrappers: div.meta, div#endnotes
        elif tag == "blockquote":
            span = builder.add_node(node, label_kind)
            if label_kind == "summary" and span and declared.summary is None:
                declared.summary = "\n\n".join(block_paragraphs(node))
            label_kind = default_kind
        else:
            text = node_text(node)
            label = text.rstrip(":").strip().lower()
            if label == "summary":
                label_kind = "summary"
            elif "notes" in label or label.startswith("see the end"):
                label_kind = "author_note"
            elif label.startswith("works inspired"):
                label_kind = "boilerplate"
            builder.add_node(node, label_kind)


def read_message(node: LexborNode, builder: TextBuilder, declared: Declared) -> None:
    """AO3's "Posted originally on the Archive of Our Own at URL." / "Please drop by the archive..." lines."""
    lines = block_paragraphs(node)
    text = "\n".join(lines)
    if "Posted originally" in text:
        for a in node.css("a"):
            href = a.attributes.get("href") or ""
            if "/works/" in href and declared.url is None:
                declared.url = href
        first = lines[0].split("\n") if lines else []
        if len(first) > 1 and not first[0].startswith("Posted originally"):
            # "<b>Title</b><br/>Posted originally..." : the title line is the title, the rest boilerplate.
            builder.add_paragraphs([first[0]], "title")
            builder.add_paragraphs(["\n".join(first[1:])] + lines[1:], "boilerplate")
            return
    builder.add_paragraphs(lines, "boilerplate")


def read_tag_list(dl: LexborNode, builder: TextBuilder, declared: Declared) -> None:
    """The preface `dl.tags`: each dt label and its dd values into `declared`; the block is header paratext."""
    lines: list[str] = []
    label = None
    for node in children(dl):
        if node.tag == "dt":
            label = node_text(node).rstrip(":").strip()
        elif node.tag == "dd" and label is not None:
            value_lines = [line for p in block_paragraphs(node) for line in p.split("\n")]
            lines.append(f"{label}: {' '.join(value_lines)}")
            store_field(declared, label, node, value_lines)
            label = None
    builder.add_paragraphs(["\n".join(lines)], "header")


def store_field(declared: Declared, label: str, dd: LexborNode, value_lines: list[str]) -> None:
    key = label.lower()
    field = _LABEL_FIELD.get(key) or _LABEL_FIELD.get(key[:-1] if key.endswith("s") else key)
    if key == "categories":
        field = "categories"
    links = [node_text(a) for a in dd.css("a")]
    values = links or [v.strip() for v in ", ".join(value_lines).split(",") if v.strip()]
    if field == "rating":
        declared.rating = values[0] if values else None
    elif field == "language":
        declared.language = " ".join(value_lines).strip() or None
    elif field == "series":
        declared.series.extend(part for line in value_lines for part in _SERIES_SPLIT_RE.split(line) if part)
    elif field == "stats":
        store_stats(declared, " ".join(value_lines))
    elif field:
        target = getattr(declared, field)
        target.extend(v for v in values if v not in target)
    else:
        declared.extra[label] = " ".join(value_lines)


def store_stats(declared: Declared, text: str) -> None:
    """'Published: 2016-04-02 Completed: 2016-05-01 Words: 2,345 Chapters: 3/3'."""
    for name, value in _STATS_RE.findall(text):
        if name == "Published":
            declared.published = value
        elif name in ("Updated", "Completed"):
            declared.updated = value
            if name == "Completed":
                declared.complete = True
        elif name == "Words":
            digits = value.replace(",", "").replace(".", "")
            declared.words = int(digits) if digits.isdecimal() else None
        elif name == "Chapters":
            declared.chapters = value
            done, _, total = value.partition("/")
            if total and declared.complete is None:
                declared.complete = total != "?" and done == total
        else:
            declared.extra[name] = value


def read_ao3_chapters(container: LexborNode, builder: TextBuilder) -> None:
    """`div#chapters`: chapter meta groups (heading, notes) and `div.userstuff` story blocks, in order."""
    nodes = children(container)
    has_blocks = any(
        (n.tag == "div" and (class_set(n) & {"meta", "userstuff", "chapter"} or first_element_tag(n) == "h2"))
        or (n.tag == "h2" and "heading" in class_set(n))
        for n in nodes
    )
    if not has_blocks:
        start = builder.next_start()
        builder.start_chapter(None, None, start)
        builder.add_node(container)
        return
    for node in nodes:
        read_chapter_block(node, builder)


def read_chapter_block(node: LexborNode, builder: TextBuilder) -> None:
    tag = node.tag
    if tag is None or tag.startswith("-"):
        if tag == "-text" and normalise_line(node.text_content or ""):
            ensure_chapter(builder)
            builder.add_text(node.text_content or "")
        return
    classes = class_set(node)
    if "meta" in classes or (tag == "div" and not classes & {"userstuff"} and first_element_tag(node) == "h2"):
        heading = node.css_first("h2.heading") or node.css_first("h2") or node.css_first("h3")
        label_kind = "author_note"
        for part in children(node):
            if part.tag is None or part.tag.startswith("-"):
                continue
            if heading is not None and part.mem_id == heading.mem_id:
                title = node_text(part)
                builder.start_chapter(title, chapter_number(title), builder.next_start())
                builder.add_node(part, "chapter_heading")
            elif part.tag == "blockquote":
                builder.add_node(part, label_kind)
                label_kind = "author_note"
            elif "byline" in class_set(part):
                builder.add_node(part, "credit")
            elif "endnote-link" in class_set(part):
                builder.add_node(part, "boilerplate")
            else:
                label = node_text(part).rstrip(":").lower()
                label_kind = "summary" if label.endswith("summary") else "author_note"
                builder.add_node(part, label_kind)
        return
    if "toc-heading" in classes or "landmark" in classes or node_text(node) in AO3_BOILERPLATE_HEADINGS:
        builder.add_node(node, "boilerplate")
        return
    if tag == "h2" and "heading" in classes:
        title = node_text(node)
        builder.start_chapter(title, chapter_number(title), builder.next_start())
        builder.add_node(node, "chapter_heading")
        return
    ensure_chapter(builder)
    if "userstuff" in classes:
        read_userstuff(node, builder)
    else:
        builder.add_node(node)


def ensure_chapter(builder: TextBuilder) -> None:
    if not builder.chapter_open:
        builder.start_chapter(None, None, builder.next_start())


# ---- A saved AO3 work page ----


def read_ao3_page(tree: LexborHTMLParser, builder: TextBuilder, declared: Declared) -> None:
    meta = tree.css_first("dl.work.meta")
    workskin = tree.css_first("#workskin")
    if meta is not None:
        read_page_meta(meta, builder, declared)
    root = workskin or tree.body
    if root is None:
        return
    preface = root.css_first("div.preface")
    if preface is not None:
        title = preface.css_first("h2.title")
        if title is not None:
            declared.title = node_text(title)
            builder.add_node(title, "title")
        byline = preface.css_first("h3.byline")
        if byline is not None:
            declared.authors.extend(a for a in (node_text(x) for x in byline.css("a[rel=author]") or byline.css("a")) if a)
            builder.add_node(byline, "credit")
        summary = preface.css_first("div.summary")
        if summary is not None:
            quote = summary.css_first("blockquote")
            declared.summary = "\n\n".join(block_paragraphs(quote)) if quote is not None else None
            builder.add_node(summary, "summary")
        for notes in preface.css("div.notes"):
            builder.add_node(notes, "author_note")
    chapters = root.css_first("#chapters")
    if chapters is not None:
        chapter_divs = [n for n in children(chapters) if n.tag == "div" and "chapter" in class_set(n)]
        if chapter_divs:
            for chapter in chapter_divs:
                read_page_chapter(chapter, builder)
        else:
            builder.start_chapter(None, None, builder.next_start())
            read_userstuff(chapters, builder)
        builder.close_chapter()
    for endnotes in tree.css("div.afterword, #work_endnotes"):
        if endnotes.parent is not None and "afterword" in class_set(endnotes.parent):
            continue
        builder.add_node(endnotes, "author_note")


# `dd` class on a saved work page -> Declared list field.
_PAGE_LIST_FIELDS = (
    ("warning", "warnings"),
    ("category", "categories"),
    ("fandom", "fandoms"),
    ("relationship", "relationships"),
    ("character", "characters"),
    ("freeform", "additional_tags"),
)


def read_page_meta(meta: LexborNode, builder: TextBuilder, declared: Declared) -> None:
    """`dl.work.meta`: dd classes name the fields; `dd.stats` holds its own dl."""
    lines: list[str] = []
    for dd in meta.css("dd"):
        if dd.parent is None or dd.parent.mem_id != meta.mem_id:
            continue
        classes = class_set(dd)
        dt = previous_dt(dd)
        label = node_text(dt).rstrip(":") if dt is not None else ""
        tags = [node_text(a) for a in dd.css("a.tag")] or [node_text(li) for li in dd.css("li")]
        value = ", ".join(tags) if tags else node_text(dd)
        if "stats" in classes:
            pairs = []
            for inner in dd.css("dd"):
                inner_dt = previous_dt(inner)
                if inner_dt is not None:
                    pairs.append(f"{node_text(inner_dt).rstrip(':')}: {node_text(inner)}")
            value = " ".join(pairs)
            store_stats(declared, value)
        elif "rating" in classes:
            declared.rating = tags[0] if tags else value
        elif "language" in classes:
            declared.language = node_text(dd)
        elif "series" in classes:
            declared.series.extend(node_text(s) for s in dd.css("span.position") or [dd])
        else:
            field = next((f for css_class, f in _PAGE_LIST_FIELDS if css_class in classes), None)
            if field:
                getattr(declared, field).extend(tags)
            elif label:
                declared.extra[label] = value
        lines.append(f"{label}: {value}")
    builder.add_paragraphs(["\n".join(lines)], "header")


def read_page_chapter(chapter: LexborNode, builder: TextBuilder) -> None:
    for part in children(chapter):
        if part.tag != "div":
            continue
        classes = class_set(part)
        if "userstuff" in classes:
            ensure_chapter(builder)
            read_userstuff(part, builder)
        elif "preface" in classes:
            title = part.css_first("h3.title")
            if title is not None:
                text = node_text(title)
                builder.start_chapter(text, chapter_number(text), builder.next_start())
                builder.add_node(title, "chapter_heading")
            for block in part.css("div.summary, div.notes"):
                builder.add_node(block, "summary" if "summary" in class_set(block) else "author_note")


def read_userstuff(node: LexborNode, builder: TextBuilder) -> None:
    """Story text; AO3's screen-reader landmarks ("Chapter Text", "Work Text") are boilerplate."""
    for landmark in node.css(".landmark"):
        builder.add_node(landmark, "boilerplate")
    builder.add_node(node, skip=is_landmark)


def is_landmark(node: LexborNode) -> bool:
    return "landmark" in class_set(node)


# ---- Any other saved page ----


def read_generic_page(tree: LexborHTMLParser, builder: TextBuilder, declared: Declared) -> None:
    title = tree.css_first("title")
    if title is not None and node_text(title):
        declared.title = node_text(title)
    read_ffnet_profile(tree, builder, declared)
    root = None
    for selector in _GENERIC_ROOTS:
        candidate = tree.css_first(selector)
        if candidate is not None and len(candidate.text(deep=True)) >= MIN_GENERIC_ROOT_CHARS:
            root = candidate
            break
    root = root or tree.body
    if root is None:
        return
    builder.add_node(root, skip=is_page_furniture)


def is_page_furniture(node: LexborNode) -> bool:
    """Navigation, headers, footers, sidebars, forms and comment sections."""
    if node.tag in _GENERIC_SKIP_TAGS:
        return True
    attrs = node.attributes
    if attrs.get("role") in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}"
    return bool(names.strip()) and _SKIP_CLASS_RE.search(names) is not None


_FFNET_LABEL_RE = re.compile(r"^([A-Za-z]+):\s*(.+)$")


def read_ffnet_profile(tree: LexborHTMLParser, builder: TextBuilder, declared: Declared) -> None:
    """A saved fanfiction.net chapter page: `#profile_top` holds title, author, summary and a ' - '-separated meta line."""
    profile = tree.css_first("#profile_top")
    if profile is None:
        return
    title = profile.css_first("b.xcontrast_txt")
    author = profile.css_first("a.xcontrast_txt")
    summary = profile.css_first("div.xcontrast_txt")
    if title is not None:
        declared.title = node_text(title)
    if author is not None:
        declared.authors.append(node_text(author))
    if summary is not None:
        declared.summary = node_text(summary)
    meta = profile.css_first("span.xgray")
    if meta is not None:
        parts = [part.strip() for part in node_text(meta).split(" - ")]
        for index, part in enumerate(parts):
            labelled = _FFNET_LABEL_RE.match(part)
            if labelled is None:
                if index == 1:
                    declared.language = part
                continue
            label, value = labelled.groups()
            if label == "Rated":
                declared.rating = value.removeprefix("Fiction").strip()
            elif label == "Words":
                digits = value.replace(",", "")
                declared.words = int(digits) if digits.isdecimal() else None
            elif label == "Chapters":
                declared.chapters = value
            elif label == "Published":
                declared.published = value
            elif label == "Updated":
                declared.updated = value
            elif label == "Status":
                declared.complete = value.lower().startswith("complete")
            else:
                declared.extra[label] = value
    builder.add_node(profile, "header")


# ---- helpers ----


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
