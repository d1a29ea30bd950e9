"""EPUB reader: AO3's EPUB, FanFicFare's EPUB, or any EPUB, read in spine order entirely in memory.

Nothing is ever extracted to disk. Zip bombs are refused twice over: by the sizes the
archive declares and by counting the bytes actually inflated. The OPF and container
are parsed with defusedxml (no DTD entities, no external references); XHTML goes
through the HTML parser, which never expands declared entities.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from lxml import etree as lxml_etree

from ..errors import ReadError
from ..model import Declared, Source, Work
from . import ao3
from ._html_text import TextBuilder, block_paragraphs, chapter_number, children, class_set, node_text, parse_html

FORMAT = "epub"

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ENTRIES = 10_000
READ_CHUNK_BYTES = 1024 * 1024
MB = 1024 * 1024

_NS = {
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_LABEL_LINE_RE = re.compile(r"^([A-Za-z][A-Za-z0-9 ./&-]{0,40}):\s*(.*)$")
_FANFICFARE_FIELDS = {
    "category": "fandoms",
    "fandom": "fandoms",
    "fandoms": "fandoms",
    "genre": "additional_tags",
    "freeform": "additional_tags",
    "freeformtags": "additional_tags",
    "additional tags": "additional_tags",
    "characters": "characters",
    "relationships": "relationships",
    "pairings": "relationships",
    "ships": "relationships",
    "warnings": "warnings",
    "ao3categories": "categories",
}
_STATUS_WORDS = {"completed", "complete", "in-progress", "in progress", "incomplete"}


def sniff(path: str, head: bytes) -> bool:
    if path.lower().endswith(".epub"):
        return True
    return head.startswith(b"PK\x03\x04") and b"application/epub+zip" in head[:200]


class Archive:
    """The zip's entries, read in memory under a shared inflation budget."""

    def __init__(self, path: str, data: bytes):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except Exception as exc:  # zipfile raises many types on damaged archives; all mean the same to a user
            detail = str(exc) if isinstance(exc, NotImplementedError) else "not a readable zip archive"
            raise ReadError(path, f"corrupt EPUB ({detail})", "corrupt") from None
        if len(infos) > MAX_ENTRIES:
            raise ReadError(path, f"EPUB has {len(infos)} entries (the limit is {MAX_ENTRIES})", "too_large")
        declared_total = sum(info.file_size for info in infos)
        if declared_total > MAX_UNCOMPRESSED_BYTES:
            raise ReadError(
                path, f"EPUB unpacks to {declared_total // MB} MB (the limit is {MAX_UNCOMPRESSED_BYTES // MB} MB)", "too_large"
            )
        self.infos = {info.filename: info for info in infos if info.filename and not info.filename.endswith("/")}
        self.inflated = 0

    def names(self) -> list[str]:
        return list(self.infos)

    def read(self, name: str) -> bytes | None:
        """An entry's bytes, or None if absent; stops as soon as the budget or the declared size is exceeded."""
        info = self.infos.get(name)
        if info is None:
            return None
        chunks = []
        got = 0
        try:
            with self.zip.open(info) as fh:
                while True:
                    chunk = fh.read(READ_CHUNK_BYTES)
                    if not chunk:
                        break
                    got += len(chunk)
                    self.inflated += len(chunk)
                    if self.inflated > MAX_UNCOMPRESSED_BYTES:
                        raise ReadError(
                            self.path, f"EPUB unpacks to more than {MAX_UNCOMPRESSED_BYTES // MB} MB", "too_large"
                        )
                    if got > info.file_size:
                        raise ReadError(self.path, f"corrupt EPUB ({name} is larger than its zip header says)", "corrupt")
                    chunks.append(chunk)
        except ReadError:
            raise
        except Exception as exc:  # damaged entry: bad CRC, bad deflate stream, unsupported method, encryption
            reason = "encrypted entry" if isinstance(exc, RuntimeError) else " ".join(str(exc).split()) or type(exc).__name__
            raise ReadError(self.path, f"corrupt EPUB ({name}: {reason[:120]})", "corrupt") from None
        return b"".join(chunks)


def parse_xml(path: str, name: str, data: bytes, warnings: list[str]) -> Element:
    """Strict, entity-free parse; a merely malformed file (say an unescaped '&') gets lxml's recovering
    parser, still without entities, DTD loading or network, and a warning."""
    try:
        return SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ReadError(path, f"unsafe XML in EPUB ({name} declares entities)", "unsafe_xml") from None
    except (ParseError, ValueError):
        pass
    parser = lxml_etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, dtd_validation=False
    )
    try:
        root = lxml_etree.fromstring(data, parser)
    except (lxml_etree.LxmlError, ValueError):
        root = None
    if root is None:
        raise ReadError(path, f"corrupt EPUB ({name} is not well-formed XML)", "corrupt")
    warnings.append(f"{name} is not well-formed XML; read what could be recovered")
    return root


def safe_join(base: str, href: str) -> str | None:
    """Resolve an href inside the archive; None when it points outside it (`../`, absolute, drive letters)."""
    href = unquote(href.split("#", 1)[0])
    if not href or href.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", href) or "\\" in href:
        return None
    joined = posixpath.normpath(posixpath.join(base, href))
    if joined.startswith("../") or joined == ".." or joined.startswith("/"):
        return None
    return joined


def find_opf(archive: Archive, warnings: list[str]) -> str:
    container = archive.read("META-INF/container.xml")
    if container is not None:
        root = parse_xml(archive.path, "META-INF/container.xml", container, warnings)
        for rootfile in root.iter(f"{{{_NS['container']}}}rootfile"):
            full_path = safe_join("", rootfile.get("full-path") or "")
            if full_path and full_path in archive.infos:
                return full_path
    candidates = sorted(n for n in archive.names() if n.lower().endswith(".opf"))
    if not candidates:
        raise ReadError(archive.path, "corrupt EPUB (no package document: META-INF/container.xml and .opf missing)", "corrupt")
    return candidates[0]


def read(path: str, data: bytes) -> Work:
    archive = Archive(path, data)
    work = Work(source=Source(path=path, format=FORMAT, encoding="utf-8"))
    opf_name = find_opf(archive, work.warnings)
    opf_bytes = archive.read(opf_name) or b""
    package = parse_xml(path, opf_name, opf_bytes, work.warnings)
    subjects = read_opf_metadata(package, work.declared)
    spine = spine_documents(archive, package, posixpath.dirname(opf_name), work.warnings)
    refuse_if_encrypted(archive, [name for name, _ in spine])
    flavour = "epub"
    # FanFicFare also packages AO3 works, so its marks are checked first.
    if b"FanFicFare" in opf_bytes or any(posixpath.basename(name) == "title_page.xhtml" for name, _ in spine):
        flavour = "fanficfare-epub"
    elif b"archiveofourown" in opf_bytes or b"Archive of Our Own" in opf_bytes:
        flavour = "ao3-epub"
    builder = TextBuilder()
    for index, (name, properties) in enumerate(spine):
        content = archive.read(name)
        if content is None:
            work.warnings.append(f"spine item {name} is missing from the archive")
            continue
        if index == 0 and flavour == "epub" and b'id="preface"' in content and b"Archive of Our Own" in content:
            flavour = "ao3-epub"  # AO3 preface page in an EPUB whose OPF does not name the archive
        tree = parse_html(path, decode_xhtml(content, work.warnings, name), work.warnings)
        if tree.body is None:
            continue
        if flavour == "ao3-epub":
            read_ao3_document(tree, builder, work.declared)
        elif flavour == "fanficfare-epub" and posixpath.basename(name).startswith(("title_page", "toc_page", "log_page")):
            if posixpath.basename(name).startswith("title_page"):
                read_fanficfare_title_page(tree, work.declared)
            builder.add_node(tree.body, "boilerplate")
        elif "nav" in properties:
            continue
        else:
            read_chapter_document(tree, builder)
    work.source.format = flavour
    if builder.story_length() <= 0:
        raise ReadError(path, "no story text found in the EPUB", "no_story")
    merge_subjects(work.declared, subjects)
    return builder.fill(work)


def refuse_if_encrypted(archive: Archive, documents: list[str]) -> None:
    """DRM: META-INF/encryption.xml listing a text document (obfuscated fonts alone are harmless)."""
    encryption = archive.read("META-INF/encryption.xml")
    if encryption is None:
        return
    if any(posixpath.basename(name).encode() in encryption for name in documents):
        raise ReadError(archive.path, "EPUB is encrypted (DRM); its text cannot be read", "encrypted")


def read_opf_metadata(package: Element, declared: Declared) -> list[str]:
    """Fill `declared` from the OPF's Dublin Core; returns the dc:subject values for `merge_subjects`."""
    metadata = package.find("opf:metadata", _NS)
    if metadata is None:
        return []

    def texts(tag: str) -> list[str]:
        return [" ".join((e.text or "").split()) for e in metadata.findall(f"dc:{tag}", _NS) if (e.text or "").strip()]

    titles = texts("title")
    declared.title = titles[0] if titles else None
    declared.authors = texts("creator")
    languages = texts("language")
    declared.language = languages[0] if languages else None
    descriptions = [e.text or "" for e in metadata.findall("dc:description", _NS)]
    if descriptions and descriptions[0].strip():
        declared.summary = description_text(descriptions[0])
    dates = texts("date")
    if dates:
        declared.published = dates[0]
    for value in texts("source") + texts("identifier"):
        if value.startswith(("http://", "https://")):
            declared.url = value
            break
    subjects = texts("subject")
    if any(s.lower() in ("completed", "complete") for s in subjects):
        declared.complete = True
    elif any(s.lower() in ("in-progress", "in progress", "incomplete") for s in subjects):
        declared.complete = False
    return subjects


def merge_subjects(declared: Declared, subjects: list[str]) -> None:
    """dc:subject repeats fandoms, ratings and status: keep only the values no other field holds."""
    known = {v.lower() for v in declared.fandoms + declared.characters + declared.relationships + declared.warnings}
    known.update(v.lower() for v in declared.categories + declared.additional_tags)
    if declared.rating:
        known.add(declared.rating.lower())
    for subject in subjects:
        lowered = subject.lower()
        if lowered in known or lowered in _STATUS_WORDS or lowered.startswith("rated:") or lowered == "fanworks":
            continue
        declared.additional_tags.append(subject)
        known.add(lowered)


def description_text(description: str) -> str:
    """dc:description often holds escaped HTML: keep its paragraphs, drop its tags."""
    if "<" not in description:
        return " ".join(description.split())
    tree = parse_html("", description, [])
    return "\n\n".join(block_paragraphs(tree.body)) if tree.body is not None else description


def spine_documents(archive: Archive, package: Element, base: str, warnings: list[str]) -> list[tuple[str, str]]:
    """(entry name, manifest properties) of each spine item in order; unsafe paths are skipped with a warning."""
    manifest: dict[str, tuple[str | None, str]] = {}
    for item in package.iterfind("opf:manifest/opf:item", _NS):
        href = item.get("href") or ""
        name = safe_join(base, href)
        if name is None:
            warnings.append(f"skipped manifest item with an unsafe path: {href[:80]}")
        media_type = (item.get("media-type") or "").lower()
        if media_type and "html" not in media_type:
            name = None  # images, SVG pages, fonts: nothing to read as story
        manifest[item.get("id") or ""] = (name, item.get("properties") or "")
    documents = []
    for itemref in package.iterfind("opf:spine/opf:itemref", _NS):
        name, properties = manifest.get(itemref.get("idref") or "", (None, ""))
        if name is not None:
            documents.append((name, properties))
    if not documents:
        documents = [
            (name, "") for name, _ in sorted(manifest.values(), key=lambda v: v[0] or "")
            if name and name.lower().endswith((".xhtml", ".html", ".htm"))
        ]
    if not documents:
        raise ReadError(archive.path, "corrupt EPUB (the spine lists no documents)", "corrupt")
    return documents


def decode_xhtml(content: bytes, warnings: list[str], name: str) -> str:
    declared = _XML_ENCODING_RE.match(content[:200])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        if encoding not in ("utf-8", "utf8"):
            try:
                return content.decode(encoding, errors="replace")
            except LookupError:
                warnings.append(f"{name}: unknown encoding {encoding!r}; read as UTF-8")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        warnings.append(f"{name}: invalid UTF-8; bad bytes replaced")
        return content.decode("utf-8-sig", errors="replace")


def read_ao3_document(tree, builder: TextBuilder, declared: Declared) -> None:
    """One file of AO3's EPUB: preface, chapter blocks or afterword, with the download-HTML markup."""
    nodes = children(tree.body)
    elements = [n for n in nodes if n.tag and not n.tag.startswith("-")]
    while len(elements) == 1 and elements[0].tag == "div" and not class_set(elements[0]) & {
        "meta", "userstuff"
    } and elements[0].attributes.get("id") not in ("preface", "chapters", "afterword"):
        nodes = children(elements[0])
        elements = [n for n in nodes if n.tag and not n.tag.startswith("-")]
    for node in nodes:
        is_element = bool(node.tag) and not node.tag.startswith("-")
        node_id = node.attributes.get("id") if is_element else None
        classes = class_set(node) if is_element else set()
        if node_id == "preface":
            builder.close_chapter()
            ao3.read_preface(node, builder, declared)
        elif node_id == "chapters":
            ao3.read_chapters(node, builder)
        elif node_id == "afterword":
            builder.close_chapter()
            ao3.read_preface_nodes(children(node), builder, declared, default_kind="author_note")
        elif node.tag in ("dl", "h1") or "message" in classes or "byline" in classes:
            ao3.read_preface_nodes([node], builder, declared)
        else:
            ao3.read_chapter_block(node, builder)


def read_fanficfare_title_page(tree, declared: Declared) -> None:
    """FanFicFare's title page: '<b>Label:</b> value<br/>' lines."""
    heading = tree.css_first("h3") or tree.css_first("h1")
    if heading is not None:
        links = heading.css("a")
        if links and not declared.title:
            declared.title = node_text(links[0])
        for link in links[1:]:
            author = node_text(link)
            if author and author not in declared.authors:
                declared.authors.append(author)
    label = None
    for paragraph in block_paragraphs(tree.body):
        for line in paragraph.split("\n"):
            m = _LABEL_LINE_RE.match(line)
            if m:
                label, value = m.group(1).strip(), m.group(2).strip()
                store_fanficfare_field(declared, label, value)
            elif label == "Summary":  # a summary of several paragraphs continues on unlabelled lines
                declared.summary = f"{declared.summary}\n{line}" if declared.summary else line


def store_fanficfare_field(declared: Declared, label: str, value: str) -> None:
    key = label.lower()
    field = _FANFICFARE_FIELDS.get(key)
    if field:
        target = getattr(declared, field)
        target.extend(v.strip() for v in value.split(",") if v.strip() and v.strip() not in target)
    elif key == "rating":
        declared.rating = value or None
    elif key == "summary":
        declared.summary = value or None
    elif key == "language":
        declared.language = value or None
    elif key == "status":
        declared.complete = value.lower() in ("completed", "complete")
    elif key == "published":
        declared.published = value
    elif key == "updated":
        declared.updated = value
    elif key == "words":
        digits = value.replace(",", "")
        declared.words = int(digits) if digits.isdecimal() else declared.words
    elif key == "chapters":
        declared.chapters = value
    elif key == "series":
        declared.series.append(ao3.series_part(value))
    else:
        declared.extra[label] = value


def read_chapter_document(tree, builder: TextBuilder) -> None:
    """A spine file is a chapter; a heading that opens it is the chapter heading."""
    body = tree.body
    paragraphs = block_paragraphs(body)
    if not paragraphs:
        return
    first_heading = None
    for node in body.traverse():
        if node.tag in ("h1", "h2", "h3"):
            first_heading = node
            break
        if node.tag in ("p", "blockquote", "li") and node_text(node):
            break
    title = node_text(first_heading) if first_heading is not None else None
    builder.start_chapter(title, chapter_number(title), builder.next_start())
    if title and paragraphs[0] == title:
        builder.add_paragraphs([paragraphs[0]], "chapter_heading")
        paragraphs = paragraphs[1:]
    builder.add_paragraphs(paragraphs)
    builder.close_chapter()
