"""Split decoded seed text into blocks: runs of non-blank lines, with their line numbers."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawBlock:
    line: int  # 1-based line of the block's first line
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def first(self) -> str:
        return self.lines[0]


def blocks(text: str) -> list[RawBlock]:
    """Blank-line separated blocks, trailing spaces and non-breaking spaces at the ends removed."""
    out: list[RawBlock] = []
    current: list[str] = []
    start = 0
    for n, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = n
            current.append(line.strip())
        elif current:
            out.append(RawBlock(start, tuple(current)))
            current = []
    if current:
        out.append(RawBlock(start, tuple(current)))
    return out
