"""The document model: what the parse stage produces and every later stage reads.

Text that came from a seed is kept as *runs*: a tuple of plain strings (inline Markdown as the
seed wrote it) and `Ref` markers, so later stages can annotate words without ever touching a
footnote marker.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from .types import DocId


@dataclass(frozen=True)
class Ref:
    """A footnote reference found in the text: label "1".."99" or "*"."""

    label: str
    line: int


Run = Union[str, Ref]
Runs = tuple[Run, ...]


def plain(runs: Runs) -> str:
    """The runs' text with footnote markers left out."""
    return "".join(r for r in runs if isinstance(r, str))


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = top-level section of the document (rendered as h2)
    number: str | None  # "3.1" for "3.1. Russia"
    title: str  # "Russia"
    text: str  # the heading as printed: "3.1. Russia"
    line: int
    anchor: str  # id used in the page, e.g. "s-3-1-russia"


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, continuous over the body
    runs: Runs
    lines: tuple[int, ...]  # seed lines it was assembled from (more than one when rejoined)
    list_item: bool = False
    section: str = ""  # anchor of the heading it sits under


@dataclass(frozen=True)
class FootnoteDef:
    label: str
    runs: Runs
    line: int


@dataclass(frozen=True)
class SourceNote:
    """Paratext kept verbatim outside the argument: repeated title, page notes, back matter."""

    label: str
    text: str  # Markdown, as in the seed
    line: int


@dataclass(frozen=True)
class Dropped:
    """A line dropped as declared chrome."""

    text: str
    line: int
    why: str


@dataclass(frozen=True)
class DateInfo:
    value: str | None  # "2013-04-08", "2013-04", "2020" or None
    certainty: str  # stated | inferred | approximate | unknown
    note: str = ""


@dataclass(frozen=True)
class Author:
    name: str
    affiliation: str | None = None


@dataclass
class Header:
    title: str
    title_line: int
    authors: list[Author] = field(default_factory=list)
    byline: Runs | None = None  # "by Elizabeth Fuller*" as printed, with its marker
    keywords: list[str] = field(default_factory=list)
    date: DateInfo = DateInfo(None, "unknown", "")
    publisher: str | None = None
    series: str | None = None
    kind: str = "other"
    source_url: str | None = None
    source_note: str = ""
    rights: str = ""
    short_title: str = ""


Block = Union[Heading, Paragraph]


@dataclass
class Document:
    id: DocId
    seed: str  # path shown in messages, e.g. "seeds/fuller-2013.txt"
    header: Header
    body: list[Block]
    footnotes: dict[str, FootnoteDef]
    source_notes: list[SourceNote]
    dropped: list[Dropped]
    accounted: list[tuple[str, int, str]]  # (role, line, raw text) for every seed block kept

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.body if isinstance(b, Paragraph)]

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.body if isinstance(b, Heading)]
