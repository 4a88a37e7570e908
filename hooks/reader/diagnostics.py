"""Errors a contributor can act on: every problem names a file, a line and a stable rule id."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in an input file."""

    file: str
    line: int | None
    rule: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message} [{self.rule}]"


class ReaderError(Exception):
    """Raised when input is bad; carries every diagnostic found, not just the first."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


def fail(file: str, line: int | None, rule: str, message: str) -> ReaderError:
    """A ReaderError holding a single diagnostic."""
    return ReaderError([Diagnostic(file, line, rule, message)])


def shown(path: Path, root: Path) -> str:
    """A file's path as messages name it: relative to the project root when it lies inside."""
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
