"""Render stage: the annotator that turns a paragraph's text runs into Markdown with term and actor
links, following the rules a reader expects: a term is linked (with its popover) at its first
occurrence in each section; an actor at its first mention in each paragraph; an ambiguous name
that no rule resolves stays plain text."""
from __future__ import annotations

from ..curated import Registry
from ..enrich.anchoring import Anchor
from ..enrich.mentions import Index, Mention
from ..model import Document
from .document import page_uri
from .escape import inline
from .commentary import mark_close, mark_open
from .links import actor_link, term_link, term_popover


class DocumentAnnotator:
    """Callable as the render stage's Annotator for one document."""

    def __init__(self, doc: Document, index: Index, registry: Registry, anchors: list[Anchor] = ()):
        self.doc, self.reg, self.uri = doc, registry, page_uri(doc.id)
        self.section = {f"p-{p.number}": p.section for p in doc.paragraphs}
        self.mentions: dict[tuple[str, int], list[Mention]] = {}
        for p in doc.paragraphs:
            for m in index.by_para.get((doc.id, p.number), []):
                self.mentions.setdefault((f"p-{p.number}", m.run), []).append(m)
        self.terms_done: set[tuple[str, str]] = set()  # (section, term id)
        self.actors_done: set[tuple[str, str]] = set()  # (paragraph, actor id)
        self.terms_used: list[str] = []
        self.marks: dict[tuple[str, int], list[Anchor]] = {}
        for a in anchors:
            if a.doc == doc.id:
                self.marks.setdefault((f"p-{a.para}", a.run), []).append(a)

    def __call__(self, text: str, where: str, run: int) -> str:
        marks = self.marks.get((where, run), [])
        # a link may sit inside a commentary mark, never across its edge
        links = [m for m in self.mentions.get((where, run), [])
                 if not any(m.start < e < m.end for a in marks for e in (a.start, a.end))]
        events = sorted([(a.end, 0, "close", a) for a in marks] + [(a.start, 1, "open", a) for a in marks]
                        + [(m.start, 2, "link", m) for m in links], key=lambda e: (e[0], e[1]))
        out, pos = [], 0
        for at, _, kind, item in events:
            out.append(inline(text[pos:at]))
            pos = at
            if kind == "open":
                out.append(mark_open(item))
            elif kind == "close":
                out.append(mark_close(item, self.uri))
            else:
                out.append(self._link(item, where))
                pos = item.end
        out.append(inline(text[pos:]))
        return "".join(out)

    def _link(self, m: Mention, where: str) -> str:
        shown = inline(m.text)
        term_id, actor_id = self.reg.term_of(m.target), self.reg.actor_of(m.target)
        section = self.section.get(where, "")
        if term_id and (section, term_id) not in self.terms_done:
            self.terms_done.add((section, term_id))
            if actor_id:
                self.actors_done.add((where, actor_id))
            if term_id not in self.terms_used:
                self.terms_used.append(term_id)
            return term_link(shown, self.reg.terms[term_id], self.uri, f"pop-{term_id}")
        if actor_id and (where, actor_id) not in self.actors_done:
            self.actors_done.add((where, actor_id))
            return actor_link(shown, self.reg.actors[actor_id], self.uri)
        return shown

    def popovers(self) -> str:
        """The hidden popovers of every term linked on the page (call after rendering)."""
        pops = [term_popover(self.reg.terms[t], self.reg, self.uri, f"pop-{t}") for t in self.terms_used]
        return "\n".join(pops)
