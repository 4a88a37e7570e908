"""The pipeline in one call: load -> parse -> enrich -> render -> emit.

`build(project)` reads seeds and curated data under a project root and returns an `Output`.
It raises `ReaderError` with every problem found; it never returns half a site.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .commentary import load_commentary
from .curated import Registry, load_registry
from .diagnostics import Diagnostic, ReaderError, shown
from .emit import Output
from .enrich.anchoring import Anchor, anchor_all
from .enrich.mentions import Index, build_matcher, index_mentions
from .enrich.related import Related, related_passages
from .model import Document
from .parse import parse_seed
from .macros import Macros, expand
from .render import commentary as cm
from .render.annotate import DocumentAnnotator
from .render.document import RenderContext, page_uri, render_document
from .render.links import ACTORS_PAGE, GLOSSARY_PAGE, actor_uri
from .render.pages import home_page
from .render.reference import actor_index_page, actor_page, glossary_page
from .render.related import related_box
from .sources import load_seeds


@dataclass(frozen=True)
class Project:
    """Where the inputs are."""

    root: Path
    seeds: Path
    docs: Path
    site_url: str = ""

    @classmethod
    def at(cls, root: Path, site_url: str = "") -> "Project":
        root = Path(root)
        return cls(root, root / "seeds", root / "docs", site_url)

    def rel(self, path: Path) -> str:
        return shown(path, self.root)


@dataclass
class Corpus:
    """Everything the enrich stage knows: documents, curated data, mentions, related passages."""

    docs: list[Document]
    registry: Registry
    index: Index
    related: dict[tuple[str, int], list[Related]] = field(default_factory=dict)
    anchors: list[Anchor] = field(default_factory=list)

    @property
    def by_id(self) -> dict[str, Document]:
        return {d.id: d for d in self.docs}


def parse_all(project: Project) -> list[Document]:
    """Every seed parsed; problems from all seeds are reported together."""
    docs, problems = [], []
    seeds = load_seeds(project.seeds, project.root)
    if not seeds:
        raise ReaderError([Diagnostic(project.rel(project.seeds), None, "no-seeds", "no seed texts (*.txt, *.md) found")])
    for seed in seeds:
        try:
            docs.append(parse_seed(seed))
        except ReaderError as e:
            problems += e.diagnostics
    if problems:
        raise ReaderError(problems)
    return docs


def enrich(project: Project) -> Corpus:
    """Parse every seed, load the curated data and find what the documents mention."""
    docs = parse_all(project)
    registry = load_registry(project.docs, project.root)
    matcher = build_matcher(registry)
    index = index_mentions(docs, registry, matcher)
    anchors = anchor_all(load_commentary(project.docs, project.root), docs)
    return Corpus(docs, registry, index, related_passages(docs, index, registry, matcher), anchors)


def build(project: Project) -> Output:
    """Run the whole pipeline."""
    corpus = enrich(project)
    out = Output()
    reg, index, by_id = corpus.registry, corpus.index, corpus.by_id
    macros = Macros(reg, corpus.docs)

    def body(a: Anchor, page: str) -> str:
        c = a.commentary
        return cm.body_html(c, expand(c.body, macros, page, c.file, c.body_line), page)

    for doc in corpus.docs:
        for d in doc.dropped:
            out.log.append(f"{doc.seed}:{d.line}: dropped as chrome ({d.why}): {d.text!r}")
        mine = [a for a in corpus.anchors if a.doc == doc.id]
        annotator = DocumentAnnotator(doc, index, reg, mine)
        uri = page_uri(doc.id)
        pops = [cm.popover(a, body(a, uri), uri) for a in mine]
        header = [("Commentary", f'{len(mine)} note{"s" * (len(mine) != 1)} by contributors, marked ✎ in the text '
                                 f'(<a href="../../{cm.url_of(cm.PAGE)}#doc-{doc.id}">list</a>)')] if mine else []
        ctx = RenderContext(
            site_url=project.site_url, annotate=annotator, header_extra=header,
            page_end=lambda annotator=annotator, pops=pops: "\n".join([annotator.popovers(), *pops]),
            after_paragraph=lambda d, p: related_box(d, p, corpus.related.get((d.id, p.number), []), by_id, reg))
        out.add_page(uri, render_document(doc, ctx), project.rel(project.seeds / f"{doc.id}.meta.yml"))
    bodies = {a.commentary.id: body(a, cm.PAGE) for a in corpus.anchors}
    folder = project.rel(project.docs / "commentary") + "/"
    out.add_page(cm.PAGE, cm.index_page(corpus.anchors, corpus.docs, bodies), folder)
    out.data[cm.EXPORT] = cm.web_annotations(corpus.anchors, bodies, project.site_url)
    for m in index.unresolved:
        amb = reg.ambiguous[m.target.id]
        out.log.append(f"{by_id[m.doc].seed}: ¶{m.para}: {m.text!r} could be {' or '.join(amb.candidates)}; "
                       f"left unlinked ({amb.why})")
    data = project.rel(project.docs / "data")
    out.add_page(GLOSSARY_PAGE, glossary_page(reg, index, corpus.docs), f"{data}/glossary.yml")
    out.add_page(ACTORS_PAGE, actor_index_page(reg, index, corpus.docs), f"{data}/actors.yml")
    for actor in reg.actors.values():
        out.add_page(actor_uri(actor.id), actor_page(actor, reg, index, corpus.docs), f"{data}/actors.yml")
    intro = project.docs / "_home.md"
    out.add_page("index.md", home_page(intro.read_text(encoding="utf-8") if intro.exists() else "# Reader", corpus.docs),
                 project.rel(intro))
    out.corpus = corpus
    out.nav = [("Home", "index.md"),
               ("Texts", [(d.header.short_title or d.header.title, page_uri(d.id)) for d in corpus.docs]),
               ("Glossary", GLOSSARY_PAGE), ("Actors", ACTORS_PAGE), ("Commentary", cm.PAGE)]
    return out
