"""Render stage: the glossary page, the actor index and one page per actor."""
from __future__ import annotations

from collections import Counter

from ..curated import Actor, Registry
from ..enrich.mentions import Index, Mention, sentence_around
from ..model import Document, plain
from .document import front_matter
from .escape import attr, inline
from .links import ACTORS_PAGE, GLOSSARY_PAGE, actor_uri, para_link, rel

TYPE_HEADINGS = {"state": "States", "organisation": "Organisations", "person": "People", "place": "Places"}


def short_title(doc: Document) -> str:
    return doc.header.short_title or doc.header.title


def _where(mentions: list[Mention], docs: list[Document], from_uri: str) -> list[str]:
    """'Fuller 2013: 3 (¶12, ¶19, ¶40)' lines, one per document."""
    out = []
    for d in docs:
        paras = sorted({m.para for m in mentions if m.doc == d.id})
        if paras:
            n = sum(1 for m in mentions if m.doc == d.id)
            links = ", ".join(para_link(d.id, p, from_uri) for p in paras)
            out.append(f"{inline(short_title(d))}: {n} × ({links})")
    return out


def glossary_page(reg: Registry, index: Index, docs: list[Document]) -> str:
    uri = GLOSSARY_PAGE
    terms = sorted(reg.terms.values(), key=lambda t: t.term.casefold())
    letters = sorted({t.term[0].upper() for t in terms})
    out = [front_matter({"title": "Glossary", "description": "Terms the texts assume a reader knows, with where each appears.",
                         "render_macros": False}),
           "# Glossary", "",
           f"{len(terms)} terms the texts take for granted, defined by the editors. Each entry says where the term "
           "appears, with links to the paragraphs. Definitions describe the term when the texts were written; "
           "*as of now* notes say what has changed since.", "",
           " · ".join(f"[{c}](#letter-{c.lower()})" for c in letters), ""]
    for c in letters:
        out += [f"## {c} {{#letter-{c.lower()}}}", ""]
        for t in (t for t in terms if t.term[0].upper() == c):
            out += [f"### {inline(t.term)} {{#{t.id}}}", ""]
            if t.expansion and t.expansion != t.term:
                out += [f"*{inline(t.expansion)}*", "{: .rd-gl-exp }", ""]
            out += [inline(t.definition), ""]
            if t.as_of:
                out += [f"**As of now:** {inline(t.as_of)}", "{: .rd-gl-asof }", ""]
            facts = []
            others = [a for a in t.aliases if a != t.expansion]
            if others:
                facts.append(f"<dt>Also written</dt>\n<dd>{attr(', '.join(others))}</dd>")
            where = _where(index.by_term.get(t.id, []), docs, uri)
            facts.append(f"<dt>In the texts</dt>\n<dd markdown>{'<br>'.join(where) if where else 'Only in headings or notes.'}</dd>")
            if t.actor:
                facts.append(f'<dt>Actor page</dt>\n<dd markdown>[{inline(reg.actors[t.actor].name)}]({rel(uri, actor_uri(t.actor))})</dd>')
            if t.sources:
                facts.append("<dt>Checked against</dt>\n<dd markdown>" + ", ".join(f"<{s}>" for s in t.sources) + "</dd>")
            out += ['<dl class="rd-gl-facts" markdown>', *facts, "</dl>", ""]
    return "\n".join(out)


def _counts(reg: Registry, index: Index, docs: list[Document]) -> dict[str, Counter]:
    return {a: Counter(m.doc for m in index.by_actor.get(a, [])) for a in reg.actors}


def actor_index_page(reg: Registry, index: Index, docs: list[Document]) -> str:
    uri = ACTORS_PAGE
    counts = _counts(reg, index, docs)
    out = [front_matter({"title": "Actors", "description": "States, organisations, people and places in the texts, with mention counts.",
                         "render_macros": False}),
           "# Actors", "",
           f"{len(reg.actors)} states, organisations, people and places named in the texts. Within each group, "
           "actors are ordered by how often the texts mention them (most first), then by name. A mention is a "
           "name, an alias (\"Moscow\" for the Russian government) or a title that the register ties to the actor.", ""]
    for typ, heading in TYPE_HEADINGS.items():
        group = [a for a in reg.actors.values() if a.type == typ]
        if not group:
            continue
        group.sort(key=lambda a: (-sum(counts[a.id].values()), a.name.casefold()))
        out += [f"## {heading} {{#{typ}}}", "",
                "| Actor | " + " | ".join(inline(short_title(d)) for d in docs) + " | Total |",
                "|---|" + "---:|" * (len(docs) + 1)]
        for a in group:
            c = counts[a.id]
            out.append(f"| [{inline(a.name)}]({rel(uri, actor_uri(a.id))}) | "
                       + " | ".join(str(c[d.id]) for d in docs) + f" | {sum(c.values())} |")
        out.append("")
    return "\n".join(out)


def _snippet(m: Mention, doc: Document) -> str:
    p = next(p for p in doc.paragraphs if p.number == m.para)
    text = plain(p.runs)
    sentence, a, b = sentence_around(text, m.offset + m.start, m.offset + m.end)
    return f"{inline(sentence[:a])}<mark>{inline(sentence[a:b])}</mark>{inline(sentence[b:])}"


def actor_page(actor: Actor, reg: Registry, index: Index, docs: list[Document]) -> str:
    uri = actor_uri(actor.id)
    mentions = index.by_actor.get(actor.id, [])
    kind = {"state": "State", "organisation": "Organisation", "person": "Person", "place": "Place"}[actor.type]
    out = [front_matter({"title": actor.name, "description": actor.description, "render_macros": False}),
           f"# {inline(actor.name)}", "", f"**{kind}** · [all actors]({rel(uri, ACTORS_PAGE)})", "{: .rd-actor-kind }", "",
           inline(actor.description), ""]
    names = [a for a in actor.aliases]
    if actor.term:
        t = reg.terms[actor.term]
        names += [n for n in t.names if n not in names]
        out += [f"Glossary: [{inline(t.term)}]({rel(uri, GLOSSARY_PAGE)}#{t.id})", ""]
    if names:
        out += [f"**Also named:** {inline(', '.join(names))}", ""]
    out += [f"## Mentions ({len(mentions)}) {{#mentions}}", ""]
    if not mentions:
        out += ["Not mentioned in the paragraphs of the texts.", ""]
    for d in docs:
        mine = [m for m in mentions if m.doc == d.id]
        if not mine:
            continue
        out += [f"### {inline(short_title(d))} ({len(mine)}) {{#in-{d.id}}}", "", f"*{inline(d.header.title)}*", ""]
        out.append('<div class="rd-mentions" data-search-exclude markdown>')
        out += ["", *[f"- {para_link(d.id, m.para, uri)} {_snippet(m, d)}" for m in mine], "", "</div>"]
        out.append("")
    together: Counter = Counter()
    paras = {(m.doc, m.para) for m in mentions}
    for key in paras:
        together.update({a for m in index.by_para.get(key, []) if (a := reg.actor_of(m.target)) and a != actor.id})
    if together:
        out += ["## Mentioned alongside {#alongside}", "",
                "Actors named in the same paragraphs, by number of shared paragraphs.", ""]
        out += [f"- [{inline(reg.actors[a].name)}]({rel(uri, actor_uri(a))}): {n} paragraph{'s' * (n > 1)}"
                for a, n in together.most_common(8)]
        out.append("")
    return "\n".join(out)
