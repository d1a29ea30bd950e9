"""The dialogue stage's patterns and word lists: speech tags, their subjects, vocatives, described
speakers, and the settings of the ranker's decoding."""

from __future__ import annotations

import re

from ..lexicon import CAP, NAME, TITLE_RE, VERBS
from ..structure.sentences import SENTENCE_END
from .quotes import SPEECH_NOUNS

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
# The subject opening a narration sentence, and its verb: an action beat ("Buffy folded her arms.").
_BEAT = rf"(?P<subj>{NAME}|He|She|I)(?P<poss>[’']s)?[ \t\n]+{ADVERB}(?P<verb>[a-z]+)\b"
BEAT_START_RE = re.compile(_BEAT)  # matched at a sentence start of `work.sentences`
# An action beat anywhere in a stretch of the paragraph, after a line start, a sentence end or a closing mark.
BEAT_RE = re.compile(rf"(?m)(?:^|{SENTENCE_END}\s+|[\"”]\s+){_BEAT}")
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
# Narration that says what a named person is, to which a later "said the hunter" points back:
# "Dean Winchester had been a hunter for twenty years", "Buffy Summers was the Slayer". {nouns} is
# the alternation of the epithets the work's tags use.
EPITHET_DEFINITION = (
    r"(?<=[ \t\n])(?:was|is|had[ \t\n]+been|has[ \t\n]+been|became)[ \t\n]+"
    r"(?:a|an|the)[ \t\n]+(?:[\w-]+[ \t\n]+){0,2}?(?P<noun>{nouns})\b"
)
# The subject of such a definition, right before its verb.
DEFINED_SUBJECT_RE = re.compile(rf"(?P<name>{NAME})(?:,[^,.;!?\"“”]{{1,60}},)?[ \t\n]+$")
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
    "script": 0.95,
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
