"""Load stage for commentary: one Markdown file per commentary, front matter validated.

The body is checked for raw HTML that could run code (script, style, iframe and other embedding
elements, event-handler attributes, javascript:/vbscript:/data: URLs); any is an error naming the
file and line. The render stage also sanitizes the body's HTML with nh3, so anything this check
misses is stripped, never run.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from . import yamlfile
from .diagnostics import Diagnostic, ReaderError, shown

FOLDER = "commentary"
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n", re.S)
_DANGER = [
    (re.compile(r"<\s*/?\s*(script|style|iframe|frame|frameset|object|embed|applet|base|form|input|button|"
                r"textarea|select|meta|link|svg|math|template)\b", re.I), "raw HTML element <{0}> is not allowed"),
    (re.compile(r"<[^>]*\son[a-z]+\s*=", re.I), "an event-handler attribute (on...=) is not allowed"),
    (re.compile(r"(javascript|vbscript|data)\s*:", re.I), "a {0}: URL is not allowed"),
    (re.compile(r"<\s*[a-z][a-z0-9]*\b[^>]*>", re.I), "raw HTML is not allowed in commentary; write Markdown"),
]


@dataclass(frozen=True)
class Commentary:
    id: str  # file stem
    file: str  # path shown in messages
    title: str
    document: str
    exact: str
    prefix: str
    suffix: str
    paragraph: int | None
    author: str
    github: str | None
    date: str
    kind: str
    body: str  # Markdown
    body_line: int  # line of the file where the body starts
    anchor_line: int = 1  # line of `exact:` in the file, for anchoring errors


def _unsafe(body: str, file: str, first_line: int) -> list[Diagnostic]:
    out = []
    in_code = False
    for n, line in enumerate(body.split("\n"), start=first_line):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        if in_code:
            continue
        text = re.sub(r"`[^`]*`", "", line)  # code spans show HTML, they do not run it
        text = re.sub(r"<https?://[^>\s]+>", "", text)  # autolinks are links, not HTML
        for pattern, message in _DANGER:
            m = pattern.search(text)
            if m:
                out.append(Diagnostic(file, n, "commentary-unsafe", message.format(m.group(1) if m.groups() else "")))
                break
    return out


def parse_commentary(text: str, file: str, stem: str) -> Commentary:
    """One commentary file's text to a Commentary, or ReaderError naming file and line."""
    m = _FRONT.match(text)
    if not m:
        raise ReaderError([Diagnostic(file, 1, "commentary-front-matter", "no front matter: the file must start with a line '---'")])
    data, node = yamlfile.parse_yaml(m.group(1), file)
    if isinstance(data, dict) and isinstance(data.get("date"), dt.date):
        data["date"] = data["date"].isoformat()
    try:
        yamlfile.validate(data, node, "commentary", file, offset=1)
    except ReaderError as e:
        raise ReaderError(e.diagnostics) from None
    body_line = m.group(0).count("\n") + 1
    body = text[m.end():].strip("\n")
    problems = _unsafe(body, file, body_line + (len(text[m.end():]) - len(text[m.end():].lstrip("\n"))))
    if problems:
        raise ReaderError(problems)
    a, who = data["anchor"], data["author"]
    return Commentary(stem, file, data["title"], data["document"], a["exact"], a.get("prefix", ""), a.get("suffix", ""),
                      data.get("paragraph"), who["name"], who.get("github"), data["date"], data["kind"], body, body_line,
                      (yamlfile.line_of(node, ["anchor", "exact"]) or 0) + 1)


def load_commentary(docs: Path, root: Path) -> list[Commentary]:
    """Every docs/commentary/*.md except files starting with '_' (templates), ordered by date then name."""
    folder = docs / FOLDER
    if not folder.is_dir():
        return []
    found, problems = [], []
    for path in sorted(folder.glob("*.md")):
        if path.name.startswith("_"):
            continue
        try:
            found.append(parse_commentary(path.read_text(encoding="utf-8"), shown(path, root), path.stem))
        except ReaderError as e:
            problems += e.diagnostics
    if problems:
        raise ReaderError(problems)
    return sorted(found, key=lambda c: (c.date, c.id))
