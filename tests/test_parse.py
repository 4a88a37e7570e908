"""Document-level parsing rules, each shown on a small inline text."""
from pathlib import Path

import pytest

from reader.diagnostics import ReaderError
from reader.model import Heading, Paragraph, Ref, plain
from reader.parse import parse_seed
from reader.parse.document import PAGE_NOTE, REPEATED_TITLE
from reader.sources import load_seed, load_seeds


def parse(project, text, meta=None, name="doc.txt"):
    path = project.seed(name, text, meta)
    return parse_seed(load_seed(path, project.root))


def outline(doc):
    return [(b.level, b.text) if isinstance(b, Heading) else plain(b.runs) for b in doc.body]


def errors(excinfo):
    return [str(d) for d in excinfo.value.diagnostics]


PAPER = """
A Title of the Paper

Jane Roe

Abstract

The abstract says what the paper does.

A Title of the Paper

by Jane Roe*

1. First part

The first paragraph cites a source.¹ It then runs on across the page and has not prevented sporadic

Paper prepared for a seminar, April 2013.

* Jane Roe is a writer.

¹ A source, *Its Title*, <http://example.org/a>.

exchanges of fire on the next page.

1.1. A subsection

Text of the subsection.

Updated: 8 April 2013
"""


def test_paper_outline_front_and_paratext(project):
    doc = parse(project, PAPER)
    assert doc.header.title == "A Title of the Paper"
    assert [a.name for a in doc.header.authors] == ["Jane Roe"]
    assert doc.header.byline == ("by Jane Roe", Ref("*", 11))
    assert outline(doc) == [
        (1, "Abstract"),
        "The abstract says what the paper does.",
        (1, "1. First part"),
        "The first paragraph cites a source. It then runs on across the page and has not prevented "
        "sporadic exchanges of fire on the next page.",
        (2, "1.1. A subsection"),
        "Text of the subsection.",
    ]
    notes = {n.label: n.text for n in doc.source_notes}
    assert notes[REPEATED_TITLE] == "A Title of the Paper"
    assert notes[PAGE_NOTE] == "Paper prepared for a seminar, April 2013."
    assert notes["Date line"] == "Updated: 8 April 2013"
    assert doc.header.date.value == "2013-04-08" and doc.header.date.certainty == "stated"
    assert set(doc.footnotes) == {"*", "1"}
    assert doc.paragraphs[1].lines == (15, 23)


def test_join_keeps_hyphen_of_a_word_and_drops_nothing(project):
    doc = parse(project, """
        T

        The pipeline carries hydro-

        ¹ Note.

        carbons west.¹
        """)
    assert plain(doc.paragraphs[0].runs) == "The pipeline carries hydro-carbons west."


@pytest.mark.parametrize("ending, joined", [
    ("in December 2011 -", True),  # a dash at a page foot
    ("to Azerbaijan,", True),
    ("the first of over a dozen to", True),
    ("and so it ended.", False),
])
def test_which_endings_continue(project, ending, joined):
    doc = parse(project, f"""
        T

        Some text {ending}

        ¹ A note.

        just months later it went on.¹
        """)
    assert len(doc.paragraphs) == (1 if joined else 2)


def test_no_join_when_the_next_block_starts_a_sentence(project):
    doc = parse(project, """
        T

        A paragraph long enough not to be taken for a heading, which stops without a full stop

        Another paragraph starts here.
        """)
    assert len(doc.paragraphs) == 2


def test_web_article_headings_author_affiliation(project):
    doc = parse(project, """
        Home / OPINION / Analysis / Goals in the war

        Goals in the war

        Print Friendly, PDF & Email

        Ann Author

        Senior Analyst of Things

        An unheaded opening paragraph.

        Military dimensions

        A paragraph under the heading.

        A closing paragraph.
        """, meta="""
        chrome:
          - exact: "Print Friendly, PDF & Email"
            why: print button
          - pattern: '^Home( / [^/]+)+$'
            why: breadcrumb
        """)
    assert doc.header.title == "Goals in the war"
    assert [(a.name, a.affiliation) for a in doc.header.authors] == [("Ann Author", "Senior Analyst of Things")]
    assert outline(doc) == ["An unheaded opening paragraph.", (1, "Military dimensions"),
                            "A paragraph under the heading.", "A closing paragraph."]
    assert [(d.line, d.why) for d in doc.dropped] == [(1, "breadcrumb"), (5, "print button")]


def test_shared_chrome_applies_to_every_seed(project):
    project.seed("_chrome.yml", 'chrome:\n  - exact: "Share"\n    why: share button\n')
    project.seed("a.txt", "Title A\n\nShare\n\nText a.\n")
    project.seed("b.txt", "Title B\n\nText b.\n\nShare\n")
    docs = [parse_seed(s) for s in load_seeds(project.seeds, project.root)]
    assert [[d.line for d in doc.dropped] for doc in docs] == [[3], [5]]


def test_declared_back_matter_and_paratext(project):
    doc = parse(project, """
        T

        The argument.

        Prepared for a conference.

        Latest Papers

        - 13 | 12 A. Maurer, From EMU to DEMU
        - 13 | 10 N. Tocci, Turkey's Kurdish Gamble
        """, meta="""
        paratext:
          - starts_with: "Prepared for"
            label: Publication note
        back_matter:
          starts_at: "Latest Papers"
        """)
    assert outline(doc) == ["The argument."]
    assert [n.label for n in doc.source_notes] == ["Publication note", "Publisher's back matter", "Publisher's back matter"]


def test_list_in_body_stays_a_list_and_star_bullets_are_not_notes(project):
    doc = parse(project, """
        T

        Three points:

        * one
        * two
        """)
    assert doc.paragraphs[1].list_item and doc.footnotes == {}


@pytest.mark.parametrize("text, rule, line", [
    ("T\n\nCited.¹⁹\n", "footnote-orphan", 3),
    ("T\n\nNothing cited.\n\n¹ A note.\n", "footnote-unreferenced", 5),
    ("T\n\nCited.¹\n\n¹ A note.\n\n¹ Again.\n", "footnote-duplicate", 7),
    ("T\n\nBy the author*\n", "footnote-orphan", 3),
])
def test_footnote_errors_name_file_line_and_rule(project, text, rule, line):
    with pytest.raises(ReaderError) as e:
        parse(project, text)
    assert errors(e) == [next(s for s in errors(e) if f"[{rule}]" in s)]
    assert errors(e)[0].startswith(f"seeds/doc.txt:{line}: ")


def test_orphan_message_shows_the_superscript(project):
    with pytest.raises(ReaderError) as e:
        parse(project, "T\n\nCited.¹⁹\n")
    assert errors(e) == ["seeds/doc.txt:3: footnote ¹⁹ has no definition [footnote-orphan]"]


@pytest.mark.parametrize("raw, rule", [
    (b"", "seed-empty"),
    (b"\n  \n", "seed-empty"),
    ("Title\n\nCaf\u00e9\n".encode("latin-1"), "seed-encoding"),
])
def test_unreadable_seeds(project, raw, rule):
    path = project.seed("doc.txt", raw)
    with pytest.raises(ReaderError) as e:
        load_seed(path, project.root)
    assert f"[{rule}]" in errors(e)[0] and errors(e)[0].startswith("seeds/doc.txt")


def test_encoding_error_names_the_line(project):
    path = project.seed("doc.txt", b"Title\n\nok\n\nbad \xff here\n")
    with pytest.raises(ReaderError) as e:
        load_seed(path, project.root)
    assert errors(e)[0].startswith("seeds/doc.txt:5: not valid UTF-8")


def test_bom_and_crlf_are_accepted_silently(project):
    plain_doc = parse(project, "Title\n\nText.¹\n\n¹ Note.\n", name="a.txt")
    path = project.seed("b.txt", "\ufeffTitle\r\n\r\nText.¹\r\n\r\n¹ Note.\r\n".encode("utf-8"))
    crlf = parse_seed(load_seed(path, project.root))
    assert outline(crlf) == outline(plain_doc) and crlf.header.title == "Title"


@pytest.mark.parametrize("meta, expected", [
    ("titel: Oops\n", "seeds/doc.meta.yml:1: (top level): Additional properties are not allowed ('titel' was unexpected) [schema-seed-meta]"),
    ("date:\n  value: 2013-04\n  certainty: maybe\n", "seeds/doc.meta.yml:3: date/certainty: 'maybe' is not one of ['stated', 'inferred', 'approximate', 'unknown'] [schema-seed-meta]"),
    ("title: [unclosed\n", "seeds/doc.meta.yml:2: "),
    ("title: A\ntitle: B\n", "seeds/doc.meta.yml:2: duplicate key 'title' (first on line 1) [yaml-syntax]"),
    ("back_matter:\n  starts_at: Nowhere\n", "seeds/doc.meta.yml: back_matter.starts_at: no block of seeds/doc.txt starts with 'Nowhere' [meta-unmatched]"),
])
def test_bad_sidecars_name_file_and_line(project, meta, expected):
    with pytest.raises(ReaderError) as e:
        parse(project, "Title\n\nText.\n", meta=meta)
    assert errors(e)[0].startswith(expected)
