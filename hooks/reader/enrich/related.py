"""Enrich stage: for each paragraph, the passages in *other* documents that discuss the same things.

The score of a candidate paragraph q for a paragraph p is

    score(p, q) = sum over features f shared by p and q of  idf(f) * (2 if f is in q's heading else 1)

where a feature is an actor or a glossary term mentioned in the paragraph, idf(f) = ln(N / df(f)),
N is the number of paragraphs in all documents and df(f) the number that mention f. Rare shared
things count for more than common ones (nearly every paragraph names Azerbaijan), and a paragraph
under a heading about f ("3.3. Turkey") is taken to be about f. Candidates scoring below
MIN_SCORE are dropped; the best LIMIT are kept.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..curated import Registry
from ..model import Document, Heading
from .matcher import Matcher
from .mentions import Index

LIMIT = 3
MIN_SCORE = 2.5


@dataclass(frozen=True)
class Related:
    doc: str
    para: int
    score: float
    shared: tuple[str, ...]  # feature keys, "actor:russia" / "term:csto"


def features(mentions, registry: Registry) -> set[str]:
    out = set()
    for m in mentions:
        if (a := registry.actor_of(m.target)):
            out.add(f"actor:{a}")
        if (t := registry.term_of(m.target)):
            out.add(f"term:{t}")
    return out


def heading_features(doc: Document, registry: Registry, matcher: Matcher) -> dict[str, set[str]]:
    """Features named in each section's heading, and in its parent headings."""
    out: dict[str, set[str]] = {}
    stack: list[tuple[int, set[str]]] = []
    for b in doc.body:
        if isinstance(b, Heading):
            mine = {f"actor:{a}" for m in matcher.find(b.title) if (a := registry.actor_of(m.key))}
            mine |= {f"term:{t}" for m in matcher.find(b.title) if (t := registry.term_of(m.key))}
            stack = [(lvl, f) for lvl, f in stack if lvl < b.level] + [(b.level, mine)]
            out[b.anchor] = set().union(*(f for _, f in stack))
    return out


def related_passages(docs: list[Document], index: Index, registry: Registry, matcher: Matcher) -> dict[tuple[str, int], list[Related]]:
    feats = {(d.id, p.number): features(index.by_para.get((d.id, p.number), []), registry) for d in docs for p in d.paragraphs}
    section = {(d.id, p.number): p.section for d in docs for p in d.paragraphs}
    heads = {d.id: heading_features(d, registry, matcher) for d in docs}
    df = Counter(f for fs in feats.values() for f in fs)
    n = len(feats)
    idf = {f: math.log(n / c) for f, c in df.items()}
    out: dict[tuple[str, int], list[Related]] = {}
    for key, fs in feats.items():
        scored = []
        for other, gs in feats.items():
            if other[0] == key[0] or not fs & gs:
                continue
            head = heads[other[0]].get(section[other], set())
            shared = sorted(fs & gs, key=lambda f: -idf[f])
            score = sum(idf[f] * (2 if f in head else 1) for f in shared)
            if score >= MIN_SCORE:
                scored.append(Related(other[0], other[1], round(score, 2), tuple(shared)))
        scored.sort(key=lambda r: (-r.score, r.doc, r.para))
        out[key] = scored[:LIMIT]
    return out
