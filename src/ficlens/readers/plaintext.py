"""Plain text reader (placeholder: UTF-8 only until its module lands)."""

from ..errors import ReadError
from ..model import Source, Work

FORMAT = "text"


def sniff(path: str, head: bytes) -> bool:
    return True


def read(path: str, data: bytes) -> Work:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReadError(path, "not valid UTF-8", "undecodable") from None
    return Work(text=text, source=Source(path=path, format=FORMAT, encoding="utf-8"))
