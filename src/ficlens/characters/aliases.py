"""Aliases: the name forms of a work joined into one cluster per person (titles, first names,
surnames, nicknames, clipped forms, misspellings), and each cluster's display name."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..lexicon import TITLE_HOLDER_DOMINANCE
from . import lexicon as lx
from .names import FEMALE, MALE, NameOccurrence, norm_title, title_gender

# Clipped forms ("Cas" for "Castiel") are this many letters long.
CLIPPED_MIN, CLIPPED_MAX = 3, 4
# A bare surname (seen BARE_SURNAME_MIN times or more) joins its family's main person when everyone else
# of that surname has at most FAMILY_NOISE of the family's name mentions.
FAMILY_NOISE = 0.1
BARE_SURNAME_MIN = 10
# A couple's bare surname is the husband's unless his mentions are under this share of hers.
SOLE_MAN_SHARE = 0.2
# A bare first name joins the full name that holds this share of the full names it starts.
FIRST_NAME_DOMINANCE = 0.8
# ... or, failing that, the full name whose family the text names this many times more than the others'.
FAMILY_DOMINANCE = 3.0
# A name seen at most MISSPELLING_MAX times, one letter away from a character named MISSPELLING_MAIN_MIN
# times or more in a word of MISSPELLING_MIN_LENGTH letters or more, is a misspelling of that character.
MISSPELLING_MAX = 2
MISSPELLING_MAIN_MIN = 10
MISSPELLING_MIN_LENGTH = 5


class AliasClusters:
    """Alias clustering within one work: forms to clusters by titles, surnames, first names, nicknames."""

    def __init__(
        self, occs: list[NameOccurrence], first_names: dict[str, str], formal_of: dict[str, str], sisters: frozenset = frozenset()
    ):
        self.first_names = first_names
        self.sisters = sisters
        self.formal_of = formal_of
        self.shorts_of: dict[str, list[str]] = defaultdict(list)
        for short, formal in formal_of.items():
            self.shorts_of[formal].append(short)
        forms: Counter = Counter()
        for o in occs:
            forms[(norm_title(o.title), o.tokens)] += 1
        self.forms = forms
        self.parent: dict = {f: f for f in forms}
        self._build()

    def find(self, f):
        while self.parent[f] != f:
            self.parent[f] = self.parent[self.parent[f]]
            f = self.parent[f]
        return f

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if self.forms[ra] >= self.forms[rb]:
                self.parent[rb] = ra
            else:
                self.parent[ra] = rb

    def _gender_of_first(self, name: str) -> str | None:
        g = self.first_names.get(name) or self.first_names.get(self.formal_of.get(name, ""))
        return g if g in (MALE, FEMALE) else None

    def _compatible(self, title: str, first: str) -> bool:
        """A title and a first name that can belong to one person ("Mrs Charles Musgrove" is not Charles)."""
        tg = title_gender(title) if title else None
        fg = self._gender_of_first(first)
        return tg is None or fg is None or tg == fg

    def _build(self) -> None:
        forms = self.forms
        multi = [f for f in forms if len(f[1]) >= 2]
        by_first: dict[str, list] = defaultdict(list)
        by_last: dict[str, list] = defaultdict(list)
        for f in multi:
            if not f[0] or f[0] in lx.FIRST_NAME_TITLES or self._compatible(f[0], f[1][0]):
                by_first[f[1][0]].append(f)
            by_last[f[1][-1]].append(f)
        single_titled_last: dict[str, list] = defaultdict(list)
        for f in forms:
            if f[0] and f[0] != "the" and f[0] not in lx.FIRST_NAME_TITLES and len(f[1]) == 1:
                single_titled_last[f[1][0]].append(f)
        male_surname_titles = ("mr", "mister", "master", "monsieur", "m", "signor", "herr")

        def family_safe(last: str, first: str, title_count: int) -> bool:
            """Mr. Last is First Last only when nothing in the text suggests a second man of that
            family (a sister's first name does not: "Mr. Crawford" is Henry beside Mary Crawford)."""
            if forms.get(("mrs", (last,)), 0) * 10 > title_count:
                return False
            firsts = {self.formal_of.get(f[1][0], f[1][0]) for f in by_last.get(last, []) if f[1][0] != last}
            men = {f for f in firsts if self._gender_of_first(f) != FEMALE}
            if len(men) > 1 or len(firsts) > 2:
                return False
            return forms.get(("", (first,)), 0) < 0.5 * title_count + 1

        # Titled full names: "Miss Elizabeth Bennet" -> "Elizabeth Bennet"; "Sir Walter Elliot" -> "Sir Walter".
        for f in multi:
            title, toks = f
            if not title:
                continue
            if ("", toks) in forms and self._compatible(title, toks[0]):
                self.union(f, ("", toks))
            if title in lx.FIRST_NAME_TITLES and (title, (toks[0],)) in forms:
                self.union(f, (title, (toks[0],)))
            if title in male_surname_titles and (title, (toks[-1],)) in forms:
                if family_safe(toks[-1], toks[0], forms[(title, (toks[-1],))]):
                    self.union(f, (title, (toks[-1],)))
        # "Master Charley Bates" and "Master Charles Bates": one full name, once formal, once familiar.
        by_formal_full: dict[tuple, list] = defaultdict(list)
        for f in multi:
            by_formal_full[(f[0], self.formal_of.get(f[1][0], f[1][0]), f[1][1:])].append(f)
        for same in by_formal_full.values():
            for f in same[1:]:
                self.union(same[0], f)
        # Bare or titled first names and nicknames -> the one fuller name that starts with them.
        for f in list(forms):
            title, toks = f
            if len(toks) != 1 or (title and title not in lx.FIRST_NAME_TITLES and title != "miss"):
                continue
            word = toks[0]
            formal = self.formal_of.get(word, "")
            cands = [
                c
                for c in by_first.get(word, []) + by_first.get(formal, [])
                if not title or self._compatible(title, c[1][0])
            ]
            if not cands:
                # "Ronald" -> "Ron Weasley": a formal name meets the full name built on its short form.
                cands = [c for short in self.shorts_of.get(word, ()) for c in by_first.get(short, [])]
            cands = [c for c in cands if self._full_name_vouches(c, forms[f], single_titled_last, by_last)]
            # "Tom" with "Tom Bertram" named: "Sir Thomas Bertram" (the formal name) is someone else.
            cands = [c for c in cands if c[1][0] == word] or cands
            # "Katharine" is the "Katharine Hilbery" of 28 mentions, not the "Katharine Rodney" of one.
            by_root: Counter = Counter()
            for c in cands:
                by_root[self.find(c)] += forms[c]
            main, main_count = max(by_root.items(), key=lambda kv: (kv[1], str(kv[0])), default=(None, 0))
            # "Fitzwilliam" beside "Colonel Fitzwilliam" and one "Fitzwilliam Darcy" is the colonel's surname.
            surname_uses = sum(forms[g] for g in single_titled_last.get(word, ()) if g[0] != "miss")
            dominant = len(by_root) == 1 or (
                not title
                and all(c[1][0] == word for c in cands)
                and main_count >= 5
                and main_count >= FIRST_NAME_DOMINANCE * sum(by_root.values())
            )
            if not dominant and not title and len(by_root) > 1 and all(c[1][0] == word for c in cands):
                main, dominant = self._main_family_holder(cands, by_last, single_titled_last)
            if main and dominant and (title or surname_uses < sum(by_root.values())):
                self.union(f, main)
            elif not cands and not title and formal and ("", (formal,)) in forms:
                self.union(f, ("", (formal,)))
        # "Mr. Darcy" <-> "Fitzwilliam Darcy" when the family holds one man only.
        for last, gs in single_titled_last.items():
            for g in gs:
                if g[0] not in male_surname_titles:
                    continue
                fulls = [c for c in by_last.get(last, []) if not c[0] and self._compatible(g[0], c[1][0])]
                if len({self.find(c) for c in fulls}) == 1 and family_safe(last, fulls[0][1][0], forms[g]):
                    self.union(g, fulls[0])
        # Bare surnames ("Darcy") -> the family's one person, when the text names only one (and not a Miss/Mrs).
        for f in list(forms):
            title, toks = f
            if title or len(toks) != 1 or by_first.get(toks[0]):
                continue
            word = toks[0]
            cands = single_titled_last.get(word, []) + by_last.get(word, [])
            if not cands:
                continue
            roots = {self.find(c) for c in cands}
            if len(roots) == 1 and title_gender(next(iter(roots))[0]) != FEMALE:
                self.union(f, cands[0])
        self._merge_titled_surnames(single_titled_last, by_last, by_first)
        self._merge_title_epithets()
        # "Gryphon" is "the Gryphon" when the text mostly says "the Gryphon" (not "the Denham" beside 200 "Denham").
        for f in list(forms):
            the = ("the", f[1])
            if not f[0] and len(f[1]) == 1 and the in forms and forms[the] >= forms[f] and self.find(f) == f:
                self.union(f, the)
        self._merge_misspellings()
        self._merge_clipped_forms()

    def _merge_clipped_forms(self) -> None:
        """A bare name of three or four letters that is no known first name and starts exactly one
        other character's untitled name, two letters or more longer, is that character clipped
        ("Cas" beside "Castiel", "Buff" beside "Buffy Summers"). Known names stay apart ("Sam" is
        no "Samantha"), and so do surnames seen with a title ("Mr. Ford" is no "Fordyce")."""
        forms = self.forms
        by_start: dict[str, list] = defaultdict(list)
        for f in forms:
            if not f[0] and len(f[1][0]) >= CLIPPED_MIN + 2:
                by_start[f[1][0][:CLIPPED_MIN]].append(f)
        titled = {f[1][0] for f in forms if f[0] and len(f[1]) == 1}
        for f in list(forms):
            title, toks = f
            word = toks[0]
            if title or len(toks) != 1 or not CLIPPED_MIN <= len(word) <= CLIPPED_MAX:
                continue
            if word in self.first_names or word in self.formal_of or word in titled:
                continue
            longer = {self.find(g) for g in by_start.get(word[:CLIPPED_MIN], ()) if g[1][0].startswith(word)}
            longer.discard(self.find(f))
            if len(longer) == 1:
                self.union(f, longer.pop())

    def _merge_misspellings(self) -> None:
        """A name seen once or twice that is one slip of the keyboard from a main character's
        ("Mr. Browlow" beside "Mr. Brownlow", "Hermoine" beside "Hermione") is that character.

        The slip keeps the first letter and a word of five letters or more, so "Ellen" and "Helen"
        or "Mary" and "Mark" stay apart."""
        forms = self.forms
        weights: Counter = Counter()
        for f, n in forms.items():
            weights[self.find(f)] += n
        index: dict[tuple, set] = defaultdict(set)
        for f in forms:
            root = self.find(f)
            if weights[root] < MISSPELLING_MAIN_MIN:
                continue
            for key in _slip_keys(f):
                index[key].add(f)
        if not index:
            return
        for f in list(forms):
            root = self.find(f)
            if weights[root] > MISSPELLING_MAX:
                continue
            near = {self.find(g) for key in _slip_keys(f) for g in index.get(key, ()) if _one_slip(f, g)}
            near.discard(root)
            if len(near) == 1:
                self.union(f, near.pop())

    def _main_family_holder(self, cands: list, by_last: dict, single_titled_last: dict) -> tuple:
        """(root, True) when one candidate's family dwarfs the others' in the text, else (None, False).

        "Charles" beside "Charles Hayter" (named in full 33 times, to tell him apart) and "Charles
        Musgrove" (9 times) is the Musgrove: the story is about that family, and the man it calls
        by his first name is the one in it."""
        forms = self.forms
        # "Charles Smith", named once in passing, is no rival.
        cands = [c for c in cands if forms[c] > 1] or cands
        family: Counter = Counter()
        for c in cands:
            last = c[1][-1]
            members = by_last.get(last, []) + single_titled_last.get(last, [])
            family[self.find(c)] = max(
                family[self.find(c)], forms.get(("", (last,)), 0) + sum(forms[g] for g in members)
            )
        ranked = family.most_common(2) + [(None, 0)]
        (main, top), (_, second) = ranked[:2]
        return (main, True) if top >= FAMILY_DOMINANCE * max(second, 1) else (None, False)

    def _full_name_vouches(self, full, first_count: int, single_titled_last: dict, by_last: dict) -> bool:
        """Whether a rarely seen full name is evidence enough to take a bare first name.

        "Mary" (37 times) is not the "Mary King" named twice in a family seen seven times; and a
        full name seen once whose parts each stand alone ten times or more lists two people
        ("Potapitch and Martha Potapitch in his frockcoat", a misprint for "Martha. Potapitch")."""
        forms = self.forms
        if forms[full] >= 3:
            return True
        last = full[1][-1]
        bare_last = forms.get(("", (last,)), 0)
        if forms[full] == 1 and bare_last >= 10 and first_count >= 10:
            return False
        family = bare_last + sum(forms[g] for g in by_last.get(last, []) + single_titled_last.get(last, []))
        if family == forms[full]:
            # The only bearer of the surname: "Hermione Granger" once, then "Hermione" throughout.
            return True
        return 3 * family >= first_count

    def _merge_titled_surnames(self, single_titled_last: dict, by_last: dict, by_first: dict) -> None:
        """One person per surname where the family leaves no doubt.

        "Miss Quested" joins "Adela Quested", the one woman of that surname named in full. A bare
        "Aziz" or "Fielding" joins the family's main person ("Dr. Aziz", "Mr. Fielding") when everyone
        else of that surname is rare next to them; it names a woman only in a family without men.
        "Bennet" stays apart beside a common "Mr. Bennet", "Mrs. Bennet" and "Miss Bennet", and a
        "Mr." never joins a "Mrs." (titles of two genders are never merged here)."""
        forms = self.forms
        # "Miss Quested" is "Adela Quested" when she is the one woman of that surname named in full;
        # "Miss Bennet" stays apart when "Jane Bennet" and "Elizabeth Bennet" are both named, and "Miss
        # Steele" beside "the Miss Steeles" when only "Lucy Steele" is.
        for last, titled in single_titled_last.items():
            if ("miss", (last,)) not in titled or last in self.sisters:
                continue
            women = set()
            for c in by_last.get(last, []):
                title = c[0]
                if title and title != "miss":
                    continue  # "Mrs. Adela Quested" or "Mr. Ralph Quested" is not a Miss
                first_gender = self._gender_of_first(c[1][0])
                if first_gender == MALE:
                    continue
                # A first name of unknown gender may be a second woman of the family.
                women.add(self.find(c) if first_gender == FEMALE or title == "miss" else None)
            if len(women) == 1 and None not in women:
                (root,) = women
                if not any(t in ("mrs", "mme", "madame") for t, _ in self._members(root)):
                    self.union(("miss", (last,)), root)
        members: dict = defaultdict(list)
        weights: Counter = Counter()
        for f, n in forms.items():
            root = self.find(f)
            members[root].append(f)
            weights[root] += n

        def gender(root) -> str | None:
            found = {title_gender(t) for t, _ in members[root] if t and t != "the"}
            found |= {self._gender_of_first(toks[0]) for t, toks in members[root] if len(toks) >= 2 and not t}
            found.discard(None)
            return found.pop() if len(found) == 1 else None

        for f in list(forms):
            title, toks = f
            if title or len(toks) != 1 or by_first.get(toks[0]) or self.find(f) != f:
                continue
            if forms[f] < BARE_SURNAME_MIN:
                continue
            last = toks[0]
            family = {self.find(c) for c in single_titled_last.get(last, []) + by_last.get(last, [])}
            family.discard(f)
            if not family:
                continue
            # A bare surname names a man when the family has one ("Denham" is Ralph, not Mrs. Denham).
            not_women = [r for r in family if gender(r) != FEMALE]
            main = max(not_women or family, key=lambda r: (weights[r], str(r)))
            others = family - {main}
            # "Turton" is Mr. Turton beside a Mrs. Turton: of a couple, the man takes the bare surname,
            # unless he is a passing figure beside her ("aunt Norris" is not the late Mr. Norris).
            couple = (
                len(others) == 1
                and gender(main) == MALE
                and all(gender(r) == FEMALE for r in others)
                and weights[main] >= SOLE_MAN_SHARE * sum(weights[r] for r in others)
            )
            if not couple and sum(weights[r] for r in others) > FAMILY_NOISE * (forms[f] + sum(weights[r] for r in family)):
                continue
            self.union(f, main)

    def _merge_title_epithets(self) -> None:
        """"the Major" is Major Callendar when nearly every major the text names is him
        ("Major Roberts", named four times, is someone else in passing)."""
        forms = self.forms
        titled: dict[str, Counter] = defaultdict(Counter)
        for f, n in forms.items():
            if f[0] and f[0] != "the":
                titled[lx.SHORT_TITLE.get(f[0], f[0])][self.find(f)] += n
        for f in list(forms):
            title, toks = f
            if title != "the" or len(toks) != 1:
                continue
            word = toks[0].lower()
            by_root = titled.get(lx.SHORT_TITLE.get(word, word)) if word in lx.TITLE_EPITHETS else None
            if not by_root:
                continue
            main, n = by_root.most_common(1)[0]
            if n >= TITLE_HOLDER_DOMINANCE * sum(by_root.values()):
                self.union(f, main)

    def _members(self, root) -> list:
        """The forms of one cluster (a scan over all forms: for the few titled surnames only)."""
        return [f for f in self.forms if self.find(f) == root]

    def groups(self) -> dict:
        out: dict = defaultdict(list)
        for f in self.forms:
            out[self.find(f)].append(f)
        return out


def _slip_keys(form) -> list[tuple]:
    """Keys two forms share when one word of the same place differs by at most one letter: the
    form with that word's letters deleted one at a time (a symmetric-delete index)."""
    title, toks = form
    keys = []
    for k, word in enumerate(toks):
        if len(word) < MISSPELLING_MIN_LENGTH - 1:
            continue
        for j in range(len(word) + 1):
            keys.append((title, toks[:k], toks[k + 1 :], k, word[0], word[:j] + word[j + 1 :]))
    return keys


def _one_slip(a, b) -> bool:
    """Whether two forms differ by one letter added, dropped, changed or swapped in one word of five or more."""
    if a[0] != b[0] or len(a[1]) != len(b[1]) or a == b:
        return False
    diff = [(x, y) for x, y in zip(a[1], b[1]) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if x[0] != y[0] or max(len(x), len(y)) < MISSPELLING_MIN_LENGTH or abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        mismatch = [k for k in range(len(x)) if x[k] != y[k]]
        return len(mismatch) == 1 or (
            len(mismatch) == 2 and mismatch[1] == mismatch[0] + 1
            and x[mismatch[0]] == y[mismatch[1]] and x[mismatch[1]] == y[mismatch[0]]
        )
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def display_name(forms: list, counts: Counter) -> str:
    """The fullest proper name: most words (titles aside), then most frequent."""
    best = max(forms, key=lambda f: (len(f[1]) + (0.5 if f[0] else 0), counts[f]))
    return best
