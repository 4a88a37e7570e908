"""MkDocs adapter for the reader core: runs the pipeline once per build and hands its pages to MkDocs.

No parsing or rendering happens here; see hooks/reader/. Problems in the input are logged as
errors naming file and line, then the build stops. Informational lines (dropped chrome, ...) go
to the info log.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

# MkDocs puts hooks/ on sys.path only while this module is first executed: import siblings here.
from reader import Output, Project, ReaderError, build
from reader.macros import Macros

log = logging.getLogger("mkdocs.hooks.reader")
_state: dict[str, Output] = {}


def on_config(config):
    root = Path(config.config_file_path).parent
    try:
        output = build(Project.at(root, config.site_url or ""))
    except ReaderError as e:
        for d in e.diagnostics:
            log.error(str(d))
        raise PluginError(f"the reader's input has {len(e.diagnostics)} problem(s); each is listed above") from None
    for line in output.log:
        log.info(line)
    _state["output"] = output
    if not config.nav:
        config.nav = _nav(output.nav) + [{"About": "about.md"}, {"Performance": "performance.md"}]
    _register_macros(config, output)
    return config


def _nav(items) -> list:
    """The core's engine-neutral nav as MkDocs' nav config."""
    return [{title: _nav(target) if isinstance(target, list) else target} for title, target in items]


def _register_macros(config, output: Output) -> None:
    """Give mkdocs-macros the core's actor/term/para functions, bound to the page being rendered."""
    plugin = config.plugins.get("macros")
    if plugin is None:
        return
    macros = Macros(output.corpus.registry, output.corpus.docs)

    def page() -> str:
        return plugin.page.file.src_uri

    plugin.register_macros({
        "actor": lambda name, text=None: macros.actor(name, page(), text),
        "term": lambda name, text=None: macros.term(name, page(), text),
        "para": lambda doc, number, text=None: macros.para(doc, number, page(), text),
    })


def on_files(files, config):
    output = _state["output"]
    for uri, text in output.pages.items():
        if files.get_file_from_path(uri) is not None:
            raise PluginError(f"docs/{uri} clashes with a page the reader generates; rename or remove it")
        files.append(File.generated(config, uri, content=text))
    for uri, text in output.data.items():
        files.append(File.generated(config, uri, content=text))
    return files


def on_page_context(context, page, config, nav):
    """Generated pages are edited at their source: a seed's metadata, a data file, a folder."""
    url = _state["output"].edit_url(page.file.src_uri, config.repo_url or "", config.edit_uri or "")
    if url:
        page.edit_url = url
    return context


def on_serve(server, config, builder):
    root = Path(config.config_file_path).parent
    for folder in ("seeds", "hooks"):
        server.watch(str(root / folder))
    return server
