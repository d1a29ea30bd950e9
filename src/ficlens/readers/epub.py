"""epub reader (placeholder until its module lands): reads nothing."""

from ..model import Work

FORMAT = "epub"


def sniff(path: str, head: bytes) -> bool:
    return False


def read(path: str, data: bytes) -> Work:
    raise NotImplementedError
