"""Enrich stage: every glossary term and actor mentioned in the documents' paragraphs.

Takes parsed documents and the curated registry; returns an `Index` of mentions that the render
stage uses for links, counts, snippets and related passages. Only body paragraphs are searched:
headings keep their anchors clean, and notes cite titles rather than discuss actors.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..curated import Registry, Target
from ..model import Document, Paragraph
from .matcher import Matcher

_SENTENCE = re.compile(r"[.!?…][\"”’')]?(\s+)(?=[\"“‘(]?[A-Z0-9])")


@dataclass(frozen=True)
class Mention:
    doc: str
    para: int
    section: str
    target: Target
    run: int  # index of the text run in the paragraph
    start: int  # offsets inside that run
    end: int
    offset: int  # where the run starts in the paragraph's plain text
    text: str  # the words as the document has them


@dataclass
class Index:
    mentions: list[Mention] = field(default_factory=list)
    by_para: dict[tuple[str, int], list[Mention]] = field(default_factory=lambda: defaultdict(list))
    by_actor: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))
    by_term: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))
    unresolved: list[Mention] = field(default_factory=list)


def build_matcher(registry: Registry) -> Matcher[Target]:
    return Matcher(registry.aliases)


def paragraph_mentions(doc: Document, p: Paragraph, matcher: Matcher[Target]) -> list[Mention]:
    out, offset = [], 0
    for i, run in enumerate(p.runs):
        if isinstance(run, str):
            for m in matcher.find(run):
                out.append(Mention(doc.id, p.number, p.section, m.key, i, m.start, m.end, offset, run[m.start:m.end]))
            offset += len(run)
    return out


def index_mentions(docs: list[Document], registry: Registry, matcher: Matcher[Target] | None = None) -> Index:
    """Find every mention in every paragraph."""
    matcher = matcher or build_matcher(registry)
    index = Index()
    for doc in docs:
        for p in doc.paragraphs:
            for m in paragraph_mentions(doc, p, matcher):
                index.mentions.append(m)
                index.by_para[(doc.id, p.number)].append(m)
                actor, term = registry.actor_of(m.target), registry.term_of(m.target)
                if actor:
                    index.by_actor[actor].append(m)
                if term:
                    index.by_term[term].append(m)
                if not actor and not term:
                    index.unresolved.append(m)
    return index


def sentence_around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The sentence of `text` holding [start, end), with the offsets moved into it."""
    bounds = [0] + [m.end(1) for m in _SENTENCE.finditer(text)] + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        if a <= start < b:
            return text[a:b].rstrip(), start - a, end - a
    return text, start, end
