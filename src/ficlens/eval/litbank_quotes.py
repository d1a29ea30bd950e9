"""LitBank quotations: who speaks each of the quotes of LitBank's 96 annotated excerpts.

Out-of-domain validation for the dialogue stage: no rule, word list or weight of the stage has been
fitted to these speakers. (The characters stage's mention tagger and pronoun ranker were fitted on
LitBank's entity and coreference layers of the same excerpts, not on its quotations.)

The text: LitBank gives each excerpt as tokens, one sentence per line, without paragraphs. It is
rebuilt as prose (`layout`): no space before closing punctuation and clitics ("n't", "'s"), none
inside curly quotation marks or inside a pair of straight ones; a sentence that opens with a
quotation mark or a dash starts a new paragraph (novels give each new speech its own paragraph),
every other sentence goes on the paragraph before. Token offsets are kept, so the gold spans and the
coreference layer (``coref/conll``, the same tokens) index the rebuilt text.

Definitions, per gold quote (``quotations/tsv/*.ann``, its span without its opening and closing
marks):
- *detected*: the stage's quote parts cover at least half of its characters (as for PDNC).
- the gold speaker's *chain*: the coreference chain with a mention whose words (letters and digits,
  lower-cased) are the speaker label's ("Mr__Bennet-6" is "mr bennet") or, for a label that is a
  name, with all its words among its mentions' ("Miss Bartlett", "Charlotte"); the chain numbered as
  the label's suffix first, else the one with most mentions; for a label no chain spells out, the
  chain its suffix numbers, shifted as the spelled-out labels of the excerpt show the numbering is
  (two at least, two in three agreeing); else none.
- *named*: the speaker's chain holds a proper-name mention, one whose every word is capitalised,
  other than a pronoun ("Jack Durbeyfield", "Mr. Bennet", "Lizzy"; "the Rabbit" is not); a speaker
  without a chain is named when its label is such a name and not "Narrator".
- *right*: the predicted character has a name, nickname, vocative or epithet mention inside a mention
  of the chain; or one of its names or aliases has the words of a mention of the chain that no other
  chain has (pronouns aside), or of the label; or it is the first-person narrator and the chain holds
  a first-person pronoun outside every gold quote. For a speaker without a chain: a name or alias
  whose words, titles aside, are some of the label's ("Mr. Durbeyfield" for "Jack_Durbeyfield").
Figures: quote recall; speaker accuracy over detected quotes, over all and over those whose speaker
is named (the README's headline).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ReadError
from ..lexicon import TITLES
from ..model import Work
from ..training.litbank import NOT_NAMES, PROPER_RE, coref_chains, read_conll

MARK_TOKENS = frozenset({'"', "“", "”", "‘", "’", "'", "—", "–", "--", "«", "»", "``", "''"})
OPENING_TOKENS = frozenset({"“", "‘", "«", "—", "–", "--", "``"})
NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "”", "’", "»", "n't", "n’t", "''", "..."})
NO_SPACE_AFTER = frozenset({"(", "[", "{", "“", "‘", "«", "``"})
CLITIC_RE = re.compile(r"^['’](?:s|re|ll|ve|d|m)$", re.IGNORECASE)
WORD_RE = re.compile(r"[a-z0-9]+")
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})
SPEAKER_MENTIONS = ("name", "nickname", "vocative", "epithet")
TITLE_WORDS = frozenset(t.lower() for t in TITLES) | {"the"}


@dataclass
class GoldQuote:
    start: int
    end: int
    speaker: str  # LitBank's label, e.g. "Mr_Bennet-6"
    chain: str | None  # its coreference chain, if a mention spells the label out
    named: bool


@dataclass
class Excerpt:
    name: str
    text: str
    quotes: list[GoldQuote] = field(default_factory=list)
    chains: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


def layout(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """The tokens as prose, and each token's (start, end) offsets (see the module's docstring)."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    straight = 0  # straight double quotation marks met in the current paragraph
    for k, sent in enumerate(sentences):
        if k:
            sep = "\n\n" if sent and (sent[0] in OPENING_TOKENS or sent[0] == '"') else " "
            if sep != " ":
                straight = 0
            parts.append(sep)
            pos += len(sep)
        row = []
        glue_next = True
        for tok in sent:
            closing_straight = tok == '"' and straight % 2 == 1
            glue = glue_next or tok in NO_SPACE_BEFORE or CLITIC_RE.match(tok) or closing_straight
            if not glue:
                parts.append(" ")
                pos += 1
            row.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
            if tok == '"':
                straight += 1
            glue_next = tok in NO_SPACE_AFTER or (tok == '"' and not closing_straight)
        offsets.append(row)
    return "".join(parts) + "\n", offsets


def words(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(text.lower()))


def read_excerpt(ann: Path, conll: Path) -> Excerpt:
    """One excerpt's rebuilt text, gold quotes and coreference chains."""
    sentences, corefs = read_conll(conll)
    text, offsets = layout(sentences)
    _, chains = coref_chains(sentences, corefs, offsets)
    excerpt = Excerpt(ann.name.removesuffix(".ann"), text, chains=dict(chains))
    spans: dict[str, tuple[int, int]] = {}
    speakers: dict[str, str] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if cols[0] == "QUOTE":
            s1, t1, s2, t2 = map(int, cols[2:6])
            tokens = [(s, t) for s in range(s1, s2 + 1) for t in range(len(sentences[s]))
                      if (s, t) >= (s1, t1) and (s, t) <= (s2, t2)]
            inner = [(s, t) for s, t in tokens if sentences[s][t] not in MARK_TOKENS] or tokens
            first, last = inner[0], inner[-1]
            spans[cols[1]] = (offsets[first[0]][first[1]][0], offsets[last[0]][last[1]][1])
        elif cols[0] == "ATTRIB":
            speakers[cols[1]] = cols[2].strip()
    by_words = _chains_by_words(text, excerpt.chains)
    labels = set(speakers.values())
    link = {label: _chain_spelling(label, by_words, excerpt.chains, text) for label in labels}
    shift = _numbering_shift(link)
    for label, chain in link.items():
        number = label.rpartition("-")[2]
        if chain is None and shift is not None and number.isdigit() and str(int(number) + shift) in excerpt.chains:
            link[label] = str(int(number) + shift)
    for qid, (start, end) in sorted(spans.items(), key=lambda kv: kv[1]):
        label = speakers.get(qid, "")
        chain = link.get(label)
        named = _has_proper_name(text, excerpt.chains[chain]) if chain else _is_label_name(label)
        excerpt.quotes.append(GoldQuote(start, end, label, chain, named))
    return excerpt


def _chains_by_words(text: str, chains: dict[str, list[tuple[int, int]]]) -> dict[tuple, set[str]]:
    out: dict[tuple, set[str]] = defaultdict(set)
    for cid, spans in chains.items():
        for a, b in spans:
            out[words(text[a:b])].add(cid)
    return out


def _chain_spelling(label: str, by_words: dict[tuple, set[str]], chains: dict, text: str) -> str | None:
    """The chain that spells the label out: with a mention of the label's words or, for a name, with
    all its words among its mentions' ("Charlotte Bartlett": "Miss Bartlett", "Charlotte"); the one
    the label's number names first, else the one with most mentions."""
    name, _, number = label.rpartition("-")
    found = by_words.get(words(name), set())
    if not found and _is_proper(name.replace("_", " ")):
        wanted = set(words(name))
        found = {cid for cid, spans in chains.items() if wanted <= {w for a, b in spans for w in words(text[a:b])}}
    if number in found:
        return number
    return max(found, key=lambda cid: (len(chains[cid]), cid), default=None)


def _numbering_shift(link: dict[str, str | None]) -> int | None:
    """How the coreference layer's chain numbers differ from the labels' suffixes in this excerpt
    (some files number them one apart), when at least two spelled-out labels agree on it."""
    shifts = [int(chain) - int(label.rpartition("-")[2]) for label, chain in link.items()
              if chain is not None and label.rpartition("-")[2].isdigit()]
    if len(shifts) < 2:
        return None
    best = max(set(shifts), key=shifts.count)
    return best if shifts.count(best) * 3 >= 2 * len(shifts) else None


def _is_label_name(label: str) -> bool:
    """A label no chain spells out is a name when it reads like one ("Narrator" is not)."""
    surface = label.rpartition("-")[0].replace("_", " ")
    return _is_proper(surface) and "narrator" not in words(surface)


def _is_proper(surface: str) -> bool:
    surface = " ".join(surface.split())
    return bool(PROPER_RE.match(surface)) and surface.lower() not in NOT_NAMES


def _has_proper_name(text: str, spans: list[tuple[int, int]]) -> bool:
    return any(_is_proper(text[a:b]) for a, b in spans)


def score(excerpt: Excerpt, work: Work) -> dict:
    """Counts for one excerpt (summed over excerpts by `summarize`)."""
    text = excerpt.text
    parts = sorted((p.start, p.end, qi) for qi, q in enumerate(work.quotes) for p in q.parts)
    by_words = _chains_by_words(text, excerpt.chains)
    in_gold_quote = sorted((q.start, q.end) for q in excerpt.quotes)
    counts = dict.fromkeys(("gold", "found", "speaker_ok", "named_gold", "named_found", "named_ok", "no_chain"), 0)
    for g in excerpt.quotes:
        counts["gold"] += 1
        counts["named_gold"] += g.named
        counts["no_chain"] += g.chain is None
        cover: dict[int, int] = defaultdict(int)
        for a, b, qi in parts:
            if a < g.end and b > g.start:
                cover[qi] += min(b, g.end) - max(a, g.start)
        if sum(cover.values()) * 2 < g.end - g.start:
            continue
        quote = work.quotes[max(cover, key=cover.get)]
        ok = _right(quote.speaker, g, excerpt, work, by_words, in_gold_quote)
        counts["found"] += 1
        counts["speaker_ok"] += ok
        counts["named_found"] += g.named
        counts["named_ok"] += ok and g.named
    return counts


def _right(speaker: str | None, gold: GoldQuote, excerpt: Excerpt, work: Work, by_words, in_gold_quote) -> bool:
    character = work.character(speaker)
    if character is None:
        return False
    text = excerpt.text
    forms = {words(f) for f in (character.name, *character.aliases)}
    label = words(gold.speaker.rpartition("-")[0])
    if label in forms:
        return True
    if gold.chain is None:  # "Durbeyfield" or "Mr. Durbeyfield" for "Jack_Durbeyfield"
        return any(0 < len(untitled := [w for w in f if w not in TITLE_WORDS]) and set(untitled) <= set(label)
                   for f in forms)
    spans = excerpt.chains[gold.chain]
    own = {words(text[a:b]) for a, b in spans if text[a:b].lower() not in NOT_NAMES}
    if any(by_words.get(f) == {gold.chain} for f in forms & own):
        return True
    if any(
        m.character == speaker and m.kind in SPEAKER_MENTIONS and any(a <= m.start and m.end <= b for a, b in spans)
        for m in work.mentions
    ):
        return True
    return character.narrator and any(
        text[a:b].lower() in FIRST_PERSON and not any(s <= a < e for s, e in in_gold_quote) for a, b in spans
    )


def _ratio(a: float, b: float) -> float:
    return round(a / b, 4) if b else 0.0


def summarize(all_counts: list[dict]) -> dict:
    total: dict[str, int] = defaultdict(int)
    for c in all_counts:
        for k, v in c.items():
            total[k] += v
    return {
        "quotes": total["gold"],
        "quote_recall": _ratio(total["found"], total["gold"]),
        "speaker_accuracy": _ratio(total["speaker_ok"], total["found"]),
        "named_speaker_quotes": total["named_gold"],
        "speaker_accuracy_named": _ratio(total["named_ok"], total["named_found"]),
        "speakers_without_chain": total["no_chain"],
    }


def excerpts(root: Path) -> list[tuple[Path, Path]]:
    """(quotations .ann, coref .conll) of every excerpt under a LitBank folder, sorted."""
    quote_dir = Path(root) / "quotations" / "tsv"
    coref_dir = Path(root) / "coref" / "conll"
    if not quote_dir.is_dir() or not coref_dir.is_dir():
        raise ReadError(str(root), "no quotations/tsv and coref/conll folders: not a LitBank checkout", "litbank")
    return [(ann, coref_dir / f"{ann.stem}.conll") for ann in sorted(quote_dir.glob("*.ann"))
            if (coref_dir / f"{ann.stem}.conll").is_file()]


def evaluate(root: Path, progress: bool = True) -> dict:
    """Score the dialogue stage (with the stages before it) on every excerpt: {'overall', 'files'}."""
    from rich.progress import Progress

    from ..pipeline import Pipeline
    from ..readers import read_text

    pipeline = Pipeline(["dialogue"])
    files: dict[str, dict] = {}
    pairs = excerpts(root)
    with Progress(disable=not progress, transient=True) as bar:
        task = bar.add_task("attributing LitBank quotations", total=len(pairs))
        for ann, conll in pairs:
            excerpt = read_excerpt(ann, conll)
            files[excerpt.name] = score(excerpt, pipeline.run(read_text(excerpt.text)))
            bar.advance(task)
    return {"overall": summarize(list(files.values())), "files": files}
