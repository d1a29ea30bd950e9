"""HTML reader: AO3's "Download → HTML" file, a saved AO3 work page or chapter index (readers/ao3.py),
or any saved page (its main text; fanfiction.net's story header as declared labels).

A saved AO3 login wall, error page or adult-content question is refused: it holds no work.
"""

from __future__ import annotations

import codecs
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..errors import ReadError
from ..model import Declared, Source, Work
from .plaintext import decode_mostly_utf8
from . import ao3
from ._html_text import TextBuilder, node_text, parse_html

FORMAT = "html"
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

_HEAD_MARKERS = (b"<html", b"<!doctype html", b"<head", b"<body")
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
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
    refusal = ao3.refusal(tree)
    if refusal:
        raise ReadError(path, refusal, "not_a_work")
    work = Work(source=Source(path=path, format=FORMAT, encoding=encoding))
    work.warnings.extend(warnings)
    builder = TextBuilder()
    if ao3.is_download(tree):
        work.source.format = "ao3-html"
        ao3.read_download(tree, builder, work.declared)
    elif ao3.is_chapter_index(tree):
        work.source.format = "ao3-index"
        ao3.read_chapter_index(tree, builder, work.declared)
        del tree
        return builder.fill(work)
    elif ao3.is_work_page(tree):
        work.source.format = "ao3-page"
        ao3.read_page(tree, builder, work.declared)
    else:
        read_generic_page(tree, builder, work.declared)
    del tree
    if builder.story_length() <= 0:
        raise ReadError(path, "no story text found in the HTML", "no_story")
    return builder.fill(work)


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


