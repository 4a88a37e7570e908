"""Enrich stage: attach each commentary to the one place in its document that its quote names.

Matching tolerates differences of white space (including line breaks) and of typographic quotes
(‘’ for ', “” for "), nothing more. The quote (with its optional prefix and suffix) must occur
exactly once in the document's paragraphs, inside one text run (not across a footnote marker),
and agree with the paragraph number if one is given. Anything else fails with the commentary
file, the quote and the candidate paragraphs: no fuzzy guessing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..commentary import Commentary
from ..diagnostics import Diagnostic, ReaderError
from ..model import Document, plain

_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})


@dataclass(frozen=True)
class Anchor:
    commentary: Commentary
    doc: str
    para: int
    run: int  # text run inside the paragraph
    start: int  # offsets inside the run
    end: int
    before: str  # up to 32 characters of context, for the exported TextQuoteSelector
    after: str
    quote: str  # the anchored words as the document has them


def normalise(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each of its characters, the index of the original character."""
    out, where = [], []
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            ch = " "
        out.append(ch)
        where.append(i)
    return "".join(out), where


def _fold(text: str) -> str:
    return normalise(text)[0].strip()


def _find_all(hay: str, needle: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(needle), hay)] if needle else []


def anchor_one(c: Commentary, doc: Document) -> Anchor:
    exact, prefix, suffix = _fold(c.exact), _fold(c.prefix), _fold(c.suffix)
    hits = []  # (para, run, start, end)
    for p in doc.paragraphs:
        for r, run in enumerate(p.runs):
            if not isinstance(run, str):
                continue
            folded, where = normalise(run)
            for pos in _find_all(folded, exact):
                before, after = folded[:pos].rstrip(), folded[pos + len(exact):].lstrip()
                if prefix and not before.endswith(prefix):
                    continue
                if suffix and not after.startswith(suffix):
                    continue
                end = where[pos + len(exact) - 1] + 1
                hits.append((p, r, where[pos], end))
    quote = f"{c.exact!r}" + (f" (prefix {c.prefix!r})" if c.prefix else "") + (f" (suffix {c.suffix!r})" if c.suffix else "")
    if not hits:
        near = [p.number for p in doc.paragraphs if _fold(c.exact) in _fold(plain(p.runs))]
        hint = (f"; it does occur in ¶{', ¶'.join(map(str, near))} but runs across a footnote marker or misses the prefix/suffix"
                if near else "; copy it character for character from the text (white space and quote styles may differ, nothing else)")
        raise ReaderError([Diagnostic(c.file, c.anchor_line, "anchor-missing", f"quote {quote} is not in {doc.id}{hint}")])
    if len(hits) > 1:
        paras = ", ".join(f"¶{p.number}" for p, *_ in hits)
        raise ReaderError([Diagnostic(c.file, c.anchor_line, "anchor-ambiguous",
                                      f"quote {quote} occurs {len(hits)} times in {doc.id} ({paras}); "
                                      "add a prefix or suffix, or quote more words")])
    p, r, start, end = hits[0]
    if c.paragraph is not None and c.paragraph != p.number:
        raise ReaderError([Diagnostic(c.file, c.anchor_line, "anchor-paragraph",
                                      f"quote {quote} is in ¶{p.number} of {doc.id}, but the commentary says paragraph {c.paragraph}")])
    run = p.runs[r]
    text = plain(p.runs)
    offset = sum(len(x) for x in p.runs[:r] if isinstance(x, str))
    return Anchor(c, doc.id, p.number, r, start, end, text[max(0, offset + start - 32):offset + start],
                  text[offset + end:offset + end + 32], run[start:end])


def anchor_all(comments: list[Commentary], docs: list[Document]) -> list[Anchor]:
    """Anchor every commentary; all failures are reported together."""
    by_id = {d.id: d for d in docs}
    anchors, problems = [], []
    for c in comments:
        doc = by_id.get(c.document)
        if doc is None:
            problems.append(Diagnostic(c.file, c.anchor_line, "anchor-document",
                                       f"document {c.document!r} does not exist (documents: {', '.join(by_id)})"))
            continue
        try:
            anchors.append(anchor_one(c, doc))
        except ReaderError as e:
            problems += e.diagnostics
    overlaps = {}
    for a in anchors:
        for b in anchors:
            if a is not b and (a.doc, a.para, a.run) == (b.doc, b.para, b.run) and a.start < b.end and b.start < a.end:
                overlaps[frozenset((a.commentary.file, b.commentary.file))] = (a, b)
    for a, b in overlaps.values():
        problems.append(Diagnostic(b.commentary.file, b.commentary.anchor_line, "anchor-overlap",
                                   f"its quote overlaps the quote of {a.commentary.file} in ¶{a.para}; choose words that do not overlap"))
    if problems:
        raise ReaderError(problems)
    return anchors
