"""Rating and archive warnings: co-occurrence rules over cue hits in sentence windows.

Each rule yields evidence; a rating level or warning is only suggested with evidence.
The rules are described in docs/content.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from ..model import Evidence
from .context import Hit, Story

RATINGS = ("General Audiences", "Teen And Up Audiences", "Mature", "Explicit")
GENERAL, TEEN, MATURE, EXPLICIT = range(4)
VIOLENCE = "Graphic Depictions Of Violence"
DEATH = "Major Character Death"
NONCON = "Rape/Non-Con"
UNDERAGE = "Underage Sex"
WARNINGS = (VIOLENCE, DEATH, NONCON, UNDERAGE)
NO_WARNINGS = "No Archive Warnings Apply"
CHOSE_NOT_TO_WARN = "Creator Chose Not To Use Archive Warnings"
MAX_EVIDENCE = 5
LONG_WORK = 5000  # words; above this a death needs a main character to be a Major Character Death
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")
THING_SUBJECT_RE = re.compile(
    r"\b(?:day|days|week|weeks|fortnight|month|months|year|years|hour|hours|minutes|time|night|moment|evening|"
    r"morning|afternoon|season|summer|winter|spring|autumn|visit|interval|period|this|it|"
    r"sound|sounds|voice|voices|noise|laughter|echo|car|engine|phone|battery|laptop|computer|fire|flames?|"
    r"conversation|music|wind|light|lights|"
    r"plant|plants|flowers?|candle|signal|line|radio|motor|torch|screen|party|joke|hope|mood|generations?|"
    r"whistle|smiles?|laugh|words|song|applause|breeze|storm|rain|glow|quarter)\b"
)
PERSON_BEFORE_RE = re.compile(
    r"(?:\b(?:he|she|they|I|[Hh]e|[Ss]he|[Tt]hey|mother|father|mum|mom|dad|wife|husband|grandma|grandpa|"
    r"grandmother|grandfather|aunt|uncle|brother|sister|son|daughter|friend)|\b[A-Z][a-z]+)\s+(?:[a-z]+\s+)?$"
)
ROMANTIC_KISS_RE = re.compile(r"\b(?:mouth|lips|tongue)\b")
_SENTENCE_KEYS: dict[int, tuple[list[Hit], list[int]]] = {}  # cleared by judge() for each work
FAMILY_WORDS = ("grandma", "grandpa", "granny", "mother", "mum", "mom", "father", "dad", "aunt", "uncle", "nan", "baby")


@dataclass
class Findings:
    """What the rules found: support per rating level, warnings, and flags the tag rules reuse."""

    levels: dict[int, list[Evidence]] = field(default_factory=lambda: {GENERAL: [], TEEN: [], MATURE: [], EXPLICIT: []})
    warnings: dict[str, list[Evidence]] = field(default_factory=dict)
    flags: dict[str, list[Evidence]] = field(default_factory=dict)
    explicit_sentences: set[int] = field(default_factory=set)
    heavy: bool = False

    def support(self, level: int, evidence: Evidence) -> None:
        self.levels[level].append(evidence)

    def flag(self, name: str, evidence: Evidence) -> None:
        self.flags.setdefault(name, []).append(evidence)

    def warn(self, name: str, evidence: Evidence) -> None:
        self.warnings.setdefault(name, []).append(evidence)


def _windows(sentences: list[int], radius: int) -> list[tuple[int, int]]:
    """Merged sentence ranges around the given sentences."""
    out: list[tuple[int, int]] = []
    for s in sorted(set(sentences)):
        lo, hi = max(0, s - radius), s + radius
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _clip(story: Story, lo: int, hi: int) -> tuple[int, int]:
    return max(0, lo), min(hi, len(story.sent_starts) - 1)


def _tight(cues: list[Hit], lo: int, hi: int) -> tuple[int, int]:
    """The sentence range that actually holds the cues (windows are wider than their evidence)."""
    inside = [h.sentence for h in cues if lo <= h.sentence <= hi]
    return (min(inside), max(inside)) if inside else (lo, hi)


def _cues(story: Story, hits: list[Hit], limit: int = 4) -> str:
    seen: list[str] = []
    for h in hits:
        cue = story.cue_text(h).lower()
        if cue not in seen:
            seen.append(cue)
    return ", ".join(f"'{c}'" for c in seen[:limit])


def _count(hits: list[Hit], lo: int, hi: int) -> list[Hit]:
    """Hits (sorted by offset) whose sentence lies in lo..hi; the sentence keys are indexed once per list."""
    entry = _SENTENCE_KEYS.get(id(hits))
    if entry is None or entry[0] is not hits:
        entry = _SENTENCE_KEYS[id(hits)] = (hits, [h.sentence for h in hits])
    keys = entry[1]
    return hits[bisect_left(keys, lo) : bisect_right(keys, hi)]


def explicit_sex(story: Story, found: Findings) -> None:
    """Explicit: anatomy and sexual action in the same or adjacent sentences, weighing three or more.

    Explicit anatomy terms weigh 2, other body words and each action 1."""
    text = story.text
    anatomy = [
        h
        for h in story.hits["sex_anatomy"]
        if not (text[h.start].isupper() and h.start != story.sent_starts[h.sentence])  # 'Dick' the name
    ]
    anatomy = sorted(anatomy + story.hits["sex_strong_action"], key=lambda h: h.start)  # 'fucked her' names the act
    fucks = [h for h in story.hits["swear_strong"] if story.lower.startswith("fuck", h.start)]
    action = story.hits["sex_action"] + fucks
    if not anatomy or not action:
        return
    action.sort(key=lambda h: h.start)
    strong = {h.start for h in story.hits["sex_anatomy_strong"] + story.hits["sex_strong_action"]}
    qualifying: list[int] = []
    for s in sorted({h.sentence for h in anatomy}):
        a, b = _count(anatomy, s - 1, s + 1), _count(action, s - 1, s + 1)
        weight = sum(2 if h.start in strong else 1 for h in a) + len(b)
        if not a or not b or weight < 3:
            continue
        if story.near("medical", s, 1) and len(b) < 2:
            continue
        qualifying.append(s)
    for lo, hi in _windows(qualifying, 1):
        lo, hi = _clip(story, lo, hi)
        cues = _count(anatomy, lo, hi) + _count(action, lo, hi)
        cues.sort(key=lambda h: h.start)
        lo, hi = _tight(cues, lo, hi)
        ev = story.span_evidence(lo, hi, f"explicit sex: anatomy and sexual action together ({_cues(story, cues)})")
        found.support(EXPLICIT, ev)
        found.flag("explicit", ev)
        found.explicit_sentences.update(range(lo, hi + 1))


def implied_sex(story: Story, found: Findings) -> None:
    """Mature: sex told without explicit description ('made love', 'slept together') in narration."""
    for h in story.live("sex_implied", narration=True):
        if story.past(h):
            found.support(TEEN, story.evidence(h, f"sex referred to as past: '{story.cue_text(h)}'"))
            continue
        ev = story.evidence(h, f"sex described non-explicitly: '{story.cue_text(h)}'")
        found.support(MATURE, ev)
        found.flag("implied_sex", ev)


def noncon(story: Story, found: Findings) -> None:
    """Rape/Non-Con when depicted: several of core/refusal/restraint/sexual cues within two sentences."""
    core_live = [h for h in story.live("noncon_core") if not h.in_quote]
    context = [h for h in story.live("noncon_context") if not h.in_quote and not story.past(h)]
    core_now = sorted([h for h in core_live if not story.past(h)] + context, key=lambda h: h.start)
    refusal = story.hits["noncon_refusal"]
    restraint = story.hits["noncon_restraint"]
    depicted: list[int] = []
    for s in sorted({h.sentence for h in core_now + refusal + restraint}):
        kinds = {
            "core": _count(core_now, s - 2, s + 2),
            "refusal": _count(refusal, s - 2, s + 2),
            "restraint": _count(restraint, s - 2, s + 2),
            "sexual": [h for g in ("sex_anatomy", "sex_action", "sex_implied") for h in story.near(g, s, 2)],
        }
        kinds["sexual"] += [h for h in story.near("sex_weak", s, 2)] if kinds["refusal"] and kinds["restraint"] else []
        present = [k for k, v in kinds.items() if v]
        if (kinds["core"] and len(present) >= 2) or len(present) >= 3:
            depicted.append(s)
    for lo, hi in _windows(depicted, 2):
        lo, hi = _clip(story, lo, hi)
        cues = sorted(
            _count(core_now, lo, hi) + _count(refusal, lo, hi) + _count(restraint, lo, hi), key=lambda h: h.start
        )
        lo, hi = _tight(cues, lo, hi)
        ev = story.span_evidence(lo, hi, f"sexual violence depicted ({_cues(story, cues)})")
        found.warn(NONCON, ev)
        found.support(MATURE, ev)
        found.flag("noncon", ev)
    if depicted:
        return
    for h in core_live + [h for h in story.hits["noncon_core"] if h.in_quote]:
        kind = "noncon_past" if story.past(h) else "noncon_ref"
        ev = story.evidence(h, f"sexual violence referred to, not depicted: '{story.cue_text(h)}'")
        found.flag(kind, ev)
        found.support(TEEN, ev)


def underage(story: Story, found: Findings) -> None:
    """Underage Sex: sexual activity with an age under 18 stated within three sentences."""
    evidence = [ev for name in ("explicit", "implied_sex", "noncon") for ev in found.flags.get(name, [])]
    sexual = sorted(((story.sentence_of(ev.start), ev) for ev in evidence), key=lambda pair: pair[0])
    keys = [k for k, _ in sexual]
    for h in story.hits["minor_age"]:
        i = bisect_left(keys, h.sentence - 3)
        if i < len(keys) and keys[i] <= h.sentence + 3:
            reason = f"a stated age under 18 next to sexual activity: '{story.cue_text(h)}'"
            found.warn(UNDERAGE, story.evidence(h, reason))
            found.warn(UNDERAGE, sexual[i][1])
            if len(found.warnings[UNDERAGE]) >= MAX_EVIDENCE:
                return


def graphic_violence(story: Story, found: Findings) -> None:
    """Graphic Depictions Of Violence from gore density; extreme gore rates Explicit."""
    hard = story.live("gore", narration=True)
    soft = story.live("gore_soft", narration=True)
    strong = story.live("violence_strong", narration=True, figurative=True)
    weak = story.live("violence_weak", narration=True, negation=False, figurative=True)
    dying = sorted(
        story.live("death_event", narration=True) + story.live("death_weak", narration=True), key=lambda h: h.start
    )
    graphic: list[int] = []
    extreme: list[int] = []
    for s in sorted({h.sentence for h in hard + soft}):
        n_hard = len(_count(hard, s - 1, s + 1))
        n_soft = len(_count(soft, s - 1, s + 1))
        score = (
            2 * n_hard
            + n_soft
            + 0.5 * (len(_count(strong, s - 1, s + 1)) + len(_count(weak, s - 1, s + 1)))
            + (1 if _count(dying, s - 1, s + 1) else 0)
        )
        if score >= 3:
            graphic.append(s)
        if len(_count(hard, s - 2, s + 2)) >= 4:
            extreme.append(s)
    for lo, hi in _windows(graphic, 1):
        lo, hi = _clip(story, lo, hi)
        cues = sorted(_count(hard, lo, hi) + _count(soft, lo, hi), key=lambda h: h.start)
        lo, hi = _tight(cues, lo, hi)
        ev = story.span_evidence(lo, hi, f"graphic violence ({_cues(story, cues)})")
        found.warn(VIOLENCE, ev)
        found.support(MATURE, ev)
        found.flag("violence", ev)
        found.flag("graphic", ev)
    for lo, hi in _windows(extreme, 2):
        lo, hi = _clip(story, lo, hi)
        cues = _count(hard, lo, hi)
        lo, hi = _tight(cues, lo, hi)
        found.support(EXPLICIT, story.span_evidence(lo, hi, f"extremely graphic violence ({_cues(story, cues)})"))
    strong_windows = [
        s
        for s in sorted({h.sentence for h in strong})
        if len(_count(strong, s - 1, s + 1)) >= 2 or _count(soft, s - 1, s + 1)
    ]
    for lo, hi in _windows(strong_windows, 1):
        lo, hi = _clip(story, lo, hi)
        cues = _count(strong, lo, hi)
        lo, hi = _tight(cues, lo, hi)
        ev = story.span_evidence(lo, hi, f"strong violence ({_cues(story, cues)})")
        found.support(MATURE, ev)
        found.flag("violence", ev)
        found.flag("strong_violence", ev)
    for h in strong:
        found.support(TEEN, story.evidence(h, f"violence: '{story.cue_text(h)}'"))
    weak_windows = [s for s in sorted({h.sentence for h in weak}) if len(_count(weak, s - 1, s + 1)) >= 2]
    for lo, hi in _windows(weak_windows, 1):
        lo, hi = _clip(story, lo, hi)
        cues = _count(weak, lo, hi)
        lo, hi = _tight(cues, lo, hi)
        found.support(TEEN, story.span_evidence(lo, hi, f"non-graphic violence ({_cues(story, cues)})"))
    if len(weak) >= max(3, 3 * story.words / 10000) or strong:
        first = (strong or weak)[0]
        found.flag("violence", story.evidence(first, f"violence: '{story.cue_text(first)}'"))


def _thing_subject(story: Story, hit: Hit) -> bool:
    """'the car died', 'a week passed away': the word just before the verb names a thing or a time.

    'passed away' also needs a person just before it (a pronoun, a name or a relative)."""
    if THING_SUBJECT_RE.search(story.clause_before(hit)[-30:]):
        return True
    if story.lower.startswith("passed", hit.start):
        return PERSON_BEFORE_RE.search(story.text, max(0, hit.start - 40), hit.start) is None
    return False


def _prominent_names(story: Story) -> set[str]:
    """Capitalised words frequent enough to be main characters (cheap stand-in for the characters stage)."""
    if story.prominent is None:
        counts = Counter(NAME_RE.findall(story.text))
        lower = Counter(LOWER_WORD_RE.findall(story.text))
        floor = max(10, story.words / 4000)
        story.prominent = {n for n, c in counts.items() if c >= floor and lower[n.lower()] < c}
    return story.prominent


def _minor_subject(story: Story, hit: Hit) -> bool:
    """The one who dies is an unnamed or minor figure: 'a guard', 'one of them', or not a main character."""
    for m in story.near("minor_subject", hit.sentence, 0):
        if m.start < hit.start:
            return True
    work = story.work
    lo = story.sent_starts[max(0, hit.sentence - 1)]
    hi = story.sent_ends[hit.sentence]
    if work.characters and work.mentions:
        ids = {m.character for m in story.mentions_between(lo, hi) if m.character}
        if ids:
            return max((work.character(i).prominence if work.character(i) else 0.0) for i in ids) < 0.02
    if story.words < LONG_WORK:
        return False
    return not (set(NAME_RE.findall(story.text, lo, hi)) & _prominent_names(story))


def deaths(story: Story, found: Findings) -> None:
    """Major Character Death when a death is depicted in narration; referred-to deaths become tags."""
    events = [h for h in story.live("death_event", figurative=True) if not _thing_subject(story, h)]
    weak = [h for h in story.live("death_weak", narration=True) if not story.past(h)]
    vague = [h for h in story.live("death_vague", narration=True) if not story.past(h)]
    depicted: list[Hit] = []
    for h in events:
        if h.in_quote and story.lower.startswith(("dying", "dies"), h.start):
            continue  # "I'm dying here": hyperbole in dialogue
        if h.in_quote or story.past(h):
            found.flag("death_ref", story.evidence(h, f"death referred to, not depicted: '{story.cue_text(h)}'"))
        else:
            depicted.append(h)
    weak_or_vague = sorted(weak + vague, key=lambda h: h.start)
    for h in weak:
        cues = {story.cue_text(c).lower() for c in _count(weak_or_vague, h.sentence - 1, h.sentence + 1)}
        if len(cues) >= 2 or story.near("gore", h.sentence, 1):
            depicted.append(h)
    seen: set[int] = set()
    for h in sorted(depicted, key=lambda h: h.start):
        if h.sentence in seen:
            continue
        if min(len(found.flags.get("death_major", [])), len(found.flags.get("death_minor", []))) >= MAX_EVIDENCE:
            break  # enough evidence of both kinds; the rest cannot change the labels
        seen.add(h.sentence)
        ev = story.evidence(h, f"death depicted: '{story.cue_text(h)}'")
        found.support(TEEN, ev)
        if _minor_subject(story, h):
            found.flag("death_minor", ev)
        else:
            found.warn(DEATH, ev)
            found.flag("death_major", ev)


def heavy_themes(story: Story, found: Findings) -> None:
    """Mature for self-harm, suicide attempts and drug use shown in detail; Teen when only referred to."""
    for group, flag, reason in (
        ("selfharm_act", "selfharm", "self-harm depicted"),
        ("suicide_act", "suicide_attempt", "suicide attempt depicted"),
        ("drug_act", "drug_use", "drug use depicted"),
    ):
        for h in story.live(group, narration=True):
            ev = story.evidence(h, f"{reason}: '{story.cue_text(h)}'")
            if story.past(h):
                found.support(TEEN, ev)
                continue
            found.support(MATURE, ev)
            found.flag(flag, ev)
    for group, reason in (("selfharm_ref", "self-harm referred to"), ("suicidal", "suicidal thoughts")):
        for h in story.live(group):
            found.support(TEEN, story.evidence(h, f"{reason}: '{story.cue_text(h)}'"))


def teen_cues(story: Story, found: Findings) -> None:
    """Teen And Up: swearing, romantic kissing, drunkenness."""
    strong = story.hits["swear_strong"]
    mild = story.hits["swear_mild"]
    if strong or len(mild) >= 2:
        hits = (strong or mild)[:3]
        for h in hits:
            found.support(TEEN, story.evidence(h, f"swearing: '{story.cue_text(h)}'"))
    platonic = story.hits["kiss_platonic"]
    for h in story.live("kiss_romantic", hypothetical=True, negation=True):
        sentence = story.lower[story.sent_starts[h.sentence] : story.sent_ends[h.sentence]]
        on_mouth = ROMANTIC_KISS_RE.search(sentence) is not None  # "kissed her hand, then her mouth"
        if any(p.start <= h.start < p.end for p in platonic) and not on_mouth:
            continue
        if any(w in sentence.split() for w in FAMILY_WORDS):
            continue
        ev = story.evidence(h, f"romantic kiss: '{story.cue_text(h)}'")
        found.support(TEEN, ev)
        found.flag("romantic", ev)
    for h in story.live("drunk", narration=True)[:3]:
        found.support(TEEN, story.evidence(h, f"drunkenness: '{story.cue_text(h)}'"))


HEAVY_FLAGS = ("death_major", "death_minor", "graphic", "strong_violence", "noncon", "selfharm", "suicide_attempt")
RULES = (explicit_sex, implied_sex, noncon, underage, graphic_violence, deaths, heavy_themes, teen_cues)


def judge(story: Story) -> Findings:
    found = Findings()
    _SENTENCE_KEYS.clear()
    try:
        for rule in RULES:
            rule(story, found)
    finally:
        _SENTENCE_KEYS.clear()
    found.heavy = any(k in found.flags for k in HEAVY_FLAGS)
    return found


def rating_level(found: Findings) -> int:
    return max((lvl for lvl, ev in found.levels.items() if ev), default=GENERAL)


def confidence(level: int, found: Findings, words: int) -> float:
    """Higher with more independent pieces of support; General is surer on longer texts."""
    n = len(found.levels[level])
    if level == GENERAL:
        return 0.6 if words < 200 else 0.75
    return round(min(0.95, 0.6 + 0.08 * n), 2)
