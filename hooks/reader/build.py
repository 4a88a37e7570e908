"""The pipeline in one call: load -> parse -> enrich -> render -> emit.

`build(project)` reads seeds and curated data under a project root and returns an `Output`.
It raises `ReaderError` with every problem found; it never returns half a site.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, ReaderError
from .emit import Output
from .model import Document
from .parse import parse_seed
from .render.document import RenderContext, page_uri, render_document
from .render.pages import home_page
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
        try:
            return str(path.resolve().relative_to(self.root.resolve()))
        except ValueError:
            return str(path)


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


def build(project: Project) -> Output:
    """Run the whole pipeline."""
    docs = parse_all(project)
    out = Output()
    ctx = RenderContext(site_url=project.site_url)
    for doc in docs:
        for d in doc.dropped:
            out.log.append(f"{doc.seed}:{d.line}: dropped as chrome ({d.why}): {d.text!r}")
        edit = project.rel(project.seeds / f"{doc.id}.meta.yml")
        out.add_page(page_uri(doc.id), render_document(doc, ctx), edit)
    intro = project.docs / "_home.md"
    out.add_page("index.md", home_page(intro.read_text(encoding="utf-8") if intro.exists() else "# Reader", docs),
                 project.rel(intro))
    return out
