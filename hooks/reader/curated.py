"""Load stage for curated data: the glossary and the actor register, validated as one registry.

Each file is checked against its schema; then across both files: ids are unique, an alias (any
spelling, case ignored) belongs to one entry only, and every cross-reference points somewhere.
Errors name the file and the line of the offending entry.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import yamlfile
from .diagnostics import Diagnostic, ReaderError, shown

GLOSSARY = "data/glossary.yml"
ACTORS = "data/actors.yml"
COVERAGE_IGNORE = "data/coverage-ignore.yml"


def load_coverage_ignore(docs: Path, root: Path | None = None) -> set[str]:
    """Names the coverage report may leave out, each with a reason (docs/data/coverage-ignore.yml)."""
    path = docs / COVERAGE_IGNORE
    if not path.exists():
        return set()
    return {e["name"] for e in yamlfile.load(path, "coverage-ignore", shown(path, root or docs.parent))["ignore"]}


@dataclass(frozen=True)
class Term:
    id: str
    term: str
    definition: str
    expansion: str = ""
    aliases: tuple[str, ...] = ()
    as_of: str = ""
    actor: str = ""
    sources: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *([self.expansion] if self.expansion else []), *self.aliases)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    description: str
    aliases: tuple[str, ...] = ()
    term: str = ""
    sources: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Ambiguity:
    alias: str
    candidates: tuple[str, ...]
    resolve: str | None
    why: str


@dataclass(frozen=True)
class Target:
    """What a matched alias stands for."""

    kind: str  # "term" | "actor" | "ambiguous"
    id: str


@dataclass
class Registry:
    terms: dict[str, Term] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    ambiguous: dict[str, Ambiguity] = field(default_factory=dict)  # by alias
    aliases: dict[str, Target] = field(default_factory=dict)  # alias as written -> target

    def actor_of(self, target: Target) -> str | None:
        """The actor a match counts for: the actor itself, a term's actor, or a resolved ambiguity."""
        if target.kind == "actor":
            return target.id
        if target.kind == "term":
            return self.terms[target.id].actor or None
        return self.ambiguous[target.id].resolve

    def term_of(self, target: Target) -> str | None:
        if target.kind == "term":
            return target.id
        if target.kind == "actor":
            return self.actors[target.id].term or None
        return None

    def find(self, name: str) -> Target | None:
        """An entry by id, headword or alias (case ignored); used by the macros."""
        key = name.casefold()
        for kind, table in (("term", self.terms), ("actor", self.actors)):
            if key in table:
                return Target(kind, key)
        return next((t for a, t in self.aliases.items() if a.casefold() == key and t.kind != "ambiguous"), None)


def _entries(path: Path, display: str, schema: str):
    data, node = yamlfile.parse_yaml(path.read_text(encoding="utf-8"), display)
    yamlfile.validate(data, node, schema, display)
    return data, node


def load_registry(docs: Path, root: Path | None = None) -> Registry:
    """Read docs/data/glossary.yml and docs/data/actors.yml; an absent file is an empty list."""
    reg = Registry()
    problems: list[Diagnostic] = []
    owner: dict[str, tuple[str, int | None, str]] = {}  # alias casefolded -> (file, line, entry id)

    def claim(alias: str, file: str, line: int | None, entry: str, target: Target) -> None:
        key = " ".join(alias.split()).casefold()
        if key in owner and owner[key][2] != entry:
            f0, l0, e0 = owner[key]
            problems.append(Diagnostic(file, line, "alias-duplicate",
                                       f"alias {alias!r} of {entry!r} is already claimed by {e0!r} ({f0}:{l0})"))
            return
        owner[key] = (file, line, entry)
        reg.aliases[alias] = target

    g_path, a_path = docs / GLOSSARY, docs / ACTORS
    g_file, a_file = shown(g_path, root or docs.parent), shown(a_path, root or docs.parent)
    g_data, g_node = _entries(g_path, g_file, "glossary") if g_path.exists() else ({"terms": []}, None)
    a_data, a_node = _entries(a_path, a_file, "actors") if a_path.exists() else ({"actors": []}, None)

    for i, e in enumerate(g_data["terms"]):
        line = yamlfile.line_of(g_node, ["terms", i])
        if e["id"] in reg.terms:
            problems.append(Diagnostic(g_file, line, "id-duplicate", f"term id {e['id']!r} is used twice"))
            continue
        t = Term(e["id"], e["term"], " ".join(e["definition"].split()), e.get("expansion", ""),
                 tuple(e.get("aliases", [])), e.get("as_of", ""), e.get("actor", ""), tuple(e.get("sources", [])))
        reg.terms[t.id] = t
        for name in t.names:
            claim(name, g_file, line, t.id, Target("term", t.id))
    for i, e in enumerate(a_data["actors"]):
        line = yamlfile.line_of(a_node, ["actors", i])
        if e["id"] in reg.actors:
            problems.append(Diagnostic(a_file, line, "id-duplicate", f"actor id {e['id']!r} is used twice"))
            continue
        a = Actor(e["id"], e["name"], e["type"], " ".join(e["description"].split()), tuple(e.get("aliases", [])),
                  e.get("term", ""), tuple(e.get("sources", [])))
        reg.actors[a.id] = a
        for name in a.names:
            claim(name, a_file, line, a.id, Target("actor", a.id))
    for i, e in enumerate(a_data.get("ambiguous", [])):
        line = yamlfile.line_of(a_node, ["ambiguous", i])
        amb = Ambiguity(e["alias"], tuple(e["candidates"]), e.get("resolve"), e["why"])
        for c in amb.candidates:
            if c not in reg.actors:
                problems.append(Diagnostic(a_file, line, "ref-unknown", f"ambiguous alias {amb.alias!r}: no actor {c!r}"))
        if amb.resolve is not None and amb.resolve not in amb.candidates:
            problems.append(Diagnostic(a_file, line, "ref-unknown",
                                       f"ambiguous alias {amb.alias!r} resolves to {amb.resolve!r}, which is not a candidate"))
        reg.ambiguous[amb.alias] = amb
        claim(amb.alias, a_file, line, f"ambiguous:{amb.alias}", Target("ambiguous", amb.alias))
    for i, t in enumerate(reg.terms.values()):
        if t.actor and t.actor not in reg.actors:
            problems.append(Diagnostic(g_file, yamlfile.line_of(g_node, ["terms", i, "actor"]), "ref-unknown",
                                       f"term {t.id!r} names actor {t.actor!r}, which is not in {a_file}"))
    for i, a in enumerate(reg.actors.values()):
        if a.term and a.term not in reg.terms:
            problems.append(Diagnostic(a_file, yamlfile.line_of(a_node, ["actors", i, "term"]), "ref-unknown",
                                       f"actor {a.id!r} names term {a.term!r}, which is not in {g_file}"))
    if problems:
        raise ReaderError(problems)
    return reg
