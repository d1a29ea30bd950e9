"""A mention as the characters stage holds it while it works: a span of the story, its kind, and the
alias cluster it refers to. The stage turns them into the work's mentions (`ficlens.model.Mention`)
at its end, when each cluster gets its character id."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """start, end: offsets in the work's text; kind: as `ficlens.model.Mention.kind`; cluster: the
    key of the alias cluster it refers to, None while it refers to no one. A cluster's key is its
    (normalised title, name words), e.g. ("mr", ("Darcy",)), or `narration.UNNAMED_NARRATOR` or
    `narration.READER_CLUSTER`; mentions read back from an analysed work carry the character id."""

    start: int
    end: int
    kind: str
    cluster: Hashable | None = None

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end
