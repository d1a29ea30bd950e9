"""The content stage (placeholder until its issue lands): returns the work unchanged."""

from ..model import Work

VERSION = "0"


def run(work: Work) -> Work:
    return work
