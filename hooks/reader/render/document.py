"""Render stage: a `Document` becomes one Markdown page (Python-Markdown with attr_list and md_in_html).

Seed text goes through `escape.inline` (or an annotator that escapes and adds links); every id a
reader can link to (#p-12, #fn:3, #s-3-1-russia) is decided here and nowhere else.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..model import Document, Header, Heading, Paragraph, Ref, Runs, SourceNote, plain
from ..types import para_id
from .escape import attr, block_safe, inline

# (text, where, run) -> Markdown; `where` names the paragraph ("p-12"), a footnote ("fn:3") or
# "header", `run` is the index of the text run inside it.
Annotator = Callable[[str, str, int], str]


def _plain_annotator(text: str, where: str, run: int) -> str:
    return inline(text)


@dataclass
class RenderContext:
    site_url: str = ""  # absolute URL of the site root, for citations; "" when unknown
    annotate: Annotator = _plain_annotator
    after_paragraph: Callable[[Document, Paragraph], str] = lambda d, p: ""  # e.g. related passages
    page_end: Callable[[], str] = lambda: ""  # e.g. the popovers of the terms linked on the page
    header_extra: list[tuple[str, str]] = field(default_factory=list)  # more (label, html) header rows


def page_uri(doc_id: str) -> str:
    """Where a document's page lives in the docs tree."""
    return f"texts/{doc_id}.md"


def page_url(doc_id: str) -> str:
    """The page's URL relative to the site root."""
    return f"texts/{doc_id}/"


def note_key(label: str) -> str:
    """The id part of a footnote: '3' -> '3', '*' -> 'star'."""
    return "star" if label == "*" else label


class _Refs:
    """Gives each footnote reference a unique id: fnref:3, then fnref2:3 for a second citation."""

    def __init__(self) -> None:
        self.count: Counter[str] = Counter()

    def html(self, ref: Ref) -> str:
        key = note_key(ref.label)
        self.count[key] += 1
        n = self.count[key]
        rid = f"fnref:{key}" if n == 1 else f"fnref{n}:{key}"
        return (f'<sup class="rd-fnref" id="{rid}"><a class="footnote-ref" href="#fn:{key}" '
                f'role="doc-noteref" aria-label="Note {attr(ref.label)}">{attr(ref.label)}</a></sup>')


def runs_markdown(runs: Runs, refs: _Refs, annotate: Annotator, where: str) -> str:
    """Text runs and footnote markers as inline Markdown."""
    return "".join(refs.html(r) if isinstance(r, Ref) else annotate(r, where, i) for i, r in enumerate(runs))


def _year(header: Header) -> str:
    d = header.date
    if not d.value:
        return "n.d."
    return f"c. {d.value[:4]}" if d.certainty == "approximate" else d.value[:4]


def _authors(header: Header) -> str:
    names = [a.name for a in header.authors]
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else (names[0] if names else "Anonymous")


def citation(doc: Document, site_url: str) -> str:
    """A suggested citation, names as printed (we do not guess which part is the family name)."""
    h = doc.header
    parts = [f"{attr(_authors(h))} ({_year(h)}).", f"<cite>{attr(h.title)}</cite>."]
    where = ", ".join(x for x in (h.series, h.publisher) if x)
    if where:
        parts.append(attr(where) + ".")
    if h.source_url:
        parts.append(f"{attr(h.source_url)}.")
    url = site_url.rstrip("/") + "/" + page_url(doc.id) if site_url else ""
    parts.append("Annotated reader edition" + (f", {attr(url)}." if url else "."))
    return " ".join(parts)


def date_text(header: Header) -> str:
    d = header.date
    shown = d.value or "not stated"
    qualifier = {"stated": "", "inferred": " (inferred)", "approximate": " (approximate)", "unknown": " (unknown)"}[d.certainty]
    return attr(shown + qualifier)


def _header(doc: Document, ctx: RenderContext, refs: _Refs) -> list[str]:
    h = doc.header
    out = [f"# {block_safe(inline(h.title))}", ""]
    if h.byline:
        out += [runs_markdown(h.byline, refs, _plain_annotator, "header"), "{: .rd-byline }", ""]
    rows: list[tuple[str, str]] = []  # shown at once
    more: list[tuple[str, str]] = []  # behind "Source, rights and citation", so a phone reaches the text
    for a in h.authors:
        rows.append(("Author", attr(a.name) + (f'<span class="rd-affil">{attr(a.affiliation)}</span>' if a.affiliation else "")))
    note = f'<span class="rd-note">{attr(h.date.note)}</span>' if h.date.note else ""
    rows.append(("Date", date_text(h)))
    if h.series or h.publisher:
        rows.append(("Published by", attr(", ".join(x for x in (h.series, h.publisher) if x))))
    rows += ctx.header_extra
    if note:
        more.append(("About the date", note))
    src = f'<a href="{attr(h.source_url)}">{attr(h.source_url)}</a>' if h.source_url else "Not known"
    if h.source_note:
        src += f'<span class="rd-note">{attr(h.source_note)}</span>'
    more.append(("Source", src))
    if h.keywords:
        more.append(("Keywords", " / ".join(attr(k) for k in h.keywords)))
    if h.rights:
        more.append(("Rights", attr(h.rights)))
    more.append(("Cite as", citation(doc, ctx.site_url)))
    out.append('<dl class="rd-meta">')
    out += [f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows]
    out += ["</dl>", '<details class="rd-meta-more"><summary>Source, date, rights and citation</summary>',
            '<dl class="rd-meta">']
    out += [f"<dt>{label}</dt><dd>{value}</dd>" for label, value in more]
    out += ["</dl>", "</details>", ""]
    return out


def _paragraph(doc: Document, p: Paragraph, ctx: RenderContext, refs: _Refs) -> list[str]:
    pid = para_id(p.number)
    number = (f'<a class="rd-pn" href="#{pid}" aria-label="Paragraph {p.number}, link to here">'
              f'<span aria-hidden="true">{p.number}</span></a>')
    if p.list_item:
        lines = [f"- {runs_markdown(_item_runs(r), refs, _plain_annotator, pid)}" for r in _split_list(p.runs)]
        body = [f'<div class="rd-p rd-list" id="{pid}" markdown>', number, "", *lines, "", "</div>"]
    else:
        body = [number + runs_markdown(p.runs, refs, ctx.annotate, pid), "{: #%s .rd-p }" % pid]
    extra = ctx.after_paragraph(doc, p)
    return body + (["", extra] if extra else []) + [""]


def _split_list(runs: Runs) -> list[Runs]:
    items: list[list] = [[]]
    for r in runs:
        if isinstance(r, str):
            for k, piece in enumerate(r.split("\n")):
                if k:
                    items.append([])
                if piece:
                    items[-1].append(piece)
        else:
            items[-1].append(r)
    return [tuple(i) for i in items if i]


def _item_runs(runs: Runs) -> Runs:
    first = runs[0]
    if isinstance(first, str):
        return (first[2:],) + runs[1:]
    return runs


def _notes(doc: Document, ctx: RenderContext, refs: _Refs) -> list[str]:
    if not doc.footnotes:
        return []
    out = ["## Notes {#notes}", "", '<div class="footnote rd-notes" markdown>', '<ol class="rd-fnlist" markdown>']
    ordered = sorted(doc.footnotes.values(), key=lambda f: (f.label != "*", int(f.label) if f.label.isdigit() else 0))
    for fn in ordered:
        key = note_key(fn.label)
        back = f'[↩](#fnref:{key}){{ .footnote-backref aria-label="Back to the text of note {attr(fn.label)}" }}'
        text = runs_markdown(fn.runs, refs, _plain_annotator, f"fn:{key}")
        out += [f'<li id="fn:{key}" markdown="block">',
                f'<span class="rd-fnlabel">{attr(fn.label)}</span> {text} {back}', "</li>"]
    out += ["</ol>", "</div>", ""]
    return out


def _source_notes(notes: Iterable[SourceNote]) -> list[str]:
    notes = list(notes)
    if not notes:
        return []
    out = ["## Source notes {#source-notes}", "",
           "Text printed with the source that is not part of its argument, kept here word for word.",
           "{: .rd-sn-intro }", ""]
    label = None
    for n in notes:
        if n.label != label:
            out += [f"**{attr(n.label)}** <span class=\"rd-line\">(source line {n.line})</span>", "{: .rd-sn-label }", ""]
            label = n.label
        lines = n.text.split("\n")
        if all(line.startswith(("- ", "* ")) for line in lines):
            out += [f"- {inline(line[2:])}" for line in lines]
        else:
            out.append("  \n".join(block_safe(inline(line)) for line in lines))
        out.append("")
    return out


def front_matter(meta: dict) -> str:
    """YAML front matter; values are JSON, which YAML reads as-is."""
    return "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in meta.items()) + "---\n\n"


def render_document(doc: Document, ctx: RenderContext | None = None) -> str:
    """The whole reader page for one document, as Markdown with front matter."""
    ctx = ctx or RenderContext()
    refs = _Refs()
    h = doc.header
    lines = [front_matter({
        "title": h.title,
        "description": f"{_authors(h)} ({_year(h)}): {h.title}. Annotated reader edition.",
        "render_macros": False,
        "reader_document": doc.id,
    })]
    lines += ['<article class="rd-doc" markdown>', ""]
    lines += _header(doc, ctx, refs)
    for block in doc.body:
        if isinstance(block, Heading):
            lines += [f"{'#' * (block.level + 1)} {inline(block.text)} {{#{block.anchor}}}", ""]
        else:
            lines += _paragraph(doc, block, ctx, refs)
    lines += _notes(doc, ctx, refs)
    lines += _source_notes(doc.source_notes)
    lines += ["</article>", "", ctx.page_end(), ""]
    return "\n".join(lines)


__all__ = ["RenderContext", "render_document", "page_uri", "page_url", "citation", "plain"]
