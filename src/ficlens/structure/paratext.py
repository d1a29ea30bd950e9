"""Paratext at chapter starts and ends: header blocks, notes, credits, site chrome, epigraphs.

At a chapter's start, blocks are read in order until the story begins. Strong paratext (a
labelled field, a label whose value follows, a landmark, chrome, a credit...) is paratext on its
own; weak paratext (a title-like line, a date, a user line) only beside strong paratext; a block
that reads as story is paratext only when strong paratext follows within a few blocks (the value
of a note run on, a summary under a by-line). Where a header ends at a wide gap or a scene break,
the few blocks before it are paratext too. At a chapter's end, blocks are read backwards: notes,
credits, end marks, review requests and navigation, and everything after a note's label.
"""

from __future__ import annotations

import re

from .declared import subject_declares_rating
from .labels import names_pairing
from .headers import (
    Block,
    Field,
    GLUED_LABEL_RE,
    BY_LINE_RE,
    REPLY_LINE_RE,
    REVIEW_REPLY_LABEL_RE,
    SIGNATURE_RE,
    author_talk,
    classify_block,
    is_epigraph_end,
    label_match,
    may_label_a_note,
    quoted_block,
)

# How far into a chapter (from either end) headers and notes are looked for, in blocks.
HEAD_SCAN_BLOCKS = 60
TAIL_SCAN_BLOCKS = 40
# Weak blocks waiting for strong paratext, at most.
PENDING_MAX = 6
# A story-like block is paratext when strong paratext follows with at most this many story-like blocks between.
SANDWICH_GAP = 2
SANDWICH_MAX_CHARS = 1500
# An opener's value runs to the next landmark or label within this many blocks and characters, else is one block.
OPENER_BODY_BLOCKS = 30
OPENER_BODY_CHARS = 8000
# After a header, up to this many characters before a wide gap or a scene break are paratext.
HEADER_TAIL_CHARS = 1500
HEADER_TAIL_BLOCKS = 8
GAP_NOTE_BLOCKS = 3
# An author talking about the work (see headers.author_talk) at the top or the end of a chapter.
TALK_MIN = 4
TALK_TOP_MIN = 3
# Before the first chapter heading, at most this much text with no header is front matter.
FRONT_MATTER_CHARS = 3000
# An end note under its own label ("Author's Endnote:") runs at most this long; one under a
# labelled line ("A/N: ...") at most TAIL_SCAN_BLOCKS blocks.
END_NOTE_BLOCKS = 60
END_NOTE_CHARS = 12000
# A note's label ends a chapter only after this many story blocks.
TAIL_STORY_MIN_BLOCKS = 2
FRONT_MATTER_BLOCKS = 15
# An epigraph: a quotation, or up to this many short lines, closed by an attribution.
EPIGRAPH_LINES = 12
EPIGRAPH_LINE_MAX = 120
# An attribution names a person or a work: its lowercase words, outside quoted titles, are these.
_ATTRIBUTION_LOWER = frozenset("a an and at by de del der for from in of on the to van von with".split())
_QUOTED_RE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’")
_SENTENCE_BREAK_RE = re.compile(r"\w\w[.?!…] +\S")
_LOWER_WORD_RE = re.compile(r"(?<![\w'’])[^\W\d_A-ZÀ-Þ][\w'’]*")
_NAME_LINE_RE = re.compile(r"^[\W_]*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}[\W_]*$")
# A line cut by wrapping is at least this long; a value whose user link was lost goes on "akuni , because".
WRAPPED_VALUE_MIN = 70
# What follows a pairing on a post's title line: " | title", " - title", " (fandom)".
_PAIRING_TAIL_RE = re.compile(r"\s+(?:\||//|[-–—]|\()\s*")
_LIST_FIELDS = frozenset({"tags", "characters", "fandoms", "relationships", "warnings", "genre", "categories"})
_LOST_LINK_RE = re.compile(r"^[\w.-]+ [,.;:]")
_END_KINDS = frozenset({"author_note", "end_note", "end_mark", "review_request"})
_IN_WHICH_RE = re.compile(r"^[\W_]*in which\b", re.IGNORECASE)
_BLANK_LINE_RE = re.compile(r"\n[ \t\r]*\n")
# A note closed in its own brackets ("(A/N: Rob's boat is real.)") owns no blocks after it.
_ENCLOSED_RE = re.compile(r"^[ \t*_]*[(\[][^\n]*[)\]][ \t*_.]*$")
_WIDE_GAP_RE = re.compile(r"\n[ \t\r]*\n[ \t\r]*\n")
_PAIRING_LINE_RE = re.compile(
    r"^[\W_]*[\w!.'’ -]{1,40}?(?: [xX×] |/| & )[\w!.'’ -]{1,40}(?:(?: [xX×] |/| & )[\w!.'’ -]{1,40})*"
    r"(?:[ \t]*(?:\([^()\n]{1,60}\)|[-–—|:][^\n]{0,80}))?[\W_]*$"
)


class _Blocks:
    """The blocks of one chapter with their classification, computed once each."""

    def __init__(self, text: str, blocks: list[tuple[int, int]], skip: set[int], top_of_work: bool,
                 known: dict[str, str]):
        self.text = text
        self.blocks = blocks
        self.skip = skip
        self.top_of_work = top_of_work
        self.known = known
        self._seen: dict[int, Block] = {}

    def get(self, i: int) -> Block:
        b = self._seen.get(i)
        if b is None:
            b = classify_block(self.text, *self.blocks[i], self.top_of_work)
            kind = None if b.is_paratext else self.known.get(self.string(i).strip())
            if kind:  # repeated at chapter boundaries, or a contents line naming a heading
                b = Block("strong", [Field(*self.blocks[i], kind)], kind=kind)
            self._seen[i] = b
        return b

    def chars(self, i: int) -> int:
        return self.blocks[i][1] - self.blocks[i][0]

    def string(self, i: int) -> str:
        return self.text[self.blocks[i][0] : self.blocks[i][1]]


def scan_chapter(text: str, blocks: list[tuple[int, int]], lo: int, hi: int, skip: set[int], breaks: set[int],
                 top_of_work: bool, known: dict[str, str]) -> tuple[list[Field], int]:
    """Paratext at a chapter's start; returns the fields and the index of the first story block.
    `known`: block texts that are paratext of the given kind in this work (see repeats)."""
    bs = _Blocks(text, blocks, skip, top_of_work, known)
    fields: list[Field] = []
    pending: list[Field] = []
    titles: set[str] = set()
    strong_seen = after_story_start = False
    headed = lo < hi and lo in skip and lo not in breaks  # the chapter opens with its heading
    i = lo
    limit = min(hi, lo + HEAD_SCAN_BLOCKS)
    while i < limit:
        if i in skip:
            i += 1
            continue
        if not fields and not pending and _chapter_subtitle(bs, i):
            fields.append(Field(*blocks[i], "summary"))  # "In which ..." under a chapter's heading
            strong_seen = True
            i += 1
            continue
        b = bs.get(i)
        if b.role == "weak" and b.kind == "title" and (_title_key(bs.string(i)) in titles
                                                         or subject_declares_rating(bs.string(i))):
            b = Block("strong", b.fields, kind="title")
        elif b.role == "story" and pending and pending[-1].kind == "title" and pending[-1].end <= blocks[i][0]:
            by_line = BY_LINE_RE.match(bs.string(i))
            if by_line:
                b = Block("fields", [Field(*blocks[i], "header", "authors", by_line.group("value").strip(), "by")])
        if b.role == "story" or (b.role == "weak" and not after_story_start):
            epigraph_end = _epigraph_end(bs, i, hi)
            if epigraph_end is not None:
                fields.extend(pending)
                pending = []
                fields.extend(Field(*blocks[j], "epigraph") for j in range(i, epigraph_end) if j not in skip)
                strong_seen = True
                i = epigraph_end
                continue
        if b.is_paratext:
            fields.extend(pending)
            pending = []
            strong_seen = True
            if b.story_start:
                after_story_start = True
            taken = len(fields)
            i = _take(bs, i, b, hi, fields)
            titles.update(_title_key(f.value) for f in fields[taken:] if f.name == "title")
            continue
        if after_story_start:
            break
        if b.role == "weak":
            pending.append(_weak_field(bs, i, b))
            titles.add(_title_key(bs.string(i)))
            if len(pending) > PENDING_MAX:
                break
            i += 1
            continue
        near_top = i - lo < 4 and (top_of_work or headed)
        if bs.chars(i) <= SANDWICH_MAX_CHARS and (strong_seen or near_top) \
                and author_talk(bs.string(i)) >= (TALK_TOP_MIN if top_of_work and i - lo < 4 else TALK_MIN):
            fields.extend(pending)
            pending = []
            fields.append(_sandwiched_field(bs, i, fields, pending))
            strong_seen = True
            i += 1
            continue
        if _sandwiched(bs, i, hi, strong_seen, bool(pending) or (top_of_work and i == lo)):
            pending.append(_sandwiched_field(bs, i, fields, pending))
            i += 1
            continue
        break
    if strong_seen:
        fields.extend(pending)
        if not after_story_start:
            i = _header_end(bs, i, hi, breaks, fields)
    elif top_of_work and pending and pending[0].start == blocks[lo][0] and pending[0].kind == "title" \
            and (lo + 1 >= len(blocks) or _BLANK_LINE_RE.search(text, blocks[lo][1], blocks[lo + 1][0])):
        fields.append(pending[0])  # a work's first line, on a line of its own, is its title
    return fields, i


def _title_key(s: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", s.casefold()).split())


def _weak_field(bs: _Blocks, i: int, b: Block) -> Field:
    """A weak block's field; a title-like line that is a pairing ("Dean Winchester x Reader") declares it."""
    f = b.fields[0]
    line = bs.string(i).strip()
    if b.kind == "title" and _PAIRING_LINE_RE.match(line) and (" x " in line.lower() or "/" in line or (" & " in line and names_pairing(line))):
        pairing = _PAIRING_TAIL_RE.split(line.strip("▹►•·—–-~ \t"), 1)[0].strip()
        return Field(f.start, f.end, "header", "relationships", pairing, "pairing")
    return f


def _take(bs: _Blocks, i: int, b: Block, hi: int, fields: list[Field]) -> int:
    """Add strong block i (and the blocks its label owns); the index after them."""
    if b.role == "opener":
        end = _opener_body_end(bs, i + 1, hi)
        body = [j for j in range(i + 1, end) if j not in bs.skip]
        label = b.fields[0]
        label.name = b.kind if b.kind in ("summary", "disclaimer") else "author_note"
        label.value = "\n\n".join(bs.string(j).strip() for j in body)
        label.label = b.opener
        fields.append(label)
        fields.extend(Field(*bs.blocks[j], b.kind) for j in body)
        return _take_replies(bs, label, end, hi, fields)
    fields.extend(b.fields)
    if b.role != "fields":
        return i + 1
    last = b.fields[-1]
    if last.end < bs.blocks[i][1]:  # story follows the header lines in the same block
        return i + 1
    j = i + 1
    if not last.value and j < hi and j not in bs.skip:
        line = bs.string(j).strip()
        glued = GLUED_LABEL_RE.match(line)
        if glued and label_match(glued.group("rest")):
            last.value = glued.group("glue")
            return j  # the glued label's own block is read next, its value already taken
        nxt = bs.get(j)
        if nxt.role in ("story", "weak") and "\n" not in line:
            last.end = bs.blocks[j][1]
            last.value = line
            return j + 1
    while j < hi and j not in bs.skip and _continues(bs, last, j):
        last.end = bs.blocks[j][1]
        last.value = f"{last.value} {bs.string(j).strip()}"
        j += 1
    return _take_replies(bs, last, j, hi, fields)


def _take_replies(bs: _Blocks, label: Field, j: int, hi: int, fields: list[Field]) -> int:
    """After the label of an author's answers to reviewers, each block that answers one
    ("Guest: Thank you!") is part of the note; the index after them."""
    if not REVIEW_REPLY_LABEL_RE.match(label.label):
        return j
    while j < hi and j not in bs.skip and bs.chars(j) <= SANDWICH_MAX_CHARS and REPLY_LINE_RE.match(bs.string(j)):
        fields.append(Field(*bs.blocks[j], "author_note"))
        j += 1
    return j


def _continues(bs: _Blocks, last: Field, j: int) -> bool:
    """Whether block j carries on the value of the field before it: the value stops mid-phrase
    (a long line cut by wrapping, or a lost user link) and the block is not paratext of its own."""
    value = last.value
    line = bs.string(j).strip()
    if not value or "\n" in line or value[-1] in ".!?:;)\"”" or bs.get(j).is_paratext:
        return False
    if _LOST_LINK_RE.match(line):
        return True
    if bs.text[last.start : last.end].rfind("\n") >= 0 or last.end - last.start < WRAPPED_VALUE_MIN:
        return False
    return line[:1].islower() or line[:1] == "(" or (
        last.name in _LIST_FIELDS and "," in line and line[-1] not in ".!?\"”")


def _opener_body_end(bs: _Blocks, i: int, hi: int) -> int:
    """End of a label's value: the next landmark, label or heading within bounds, else one block."""
    chars = 0
    for j in range(i, min(hi, i + OPENER_BODY_BLOCKS)):
        if j in bs.skip:
            return j
        b = bs.get(j)
        if b.role in ("opener", "landmark") or (b.role == "fields" and b.fields[0].kind not in ("author_note", "end_note")):
            return j
        chars += bs.chars(j)
        if chars > OPENER_BODY_CHARS:
            break
    return min(i + 1, hi)


def _sandwiched_field(bs: _Blocks, i: int, fields: list[Field], pending: list[Field]) -> Field:
    """A story-like block inside a header: the rest of the free-text value just before it (a
    warning or a note run on in lower case), the summary under a by-line, or a note."""
    before = fields[-1] if fields and not pending and fields[-1].end <= bs.blocks[i][0] else None
    line = bs.string(i).strip()
    if before is not None and before.name in ("warnings", "summary", "author_note") and line[:1].islower():
        before.value = f"{before.value}\n\n{line}"
        return Field(*bs.blocks[i], before.kind)
    if before is not None and before.label == "by":
        return Field(*bs.blocks[i], "summary", "summary", line, "summary")
    return Field(*bs.blocks[i], "author_note")


def _sandwiched(bs: _Blocks, i: int, hi: int, strong_seen: bool, after_weak: bool) -> bool:
    """Whether story-like block i sits inside a header: header paratext (not a note, an end mark
    or a review request, which also end chapters) follows with at most SANDWICH_GAP story-like
    blocks (and any weak ones) between; before any strong paratext, only a single line among
    title-like lines, right before a header."""
    if bs.chars(i) > SANDWICH_MAX_CHARS:
        return False
    if not strong_seen and bs.chars(i) <= 300 and _header_follows(bs, i, hi):
        return True
    if not strong_seen and not (after_weak and bs.chars(i) <= 200 and "\n" not in bs.string(i)):
        return False
    story = 0
    for j in range(i + 1, min(hi, i + 2 * SANDWICH_GAP + 4)):
        if j in bs.skip:
            return False
        b = bs.get(j)
        if b.is_paratext:
            return b.fields[0].kind not in _END_KINDS and (strong_seen or b.role in ("fields", "opener"))
        if b.role == "story":
            story += 1
            if story > (SANDWICH_GAP if strong_seen else 0) or bs.chars(j) > SANDWICH_MAX_CHARS:
                return False
    return False


def _header_follows(bs: _Blocks, i: int, hi: int) -> bool:
    """Whether two labelled header lines in a row follow block i within a few blocks."""
    story = 0
    for j in range(i + 1, min(hi, i + 5)):
        if j in bs.skip:
            return False
        b = bs.get(j)
        if b.role == "fields" and b.fields[0].kind in ("header", "summary"):
            k = j + 1
            return k < hi and k not in bs.skip and (len(b.fields) > 1 or bs.get(k).role == "fields")
        if b.role == "story":
            story += 1
            if story > 1:
                return False
    return False


def _chapter_subtitle(bs: _Blocks, i: int) -> bool:
    """A chapter's first line saying what happens in it: "In which Mina finds a door."."""
    return bs.chars(i) <= 200 and _IN_WHICH_RE.match(bs.string(i)) is not None and "\n" not in bs.string(i).strip()


def _names_only(line: str) -> bool:
    """A dash-led line that names a source ("— Oscar Wilde, The Picture of Dorian Gray"), not
    dash dialogue ("— Presque, mentit Ron.", "—Claro. Aire.", "—¿Y tú?")."""
    bare = _QUOTED_RE.sub(" ", line).strip()
    if bare.endswith(("?", "!", "»")) or _SENTENCE_BREAK_RE.search(bare):
        return False
    return all(w.lower() in _ATTRIBUTION_LOWER for w in _LOWER_WORD_RE.findall(bare))


def _epigraph_end(bs: _Blocks, i: int, hi: int) -> int | None:
    """End of an epigraph starting at block i: a quotation with its attribution, or short lines up
    to an attribution line."""
    first = bs.string(i)
    if len(first) <= 600 and "\n" not in first.strip() and is_epigraph_end(first) and not first.lstrip().startswith(("-", "–", "—", "~")):
        return i + 1
    if quoted_block(first) and i + 1 < hi and i + 1 not in bs.skip:
        nxt = bs.string(i + 1).strip()
        if is_epigraph_end(nxt) or (_NAME_LINE_RE.match(nxt) and len(nxt) <= 40):
            return i + 2
    for j in range(i, min(hi, i + EPIGRAPH_LINES + 1)):
        if j in bs.skip or bs.chars(j) > EPIGRAPH_LINE_MAX:
            return None
        line = bs.string(j)
        if line.lstrip()[:1] in "-–—~":
            # The first dash-led line closes the epigraph or, as in dash dialogue
            # ("—Ya —dijo Ron—."), shows there is none.
            return j + 1 if j > i and is_epigraph_end(line) and _names_only(line) else None
    return None


def _header_end(bs: _Blocks, i: int, hi: int, breaks: set[int], fields: list[Field]) -> int:
    """After a header: the few blocks before a wide gap or a scene break, and a summary ending
    'In which ...', are paratext too. Returns the first story block."""
    text = bs.text
    chars = 0
    for j in range(i, min(hi, i + HEADER_TAIL_BLOCKS)):
        if j in bs.skip:
            if j in breaks and all(_reads_as_note(bs, k) for k in range(i, j)):
                return _take_until(bs, i, j, fields, breaks, hi)
            return i
        chars += bs.chars(j)
        if chars > HEADER_TAIL_CHARS:
            break
        if _IN_WHICH_RE.match(bs.string(j)):
            end = j + 1
            while end < hi and end not in bs.skip and bs.string(end)[:1].islower() and bs.chars(end) <= 200:
                end += 1
            fields.extend(Field(*bs.blocks[k], "summary", "summary", bs.string(k).strip(), "summary")
                          for k in range(i, end))
            return end
        if j + 1 < len(bs.blocks) and _WIDE_GAP_RE.search(text, bs.blocks[j][1], bs.blocks[j + 1][0]) \
                and j - i < GAP_NOTE_BLOCKS and all(_reads_as_note(bs, k, 500) for k in range(i, j + 1)) \
                and not _gaps_are_common(bs, j + 1):
            return _take_until(bs, i, j + 1, fields, breaks, hi)
    return i


def _reads_as_note(bs: _Blocks, k: int, short: int = 60) -> bool:
    """A block between a header and a scene break or wide gap that is not the story's first
    lines: the author talking, or a short block without quotation marks."""
    s = bs.string(k)
    return author_talk(s) >= 2 or (len(s) <= short and not any(q in s for q in "\"“”"))


def _take_until(bs: _Blocks, i: int, end: int, fields: list[Field], breaks: set[int], hi: int) -> int:
    """Blocks i..end-1 as notes; past a scene break, one block framed by a second break too."""
    fields.extend(Field(*bs.blocks[k], "author_note") for k in range(i, end) if k not in bs.skip)
    if end in breaks and end + 2 < hi and end + 2 in breaks and end + 1 not in bs.skip \
            and bs.chars(end + 1) <= EPIGRAPH_LINE_MAX * 4:
        fields.append(Field(*bs.blocks[end + 1], "epigraph"))
        return end + 3
    return end


def _gaps_are_common(bs: _Blocks, j: int) -> bool:
    """Whether the story itself separates many paragraphs by wide gaps (then a gap ends nothing)."""
    end = min(len(bs.blocks) - 1, j + 12)
    wide = sum(1 for k in range(j, end) if _WIDE_GAP_RE.search(bs.text, bs.blocks[k][1], bs.blocks[k + 1][0]))
    return wide * 4 > max(1, end - j)


def scan_chapter_end(text: str, blocks: list[tuple[int, int]], lo: int, hi: int, skip: set[int],
                     known: dict[str, str]) -> list[Field]:
    """Paratext at a chapter's end: notes (and everything after a note's label), credits, end
    marks, review requests, navigation; notes here are end notes."""
    bs = _Blocks(text, blocks, skip, False, known)
    fields: list[Field] = []
    i = hi - 1
    while i >= lo and i >= hi - TAIL_SCAN_BLOCKS:
        if i in skip:
            i -= 1
            continue
        b = bs.get(i)
        if b.is_paratext:
            if b.role == "fields" and b.fields[-1].end < blocks[i][1]:
                break
            fields.extend(_as_end_note(f) for f in b.fields)
            i -= 1
            continue
        if b.role == "weak" and b.kind == "title" and fields and fields[-1].name == "authors":
            fields.append(b.fields[0])
            i -= 1
            continue
        if SIGNATURE_RE.match(bs.string(i)) and i - 1 >= lo and i - 1 not in skip \
                and (bs.get(i - 1).is_paratext or author_talk(bs.string(i - 1)) >= TALK_MIN):
            fields.append(Field(*blocks[i], "end_note"))  # the author signing the note above off
            i -= 1
            continue
        by_line = BY_LINE_RE.match(bs.string(i))
        if by_line and i - 1 >= lo and i - 1 not in skip and bs.get(i - 1).kind == "title":
            fields.append(Field(*blocks[i], "header", "authors", by_line.group("value").strip(), "by"))
            fields.append(bs.get(i - 1).fields[0])
            i -= 2
            continue
        if bs.chars(i) <= SANDWICH_MAX_CHARS and author_talk(bs.string(i)) >= TALK_MIN:
            fields.append(Field(*blocks[i], "end_note"))
            i -= 1
            continue
        opener = _note_label_before(bs, i, lo)
        if opener is None or not (bs.get(opener).fields[0].kind == "boilerplate" or _story_before(bs, lo, opener)):
            break
        fields.extend(_as_end_note(f) for f in bs.get(opener).fields)
        fields.extend(Field(*blocks[j], "end_note") for j in range(opener + 1, i + 1) if j not in skip)
        i = opener - 1
    return fields


def _as_end_note(f: Field) -> Field:
    if f.kind == "author_note":
        f.kind = "end_note"
    return f


def _story_before(bs: _Blocks, lo: int, j: int) -> bool:
    """Whether a chapter's story comes before block j (so a note's label there ends it, rather
    than being a header note the start of the chapter did not take)."""
    return sum(1 for k in range(lo, j) if k not in bs.skip) >= TAIL_STORY_MIN_BLOCKS


def _note_label_before(bs: _Blocks, i: int, lo: int) -> int | None:
    """Index of a note's label (an opener, or 'A/N: ...') within TAIL_SCAN_BLOCKS blocks and
    OPENER_BODY_CHARS characters before block i, when the blocks between read as a note (few
    open with a quotation mark; under a labelled line that is not closed in its own brackets,
    each reads as a note)."""
    chars = 0
    quoted = 0
    for j in range(i - 1, max(lo, i - END_NOTE_BLOCKS) - 1, -1):
        if j in bs.skip:
            continue
        s = bs.string(j)
        chars += len(s)
        if chars > END_NOTE_CHARS:
            return None
        if s.lstrip()[:1] in "\"“":
            quoted += 1
        if (len(s) <= 60 or ":" in s[:40] or s.lstrip()[:4].lower() in ("a/n", "(a/n", "an -", "an:")) \
                and may_label_a_note(s):
            b = bs.get(j)
            labelled_note = b.role == "fields" and b.fields[0].kind in ("author_note", "end_note") and i - j <= TAIL_SCAN_BLOCKS
            if b.role == "opener" or (labelled_note and not _ENCLOSED_RE.match(s)
                                      and all(_reads_as_note(bs, k) for k in range(j + 1, i + 1) if k not in bs.skip)):
                return j if quoted * 10 <= 3 * (i - j) else None
    return None



def front_matter(text: str, blocks: list[tuple[int, int]], i: int, hi: int, skip: set[int], next_number: int | None,
                 header_found: bool) -> tuple[list[Field], int]:
    """Before the first chapter heading, what is left after the header (a summary, notes, a
    site's title lines) is paratext when it is short and the heading opens the story ('Chapter 1',
    'Prologue') or a header came before it. Returns the fields and the first story block."""
    bs = _Blocks(text, blocks, skip, True, {})
    rest = [j for j in range(i, hi) if j not in skip]
    if not rest or len(rest) > FRONT_MATTER_BLOCKS or sum(bs.chars(j) for j in rest) > FRONT_MATTER_CHARS:
        return [], i
    if not (header_found or next_number == 1) or not all(_reads_as_note(bs, j, 500) for j in rest):
        return [], i
    return [Field(*blocks[j], "author_note") for j in rest], hi
