"""Seed text to safe Markdown: the seed's own inline Markdown (*italic*, <http://...>) survives,
bare URLs become links, and nothing in the text can start a block, a link, raw HTML or a template."""
from __future__ import annotations

import html
import re

_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
_BARE_URL = re.compile(r"\bhttps?://[^\s<>\"]+")
_TRAILING = ".,;:!?)]\"'’”"
_ESCAPE = str.maketrans({"\\": "\\\\", "[": "\\[", "]": "\\]", "{": "\\{", "}": "\\}", "`": "\\`"})
_BLOCK_START = re.compile(r"^(#|>|[-+*]\s|\d+[.)]\s|\||=+\s*$|-{3,}\s*$)")


def _plain(text: str) -> str:
    """Escape a stretch with no autolink, turning bare URLs into autolinks."""
    out, pos = [], 0
    for m in _BARE_URL.finditer(text):
        url = m.group(0).rstrip(_TRAILING)
        # keep a closing bracket that belongs to the URL (balanced parentheses)
        end = m.start() + len(url)
        out.append(_esc(text[pos:m.start()]))
        out.append(f"<{url}>")
        pos = end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _esc(text: str) -> str:
    return html.escape(text, quote=False).translate(_ESCAPE)


def inline(text: str) -> str:
    """One run of seed text as inline Markdown."""
    out, pos = [], 0
    for m in _AUTOLINK.finditer(text):
        out.append(_plain(text[pos:m.start()]))
        out.append(f"<{m.group(1)}>")
        pos = m.end()
    out.append(_plain(text[pos:]))
    return "".join(out)


def block_safe(markdown: str) -> str:
    """Stop a paragraph's first characters from being read as a heading, list, quote or table."""
    m = _BLOCK_START.match(markdown)
    if not m:
        return markdown
    if markdown[0].isdigit():  # "1. x" is a list only while the dot follows the digits
        n = len(m.group(0).rstrip()) - 1
        return markdown[:n] + "\\" + markdown[n:]
    return "\\" + markdown


def attr(value: str) -> str:
    """A value for an HTML attribute."""
    return html.escape(value, quote=True)
