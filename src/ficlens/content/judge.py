"""Rating and archive warnings: co-occurrence rules over cue hits in sentence windows.

Each rule yields evidence; a rating level or warning is only suggested with evidence.
The rules are described in docs/content.md.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from .context import Story
from .deaths import deaths
from .findings import (
    EXPLICIT,
    GENERAL,
    MATURE,
    MAX_EVIDENCE,
    NONCON,
    TEEN,
    UNDERAGE,
    VIOLENCE,
    Findings,
    clear_index,
    clip,
    count,
    cue_list,
    tight,
    windows,
)

DARK_WINDOW = 2400  # characters (about 400 words) in which dark themes must gather to rate Teen
DARK_DISTINCT = 3  # different dark-theme words such a stretch needs (forms of one word count once)
DEATH_FORMS = frozenset(("die", "died", "dies", "dying", "dead", "death", "deaths"))  # too often figurative
SUFFIX_RE = re.compile(r"(?:ings?|ed|es|s|ers?|ly|y)$")
ROMANTIC_KISS_RE = re.compile(r"\b(?:mouth|lips|tongue)\b")
FAMILY_WORDS = ("grandma", "grandpa", "granny", "mother", "mum", "mom", "father", "dad", "aunt", "uncle", "nan", "baby")


def explicit_sex(story: Story, found: Findings) -> None:
    """Explicit: anatomy and sexual action in the same or adjacent sentences, weighing three or more.

    Explicit anatomy terms weigh 2, other body words and each action 1."""
    anatomy = [h for h in story.hits["sex_anatomy"] if not story.name_like(h)]
    anatomy = sorted(anatomy + story.hits["sex_strong_action"], key=lambda h: h.start)  # 'fucked her' names the act
    fucks = [h for h in story.hits["swear_strong"] if story.lower.startswith("fuck", h.start)]
    action = story.hits["sex_action"] + fucks
    if not anatomy or not action:
        return
    action.sort(key=lambda h: h.start)
    strong = {h.start for h in story.hits["sex_anatomy_strong"] + story.hits["sex_strong_action"]}
    qualifying: list[int] = []
    for s in sorted({h.sentence for h in anatomy}):
        a, b = count(anatomy, s - 1, s + 1), count(action, s - 1, s + 1)
        weight = sum(2 if h.start in strong else 1 for h in a) + len(b)
        if not a or not b or weight < 3:
            continue
        if story.near("medical", s, 1) and len(b) < 2:
            continue
        qualifying.append(s)
    for lo, hi in windows(qualifying, 1):
        lo, hi = clip(story, lo, hi)
        cues = count(anatomy, lo, hi) + count(action, lo, hi)
        cues.sort(key=lambda h: h.start)
        lo, hi = tight(cues, lo, hi)
        ev = story.span_evidence(lo, hi, f"explicit sex: anatomy and sexual action together ({cue_list(story, cues)})")
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
            "core": count(core_now, s - 2, s + 2),
            "refusal": count(refusal, s - 2, s + 2),
            "restraint": count(restraint, s - 2, s + 2),
            "sexual": [h for g in ("sex_anatomy", "sex_action", "sex_implied") for h in story.near(g, s, 2)],
        }
        kinds["sexual"] += [h for h in story.near("sex_weak", s, 2)] if kinds["refusal"] and kinds["restraint"] else []
        present = [k for k, v in kinds.items() if v]
        if (kinds["core"] and len(present) >= 2) or len(present) >= 3:
            depicted.append(s)
    for lo, hi in windows(depicted, 2):
        lo, hi = clip(story, lo, hi)
        cues = sorted(
            count(core_now, lo, hi) + count(refusal, lo, hi) + count(restraint, lo, hi), key=lambda h: h.start
        )
        lo, hi = tight(cues, lo, hi)
        ev = story.span_evidence(lo, hi, f"sexual violence depicted ({cue_list(story, cues)})")
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
    """Graphic Depictions Of Violence: wounds, blood and pain described together; extreme gore rates Explicit.

    In a sentence and its neighbours: hard gore weighs 2; flowing blood, an opened wound, intense
    pain and soft gore 1 each; other violence cues 0.5; a death 1. A score of 3 is graphic when
    the described harm (gore, blood, wounds, pain) alone weighs 2 and some of it is physical."""
    hard = [h for h in story.live("gore", narration=True) if not story.name_like(h)]
    gore_soft = story.live("gore_soft", narration=True)
    physical = sorted(
        gore_soft
        + story.live("blood_flow", narration=True)
        + [h for h in story.live("wound_open", narration=True, figurative=True) if not story.name_like(h)],
        key=lambda h: h.start,
    )
    pain = story.live("pain_intense", narration=True)
    strong = [h for h in story.live("violence_strong", narration=True, figurative=True) if not story.past(h)]
    weak = story.live("violence_weak", narration=True, negation=False, figurative=True)
    dying = sorted(
        story.live("death_event", narration=True) + story.live("death_weak", narration=True), key=lambda h: h.start
    )
    soft = sorted(physical + pain, key=lambda h: h.start)
    graphic: list[int] = []
    extreme: list[int] = []
    for s in sorted({h.sentence for h in hard + physical}):
        n_hard = len(count(hard, s - 1, s + 1))
        n_soft = len(count(soft, s - 1, s + 1))
        if 2 * n_hard + n_soft < 2:
            continue
        score = (
            2 * n_hard
            + n_soft
            + 0.5 * (len(count(strong, s - 1, s + 1)) + len(count(weak, s - 1, s + 1)))
            + (1 if count(dying, s - 1, s + 1) else 0)
        )
        if score >= 3:
            graphic.append(s)
        if len(count(hard, s - 2, s + 2)) >= 4:
            extreme.append(s)
    for lo, hi in windows(graphic, 1):
        lo, hi = clip(story, lo, hi)
        cues = sorted(count(hard, lo, hi) + count(soft, lo, hi), key=lambda h: h.start)
        lo, hi = tight(cues, lo, hi)
        ev = story.span_evidence(lo, hi, f"graphic violence ({cue_list(story, cues)})")
        found.warn(VIOLENCE, ev)
        found.support(MATURE, ev)
        found.flag("violence", ev)
        found.flag("graphic", ev)
    for lo, hi in windows(extreme, 2):
        lo, hi = clip(story, lo, hi)
        cues = count(hard, lo, hi)
        lo, hi = tight(cues, lo, hi)
        found.support(EXPLICIT, story.span_evidence(lo, hi, f"extremely graphic violence ({cue_list(story, cues)})"))
    strong_windows = [
        s
        for s in sorted({h.sentence for h in strong})
        if len(count(strong, s - 1, s + 1)) >= 2 or count(gore_soft, s - 1, s + 1)
    ]
    for lo, hi in windows(strong_windows, 1):
        lo, hi = clip(story, lo, hi)
        cues = count(strong, lo, hi)
        lo, hi = tight(cues, lo, hi)
        ev = story.span_evidence(lo, hi, f"strong violence ({cue_list(story, cues)})")
        found.support(MATURE, ev)
        found.flag("violence", ev)
        found.flag("strong_violence", ev)
    for h in strong:
        found.support(TEEN, story.evidence(h, f"violence: '{story.cue_text(h)}'"))
    weak_windows = [s for s in sorted({h.sentence for h in weak}) if len(count(weak, s - 1, s + 1)) >= 2]
    for lo, hi in windows(weak_windows, 1):
        lo, hi = clip(story, lo, hi)
        cues = count(weak, lo, hi)
        lo, hi = tight(cues, lo, hi)
        found.support(TEEN, story.span_evidence(lo, hi, f"non-graphic violence ({cue_list(story, cues)})"))
    if len(weak) >= max(3, 3 * story.words / 10000) or strong:
        first = (strong or weak)[0]
        found.flag("violence", story.evidence(first, f"violence: '{story.cue_text(first)}'"))


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


def _stem(word: str) -> str:
    """One key for the forms of a word ('battles', 'battle' -> 'battl'; 'grieving', 'grief' -> 'grie')."""
    word = word.lower()
    return SUFFIX_RE.sub("", word)[:4] if len(word) > 4 else word


def dark_themes(story: Story, found: Findings) -> None:
    """Teen And Up: violence, death, captivity and horror words gathering in one stretch of the story.

    One such word is everyday ("the battle of the bands"); three different ones within about
    400 words are a story that is not for all audiences. 'Died' and 'dead' do not count here:
    they are too often figures of speech, and depicted deaths have their own rule."""
    hits = [
        h
        for h in story.live("dark_theme", negation=False, hypothetical=False, dream=False, figurative=True)
        if story.cue_text(h).lower() not in DEATH_FORMS
    ]
    stems = [_stem(story.cue_text(h)) for h in hits]
    window: Counter[str] = Counter()  # stems of the hits from first to last, kept as the window slides
    first = 0
    windows = 0
    for last, hit in enumerate(hits):
        window[stems[last]] += 1
        while hit.start - hits[first].start > DARK_WINDOW:
            window[stems[first]] -= 1
            if not window[stems[first]]:
                del window[stems[first]]
            first += 1
        if len(window) < DARK_DISTINCT:
            continue
        latest = {stems[i]: hits[i] for i in range(first, last + 1)}
        reason = "dark themes together (" + ", ".join(f"'{story.cue_text(h).lower()}'" for h in latest.values()) + ")"
        found.support(TEEN, story.evidence(hit, reason))
        found.flag("dark", story.evidence(hit, reason))
        windows += 1
        if windows >= MAX_EVIDENCE:
            return
        window.clear()
        first = last + 1


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
RULES = (explicit_sex, implied_sex, noncon, underage, graphic_violence, deaths, heavy_themes, dark_themes, teen_cues)


def judge(story: Story) -> Findings:
    found = Findings()
    clear_index()
    try:
        for rule in RULES:
            rule(story, found)
    finally:
        clear_index()
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
