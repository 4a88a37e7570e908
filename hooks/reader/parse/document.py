"""Parse stage: a decoded seed becomes a `Document`.

Order of decisions: declared chrome is dropped, declared back matter is set aside, the front
(title, authors, affiliation) is read, every other block is classified on its own text, and then
paragraphs that a page break split (with footnotes or page notes between the halves) are joined.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, ReaderError
from ..model import (Author, DateInfo, Document, Dropped, FootnoteDef, Header, Heading, Paragraph, Ref,
                     Runs, SourceNote)
from ..sources import Seed
from . import roles
from .markers import definition_start, has_star_ref, split_refs
from .text import RawBlock, blocks

PAGE_NOTE = "Note printed at the foot of a page"
REPEATED_TITLE = "Title as repeated in the text"
TITLE_AS_PRINTED = "Title as printed"
BACK_MATTER = "Publisher's back matter"
DATE_LINE = "Date line"
LIST_MARKERS = ("- ", "* ", "+ ", "• ")


@dataclass
class _Item:
    """A block after classification, before paragraphs are joined and numbered."""

    kind: str  # para | heading | def | note
    block: RawBlock
    text: str
    label: str = ""  # footnote label, or source-note label
    shape: roles.HeadingShape | None = None
    is_list: bool = False
    lines: list[int] = field(default_factory=list)


def _drop_chrome(seed: Seed, raw: list[RawBlock]) -> tuple[list[RawBlock], list[Dropped]]:
    kept, dropped = [], []
    for b in raw:
        lines = []
        for offset, line in enumerate(b.lines):
            rule = next((r for r in seed.chrome if r.matches(line)), None)
            if rule:
                dropped.append(Dropped(line, b.line + offset, rule.why))
            else:
                lines.append((b.line + offset, line))
        if lines:
            kept.append(RawBlock(lines[0][0], tuple(t for _, t in lines)))
    return kept, dropped


def _find_declared(seed: Seed, raw: list[RawBlock], prefix: str, key: str) -> int:
    norm = roles.normalise(prefix)
    for i, b in enumerate(raw):
        if roles.normalise(b.text).startswith(norm):
            return i
    raise ReaderError([Diagnostic(seed.meta_display or seed.display, None, "meta-unmatched",
                                  f"{key}: no block of {seed.display} starts with {prefix!r}")])


def _is_list(b: RawBlock) -> bool:
    return all(line.startswith(LIST_MARKERS) or line[:3].rstrip(".").isdigit() for line in b.lines) and b.first.startswith(LIST_MARKERS)


def _flat(b: RawBlock) -> str:
    """A block's lines as one paragraph's text (soft line breaks become spaces)."""
    return " ".join(b.lines)


class _Parser:
    def __init__(self, seed: Seed):
        self.seed = seed
        self.meta = seed.meta
        self.accounted: list[tuple[str, int, str]] = []
        self.notes: list[SourceNote] = []
        self.diags: list[Diagnostic] = []

    def account(self, role: str, b: RawBlock) -> None:
        self.accounted.append((role, b.line, b.text))

    def note(self, label: str, b: RawBlock) -> None:
        self.notes.append(SourceNote(label, b.text, b.line))
        self.account("source-note", b)

    # -- front: title, authors, affiliation -------------------------------------------------
    def front(self, raw: list[RawBlock]) -> tuple[Header, int]:
        title_block = raw[0]
        printed = _flat(title_block)
        title = self.meta.get("title") or printed
        self.account("header-title", title_block)
        if roles.normalise(title) != roles.normalise(printed):
            self.notes.append(SourceNote(TITLE_AS_PRINTED, printed, title_block.line))
        header = Header(title=title, title_line=title_block.line)
        declared = {roles.normalise(a["name"]): a for a in self.meta.get("authors", [])}
        i = 1
        while i < len(raw) and len(raw[i].lines) == 1:
            text = raw[i].first
            if roles.named_section(text) or roles.numbered_heading(text):
                break
            if not header.authors and (roles.normalise(text) in declared or roles.looks_like_name(text)):
                header.authors.append(Author(text))
                self.account("header-author", raw[i])
            elif header.authors and header.authors[-1].affiliation is None and roles.looks_like_heading(text):
                header.authors[-1] = Author(header.authors[-1].name, text)
                self.account("header-affiliation", raw[i])
            else:
                break
            i += 1
        return header, i

    # -- classification of one block ---------------------------------------------------------
    def classify(self, b: RawBlock, header: Header, star_notes: bool) -> _Item | None:
        text = b.text
        d = definition_start(text, star_notes)
        if d:
            return _Item("def", b, _flat(RawBlock(b.line, (d[1],) + b.lines[1:])), label=d[0])
        for p in self.meta.get("paratext", []):
            if roles.normalise(text).startswith(roles.normalise(p["starts_with"])):
                self.note(p["label"], b)
                return None
        if roles.normalise(_flat(b)) == roles.normalise(header.title) or (
                self.notes and roles.normalise(_flat(b)) == roles.normalise(self.notes[0].text)):
            self.note(REPEATED_TITLE, b)
            return None
        dl = roles.date_line(text)
        if dl:
            self.note(DATE_LINE, b)
            self._date_lines.append(dl)
            return None
        kw = roles.keywords(text)
        if kw is not None:
            header.keywords = kw
            self.account("header-keywords", b)
            self._keyword_line = text
            return None
        by = roles.byline(text)
        if by is not None and header.byline is None:
            header.byline = split_refs(text, b.line)
            self.account("header-byline", b)
            if not header.authors:
                header.authors.append(Author(by.rstrip("*").strip()))
            return None
        shape = roles.numbered_heading(text) or roles.named_section(text)
        if shape:
            return _Item("heading", b, text, shape=shape)
        return _Item("para", b, text if _is_list(b) else _flat(b), is_list=_is_list(b))

    # -- the whole seed ----------------------------------------------------------------------
    def parse(self) -> Document:
        seed = self.seed
        raw, dropped = _drop_chrome(seed, blocks(seed.text))
        if not raw:
            raise ReaderError([Diagnostic(seed.display, None, "seed-empty", "nothing is left once chrome is dropped")])
        back = self.meta.get("back_matter")
        if back:
            cut = _find_declared(seed, raw, back["starts_at"], "back_matter.starts_at")
            for b in raw[cut:]:
                self.note(back.get("label", BACK_MATTER), b)
            back_notes = self.notes[:]
            self.notes.clear()
            raw = raw[:cut]
        else:
            back_notes = []
        for p in self.meta.get("paratext", []):
            _find_declared(seed, raw, p["starts_with"], "paratext.starts_with")
        header, start = self.front(raw)
        self._date_lines: list[tuple[str, str]] = []
        self._keyword_line = ""
        star_notes = any(has_star_ref(line) for b in raw for line in b.lines if not line.startswith("* "))
        items = [it for b in raw[start:] if (it := self.classify(b, header, star_notes))]
        items = self._promote_short_headings(items)
        items = self._join_broken(items)
        body, footnotes = self._assemble(items)
        self._check_footnotes(header, body, footnotes)
        self._apply_meta(header)
        if self.diags:
            raise ReaderError(self.diags)
        notes = sorted(self.notes, key=lambda n: n.line) + back_notes
        return Document(seed.id, seed.display, header, body, footnotes, notes, dropped,
                        self.accounted)

    def _promote_short_headings(self, items: list[_Item]) -> list[_Item]:
        """A short unpunctuated line directly followed by a paragraph is an unnumbered heading."""
        for i, it in enumerate(items):
            nxt = items[i + 1] if i + 1 < len(items) else None
            if (it.kind == "para" and not it.is_list and roles.looks_like_heading(it.text)
                    and not has_star_ref(it.text) and split_refs(it.text, 0) == (it.text,)
                    and nxt is not None and nxt.kind == "para" and not roles.looks_like_heading(nxt.text)):
                it.kind, it.shape = "heading", roles.HeadingShape(1, None, it.text)
        return items

    def _join_broken(self, items: list[_Item]) -> list[_Item]:
        """Join a paragraph cut mid-sentence to its continuation. What stood between the halves was
        the foot of a page: footnote definitions stay footnotes, other blocks become page notes."""
        i = 0
        while i < len(items):
            it = items[i]
            it.lines = it.lines or [it.block.line]
            j = _continuation(items, i) if it.kind == "para" and not it.is_list else None
            if j is None:
                i += 1
                continue
            cont = items.pop(j)
            for x in items[i + 1:j]:
                if x.kind == "para":
                    x.kind, x.label = "note", PAGE_NOTE
            glue = "" if it.text.endswith("-") and not it.text.endswith(" -") else " "
            it.text = it.text + glue + cont.text
            it.lines.append(cont.block.line)
            self.accounted.append(("body-continuation", cont.block.line, cont.block.text))
            # stay on the same paragraph: the next page may cut it again
        return items

    def _assemble(self, items: list[_Item]) -> tuple[list, dict[str, FootnoteDef]]:
        body: list = []
        footnotes: dict[str, FootnoteDef] = {}
        anchors: set[str] = set()
        section = ""
        n = 0
        for it in items:
            b = it.block
            if it.kind == "def":
                if it.label in footnotes:
                    first = footnotes[it.label].line
                    self.diags.append(Diagnostic(self.seed.display, b.line, "footnote-duplicate",
                                                 f"footnote {_show(it.label)} is defined twice (first on line {first})"))
                    continue
                footnotes[it.label] = FootnoteDef(it.label, split_refs(it.text, b.line), b.line)
                self.account("footnote", b)
            elif it.kind == "note":
                self.note(it.label, b)
            elif it.kind == "heading":
                shape = it.shape
                anchor = roles.slug(it.text)
                anchor = anchor if anchor[0].isalpha() else f"s-{anchor}"
                while anchor in anchors or anchor.startswith("p-"):
                    anchor += "-x"
                anchors.add(anchor)
                section = anchor
                body.append(Heading(shape.level, shape.number, shape.title, it.text, b.line, anchor))
                self.account("body-heading", b)
            else:
                n += 1
                runs = split_refs(it.text, b.line)
                body.append(Paragraph(n, runs, tuple(it.lines), it.is_list, section))
                self.account("body", b)
        return body, footnotes

    def _check_footnotes(self, header: Header, body: list, footnotes: dict[str, FootnoteDef]) -> None:
        refs: list[Ref] = [r for r in (header.byline or ()) if isinstance(r, Ref)]
        for block in body:
            if isinstance(block, Paragraph):
                refs += [r for r in block.runs if isinstance(r, Ref)]
        for fn in footnotes.values():
            refs += [r for r in fn.runs if isinstance(r, Ref)]
        seen = {r.label for r in refs}
        for r in refs:
            if r.label not in footnotes:
                self.diags.append(Diagnostic(self.seed.display, r.line, "footnote-orphan",
                                             f"footnote {_show(r.label)} has no definition"))
        for fn in footnotes.values():
            if fn.label not in seen:
                self.diags.append(Diagnostic(self.seed.display, fn.line, "footnote-unreferenced",
                                             f"footnote {_show(fn.label)} is defined but never referenced"))

    def _apply_meta(self, header: Header) -> None:
        m = self.meta
        declared = {roles.normalise(a["name"]): a for a in m.get("authors", [])}
        if declared:
            by_name = {roles.normalise(a.name): a for a in header.authors}
            header.authors = [
                Author(by_name[k].name if k in by_name else a["name"],
                       a.get("affiliation") or (by_name[k].affiliation if k in by_name else None))
                for k, a in declared.items()]
        if "date" in m:
            d = m["date"]
            header.date = DateInfo(d.get("value"), d["certainty"], d.get("note", ""))
        elif self._date_lines:
            label, value = self._date_lines[-1]
            iso = roles.parse_date(value)
            header.date = DateInfo(iso, "stated" if iso else "unknown", f"{label}: {value}")
        header.publisher = m.get("publisher")
        header.series = m.get("series")
        header.kind = m.get("kind", "other")
        header.source_url = m.get("source_url")
        header.source_note = m.get("source_note", "")
        header.rights = m.get("rights", "")
        header.short_title = m.get("short_title", "")


MAX_PAGE_NOTES = 2  # unmarked blocks allowed at one page foot before we stop believing it is one


def _continuation(items: list[_Item], i: int) -> int | None:
    """Index of the block that continues paragraph i across a page foot, if there is one."""
    if roles.ends_sentence(items[i].text):
        return None
    defs = notes = 0
    for j in range(i + 1, len(items)):
        x = items[j]
        if x.kind == "para" and roles.starts_lower(x.text) and not x.is_list:
            return j if defs or not notes else None
        if x.kind == "def":
            defs += 1
        elif x.kind == "para" and not x.is_list and notes < MAX_PAGE_NOTES:
            notes += 1
        else:
            return None
    return None


def _show(label: str) -> str:
    return "*" if label == "*" else label.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def parse_seed(seed: Seed) -> Document:
    """Turn one loaded seed into a document model; raises ReaderError listing every problem."""
    return _Parser(seed).parse()


__all__ = ["parse_seed", "Runs"]
