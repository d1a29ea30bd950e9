"""Script and chat lines: speech written without quotation marks after the speaker's name.

    DEAN: Who moved my pie?
    **Jason:** who ate my leftovers
    Tony (10:42 PM): where are you kid

Fan fiction writes text messages, group chats and script-style scenes so. A line counts when its
stands on its own line (hard-wrapped prose's "Oliver: who was ..." goes on in the next one), its
name is not a label word ("Note:", "Warning:", "Time:", `script_labels.txt`), the work has
`MIN_LINES` such lines, and the name is a character's or one of an exchange (see `script_lines`).
The name is the line's speech tag: it decides the speaker outright (rule "script").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from importlib import resources

from ..model import Work
from .quotes import Utterance
from .tags import SpeechTag

LABELS_FILE = "script_labels.txt"
NAME = r"[A-Z][\w’'.\-]*(?:[ \t][A-Z][\w’'.\-]*){0,2}"
# A name (bold, bracketed or bare), a parenthesis ("(10:42 PM)", "(whispering)"), a colon, the line.
SCRIPT_LINE_RE = re.compile(
    rf"^[ \t]*(?:\*\*|__|\[|<)?(?P<name>{NAME})(?:\*\*|__|\]|>)?[ \t]*(?:\([^)\n]{{1,30}}\)[ \t]*)?"
    rf"(?:\*\*|__)?:(?:\*\*|__)?[ \t]+(?:\([^)\n]{{1,40}}\)[ \t]*)?(?P<line>\S[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
MIN_LINES = 3


@lru_cache(maxsize=1)
def label_words() -> frozenset[str]:
    """Words that head a line as a label, not as a speaker (one per line, lower case, in the package)."""
    raw = resources.files(__package__).joinpath(LABELS_FILE).read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


def speaker_name(name: str) -> str:
    """The name as prose writes it: "DEAN" is "Dean"."""
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split())


def _whole_lines(text: str, lines: list[tuple[int, int]], paragraphs: list[tuple[int, int]]) -> list[bool]:
    """Per candidate line, whether it stands as a line of its own: it opens its paragraph or follows
    another candidate, and ends its paragraph or runs into another ("Oliver: who was ..." of
    hard-wrapped prose goes on in the next line)."""
    starts = [lo for lo, _ in paragraphs]
    out = []
    for k, (lo, hi) in enumerate(lines):
        p = bisect.bisect_right(starts, lo) - 1
        p_lo, p_hi = paragraphs[p] if p >= 0 else (0, len(text))
        opens = not text[p_lo:lo].strip() or (k > 0 and not text[lines[k - 1][1] : lo].strip())
        ends = not text[hi:p_hi].strip() or (k + 1 < len(lines) and not text[hi : lines[k + 1][0]].strip())
        out.append(opens and ends)
    return out


def script_lines(
    work: Work, quoted: list[tuple[int, int]], paragraphs: list[tuple[int, int]]
) -> list[tuple[int, int, SpeechTag]]:
    """(start, end, tag) of each script or chat line of the work's story text, outside quotations."""
    text = work.text
    story = [(s.start, s.end) for s in work.story_spans()]
    quoted = sorted(quoted)
    labels = label_words()
    matches = [m for lo, hi in story for m in SCRIPT_LINE_RE.finditer(text, lo, hi)]
    whole = _whole_lines(text, [(m.start(), m.end()) for m in matches], paragraphs)
    found = []
    for m, alone in zip(matches, whole):
        name = m.group("name")
        if not alone or name.lower() in labels or name.split()[0].lower() in labels:
            continue
        k = bisect.bisect_right(quoted, (m.start(), len(text))) - 1
        if k >= 0 and quoted[k][1] > m.start():
            continue
        found.append((m.start("line"), m.end("line"), SpeechTag(speaker_name(name), m.start("name"), "script")))
    if len(found) < MIN_LINES:
        return []
    known = {form for c in work.characters for form in (c.name, *c.aliases)}
    person = [tag.subject in known for _, _, tag in found]
    # A run of lines with only blank space between them is an exchange when two people or more
    # speak in it and one of them is a character, or one of them speaks again (a script's
    # "DEAN: ... SAM: ... DEAN: ..."; headers as "EMAIL: ... URL: ..." name each field once).
    keep = set()
    run = [0]
    for k in range(1, len(found) + 1):
        if k < len(found) and not text[found[k - 1][1] : found[k][2].pos].strip(" \t\n*_[<"):
            run.append(k)
            continue
        names = [found[j][2].subject for j in run]
        if len(set(names)) >= 2 and (any(person[j] for j in run) or len(set(names)) < len(names)):
            keep.update(run)
        keep.update(j for j in run if person[j])
        run = [k]
    return [line for k, line in enumerate(found) if k in keep]


def with_script_lines(
    work: Work, utterances: list[Utterance], paragraphs: list[tuple[int, int]]
) -> tuple[list[Utterance], dict[int, SpeechTag]]:
    """The utterances with the work's script lines among them, in text order, and the tag of each
    script line by its index there."""
    lines = script_lines(work, [(u.start, u.end) for u in utterances], paragraphs)
    if not lines:
        return utterances, {}
    starts = [lo for lo, _ in paragraphs]
    merged: list[tuple[Utterance, SpeechTag | None]] = [(u, None) for u in utterances]
    for start, end, tag in lines:
        index = bisect.bisect_right(starts, start) - 1
        merged.append((Utterance(parts=[(start, end)], paragraph=index, last_paragraph=index), tag))
    merged.sort(key=lambda pair: pair[0].start)
    return [u for u, _ in merged], {i: tag for i, (_, tag) in enumerate(merged) if tag}
