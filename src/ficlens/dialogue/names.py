"""Name patterns and the character index the dialogue stage attributes quotes to.

A speaker named in a tag ("said Buffy") may not be known to the characters stage yet;
`CharacterIndex` matches it to an existing character by name or alias (case-insensitive,
title+surname included) or adds a new one, so every id it returns is in `work.characters`.
"""

from __future__ import annotations

import re

from ..lexicon import FEMALE_TITLES, MALE_TITLES, NAME, SHORT_TITLE, TITLE_EPITHETS, TITLE_HOLDER_DOMINANCE, TITLES
from ..model import Character, Work
from ..text import PLACE_NOUNS, THING_NOUNS

# Capitalised words that begin sentences or address people but are not names.
# Capitalised phrases ending in these name things, not people ("Weather-Repelling Charms").
THING_HEADS = THING_NOUNS | PLACE_NOUNS

NOT_NAMES = frozenset(
    """i the a an he she it they we you but and then there this that these those what when where oh yes no
    well now so if as at in on why how who whom here her his him my your our their one some all nobody
    everyone someone anyone nothing everything something not never ah ha o do did does is was are were be
    let come go look for with after before while though although yet still just only even perhaps maybe
    good poor dear sir madam ma'am miss mister lady lord god heaven heavens sure indeed really please thank
    thanks hello hi hey goodbye okay ok very too mine yours hers its ours theirs each every both either
    neither nor or because since until unless upon from into over under again once twice by of to up out
    off down about like can could would should will shall may might must have has had i'm i'll i've i'd
    it's that's there's don't can't won't didn't isn't aren't wasn't yeah yep nope hmm hm huh uh um wow
    damn hell mother father monday tuesday wednesday thursday friday saturday sunday january february
    march april june july august september october november december english french chapter book part
    mr mrs ms dr st which whatever whoever whichever such same other another more most much many few
    little less least first last next then than also besides however therefore thus hence chapter""".split()
)

POSSESSIVES = frozenset("her his their my your our its".split())
# "His Majesty", "Her Ladyship": a possessive that names one person.
HONORIFICS = frozenset("majesty highness ladyship lordship excellency grace holiness honour honor worship reverence".split())

NAME_RE = re.compile(NAME)


def clean_name(surface: str, keep_article: bool = False) -> str | None:
    """The display form of a name surface, or None when it is not a name.

    With keep_article, "the Hatter" stays "the Hatter" (an epithet-like name).
    """
    s = " ".join(surface.split()).strip("’'-")
    if s.endswith(("’s", "'s")):
        s = s[:-2]
    words = s.split()
    if not words:
        return None
    if words[0].lower() == "the":
        words = words[1:]
        if not words or words[0].lower() in NOT_NAMES:
            return None
        return "the " + " ".join(words) if keep_article else " ".join(words)
    if words[0].lower() in NOT_NAMES and len(words) == 1:
        return None
    if len(words) > 1 and words[0].lower() in POSSESSIVES and words[1].lower() not in HONORIFICS:
        return None  # "Her Christian tenderness": an adjective after a possessive, not a name
    if words[0].lower() in NOT_NAMES and not is_title(words[0]):
        words = words[1:]
        if not words:
            return None
    while len(words) > 1 and words[-1].lower() in NOT_NAMES:
        words = words[:-1]  # "Alice\nThen" across a line break
    if len(words) == 1 and is_title(words[0]):
        return None
    if len(words) > 1 and words[-1].lower() in THING_HEADS:
        return None
    return " ".join(words)


_TITLE_KEYS = frozenset(t.lower() for t in TITLES)


def is_title(word: str) -> bool:
    """Whether the word is a title ("Mr.", "Aunt", "Captain")."""
    return word.rstrip(".").lower() in _TITLE_KEYS


def title_gender(name: str) -> str | None:
    first = name.split()[0].rstrip(".").lower()
    if first in MALE_TITLES:
        return "male"
    if first in FEMALE_TITLES:
        return "female"
    return None


class CharacterIndex:
    """Lookup of characters by any surface form, adding new characters on demand."""

    def __init__(self, work: Work):
        self.work = work
        self.by_key: dict[str, str] = {}
        self.by_last: dict[str, set[str]] = {}
        self.by_id: dict[str, Character] = {}
        self.next_number = 0
        self.full_names: dict[str, dict[str, int]] = {}
        self.titled: dict[str, list[str]] = {}  # surname -> "Mr. X", "Monsieur X" seen in the text
        self.by_title: dict[str, dict[str, int]] = {}  # "colonel" -> {id of Colonel Saunders: mentions}
        for c in work.characters:
            self._index(c)
            if c.id[1:].isdigit():
                self.next_number = max(self.next_number, int(c.id[1:]) + 1)

    def _index(self, c: Character) -> None:
        self.by_id[c.id] = c
        for form in (c.name, *c.aliases):
            key = form.lower()
            self.by_key.setdefault(key, c.id)
            words = key.split()
            last = words[-1] if words else key
            self.by_last.setdefault(last, set()).add(c.id)
            if len(words) >= 2 and form[:1].isupper() and words[0].rstrip(".") in TITLE_EPITHETS:
                title = SHORT_TITLE.get(words[0].rstrip("."), words[0].rstrip("."))
                self.by_title.setdefault(title, {})[c.id] = max(1, c.mentions)

    def learn_full_names(self, surfaces: dict[str, int]) -> None:
        """Remember multi-word names seen in the text, so "Poirot" can join "Hercule Poirot"."""
        for surface, n in surfaces.items():
            words = surface.split()
            if len(words) == 2 and is_title(words[0]):
                self.titled.setdefault(words[1].lower(), []).append(surface)
            if n < 2 or len(words) < 2 or is_title(words[0]) or words[0].lower() == "the":
                continue
            for w in (words[0], words[-1]):
                self.full_names.setdefault(w.lower(), {})[surface] = n

    def _full_name(self, name: str) -> str | None:
        words = name.split()
        titled = len(words) == 2 and is_title(words[0])
        if len(words) != 1 and not titled:
            return None
        options = self.full_names.get(words[-1].lower())
        if not options:
            return None
        ranked = sorted(options.items(), key=lambda kv: -kv[1])
        if titled:
            ranked = [kv for kv in ranked if kv[0].split()[-1] == words[-1]]
            return ranked[0][0] if len(ranked) == 1 else None
        if len(ranked) == 1 or ranked[0][1] >= 3 * ranked[1][1]:
            return ranked[0][0]
        return None

    def find(self, name: str) -> str | None:
        """The id of the character this name refers to, or None."""
        key = name.lower()
        if key in self.by_key:
            return self.by_key[key]
        if key.startswith("the ") and key[4:] in self.by_key:
            return self.by_key[key[4:]]
        if key.startswith("the ") and key[4:] in TITLE_EPITHETS:
            return self._title_holder(key[4:])
        if key in TITLE_EPITHETS:
            return self._title_holder(key)
        words = key.split()
        if len(words) >= 2 and is_title(words[0]):
            bare = " ".join(words[1:])
            if bare in self.by_key:
                cid = self.by_key[bare]
                c = self.by_id[cid]
                gender = title_gender(name)
                if gender is None or c.gender in (None, gender):
                    c.gender = c.gender or gender
                    self.add_alias(cid, name)
                    return cid
        elif len(words) == 1 and len(self.by_last.get(key, ())) == 1:
            (cid,) = self.by_last[key]
            full = self.by_id[cid].name.split()
            if len(full) >= 2 and not is_title(full[0]):
                self.add_alias(cid, name)
                return cid
        return None

    def _title_holder(self, title: str) -> str | None:
        """"the doctor" is Doctor Losberne when nearly every doctor the text names is him."""
        holders = self.by_title.get(SHORT_TITLE.get(title, title))
        if not holders:
            return None
        cid, n = max(holders.items(), key=lambda kv: (kv[1], kv[0]))
        return cid if n >= TITLE_HOLDER_DOMINANCE * sum(holders.values()) else None

    def get_or_add(self, name: str) -> str:
        """The id of the character named `name`, adding one when no character matches."""
        found = self.find(name)
        if found:
            return found
        cid = f"c{self.next_number}"
        while cid in self.by_id:
            self.next_number += 1
            cid = f"c{self.next_number}"
        self.next_number += 1
        aliases = [name]
        gender = title_gender(name)
        if name.lower().startswith("the "):
            name = name[4:]
            aliases.append(name)
        else:
            full = self._full_name(name)
            if full:
                existing = self.find(full)
                if existing:
                    self.add_alias(existing, name)
                    return existing
                aliases.append(full)
                name = full
            words = name.split()
            if len(words) >= 2 and not is_title(words[0]) and words[0] not in aliases:
                aliases.append(words[0])
            titled = self.titled.get(words[0].lower(), []) if len(words) == 1 else []
            genders = {title_gender(t) for t in titled}
            if titled and len(genders) == 1 and not any(self.find(t) for t in titled):
                aliases.extend(t for t in titled if t not in aliases)
                gender = gender or genders.pop()
        c = Character(id=cid, name=name, aliases=aliases, gender=gender)
        self.work.characters.append(c)
        self._index(c)
        return cid

    def add_alias(self, cid: str, alias: str) -> None:
        """Another surface form of a known character."""
        c = self.by_id[cid]
        if alias not in c.aliases:
            c.aliases.append(alias)
        self.by_key.setdefault(alias.lower(), cid)

    def narrator(self) -> str:
        """The first-person narrator's id, added as 'Narrator' when no stage named one."""
        if self.work.narration.narrator and self.work.narration.narrator in self.by_id:
            return self.work.narration.narrator
        for c in self.work.characters:
            if c.narrator:
                return c.id
        cid = self.get_or_add("Narrator")
        self.by_id[cid].narrator = True
        return cid
