"""Emit stage: the pages and data files a build produces, written nowhere or to a folder.

One writer, two modes (after mkdocs-gen-files): an MkDocs hook hands `Output.pages` to the build
as generated files; the command line writes the same bytes to disk.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Output:
    pages: dict[str, str] = field(default_factory=dict)  # docs-relative path -> Markdown
    data: dict[str, str] = field(default_factory=dict)  # site-relative path -> text (JSON, ...)
    edit_paths: dict[str, str] = field(default_factory=dict)  # page path -> repository file to edit
    log: list[str] = field(default_factory=list)  # info lines for the build log
    corpus: object = None  # the enriched corpus, for engine adapters that add macros
    nav: list = field(default_factory=list)  # [(title, uri | [(title, uri), ...]), ...]

    def add_page(self, uri: str, markdown: str, edit_path: str) -> None:
        if uri in self.pages:
            raise ValueError(f"two generators wrote {uri}")
        self.pages[uri] = markdown
        self.edit_paths[uri] = edit_path

    def edit_url(self, uri: str, repo_url: str, edit_uri: str) -> str | None:
        """Where to edit the file that really produces page `uri` (a folder gets a 'tree' link).

        `edit_uri` is the engine's setting for docs/ ("edit/main/docs/"); the repository-level
        prefix ("edit/main/") is what remains without its final "docs/".
        """
        path = self.edit_paths.get(uri)
        if not path or not repo_url or not edit_uri:
            return None
        base = edit_uri.rstrip("/")
        base = base[: -len("docs")] if base.endswith("/docs") else base + "/"
        if path.endswith("/"):
            base = base.replace("edit/", "tree/", 1)
        return f"{repo_url.rstrip('/')}/{base.lstrip('/')}{path}"

    def write(self, folder: Path) -> list[Path]:
        """Write every page and data file under `folder`; returns the paths written."""
        written = []
        for rel, text in {**self.pages, **self.data}.items():
            path = folder / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
        return written
