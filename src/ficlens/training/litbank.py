"""The LitBank corpus as the trainers and `ficlens eval litbank` read it: the text rebuilt from each
file's tokens (joined by single spaces, one sentence per line, offsets tracked), its gold PER spans
and pronoun chains, and the counts that score the characters stage against them (definitions in
``ficlens.eval.litbank``)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from ..model import PERSON_PHRASE_KINDS

PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
NOT_NAMES = PRONOUNS | {
    "i", "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "they", "them", "their", "it",
}
PROPER_RE = re.compile(r"^(?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*)*$")


def _rebuild(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Text with tokens joined by spaces and sentences by newlines, and each token's offsets."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    for sent in sentences:
        row = []
        for k, tok in enumerate(sent):
            if k:
                parts.append(" ")
                pos += 1
            row.append((pos, pos + len(tok)))
            parts.append(tok)
            pos += len(tok)
        parts.append("\n")
        pos += 1
        offsets.append(row)
    return "".join(parts), offsets


def read_entities(path: Path) -> tuple[str, set[tuple[int, int]]]:
    """(text, gold PER spans as character offsets) of one entities/tsv file."""
    sentences: list[list[str]] = []
    labels: list[list[list[str]]] = []
    cur_t: list[str] = []
    cur_l: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur_t:
                sentences.append(cur_t)
                labels.append(cur_l)
            cur_t, cur_l = [], []
            continue
        cols = line.split("\t")
        cur_t.append(cols[0])
        cur_l.append(cols[1:])
    if cur_t:
        sentences.append(cur_t)
        labels.append(cur_l)
    text, offsets = _rebuild(sentences)
    gold: set[tuple[int, int]] = set()
    for sent_labels, sent_off in zip(labels, offsets):
        layers = max((len(x) for x in sent_labels), default=0)
        for layer in range(layers):
            start = None
            for i, row in enumerate(sent_labels + [["O"] * layers]):
                tag = row[layer] if layer < len(row) else "O"
                if start is not None and tag != "I-PER":
                    gold.add((sent_off[start][0], sent_off[i - 1][1]))
                    start = None
                if tag == "B-PER":
                    start = i
    return text, gold


def read_conll(path: Path) -> tuple[list[list[str]], list[list[str]]]:
    """(tokens, coreference column) of each sentence of one coref/conll file."""
    sentences: list[list[str]] = []
    corefs: list[list[str]] = []
    cur_t: list[str] = []
    cur_c: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur_t:
                sentences.append(cur_t)
                corefs.append(cur_c)
            cur_t, cur_c = [], []
            continue
        cols = line.split("\t")
        cur_t.append(cols[3])
        cur_c.append(cols[-1].strip() if len(cols) > 4 else "")
    if cur_t:
        sentences.append(cur_t)
        corefs.append(cur_c)
    return sentences, corefs


def coref_chains(
    sentences: list[list[str]], corefs: list[list[str]], offsets: list[list[tuple[int, int]]]
) -> tuple[list[tuple[int, int, str]], dict[str, list[tuple[int, int]]]]:
    """(pronoun tokens as (start, end, chain id), chain id -> mention spans), at the tokens' offsets."""
    chains: dict[str, list[tuple[int, int]]] = defaultdict(list)
    pronouns: list[tuple[int, int, str]] = []
    for sent, sent_c, sent_off in zip(sentences, corefs, offsets):
        open_: dict[str, list[int]] = defaultdict(list)
        for i, field in enumerate(sent_c):
            if not field or field in ("_", "-"):
                continue
            for part in field.split("|"):
                m = re.fullmatch(r"\(?(\d+)\)?", part)
                if not m:
                    continue
                cid = m.group(1)
                if part.startswith("(") and part.endswith(")"):
                    chains[cid].append((sent_off[i][0], sent_off[i][1]))
                    if sent[i].lower() in PRONOUNS:
                        pronouns.append((sent_off[i][0], sent_off[i][1], cid))
                elif part.startswith("("):
                    open_[cid].append(i)
                elif part.endswith(")") and open_[cid]:
                    j = open_[cid].pop()
                    chains[cid].append((sent_off[j][0], sent_off[i][1]))
    return pronouns, chains


def read_coref(path: Path) -> tuple[str, list[tuple[int, int, str]], dict[str, list[tuple[int, int]]]]:
    """(text, pronoun tokens as (start, end, chain id), chain id -> mention spans) of one coref/conll file."""
    sentences, corefs = read_conll(path)
    text, offsets = _rebuild(sentences)
    pronouns, chains = coref_chains(sentences, corefs, offsets)
    return text, pronouns, chains


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_entities(text: str, gold: set[tuple[int, int]], work) -> dict:
    pred = {(m.start, m.end) for m in work.mentions if m.kind in PERSON_PHRASE_KINDS}
    proper_gold = {s for s in gold if PROPER_RE.match(text[s[0] : s[1]])}
    proper_pred = {s for s in pred if PROPER_RE.match(text[s[0] : s[1]])}
    return {
        "tp": len(pred & gold),
        "pred": len(pred),
        "gold": len(gold),
        "proper_tp": len(proper_pred & proper_gold),
        "proper_pred": len(proper_pred),
        "proper_gold": len(proper_gold),
    }


def score_pronouns(text: str, pronouns, chains, work) -> dict:
    resolved = {m.start: m.character for m in work.mentions if m.kind == "pronoun"}
    names_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in work.mentions:
        if m.kind in ("name", "nickname", "vocative") and m.character:
            names_of[m.character].append((m.start, m.end))
    total = correct = 0
    for start, _end, cid in pronouns:
        chain = chains[cid]
        if not any(PROPER_RE.match(text[a:b]) and text[a:b].lower() not in NOT_NAMES for a, b in chain):
            continue
        total += 1
        char = resolved.get(start)
        if char and any(a <= s and e <= b for s, e in names_of[char] for a, b in chain):
            correct += 1
    return {"pronouns": total, "pronouns_correct": correct}


