"""What a single block is, judged from its own text: heading, date line, keywords, byline, name.

Pure functions of one line; the document-level decisions live in `document.py`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

NAMED_SECTIONS = {
    "abstract", "summary", "executive summary", "introduction", "background", "conclusion",
    "conclusions", "references", "bibliography", "notes", "acknowledgements", "acknowledgments",
    "methodology", "epilogue", "postscript",
}
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$")
_TERMINAL = re.compile(r"[.!?…:;,]$")
_SENTENCE_END = re.compile(r"[.!?…:][\"”’')\]]*$")
_DATE_LINE = re.compile(r"^(Updated|Last updated|Published|Posted|Date|Last modified)\s*:\s*(\S.*)$", re.I)
_KEYWORDS = re.compile(r"^(Keywords?|Key words)\s*:\s*(\S.*)$", re.I)
_BYLINE = re.compile(r"^[Bb]y\s+(\S.*)$")
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MAX_HEADING_WORDS = 16
MAX_HEADING_CHARS = 140


@dataclass(frozen=True)
class HeadingShape:
    level: int
    number: str | None
    title: str


def numbered_heading(text: str) -> HeadingShape | None:
    """'3.1. Russia' -> level 2, number '3.1'; a numbered line that reads like a sentence is not one."""
    m = _NUMBERED.match(text)
    if not m or "\n" in text:
        return None
    number, title = m.group(1), m.group(2).strip()
    if len(text) > MAX_HEADING_CHARS or _TERMINAL.search(title) or not _starts_upper(title):
        return None
    return HeadingShape(number.count(".") + 1, number, title)


def named_section(text: str) -> HeadingShape | None:
    """'Abstract', 'Introduction', 'Conclusion' and their kin."""
    name = text.strip().rstrip(":").strip()
    if name.lower() in NAMED_SECTIONS:
        return HeadingShape(1, None, name)
    return None


def looks_like_heading(text: str) -> bool:
    """A short single line that starts with a capital and ends without punctuation."""
    if "\n" in text or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    return _starts_upper(text) and not _TERMINAL.search(text) and not text.endswith(("-", "–", "—"))


def ends_sentence(text: str) -> bool:
    """Does the text end where a paragraph can end (not mid-sentence, not on a dash or comma)?
    A trailing footnote marker counts as an ending: notes are cited at the end of sentences."""
    t = text.rstrip()
    if re.search(r"(?<=\S)([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*)$", t):
        return True
    return bool(_SENTENCE_END.search(t))


def starts_lower(text: str) -> bool:
    return bool(text) and text[0].islower()


def _starts_upper(text: str) -> bool:
    first = text.lstrip("\"'“‘(")[:1]
    return first.isupper() or first.isdigit()


def date_line(text: str) -> tuple[str, str] | None:
    """'Updated: 8 April 2013' -> ('Updated', '8 April 2013')."""
    m = _DATE_LINE.match(text)
    return (m.group(1), m.group(2).strip()) if m else None


def parse_date(text: str) -> str | None:
    """'8 April 2013' / 'April 8, 2013' / 'April 2013' / '2013-04-08' -> ISO date, year-month or None."""
    t = text.strip().rstrip(".").lower().replace(",", " ")
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", t)
    if m:
        return t
    words = t.split()
    nums = [w for w in words if w.isdigit()]
    months = [_MONTHS[w] for w in words if w in _MONTHS]
    years = [int(n) for n in nums if len(n) == 4]
    days = [int(n) for n in nums if len(n) <= 2]
    if len(years) != 1 or len(months) > 1:
        return None
    if not months:
        return f"{years[0]:04d}"
    if days:
        try:
            return date(years[0], months[0], days[0]).isoformat()
        except ValueError:
            return None
    return f"{years[0]:04d}-{months[0]:02d}"


def keywords(text: str) -> list[str] | None:
    """'Keywords: *A / B / C*' -> ['A', 'B', 'C'] (separators / ; , ·)."""
    m = _KEYWORDS.match(text)
    if not m:
        return None
    body = m.group(2).strip().strip("*_").strip()
    sep = next((s for s in ("/", ";", "·", ",") if s in body), None)
    parts = body.split(sep) if sep else [body]
    return [p.strip() for p in parts if p.strip()]


def byline(text: str) -> str | None:
    """'by Elizabeth Fuller*' -> 'Elizabeth Fuller*'."""
    m = _BYLINE.match(text)
    if m and "\n" not in text and len(m.group(1).split()) <= 12:
        return m.group(1)
    return None


def looks_like_name(text: str) -> bool:
    """'Farzad Ramezani Bonesh': two to five capitalised words, no digits or sentence punctuation."""
    words = text.split()
    particles = {"de", "van", "von", "der", "da", "di", "al", "el", "bin", "ibn", "la", "le", "and"}
    if not 2 <= len(words) <= 5 or len(text) > 60 or any(c.isdigit() for c in text) or _TERMINAL.search(text):
        return False
    return all(w[0].isupper() or w.lower() in particles for w in words)


def slug(text: str) -> str:
    """ASCII slug for anchors: '3.1. Russia' -> '3-1-russia'."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-") or "section"


def normalise(text: str) -> str:
    """Text compared for equality: typographic quotes folded, spaces collapsed, case ignored."""
    t = text.translate(str.maketrans("‘’“”", "''\"\"")).replace("\u00a0", " ")
    return " ".join(t.split()).casefold()
