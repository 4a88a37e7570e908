"""Commentary: front matter schema, anchoring by quote, safety of contributed Markdown, rendering,
the Web Annotation export and edit links."""
import json
import textwrap

import pytest
from bs4 import BeautifulSoup

from conftest import run_mkdocs_build
from reader.commentary import parse_commentary
from reader.diagnostics import ReaderError
from reader.enrich.anchoring import anchor_all, anchor_one, normalise
from reader.model import Document, Header, Paragraph, Ref
from reader.render.commentary import body_html

DOC = Document("doc", "seeds/doc.txt", Header("T", 1), [
    Paragraph(1, ("The so-called “Minsk Group” met in 1992. The group met again.",), (3,)),
    Paragraph(2, ("The group met again in Rome, with the\nco-chairs", Ref("4", 5), " present.",), (5,)),
], {}, [], [], [])


def commentary(exact, prefix="", suffix="", paragraph=None, body="A note.", kind="context", extra=""):
    anchor = f"  exact: {json.dumps(exact)}\n  prefix: {json.dumps(prefix)}\n  suffix: {json.dumps(suffix)}\n"
    para = f"paragraph: {paragraph}\n" if paragraph else ""
    text = (f"---\ntitle: A note\ndocument: doc\nanchor:\n{anchor}{para}author:\n  name: Ann Editor\n"
            f"  github: ann-ed\ndate: 2026-11-25\nkind: {kind}\n{extra}---\n\n{body}\n")
    return parse_commentary(text, "docs/commentary/x.md", "x")


def messages(excinfo):
    return [str(d) for d in excinfo.value.diagnostics]


# -- schema ------------------------------------------------------------------------------------
@pytest.mark.parametrize("extra, expected", [
    ("colour: red\n", "docs/commentary/x.md:2: (top level): Additional properties are not allowed ('colour' was unexpected)"),
    ("", None),
])
def test_front_matter_schema(extra, expected):
    if expected is None:
        assert commentary("Minsk Group").kind == "context"
        return
    with pytest.raises(ReaderError) as e:
        commentary("Minsk Group", extra=extra)
    assert messages(e)[0].startswith(expected)


def test_bad_kind_and_date_name_their_lines():
    text = "---\ntitle: A note\ndocument: doc\nanchor:\n  exact: abc\nauthor:\n  name: A\ndate: 25/11/2026\nkind: opinion\n---\nx\n"
    with pytest.raises(ReaderError) as e:
        parse_commentary(text, "docs/commentary/x.md", "x")
    assert [m.split(": ")[0] for m in messages(e)] == ["docs/commentary/x.md:8", "docs/commentary/x.md:9"]


def test_no_front_matter():
    with pytest.raises(ReaderError) as e:
        parse_commentary("Just text\n", "docs/commentary/x.md", "x")
    assert "[commentary-front-matter]" in messages(e)[0]


# -- anchoring ---------------------------------------------------------------------------------
def test_found_with_folded_quotes_and_white_space():
    a = anchor_one(commentary('so-called "Minsk  Group"'), DOC)
    assert (a.para, a.run, DOC.paragraphs[0].runs[0][a.start:a.end]) == (1, 0, "so-called “Minsk Group”")
    b = anchor_one(commentary("with the co-chairs"), DOC)
    assert (b.para, b.quote) == (2, "with the\nco-chairs")


def test_prefix_and_suffix_disambiguate():
    assert anchor_one(commentary("The group met again", suffix="in Rome"), DOC).para == 2
    assert anchor_one(commentary("group met again", prefix="1992. The"), DOC).para == 1


def test_ambiguous_quote_lists_candidates():
    with pytest.raises(ReaderError) as e:
        anchor_one(commentary("The group met again"), DOC)
    assert messages(e) == ["docs/commentary/x.md:5: quote 'The group met again' occurs 2 times in doc (¶1, ¶2); "
                           "add a prefix or suffix, or quote more words [anchor-ambiguous]"]


def test_missing_quote():
    with pytest.raises(ReaderError) as e:
        anchor_one(commentary("the Madrid Principles"), DOC)
    assert messages(e)[0].startswith("docs/commentary/x.md:5: quote 'the Madrid Principles' is not in doc; copy it")


def test_no_fuzzy_matching():
    for near_miss in ("so called Minsk Group", "Minsk group met", "The groups met again"):
        with pytest.raises(ReaderError):
            anchor_one(commentary(near_miss), DOC)


def test_quote_across_a_footnote_marker_is_explained():
    with pytest.raises(ReaderError) as e:
        anchor_one(commentary("co-chairs present"), DOC)
    assert "it does occur in ¶2 but runs across a footnote marker" in messages(e)[0]


def test_paragraph_cross_check():
    assert anchor_one(commentary("in Rome", paragraph=2), DOC).para == 2
    with pytest.raises(ReaderError) as e:
        anchor_one(commentary("in Rome", paragraph=1), DOC)
    assert messages(e) == ["docs/commentary/x.md:5: quote 'in Rome' is in ¶2 of doc, but the commentary says paragraph 1 [anchor-paragraph]"]


def test_unknown_document_and_overlaps():
    other = parse_commentary(
        "---\ntitle: B note\ndocument: nope\nanchor:\n  exact: abc\nauthor:\n  name: B\ndate: 2026-01-01\nkind: source\n---\nx\n",
        "docs/commentary/y.md", "y")
    with pytest.raises(ReaderError) as e:
        anchor_all([other], [DOC])
    assert "[anchor-document]" in messages(e)[0]
    a, b = commentary("Minsk Group"), commentary("Group” met")
    with pytest.raises(ReaderError) as e:
        anchor_all([a, b], [DOC])
    assert "[anchor-overlap]" in messages(e)[0]


def test_normalise_maps_back_to_the_original():
    folded, where = normalise("a  “b”\nc")
    assert folded == 'a "b" c' and [where[i] for i in range(len(folded))] == [0, 1, 3, 4, 5, 6, 7]


# -- safety ------------------------------------------------------------------------------------
MALICIOUS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click]( vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<svg onload=alert(1)>",
    "<div style=\"x\" onmouseover=\"alert(1)\">hi</div>",
    "[ref]: javascript:alert(1)",
    "<object data=x></object>",
    "<p>raw paragraph</p>",
]


@pytest.mark.parametrize("body", MALICIOUS)
def test_unsafe_markdown_is_rejected_with_file_and_line(body):
    with pytest.raises(ReaderError) as e:
        commentary("Minsk Group", body=f"A fine first line.\n\n{body}")
    assert messages(e)[0].startswith("docs/commentary/x.md:17: ") and messages(e)[0].endswith("[commentary-unsafe]")


def test_html_shown_as_code_is_allowed():
    c = commentary("Minsk Group", body="Write `<script>` to embed code; never in commentary.")
    assert "&lt;script&gt;" in body_html(c, c.body, "texts/doc.md")


@pytest.mark.parametrize("markdown", [
    "[x](javascript:alert(1))", "<script>alert(1)</script>", '<img src=x onerror="alert(1)">',
    "<a href='JAVASCRIPT:alert(1)'>x</a>", "[x](data:text/html,<script>alert(1)</script>)",
])
def test_sanitizer_strips_what_the_check_might_miss(markdown):
    html = body_html(commentary("Minsk Group"), markdown, "texts/doc.md").lower()
    assert "<script" not in html and "javascript:" not in html and "onerror" not in html and "data:text" not in html


def test_body_links_to_md_pages_become_site_urls():
    html = body_html(commentary("Minsk Group"), "See [the glossary](../glossary.md#csto).", "texts/doc.md")
    assert 'href="../../glossary/#csto"' in html


def test_the_template_contributors_copy_is_itself_valid():
    from pathlib import Path

    from reader.build import Project, parse_all

    root = Path(__file__).resolve().parent.parent
    path = root / "docs/commentary/_template.md"
    c = parse_commentary(path.read_text(encoding="utf-8"), "docs/commentary/_template.md", "_template")
    docs = {d.id: d for d in parse_all(Project.at(root))}
    assert anchor_one(c, docs[c.document]).para >= 1
