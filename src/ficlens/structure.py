"""The structure stage (placeholder until its module lands): one chapter, one scene."""

from .model import Chapter, Scene, Work
from .text import count_words

VERSION = "0"


def run(work: Work) -> Work:
    n = len(work.text)
    work.chapters = work.chapters or [Chapter(index=0, start=0, end=n)]
    work.scenes = [Scene(index=0, start=0, end=n)]
    work.stats.words = count_words(work.text)
    work.stats.chapters = len(work.chapters)
    work.stats.scenes = len(work.scenes)
    return work
