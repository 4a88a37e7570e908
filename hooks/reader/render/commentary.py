"""Render stage: commentary bodies as sanitized HTML, their popovers, the commentary index page
and the W3C Web Annotation export."""
from __future__ import annotations

import json
import posixpath
import re

import markdown
import nh3

from ..commentary import Commentary
from ..enrich.anchoring import Anchor
from ..model import Document
from .document import front_matter, page_uri, page_url
from .escape import attr, inline

PAGE = "commentary.md"
EXPORT = "annotations.jsonld"
KINDS = {"context": "Context", "correction": "Correction", "update": "Update", "source": "Source"}
MOTIVATION = {"context": "describing", "correction": "editing", "update": "commenting", "source": "linking"}
_TAGS = {"a", "p", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "br", "span", "mark", "sup", "sub", "hr"}
_ATTRS = {"a": {"href", "class", "data-term", "data-actor", "aria-describedby"}, "span": {"class", "id", "role", "hidden"}}
_HREF = re.compile(r'href="([^"#]*\.md)(#[^"]*)?"')


def url_of(uri: str) -> str:
    """A docs-relative .md path to its site URL (directory URLs): 'texts/a.md' -> 'texts/a/'."""
    if uri == "index.md":
        return ""
    if uri.endswith("/index.md"):
        return uri[: -len("index.md")]
    return uri[:-3] + "/"


def _rewrite(html: str, from_uri: str) -> str:
    """Links to .md sources (as the macros write them) become links to the built pages."""
    here = url_of(from_uri)

    def fix(m: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(from_uri), m.group(1)))
        rel = posixpath.relpath(url_of(target) or ".", here or ".")
        return f'href="{rel.rstrip("/") + "/" if rel != "." else "./"}{m.group(2) or ""}"'

    return _HREF.sub(fix, html)


def body_html(c: Commentary, expanded: str, from_uri: str) -> str:
    """The commentary body (macros already expanded) as HTML that cannot run script."""
    html = markdown.markdown(expanded, extensions=["sane_lists"])
    return nh3.clean(_rewrite(html, from_uri), tags=_TAGS, attributes=_ATTRS, url_schemes={"http", "https", "mailto"})


def byline(c: Commentary) -> str:
    who = attr(c.author) + (f' (<a href="https://github.com/{attr(c.github)}">@{attr(c.github)}</a>)' if c.github else "")
    return f'<span class="rd-cm-kind rd-cm-kind--{c.kind}">{KINDS[c.kind]}</span> {who}, <time datetime="{c.date}">{c.date}</time>'


def popover(a: Anchor, html: str, from_uri: str) -> str:
    c = a.commentary
    index = posixpath.relpath(url_of(PAGE), url_of(from_uri))
    return (f'<div class="rd-pop rd-cm-pop" id="pop-cm-{c.id}" role="tooltip" hidden>'
            f'<strong class="rd-cm-title">{attr(c.title)}</strong><span class="rd-cm-by">{byline(c)}</span>'
            f'{html}<span class="rd-pop__more"><a href="{index}/#cm-{c.id}">All commentary</a></span></div>')


def mark_open(a: Anchor) -> str:
    return f'<mark class="rd-cm-text" id="cm-{a.commentary.id}">'


def mark_close(a: Anchor, from_uri: str) -> str:
    c = a.commentary
    index = posixpath.relpath(url_of(PAGE), url_of(from_uri))
    return (f'</mark><a class="rd-cm" href="{index}/#cm-{c.id}" aria-describedby="pop-cm-{c.id}" '
            f'aria-label="{KINDS[c.kind]} commentary: {attr(c.title)}" aria-expanded="false"></a>')
    # the glyph comes from CSS, so the page's text stays the source's text for TextQuoteSelectors


def index_page(anchors: list[Anchor], docs: list[Document], bodies: dict[str, str]) -> str:
    """All commentary, by document and date, each linking to its anchored place."""
    out = [front_matter({"title": "Commentary", "description": "Dated notes by contributors on passages of the texts.",
                         "render_macros": False}),
           "# Commentary", "",
           f"{len(anchors)} notes by contributors on passages of the texts: context, corrections, updates and sources. "
           "Each is marked in the text where it applies. To add one, see the contributing guide in the repository. "
           f"All commentary is also published as W3C Web Annotations: [{EXPORT}]({EXPORT}).", ""]
    for d in docs:
        mine = sorted((a for a in anchors if a.doc == d.id), key=lambda a: (a.commentary.date, a.para))
        if not mine:
            continue
        out += [f"## {inline(d.header.short_title or d.header.title)} {{#doc-{d.id}}}", "", f"*{inline(d.header.title)}*", ""]
        for a in mine:
            c = a.commentary
            place = f"../{page_url(d.id)}#cm-{c.id}"
            out += [f'<section class="rd-cm-entry" id="cm-{c.id}" markdown>', "",
                    f"### {inline(c.title)} {{#h-cm-{c.id}}}", "",
                    f'<p class="rd-cm-by">{byline(c)} · on <a href="{place}">¶{a.para}: “{attr(c.exact)}”</a></p>', "",
                    bodies[c.id], "", "</section>", ""]
    return "\n".join(out)


def web_annotations(anchors: list[Anchor], bodies: dict[str, str], site_url: str) -> str:
    """A W3C Web Annotation collection (JSON-LD) of every commentary, targets by TextQuoteSelector."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    items = []
    for a in anchors:
        c = a.commentary
        creator = {"type": "Person", "name": c.author}
        if c.github:
            creator["nickname"] = c.github
            creator["homepage"] = f"https://github.com/{c.github}"
        items.append({
            "id": f"{base}{url_of(PAGE)}#cm-{c.id}",
            "type": "Annotation",
            "motivation": MOTIVATION[c.kind],
            "created": c.date,
            "creator": creator,
            "body": [{"type": "TextualBody", "purpose": MOTIVATION[c.kind], "format": "text/html", "language": "en",
                      "value": bodies[c.id]},
                     {"type": "TextualBody", "purpose": "tagging", "value": c.kind}],
            "target": {"source": f"{base}{page_url(a.doc)}",
                       "selector": [{"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.before, "suffix": a.after},
                                    {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3986",
                                     "value": f"p-{a.para}"}]},
        })
    collection = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": f"{base}{EXPORT}", "type": "AnnotationCollection",
                  "label": "Commentary on the annotated reader's texts", "total": len(items),
                  "first": {"id": f"{base}{EXPORT}#page1", "type": "AnnotationPage", "startIndex": 0, "items": items}}
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
