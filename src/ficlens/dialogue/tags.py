"""Speech tags: the narration around a quote that says who spoke it ("said Buffy", "Buffy whispered",
"was Buffy's reply", "said the surgeon", "he said"), read by `TagReader`, a part of the attributor."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..lexicon import SPEECH_VERB_SET
from .patterns import (
    ANAPHORIC_NOUNS,
    BEAT_START_RE,
    BEFORE_RE,
    CLAUSE_START_RE,
    CLAUSE_SUBJECT_RE,
    CLOSED_END,
    CLOSING_MARK_RE,
    COORDINATED_RE,
    DESC_SUBJECT_FIRST_RE,
    DESC_VERB_FIRST_RE,
    HEARD_SAY_RE,
    IN_RE,
    INTRO_END,
    INTRO_SENTENCE_RE,
    INTRO_VERB_RE,
    INVERTED_INTRO_RE,
    KIN_TITLES,
    LATER_SPEAKER_RE,
    NAMED_AFTER_RE,
    NARRATION_SUBJECT_RE,
    NEXT_CLAUSE_RE,
    PERSON_NOUNS,
    POSSESSED_KIN_RE,
    POSSESSIVE_SAYING_RE,
    PRONOUN_SUBJECTS,
    SUBJECT_FIRST_RE,
    SUBORDINATE_BEFORE_RE,
    TITLE_BEFORE_RE,
    TO_RE,
    VERB_FIRST_RE,
    VOICE_INTRO_RE,
    VOICE_WORDS,
    WAS_REPLY_RE,
    WHO_INTRO_RE,
    WRAPPED_TAG_RE,
)


@dataclass(frozen=True)
class SpeechTag:
    """The narration next to a quote that says who spoke it.

    subject: the words naming the speaker ("Buffy", "Mr. Bennet", "he", "I", "the surgeon", "Daisy's
    mamma"); pos: their offset in the text; kind: "tag" (a speech verb or a construction that
    names the speaker), "description" (a described speaker: "said the surgeon", "cried his wife"),
    "voice" ("Giles's voice was cool"), "script" (the name heading a script or chat line:
    "DEAN: Who moved my pie?") or "beat" (an action of the subject's: "Buffy folded her
    arms."); to: whom a "to X" says it was spoken to; explicit: an intro construction ("Mary's
    declaration was,") strong enough to outweigh a beat after the quote."""

    subject: str
    pos: int
    kind: str
    to: str | None = None
    explicit: bool = False


class TagReader:
    """Finds and reads the speech tag of each quote (mixed into `Attributor`)."""

    def find_tag(self, i: int) -> SpeechTag | None:
        """The explicit speech tag or beat right next to the quotation, as a small record.

        A tag after the quotation wins; a mere action beat after it ("He waved his arm.") gives way
        to narration before it that names the speaker and ends in a speech verb ("Callendar laughed,
        and said,")."""
        return self._with_title(self._pick_tag(i))

    def _pick_tag(self, i: int) -> SpeechTag | None:
        after = self._tag_after(i)
        if after and after.kind != "beat" and not self._new_sentence_pronoun(i, after):
            return after
        before, strong = self._tag_before(i)
        # A beat after the quotation, or a He/She opening the next sentence ('the Queen said severely
        # "Who is this?" She said it to the Knave'), gives way to a named lead-in tag.
        if after is None or (before and strong and before.subject not in PRONOUN_SUBJECTS):
            return before
        return after

    def _new_sentence_pronoun(self, i: int, tag: SpeechTag) -> bool:
        """Whether an after-tag is a capitalised He/She that opens a new sentence after the quotation."""
        if tag.subject not in ("He", "She"):  # lower case "she" after a comma is the quotation's own tag
            return False
        u = self.utterances[i]
        last = max((p for p in u.parts if p[1] <= tag.pos), default=None)
        return last is not None and self.text[last[1] - 1] in ".!?"

    def _with_title(self, tag: SpeechTag | None) -> SpeechTag | None:
        """The tag's subject with the title a pattern left behind ("Mr. Beebe, who ..." is not "Beebe")."""
        if not tag or not tag.subject[:1].isupper():
            return tag
        m = TITLE_BEFORE_RE.search(self.text, max(0, tag.pos - 20), tag.pos)
        if not m:
            return tag
        return replace(tag, subject=self.text[m.start() : tag.pos] + tag.subject, pos=m.start())

    def _tag_after(self, i: int) -> SpeechTag | None:
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

    def _named_next_paragraph(self, i: int) -> SpeechTag | None:
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

    def _tag_before(self, i: int) -> tuple[SpeechTag | None, bool]:
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
                return tag, speech_verb_ends or bool(tag and tag.explicit)
            m = INTRO_SENTENCE_RE.search(before)
            if m:
                return self._tag(m, start, "tag"), False
            beat = self._beat_before(start, before)
            if beat:
                return self._tag(beat, 0, "beat"), False
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
            if m and not (previous and previous.kind == "tag" and previous.pos == m.start("subj")):
                return self._tag(m, 0, "tag"), False
        return None, False

    def _beat_before(self, start: int, before: str) -> re.Match | None:
        """An action beat of a named person as the last sentence before the quotation, in its
        paragraph: 'Dean rolls his eyes. "Whatever."', 'Willow held up the dress. "It's vintage!"'."""
        end = start + len(before.rstrip())
        if self.text[end - 1 : end] not in (".", "!", "?"):
            return None
        k = bisect.bisect_left(self.sentence_starts, end - 1) - 1  # the sentence its last mark closes
        if k < 0 or self.sentence_starts[k] < start:
            return None
        m = BEAT_START_RE.match(self.text, self.sentence_starts[k], end)
        if not m:
            return None
        subj = m.group("subj")
        return m if subj not in ("He", "She", "I") and self.name(subj, keep_article=True) else None

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

    def intro_subject(self, start: int, end: int) -> SpeechTag | None:
        """The subject of the narration that introduces a quotation ("Charlotte said,")."""
        start = max(start, end - 400)
        seg = self.text[start:end]
        first = bisect.bisect_right(self.sentence_starts, start)
        last = bisect.bisect_left(self.sentence_starts, end)
        cuts = [0] + [s - start for s in self.sentence_starts[first:last]]  # the sentences begun in seg
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
            return SpeechTag(m.group(group), start + m.start(group), "tag", explicit=True)
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
            return SpeechTag(clause.group("subj"), start + clause.start("subj"), "tag", _to_name(seg[clause.end():]))
        if found:
            return SpeechTag(found.group("subj"), start + found.start("subj"), "tag", _to_name(seg[found.end():]))
        for cut in reversed(cuts):
            for m in NARRATION_SUBJECT_RE.finditer(seg, cut):
                subj = m.group("subj")
                if subj[0].isupper() and subj not in ("He", "She", "I") and not self.name(subj):
                    continue
                return SpeechTag(subj, start + m.start("subj"), "tag", _to_name(seg[m.end():]))
        return None

    def _tag(self, m: re.Match, base: int, kind: str) -> SpeechTag | None:
        subj = m.group("subj")
        rest = m.groupdict().get("rest") or ""
        pos = base + m.start("subj")
        kin = POSSESSED_KIN_RE.match(self.text, pos + len(subj)) if subj[:1].isupper() else None
        if kin:
            return SpeechTag(f"{subj}'s {kin.group('kin')}", pos, "description")
        return SpeechTag(subj, pos, kind, _to_name(rest))

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
