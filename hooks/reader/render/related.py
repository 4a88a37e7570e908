"""Render stage: the "related passages" box under a paragraph."""
from __future__ import annotations

from ..curated import Registry
from ..enrich.related import Related
from ..model import Document, Paragraph, plain
from .document import page_uri
from .escape import inline
from .links import para_link


def _name(feature: str, reg: Registry) -> str:
    kind, key = feature.split(":", 1)
    return reg.actors[key].name if kind == "actor" else reg.terms[key].term


def related_box(doc: Document, p: Paragraph, related: list[Related], docs: dict[str, Document], reg: Registry) -> str:
    """A collapsed list of passages in other documents, each with why it was chosen."""
    if not related:
        return ""
    uri = page_uri(doc.id)
    items = []
    for r in related:
        other = docs[r.doc]
        target = next(q for q in other.paragraphs if q.number == r.para)
        words = plain(target.runs).split()
        gist = " ".join(words[:18]) + (" …" if len(words) > 18 else "")
        shared = ", ".join(_name(f, reg) for f in r.shared[:4])
        label = f"{inline(other.header.short_title or other.header.title)} ¶{r.para}"
        items.append(f"- {para_link(r.doc, r.para, uri, label)}: {inline(gist)} <span class=\"rd-why\">(shared: {inline(shared)})</span>")
    return "\n".join([f'<details class="rd-related" markdown>', f"<summary>Related passages ({len(related)})</summary>", "",
                      *items, "", "</details>"])
