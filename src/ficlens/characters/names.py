"""Names: capitalised word sequences (with any title) that could name a person, trimmed of glued-on
words, and the filter that keeps those used as people (not places, months or things)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from . import lexicon as lx
from .story import StoryText

MALE, FEMALE = "male", "female"
_TITLE_ALT = "|".join(
    t if t.lower() in lx.ABBREVIATED_TITLES else rf"{t}(?!\.)"
    for t in sorted((t.capitalize() for t in lx.TITLES), key=lambda t: (-len(t), t))
)
_PEER_ALT = "|".join(t.capitalize() for t in sorted(lx.TERRITORIAL_TITLES, key=len, reverse=True))
_CAP = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PARTICLE = r"(?:de|De|van|Van|von|du|di|da|del|le|la)"
# A titled name may run over a line break: hard-wrapped texts split "Mrs.\nMoore" and "Mr. Morris\nBolter"
# (an untitled "Ahmed\nKarim" is two people as often as one). A name never runs into an abbreviated
# title: "When Mr. Hilbery" is "When" and "Mr. Hilbery", not "When Mr" and "Hilbery"; nor into a
# peer's title ("The Duchess of Monmouth").
_GAP = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)"
_NOT_A_TITLE = rf"(?!(?:{_TITLE_ALT})\.|(?:{_PEER_ALT})[ \t]+of\b)"
NAME_RE = re.compile(
    rf"\b(?:(?P<title>{_TITLE_ALT})\.?{_GAP}(?:(?P<of>of)[ \t]+)?)?"
    rf"(?P<name>{_CAP}(?:(?(title){_GAP}|[ \t]+)(?:{_PARTICLE}[ \t]+)?{_NOT_A_TITLE}{_CAP})*)\b(?!['’][a-z]{{2}})"
)
WORD_RE = re.compile(r"\S+")
SPEECH_AFTER_RE = re.compile(rf"[,!?—-][”\"]?\s+(?:{lx.SPEECH_VERBS})\s+$")
SPEECH_BEFORE_RE = re.compile(rf"^\s+(?:{lx.SPEECH_VERBS})\b")
PERSON_AFTER_RE = re.compile(
    r"^\s+(?:(?:\w+ly\s+)?[a-z]+(?:ed|s)\s+(?:his|her|himself|herself)\b"
    r"|(?:\w+ly\s+)?(?:said|says|looked|smiled|laughed|"
    r"thought|felt|knew|saw|heard|turned|nodded|sighed|asked|answered|replied|cried|wept|sat|walked|ran|wondered|"
    r"wanted|wished|hoped|whispered|shouted|grinned|frowned|shrugged|glanced|stared|listened|married|loved|died)\b)"
)
# Words before a place: strong ones ("in Florence") and weak ones ("to Barton", also said of people).
_PLACE_WORDS = "|".join(lx.PLACE_WORDS)
_WEAK_PLACE_WORDS = "|".join(lx.WEAK_PLACE_WORDS)
WEAK_PLACE_BEFORE_RE = re.compile(rf"\b(?:{_WEAK_PLACE_WORDS})\s+$")
PLACE_BEFORE_RE = re.compile(rf"\b(?:In|Near|{_PLACE_WORDS})\s+$")
VOCATIVE_BEFORE_RE = re.compile(
    r"(?:[“\"]\s*|,\s+|\b(?:[Oo]h|[Hh]ey|[Hh]i|[Hh]ello|[Dd]ear|[Yy]es|[Nn]o|[Ww]ell)[,!]?\s+)$"
)
VOCATIVE_AFTER_RE = re.compile(r"^\s*[,!?.;—]")
PARTICLES = {"De", "Van", "Von", "Du", "Di", "Da", "Del", "Le", "La"}


@dataclass(slots=True)
class NameOccurrence:
    """One occurrence of a capitalised name candidate."""

    start: int
    end: int
    title: str
    tokens: tuple[str, ...]
    sent_start: bool
    in_quote: bool


def norm_title(title: str) -> str:
    return title.lower().rstrip(".")


def form_text(title: str, tokens: tuple[str, ...]) -> str:
    body = " ".join(tokens)
    if not title:
        return body
    if title == "the":
        return f"the {body}"
    dotted = {"mr", "mrs", "ms", "dr", "st", "mme", "mlle"}
    t = title + "." if norm_title(title) in dotted and not title.endswith(".") else title
    return f"{t} {body}"


def title_gender(title: str) -> str | None:
    t = norm_title(title)
    if t in lx.MALE_TITLES:
        return MALE
    if t in lx.FEMALE_TITLES:
        return FEMALE
    return None


def find_names(tx: StoryText, first_names: dict[str, str]) -> list[NameOccurrence]:
    """Capitalised word sequences (with any title) that could name a person, trimmed of glued-on words."""
    text = tx.text
    occs: list[NameOccurrence] = []
    names: dict[tuple[str, ...], tuple[str, ...]] = {}
    for a, b in tx.spans:
        for m in NAME_RE.finditer(text, a, b):
            title = m.group("title") or ""
            if m.group("of") and title.lower() not in lx.TERRITORIAL_TITLES:
                continue  # "Captain of Industry": only a peer is "of" a place ("the Duchess of Monmouth")
            toks = m.group("name").split()
            start = m.start()
            sent_start = tx.capital_expected(start)
            # Word spans of the name part; drop leading function words ("When Elizabeth", "But Jane").
            words = [(w.start(), w.end()) for w in WORD_RE.finditer(text, m.start("name"), m.end("name"))]
            # "the Hatter", "the Slayer": a capitalised epithet, kept apart from proper names.
            if not title and toks[0] == "The" and len(toks) > 1:
                title, toks, words, start = "the", toks[1:], words[1:], words[1][0]
            elif not title and text[max(0, start - 4) : start - 1] == "the" and text[start - 1] in " \t\n":
                title, start = "the", start - 4
            while words and toks[0] in lx.NON_PERSON and not title and not (toks[0] in first_names and not sent_start):
                words, toks = words[1:], toks[1:]
                sent_start = False
                if words:
                    start = words[0][0]
            if not toks or (toks[0] in lx.NON_PERSON and not title and toks[0] not in first_names):
                continue
            # Cut at a non-person word inside the sequence ("Jane Monday").
            for k, t in enumerate(toks[1:], 1):
                if t in lx.NON_PERSON and t not in first_names:
                    toks, words = toks[:k], words[:k]
                    break
            # Trim ordinary words that title case or sentence starts glued on ("Poor Elinor", "Lucy Drive Out").
            while len(toks) > 1 and title != "the" and toks[-1] not in first_names and tx.lower[toks[-1].lower()] >= 3:
                toks, words = toks[:-1], words[:-1]
            while (
                len(toks) > 1
                and not title
                and toks[0] not in first_names
                and toks[0] not in PARTICLES
                and tx.lower[toks[0].lower()] >= 3
            ):
                toks, words = toks[1:], words[1:]
                start = words[0][0]
            if len(toks) > 4 or toks[-1] in ("De", "de", "van", "von", "du", "di", "da", "del", "le", "la"):
                continue
            if toks[-1].lower() in lx.PLACE_SUFFIXES and (len(toks) > 1 or not title):
                continue
            end = words[-1][1]
            name = tuple(toks)
            name = names.setdefault(name, name)  # one tuple per distinct name: a work names people millions of times
            occs.append(NameOccurrence(start, end, title, name, sent_start, tx.quote_at(start) >= 0))
    return _join_wrapped(occs, text)


def _join_wrapped(occs: list[NameOccurrence], text: str) -> list[NameOccurrence]:
    """Join a name that a hard line break split ("Katharine\nHilbery") when the text also has it whole.

    Untitled names do not run over line breaks in NAME_RE (two people as often as one); the
    full name seen on one line elsewhere settles it."""
    whole = {o.tokens for o in occs if len(o.tokens) >= 2}
    out: list[NameOccurrence] = []
    for o in occs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not o.title
            and prev.title != "the"
            and prev.tokens + o.tokens in whole
            and text[prev.end : o.start].strip(" \t") == "\n"
        ):
            out[-1] = NameOccurrence(prev.start, o.end, prev.title, prev.tokens + o.tokens, prev.sent_start, prev.in_quote)
            continue
        out.append(o)
    return out


def person_filter(occs: list[NameOccurrence], tx: StoryText, first_names: dict[str, str]) -> list[NameOccurrence]:
    """Keep occurrences whose words look like a person's name in this text."""
    text = tx.text
    lower = tx.lower
    mid = Counter()
    person_cue = Counter()
    place_cue = Counter()
    weak_place = Counter()
    titled = set()
    total = Counter(o.tokens for o in occs)
    for o in occs:
        key = o.tokens
        if not o.sent_start:
            mid[key] += 1
            for t in key:
                mid[(t,)] += 1
        if o.title and o.title != "the" and norm_title(o.title) != "st":
            titled.add(key)
            person_cue[key] += 2
        before = text[max(0, o.start - 24) : o.start]
        after = text[o.end : o.end + 40]
        if SPEECH_AFTER_RE.search(before) or SPEECH_BEFORE_RE.match(after) or PERSON_AFTER_RE.match(after):
            person_cue[key] += 1
        if o.in_quote and VOCATIVE_BEFORE_RE.search(before) and VOCATIVE_AFTER_RE.match(after):
            person_cue[key] += 1
        if PLACE_BEFORE_RE.search(before):
            place_cue[key] += 1
        elif WEAK_PLACE_BEFORE_RE.search(before):
            weak_place[key] += 1
    kept: list[NameOccurrence] = []
    verdict: dict[tuple[str, tuple[str, ...]], bool] = {}
    the_counts = Counter(o.tokens for o in occs if o.title == "the")
    name_parts = {
        t
        for o in occs
        if len(o.tokens) >= 2 and o.title != "the" and (o.title or o.tokens[0] in first_names)
        for t in o.tokens
    }
    # "Indians" beside "Indian", "the Bertrams" beside "Bertram": a group, not one person.
    last_words = {o.tokens[-1] for o in occs}
    occs = [o for o in occs if not _plural_of(o.tokens[-1], last_words)]
    for o in occs:
        if o.title == "the":
            key = o.tokens
            head = key[-1]
            if (
                the_counts[key] >= 2
                and head not in lx.NON_PERSON
                and head.lower() not in lx.PLACE_SUFFIXES
                and (head.lower() in lx.PERSON_NOUNS or person_cue[key] >= 1)
                and place_cue[key] <= person_cue[key]
            ):
                kept.append(o)
            continue
        if o.title:
            if norm_title(o.title) == "st":
                continue
            kept.append(o)
            continue
        key = o.tokens
        ok = verdict.get(("", key))
        if ok is None:
            first_known = key[0] in first_names
            n_mid = mid[key] + sum(mid[(t,)] for t in key) // max(1, len(key))
            common = len(key) == 1 and lower[key[0].lower()] > 2 * mid[key] + 1
            if common and not (first_known and mid[key] >= 2 and person_cue[key] >= 1):
                ok = False
            elif place_cue[key] > person_cue[key] + (2 if first_known else 0) and 3 * place_cue[key] >= total[key]:
                ok = False
            elif len(key) >= 2 and (first_known or all(lower[t.lower()] == 0 for t in key)):
                ok = True
            elif len(key) == 1 and key[0] in name_parts and lower[key[0].lower()] <= mid[key]:
                ok = True
            elif first_known or key in titled or person_cue[key] >= 1:
                ok = n_mid >= 1 or person_cue[key] >= 2 or (first_known and (person_cue[key] or not lower[key[0].lower()]))
            elif (
                mid[key] >= 3
                and all(lower[t.lower()] <= mid[key] // 4 for t in key)
                and 2 * (place_cue[key] + weak_place[key]) < mid[key]
            ):
                ok = True
            else:
                ok = False
            verdict[("", key)] = ok
        if not ok:
            continue
        if o.sent_start and o.tokens[0] in lx.NON_PERSON:
            continue
        kept.append(o)
    return kept


def sister_surnames(occs: list[NameOccurrence]) -> frozenset:
    """Surnames of "the Miss Steeles": then "Miss Steele" is the eldest, not any sister named in full."""
    plural = Counter(
        o.tokens[-1][:-1]
        for o in occs
        if o.tokens[-1].endswith("s") and (norm_title(o.title) == "miss" or o.tokens[-2:-1] == ("Miss",))
    )
    return frozenset(last for last, n in plural.items() if n >= 2)


def _plural_of(word: str, words: set[str]) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word[:-1] in words


def parse_form(surface: str) -> tuple[str, tuple[str, ...]]:
    parts = surface.split()
    if parts and (parts[0].rstrip(".").lower() in lx.TITLES or parts[0].lower() == "the") and len(parts) > 1:
        rest = parts[2:] if parts[1] == "of" and len(parts) > 2 else parts[1:]
        return parts[0].rstrip(".").lower(), tuple(rest)
    return "", tuple(parts)
