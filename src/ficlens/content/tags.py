"""Additional (freeform) tags: cue-count rules from tags.json plus a few computed ones.

A cue rule fires when live hits reach max(min, per10k * words / 10000), so short
passages need a few clear cues and novels need a steady density. Fewer, well-supported
tags are preferred to many weak ones.
"""

from __future__ import annotations

import math

from ..model import Evidence, Tag
from .context import Hit, Story
from .findings import Findings
from .lexicon import tag_rules

MAX_EVIDENCE = 3
ENDING_SHARE = 0.15  # the final stretch judged for Happy/Sad Ending, as a share of the story
ENDING_MIN_WORDS = 500
LAST_SCENE_MIN_CHARS = 400  # a shorter last scene is a coda; judge the final stretch instead
LAST_SCENE_MAX_SHARE = 0.25
ENDING_MAX_CHARS = 12_000  # about 2,000 words: an ending, not the last quarter of a novel
WARM = ("tender", "comfort", "hug", "cuddle", "kissing", "confession")  # not smiles: every scene has them
SAD = ("pain", "grief", "crying", "loss")
DARK_FLAGS = ("graphic", "noncon", "death_major", "selfharm", "suicide_attempt")
CHARACTER_STUDY_SHARE = 0.5  # of all character mentions, held by the one character studied
CHARACTER_STUDY_QUOTES = 0.15  # at most this share of the story's characters inside quotes
CHARACTER_STUDY_WORDS = 1000


def _threshold(rule: dict, words: int) -> int:
    return max(rule["min"], math.ceil(rule["per10k"] * words / 10000))


def _spread(hits: list[Hit], n: int) -> list[Hit]:
    """Up to n hits from different sentences, spread over the text."""
    by_sentence: dict[int, Hit] = {}
    for h in hits:
        by_sentence.setdefault(h.sentence, h)
    distinct = list(by_sentence.values())
    if len(distinct) <= n:
        return distinct
    if n == 1:
        return distinct[:1]
    step = (len(distinct) - 1) / (n - 1)
    return [distinct[round(i * step)] for i in range(n)]


def _tag(name: str, evidence: list[Evidence], strength: float) -> Tag:
    confidence = round(min(0.95, 0.5 + 0.15 * strength), 2)
    return Tag(name=name, type="freeform", confidence=confidence, evidence=evidence[:MAX_EVIDENCE])


def _evidence(story: Story, hits: list[Hit], label: str, n: int = MAX_EVIDENCE) -> list[Evidence]:
    """Evidence from up to n hits in different sentences, each naming its cue."""
    return [story.evidence(h, f"{label}: '{story.cue_text(h)}'") for h in _spread(hits, n)]


def _requirement_met(requirement: str | None, found: Findings, story: Story) -> bool:
    if requirement is None:
        return True
    if requirement == "fandom":  # an Alternate Universe is only one relative to a canon
        return bool(story.work.detected.fandoms or story.work.declared.fandoms)
    if requirement == "explicit":
        return "explicit" in found.flags
    if requirement == "sexual":
        return "explicit" in found.flags or "implied_sex" in found.flags
    if requirement == "romantic":
        return "romantic" in found.flags or bool(found.flags.get("confession"))
    if requirement == "not_romantic":  # a friendship that turns romantic is tagged as such instead
        return not ("romantic" in found.flags or found.flags.get("confession") or "explicit" in found.flags)
    raise ValueError(f"unknown requirement {requirement!r} in tags.json")


def cue_tags(story: Story, found: Findings) -> list[Tag]:
    """Tags from the groups rules of tags.json."""
    if story.hits["confession"]:
        found.flags["confession"] = [story.evidence(story.hits["confession"][0], "love confession")]
    tags = []
    for rule in tag_rules():
        if "groups" not in rule or not _requirement_met(rule.get("requires"), found, story):
            continue
        hits: list[Hit] = []
        for group in rule["groups"]:
            hits += story.live(group, narration=rule.get("narration", False), figurative=True)
        if rule.get("requires") == "explicit":
            hits = [h for h in hits if h.sentence in found.explicit_sentences]
        if rule["name"] == "Kissing":
            platonic = story.hits["kiss_platonic"]
            hits = [h for h in hits if not any(p.start <= h.start < p.end for p in platonic)]
        need = _threshold(rule, story.words)
        if len(hits) < need or len({story.cue_text(h).lower() for h in hits}) < rule.get("distinct", 1):
            continue
        hits.sort(key=lambda h: h.start)
        tags.append(_tag(rule["name"], _evidence(story, hits, rule["name"]), len(hits) / need))
    return tags


def _paired(story: Story, comfort: list[Hit], hurt: list[Hit], label: str) -> list[Evidence]:
    """Comfort cues within two sentences of a hurt cue, as evidence when there are >= 1 per 10k words."""
    hurt_sentences = {h.sentence for h in hurt}
    paired = [c for c in comfort if any(c.sentence + d in hurt_sentences for d in range(-2, 3))]
    return _evidence(story, paired, label) if len(paired) >= max(1, story.words / 10000) else []


def _live_count(story: Story, groups: tuple[str, ...], lo: int = 0, hi: int | None = None) -> list[Hit]:
    out = []
    for g in groups:
        out += [h for h in story.live(g, figurative=True) if h.start >= lo and (hi is None or h.start < hi)]
    return sorted(out, key=lambda h: h.start)


def computed_tags(story: Story, found: Findings) -> list[Tag]:
    """The tags coded here rather than in tags.json (see its 'computed' entries)."""
    tags: list[Tag] = []
    flags = found.flags
    words = max(story.words, 1)

    def add(name: str, evidence: list[Evidence], strength: float = 1.0) -> None:
        if evidence:
            tags.append(_tag(name, evidence, strength))

    affection = _live_count(story, ("affection",))
    pain = _live_count(story, ("pain", "grief"))
    fluffy = len(affection) >= max(4, 20 * words / 10000)
    angsty = len(pain) >= max(4, 25 * words / 10000) or bool(flags.get("death_major") and len(pain) >= 2)
    if fluffy and not found.heavy and len(pain) * 3 <= len(affection):
        add("Fluff", _evidence(story, affection, "affection"), len(affection) / 4)
        if len(story.live("domestic")) >= 3:
            add("Domestic Fluff", _evidence(story, story.live("domestic"), "domestic"))
    if angsty:
        add("Angst", _evidence(story, pain, "pain or grief"), len(pain) / 4)
    elif len(pain) >= max(3, 12 * words / 10000) and not found.heavy:
        add("Light Angst", _evidence(story, pain, "pain or grief"), len(pain) / 3)
    if fluffy and angsty and not found.heavy:
        add("Fluff and Angst", _evidence(story, affection, "affection")[:2] + _evidence(story, pain, "pain", 1))
    if fluffy and flags.get("explicit") and not flags.get("noncon"):
        add("Fluff and Smut", _evidence(story, affection, "affection")[:2] + flags["explicit"][:1])
    hurt = _live_count(story, ("injury", "pain"))
    comfort = _live_count(story, ("comfort",))
    if len(comfort) >= max(2, 2 * words / 10000):
        add("Hurt/Comfort", _paired(story, comfort, hurt, "comfort after hurt"))
        add("Emotional Hurt/Comfort", _paired(story, comfort, pain, "comfort in grief or pain"))
    elif angsty and hurt and not comfort:
        add("Hurt No Comfort", _evidence(story, hurt, "hurt, and no comfort"))
    if flags.get("explicit") and not flags.get("noncon"):
        add("Smut", flags["explicit"])
        add("Explicit Sexual Content", flags["explicit"])
        if len(found.explicit_sentences) >= 0.3 * max(len(story.sent_starts), 1):
            add("PWP", flags["explicit"])
    if flags.get("explicit") or flags.get("implied_sex"):
        add("Sexual Content", flags.get("explicit", []) + flags.get("implied_sex", []))
    if flags.get("implied_sex") and not flags.get("explicit"):
        add("Implied Sexual Content", flags["implied_sex"])
    if flags.get("graphic") or flags.get("strong_violence"):
        add("Violence", flags.get("graphic", []) + flags.get("strong_violence", []))
    elif flags.get("violence"):
        add("Minor Violence", flags["violence"])
    blood = _live_count(story, ("blood",))
    injury = _live_count(story, ("injury",))
    if len(blood) >= max(3, 4 * words / 10000) and len(injury) >= max(3, 4 * words / 10000):
        add("Blood and Injury", _evidence(story, sorted(blood + injury, key=lambda h: h.start), "blood and injury"))
    add("Character Death", flags.get("death_major", []))
    add("Minor Character Death", flags.get("death_minor", []))
    add("Temporary Character Death", flags.get("death_undone", []))
    add("Past Rape/Non-Con", flags.get("noncon_past", []))
    add("Referenced Rape/Non-Con", flags.get("noncon_ref", []))
    add("Suicide Attempt", flags.get("suicide_attempt", []))
    heavy = [flags[k][0] for k in DARK_FLAGS if flags.get(k)]
    if len(heavy) >= 2:
        add("Dark", heavy)
    tags += _ending_tags(story, found)
    tags += _narration_tags(story)
    return tags


def _ending_tags(story: Story, found: Findings) -> list[Tag]:
    """Happy or Sad Ending from the tone of the last scene (or the final 15% of the story)."""
    if story.words < ENDING_MIN_WORDS or not story.spans:
        return []
    begin, end = story.spans[0][0], story.spans[-1][1]
    start = end - int((end - begin) * ENDING_SHARE)
    scenes = story.work.scenes
    if len(scenes) > 1 and scenes[-1].end - scenes[-1].start >= LAST_SCENE_MIN_CHARS:
        start = max(scenes[-1].start, end - int((end - begin) * LAST_SCENE_MAX_SHARE))
    start = max(start, end - ENDING_MAX_CHARS)
    warm = _live_count(story, WARM, start, end)
    sad = _live_count(story, SAD, start, end)
    deaths = [ev for ev in found.flags.get("death_major", []) if ev.start >= start]
    sad_weight = len(sad) + 2 * len(deaths)  # a main character dying at the end outweighs warm words
    if len(warm) >= 3 and len(warm) >= 2 * sad_weight:
        return [_tag("Happy Ending", _evidence(story, warm, "warm ending"), len(warm) / 3)]
    if sad_weight >= 3 and sad_weight >= 2 * len(warm):
        evidence = deaths[:1] + _evidence(story, sad, "sad ending")
        return [_tag("Sad Ending", evidence, sad_weight / 3)]
    return []


def _first_sentence_evidence(story: Story, reason: str) -> list[Evidence]:
    if not story.sent_starts:
        return []
    return [story.span_evidence(0, min(1, len(story.sent_starts) - 1), reason)]


def _narration_tags(story: Story) -> list[Tag]:
    tags = []
    person = story.person()
    if person == "first":
        tags.append(_tag("First Person", _first_sentence_evidence(story, "told in the first person"), 1))
    elif person == "second":
        tags.append(_tag("Second Person", _first_sentence_evidence(story, "told in the second person"), 1))
    markers = story.hits["reader_marker"]
    if markers:
        tags.append(_tag("Reader-Insert", _evidence(story, markers, "reader placeholder"), 1.5))
    elif story.work.narration.reader_insert:
        reason = "the story casts the reader as a character"
        tags.append(_tag("Reader-Insert", _first_sentence_evidence(story, reason), 1))
    return tags


def _slow_burn(story: Story, found: Findings) -> list[Tag]:
    """Slow Burn: a long story whose first romantic kiss comes late."""
    romantic = found.flags.get("romantic", [])
    if story.words < 10000 or not romantic or not story.spans:
        return []
    begin, end = story.spans[0][0], story.spans[-1][1]
    first = min(ev.start for ev in romantic)
    if (first - begin) / max(end - begin, 1) < 0.6:
        return []
    return [_tag("Slow Burn", [min(romantic, key=lambda ev: ev.start)], 1)]


def _character_study(story: Story) -> list[Tag]:
    """Character Study: a work of 1,000+ words told mostly in narration about one character
    (half of all character mentions, under 15 % of the text in quotes)."""
    work = story.work
    if story.words < CHARACTER_STUDY_WORDS or not work.characters or not story.spans:
        return []
    studied = max(work.characters, key=lambda c: c.prominence)
    quoted = sum(e - s for s, e in zip(story.quote_starts, story.quote_ends))
    told = sum(e - s for s, e in story.spans)
    if studied.prominence < CHARACTER_STUDY_SHARE or quoted > CHARACTER_STUDY_QUOTES * told:
        return []
    first = [m for m in work.mentions if m.character == studied.id][:50]
    hits = [Hit(m.start, m.end, story.sentence_of(m.start), False) for m in first]
    return [_tag("Character Study", _evidence(story, hits, f"narration about {studied.name}"), studied.prominence * 2)]


def _combined(tags: list[Tag]) -> list[Tag]:
    """Tags that combine others: Alternate Universe (any AU kind), Angst with a Happy Ending,
    Getting Together (a confession or first kiss without an established relationship)."""
    by_name = {t.name: t for t in tags}
    out = []
    au = [t for t in tags if t.name.startswith("Alternate Universe - ")]
    if au:
        out.append(_tag("Alternate Universe", [ev for t in au for ev in t.evidence], 1))
    if "Angst" in by_name and "Happy Ending" in by_name:
        out.append(_tag("Angst with a Happy Ending", by_name["Angst"].evidence[:2] + by_name["Happy Ending"].evidence[:1], 1))
    together = [by_name[n] for n in ("Love Confessions", "First Kiss") if n in by_name]
    if together and "Established Relationship" not in by_name:
        out.append(_tag("Getting Together", [ev for t in together for ev in t.evidence], 1))
    return out


def additional_tags(story: Story, found: Findings) -> list[Tag]:
    tags = computed_tags(story, found) + cue_tags(story, found) + _slow_burn(story, found) + _character_study(story)
    tags += _combined(tags)
    return sorted(tags, key=lambda t: -t.confidence)
