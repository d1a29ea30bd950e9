"""Word lists for the characters stage, loaded once per process.

Kept small and hand-written: non-person capitalised words, person nouns for epithets,
endearments used as vocatives, and the first-name/nickname table in ``names.json``. The titles are
the shared ones of ``ficlens.lexicon``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from ..lexicon import (  # noqa: F401 (re-exported: the one list of titles)
    ABBREVIATED_TITLES, FEMALE_TITLES, FIRST_NAME_TITLES, MALE_TITLES, NEUTRAL_TITLES, SHORT_TITLE, TERRITORIAL_TITLES,
    TITLE_EPITHETS, TITLES,
)
from ..text import GROUP_NAMES, PLACE_NOUNS, THING_NOUNS  # noqa: F401 (re-exported)

# Capitalised words that never name a person here (function words at sentence start, days, months,
# interjections, deities, nationalities, common place words).
NON_PERSON = set(
    """
    I I'm I'll I'd I've A An The This That These Those There Here Then Now When Where Why What Which Who Whom Whose How
    If But And Or Nor So Yet For As At By In On Of To From With Without Within Into Onto Upon After Before Since Until
    Till While Though Although Because Unless Once Lest Whilst Whereas Whether Thus Hence Therefore Wherever Whenever
    Whoever Unlike Despite Beside Beneath Behind During Except Hitherto Mesdames Messrs Messieurs
    Not No Yes Yeah Yep Nope Oh Ah Aha Ahh Eh Hey Hi Hello Hmm Hm Huh Pray Ay Phoo Hallo Halloo Hullo Gracious Heavens
    Stop Farewell Welcome Consider Mais Oui
    Um Uh Er Well Why Okay Ok Alright Please Thanks Thank Sorry Good Goodbye Bye Fine Sure Right Wait Look Listen Come
    Go Let Do Does Did Don't Can't Won't Is Are Was Were Be Been Am Has Have Had Will Would Shall Should May Might Must
    Can Could He She It We You They Me Him Her Us Them My His Its Our Your Their Mine Yours Hers Ours Theirs Myself
    Himself Herself Itself Ourselves Yourself Yourselves Themselves One Two Three Four Five Six Seven Eight Nine Ten
    First Second Third Last Next Every Each All Both Some Any Many Much More Most Few Other Another Such Only Even Just
    Still Also Perhaps Maybe Indeed Nothing Something Everything Anything Nobody Somebody Everybody Anybody Everyone
    Someone Anyone Never Always Often Sometimes Again Very Too Quite Rather Really Almost Already Soon Later Today
    Tonight Tomorrow Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December Christmas Easter Halloween God Lord's Heaven Hell Jesus
    Christ Devil Satan Providence Bible Gospel Church Chapter Part Book Volume Act Scene Epilogue Prologue End Fin
    English French German Italian Spanish Russian Indian American British Irish Scottish Welsh Greek Roman Latin
    Dutch Chinese Japanese Polish European African Asian Christian Catholic Protestant Jewish Muslim Hindu Moslem
    Mohammedan Anglo Englishman Englishwoman Frenchman Frenchwoman Englishmen Madam Sir Ma'am Mister Miss Mrs Mr Ms
    Dr Madame Monsieur Mademoiselle Mlle Mme Lady Lord Signor Signora Herr Frau Colonel Captain Doctor Professor Mum
    Mom Dad Mama Papa Mamma Grandma Grandpa Darling Dear Love Honey Sweetheart Baby Babe Pet Hell Damn Dammit
    Shit Fuck Christ Gosh Golly Alas Hurrah Hush Bravo Ha Haha Ho Lo Behold Nay Aye Amen Street Road Lane Square Park
    Hall House Court Place Castle Abbey Manor Lodge College School University Hospital Station Hotel River Lake Hill
    Mount Island Bridge North South East West Northern Southern Eastern Western Empire Kingdom Republic Government
    Parliament Army Navy Society Company Club Committee Council Office Ministry Department Note Notes Author Summary
    Disclaimer Warning Warnings Rating Fandom Fandoms Tags Kudos Comments Chapters Words Published Updated Series
    England London Paris Rome Geneva York America France Italy Germany Scotland Ireland Wales Europe India Africa Asia
    China Russia Spain Boston Chicago Harvard Oxford Cambridge Mars Venus Jupiter Earth Kenya Egypt Greece Australia
    Canada Mexico Japan Brighton Bath Venice Florence Naples Vienna Berlin Moscow Petersburg Dublin Edinburgh Glasgow
    Manchester Liverpool Washington California Texas Arizona Kentucky Carolina Atlantic Pacific Thames Mediterranean
    Hogwarts Sunnydale Westeros Gotham Asgard Yes No Nonsense Co Ltd Inc Ladyship Lordship Majesty Highness Excellency
    TV OK AU OC OOC PS Esq Esquire Bart Junior Senior Jr Sr Meanwhile Suddenly Presently Poor Old Young Little Ask
    Tell Dear Dearest Nevertheless However
    Besides Moreover Instead Otherwise Finally Certainly Surely Unfortunately Luckily Happily Sadly Slowly Quickly
    """.split()
) | GROUP_NAMES

PLACE_SUFFIXES = PLACE_NOUNS | THING_NOUNS
# Words before a name that make it a place ("in Florence", "reached Barton"); the weak ones ("to Barton",
# "at Sawston") also come before people ("to Anne"), so they count only beside other evidence.
PLACE_WORDS = ("in", "near", "into", "inside", "through", "across", "toward", "towards", "reached", "left", "visit",
               "visited")
WEAK_PLACE_WORDS = ("to", "from", "at", "of", "for")
# The mention tagger's document flag counts a word's uses after these: prepositions of place only,
# without "of" and "for" (as often before people; with them, held-out PER F1 fell by 0.005) or the verbs.
PLACE_PREPOSITIONS = frozenset(
    ("in", "near", "into", "inside", "through", "across", "toward", "towards", "to", "from", "at", "around", "round",
     "beyond", "outside", "within")
)

# Common nouns that denote a person; "the old man", "her daughter", "the Slayer".
PERSON_NOUNS = set(
    """
    man men woman women boy boys girl girls child children lady ladies gentleman gentlemen fellow fellows person people
    father mother daughter son sister brother aunt uncle cousin niece nephew wife husband widow widower grandmother
    grandfather grandson granddaughter parent parents family baby infant king queen prince princess duke duchess lord
    master mistress servant servants maid housemaid footman butler coachman cook nurse governess doctor physician
    surgeon
    lawyer clergyman parson curate vicar rector priest friar monk nun bishop captain colonel general officer soldier
    soldiers sailor sailors stranger strangers visitor visitors guest guests friend friends companion lover lovers
    bride bridegroom groom heir heiress youth maiden lass lad landlord landlady host hostess neighbour neighbor
    neighbours neighbors merchant clerk judge magistrate inspector detective policeman constable prisoner thief
    murderer villain hero heroine slayer vampire watcher witch wizard sorcerer knight squire peasant farmer shepherd
    boatman porter waiter driver guard guards crowd audience creature fool gentlewoman boyfriend girlfriend partner
    teacher professor student students pupil scholar chap folks mob comrade artist painter poet writer author
    seaman orphan gardener inhabitant reader mate sheriff cowboy keeper shopkeeper innkeeper housekeeper
    nobleman noblewoman baronet gentry clerk secretary minister ambassador emperor empress baroness countess
    count marquis earl squire stepmother stepfather godmother godfather mamma papa mama grandma grandpa
    mum mom dad daddy mummy twin twins sweetheart fiancé fiancée spouse relative relatives ancestor ancestors
    acquaintance acquaintances partner rival enemy enemies boss employer employee worker workers labourer laborer
    slave slaves beggar messenger servant-girl maid-servant chambermaid waitress actress actor dancer singer
    musician hunter fisherman sailor pilot captain's lieutenant sergeant corporal private commander general
    admiral traveller traveler passenger passengers pilgrim hermit savage savages native natives chief warrior
    warriors youngster youngsters kid kids infant toddler teen teenager adult adults elder elders
    """.split()
)


def _plural(noun: str) -> str:
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("fe"):
        return noun[:-2] + "ves"
    return noun + "s"


PERSON_NOUNS |= {
    _plural(n) for n in list(PERSON_NOUNS) if not n.endswith("s") and n not in ("people", "folks", "gentry", "mob")
}

# Person nouns that name people without a determiner ("men", "sir", "mother").
BARE_PERSON_NOUNS = set(
    """
    sir madam ma'am mother father uncle aunt nobody somebody anybody everybody everyone someone anyone
    """.split()
)

ENDEARMENTS = set(
    """
    love luv pet darling dear dearest sweetheart sweetie honey hon babe baby sugar kid kiddo mate buddy pal sir ma'am
    madam miss child boy girl lad lass son dad mum mom mother father brother sister sweetling princess precious
    """.split()
)

SPEECH_VERBS = (
    "said|says|say|asked|asks|replied|replies|answered|cried|exclaimed|whispered|shouted|called|added|continued|"
    "muttered|murmured|returned|observed|remarked|began|went on|repeated|declared|demanded|inquired|enquired|"
    "sighed|laughed|snapped|growled|hissed|breathed|yelled|screamed|told|interrupted|protested|insisted|admitted|"
    "explained|agreed|smiled|grinned|nodded|groaned|sobbed|whimpered|pleaded|begged|retorted|rejoined|responded"
)

PERCEPTION_VERBS = (
    "thought|thinks|think|felt|feels|wondered|wonders|knew|knows|realized|realised|realizes|realises|noticed|notices|"
    "saw|sees|heard|hears|remembered|remembers|recalled|wanted|wants|hoped|hopes|feared|fears|wished|wishes|"
    "decided|imagined|believed|suspected|understood|supposed|watched|watches|considered|sensed|longed|dreaded|"
    "could see|could hear|could feel|could smell|could taste|could tell|could not help|couldn't help|"
    "was aware|was afraid|was glad|was sure|was certain|did not know|didn't know|had never"
)


@lru_cache(maxsize=1)
def names() -> tuple[dict[str, str], dict[str, str]]:
    """(first name -> gender, nickname -> formal first name), from names.json."""
    raw = json.loads(resources.files(__package__).joinpath("names.json").read_text(encoding="utf-8"))
    first = raw["first_names"]
    formal_of: dict[str, str] = {}
    for formal, shorts in raw["nicknames"].items():
        for s in shorts:
            formal_of.setdefault(s, formal)
    return first, formal_of
