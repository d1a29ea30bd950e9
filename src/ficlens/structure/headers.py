"""Header lines and blocks: labelled fields ("Rating: M"), author's notes, credits, disclaimers,
end marks and review requests, as written by authors and sites."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .layout import LINE_RE, WRAPPED_LINE_MIN, strip_span


# Label -> field. Order matters where labels share a prefix (longer first).
_LABEL_FIELDS: list[tuple[str, str]] = [
    (r"title", "title"),
    (r"authors?|author\(s\)|written by|writer|pen ?name", "authors"),
    (r"rating|rated", "rating"),
    (r"pairings?|ships?|relationships?", "relationships"),
    (r"characters?", "characters"),
    (r"fandoms?|crossover", "fandoms"),
    (r"(?:archive |content |trigger )?warnings?|tw|cw", "warnings"),
    (r"genres?", "genre"),
    (r"(?:additional |freeform )?tags", "tags"),
    (r"categor(?:y|ies)", "categories"),
    (r"words|word ?count|length", "words"),
    (r"summary|blurb", "summary"),
    (r"disclaimers?", "disclaimer"),
    (r"a/ ?n|an|author'?s'? notes?|authors? notes?|(?:chapter |end )?notes?", "author_note"),
    (r"beta(?:'?d|ed)?(?: by)?|beta[- ]?readers?|betas", "beta"),
    (r"language", "language"),
    (r"series", "series"),
    (r"chapters", "chapters"),
    (r"status", "status"),
    (r"spoilers?|timeline|setting|dedication|dedicated to|prompt|feedback|archiving|season|universe"
     r"|tag ?list|masterlist|requested by|request", "extra"),
]
_LABEL_GROUPS = {f"f{i}": name for i, (_, name) in enumerate(_LABEL_FIELDS)}
_LABEL_ALTERNATION = "|".join(f"(?P<f{i}>{pattern})" for i, (pattern, _) in enumerate(_LABEL_FIELDS))
LABEL_LINE_RE = re.compile(
    rf"^[ \t]*[*_#>\[(]*[ \t]*(?:{_LABEL_ALTERNATION})[ \t]*[*_\])]*"
    rf"[ \t]*(?:\((?P<qualifier>[^)\n]{{0,40}})\))?[ \t]*[*_]*[ \t]*[:：][ \t]*[*_]*[ \t]*(?P<value>[^\r\n]*)$",
    re.IGNORECASE,
)
# "A/N - text" and "A/N text": an author's note without a colon.
AUTHOR_NOTE_LINE_RE = re.compile(r"^[ \t]*[*_(\[]*(?:A/N|a/n|A/n|AN(?=[ \t]*[-–—]))[ \t]*[-–—.]?[ \t]*(?P<value>[^\r\n]*)$")
# A label standing alone on its line: its value is the next block.
LABEL_ONLY_RE = re.compile(
    r"^[\W_]*(?P<label>author'?s'? notes?|authors? notes?|a/n|notes|chapter notes|end notes|chapter end notes"
    r"|summary|disclaimer)[\W_]*$",
    re.IGNORECASE,
)
BY_LINE_RE = re.compile(r"^[ \t]*(?:[Bb]y|BY)[ \t:]+(?P<value>\S[^\r\n]{0,60})$")

END_MARK_RE = re.compile(
    r"^[\W_]*+(?:the end|fin|finis|tbc|t\.b\.c|to be continued|end|end of (?:chapter|part|story)(?: \w+)?"
    r"|end chapter(?: \w+)?)[\W_]*$",
    re.IGNORECASE,
)
REVIEW_REQUEST_RE = re.compile(
    r"\b(?:please,? (?:read (?:and|&) )?(?:review|comment|leave a (?:review|comment))|r ?(?:&|and) ?r\b"
    r"|reviews? (?:are|is|=|make)|kudos (?:and|&) comments|comments? (?:and|&) kudos"
    r"|(?:leave|drop) (?:a |me )?(?:review|comment|kudos)|feedback is (?:love|appreciated|welcome)"
    r"|review (?:please|pls|plz)|let me know what you think)",
    re.IGNORECASE,
)
CREDIT_RE = re.compile(
    r"^[\W_]*+(?:beta(?:'?d|ed)?(?:[- ]read)? by\b|beta[- ]read(?:ing)? by\b"
    r"|(?:many |huge |big |special )?thanks? (?:you )?to\b.{0,80}?\bfor (?:the |my |this |her |his |their )?"
    r"(?:beta|banner|art|cover|fanart|edit|proof|help|read|look)"
    r"|(?:banner|art|cover(?: art)?|fan ?art|artwork|podfic) (?:by|made by|courtesy of)\b"
    r"|(?:translated|illustrated|edited|proofread) by\b)",
    re.IGNORECASE,
)
DISCLAIMER_RE = re.compile(
    r"^[\W_]*+(?:disclaimer\b|i (?:do not|don'?t|dont|didn'?t) own\b|(?:i )?own nothing\b|not mine\b"
    r"|nothing (?:here )?(?:is|belongs to) me\b|all (?:characters|rights)\b.{0,80}\b(?:belong|reserved|property)"
    r"|.{0,100}\bbelongs? to (?:their|the|its) (?:respective |rightful )?(?:owners?|creators?|authors?))",
    re.IGNORECASE,
)
BOILERPLATE_RE = re.compile(
    r"^[ \t]*(?:work header|chapter text|chapter end notes|chapter notes|end notes|notes|afterword|preface"
    r"|posted originally on .{0,200}|please drop by the archive and comment.{0,200}"
    r"|\(?see the end of the (?:chapter|work) for (?:more )?notes\.?\)?)[ \t]*$",
    re.IGNORECASE,
)
_NOTE_OPENERS = {"notes", "chapter notes", "end notes", "chapter end notes"}

# How far into a chapter (from either end) headers and notes are looked for, in blocks.
HEAD_SCAN_BLOCKS = 40
TAIL_SCAN_BLOCKS = 15
_SHORT_BLOCK = 400

_FIELD_KIND = {"summary": "summary", "disclaimer": "disclaimer", "author_note": "author_note", "beta": "credit"}


@dataclass
class Field:
    """One header field found in the text: its span, kind, label and value."""

    start: int
    end: int
    kind: str
    name: str = ""
    value: str = ""
    label: str = ""



def _label_match(line: str) -> tuple[str, str, str] | None:
    """(field, label, value) of a labelled header line."""
    m = LABEL_LINE_RE.match(line)
    if m:
        name = next(_LABEL_GROUPS[g] for g, v in m.groupdict().items() if v is not None and g in _LABEL_GROUPS)
        label = next(v for g, v in m.groupdict().items() if v is not None and g in _LABEL_GROUPS)
        return name, label.lower(), m.group("value").strip().strip("*_").strip()
    m = AUTHOR_NOTE_LINE_RE.match(line)
    if m:
        return "author_note", "a/n", m.group("value").strip()
    return None


def classify_line(line: str, top_of_work: bool) -> tuple[str, str, str, str] | None:
    """(kind, field, label, value) for a paratext line, or None for story."""
    labelled = _label_match(line)
    if labelled:
        name, label, value = labelled
        return _FIELD_KIND.get(name, "header"), name, label, value
    if CREDIT_RE.match(line):
        return "credit", "beta", "credit", line.strip()
    if DISCLAIMER_RE.match(line):
        return "disclaimer", "disclaimer", "disclaimer", line.strip()
    if top_of_work:
        m = BY_LINE_RE.match(line)
        if m:
            return "header", "authors", "by", m.group("value").strip()
    return None


def classify_block(text: str, start: int, end: int, top_of_work: bool) -> list[Field] | str | None:
    """Fields of a header block, a single paratext kind for an unlabelled block, or None."""
    block = text[start:end]
    if "\n" not in block:
        only = LABEL_ONLY_RE.match(block)
        if only:
            return "opener:" + only.group("label").lower()
        if BOILERPLATE_RE.match(block):
            return "boilerplate"
        if len(block) < 60 and END_MARK_RE.match(block):
            return "end_mark"
    fields: list[Field] = []
    lines = [m for m in LINE_RE.finditer(block) if m.group(0).strip()]
    previous_length = 0
    for k, m in enumerate(lines):
        line = m.group(0)
        found = classify_line(line, top_of_work)
        s, e = strip_span(text, start + m.start(), start + m.end())
        if found:
            kind, name, label, value = found
            fields.append(Field(s, e, kind, name, value, label))
        elif fields and previous_length >= WRAPPED_LINE_MIN:
            fields[-1].end = e
            fields[-1].value = (fields[-1].value + " " + line.strip()).strip()
        elif (top_of_work and k == 0 and len(lines) > 1 and is_title_candidate(text, s, e)
              and classify_line(lines[1].group(0), True)):
            fields.append(Field(s, e, "title", "title", line.strip().strip("*_#").strip(), "title"))
        else:
            break
        previous_length = len(line.rstrip())
    if fields:
        return fields
    if len(block) < _SHORT_BLOCK and REVIEW_REQUEST_RE.search(block) and '"' not in block and "“" not in block:
        return "review_request"
    return None




def is_title_candidate(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return "\n" not in line and 0 < len(line) <= 120 and line[-1] not in ".,;!?\"”'’" and '"' not in line

