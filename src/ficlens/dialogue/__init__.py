"""The dialogue stage: finds quotations, then says who speaks each one and to whom.

A named speech tag ("said Buffy", "Buffy whispered", "was Buffy's reply"), a described one
("said the surgeon", "cried his wife" = Mrs. <his surname>), a first-person "I said" or a
reader-insert "you ask" decides the speaker outright; titled forms that earlier stages left
as separate people ("Dr. Aziz" beside "Aziz") speak as one. Otherwise candidates
(the people a "she said" may mean, action beats, the previous quote's vocative, recent
speakers, people named nearby) are scored by a ranker trained on PDNC (`ranker.py`), or
taken in a fixed rule order when no model is installed. Addressees are vocatives and
"to X", else the other people of the exchange. Every rule is a precompiled regex over a
short stretch of narration, so the stage runs at well over 40,000 words per CPU second.
"""

from __future__ import annotations

import bisect
import math
import re

import numpy as np

from ..model import Quote, Span, Work
from ..text import count_words
from .names import _TITLE_KEYS as TITLE_WORDS
from .names import CAP, NAME, NAME_RE, SENTENCE_END, CharacterIndex, clean_name, title_gender
from . import ranker
from .quotes import Utterance, find_utterances, quoting_style, split_paragraphs

VERSION = "1"

SPEECH_VERBS = sorted(
    set(
        """said says say saying asked asks ask replied replies reply answered answers cried cries exclaimed
        shouted shouts whispered whispers muttered mutters murmured murmurs called calls continued continues
        added adds returned returns rejoined observed observes remarked remarks repeated repeats began begins
        interrupted interrupts protested demanded demands inquired inquires enquired retorted responded
        explained explains declared insisted insists suggested snapped snaps growled laughed laughs sighed
        sighs sobbed screamed yelled yells hissed breathed stammered gasped groaned told tells agreed admitted
        announced argued begged boomed chuckled complained confessed corrected drawled echoed grumbled
        grinned interposed joked mumbled mused noted objected offered ordered pleaded promised purred
        questioned quoth reasoned recalled reminded reported resumed roared sang screeched shrieked smiled
        snarled sneered snorted spoke sputtered squeaked stated teased thought threatened urged uttered
        volunteered wailed warned whimpered whined wondered persisted pursued concluded ejaculated faltered
        assented cried sneered bawled went put broke chimed ventured exclaims shrugged nodded""".split()
    ),
    key=len,
    reverse=True,
)
VERBS = "|".join(SPEECH_VERBS)
SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
SUBJECT = rf"(?P<subj>{NAME}|[Hh]e|[Ss]he|I|[Tt]hey|you)"
ADVERB = r"(?:(?:[a-z]+ly|then|again|at last|at once|at length|presently|now)[ \t\n]+)?"
# "said old Horace", "said the irrepressible Thomas": a describing word before the name.
EPITHET = r"(?:(?:the[ \t\n]+)?(?:old|young|little|poor|good|elder|younger|[a-z]+(?:ful|ous|ive|ible|able|ant|ent))[ \t\n]+(?=[A-Z]))?"
# "said Buffy", ", returned she", "— said Mr. Bennet"
VERB_FIRST_RE = re.compile(rf"[\s,—–\-]*{ADVERB}(?P<verb>{VERBS}|[a-z]{{3,}}ed)(?:[ \t\n]+(?:in|out|up|on|forth))?[ \t\n]+{ADVERB}{EPITHET}{SUBJECT}(?![\w’'])(?P<rest>[^.!?\"“”]{{0,80}})")
# "Buffy said", "he whispered", "Giles's voice was cool", "She folded her arms."
SUBJECT_FIRST_RE = re.compile(
    rf"[\s,—–\-]*(?:and[ \t\n]+|then[ \t\n]+)?{SUBJECT}(?P<poss>[’']s)?[ \t\n]+{ADVERB}(?:(?:had|has|was|is|were)[ \t\n]+)?(?P<verb>[a-z]+)\b(?P<rest>[^.!?\"“”]{{0,80}})"
)
# A subject at the start of a narration sentence anywhere in the paragraph: an action beat.
BEAT_RE = re.compile(rf"(?m)(?:^|{SENTENCE_END}\s+|[\"”]\s+)(?P<subj>{NAME}|He|She|I)(?P<poss>[’']s)?[ \t\n]+{ADVERB}(?P<verb>[a-z]+)\b")
# A speech tag inside a quotation that was never closed: "Hello, said Buffy.
UNCLOSED_TAG_RE = re.compile(
    rf"(?<=[,!?])(?=[ \t\n]+(?:(?:{VERBS})[ \t\n]+(?:{NAME}|he|she)\b|(?:{NAME}|he|she)[ \t\n]+(?:{VERBS})\b))"
)
# "Buffy said:", "he asked," just before the quotation.
BEFORE_RE = re.compile(rf"{SUBJECT}[ \t\n]+{ADVERB}(?P<verb>{VERBS})\b[^.!?\"“”]{{0,40}}[,:—]?\s*$")
# A subject in narration: a name or pronoun not governed by a preposition ("said to Darcy").
NARRATION_SUBJECT_RE = re.compile(
    rf"(?<![\w’'])(?<!to )(?<!with )(?<!at )(?<!of )(?<!for )(?<!by )(?<!from )(?<!upon )(?<!on )(?<!and )"
    rf"(?P<subj>{NAME}|[Hh]e|[Ss]he|I)(?![\w’'])"
)
# "...; and Anne, after a pause, added--": the subject of the last clause introduces the quotation.
CLAUSE_SUBJECT_RE = re.compile(
    rf"[;:]\s+(?:(?:and|but|then|so|yet)\s+)?(?:[a-z]+[ \t\n]+){{0,3}}?(?P<subj>{NAME}|[Hh]e|[Ss]he)(?![\w’'])"
)
SENTENCE_END_RE = re.compile(SENTENCE_END + r"[\"”’']?\s+")
INTRO_END = (",", ":", "—", "–", "-", ";")
# Narration that stops without closing its sentence introduces the next quotation ("Edmund first began again").
CLOSED_END = tuple(".!?\"”’')]*_…")
# "...," was Mrs Smith's reply.
WAS_REPLY_RE = re.compile(
    rf"[\s,—–\-]*was[ \t\n]+(?P<subj>{NAME})[’']s[ \t\n]+(?:reply|answer|language|response|remark|rejoinder|comment|retort)\b"
)
# "said the surgeon", "cried her mother", "said the gentleman in the white waistcoat": a described speaker.
_DESC_WORD = (
    r"(?!(?:at|to|in|into|with|as|and|or|who|whose|that|which|of|for|from|on|upon|after|before|when|while|but|"
    r"again|then|now|once|last|length|presently|still|very|not|so|too|is|was|had|has|did|would|could)\b)(?![a-z]+ly\b)[a-z]+"
)
DESCRIPTION = (
    rf"(?P<subj>(?:the|her|his|their|my)[ \t\n]+(?:{_DESC_WORD}[ \t\n]+){{0,2}}{_DESC_WORD}"
    rf"(?:[ \t\n]+(?:in|with)[ \t\n]+the[ \t\n]+(?:{_DESC_WORD}[ \t\n]+)?{_DESC_WORD})?)(?![\w’'])"
)
DESC_VERB_FIRST_RE = re.compile(rf"[\s,—–\-]*{ADVERB}(?P<verb>{VERBS}|[a-z]{{3,}}ed)[ \t\n]+{ADVERB}{DESCRIPTION}(?P<rest>[^.!?\"“”]{{0,80}})")
DESC_SUBJECT_FIRST_RE = re.compile(rf"[\s,—–\-]*{DESCRIPTION}[ \t\n]+{ADVERB}(?P<verb>{VERBS})\b(?P<rest>[^.!?\"“”]{{0,80}})")
# Descriptions that point back at someone already in the scene rather than naming a person.
ANAPHORIC_NOUNS = frozenset(
    """other latter former first second third last one same rest voice whole others two three both
    speaker stranger visitor newcomer former latter""".split()
)
# "said the old man": a plain person word points back at someone in the scene, as "he" would.
PERSON_NOUNS = {
    **dict.fromkeys("man boy gentleman fellow lad youth husband father brother son uncle".split(), "he"),
    **dict.fromkeys("woman girl lady lass wife mother sister daughter aunt".split(), "she"),
}
# "her mother" is Mrs. <her surname>: kinship words a title and the possessor's surname identify.
KIN_TITLES = {"mother": "Mrs.", "father": "Mr.", "wife": "Mrs.", "lady": "Mrs.", "husband": "Mr."}
TO_RE = re.compile(rf"\bto[ \t\n]+(?P<name>{NAME}|him|her)\b")
VOICE_WORDS = frozenset("voice tone words reply answer question whisper laugh".split())
# Vocatives: "Giles, I'm fine", "I'm fine, Giles.", "my dear Mr. Bennet"
VOCATIVE_RE = re.compile(
    rf"(?:^|[,;!?.]\s+|\b(?:[Dd]ear|[Oo]h|O)\s+)(?:my\s+(?:dear\s+)?)?(?P<name>{NAME})\s*(?=[,.!?;—]|$)"
)
GENDER_RE = re.compile(
    rf"\b(?P<name>{CAP})\b[^.!?;:\"“”]{{1,60}}?\b(?P<pron>he|his|him|himself|she|her|hers|herself)\b"
)
# "at Netherfield", "from London": capitalised words after these are places, not people.
PLACE_RE = re.compile(rf"\b(?:at|in|from|near|into|towards|through|across|of)[ \t\n]+({CAP})(?![\w’'.])(?![ \t]{CAP})")
LOWER_WORD_RE = re.compile(r"\b[a-z][a-z]+\b")
MALE_PRONOUNS = frozenset("he his him himself".split())
NEW_CONVERSATION_GAP = 1200

CONFIDENCE = {
    "tag": 0.95,
    "tag-pronoun": 0.8,
    "description": 0.8,
    "narrator": 0.85,
    "voice": 0.8,
    "same-paragraph": 0.85,
    "beat": 0.7,
    "vocative": 0.65,
    "alternation": 0.6,
    "turn": 0.4,
}


class _Attributor:
    """State for one work: character index, genders, name occurrences, recent speakers."""

    def __init__(self, work: Work, utterances: list[Utterance], paragraphs: list[tuple[int, int]]):
        self.work = work
        self.text = work.text
        self.utterances = utterances
        self.paragraphs = paragraphs
        self.index = CharacterIndex(work)
        self.mention_at = {m.start: m.character for m in work.mentions if m.character}
        self.genders: dict[str, list[int]] = {}
        self.canonical_ids: dict[str, str] = {}
        self.tags: list[dict | None] = []
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
        if len(words) == 1:
            word = words[0]
            caps = self.cap_counts.get(word, 0)
            if self.lower_counts.get(word.lower(), 0) > caps or self.place_counts.get(word, 0) * 4 > caps + 1:
                return None
        return name

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
    def find_tag(self, i: int) -> dict | None:
        """The explicit speech tag or beat right next to the quotation, as a small record."""
        u = self.utterances[i]
        for p in range(len(u.parts)):
            seg = self.narration_after(i, p)
            if not seg:
                continue
            base = u.parts[p][1] + 1
            m = VERB_FIRST_RE.match(seg) or WAS_REPLY_RE.match(seg)
            if m:
                return self._tag(m, base, "tag")
            m = DESC_VERB_FIRST_RE.match(seg) or DESC_SUBJECT_FIRST_RE.match(seg)
            if m:
                return self._tag(m, base, "description")
            m = SUBJECT_FIRST_RE.match(seg)
            if m:
                verb = m.group("verb")
                if m.group("poss"):
                    if verb in VOICE_WORDS:
                        return self._tag(m, base, "voice")
                    if p == len(u.parts) - 1 and m.group("subj")[0].isupper() and m.group("subj") != "I":
                        return self._tag(m, base, "beat")  # "Buffy's eyes narrowed."
                    continue
                if verb in SPEECH_VERB_SET or (verb.endswith("ed") and self.text[u.parts[p][1] - 1] == ","):
                    return self._tag(m, base, "tag")
                if p == len(u.parts) - 1 and verb not in ("and", "or", "of", "to", "the"):
                    return self._tag(m, base, "beat")
        start, before = self.narration_before(i)
        if before:
            m = BEFORE_RE.search(before)
            if m:
                return self._tag(m, start, "tag")
            if _introduces(before):
                return self.intro_subject(start, start + len(before.rstrip()))
        elif u.paragraph > 0 and (i == 0 or self.utterances[i - 1].last_paragraph < u.paragraph - 1 or
                                  self.utterances[i - 1].end < self.paragraphs[u.paragraph - 1][1] - 20):
            lo, hi = self.paragraphs[u.paragraph - 1]
            if _introduces(self.text[lo:hi]):
                if i > 0 and self.utterances[i - 1].end > lo:
                    lo = self.utterances[i - 1].end + 1
                return self.intro_subject(lo, hi)
        return None

    def intro_subject(self, start: int, end: int) -> dict | None:
        """The subject of the narration that introduces a quotation ("Charlotte said,")."""
        start = max(start, end - 400)
        seg = self.text[start:end]
        cuts = [0] + [m.end() for m in SENTENCE_END_RE.finditer(seg)]
        for m in reversed(list(CLAUSE_SUBJECT_RE.finditer(seg, cuts[-1]))):
            subj = m.group("subj")
            if subj in ("He", "She", "he", "she") or self.name(subj, keep_article=True):
                return {"subj": subj, "pos": start + m.start("subj"), "kind": "tag", "to": _to_name(seg[m.end():])}
        for cut in reversed(cuts):
            for m in NARRATION_SUBJECT_RE.finditer(seg, cut):
                subj = m.group("subj")
                if subj[0].isupper() and subj not in ("He", "She", "I") and not self.name(subj):
                    continue
                return {"subj": subj, "pos": start + m.start("subj"), "kind": "tag", "to": _to_name(seg[m.end():])}
        return None

    def _tag(self, m: re.Match, base: int, kind: str) -> dict | None:
        subj = m.group("subj")
        rest = m.groupdict().get("rest") or ""
        return {"subj": subj, "pos": base + m.start("subj"), "kind": kind, "to": _to_name(rest)}

    def describe(self, description: str, pos: int, recent: tuple = ()) -> str | None:
        """The character a described speaker is: "her mother" via the possessor's surname, "the surgeon" as itself.

        The possessor of "cried his wife" is most often the one just speaking (`recent`), else
        the characters stage's reading of the pronoun."""
        words = description.split()
        head = words[-1] if len(words) < 4 or words[-4] not in ("in", "with") else words[-4]
        if head in ANAPHORIC_NOUNS or (head in PERSON_NOUNS and words[0] in ("the", "a") and head == words[-1]):
            return None
        if words[0] in ("her", "his", "their", "my"):
            title = KIN_TITLES.get(words[1]) if len(words) == 2 else None
            if not title:
                return None
            want = {"his": "male", "her": "female"}.get(words[0])
            owners = [k for k in recent if k and not k.startswith("name:") and (want is None or self.gender_of(k) == want)]
            owners.append(self.mention_at.get(pos))
            for owner in owners:
                if not owner:
                    continue
                surname = self.index.by_id[owner].name.split()[-1]
                found = self.index.find(f"{title} {surname}") or self.index.find(f"{title.rstrip('.')} {surname}")
                if found and found != owner:
                    return found
            return None
        phrase = " ".join(words[1:])
        found = self.index.find("the " + phrase) or self.index.find(phrase)
        if found:
            return found
        return self.index.get_or_add("The " + phrase)

    def canonical(self, cid: str) -> str:
        """One id per person when earlier stages split a titled form off ("Dr. Aziz" and "Aziz",
        "Miss Quested" and "Adela Quested"), so turn-taking sees one speaker, not two."""
        if cid in self.canonical_ids:
            return self.canonical_ids[cid]
        out = cid
        c = self.index.by_id.get(cid)
        words = c.name.split() if c else []
        if len(words) >= 2 and words[0].rstrip(".").lower() in TITLE_WORDS:
            gender = c.gender or title_gender(c.name)
            bare = self.index.by_key.get(" ".join(words[1:]).lower())
            if (bare and bare != cid and self.index.by_id[bare].name == " ".join(words[1:])
                    and self.index.by_id[bare].gender in (None, gender)):
                out = bare
            elif words[0] == "Miss" and len(words) == 2:
                same = [
                    k for k in self.index.by_last.get(words[1].lower(), ())
                    if k != cid and self.index.by_id[k].gender == "female"
                    and len(self.index.by_id[k].name.split()) >= 2
                    and self.index.by_id[k].name.split()[0].rstrip(".").lower() not in TITLE_WORDS
                ]
                if len(same) == 1:
                    out = same[0]
        if out != cid:
            for alias in (c.name, *c.aliases):
                self.index._add_alias(out, alias)
        self.canonical_ids[cid] = out
        return out

    # ---- genders and pronouns ----
    def learn_genders(self) -> None:
        counts = self.genders
        for m in GENDER_RE.finditer(self.text):
            vote = counts.setdefault(m.group("name"), [0, 0])
            vote[0 if m.group("pron") in MALE_PRONOUNS else 1] += 1

    def gender_of(self, cid: str) -> str | None:
        c = self.index.by_id[cid]
        return c.gender or self.name_gender(c.name)

    def name_gender(self, name: str, strict: bool = False) -> str | None:
        """Gender from a title, else from the pronouns that follow the name in the text.

        strict asks for more evidence (for names no tag has shown to be a person)."""
        g = title_gender(name)
        if g:
            return g
        if strict and len(name.split()) == 1 and sum(self.genders.get(name, (0, 0))) < 4:
            return None
        male = female = 0
        for word in name.split():
            m, f = self.genders.get(word, (0, 0))
            male += m
            female += f
        if male + female >= 2 and max(male, female) >= 2 * min(male, female):
            return "male" if male > female else "female"
        return None

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
            if name:
                self.name_pos.append(pos)
                self.name_ids.append(cid)
                self.name_names.append(name)

    def resolve(self, subj: str, pos: int, prev: str | None, prev2: str | None) -> tuple[str | None, str]:
        """Character id for a tag's subject, and whether it was a name or a pronoun."""
        if pos in self.mention_at:
            return self.mention_at[pos], "tag" if subj[0].isupper() and subj not in ("He", "She") else "tag-pronoun"
        low = subj.lower()
        if low == "i":
            return self.index.narrator(), "narrator"
        if low in ("he", "she", "they", "you"):
            return (None if low == "you" else self.resolve_pronoun(low, pos, prev, prev2)), "tag-pronoun"
        name = self.name(subj, keep_article=True)
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
        out: list[str] = []
        for a, b in u.parts:
            for m in VOCATIVE_RE.finditer(self.text, a, b):
                name = self.name(m.group("name"))
                if not name:
                    continue
                cid = self.index.find(name)
                if cid and cid not in out:
                    out.append(cid)
        return out


def _rule_pick(att: _Attributor, i: int, u: Utterance, tag: dict | None, speakers: list, prev, prev2) -> dict:
    """What each rule would say about the speaker (candidate keys), for the fixed order or the ranker."""
    text = att.text
    picks: dict = {}
    same_paragraph = i > 0 and att.utterances[i - 1].last_paragraph == u.paragraph
    if tag:
        low = tag["subj"].lower()
        if low == "you":
            pass
        elif low in ("he", "she", "they"):
            picks["pronoun"] = att.pronoun_candidates(low, tag["pos"])
            resolved = att.mention_at.get(tag["pos"])  # the characters stage's reading of this pronoun
            if resolved:
                picks["pronoun"] = [resolved] + [k for k in picks["pronoun"] if k != resolved][:2]
            picks["pronoun_word"] = low
        elif tag["kind"] == "description":
            pronoun = PERSON_NOUNS.get(low.split()[-1])
            if pronoun:
                picks["pronoun"] = att.pronoun_candidates(pronoun, tag["pos"])
                picks["pronoun_word"] = pronoun
                picks["described_person"] = True
        elif tag["kind"] == "beat" and low != "i":
            name = att.name(tag["subj"], keep_article=True)
            if name:
                picks["beat_named"] = att.index.find(name) or "name:" + name
    if same_paragraph and speakers[i - 1]:
        picks["same_paragraph"] = speakers[i - 1]
    lo, hi = att.paragraphs[u.paragraph]
    narration = 0
    for seg_start, seg_end in _gaps(u, lo, hi, att.utterances, i):
        narration += seg_end - seg_start
        if "beat_paragraph" in picks:
            continue
        m = BEAT_RE.search(text, seg_start, seg_end)
        if m and m.group("poss") and m.group("verb") not in VOICE_WORDS and "beat_possessive" not in picks:
            subj = m.group("subj")
            if subj not in ("He", "She", "I"):
                name = att.name(subj, keep_article=True)
                if name:
                    picks["beat_possessive"] = att.index.find(name) or "name:" + name
        elif m and (not m.group("poss") or m.group("verb") in VOICE_WORDS):
            subj = m.group("subj")
            if subj in ("He", "She"):
                picks.setdefault("pronoun_word", subj.lower())
                found = att.pronoun_candidates(subj.lower(), m.start("subj"), limit=1)
                if found:
                    picks["beat_paragraph"] = found[0]
            elif subj != "I":
                name = att.name(subj, keep_article=True)
                if name:
                    picks["beat_paragraph"] = att.index.find(name) or "name:" + name
    picks["narration_chars"] = narration
    if u.paragraph > 0 and (i == 0 or att.utterances[i - 1].last_paragraph < u.paragraph - 1):
        plo, phi = att.paragraphs[u.paragraph - 1]
        m = BEAT_RE.search(text, plo, phi)
        if m and not m.group("poss"):
            subj = m.group("subj")
            if subj in ("He", "She"):
                found = att.pronoun_candidates(subj.lower(), m.start("subj"), limit=1)
                picks["previous_narration_subject"] = found[0] if found else None
            elif subj != "I":
                name = att.name(subj, keep_article=True)
                if name:
                    picks["previous_narration_subject"] = att.index.find(name) or "name:" + name
    if i > 0:
        previous_tag = att.tags[i - 1]
        if previous_tag and previous_tag.get("to") and previous_tag["to"][0].isupper():
            name = att.name(previous_tag["to"])
            if name:
                picks["told_previous"] = att.index.find(name) or "name:" + name
    if i > 0 and not same_paragraph:
        picks["vocative_previous"] = [c for c in att.vocatives(att.utterances[i - 1]) if c != prev]
    k = bisect.bisect_left(att.name_pos, u.start) - 1
    recent: list[str] = []
    while k >= 0 and u.start - att.name_pos[k] < 1500 and len(recent) < 4:
        key = att.name_ids[k] or att.index.find(att.name_names[k])
        if key is None and att.name_gender(att.name_names[k], strict=True):
            key = "name:" + att.name_names[k]
        if key and key not in recent:
            recent.append(key)
        k -= 1
    picks["recent"] = recent
    picks["turn"] = next((c for c in recent if c != prev), None) if prev else None
    return picks


def _features(att: _Attributor, u: Utterance, picks: dict, speakers: list, start: int, i: int, prev, prev2) -> tuple[list, np.ndarray]:
    keys: list[str] = []

    def add(key):
        if key and key not in keys:
            keys.append(key)

    for key in picks.get("pronoun", []):
        add(key)
    for name in ("beat_named", "beat_paragraph", "beat_possessive", "same_paragraph", "turn", "previous_narration_subject", "told_previous"):
        add(picks.get(name))
    for key in picks.get("vocative_previous", []):
        add(key)
    add(prev)
    add(prev2)
    older = [s for s in speakers[max(start, i - 12) : max(start, i - 2)] if s]
    for key in reversed(older):
        add(key)
    for key in picks["recent"]:
        add(key)
    counts = att.quote_counts
    leaders = sorted(counts, key=counts.get, reverse=True)[:3]
    for key in leaders:
        add(key)
    keys = keys[:14]
    rows = np.zeros((len(keys), len(ranker.FEATURES)))
    F = ranker.INDEX
    own = set(att.vocatives(u))
    pron = picks.get("pronoun", [])
    want = {"he": "male", "she": "female"}.get(picks.get("pronoun_word", ""))
    new_paragraph = not (i > 0 and att.utterances[i - 1].last_paragraph == u.paragraph)
    for r, key in enumerate(keys):
        row = rows[r]
        if key in pron:
            row[F[f"pronoun_{pron.index(key) + 1}"]] = 1
            if want and att.candidate_gender(key) == want:
                row[F["pronoun_gender_known"]] = 1
        row[F["has_pronoun_tag"]] = 1 if pron else 0
        if want:
            gender = att.candidate_gender(key)
            row[F["gender_match"]] = gender == want
            row[F["gender_mismatch"]] = gender is not None and gender != want
        row[F["beat_named"]] = key == picks.get("beat_named")
        row[F["beat_paragraph"]] = key == picks.get("beat_paragraph")
        row[F["same_paragraph"]] = key == picks.get("same_paragraph")
        row[F["vocative_previous"]] = key in picks.get("vocative_previous", ())
        row[F["previous"]] = key == prev
        row[F["previous_new_paragraph"]] = key == prev and new_paragraph
        row[F["before_previous"]] = key == prev2
        row[F["older"]] = key in older
        if key in picks["recent"]:
            row[F["recency"]] = 1.0 / (1 + picks["recent"].index(key))
        row[F["own_vocative"]] = key in own
        row[F["quotes_so_far"]] = math.log1p(counts.get(key, 0))
        row[F["leader"]] = key in leaders
        row[F["previous_narration_subject"]] = key == picks.get("previous_narration_subject")
        row[F["told_previous"]] = key == picks.get("told_previous")
        row[F["pure_dialogue_alternation"]] = key == prev2 and picks["narration_chars"] == 0
        row[F["turn"]] = key == picks.get("turn")
        row[F["beat_possessive"]] = key == picks.get("beat_possessive")
        row[F["described_person"]] = bool(picks.get("described_person")) and key in pron
    return keys, rows


def _decide(att: _Attributor, i: int, u: Utterance, tag: dict | None, speakers: list, start: int, prev, prev2, weights, collect):
    """(speaker, rule, confidence) for one utterance."""
    if tag:
        low = tag["subj"].lower()
        if low == "i":
            return _count(att, att.index.narrator()), "narrator", CONFIDENCE["narrator"]
        if low == "you":
            reader = next((c.id for c in att.work.characters if c.reader), None)
            if reader:
                return _count(att, reader), "reader", CONFIDENCE["narrator"]
        if tag["kind"] == "description":
            speaker = att.describe(tag["subj"], tag["pos"], (prev, prev2))
            if speaker:
                return _count(att, speaker), "description", CONFIDENCE["description"]
        elif low not in ("he", "she", "they") and tag["kind"] in ("tag", "voice"):
            speaker, rule = att.resolve(tag["subj"], tag["pos"], prev, prev2)
            if speaker:
                rule = tag["kind"] if rule == "tag" else rule
                return _count(att, speaker), rule, CONFIDENCE.get(rule, 0.5)
    picks = _rule_pick(att, i, u, tag, speakers, prev, prev2)
    if weights is not None or collect is not None:
        keys, rows = _features(att, u, picks, speakers, start, i, prev, prev2)
        if collect is not None and keys:
            collect.append({"start": u.start, "keys": keys, "rows": rows, "forms": [att.forms(k) for k in keys]})
        if weights is not None and keys:
            best, prob, reason = ranker.choose(rows, weights)
            return _count(att, att.character(keys[best])), f"ranker:{reason}", prob
    # Fixed order when no model is installed.
    for rule, key in (
        ("tag-pronoun", _pronoun_pick(picks, prev, prev2)),
        ("beat", picks.get("beat_named")),
        ("same-paragraph", picks.get("same_paragraph")),
        ("beat", picks.get("beat_paragraph")),
        ("vocative", (picks.get("vocative_previous") or [None])[0]),
        ("alternation", prev2),
        ("turn", picks.get("turn")),
    ):
        if key:
            return _count(att, att.character(key)), rule, CONFIDENCE[rule]
    return None, None, 0.0


def _pronoun_pick(picks: dict, prev, prev2):
    found = picks.get("pronoun") or []
    if not found:
        return None
    if found[0] == prev and len(found) > 1 and (prev2 is None or found[1] == prev2):
        return found[1]
    return found[0]


def _count(att: _Attributor, speaker: str | None) -> str | None:
    if speaker:
        speaker = att.canonical(speaker)
        att.quote_counts[speaker] = att.quote_counts.get(speaker, 0) + 1
    return speaker


def _introduces(narration: str) -> bool:
    """Whether narration ends the way a line leading into a quotation does."""
    tail = narration.rstrip()
    return bool(tail) and (tail.endswith(INTRO_END) or not tail.endswith(CLOSED_END))


def _to_name(narration: str) -> str | None:
    """The person a tag says the words were spoken to ("said Buffy to Giles")."""
    m = TO_RE.search(narration)
    return m.group("name") if m else None


def _story_paragraphs(work: Work) -> list[tuple[int, int]]:
    if work.paragraphs:
        spans = [(p.start, p.end) for p in work.paragraphs]
        if work.paratext:
            para = sorted((p.start, p.end) for p in work.paratext)
            starts = [a for a, _ in para]
            keep = []
            for a, b in spans:
                k = bisect.bisect_right(starts, a) - 1
                if k >= 0 and a < para[k][1]:
                    continue
                keep.append((a, b))
            spans = keep
        return spans
    out: list[tuple[int, int]] = []
    for s in work.story_spans():
        out.extend(split_paragraphs(work.text, s.start, s.end))
    return out


def run(work: Work, use_model: bool = True, collect: list | None = None, weights: np.ndarray | None = None) -> Work:
    """Fill work.quotes.

    use_model=False keeps the fixed rule order; `weights` overrides the shipped ranker
    (leave-one-novel-out evaluation); `collect` receives the ranker's candidates (training).
    """
    text = work.text
    paragraphs = _story_paragraphs(work)
    style = quoting_style(text)
    utterances = find_utterances(text, paragraphs, style, UNCLOSED_TAG_RE)
    att = _Attributor(work, utterances, paragraphs)

    # Pass 1: tags, so every character named in one is known before pronouns are resolved.
    att.scan_names([u.start for u in utterances], [u.end for u in utterances])
    tags = att.tags = [att.find_tag(i) for i in range(len(utterances))]
    for tag in tags:
        if tag and tag["subj"][0].isupper() and tag["subj"] not in ("He", "She", "I", "They"):
            name = att.name(tag["subj"], keep_article=True)
            if name:
                att.index.get_or_add(name)
    att.learn_genders()
    att.collect_names()

    # Pass 2: speakers in text order, with the conversation's recent speakers.
    if weights is None and use_model:
        weights = ranker.load_weights()
    speakers: list[str | None] = []
    rules: list[str | None] = []
    confidences: list[float] = []
    addressed: list[list[str]] = []
    conversation_start = 0
    last_end = -NEW_CONVERSATION_GAP
    for i, u in enumerate(utterances):
        if u.start - last_end > NEW_CONVERSATION_GAP:
            conversation_start = i
        recent = [s for s in speakers[conversation_start:i][-8:] if s]
        prev = recent[-1] if recent else None
        prev2 = next((s for s in reversed(recent) if s != prev), None)
        speaker, rule, confidence = _decide(att, i, u, tags[i], speakers, conversation_start, prev, prev2, weights, collect)
        speakers.append(speaker)
        rules.append(rule if speaker else None)
        confidences.append(confidence if speaker else 0.0)
        to = []
        tag = tags[i]
        if tag and tag["to"] and tag["to"][0].isupper():
            name = att.name(tag["to"])
            if name:
                to.append(att.index.get_or_add(name))
        to.extend(c for c in att.vocatives(u) if c not in to)
        to = list(dict.fromkeys(att.canonical(c) for c in to))
        addressed.append([c for c in to if c != speaker])
        last_end = u.end

    # Addressees: vocatives and "to X", else the other people of the exchange.
    quotes: list[Quote] = []
    for i, u in enumerate(utterances):
        speaker = speakers[i]
        to = addressed[i]
        if not to:
            to = _partners(utterances, speakers, i)
        parts = [Span(a, b) for a, b in u.parts]
        quotes.append(
            Quote(
                id=f"q{i}",
                start=u.start,
                end=u.end,
                text=" ".join(" ".join(text[a:b].split()) for a, b in u.parts),
                parts=parts,
                speaker=speaker,
                addressees=to,
                confidence=round(confidences[i], 3),
                rule=rules[i],
            )
        )
    work.quotes = quotes
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    for c in work.characters:
        c.quotes = counts.get(c.id, 0)
    work.stats.quotes = len(quotes)
    work.stats.dialogue_words = sum(count_words(text, p.start, p.end) for q in quotes for p in q.parts)
    return work


def _gaps(u: Utterance, lo: int, hi: int, utterances: list[Utterance], i: int):
    """Narration stretches of the utterance's paragraph (outside any quotation)."""
    spans = [p for v in utterances[max(0, i - 3) : i + 4] if v.paragraph == u.paragraph for p in v.parts]
    pos = lo
    for a, b in sorted(spans):
        if a - 1 > pos:
            yield pos, a - 1
        pos = max(pos, b + 1)
    if pos < hi:
        yield pos, hi


def _partners(utterances: list[Utterance], speakers: list[str | None], i: int) -> list[str]:
    """The other people in the exchange: the nearest other speaker before, then the one after."""
    me = speakers[i]
    out: list[str] = []
    for direction in (-1, 1):
        for distance in (1, 2, 3):
            j = i + direction * distance
            if not (0 <= j < len(utterances)) or not speakers[j] or speakers[j] == me:
                continue
            gap = utterances[i].start - utterances[j].end if direction < 0 else utterances[j].start - utterances[i].end
            if gap < NEW_CONVERSATION_GAP and speakers[j] not in out:
                out.append(speakers[j])
            break
    return out
