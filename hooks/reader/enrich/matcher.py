"""Find many names in a text in one pass.

Names are cut into word tokens and stored in a trie; the text is tokenised once and, at each
token, the trie is walked as far as the text allows, so the longest name wins ("OSCE Minsk Group"
before "OSCE"). The cost is the number of tokens times the length of the longest name, whatever
the number of names. Matching is on whole words; an all-capital token (an acronym) must match
exactly, a capitalised one must be capitalised in the text, others ignore case. Between the words
of a name the text may have any run of spaces or line breaks, and a hyphen or dash where the name
has one (likewise a slash or a comma). Nothing inside a URL, a Markdown link, code or an HTML tag is matched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, Hashable, TypeVar

K = TypeVar("K", bound=Hashable)

TOKEN = re.compile(r"[^\W_]+")
_PROTECTED = re.compile(r"<a\b[^>]*>.*?</a>|<[^<>\n]*>|\bhttps?://[^\s<>]+|`[^`]*`|\[[^\]]*\]\([^)]*\)")
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})


@dataclass(frozen=True)
class Match(Generic[K]):
    start: int
    end: int
    key: K
    name: str  # the name as registered


def _gap(text: str) -> str | None:
    """The normal form of what separates two words, or None when it may not sit inside a name."""
    t = re.sub(r"\s+", " ", text.translate(_DASHES))
    t = re.sub(r" ?- ?", "-", t)
    return t if t in (" ", "-", "/", ", ", "") else None


def _token_fits(name_tok: str, text_tok: str) -> bool:
    if len(name_tok) > 1 and name_tok.isupper():
        return text_tok == name_tok
    if name_tok[0].isupper() and not text_tok[0].isupper():
        return False
    return name_tok.casefold() == text_tok.casefold()


class Matcher(Generic[K]):
    """A set of names, each mapped to a key; `find(text)` returns non-overlapping matches."""

    def __init__(self, names: dict[str, K]):
        self._trie: dict = {}
        self.depth = 0
        for name, key in names.items():
            toks = [m for m in TOKEN.finditer(name)]
            if not toks:
                continue
            gaps = tuple(_gap(name[a.end():b.start()]) for a, b in zip(toks, toks[1:]))
            node = self._trie
            for t in toks:
                node = node.setdefault(t.group(0).casefold(), {})
            node.setdefault("", []).append((tuple(t.group(0) for t in toks), gaps, name, key))
            self.depth = max(self.depth, len(toks))

    def find(self, text: str) -> list[Match[K]]:
        protected = [m.span() for m in _PROTECTED.finditer(text)]
        tokens = [m for m in TOKEN.finditer(text) if not any(a <= m.start() < b for a, b in protected)]
        out: list[Match[K]] = []
        i = 0
        while i < len(tokens):
            best = self._longest(text, tokens, i)
            if best:
                n, name, key = best
                out.append(Match(tokens[i].start(), tokens[i + n - 1].end(), key, name))
                i += n
            else:
                i += 1
        return out

    def _longest(self, text: str, tokens: list[re.Match], i: int):
        node, best = self._trie, None
        for n in range(1, min(self.depth, len(tokens) - i) + 1):
            tok = tokens[i + n - 1]
            node = node.get(tok.group(0).casefold())
            if node is None:
                break
            if n > 1 and _gap(text[tokens[i + n - 2].end():tok.start()]) is None:
                break
            for name_toks, gaps, name, key in node.get("", []):
                seen = [_gap(text[a.end():b.start()]) for a, b in zip(tokens[i:i + n], tokens[i + 1:i + n])]
                if all(_token_fits(nt, t.group(0)) for nt, t in zip(name_toks, tokens[i:i + n])) and tuple(seen) == gaps:
                    best = (n, name, key)
                    break
        return best
