"""Footnote markers: Unicode superscript numbers and the author asterisk.

Pure functions on single lines of text; they know nothing of documents.
"""
from __future__ import annotations

import re

from ..model import Ref, Runs

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")
_SUP = f"[{SUPERSCRIPTS}]+"

# A superscript two or three after one of these is an exponent (km², m³), not a note.
UNITS = {"m", "km", "cm", "mm", "dm", "ft", "in", "yd", "mi", "sq", "nm", "µm"}

_DEF_NUMBER = re.compile(rf"^({_SUP})\s*(\S.*)$", re.S)
_DEF_STAR = re.compile(r"^\*\s+(\S.*)$", re.S)
_REF_NUMBER = re.compile(rf"(?<=\S)({_SUP})")
# *emphasis* spans, so their asterisks are never read as the author note marker
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(?:[^*\n]*?\S)?\*(?![\w*])")
_REF_STAR = re.compile(r"(?<=[\w.,;:)\"”’'])\*(?=$|[\s.,;:)])")


def superscript_label(sup: str) -> str:
    """'¹⁰' -> '10'."""
    return sup.translate(_TO_DIGIT)


def definition_start(text: str, star_notes: bool) -> tuple[str, str] | None:
    """(label, rest) when a block opens a footnote definition: '¹² Text' or, if the document has
    an asterisk reference, '* Text'."""
    m = _DEF_NUMBER.match(text)
    if m:
        return superscript_label(m.group(1)), m.group(2)
    if star_notes:
        m = _DEF_STAR.match(text)
        if m:
            return "*", m.group(1)
    return None


def _is_unit_exponent(text: str, start: int, sup: str) -> bool:
    if sup not in ("²", "³"):
        return False
    word = re.search(r"([A-Za-zµ]+)$", text[:start])
    return bool(word) and word.group(1) in UNITS


def star_positions(text: str) -> list[int]:
    """Offsets of asterisks that mark the author note (not emphasis, not list bullets)."""
    masked = _EMPHASIS.sub(lambda m: "\0" * len(m.group(0)), text)
    return [m.start() for m in _REF_STAR.finditer(masked)]


def has_star_ref(text: str) -> bool:
    """Does the line carry an author-note asterisk?"""
    return bool(star_positions(text))


def split_refs(text: str, line: int) -> Runs:
    """Cut a line into text runs and `Ref` markers."""
    cuts: list[tuple[int, int, str]] = []
    for m in _REF_NUMBER.finditer(text):
        if not _is_unit_exponent(text, m.start(), m.group(1)):
            cuts.append((m.start(), m.end(), superscript_label(m.group(1))))
    cuts += [(p, p + 1, "*") for p in star_positions(text)]
    runs: list[str | Ref] = []
    pos = 0
    for start, end, label in sorted(cuts):
        if start > pos:
            runs.append(text[pos:start])
        runs.append(Ref(label, line))
        pos = end
    if pos < len(text):
        runs.append(text[pos:])
    return tuple(runs)
