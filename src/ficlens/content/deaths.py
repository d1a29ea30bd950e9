"""Major Character Death: a death depicted in narration, of a person the story names and follows.

A death cue ('died', 'was killed', 'stopped breathing', 'went limp' with 'the body') is a
depicted death only when its context says a person really dies, here and now: not a figure
of speech ('dying of laughter', 'the words died on his lips'), not a thing ('the engine
died', 'the plane stopped moving'), not believed, feared or expected ('thought he was dying',
'wanted to die'), not the narrator's own ('this is the story of how I died'), not
remembered ('had died', 'years ago'), not said in dialogue, and not undone a few sentences
later ('she gasped back to life'). A death of someone the story does not follow (a guard, a
stranger, a character named once) is a Minor Character Death tag, not the warning.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from ..model import Mention
from .context import Hit, Story
from .findings import DEATH, MAX_EVIDENCE, TEEN, Findings, count

LONG_WORK = 5000  # words; above this a main character is one of the few the whole work keeps returning to
FOLLOWED = 3  # mentions (pronouns included) of a character the story follows
MAIN_SHARE = 0.05  # share of all character mentions a main character of a long work has at least
SHORT_MAIN_SHARE = 0.1  # the same in a short work or an excerpt, where a handful of characters share the mentions
UNDONE_AHEAD = 8  # sentences after a death in which a revival undoes it
MAX_DEATHS_JUDGED = 200  # depicted deaths judged at most: past that many the labels are settled
NEWS_REACTION_RADIUS = 4  # sentences around a death told in dialogue where grief or shock meets it
SPEAKS_AFTER = 3  # quotes a character speaks after its death that show it alive (or the death misread)
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
THING_SUBJECT_RE = re.compile(
    r"\b(?:day|days|week|weeks|fortnight|month|months|year|years|hour|hours|minutes|time|night|moment|evening|"
    r"morning|afternoon|season|summer|winter|spring|autumn|visit|interval|period|this|it|"
    r"sound|sounds|voice|voices|noise|laughter|echo|car|engine|phone|battery|laptop|computer|fire|flames?|"
    r"conversation|music|wind|light|lights|plane|ship|boat|train|machine|clock|watch|"
    r"plant|plants|flowers?|candle|signal|line|radio|motor|torch|screen|party|joke|hope|mood|generations?|"
    r"whistle|smiles?|laugh|words|song|applause|breeze|storm|rain|glow|quarter)\b"
)
PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?:he|she|they|I|[Hh]e|[Ss]he|[Tt]hey|mother|father|mum|mom|dad|wife|husband|grandma|grandpa|"
    r"grandmother|grandfather|aunt|uncle|brother|sister|son|daughter|friend)|\b[A-Z][a-z]+)\s+(?:[a-z]+\s+)?$"
)
# Idioms that use a death word for something else; matched around the cue and must overlap it.
FIGURE_RE = re.compile(
    r"\b(?:(?:dies|died|die|dying) (?:a little )?inside"
    r"|(?:words?|voice|laugh\w*|smile|grin|protests?|conversation|sound|argument|retort|reply|question|excuse|"
    r"mutter|murmur|whisper|giggle|chuckle|chatter|talk|gossip|rumou?r|applause|"
    r"cheer|hope|interest|music|chatter|noise|light|fire|flames?|embers|breeze|wind|storm|rain|thoughts?|"
    r"feelings?|dreams?|hopes?|memor(?:y|ies)|anger|rage|fear|panic|doubts?|sobs?|cries|screams?)s? "
    r"(?:\w+ ){0,2}(?:died|dies|dying)"
    r"|(?:died|dies|dying) (?:on|in) (?:his|her|my|their|your) (?:lips|throat|tongue|mouth|chest)"
    r"|(?:dropped|drop|drops|dropping) dead (?:of|from)|(?:died|dies|die|dying) of a broken heart|killed (?:\w+ )?off"
    r"|(?:dies|die|died) (?:every|each) (?:day|night|time|morning)|(?:die|dies) again"
    r"|(?:dead|died) (?:to the world|to me|to him|to her|on (?:his|her|my|your|their) feet)"
    r"|(?:bit|some|little|part) of the light|heart (?:stopped|stops)(?: beating)? for (?:a|an|one|two|a few|a full)\b"
    r"|(?:like|as if|as though) (?:a |an |the |some )?(?:dying|dead|half[- ]dead)|looked (?:half )?dead"
    r"|as good as dead|might as well (?:be|have been) dead|half[- ]dead|over my dead body|the dead of"
    r"|wake the dead|dead ringer|dead end|dead giveaway|dead silence|dead quiet|dead heat"
    r"|(?:murdered|killed|cut into pieces)(?: \w+){0,4} by (?:\w+['’]s )?(?:\w+ )?(?:denial|apathy|guilt|silence|"
    r"indifference|love|words?|neglect|boredom)"
    r"|(?:dead|died|dying) (?:of|from) (?:embarrassment|laughter|boredom|shame|curiosity|exhaustion|hunger|thirst|"
    r"jealousy|envy|happiness|joy|cuteness|mortification))",
    re.IGNORECASE,
)
# Believed, feared, expected or wished deaths (the hypothetical filter covers 'if', 'would', 'almost').
BELIEF_RE = re.compile(
    r"\b(?:thought|think|thinks|thinking|felt|feel|feels|feeling|seemed|seems|looked|looks|sure|certain|"
    r"convinced|believed|believes|knew|know|knows|must|pretend\w*|fake\w*|supposed|appears?|appeared|"
    r"remember\w*|recall\w*|imagin\w*|reminisc\w*|"
    r"expected|expecting|hoped|hoping|prayed|praying|wanted|wants|ready|deserved|deserves)\b"
)
SPECULATION_RE = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|could|would|might|should|if|unless|whether|remember\w*)\b", re.IGNORECASE
)
SUBJECT_BREAK_RE = re.compile(r"\b(?:as|and|while|when|but|then|so|until|because|after|before)\b")
SELF_SUBJECT_RE = re.compile(r"\b(?:i|we|you)\b(?:\s+\w+){0,2}\s*$")
SUBJECT_KINDS = frozenset(("name", "nickname", "title", "pronoun", "vocative", "epithet", "narrator", "reader"))


def _thing_subject(story: Story, hit: Hit) -> bool:
    """'the car died', 'a week passed away': the word just before the verb names a thing or a time.

    'passed away' also needs a person just before it (a pronoun, a name or a relative)."""
    subject = SUBJECT_BREAK_RE.split(story.clause_before(hit)[-30:])[-1]  # 'a straight line as Tara': Tara
    if THING_SUBJECT_RE.search(subject):
        return True
    if story.lower.startswith("passed", hit.start):
        return PERSON_BEFORE_RE.search(story.text, max(0, hit.start - 40), hit.start) is None
    return False


def _figure(story: Story, hit: Hit) -> bool:
    """An idiom ('words died on his lips', 'dead of exhaustion') overlaps the cue."""
    lo = max(story.sent_starts[hit.sentence], hit.start - 60)
    hi = min(story.sent_ends[hit.sentence], hit.end + 60)
    return any(m.start() < hit.end and m.end() > hit.start for m in FIGURE_RE.finditer(story.text, lo, hi))


def _believed(story: Story, hit: Hit) -> bool:
    """Someone thinks, fears or expects the death ('sure he was dying', 'wanted to die'), or the
    sentence only speculates ('Maybe Dean was dead before Sam left, murdered by ...')."""
    if BELIEF_RE.search(story.clause_before(hit)):
        return True
    return SPECULATION_RE.search(story.text, story.sent_starts[hit.sentence], hit.start) is not None


def _own(story: Story, hit: Hit) -> bool:
    """The narrator or the reader dies ('how I died', 'you die'): a frame or a figure, not a depiction."""
    return SELF_SUBJECT_RE.search(story.clause_before(hit)) is not None


def _undone(story: Story, hit: Hit) -> bool:
    """A revival follows within a few sentences ('came back to life', 'wasn't dead after all')."""
    return bool([h for h in story.near("revival", hit.sentence + 1, UNDONE_AHEAD) if h.sentence > hit.sentence])


def _speaks_later(story: Story, hit: Hit, character: str) -> bool:
    """The one who died goes on speaking: the death is undone, or it was someone else's."""
    starts = sorted(q.start for q in story.work.quotes if q.speaker == character)
    after = len(starts) - bisect_right(starts, story.sent_ends[hit.sentence])
    return after >= SPEAKS_AFTER


def _person_in_sentence(story: Story, hit: Hit) -> bool | None:
    """Whether a person is mentioned before the cue in its sentence (None without the characters stage)."""
    if not story.work.mentions:
        return None
    return _subject(story, hit) is not None


def _subject(story: Story, hit: Hit) -> Mention | None:
    """The person who dies: the one named in the cue ('killed Ben'), else the last one mentioned before it."""
    inside = [m for m in story.mentions_between(hit.start, hit.end) if m.kind in SUBJECT_KINDS]
    if inside:
        return inside[-1]
    before = story.mentions_between(story.sent_starts[hit.sentence], hit.start)
    people = [m for m in before if m.kind in SUBJECT_KINDS]
    return people[-1] if people else None


def _prominent_names(story: Story) -> set[str]:
    """Capitalised words frequent enough to be main characters (cheap stand-in for the characters stage)."""
    if story.prominent is None:
        counts = Counter(NAME_RE.findall(story.text))
        lower = Counter(LOWER_WORD_RE.findall(story.text))
        floor = max(10, story.words / 4000)
        story.prominent = {n for n, c in counts.items() if c >= floor and lower[n.lower()] < c}
    return story.prominent


def _named_in_cue(story: Story, hit: Hit) -> bool:
    """The death cue itself names a character of the story ('killed Ben', 'covers Mia's body')."""
    names = set(NAME_RE.findall(story.text, hit.start, hit.end))
    return bool(names) and any(names & set(c.name.split() + c.aliases) for c in story.work.characters)


def _minor_subject(story: Story, hit: Hit) -> bool:
    """The one who dies is an unnamed or minor figure: 'a guard', 'one of them', a character the story
    names fewer than three times, a relative of the one named ('his parents died'), or no main character
    (one with a tenth of the mentions of a short work, a twentieth of a long one's)."""
    for m in story.near("minor_subject", hit.sentence, 0):
        if m.start < hit.start:
            return True
    work = story.work
    if story.words < LONG_WORK and _named_in_cue(story, hit):
        return False  # a short work's cue that names the one who dies ('covers Mia's body with a sheet')
    subject = _subject(story, hit) if work.mentions else None
    if subject is not None:
        person = work.character(subject.character)
        if person is None:
            return True  # an epithet no character claims: 'the man in the doorway'
        if _speaks_later(story, hit, person.id):
            return True
        share = MAIN_SHARE if story.words >= LONG_WORK else SHORT_MAIN_SHARE
        return person.mentions < FOLLOWED or person.prominence < share
    if story.words < LONG_WORK:
        return False
    lo = story.sent_starts[max(0, hit.sentence - 1)]
    return not (set(NAME_RE.findall(story.text, lo, story.sent_ends[hit.sentence])) & _prominent_names(story))


def _news(story: Story, found: Findings, told: list[Hit]) -> None:
    """A death told in dialogue as news ('Jiraiya was murdered', 'He died peacefully') and met with
    grief or shock around it ('Sora's mother starts to cry', 'his heart stopped'): it happens in the
    story, so it warns like a depicted one when the one who dies is a character the story follows."""
    for h in told[:MAX_DEATHS_JUDGED]:
        if len(found.flags.get("death_major", [])) >= MAX_EVIDENCE:
            return
        if story.lower.startswith(("dying", "dies"), h.start) or _person_in_sentence(story, h) is not True:
            continue
        if not story.near("death_news_reaction", h.sentence, NEWS_REACTION_RADIUS):
            continue
        if _minor_subject(story, h):
            continue
        ev = story.evidence(h, f"death told as news and mourned: '{story.cue_text(h)}'")
        found.support(TEEN, ev)
        found.warn(DEATH, ev)
        found.flag("death_major", ev)


def deaths(story: Story, found: Findings) -> None:
    """Major Character Death when a person's death is depicted in narration; referred-to deaths become tags."""
    events = [
        h
        for h in story.live("death_event", figurative=True)
        if not (_thing_subject(story, h) or _figure(story, h) or _believed(story, h) or _own(story, h))
    ]
    weak = [h for h in story.live("death_weak", narration=True) if not story.past(h) and not _believed(story, h)]
    vague = [h for h in story.live("death_vague", narration=True) if not story.past(h)]
    depicted: list[Hit] = []
    for h in events:
        if h.in_quote and story.lower.startswith(("dying", "dies"), h.start):
            continue  # "I'm dying here": hyperbole in dialogue
        if h.in_quote or story.past(h):
            found.flag("death_ref", story.evidence(h, f"death referred to, not depicted: '{story.cue_text(h)}'"))
        else:
            depicted.append(h)
    _news(story, found, [h for h in events if h.in_quote and not story.past(h)])
    weak_or_vague = sorted(weak + vague, key=lambda h: h.start)
    for h in weak:
        cues = {story.cue_text(c).lower() for c in count(weak_or_vague, h.sentence - 1, h.sentence + 1)}
        if len(cues) >= 2 or story.near("gore", h.sentence, 1):
            depicted.append(h)
    seen: set[int] = set()
    for h in sorted(depicted, key=lambda h: h.start):
        if h.sentence in seen or _person_in_sentence(story, h) is False:
            continue
        if min(len(found.flags.get("death_major", [])), len(found.flags.get("death_minor", []))) >= MAX_EVIDENCE:
            break  # enough evidence of both kinds; the rest cannot change the labels
        if len(seen) >= MAX_DEATHS_JUDGED:
            break
        seen.add(h.sentence)
        if _undone(story, h):
            found.flag("death_undone", story.evidence(h, f"death undone later: '{story.cue_text(h)}'"))
            continue
        ev = story.evidence(h, f"death depicted: '{story.cue_text(h)}'")
        found.support(TEEN, ev)
        if _minor_subject(story, h):
            found.flag("death_minor", ev)
        else:
            found.warn(DEATH, ev)
            found.flag("death_major", ev)
