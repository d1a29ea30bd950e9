"""AO3's markup: the "Download → HTML" file (also the preface and chapter files of AO3's EPUB),
a saved work page, a saved chapter index, and the saved pages that hold no work.

AO3's markup says exactly which parts are preface, notes (start notes before a chapter's
text, end notes after it), chapter headings and story, so those become paratext and chapters
here. The functions take a `TextBuilder` so the EPUB reader reuses them per spine file.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..model import Declared, Series
from ._html_text import (
    TextBuilder,
    block_paragraphs,
    chapter_number,
    children,
    class_set,
    first_element_tag,
    node_text,
    normalise_line,
    previous_dt,
)

AO3_HOST = "https://archiveofourown.org"
_STATS_RE = re.compile(r"(Published|Updated|Completed|Words|Chapters|Comments|Kudos|Bookmarks|Hits):\s*(\S+)")
_COUNTS = {"Kudos": "kudos", "Hits": "hits", "Bookmarks": "bookmarks", "Comments": "comments"}
_SERIES_SPLIT_RE = re.compile(r",\s+(?=Part \d)")
_SERIES_RE = re.compile(r"^\s*Part\s+(\d+)\s+of\s+(?:the\s+)?(.+?)(?:\s+series)?\s*$", re.IGNORECASE)
_SERIES_ID_RE = re.compile(r"/series/(\d+)")
_BRACKETED_POSITION_RE = re.compile(r"^\s*(.+?)\s*\[(\d+)\]\s*$")
_WORK_ID_RE = re.compile(r"(?:^|archiveofourown\.org|ao3\.org)/works/(\d+)")
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
# Headings AO3 adds for screen readers and ebook tables of contents; never story.
AO3_BOILERPLATE_HEADINGS = frozenset({"Work Header", "Work Text:", "Work Text", "Chapter Text", "Actions"})
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


# ---- Saved pages that hold no work ----


def refusal(tree: LexborHTMLParser) -> str | None:
    """Why a saved AO3 page holds no work (its login wall, an error page, the adult-content
    question), or None."""
    if tree.css_first("#workskin") is not None or tree.css_first("#chapters") is not None:
        return None
    title = node_text(tree.css_first("title"))
    main = tree.css_first("#main")
    main_text = node_text(main) if main is not None else ""
    if title.startswith("New Session") or tree.css_first("#new_user_session_small, form#new_user") is not None \
            and "Archive of Our Own" in title:
        return "a saved AO3 login page ('New Session'), not a work: log in, open the work and save it again"
    if title.startswith(("Error 404", "Error 403", "Error 500")) and "Archive of Our Own" in title \
            or "Error 404" in main_text and "Archive" in title:
        return f"a saved AO3 error page ({title.split('|')[0].strip()}), not a work"
    caution = tree.css_first("p.caution")
    if caution is not None and "adult content" in node_text(caution) or tree.css_first("a[href*='view_adult=true']"):
        return ("a saved AO3 adult-content question ('This work could have adult content'), not the work: "
                "choose 'Yes, Continue' and save that page")
    return None


def is_download(tree: LexborHTMLParser) -> bool:
    """AO3's download markup: a `dl.tags` or posting message, with `#preface` or `#chapters` (older files)."""
    if tree.css_first("dl.tags") is None and tree.css_first("p.message") is None:
        return False
    return tree.css_first("#preface") is not None or tree.css_first("#chapters") is not None or (
        tree.css_first("dl.tags") is not None and tree.css_first("p.message") is not None
    )


# ---- AO3 "Download → HTML" ----


def read_download(tree: LexborHTMLParser, builder: TextBuilder, declared: Declared) -> None:
    preface = tree.css_first("#preface")
    chapters = tree.css_first("#chapters")
    afterword = tree.css_first("#afterword")
    if preface is not None:
        read_preface(preface, builder, declared)
    elif tree.body is not None:
        # Older downloads: the preface blocks sit directly in <body> before #chapters.
        before = []
        for child in children(tree.body):
            if chapters is not None and child.mem_id == chapters.mem_id:
                break
            before.append(child)
        read_preface_nodes(before, builder, declared)
    if chapters is not None:
        read_chapters(chapters, builder)
        builder.close_chapter()
    if afterword is not None:
        read_preface_nodes(children(afterword), builder, declared, default_kind="end_note")


def read_preface(preface: LexborNode, builder: TextBuilder, declared: Declared) -> None:
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
            elif "notes" in label:
                label_kind = default_kind if default_kind in ("author_note", "end_note") else "author_note"
            elif label.startswith("see the end"):
                builder.add_node(node, "boilerplate")
                continue
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
        hrefs = [a.attributes.get("href") or "" for a in dd.css("a")]
        parts = [part for line in value_lines for part in _SERIES_SPLIT_RE.split(line) if part]
        declared.series.extend(series_part(part, hrefs[k] if k < len(hrefs) else "") for k, part in enumerate(parts))
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
            digits = value.replace(",", "").replace(".", "")
            if digits.isdecimal():
                setattr(declared, _COUNTS[name], int(digits))


def series_part(text: str, href: str = "") -> Series:
    """'Part 2 of Name' (or FanFicFare's 'Name [2]'), with the series' link, as a Series."""
    series_id = _SERIES_ID_RE.search(href)
    sid = series_id.group(1) if series_id else None
    m = _SERIES_RE.match(text)
    if m is not None:
        return Series(m.group(2).strip(), sid, int(m.group(1)))
    m = _BRACKETED_POSITION_RE.match(text)
    if m is not None:
        return Series(m.group(1).strip(), sid, int(m.group(2)))
    return Series(text.strip(), sid)


def read_chapters(container: LexborNode, builder: TextBuilder) -> None:
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
                if label.startswith(("(see the end", "see the end")):
                    builder.add_node(part, "boilerplate")
                    continue
                label_kind = "summary" if label.endswith("summary") else "end_note" if "end notes" in label else "author_note"
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


def is_work_page(tree: LexborHTMLParser) -> bool:
    return tree.css_first("dl.work.meta") is not None or tree.css_first("#workskin") is not None


def read_page(tree: LexborHTMLParser, builder: TextBuilder, declared: Declared) -> None:
    meta = tree.css_first("dl.work.meta")
    workskin = tree.css_first("#workskin")
    declared.url = declared.url or work_url(tree)
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
            declared.authors.extend(a for a in byline_authors(byline) if a not in declared.authors)
            builder.add_node(byline, "credit")
        summary = preface.css_first("div.summary")
        if summary is not None:
            quote = summary.css_first("blockquote")
            declared.summary = "\n\n".join(block_paragraphs(quote)) if quote is not None else None
            builder.add_node(summary, "summary")
        for notes in preface.css("div.notes"):
            add_notes(notes, builder)
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
        add_notes(endnotes, builder, "end_note")


def byline_authors(byline: LexborNode) -> list[str]:
    """The pseuds of a byline; a work posted anonymously has the author 'Anonymous'."""
    authors = [node_text(a) for a in byline.css("a[rel=author]") or byline.css("a")]
    if not authors:
        text = re.sub(r"^by\s+", "", node_text(byline), flags=re.IGNORECASE)
        authors = [a.strip() for a in text.split(",")]
    return [a for a in authors if a]


def add_notes(notes: LexborNode, builder: TextBuilder, kind: str | None = None) -> None:
    """A notes module: start notes, or end notes ('div.end'), without AO3's '(See the end of the
    chapter for more notes.)', which is site text."""
    kind = kind or ("end_note" if "end" in class_set(notes) else "author_note")
    builder.add_node(notes, kind, skip=is_jump)
    for jump in notes.css("p.jump"):
        builder.add_node(jump, "boilerplate")


def is_jump(node: LexborNode) -> bool:
    return node.tag == "p" and "jump" in class_set(node)


def work_url(tree: LexborHTMLParser) -> str | None:
    """The work's address: the page's canonical link, else the work its links point at."""
    for selector, attribute in (("link[rel=canonical]", "href"), ("meta[property='og:url']", "content")):
        node = tree.css_first(selector)
        m = _WORK_ID_RE.search(node.attributes.get(attribute) or "") if node is not None else None
        if m:
            return f"{AO3_HOST}/works/{m.group(1)}"
    for node in tree.css("a[href*='/works/'], form[action*='/works/']"):
        m = _WORK_ID_RE.search(node.attributes.get("href") or node.attributes.get("action") or "")
        if m:
            return f"{AO3_HOST}/works/{m.group(1)}"
    return None


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
            for position in dd.css("span.position") or [dd]:
                link = position.css_first("a[href*='/series/']")
                declared.series.append(series_part(node_text(position), link.attributes.get("href") or "" if link else ""))
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
                if "summary" in class_set(block):
                    builder.add_node(block, "summary")
                else:
                    add_notes(block, builder)


def read_userstuff(node: LexborNode, builder: TextBuilder) -> None:
    """Story text; AO3's screen-reader landmarks ("Chapter Text", "Work Text") are boilerplate."""
    for landmark in node.css(".landmark"):
        builder.add_node(landmark, "boilerplate")
    builder.add_node(node, skip=is_landmark)


def is_landmark(node: LexborNode) -> bool:
    return "landmark" in class_set(node)




# ---- A saved chapter index ("Chapter Index for Title by author") ----


def is_chapter_index(tree: LexborHTMLParser) -> bool:
    return tree.css_first("ol.chapter.index") is not None


def read_chapter_index(tree: LexborHTMLParser, builder: TextBuilder, declared: Declared) -> None:
    """The work's title, authors and address, and each chapter listed (a line 'N. Title (date)')
    as a chapter with its number, title and date; no story."""
    heading = tree.css_first("#main h2.heading") or tree.css_first("h2.heading")
    if heading is not None:
        work_link = heading.css_first("a[href*='/works/']")
        if work_link is not None:
            declared.title = node_text(work_link)
        declared.authors.extend(node_text(a) for a in heading.css("a[rel=author]"))
        builder.add_node(heading, "title")
    declared.url = work_url(tree)
    for item in tree.css("ol.chapter.index > li"):
        link = item.css_first("a")
        label = node_text(link) if link is not None else node_text(item)
        date = _DATE_RE.search(node_text(item))
        numbered = re.match(r"^(\d+)\.\s*(.*)$", label)
        number, title = (int(numbered.group(1)), numbered.group(2) or label) if numbered else (None, label)
        builder.start_chapter(title, number, builder.next_start())
        builder.add_paragraphs([node_text(item)], "navigation")
        builder.chapters[-1].published = date.group() if date else None
    builder.close_chapter()
