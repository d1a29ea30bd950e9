"""Words and name patterns more than one stage reads: titles, speech verbs, and the pattern of a
proper name. The structure stage's quotation finder, the characters stage and the dialogue stage
all take them from here, so they cannot drift apart."""

from __future__ import annotations

TITLES = (
    "Mr Mrs Ms Miss Mlle Mme Mdlle Dr Sir Lady Lord Colonel Col Captain Capt Major General Professor Prof "
    "Aunt Uncle Madame Mademoiselle Monsieur Father Mother Sister Brother Saint St Rev Reverend King Queen "
    "Prince Princess Duke Duchess Count Countess Baron Baroness Marquis Herr Frau Agent Detective Officer "
    "Inspector Sergeant Lieutenant Mistress Master Dame Judge Doctor Nurse Granny Grandma Grandpa"
).split()
MALE_TITLES = frozenset(
    "mr sir lord colonel col captain capt major general monsieur father brother king prince duke count baron "
    "marquis herr master uncle".split()
)
FEMALE_TITLES = frozenset(
    "mrs ms miss mlle mme mdlle lady aunt madame mademoiselle mother sister queen princess duchess countess "
    "baroness frau mistress dame granny grandma nurse".split()
)
TITLE_RE = r"(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\.?"
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
