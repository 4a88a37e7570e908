"""Load stage: find the seeds, decode them, read their metadata sidecars and the shared chrome list.

Takes a seeds folder; returns `Seed` records. Nothing here interprets the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import yamlfile
from .diagnostics import fail, shown
from .types import DocId

SEED_SUFFIXES = (".txt", ".md")
SHARED_CHROME = "_chrome.yml"


@dataclass(frozen=True)
class ChromeRule:
    """A line of website furniture, given exactly or as a regular expression."""

    why: str
    exact: str | None = None
    pattern: str | None = None

    def matches(self, line: str) -> bool:
        line = line.strip()
        if self.exact is not None:
            return line == self.exact
        return re.fullmatch(self.pattern or "", line) is not None


@dataclass(frozen=True)
class Seed:
    id: DocId
    path: Path
    display: str  # the path as shown in messages
    text: str  # decoded, BOM removed, line endings normalised to \n
    meta: dict = field(default_factory=dict)
    meta_display: str | None = None  # sidecar path, when there is one
    chrome: tuple[ChromeRule, ...] = ()


def decode(raw: bytes, display: str) -> str:
    """Seed bytes to text: UTF-8 only; a BOM and CRLF/CR line endings are accepted silently."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise fail(display, line, "seed-encoding", f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); save the file as UTF-8") from None
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise fail(display, None, "seed-empty", "the seed has no text")
    return text


def _rules(entries: list[dict]) -> tuple[ChromeRule, ...]:
    return tuple(ChromeRule(why=e["why"], exact=e.get("exact"), pattern=e.get("pattern")) for e in entries)


def _check_patterns(entries: list[dict], data_file: str) -> None:
    for i, e in enumerate(entries):
        if "pattern" in e:
            try:
                re.compile(e["pattern"])
            except re.error as err:
                raise fail(data_file, None, "chrome-pattern", f"chrome entry {i + 1}: bad regular expression {e['pattern']!r}: {err}") from None


def shared_chrome(seeds_dir: Path, root: Path) -> tuple[ChromeRule, ...]:
    """The chrome rules every seed shares (seeds/_chrome.yml), if the file exists."""
    path = seeds_dir / SHARED_CHROME
    if not path.exists():
        return ()
    display = shown(path, root)
    data = yamlfile.load(path, "chrome", display)
    _check_patterns(data["chrome"], display)
    return _rules(data["chrome"])


def load_seed(path: Path, root: Path, shared: tuple[ChromeRule, ...] = ()) -> Seed:
    """One seed and its sidecar `<stem>.meta.yml`."""
    display = shown(path, root)
    text = decode(path.read_bytes(), display)
    sidecar = path.with_name(path.stem + ".meta.yml")
    meta: dict = {}
    meta_display = None
    if sidecar.exists():
        meta_display = shown(sidecar, root)
        meta = yamlfile.load(sidecar, "seed-meta", meta_display) or {}
        _check_patterns(meta.get("chrome", []), meta_display)
    chrome = shared + _rules(meta.get("chrome", []))
    return Seed(DocId(path.stem), path, display, text, meta, meta_display, chrome)


def load_seeds(seeds_dir: Path, root: Path) -> list[Seed]:
    """Every seed in the folder, in file-name order."""
    shared = shared_chrome(seeds_dir, root)
    paths = sorted(p for p in seeds_dir.iterdir() if p.suffix in SEED_SUFFIXES and not p.name.startswith("_"))
    return [load_seed(p, root, shared) for p in paths]
