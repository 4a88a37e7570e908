"""The functions hand-written pages and commentary may call: actor("Russia"), term("CSTO"),
para("<document>", 12). They render exactly the links and popovers of the generated pages.
An unknown name raises MacroError naming the page, which fails the build."""
from __future__ import annotations

from itertools import count

from .curated import Registry
from .model import Document
from .render.escape import inline
from .render.links import actor_link, para_link, term_link, term_popover


class MacroError(ValueError):
    pass


def expand(text: str, macros: "Macros", page: str, file: str, line: int) -> str:
    """Expand the macros in contributed Markdown (commentary) in a sandbox; errors name the file."""
    from jinja2 import StrictUndefined, TemplateError
    from jinja2.sandbox import SandboxedEnvironment

    from .diagnostics import fail

    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    try:
        return env.from_string(text).render(
            actor=lambda name, text=None: macros.actor(name, page, text),
            term=lambda name, text=None: macros.term(name, page, text),
            para=lambda doc, number, text=None: macros.para(doc, number, page, text))
    except (TemplateError, MacroError) as e:
        where = line + (getattr(e, "lineno", None) or 1) - 1
        raise fail(file, where, "commentary-macro", str(e).replace(f"{page}: ", "")) from None


class Macros:
    def __init__(self, registry: Registry, docs: list[Document]):
        self.reg = registry
        self.docs = {d.id: d for d in docs}
        self._ids = count(1)

    def _target(self, name: str, kind: str, page: str):
        t = self.reg.find(name)
        if t is None or (kind == "actor" and self.reg.actor_of(t) is None) or (kind == "term" and self.reg.term_of(t) is None):
            raise MacroError(f"{page}: {kind}({name!r}): no such {kind} in docs/data/{'actors' if kind == 'actor' else 'glossary'}.yml")
        return t

    def actor(self, name: str, page: str, text: str | None = None) -> str:
        a = self.reg.actors[self.reg.actor_of(self._target(name, "actor", page))]
        return actor_link(inline(text or a.name), a, page)

    def term(self, name: str, page: str, text: str | None = None) -> str:
        t = self.reg.terms[self.reg.term_of(self._target(name, "term", page))]
        pop = f"pop-{t.id}-m{next(self._ids)}"
        return term_link(inline(text or t.term), t, page, pop) + term_popover(t, self.reg, page, pop, tag="span")

    def para(self, doc_id: str, number: int, page: str, text: str | None = None) -> str:
        doc = self.docs.get(doc_id)
        if doc is None:
            raise MacroError(f"{page}: para({doc_id!r}, {number}): no document {doc_id!r} (seeds: {', '.join(self.docs)})")
        if not any(p.number == number for p in doc.paragraphs):
            raise MacroError(f"{page}: para({doc_id!r}, {number}): {doc_id} has paragraphs 1 to {len(doc.paragraphs)}")
        label = text or f"{doc.header.short_title or doc.header.title}, ¶{number}"
        return para_link(doc_id, number, page, inline(label))
