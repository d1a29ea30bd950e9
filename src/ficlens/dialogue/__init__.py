"""The dialogue stage: groups the quoted stretches into quotes, then says who speaks each one and to whom.

A named speech tag ("said Buffy", "Buffy whispered", "was Buffy's reply"), a described one
("said the surgeon", "cried his wife" = Mrs. <his surname>), a first-person "I said" or a
reader-insert "you ask" decides the speaker outright. Otherwise candidates
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

from ..lexicon import CAP, NAME, SPEECH_VERB_SET, TITLE_RE, VERBS
from ..model import PERSON_PHRASE_KINDS, Mention, Quote, Span, Work
from ..stages import SHIPPED, shipped_file, stage_version
from ..text import GROUP_NAMES, count_words
from .names import NAME_RE, SENTENCE_END, CharacterIndex, clean_name, is_title, title_gender
from . import ranker
from .quotes import SPEECH_NOUNS, Utterance, group_utterances

VERSION = "1"

# "put" and "cut" speak only as "put in", "cut in".
IN_RE = re.compile(r"\s+in\b")
WORD_START_RE = re.compile(r"\b\w")
PRONOUN_SUBJECTS = ("he", "she", "He", "She")
# Narration after a quotation that opens a new clause ("and Mrs. Moore thought,") rather than tagging it.
NEXT_CLAUSE_RE = re.compile(r"[ \t\n]*(?:and|but|then|while|when|whereupon)\b")
# Days, months and numbers are names only where a speech tag makes them speak ("said Sunday",
# "Wednesday asked", "said Two" of the card gardeners).
TAG_ONLY_NAMES = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
    August September October November December Two Three Four Five Six Seven Eight Nine Ten""".split()
)
SUBJECT = rf"(?P<subj>{NAME}|[Hh]e|[Ss]he|I|[Tt]hey|you)"
ADVERB = r"(?:(?:[a-z]+ly|then|again|at last|at once|at length|presently|now)[ \t\n]+)?"
# "said old Horace", "said the irrepressible Thomas": a describing word before the name.
# Any describing word or two will do ("said dour Major Callendar", "said the more candid Lady Bertram"),
# but not a preposition or conjunction ("said to Marilla" names the listener).
_NOT_EPITHET = (
    r"(?!(?:to|at|with|and|or|but|in|into|of|for|from|by|on|upon|as|than|that|when|while|if|so|after|before|"
    r"towards?|unto|about|like|because|though|until|till|where|whom|whose|which|what|then|the|a|an|his|her|their|"
    r"my|our|its|your)\b)"
)
EPITHET = (
    rf"(?:(?:the[ \t\n]+)?(?:{_NOT_EPITHET}[a-z]+(?:-[a-z]+)?[ \t\n]+){{1,2}}(?=[A-Z]))?"
    r"(?:the[ \t\n]+(?:[a-z]+[ \t\n]+)?voice[ \t\n]+of[ \t\n]+(?:(?:old|young|little|poor)[ \t\n]+)?)?"
)
# "her mother" is Mrs. <her surname>: kinship words a title and the possessor's surname identify.
KIN_TITLES = {
    "mother": "Mrs.", "mamma": "Mrs.", "mama": "Mrs.", "mom": "Mrs.", "mum": "Mrs.", "father": "Mr.", "papa": "Mr.",
    "dad": "Mr.", "wife": "Mrs.", "lady": "Mrs.", "husband": "Mr.",
}
_KIN_WORDS = "|".join(KIN_TITLES)
# "answered Daisy's mamma": the speaker is the named person's relative, not the named person.
POSSESSED_KIN_RE = re.compile(rf"(?:[’']s?| s)[ \t\n]+(?P<kin>{_KIN_WORDS})\b")
# "said Buffy", ", returned she", "— said Mr. Bennet"
VERB_FIRST_RE = re.compile(
    rf"[\s,—–\-]*{ADVERB}(?P<verb>{VERBS}|[a-z]{{3,}}ed|Said)(?:[ \t\n]+(?:in|out|up|on|forth))?"
    rf"[ \t\n]+{ADVERB}{EPITHET}"
    rf"{SUBJECT}(?:[’']s[ \t\n]+(?:voice|{_KIN_WORDS})\b)?(?![\w’'])(?P<rest>[^.!?\"“”]{{0,80}})"
)
# "Buffy said", "he whispered", "Giles's voice was cool", "She folded her arms."
SUBJECT_FIRST_RE = re.compile(
    rf"[\s,—–\-]*(?:and[ \t\n]+|then[ \t\n]+|as[ \t\n]+)?{SUBJECT}(?P<poss>[’']s)?[ \t\n]+{ADVERB}"
    rf"(?:(?:had|has|was|is|were)[ \t\n]+)?(?P<verb>[a-z]+)\b(?P<rest>[^.!?\"“”]{{0,80}})"
)
# A subject at the start of a narration sentence anywhere in the paragraph: an action beat.
BEAT_RE = re.compile(rf"(?m)(?:^|{SENTENCE_END}\s+|[\"”]\s+)(?P<subj>{NAME}|He|She|I)(?P<poss>[’']s)?[ \t\n]+{ADVERB}(?P<verb>[a-z]+)\b")
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
CLOSING_MARK_RE = re.compile(r"[ \t]*[\"”]")
# A closing quotation mark, a line break and an indented line that starts in lower case.
WRAPPED_TAG_RE = re.compile(r"[ \t]*\n[ \t]+(?=[a-z])")
# A short closing sentence that announces the next quotation: "Lucy went on." "Mr. Collins began."
INTRO_SENTENCE_RE = re.compile(
    rf"(?:^|(?<=\n)[ \t]*|(?<=[.!?;”\"])\s+|(?<=,)[ \t\n]+(?=(?:and|but)[ \t\n]))"
    rf"(?:(?:and|but|then|so)[ \t\n]+|[A-Z][^.!?;:\"“”,]{{0,40}},[ \t\n]+)?"
    rf"(?P<subj>{NAME}|He|She|he|she)"
    r"(?:,[^,.;:!?\"“”]{1,80},)?[ \t\n]+"
    rf"{ADVERB}"
    r"(?:(?:was[ \t\n]+still[ \t\n]+talking|carried[ \t\n]+on[ \t\n]+the[ \t\n]+\w+|"
    r"began(?:[ \t\n]+again)?(?:[ \t\n]+[a-z]+ing)?|"
    r"continued|went[ \t\n]+on|proceeded|resumed|interposed|added|said|replied|answered|observed|persisted|"
    r"rejoined|returned|explained|spoke|cried|exclaimed|whispered|pursued|concluded)"
    r"(?:[ \t\n]+(?:again|at[ \t\n]+once|thus|as[ \t\n]+follows|immediately|quickly|slowly|eagerly|gravely|warmly))?"
    # "Mary spoke bitterly against the counsel.", "Crawford began again about Thornton Lacey."
    # ("answered them" speaks; "answered the door" does not)
    r"|(?:spoke|began|answered[ \t\n]+(?:him|her|them|me|us)|repeated|interposed|joined[ \t\n]+in|ran[ \t\n]+on|"
    r"broke[ \t\n]+in|"
    r"it[ \t\n]+was[ \t\n]+who[ \t\n]+(?:spoke|said|answered|replied))\b[^.!?;:\"“”]{0,60}"
    r")[ \t\n]*[.:][ \t\n]*$"
)
# Narration that ends with a speech verb and what goes with it: "...and said in a low voice,".
_INTRO_VERBS = (
    rf"{VERBS}|saying|say|says|calling|crying|replying|exclaiming|remarking|answering|adding|whispering|"
    r"observing|asking|uttered|speaking|mention|mentioned|mentioning"
)
INTRO_VERB_RE = re.compile(rf"(?s:.*)\b(?P<verb>{_INTRO_VERBS})\b[^.!?;\"“”]{{0,80}}[,:—–\-]?\s*$")
# "...met by Mr. Allen, who, on hearing the reason, said,": the speaker is the one "who" speaks; and
# "...stopped by Sir Thomas's saying with authority,".
WHO_INTRO_RE = re.compile(
    rf"(?s:.*)(?<![\w’'])(?P<subj>{NAME}),?[ \t\n]+who\b[^.!?;\"“”]*?\b(?:{_INTRO_VERBS})\b"
    r"[^.!?;\"“”]{0,80}"
    r"[,:—–\-]?\s*$"
)
# "...and thus spoke Mary:", "Elizabeth's reply was,".
INVERTED_INTRO_RE = re.compile(
    rf"(?:\b(?:{VERBS})[ \t\n]+{EPITHET}(?P<subj>{NAME})(?![\w’'])[^.!?;\"“”]{{0,60}}"
    rf"|(?<![\w’'])(?P<owner>{NAME})(?:[’']| )s[ \t\n]+(?:[a-z]+[ \t\n]+)?(?:{SPEECH_NOUNS})(?:[ \t\n]+(?:was|of))?)"
    r"[,:—–\-]?\s*$"
)
# "Mary's voice came, cool and liquid:"
VOICE_INTRO_RE = re.compile(
    rf"(?<![\w’'])(?P<subj>{NAME})(?:[’']| )s[ \t\n]+(?:[a-z]+[ \t\n]+)?voice\b[^.!?;\"“”]{{0,60}}[,:—–\-]\s*$"
)
# A second subject and speech verb after the inverted tag's name: a new speaker.
LATER_SPEAKER_RE = re.compile(rf"\b(?:and|but|then|while|when)\b[^.!?;]*\b(?:{VERBS})\b")
POSSESSIVE_SAYING_RE = re.compile(
    rf"(?<![\w’'])(?P<subj>{NAME})(?:[’'] ?| )s[ \t\n]+(?:[a-z]+[ \t\n]+)?saying\b"
    r"[^.!?;\"“”]{0,80}[,:—–\-]?\s*$"
)
# A name or pronoun in subject position: not after a preposition, and followed by a verb ("Miss Crawford thus
# began"), perhaps after a clause between commas ("Isabella, who had been talking to James, whispered").
CLAUSE_START_RE = re.compile(
    rf"(?<![\w’'])(?<!\bto )(?<!\bwith )(?<!\bat )(?<!\bof )(?<!\w[ \t\n]for )(?<!\bby )(?<!\bfrom )(?<!\bupon )(?<!\bon )"
    rf"(?<!\bas )"
    rf"(?P<subj>{NAME}|[Hh]e|[Ss]he)(?:,[^,.;:!?\"“”]{{1,160}},)?"
    r"(?:[ \t\n]+(?:[a-z]+ly|thus|then|again|now|at once|at last|presently|first|also|only|even))?"
    r"[ \t\n]+(?!(?:and|or|but|nor|the|a|an|of|to|with|in|on|at|for|who|whose|whom|which|that|as|by|from|"
    r"her|his|him)\b)"
    r"[a-z]{2,}\b"
)
# "said Mary, and Katharine, after a moment, said": a second subject, not a clause about the first.
COORDINATED_RE = re.compile(r",\s*(?:and|but|or|nor|then)\b")
SENTENCE_END_RE = re.compile(SENTENCE_END + r"[\"”’']?\s+")
# A subject that opens a subordinate clause ("...into the room where she and Eleanor were sitting,
# and said,"; "...and when she ceased speaking, replied thus,"): it does not speak the sentence's quotation.
# (A bare "..., when Mr. Rushworth turned to her and said," is the narrative's own "when": he speaks.)
SUBORDINATE_BEFORE_RE = re.compile(
    r"\b(?:where|whence|who|whom|whose|which)\b[^,;:—–]*$"
    r"|\b(?:and|but)[ \t\n]+(?:when|whenever|while|whilst|if|though|although|because|since|until|till|unless|once|"
    r"after|before)[ \t\n]+$"
)
# A title right before a subject, across a hard line break ("Mrs.\nHoneychurch").
TITLE_BEFORE_RE = re.compile(rf"(?<![\w’']){TITLE_RE}[ \t]*\n?[ \t]*\Z")
# Adverbs that open narration sentences and so get a capital ("Presently Nell said:").
SENTENCE_ADVERBS = frozenset(
    """presently suddenly finally immediately instantly slowly quickly gently quietly softly eventually
    accordingly consequently certainly surely naturally unfortunately fortunately luckily happily sadly
    usually generally really merely simply clearly evidently apparently probably possibly directly shortly
    lastly hastily eagerly warmly coldly gravely calmly abruptly timidly anxiously nervously angrily
    impatiently thoughtfully hurriedly meanwhile nevertheless however""".split()
)
INTRO_END = (",", ":", "—", "–", "-", ";")
# Narration that stops without closing its sentence introduces the next quotation ("Edmund first began again").
CLOSED_END = tuple(".!?\"”’')]*_…")
# "...," was Mrs Smith's reply.
# '"Thank God!" was uttered by Captain Wentworth', '"Good morning!" from Captain Harville', '"A dangerous
# theory!" came from Sir Thomas's tight lips', '"Those dreadful insects!" burst from William',
# '"Matthew, are you sick?" It was Marilla who spoke'.
NAMED_AFTER_RE = re.compile(
    rf"[\s,—–\-]*(?:(?:was|were)[ \t\n]+(?:uttered|spoken)[^.!?;\"“”]{{0,40}}?\bby|(?:(?:came|burst)[ \t\n]+)?from|(?P<it>It[ \t\n]+was))[ \t\n]+"
    rf"(?P<subj>{NAME})(?![\w’'])(?(it)[ \t\n]+who[ \t\n]+(?:spoke|{VERBS})\b)"
)
# '"I like rubies," he heard Katharine say': the one heard speaks.
HEARD_SAY_RE = re.compile(
    rf"[\s,—–\-]*(?:{NAME}|[Hh]e|[Ss]he|I|they)[ \t\n]+{ADVERB}heard[ \t\n]+(?P<subj>{NAME})[ \t\n]+"
    r"(?:say|said|saying|ask|asking|exclaim|reply|answer|whisper|murmur|mutter|call|calling|cry|add|remark)\b"
)
WAS_REPLY_RE = re.compile(
    rf"[\s,—–\-]*(?:was|were)[ \t\n]+(?:all[ \t\n]+)?(?P<subj>{NAME})(?:[’']| )s[ \t\n]+"
    r"(?:[a-z]+[ \t\n]+){0,2}?"
    rf"(?:{SPEECH_NOUNS})\b"
)
# "said the surgeon", "cried her mother", "said the gentleman in the white waistcoat": a described speaker.
_DESC_WORD = (
    r"(?!(?:at|to|in|into|with|as|and|or|who|whose|that|which|of|for|from|on|upon|after|before|when|while|but|"
    r"again|then|now|once|last|length|presently|still|very|not|so|too|is|was|had|has|did|would|could)\b)"
    r"(?![a-z]+ly\b)[a-z]+(?:-[a-z]+)*"
)
DESCRIPTION = (
    rf"(?P<subj>(?:the|her|his|their|my|a|an)[ \t\n]+(?:{_DESC_WORD}[ \t\n]+){{0,2}}{_DESC_WORD}"
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
TO_RE = re.compile(rf"\bto[ \t\n]+(?P<name>(?:his|her)[ \t\n]+(?:{_KIN_WORDS})|{NAME}|him|her)\b")
VOICE_WORDS = frozenset("voice tone words reply answer question whisper laugh".split())
# Vocatives: "Giles, I'm fine", "I'm fine, Giles.", "my dear Mr. Bennet"
VOCATIVE_RE = re.compile(
    rf"(?:^|[,;!?.]\s+|\b(?:[Dd]ear|[Oo]h|O)\s+)(?:my\s+(?:dear\s+)?)?(?P<name>{NAME})\s*(?=[,.!?;—]|$)"
)
# A name that opens a quotation (or its part after a tag), then a comma and more words: an
# address, unless a tag breaks in right after the comma ("Mr. Denham," she said, "writes ...").
OPENING_VOCATIVE_RE = re.compile(
    rf"(?:my\s+(?:dear\s+)?)?(?P<name>{NAME})\s*,\s*(?!(?:the|a|an|who|whose|which|you\s+remember|I\s+believe)\b)\S"
)
GENDER_RE = re.compile(
    rf"\b(?P<name>{CAP})\b[^.!?;:\"“”]{{1,60}}?\b(?P<pron>he|his|him|himself|she|her|hers|herself)\b"
)
# "at Netherfield", "from London": capitalised words after these are places, not people.
PLACE_RE = re.compile(rf"\b(?:at|in|from|near|into|towards|through|across|of)[ \t\n]+({CAP})(?![\w’'.])(?![ \t]{CAP})")
LOWER_WORD_RE = re.compile(r"\b[a-z][a-z]+\b")
MALE_PRONOUNS = frozenset("he his him himself".split())
NEW_CONVERSATION_GAP = 1200
# How far back (characters) a mention makes its character a candidate for an untagged quote.
MENTION_REACH = 2500
# Replies that must name one character before an occupation tag ("said the painter") becomes theirs.
EPITHET_MIN_VOTES = 3
EPITHET_MIN_SHARE = 0.75
# Beam search over a conversation's speakers (1 = greedy): histories kept, choices per quote,
# the weight of a tagged quote's fit to a history, and the score of a tag speaker no rule proposed.
# PDNC speaker accuracy by beam width: 4 -> 0.7718, 8 -> 0.7739, 12 -> 0.7744 at a third less speed.
# Tag fit 0.8 with an unlisted score of -2.0 gave 0.799 on all 18 novels but 0.792 leave-one-novel-out,
# against 0.798 and 0.793 for the values kept.
BEAM_WIDTH = 8
BRANCHES = 3
TAG_FIT = 0.5
UNLISTED_LOGP = -3.0
RECOMBINE = 12
# Score taken off a candidate whose gender contradicts the tag's pronoun or person noun.
GENDER_CLASH_PENALTY = 1000.0

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
        # Every character the characters stage linked a mention to (name, pronoun, vocative), by position.
        linked = sorted((m.start, m.character, _spoken_of_role(m, work.text)) for m in work.mentions if m.character)
        self.mention_pos = [p for p, _, _ in linked]
        self.mention_ids = [c for _, c, _ in linked]
        self.mention_roles = [r for _, _, r in linked]
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
        self.tags: list[dict | None] = []
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
    def find_tag(self, i: int) -> dict | None:
        """The explicit speech tag or beat right next to the quotation, as a small record.

        A tag after the quotation wins; a mere action beat after it ("He waved his arm.") gives way
        to narration before it that names the speaker and ends in a speech verb ("Callendar laughed,
        and said,")."""
        return self._with_title(self._pick_tag(i))

    def _pick_tag(self, i: int) -> dict | None:
        after = self._tag_after(i)
        if after and after["kind"] != "beat" and not self._new_sentence_pronoun(i, after):
            return after
        before, strong = self._tag_before(i)
        # A beat after the quotation, or a He/She opening the next sentence ('the Queen said severely
        # "Who is this?" She said it to the Knave'), gives way to a named lead-in tag.
        if after is None or (before and strong and before["subj"] not in PRONOUN_SUBJECTS):
            return before
        return after

    def _new_sentence_pronoun(self, i: int, tag: dict) -> bool:
        """Whether an after-tag is a capitalised He/She that opens a new sentence after the quotation."""
        if tag["subj"] not in ("He", "She"):  # lower case "she" after a comma is the quotation's own tag
            return False
        u = self.utterances[i]
        last = max((p for p in u.parts if p[1] <= tag["pos"]), default=None)
        return last is not None and self.text[last[1] - 1] in ".!?"

    def _with_title(self, tag: dict | None) -> dict | None:
        """The tag's subject with the title a pattern left behind ("Mr. Beebe, who ..." is not "Beebe")."""
        if not tag or not tag["subj"][:1].isupper():
            return tag
        m = TITLE_BEFORE_RE.search(self.text, max(0, tag["pos"] - 20), tag["pos"])
        if not m:
            return tag
        return {**tag, "subj": self.text[m.start() : tag["pos"]] + tag["subj"], "pos": m.start()}

    def _tag_after(self, i: int) -> dict | None:
        """A tag or beat in the narration after any part of the quotation."""
        u = self.utterances[i]
        for p in range(len(u.parts)):
            seg = self.narration_after(i, p)
            if not seg and p == len(u.parts) - 1:
                seg = self._wrapped_tag(i)
            if not seg:
                continue
            base = u.parts[p][1] + 1
            if (
                p == len(u.parts) - 1
                and NEXT_CLAUSE_RE.match(seg)
                and self._introduces_next(i, base + len(seg))
                and seg.rstrip()[-1:] in ",:—–"
            ):
                continue  # '"I knew it," and Mrs. Moore thought, "This man..."': the next speech's tag
            mark = CLOSING_MARK_RE.match(seg)  # a quotation that ends in spaces leaves its mark in the narration
            if mark:
                seg, base = seg[mark.end() :], base + mark.end()
            m = (
                VERB_FIRST_RE.match(seg) or WAS_REPLY_RE.match(seg) or NAMED_AFTER_RE.match(seg)
                or HEARD_SAY_RE.match(seg)
            )
            if m:
                return self._tag(m, base, "tag")
            m = DESC_VERB_FIRST_RE.match(seg) or DESC_SUBJECT_FIRST_RE.match(seg)
            if m:
                return self._tag(m, base, "description")
            m = SUBJECT_FIRST_RE.match(seg)
            subj = m.group("subj") if m else ""
            if m and subj[0].isupper() and subj not in ("He", "She", "I", "They") and not self.name(subj, True):
                m = None  # "And Mrs. Bennet instantly answered": no person heads the narration after the quote
            if m:
                verb = m.group("verb")
                if m.group("poss"):
                    if verb in VOICE_WORDS:
                        return self._tag(m, base, "voice")
                    if p == len(u.parts) - 1 and m.group("subj")[0].isupper() and m.group("subj") != "I":
                        return self._tag(m, base, "beat")  # "Buffy's eyes narrowed."
                    continue
                # "put in" is a speech verb; "the King put on his spectacles" is a beat.
                speaks = verb in SPEECH_VERB_SET and (verb not in ("put", "cut") or IN_RE.match(m.group("rest") or ""))
                # An -ed verb tags a quotation that ends in a comma or breaks off mid-word ("where is he " Mrs.
                # Lesley quavered), not one that ends its sentence or is cut off by a dash.
                last = self.text[u.parts[p][1] - 1]
                if speaks or (verb.endswith("ed") and (last == "," or last.isalnum())):
                    return self._tag(m, base, "tag")
                if p == len(u.parts) - 1 and verb not in ("and", "or", "of", "to", "the"):
                    return self._tag(m, base, "beat")
        return self._named_next_paragraph(i)

    def _named_next_paragraph(self, i: int) -> dict | None:
        """'"Matthew, are you sick?"' then a paragraph opening 'It was Marilla who spoke': her tag."""
        u = self.utterances[i]
        if u.last_paragraph + 1 >= len(self.paragraphs) or self.narration_after(i, len(u.parts) - 1).strip(" \t\n\"”"):
            return None
        lo, hi = self.paragraphs[u.last_paragraph + 1]
        m = NAMED_AFTER_RE.match(self.text, lo, hi)
        return self._tag(m, 0, "tag") if m and m.group("it") else None

    def _pronoun_or_name(self, subj: str) -> bool:
        return subj in PRONOUN_SUBJECTS or bool(self.name(subj, keep_article=True))

    def _names_someone(self, subj: str, pos: int) -> bool:
        """Whether a tag's subject can speak: a pronoun, a mention the characters stage found, or a
        name ("In reply to Joyce's inquiry of" has none)."""
        return not subj[0].isupper() or subj in ("I", "They") or pos in self.mention_at or self._pronoun_or_name(subj)

    def _introduces_next(self, i: int, end: int) -> bool:
        """Whether the narration ending at `end` runs straight into the next quotation of the same paragraph."""
        if i + 1 >= len(self.utterances):
            return False
        nxt = self.utterances[i + 1]
        return nxt.paragraph == self.utterances[i].last_paragraph and not self.text[end : nxt.start].strip(" \t\n\"“‘'")

    def _tag_before(self, i: int) -> tuple[dict | None, bool]:
        """The tag in the narration leading into the quotation, and whether a speech verb ends that narration."""
        u = self.utterances[i]
        start, before = self.narration_before(i)
        if before:
            m = BEFORE_RE.search(before)
            if m and self._names_someone(m.group("subj"), start + m.start("subj")):
                return self._tag(m, start, "tag"), True
            # '"Poor things!" said Miss Steele, as they went. "It might have been sad."': the tag between
            # two quotations names the speaker of both.
            follows = i > 0 and not self.text[self.utterances[i - 1].end : start].strip(" \t\n\"”’'")
            if follows and before.rstrip()[-1:] in ".!":
                m = VERB_FIRST_RE.match(before)
                if m and m.group("subj").lower() not in ("he", "she", "they", "i", "you"):
                    return self._tag(m, start, "tag"), False
                m = DESC_VERB_FIRST_RE.match(before) or DESC_SUBJECT_FIRST_RE.match(before)
                if m:
                    return self._tag(m, start, "description"), False
            if _introduces(before):
                end = start + len(before.rstrip())
                speech_verb_ends = bool(INTRO_VERB_RE.match(self.text, max(start, end - 200), end))
                tag = self.intro_subject(start, end)
                return tag, speech_verb_ends or bool(tag and tag.get("explicit"))
            m = INTRO_SENTENCE_RE.search(before)
            if m:
                return self._tag(m, start, "tag"), False
        elif u.paragraph > 0 and (i == 0 or self.utterances[i - 1].last_paragraph < u.paragraph - 1 or
                                  self.utterances[i - 1].end < self.paragraphs[u.paragraph - 1][1] - 20):
            lo, hi = self.paragraphs[u.paragraph - 1]
            if i > 0 and self.utterances[i - 1].end > lo:
                lo = self.utterances[i - 1].end + 1
            if _introduces(self.text[lo:hi]):
                end = lo + len(self.text[lo:hi].rstrip())
                speech_verb_ends = self.text[end - 1 : end] == ":" and bool(
                    INTRO_VERB_RE.match(self.text, max(lo, end - 200), end)
                )
                return self.intro_subject(lo, hi), speech_verb_ends
            m = INTRO_SENTENCE_RE.search(self.text, lo, hi)
            # '"I suspect she meant no harm," Winterbourne rejoined.' tags that quotation, not the next one.
            previous = self._tag_after(i - 1) if m and i > 0 else None
            if m and not (previous and previous["kind"] == "tag" and previous["pos"] == m.start("subj")):
                return self._tag(m, 0, "tag"), False
        return None, False

    def _wrapped_tag(self, i: int) -> str:
        """The tag an indented line break cut off into the next paragraph ('so well,"\\n said Cecil')."""
        u = self.utterances[i]
        start = u.parts[-1][1] + 1
        m = WRAPPED_TAG_RE.match(self.text, start)
        if not m or self.text[u.parts[-1][1] - 1] not in ",!?—-":
            return ""
        end = min(len(self.text), start + 200)
        if i + 1 < len(self.utterances):
            end = min(end, self.utterances[i + 1].start - 1)
        return self.text[start:end] if end > start else ""

    def intro_subject(self, start: int, end: int) -> dict | None:
        """The subject of the narration that introduces a quotation ("Charlotte said,")."""
        start = max(start, end - 400)
        seg = self.text[start:end]
        cuts = [0] + [m.end() for m in SENTENCE_END_RE.finditer(seg)]
        inverted = INVERTED_INTRO_RE.search(seg, cuts[-1])
        if inverted and inverted.group("subj") and LATER_SPEAKER_RE.search(seg, inverted.end("subj"), inverted.end()):
            inverted = None  # '...said Mary, and Katharine, after a moment, said:' is Katharine's
        m = (
            inverted
            or WHO_INTRO_RE.match(seg, cuts[-1])
            or POSSESSIVE_SAYING_RE.search(seg, cuts[-1])
            or VOICE_INTRO_RE.search(seg, cuts[-1])
        )
        group = "owner" if m and m.groupdict().get("owner") else "subj"
        if m and self.name(m.group(group), keep_article=True):
            # An explicit construction ("Mary's declaration was,") outweighs a beat after the quotation.
            return {"subj": m.group(group), "pos": start + m.start(group), "kind": "tag", "to": None, "explicit": True}
        clause = next(
            (
                m
                for m in reversed(list(CLAUSE_SUBJECT_RE.finditer(seg, cuts[-1])))
                if self._pronoun_or_name(m.group("subj"))
            ),
            None,
        )
        # "Lady Bertram left the room, and then Miss Crawford thus began,": the last subject before the speech verb.
        verb = INTRO_VERB_RE.match(seg, cuts[-1])
        found = None
        if verb:
            for m in _overlapping(CLAUSE_START_RE, seg, cuts[-1], verb.end("verb")):
                subj = m.group("subj")
                if m.start("subj") > verb.start("verb") or SUBORDINATE_BEFORE_RE.search(seg, cuts[-1], m.start("subj")):
                    continue
                if (
                    found and m.start("subj") < found.end() and seg.startswith(",", found.end("subj"))
                    and not COORDINATED_RE.match(seg, found.end("subj"))
                ):
                    continue  # "Anya, glad to know he was in town, now ventured": "he" is inside Anya's clause
                if self._pronoun_or_name(subj):
                    found = m
        # "...; for Mrs. Bennet protested he was mistaken, and Lydia boisterously exclaimed,": the subject
        # of the speech verb's own clause speaks, not the one that opened the sentence's last clause.
        if found and clause and found.start("subj") > clause.end("subj"):
            clause = None
        if clause:
            return {"subj": clause.group("subj"), "pos": start + clause.start("subj"), "kind": "tag",
                    "to": _to_name(seg[clause.end():])}
        if found:
            return {"subj": found.group("subj"), "pos": start + found.start("subj"), "kind": "tag",
                    "to": _to_name(seg[found.end():])}
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
        pos = base + m.start("subj")
        kin = POSSESSED_KIN_RE.match(self.text, pos + len(subj)) if subj[:1].isupper() else None
        if kin:
            return {"subj": f"{subj}'s {kin.group('kin')}", "pos": pos, "kind": "description", "to": None}
        return {"subj": subj, "pos": pos, "kind": kind, "to": _to_name(rest)}

    def describe(self, description: str, pos: int, recent: tuple = ()) -> str | None:
        """The character a described speaker is: "her mother" via the possessor's surname, "the surgeon" as itself.

        The possessor of "cried his wife" is most often the one just speaking (`recent`), else
        the characters stage's reading of the pronoun."""
        words = description.split()
        head = words[-1] if len(words) < 4 or words[-4] not in ("in", "with") else words[-4]
        if head in ANAPHORIC_NOUNS or (head in PERSON_NOUNS and words[0] == "the" and head == words[-1]):
            return None
        named_owner = description.endswith(tuple(KIN_TITLES)) and "'s " in description
        if words[0] in ("her", "his", "their", "my") or named_owner:
            title = KIN_TITLES.get(words[-1]) if len(words) == 2 or named_owner else None
            if not title:
                return None
            if named_owner:
                owners = [self.index.find(self.name(description.rsplit("'s ", 1)[0]) or "")]
            else:
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
        return self._described(phrase) or self.index.get_or_add("The " + phrase)

    def _described(self, phrase: str) -> str | None:
        """The known character "the <phrase>" names, if any ("surgeon" for "said the surgeon")."""
        return self.index.find("the " + phrase) or self.index.find(phrase)

    # ---- genders and pronouns ----
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
        votes: dict[str, dict[str, int]] = {}
        for i, tag in enumerate(self.tags):
            if not tag or tag["kind"] != "description":
                continue
            words = tag["subj"].split()
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
            return self.mention_at[pos], "tag" if subj[0].isupper() and subj not in ("He", "She") else "tag-pronoun"
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
            if opening and _addressable(opening.group("name")):
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


def _addressable(name: str) -> bool:
    """A name one calls someone by: one word or a title and one word ("Giles", "Mr. Mace"), not a
    full name, which opens a sentence about its bearer ("Charles Lavington, of all people, was")."""
    words = name.split()
    return len(words) == 1 or (len(words) == 2 and is_title(words[0]))


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
        to = previous_tag.get("to") if previous_tag else None
        if to and to[0].isupper():
            name = att.name(to)
            if name:
                picks["told_previous"] = att.index.find(name) or "name:" + name
        elif to:
            picks["told_previous"] = att.relative_addressed(to, previous_tag["pos"], prev)
    if i > 0 and not same_paragraph:
        picks["vocative_previous"] = [c for c in att.vocatives(att.utterances[i - 1]) if c != prev]
    if i + 1 < len(att.utterances):
        after = att.utterances[i + 1]
        if after.paragraph != u.last_paragraph and after.start - u.end < NEW_CONVERSATION_GAP:
            picks["vocative_next"] = att.vocatives(after)  # "Yes, Mr. Bumble": the reply names this speaker
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
    picks["mentioned"] = att.mentioned_before(u.start)
    return picks


def _features(
    att: _Attributor, u: Utterance, picks: dict, speakers: list, start: int, i: int, prev, prev2,
    tag: dict | None = None, tagged: str | None = None,
) -> tuple[list, np.ndarray]:
    """Candidate keys and their feature rows; `tagged`, the speaker a tag gives, is always a candidate."""
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
    for key in picks.get("vocative_next", []):
        add(key)
    add(prev)
    add(prev2)
    addressed_previous = att.addressed[i - 1] if i - 1 >= start else ()
    for key in addressed_previous:
        add(key)
    for key in _ahead(att, i):
        add(key)
    older = [s for s in speakers[max(start, i - 12) : max(start, i - 2)] if s]
    for key in reversed(older):
        add(key)
    for key in picks["recent"]:
        add(key)
    if tag is None:  # an untagged quote: also whoever the narration just spoke of
        for key in picks["mentioned"]:
            add(key)
    counts = att.quote_counts
    leaders = sorted(counts, key=counts.get, reverse=True)[:3]
    for key in leaders:
        add(key)
    keys = keys[:14]
    if tagged and tagged not in keys:
        keys.append(tagged)
    rows = np.zeros((len(keys), len(ranker.FEATURES)))
    F = ranker.INDEX
    own = set(att.vocatives(u))
    pron = picks.get("pronoun", [])
    want = {"he": "male", "she": "female"}.get(picks.get("pronoun_word", ""))
    new_paragraph = not (i > 0 and att.utterances[i - 1].last_paragraph == u.paragraph)
    tag_pronoun = bool(tag) and tag["subj"].lower() in ("he", "she")
    resolved = att.mention_at.get(tag["pos"]) if tag_pronoun else None
    # The parties of the exchange whose known gender fits the tag's pronoun.
    fitting = [k for k in (prev, prev2) if k and want and att.candidate_gender(k) == want] if tag_pronoun else []
    alternating = (
        tag is None and new_paragraph and i - 2 >= start and speakers[i - 2] is not None
        and speakers[i - 1] is not None and speakers[i - 1] != speakers[i - 2]
    )
    spoken = set(speakers[start:i])
    named_inside, referred_inside, _ = att.spoken_of(u)
    spoken_of_before = att.spoken_of(att.utterances[i - 1])[2] if i > start else ()
    next_new, next_same, next2 = _ahead(att, i)
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
        if tag_pronoun:
            row[F["pronoun_previous"]] = key == prev
            row[F["pronoun_before_previous"]] = key == prev2
            row[F["pronoun_only_participant"]] = key in fitting and len(fitting) == 1
            row[F["mention_resolved"]] = key == resolved
        row[F["strict_alternation"]] = alternating and key == speakers[i - 2]
        row[F["in_conversation"]] = key in spoken
        row[F["next_named_new_paragraph"]] = key == next_new
        row[F["next_named_same_paragraph"]] = key == next_same
        row[F["next2_named_alternation"]] = key == next2
        row[F["addressed_previous"]] = key in addressed_previous
        row[F["vocative_next"]] = key in picks.get("vocative_next", ())
        if key in picks["mentioned"]:
            row[F["mentioned"]] = 1.0 / (1 + picks["mentioned"].index(key))
        row[F["named_inside"]] = key in named_inside
        row[F["referred_inside"]] = key in referred_inside
        row[F["spoken_of_before"]] = key in spoken_of_before
    beat = any(name in picks for name in ("beat_named", "beat_paragraph", "beat_possessive"))
    contexts = (
        tag_pronoun or bool(picks.get("described_person")),
        picks["narration_chars"] == 0,
        beat,
        "same_paragraph" in picks,
        new_paragraph,
        new_paragraph and i > 0 and _asks(att, att.utterances[i - 1]),
        i > 0 and u.paragraph - att.utterances[i - 1].last_paragraph >= 2,
    )
    return keys, ranker.expand(rows, contexts)


def _asks(att: _Attributor, u: Utterance) -> bool:
    """Whether the quotation ends with a question mark."""
    return att.text[u.end - 2 : u.end].rstrip("\"”’' ").endswith("?")


_THIRD_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})


def _spoken_of_role(mention: Mention, text: str) -> int | None:
    """0 for a name or epithet, 1 for a he/she pronoun, None for any other mention (an address, I)."""
    if mention.kind in ("name", "nickname", "title", "epithet"):
        return 0
    if mention.kind == "pronoun" and text[mention.start : mention.end].lower() in _THIRD_PERSON:
        return 1
    return None


def _decide(att: _Attributor, i: int, u: Utterance, tag: dict | None, speakers: list, start: int, prev, prev2, weights, collect):
    """(speaker, rule, confidence) for one utterance, greedily (training, or no beam)."""
    fixed = _tag_decision(att, tag, prev, prev2)
    if fixed:
        return _count(att, fixed[0]), fixed[1], fixed[2]
    picks = _rule_pick(att, i, u, tag, speakers, prev, prev2)
    if weights is not None or collect is not None:
        keys, rows = _features(att, u, picks, speakers, start, i, prev, prev2, tag)
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


class _History:
    """Speakers (or addressees) by quote index: the committed ones before `start`, one
    hypothesis's own from `start` on; reads like the list `_features` and `_rule_pick` expect."""

    def __init__(self, committed: list, start: int, own: list):
        self.committed, self.start, self.own = committed, start, own

    def __len__(self) -> int:
        return self.start + len(self.own)

    def __getitem__(self, k):
        if isinstance(k, slice):
            a, b, step = k.indices(len(self))
            if step == 1 and a >= self.start:
                return self.own[a - self.start : b - self.start]
            return [self[j] for j in range(a, b, step)]
        if k < 0:
            k += len(self)
        return self.own[k - self.start] if k >= self.start else self.committed[k]


def _options(att: _Attributor, i: int, u: Utterance, tag: dict | None, speakers, start: int, prev, prev2, weights, memo: dict) -> list:
    """(speaker, rule, confidence, log-score) choices for one utterance under one history.

    A tag decides outright, but its speaker is still scored by the ranker against the
    history (damped by TAG_FIT), so a history whose turn-taking the tags confirm wins."""
    state = (prev, prev2, speakers[i - 1] if i > 0 else None)
    if state not in memo:  # the rules read only these of a history
        memo[state] = (_tag_decision(att, tag, prev, prev2), _rule_pick(att, i, u, tag, speakers, prev, prev2))
    fixed, picks = memo[state]
    keys, rows = _features(att, u, picks, speakers, start, i, prev, prev2, tag, fixed[0] if fixed else None)
    if not keys:
        return [fixed + (0.0,)] if fixed else [(None, None, 0.0, 0.0)]
    scores = rows @ weights
    if not fixed:
        scores = scores - GENDER_CLASH_PENALTY * (_gender_clash(rows, tag, picks) + _self_address(rows))
    scores = scores - scores.max()
    logp = scores - math.log(float(np.exp(scores).sum()))
    if fixed:
        speaker = fixed[0]
        fits = [logp[r] for r, key in enumerate(keys) if not key.startswith("name:") and key == speaker]
        return [fixed + (TAG_FIT * max(fits[0] if fits else UNLISTED_LOGP, UNLISTED_LOGP),)]
    order = np.argsort(-logp, kind="stable")[:BRANCHES]
    out = []
    for r in order:
        contrib = rows[r] * weights
        reason = ranker.MODEL_FEATURES[int(np.argmax(contrib))].split("*")[0] if contrib.max() > 0 else "prior"
        out.append((keys[r], f"ranker:{reason}", math.exp(float(logp[r])), float(logp[r])))
    return out


def _gender_clash(rows: np.ndarray, tag: dict | None, picks: dict) -> np.ndarray | float:
    """1 for each candidate whose known gender contradicts the tag's "she said" or "said the girl",
    when some candidate does not; else 0. Read off the base feature `_features` already set."""
    if not tag or not (tag["subj"].lower() in ("he", "she") or picks.get("described_person")):
        return 0.0
    clash = rows[:, ranker.INDEX["gender_mismatch"]]
    return clash if 0 < clash.sum() < len(clash) else 0.0


def _self_address(rows: np.ndarray) -> np.ndarray | float:
    """1 for each candidate the quotation itself addresses by name ("Why don't you, Aziz?" is
    not Aziz's line), when some candidate is not addressed; else 0."""
    own = rows[:, ranker.INDEX["own_vocative"]]
    return own if 0 < own.sum() < len(own) else 0.0


def _tag_decision(att: _Attributor, tag: dict | None, prev, prev2) -> tuple | None:
    """(speaker, rule, confidence) when a tag decides the speaker outright, else None."""
    if not tag:
        return None
    low = tag["subj"].lower()
    if low == "i":
        speaker = att.index.narrator()
        return (speaker, "narrator", CONFIDENCE["narrator"]) if speaker else None
    if low == "you":
        reader = next((c.id for c in att.work.characters if c.reader), None)
        return (reader, "reader", CONFIDENCE["narrator"]) if reader else None
    if tag["kind"] == "description":
        speaker = att.describe(tag["subj"], tag["pos"], (prev, prev2))
        return (speaker, "description", CONFIDENCE["description"]) if speaker else None
    if low not in ("he", "she", "they") and tag["kind"] in ("tag", "voice"):
        speaker, rule = att.resolve(tag["subj"], tag["pos"], prev, prev2)
        if speaker:
            rule = tag["kind"] if rule == "tag" else rule
            return speaker, rule, CONFIDENCE.get(rule, 0.5)
    return None


def _decode(att: _Attributor, utterances: list[Utterance], tags: list, weights: np.ndarray, width: int):
    """Speakers, rules, confidences and addressees by a beam search over each conversation.

    A greedy pick that gets one turn wrong gets every later alternation wrong; keeping the
    `width` best histories lets a later tag or vocative repair the turn order."""
    speakers: list = []
    rules: list = []
    confidences: list = []
    addressed: list = []
    # A hypothesis: (log-score, own speakers, own rules, own confidences, own addressees, quote counts).
    beam = [(0.0, [], [], [], [], dict(att.quote_counts))]
    start = 0
    last_end = -NEW_CONVERSATION_GAP

    def commit(best):
        # Only now does a "name:<Name>" candidate become a character: the chosen history's.
        real = {k: att.character(k) for k in set(best[1]) | set(best[5]) if k and k.startswith("name:")}
        speakers.extend(real.get(k, k) for k in best[1])
        rules.extend(best[2])
        confidences.extend(best[3])
        addressed.extend(best[4])
        counts: dict = {}
        for k, n in best[5].items():
            counts[real.get(k, k)] = counts.get(real.get(k, k), 0) + n
        return [(0.0, [], [], [], [], counts)]

    for i, u in enumerate(utterances):
        if (u.start - last_end > NEW_CONVERSATION_GAP or att.opens_scene[i]) and i > start:
            beam = commit(beam[0])
            start = i
        last_end = u.end
        grown = []
        memo: dict = {}
        named_to = _addressed(att, u, tags[i], None)
        for score, own, own_rules, own_conf, own_to, counts in beam:
            history = _History(speakers, start, own)
            att.addressed = _History(addressed, start, own_to)
            att.quote_counts = counts
            recent = [s for s in own[-8:] if s]
            prev = recent[-1] if recent else None
            prev2 = next((s for s in reversed(recent) if s != prev), None)
            for speaker, rule, confidence, logp in _options(att, i, u, tags[i], history, start, prev, prev2, weights, memo):
                new_counts = dict(counts)
                att.quote_counts = new_counts
                speaker = _count(att, speaker)
                grown.append((
                    score + logp,
                    own + [speaker],
                    own_rules + [rule if speaker else None],
                    own_conf + [confidence if speaker else 0.0],
                    own_to + [[c for c in named_to if c != speaker]],
                    new_counts,
                ))
                att.quote_counts = counts
        grown.sort(key=lambda h: -h[0])
        # Histories that agree on their last RECOMBINE turns score the next quotes alike: keep the best.
        seen: set = set()
        beam = []
        for h in grown:
            state = tuple(h[1][-RECOMBINE:])
            if state not in seen:
                seen.add(state)
                beam.append(h)
                if len(beam) == width:
                    break
    att.quote_counts = commit(beam[0])[0][5]
    att.addressed = addressed
    return speakers, rules, confidences, addressed


def _addressed(att: _Attributor, u: Utterance, tag: dict | None, speaker: str | None) -> list[str]:
    """Addressees the quote itself names: "to X" in its tag, then its vocatives."""
    to = []
    if tag and tag["to"] and tag["to"][0].isupper():
        name = att.name(tag["to"])
        if name:
            to.append(att.index.get_or_add(name))
    elif tag and tag["to"]:
        relative = att.relative_addressed(tag["to"], tag["pos"], speaker or _named_speaker(att, tag))
        if relative:
            to.append(relative)
    to.extend(c for c in att.vocatives(u) if c not in to)
    return [c for c in to if c != speaker]


def _pronoun_pick(picks: dict, prev, prev2):
    found = picks.get("pronoun") or []
    if not found:
        return None
    if found[0] == prev and len(found) > 1 and (prev2 is None or found[1] == prev2):
        return found[1]
    return found[0]


def _named_speaker(att: _Attributor, tag: dict | None) -> str | None:
    """The speaker a name tag ("said Buffy", "I said") fixes, known before speakers are decided."""
    if not tag or tag["kind"] not in ("tag", "voice"):
        return None
    low = tag["subj"].lower()
    if low == "i":
        speaker = att.index.narrator()
    elif low in ("he", "she", "they", "you"):
        return None
    else:
        speaker, rule = att.resolve(tag["subj"], tag["pos"], None, None)
        if rule != "tag":
            return None
    return speaker or None


def _ahead(att: _Attributor, i: int) -> tuple[str | None, str | None, str | None]:
    """Name-tagged speakers of the next quotes: (next, in a new paragraph), (next, same paragraph),
    (the one after, when each of the two opens its own paragraph: the alternation seen from ahead)."""
    utterances, named = att.utterances, att.named
    u = utterances[i]
    if i + 1 >= len(utterances) or utterances[i + 1].start - u.end > NEW_CONVERSATION_GAP:
        return None, None, None
    v = utterances[i + 1]
    same = v.paragraph == u.last_paragraph
    next2 = None
    if not same and i + 2 < len(utterances) and named[i + 1] is None:
        w = utterances[i + 2]
        if w.paragraph != v.last_paragraph and w.start - v.end < NEW_CONVERSATION_GAP:
            next2 = named[i + 2]
    return (None if same else named[i + 1]), (named[i + 1] if same else None), next2


def _count(att: _Attributor, speaker: str | None) -> str | None:
    if speaker:
        att.quote_counts[speaker] = att.quote_counts.get(speaker, 0) + 1
    return speaker


def _overlapping(pattern: re.Pattern, text: str, start: int, end: int):
    """Matches of a subject pattern that may overlap: "Nell, and Wenna, after a pause, said" holds two."""
    m = pattern.search(text, start, end)
    while m:
        yield m
        m = pattern.search(text, m.end("subj"), end)


def _introduces(narration: str) -> bool:
    """Whether narration ends the way a line leading into a quotation does."""
    tail = narration.rstrip()
    return bool(tail) and (tail.endswith(INTRO_END) or not tail.endswith(CLOSED_END))


def _to_name(narration: str) -> str | None:
    """The person a tag says the words were spoken to ("said Buffy to Giles")."""
    m = TO_RE.search(narration)
    return m.group("name") if m else None


def attribute(work: Work, weights: np.ndarray | None, beam_width: int, collect: list | None = None) -> Work:
    """Fill work.quotes.

    weights: the speaker ranker's (None keeps the fixed rule order); beam_width: histories kept by
    the beam search (1: greedy); collect (training only) receives the ranker's candidates, with
    earlier speakers taken greedily.
    """
    text = work.text
    paragraphs = [(p.start, p.end) for p in work.paragraphs]
    utterances = group_utterances(text, work.quotations, paragraphs)
    att = _Attributor(work, utterances, paragraphs)
    att.opens_scene = _opens_scene(work, utterances)

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
    att.link_epithets()
    att.named = [_named_speaker(att, tag) for tag in tags]

    # Pass 2: speakers in text order, with the conversation's recent speakers.
    speakers: list[str | None] = []
    rules: list[str | None] = []
    confidences: list[float] = []
    addressed: list[list[str]] = []
    att.addressed = addressed
    conversation_start = 0
    last_end = -NEW_CONVERSATION_GAP
    if weights is not None and collect is None and beam_width > 1:
        speakers, rules, confidences, addressed = _decode(att, utterances, tags, weights, beam_width)
        utterances_left = []
    else:
        utterances_left = utterances
    for i, u in enumerate(utterances_left):
        if u.start - last_end > NEW_CONVERSATION_GAP or att.opens_scene[i]:
            conversation_start = i
        recent = [s for s in speakers[conversation_start:i][-8:] if s]
        prev = recent[-1] if recent else None
        prev2 = next((s for s in reversed(recent) if s != prev), None)
        speaker, rule, confidence = _decide(att, i, u, tags[i], speakers, conversation_start, prev, prev2, weights, collect)
        speakers.append(speaker)
        rules.append(rule if speaker else None)
        confidences.append(confidence if speaker else 0.0)
        addressed.append(_addressed(att, u, tags[i], speaker))
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


def _opens_scene(work: Work, utterances: list[Utterance]) -> list[bool]:
    """Per quote, whether a chapter or scene begins between it and the quote before: a new
    conversation, whose speakers the last one's do not predict."""
    starts = sorted({s.start for s in work.scenes} | {c.start for c in work.chapters})
    out = []
    for i, u in enumerate(utterances):
        k = bisect.bisect_right(starts, u.start) - 1
        out.append(i > 0 and k >= 0 and starts[k] > utterances[i - 1].end)
    return out


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


class DialogueStage:
    """Quotes, each with its speaker and addressees.

    ranker_weights: SHIPPED loads the speaker ranker of the package, None keeps the fixed rule
    order, or give fitted weights (leave-one-novel-out evaluation); beam_width: the histories the
    decoder keeps (1: greedy).
    """

    name = "dialogue"
    requires = ("paragraphs", "quotations", "scenes", "characters", "mentions")
    provides = ("quotes",)
    languages = frozenset({"en"})

    def __init__(self, ranker_weights=SHIPPED, beam_width: int = BEAM_WIDTH):
        self.beam_width = beam_width
        if ranker_weights is SHIPPED:
            model = shipped_file(__package__, ranker.MODEL_FILE)
            self.weights = ranker.load_weights(model)
            self.version = stage_version(VERSION, [model])
        else:
            self.weights = ranker_weights
            self.version = stage_version(VERSION) + ("+custom" if ranker_weights is not None else "+rules")
        if beam_width != BEAM_WIDTH:
            self.version += f"+beam{beam_width}"

    def __call__(self, work: Work) -> Work:
        return attribute(work, self.weights, self.beam_width)

    def ranker_candidates(self, work: Work) -> list[dict]:
        """The candidates the ranker scores for each quote no tag decides (training data);
        earlier quotes' speakers are this stage's greedy picks."""
        collected: list[dict] = []
        attribute(work, self.weights, 1, collect=collected)
        return collected
