"""Render stage: links and popovers to glossary entries, actor pages and paragraphs.

Links are Markdown links to the target's .md source, relative to the page they stand on, so the
site engine resolves them and (in MkDocs) checks that they exist. One function per kind of link
keeps generated pages and the macros of hand-written pages identical.
"""
from __future__ import annotations

import posixpath

from ..curated import Actor, Registry, Term
from .document import page_uri
from .escape import attr, inline

GLOSSARY_PAGE = "glossary.md"
ACTORS_PAGE = "actors/index.md"


def actor_uri(actor_id: str) -> str:
    return f"actors/{actor_id}.md"


def rel(from_uri: str, to_uri: str) -> str:
    """Path of `to_uri` relative to the page `from_uri` (both docs-relative .md paths)."""
    return posixpath.relpath(to_uri, posixpath.dirname(from_uri) or ".")


def term_popover(term: Term, reg: Registry, from_uri: str, pop_id: str, tag: str = "div") -> str:
    """The hidden popover a term link points at with aria-describedby."""
    exp = f" ({inline(term.expansion)})" if term.expansion and term.expansion != term.term else ""
    as_of = f" <em>As of now:</em> {inline(term.as_of)}" if term.as_of else ""
    more = [f"[Glossary entry]({rel(from_uri, GLOSSARY_PAGE)}#{term.id})"]
    if term.actor:
        more.append(f"[{inline(reg.actors[term.actor].name)} in the texts]({rel(from_uri, actor_uri(term.actor))})")
    md = ' markdown="span"' if tag == "div" else ""  # a block needs md_in_html; inline HTML is parsed anyway
    return (f'<{tag} class="rd-pop" id="{pop_id}" role="tooltip" hidden{md}>'
            f"**{inline(term.term)}**{exp}: {inline(term.definition)}{as_of} "
            f'<span class="rd-pop__more">{" · ".join(more)}</span></{tag}>')


def term_link(text_md: str, term: Term, from_uri: str, pop_id: str) -> str:
    """A term in running text: links to its glossary entry, describes itself by its popover."""
    return (f"[{text_md}]({rel(from_uri, GLOSSARY_PAGE)}#{term.id})"
            f'{{ .rd-term data-term="{term.id}" aria-describedby="{pop_id}" }}')


def actor_link(text_md: str, actor: Actor, from_uri: str) -> str:
    return f'[{text_md}]({rel(from_uri, actor_uri(actor.id))}){{ .rd-actor data-actor="{actor.id}" }}'


def para_link(doc_id: str, number: int, from_uri: str, label: str | None = None) -> str:
    return f"[{label or f'¶{number}'}]({rel(from_uri, page_uri(doc_id))}#p-{number})"


__all__ = ["rel", "term_popover", "term_link", "actor_link", "para_link", "actor_uri", "attr"]
