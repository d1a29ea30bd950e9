"""The state of one work's attribution: the character index, genders, names met in narration, and
who is named, mentioned or addressed around each quote."""

from __future__ import annotations

import bisect
import re

from ..model import PERSON_PHRASE_KINDS, Mention, Work
from ..text import GROUP_NAMES
from .names import NAME_RE, CharacterIndex, clean_name, is_title, title_gender
from .patterns import (
    ANAPHORIC_NOUNS,
    DEFINED_SUBJECT_RE,
    EPITHET_DEFINITION,
    EPITHET_MIN_SHARE,
    EPITHET_MIN_VOTES,
    GENDER_RE,
    LOWER_WORD_RE,
    MALE_PRONOUNS,
    MENTION_REACH,
    OPENING_VOCATIVE_RE,
    PERSON_NOUNS,
    PLACE_RE,
    SENTENCE_ADVERBS,
    TAG_ONLY_NAMES,
    VOCATIVE_RE,
    WORD_START_RE,
)
from .quotes import Utterance
from .tags import SpeechTag, TagReader


class Attributor(TagReader):
    """State for one work: character index, genders, name occurrences, recent speakers."""

    def __init__(
        self, work: Work, utterances: list[Utterance], paragraphs: list[tuple[int, int]], sentence_starts: list[int]
    ):
        self.work = work
        self.text = work.text
        self.utterances = utterances
        self.paragraphs = paragraphs
        self.sentence_starts = sentence_starts  # of `work.sentences`
        self.index = CharacterIndex(work)
        self.mention_at = {m.start: m.character for m in work.mentions if m.character}
        self.epithet_owner: dict[str, str] = {}  # an epithet's own character -> the person it names
        # Every character the characters stage linked a mention to (name, pronoun, vocative), by position.
        linked = sorted((m.start, m.character, spoken_of_role(m, work.text)) for m in work.mentions if m.character)
        self.mention_pos = [p for p, _, _ in linked]
        self.mention_ids = [c for _, c, _ in linked]
        self.mention_roles = [r for _, _, r in linked]
        del linked  # a tuple per mention: not held while the rest is built
        self.spoken_of_cache: dict[int, tuple[set, set, set]] = {}
        self.mentioned_cache: dict[int, list[str]] = {}
        # Word starts inside the characters stage's person mentions: a capitalised word outside
        # them that names no character ("Hindus", "Arno") is no speaker candidate.
        self.person_words = {
            m.start + k.start()
            for m in work.mentions
            if m.kind in PERSON_PHRASE_KINDS
            for k in WORD_START_RE.finditer(work.text[m.start : m.end])
        }
        self.genders: dict[str, list[int]] = {}
        self.gender_cache: dict[str, str | None] = {}
        self.named: list[str | None] = []  # speaker fixed by each quote's name tag, if any
        self.vocative_cache: dict[int, list[str]] = {}
        self.addressed: list[list[str]] = []  # addressees found so far, quote by quote
        self.tags: list[SpeechTag | None] = []
        self.opens_scene: list[bool] = [False] * len(utterances)
        self.lower_counts: dict[str, int] = {}
        for w in LOWER_WORD_RE.findall(work.text):
            self.lower_counts[w] = self.lower_counts.get(w, 0) + 1
        self.cap_counts: dict[str, int] = {}
        self.quote_counts: dict[str, int] = {}
        self.place_counts: dict[str, int] = {}
        for w in PLACE_RE.findall(work.text):
            self.place_counts[w] = self.place_counts.get(w, 0) + 1

    def forms(self, key: str) -> list[str]:
        """Lower-cased names a candidate goes by (for training labels)."""
        if key.startswith("name:"):
            return [key[5:].lower()]
        c = self.index.by_id[key]
        out = [a.lower() for a in (c.name, *c.aliases)]
        if c.narrator:
            out.append("_narr")
        return out

    def name(self, surface: str, keep_article: bool = False) -> str | None:
        """A character name from a capitalised surface; None for ordinary words ("Sometimes")."""
        name = clean_name(surface, keep_article)
        if not name:
            return None
        words = name.split()
        if len(words) > 1 and (words[0].lower() in SENTENCE_ADVERBS or (
            words[0].endswith("ly") and self.lower_counts.get(words[0].lower(), 0)
        )):
            words = words[1:]  # "Presently Adela"
            name = " ".join(words)
        if words[-1] in GROUP_NAMES and len(words) - (words[0].lower() == "the") == 1:
            return None  # "the Hindus", "Islam": a people or a faith
        if len(words) == 1:
            word = words[0]
            if word.lower() in SENTENCE_ADVERBS or (self._participle(word) and not self.index.find(word)):
                return None  # "Presently", "Loosening his hold": a sentence opener, not a name
            caps = self.cap_counts.get(word, 0)
            if self.lower_counts.get(word.lower(), 0) > caps or self.place_counts.get(word, 0) * 4 > caps + 1:
                return None
        return name

    def _participle(self, word: str) -> bool:
        """"Loosening" opening a sentence: an -ing word whose verb the text also uses in lower case."""
        if not word.endswith("ing") or len(word) < 6:
            return False
        stem = word[:-3].lower()
        forms = (word.lower(), stem + "ed", stem + "s", stem + "e", stem + "es")
        return any(self.lower_counts.get(form, 0) for form in forms)

    # ---- narration around a quotation ----
    def narration_after(self, i: int, part: int) -> str:
        u = self.utterances[i]
        start = u.parts[part][1] + 1
        if part + 1 < len(u.parts):
            end = u.parts[part + 1][0] - 1
        else:
            end = self.paragraphs[u.last_paragraph][1]
            if i + 1 < len(self.utterances) and self.utterances[i + 1].start < end:
                end = self.utterances[i + 1].start - 1
        return self.text[start : min(end, start + 200)] if end > start else ""

    def narration_before(self, i: int) -> tuple[int, str]:
        u = self.utterances[i]
        start = self.paragraphs[u.paragraph][0]
        if i > 0 and self.utterances[i - 1].end > start:
            start = self.utterances[i - 1].end + 1
        end = u.start - 1
        return start, self.text[start:end] if end > start else ""

    # ---- tags ----
    def learn_genders(self) -> None:
        counts = self.genders
        for m in GENDER_RE.finditer(self.text):
            vote = counts.setdefault(m.group("name"), [0, 0])
            vote[0 if m.group("pron") in MALE_PRONOUNS else 1] += 1

    def gender_of(self, cid: str) -> str | None:
        """Title, else the pronouns that follow the name across the whole text when they agree
        two to one or better, else the characters stage's gender (it can settle an unknown
        gender on one nearby pronoun: "Katharine ... he")."""
        if cid in self.gender_cache:
            return self.gender_cache[cid]
        c = self.index.by_id[cid]
        g = title_gender(c.name) or self.voted_gender(c.name) or c.gender or self.name_gender(c.name)
        self.gender_cache[cid] = g
        return g

    def voted_gender(self, name: str, min_votes: int = 4) -> str | None:
        """The gender that the pronouns following the name's words agree on, 2 to 1 or better."""
        male = female = 0
        for word in name.split():
            m, f = self.genders.get(word, (0, 0))
            male += m
            female += f
        if male + female >= min_votes and max(male, female) >= 2 * min(male, female):
            return "male" if male > female else "female"
        return None

    def name_gender(self, name: str, strict: bool = False) -> str | None:
        """Gender from a title, else from the pronouns that follow the name in the text.

        strict asks for more evidence (for names no tag has shown to be a person)."""
        g = title_gender(name)
        if g:
            return g
        if strict and len(name.split()) == 1 and sum(self.genders.get(name, (0, 0))) < 4:
            return None
        return self.voted_gender(name, min_votes=2)

    def scan_names(self, quote_starts: list[int], quote_ends: list[int]) -> None:
        """Every capitalised name in narration (one regex pass), and the full names among them."""
        self.narration_names: list[tuple[int, str]] = []
        counts: dict[str, int] = {}
        for m in (m for span in self.work.story_spans() for m in NAME_RE.finditer(self.text, span.start, span.end)):
            pos = m.start()
            k = bisect.bisect_right(quote_starts, pos) - 1
            if k >= 0 and pos < quote_ends[k]:
                continue
            surface = " ".join(m.group(0).split())
            self.narration_names.append((pos, surface))
            counts[surface] = counts.get(surface, 0) + 1
        caps = self.cap_counts
        for surface, n in counts.items():
            for word in surface.split():
                caps[word] = caps.get(word, 0) + n
        full: dict[str, int] = {}
        for surface, n in counts.items():
            name = self.name(surface)
            if name:
                full[name] = full.get(name, 0) + n
        self.index.learn_full_names(full)

    def collect_names(self) -> None:
        """Names in narration, known characters or not, for pronoun resolution and turn-taking."""
        self.name_pos: list[int] = []
        self.name_ids: list[str | None] = []
        self.name_names: list[str] = []
        cache: dict[str, tuple[str | None, str | None]] = {}
        for pos, surface in self.narration_names:
            if surface not in cache:
                name = self.name(surface)
                cache[surface] = (self.index.find(name) if name else None, name)
            cid, name = cache[surface]
            if name and (cid or self._person_word_at(pos, surface)):
                self.name_pos.append(pos)
                self.name_ids.append(cid)
                self.name_names.append(name)

    def _person_word_at(self, pos: int, surface: str) -> bool:
        """Whether the name at pos (or its word after "the") is inside a person mention."""
        if pos in self.person_words or not self.work.mentions:
            return True  # without the characters stage, every capitalised name counts
        words = surface.split(" ", 2)
        return len(words) > 1 and words[0].lower() == "the" and self.text.find(words[1], pos) in self.person_words

    def mentioned_before(self, pos: int) -> list[str]:
        """The last four characters the characters stage saw within MENTION_REACH before pos, nearest
        first (the same for every history the beam keeps, so computed once per quote)."""
        got = self.mentioned_cache.get(pos)
        if got is None:
            got = []
            k = bisect.bisect_left(self.mention_pos, pos) - 1
            while k >= 0 and pos - self.mention_pos[k] < MENTION_REACH and len(got) < 4:
                if self.mention_ids[k] not in got:
                    got.append(self.mention_ids[k])
                k -= 1
            self.mentioned_cache[pos] = got
        return got

    def spoken_of(self, u: Utterance) -> tuple[set, set, set]:
        """People the speaker talks about inside the quotation, so seldom the speaker: those named
        and not addressed, those a he/she refers to, and either of them not addressed (computed
        once per quotation, not once per history of the beam)."""
        got = self.spoken_of_cache.get(u.start)
        if got is None:
            by_role: tuple[set, set] = (set(), set())
            for a, b in u.parts:
                k = bisect.bisect_left(self.mention_pos, a)
                while k < len(self.mention_pos) and self.mention_pos[k] < b:
                    if self.mention_roles[k] is not None:
                        by_role[self.mention_roles[k]].add(self.mention_ids[k])
                    k += 1
            addressed = set(self.vocatives(u))
            named, referred = by_role
            got = self.spoken_of_cache[u.start] = (named - addressed, referred, (named | referred) - addressed)
        return got

    def link_epithets(self) -> None:
        """Make "the painter" of "said the painter" an alias of the named character the replies
        address ("…, Basil"), when they agree: the narration calls a known person by an
        occupation, and without this that person's lines go to a new, unnamed character.
        Plain person nouns ("the old lady", "the man") stay out: they name many people.

        Votes per tag phrase that names no character yet: the vocatives of the next quotation and
        of the one before, each in its own paragraph. Kept when one character has at least
        EPITHET_MIN_VOTES and EPITHET_MIN_SHARE of them."""
        self._link_defined_epithets()
        votes: dict[str, dict[str, int]] = {}
        for i, tag in enumerate(self.tags):
            if not tag or tag.kind != "description":
                continue
            words = tag.subject.split()
            if words[0].lower() != "the" or len(words) > 3 or words[-1] in ANAPHORIC_NOUNS or words[-1] in PERSON_NOUNS:
                continue
            phrase = " ".join(words).lower()
            if self._described(phrase[4:]):
                continue
            u = self.utterances[i]
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.utterances) and self.utterances[j].paragraph != u.paragraph:
                    for cid in self.vocatives(self.utterances[j]):
                        counts = votes.setdefault(phrase, {})
                        counts[cid] = counts.get(cid, 0) + 1
        for phrase, counts in votes.items():
            best = max(counts, key=counts.get)
            if counts[best] >= EPITHET_MIN_VOTES and counts[best] >= EPITHET_MIN_SHARE * sum(counts.values()):
                self.index.add_alias(best, phrase)

    def _link_defined_epithets(self) -> None:
        """Make "the hunter" of a tag the named person the narration says is one ("Dean had been a
        hunter for years", "Buffy Summers was the Slayer") before the epithet first speaks, when it
        says so of one person only. The epithet's own cluster, if the characters stage made one
        ("the Slayer"), speaks as that person (`epithet_owner`)."""
        phrases: dict[str, str] = {}  # the epithet's noun -> its phrase ("slayer" -> "the slayer")
        first_use: dict[str, int] = {}
        for tag in self.tags:
            words = tag.subject.split() if tag else []
            if 2 <= len(words) <= 3 and words[0] in ("the", "The") and words[-1].isalpha():
                noun = words[-1].lower()
                known = self._described(noun)
                if noun not in PERSON_NOUNS and noun not in ANAPHORIC_NOUNS and (
                    not known or self.index.by_id[known].name.lower() in ("the " + noun, noun)
                ):
                    phrases[noun] = "the " + noun
                    first_use.setdefault(noun, tag.pos)
        if not phrases:
            return
        nouns = "(?i:" + "|".join(sorted(re.escape(n) for n in phrases)) + ")"
        owners: dict[str, set[str]] = {}
        for m in re.finditer(EPITHET_DEFINITION.replace("{nouns}", nouns), self.text):
            subject = DEFINED_SUBJECT_RE.search(self.text, max(0, m.start() - 120), m.start())
            name = self.name(subject.group("name")) if subject else None
            cid = self.index.find(name) if name and subject.group("name")[0].isupper() else None
            if cid and m.start() < first_use[m.group("noun").lower()]:
                owners.setdefault(m.group("noun").lower(), set()).add(cid)
        for noun, cids in owners.items():
            if len(cids) != 1:
                continue
            owner = cids.pop()
            self.index.add_alias(owner, phrases[noun])
            self.index.by_key[phrases[noun]] = owner
            for c in self.work.characters:
                if c.id != owner and c.name.lower() in (phrases[noun], noun):
                    self.epithet_owner[c.id] = owner

    def relative_addressed(self, to: str, pos: int, owner: str | None) -> str | None:
        """The character a tag's "to his wife" names, by the owner's surname ("said Mr. Bennet to
        his wife": Mrs. Bennet), or None."""
        words = to.split()
        if not owner or words[0] not in ("his", "her"):
            return None
        return self.describe(" ".join(words), pos, (owner,))

    def resolve(self, subj: str, pos: int, prev: str | None, prev2: str | None) -> tuple[str | None, str]:
        """Character id for a tag's subject, and whether it was a name or a pronoun."""
        if pos in self.mention_at:
            cid = self.mention_at[pos]
            return self.epithet_owner.get(cid, cid), "tag" if subj[0].isupper() and subj not in ("He", "She") else "tag-pronoun"
        low = subj.lower()
        if low == "i":
            return self.index.narrator(), "narrator"
        if low in ("he", "she", "they", "you"):
            return (None if low == "you" else self.resolve_pronoun(low, pos, prev, prev2)), "tag-pronoun"
        name = self.name(subj, keep_article=True) or (subj if subj in TAG_ONLY_NAMES else None)
        if not name:
            return None, "tag"
        return self.index.get_or_add(name), "tag"

    def pronoun_candidates(self, pronoun: str, pos: int, limit: int = 3) -> list[str]:
        """Recent gender-compatible people named in narration before pos, nearest first.

        Entries are character ids, or "name:<Name>" for a person not yet a character
        (made one by `character` only if chosen).
        """
        want = {"he": "male", "she": "female"}.get(pronoun)
        k = bisect.bisect_left(self.name_pos, pos) - 1
        found: list[str] = []
        while k >= 0 and pos - self.name_pos[k] < 4000 and len(found) < limit:
            cid = self.name_ids[k] or self.index.find(self.name_names[k])
            if cid:
                gender = self.gender_of(cid)
                ok = want is None or gender in (want, None)
            else:
                gender = self.name_gender(self.name_names[k], strict=True)
                ok = gender is not None and (want is None or gender == want)
                cid = "name:" + self.name_names[k]
            if ok and cid not in found:
                found.append(cid)
            k -= 1
        return found

    def character(self, key: str | None) -> str | None:
        """A character id for a candidate key, adding the character when needed."""
        if key and key.startswith("name:"):
            return self.index.get_or_add(key[5:])
        return key

    def candidate_gender(self, key: str) -> str | None:
        if key.startswith("name:"):
            return self.name_gender(key[5:])
        return self.gender_of(key)

    def resolve_pronoun(self, pronoun: str, pos: int, prev: str | None, prev2: str | None) -> str | None:
        """The most recent gender-compatible person named in narration before pos."""
        found = self.pronoun_candidates(pronoun, pos)
        if not found:
            return None
        if found[0] == prev and len(found) > 1 and (prev2 is None or found[1] == prev2):
            return self.character(found[1])
        return self.character(found[0])

    def vocatives(self, u: Utterance) -> list[str]:
        """Characters named as addressees inside the quotation (computed once per quotation)."""
        if u.start in self.vocative_cache:
            return self.vocative_cache[u.start]
        out = self.vocative_cache[u.start] = self._vocatives(u)
        return out

    def _vocatives(self, u: Utterance) -> list[str]:
        out: list[str] = []
        matches = []
        for a, b in u.parts:
            opening = OPENING_VOCATIVE_RE.match(self.text, a, b)  # "Buffy, this is serious."
            if opening and addressable(opening.group("name")):
                matches.append(opening)
            matches.extend(VOCATIVE_RE.finditer(self.text, a, b))
        for m in matches:
            name = self.name(m.group("name"))
            if not name:
                continue
            cid = self.index.find(name)
            if cid and cid not in out:
                out.append(cid)
        return out


def addressable(name: str) -> bool:
    """A name one calls someone by: one word or a title and one word ("Giles", "Mr. Mace"), not a
    full name, which opens a sentence about its bearer ("Charles Lavington, of all people, was")."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and is_title(words[0]))


_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})


def spoken_of_role(mention: Mention, text: str) -> int | None:
    """0 for a name or epithet, 1 for a he/she pronoun, None for any other mention (an address, I)."""
    if mention.kind in ("name", "nickname", "title", "epithet"):
        return 0
    if mention.kind == "pronoun" and text[mention.start : mention.end].lower() in _THIRD_PERSON:
        return 1
    return None
