"""Enrich stage, curators' view: capitalised names and acronyms in the texts that neither the
glossary nor the actor register covers.

A candidate is a run of capitalised words (joined by "of", "the", "and", "for" or a hyphen) or an
acronym, in a body paragraph, not at the start of a sentence. It is covered when a glossary or
actor name matches any of its words, or when docs/data/coverage-ignore.yml lists it (with why).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Document, plain
from .matcher import Matcher

_WORD = r"[A-Z][\w’'.-]*[\w]|[A-Z]"
_CANDIDATE = re.compile(rf"(?:{_WORD})(?:(?:\s+(?:of(?:\s+the)?|for|de|al)\s+|\s+)(?:{_WORD}))*")
_SENTENCE_START = re.compile(r"(^|[.!?:;]\s+|[\"“(]\s*)$")
_POSSESSIVE = re.compile(r"[’']s$")
_JOINERS = {"of", "the", "for", "de", "al"}


@dataclass(frozen=True)
class Gap:
    name: str
    count: int
    where: tuple[str, ...]  # "doc ¶n", first few


def _tidy(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while words and words[0][2] in _JOINERS:
        words = words[1:]
    while words and words[-1][2] in _JOINERS:
        words = words[:-1]
    return words


def candidates(text: str, covered: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """Capitalised runs and acronyms, minus sentence-initial words and words a name already covers."""
    out = []
    for m in _CANDIDATE.finditer(text):
        words = [(w.start() + m.start(), w.end() + m.start(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
        if _SENTENCE_START.search(text[:m.start()]) and not words[0][2].isupper():
            words = words[1:]  # capitalised only because it starts a sentence (or a name already is)
        runs, current = [], []
        for w in words:
            if any(s < w[1] and w[0] < e for s, e in covered):
                runs.append(current)
                current = []
            else:
                current.append(w)
        runs.append(current)
        for run in map(_tidy, runs):
            if run:
                name = _POSSESSIVE.sub("", text[run[0][0]:run[-1][1]].rstrip("."))
                out.append((run[0][0], run[-1][1], name))
    return out


def uncovered(docs: list[Document], matcher: Matcher, ignore: set[str]) -> list[Gap]:
    counts: Counter = Counter()
    where: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        for p in d.paragraphs:
            text = plain(p.runs)
            spans = [(m.start, m.end) for m in matcher.find(text)]
            for a, b, name in candidates(text, spans):
                if name in ignore:
                    continue
                counts[name] += 1
                if len(where[name]) < 3:
                    where[name].append(f"{d.id} ¶{p.number}")
    return [Gap(n, c, tuple(where[n])) for n, c in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
