"""Commentary in the built site: marks in the text, the index page, the JSON-LD export, edit links."""
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import run_mkdocs_build

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(p.stem for p in (ROOT / "docs/commentary").glob("*.md") if not p.name.startswith("_"))


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_ships_three_to_five_commentaries():
    assert 3 <= len(SHIPPED) <= 5


def test_every_commentary_is_marked_in_its_text_with_a_popover(built_site):
    marks = {}
    for page in (built_site / "texts").glob("*/index.html"):
        html = soup(page)
        for mark in html.select("mark.rd-cm-text"):
            marker = mark.find_next_sibling("a", class_="rd-cm")
            pop = html.select_one(f"#{marker['aria-describedby']}")
            assert pop is not None and pop.has_attr("hidden") and pop.select_one(".rd-cm-title")
            marks[mark["id"][3:]] = page.parent.name
    assert sorted(marks) == SHIPPED


def test_header_counts_commentary(built_site):
    html = soup(built_site / "texts/ramezani-bonesh-2020-bakus-goals/index.html")
    rows = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in html.select("dl.rd-meta dt")}
    n = len(html.select("mark.rd-cm-text"))
    assert n >= 1 and rows["Commentary"].startswith(f"{n} note")


def test_index_page_lists_all_by_document_and_links_to_the_place(built_site):
    html = soup(built_site / "commentary/index.html")
    entries = html.select("section.rd-cm-entry")
    assert sorted(e["id"][3:] for e in entries) == SHIPPED
    for e in entries:
        link = e.select_one(".rd-cm-by a[href*='#cm-']")
        page, frag = link["href"].split("#")
        target = soup((built_site / "commentary" / page / "index.html").resolve())
        assert target.select_one(f"#{frag}") is not None


def test_web_annotation_export(built_site):
    data = json.loads((built_site / "annotations.jsonld").read_text(encoding="utf-8"))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld" and data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == len(SHIPPED)
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("https://example.org/reader/commentary/#cm-")
        selector = item["target"]["selector"][0]
        assert selector["type"] == "TextQuoteSelector"
        source = item["target"]["source"]
        assert source.startswith("https://example.org/reader/texts/")
        page = built_site / source.removeprefix("https://example.org/reader/") / "index.html"
        text = " ".join(soup(page).select_one("article.rd-doc").get_text().split())
        quoted = " ".join((selector["prefix"] + selector["exact"] + selector["suffix"]).split())
        assert quoted in text


@pytest.mark.parametrize("page, expected", [
    ("index.html", "https://github.com/example/reader/edit/main/docs/_home.md"),
    ("about/index.html", "https://github.com/example/reader/edit/main/docs/about.md"),
    ("texts/fuller-2013-azerbaijan-foreign-policy/index.html",
     "https://github.com/example/reader/edit/main/seeds/fuller-2013-azerbaijan-foreign-policy.meta.yml"),
    ("commentary/index.html", "https://github.com/example/reader/tree/main/docs/commentary/"),
])
def test_edit_links_point_at_the_real_source(built_site, page, expected):
    link = soup(built_site / page).select_one('a[title="Edit this page"]')
    assert link["href"] == expected
    path = expected.split("/main/", 1)[1]
    assert (ROOT / path).exists()


def test_every_page_has_an_edit_link_to_an_existing_file(built_site):
    for page in built_site.rglob("index.html"):
        if page.parent.name == "404":
            continue
        link = soup(page).select_one('a[title="Edit this page"]')
        assert link is not None, page
        assert (ROOT / link["href"].split("/main/", 1)[1]).exists(), (page, link["href"])


def test_commentary_pointing_at_nothing_fails_the_build(site_copy, tmp_path):
    src = (site_copy / "docs/commentary" / f"{SHIPPED[0]}.md")
    text = src.read_text(encoding="utf-8")
    start = text.index("exact:")
    end = text.index("\n", start)
    src.write_text(text[:start] + 'exact: "words that are in no text at all"' + text[end:], encoding="utf-8")
    result = run_mkdocs_build(site_copy, tmp_path / "out")
    assert result.returncode != 0
    assert f"docs/commentary/{SHIPPED[0]}.md:" in result.stderr and "[anchor-missing]" in result.stderr
