"""The annotated reader's engine-independent core: load -> parse -> enrich -> render -> emit.

Nothing in this package imports MkDocs. `build()` returns the generated pages as text; an engine
adapter (hooks/mkdocs_reader.py) or the command line (`python -m reader`) decides where they go.
"""
from .build import Project, build, parse_all
from .diagnostics import Diagnostic, ReaderError
from .emit import Output

__all__ = ["Project", "build", "parse_all", "Output", "Diagnostic", "ReaderError"]
