"""Words and name patterns more than one stage reads: titles, speech verbs, and the pattern of a
proper name. The structure stage's quotation finder, the characters stage and the dialogue stage
all take them from here, so they cannot drift apart."""

from __future__ import annotations

# Every title a name can carry, by the gender it gives its bearer: the one list of titles, read by
# the structure stage's quotation finder, the characters stage (names, aliases, the mention tagger's
# title feature) and the dialogue stage.
MALE_TITLES = frozenset(
    """mr mister sir lord master monsieur m signor herr father brother uncle grandpa king prince duke count
    baron earl marquis colonel col captain capt major general lieutenant lt sergeant sgt admiral reverend rev
    fr""".split()
)
FEMALE_TITLES = frozenset(
    """mrs miss ms lady madam madame mme mlle mdlle mademoiselle dame mistress mother sister aunt granny grandma
    queen princess duchess countess marchioness baroness signora signorina frau fraulein nurse""".split()
)
NEUTRAL_TITLES = frozenset("dr doctor prof professor inspector detective agent officer judge mx st saint".split())
TITLES = MALE_TITLES | FEMALE_TITLES | NEUTRAL_TITLES  # lower case, without a full stop
# Titles whose bearer is named by a first name ("Sir Walter", "Lady Catherine") rather than a surname.
FIRST_NAME_TITLES = frozenset(
    "sir lady lord dame king queen prince princess aunt uncle father mother sister brother master".split()
)
# Titles of peers, who are "of" a place: "the Duchess of Monmouth", "the Earl of Essex".
TERRITORIAL_TITLES = frozenset(
    "duke duchess earl countess count marquis marchioness baron baroness prince princess lord lady".split()
)
# Only abbreviated titles take a full stop: "General. He" is a sentence end, not General He.
ABBREVIATED_TITLES = frozenset("mr mrs ms dr st mme mlle mdlle capt col lt sgt rev prof m fr mx".split())
# Titles by which "the <title>" names one known person ("the Major" is Major Callendar), unlike
# "the master" or "the nurse".
TITLE_EPITHETS = frozenset(
    "dr doctor prof professor col colonel capt captain major general admiral lieutenant sergeant inspector "
    "rev reverend judge duke duchess count countess baron baroness marquis prince princess".split()
)
# "the doctor" is the one doctor named when this share of the doctors' mentions is his.
TITLE_HOLDER_DOMINANCE = 0.8
# Long spellings of a title to the short one: "Doctor Losberne" and "Dr. Losberne" hold one title.
SHORT_TITLE = {
    "doctor": "dr", "professor": "prof", "captain": "capt", "colonel": "col", "reverend": "rev",
    "lieutenant": "lt", "sergeant": "sgt", "mister": "mr",
}

TITLE_RE = r"(?:" + "|".join(sorted((t.capitalize() for t in TITLES), key=lambda t: (-len(t), t))) + r")\.?"
UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
CAP = rf"[{UPPER}][\w\-]*(?:[’'](?!s\b)\w+)*"  # O'Brien, but not the possessive of Willow's
# A proper name: optional title, one to three capitalised words (particles allowed), or "the Hatter".
_GAP = r"(?:[ \t]|[ \t]?\n[ \t]*)"  # a space, or the line break of a hard-wrapped text ("the\nDuck")
NAME = (
    rf"(?:(?:{TITLE_RE}\s+)?{CAP}(?:{_GAP}(?:(?:de|De|van|von|le|Le|la|La|du|da|di|St\.){_GAP})?{CAP}){{0,2}}"
    rf"|[Tt]he{_GAP}{CAP}(?:{_GAP}{CAP})?)"
)

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
        assented cried sneered bawled went put broke chimed ventured exclaims shrugged nodded
        interjected countered blurted quipped scoffed huffed giggled snickered barked bellowed croaked rasped
        commented conceded prompted queried stuttered cooed crooned sniffed grunted yelped squealed chirped
        cut""".split()
    ),
    key=len,
    reverse=True,
)
VERBS = "|".join(SPEECH_VERBS)
SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
