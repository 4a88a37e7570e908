"""Render stage: the pages that list documents (the home page)."""
from __future__ import annotations

from ..model import Document
from .document import date_text, front_matter, page_url
from .escape import attr


def document_list(docs: list[Document], base: str = "") -> str:
    """An HTML list of the documents with author, date and size; `base` prefixes the links."""
    items = []
    for d in docs:
        h = d.header
        authors = ", ".join(a.name for a in h.authors) or "Anonymous"
        kind = h.kind.replace("-", " ")
        items.append(
            f'<li class="rd-doclist__item"><a href="{base}{page_url(d.id)}"><strong>{attr(h.title)}</strong></a>'
            f'<span class="rd-doclist__meta">{attr(authors)} · {date_text(h)} · {attr(kind)} · '
            f'{len(d.paragraphs)} paragraphs, {len(d.footnotes)} notes</span></li>')
    return '<ul class="rd-doclist">\n' + "\n".join(items) + "\n</ul>\n"


def home_page(intro: str, docs: list[Document]) -> str:
    """The home page: the hand-written introduction followed by the list of documents."""
    return front_matter({"title": "Home", "render_macros": False}) + intro.rstrip() + "\n\n## The texts\n\n" + document_list(docs) + "\n"
