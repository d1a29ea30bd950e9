"""Plain text reader: decodes the bytes exactly (no newline translation) so offsets index the file's text.

Order of attempts: UTF-16 with BOM, UTF-8 (BOM removed), UTF-8 with stray bytes
(mixed encodings: the stray runs are decoded as Windows-1252, with a warning), then
Windows-1252 with a warning. Binary files are refused before any decoding.
"""

from __future__ import annotations

import codecs
import re

from ..errors import ReadError
from ..model import Source, Work

FORMAT = "text"

BINARY_SAMPLE_BYTES = 65536
MAX_CONTROL_RATIO = 0.05
# Control bytes that text files legitimately hold: tab, LF, VT, FF, CR, ESC, SUB (old DOS end of file).
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b\x1a")
_CONTROL_DELETE = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)
_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b", b"7z\xbc\xaf",
)
# A valid UTF-8 multi-byte sequence: evidence that a file with stray bytes is still mostly UTF-8.
_UTF8_MULTIBYTE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# The five bytes Windows-1252 leaves undefined.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


def _cp1252_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode a run of bytes that is not UTF-8 as Windows-1252 (undefined bytes become U+FFFD)."""
    chunk = exc.object[exc.start : exc.end]
    return chunk.decode("cp1252", errors="replace"), exc.end


_MIXED_HANDLER = "ficlens-utf8-cp1252"
codecs.register_error(_MIXED_HANDLER, _cp1252_fallback)


def sniff(path: str, head: bytes) -> bool:
    return True


def is_binary(data: bytes) -> bool:
    """A NUL byte anywhere, a known binary signature, or many control bytes in the first 64 KB."""
    sample = data[:BINARY_SAMPLE_BYTES]
    if sample.startswith(_BINARY_MAGIC):
        return True
    if b"\x00" in data:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_DELETE))
    return controls > MAX_CONTROL_RATIO * len(sample)


def decode(path: str, data: bytes) -> tuple[str, str, list[str]]:
    """(text, encoding name, warnings) for a text file; raises ReadError for binary or undecodable bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        encoding = "utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        try:
            text = data[2:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise ReadError(path, f"undecodable: invalid {encoding.upper()} at byte {exc.start + 2}", "undecodable") from None
        if is_binary(text[:BINARY_SAMPLE_BYTES].encode("latin-1", "replace")) or "\x00" in text:
            raise ReadError(path, "binary file, not text", "binary")
        return text, encoding, []
    if is_binary(data):
        raise ReadError(path, "binary file, not text", "binary")
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[3:] if bom else data
    try:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8", []
    except UnicodeDecodeError:
        pass
    mixed = decode_mostly_utf8(body, offset=3 if bom else 0, force=bom)
    if mixed is not None:
        return mixed[0], "utf-8", [mixed[1]]
    if any(b in body for b in _CP1252_UNDEFINED):
        raise ReadError(path, "undecodable: not UTF-8, UTF-16 or Windows-1252 text", "undecodable")
    return body.decode("cp1252"), "windows-1252", ["not valid UTF-8; decoded as Windows-1252"]


def decode_mostly_utf8(body: bytes, offset: int = 0, force: bool = False) -> tuple[str, str] | None:
    """(text, warning) when invalid UTF-8 is the exception in a UTF-8 file (stray runs decoded as
    Windows-1252); None when the bytes look like a single-byte encoding instead."""
    non_ascii = len(body.translate(None, bytes(range(128))))
    utf8_bytes = sum(len(seq) for seq in _UTF8_MULTIBYTE_RE.findall(body))
    stray = non_ascii - utf8_bytes
    if not force and not (utf8_bytes and utf8_bytes >= stray):
        return None
    try:
        body.decode("utf-8")
        first_bad = 0
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    text = body.decode("utf-8", errors=_MIXED_HANDLER)
    plural = "" if stray == 1 else "s"
    return text, f"invalid UTF-8 from byte {first_bad + offset} ({stray} stray byte{plural}); decoded those as Windows-1252"


def read(path: str, data: bytes) -> Work:
    text, encoding, warnings = decode(path, data)
    if not text.strip():
        raise ReadError(path, "no text in file (only whitespace)", "empty")
    work = Work(text=text, source=Source(path=path, format=FORMAT, encoding=encoding))
    work.warnings.extend(warnings)
    return work
