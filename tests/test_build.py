"""The real site built with `mkdocs build --strict`: zero warnings, and the HTML a reader gets."""
import json
import re
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

from conftest import run_mkdocs_build

PAPER = "texts/fuller-2013-azerbaijan-foreign-policy/index.html"
PIECE = "texts/ramezani-bonesh-2020-bakus-goals/index.html"


def soup(site, page):
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def test_strict_build_has_no_warnings(built_site):
    log = (built_site / "build.log").read_text(encoding="utf-8")
    assert "WARNING" not in log and "ERROR" not in log


@pytest.mark.parametrize("page", [PAPER, PIECE])
def test_paragraphs_are_numbered_with_permalinks(built_site, page):
    paras = soup(built_site, page).select("p.rd-p")
    assert [p["id"] for p in paras] == [f"p-{n}" for n in range(1, len(paras) + 1)]
    for p in paras:
        assert p.select_one("a.rd-pn")["href"] == f"#{p['id']}"


def test_every_note_reference_and_back_link_has_a_target(built_site):
    page = soup(built_site, PAPER)
    ids = {el["id"] for el in page.select("[id]")}
    refs = page.select("a.footnote-ref")
    assert len(refs) == 19  # 18 numbered notes and the author note
    assert all(a["href"][1:] in ids for a in refs)
    backs = page.select("a.footnote-backref")
    assert len(backs) == 19 and all(a["href"][1:] in ids for a in backs)
    assert page.select_one("#fn\\:1").get_text().strip().startswith("1 US Embassy Baku")


def test_header_toc_and_source_notes(built_site):
    page = soup(built_site, PAPER)
    assert page.select_one("h1").get_text(strip=True).startswith("Azerbaijan's Foreign Policy")
    meta = " ".join(dl.get_text(" ") for dl in page.select("dl.rd-meta"))
    for label in ("Author", "Date", "Source", "Cite as", "Keywords"):
        assert label in meta
    assert "https://example.org/reader/texts/fuller-2013-azerbaijan-foreign-policy/" in meta
    toc = [a.get_text(strip=True) for a in page.select(".md-sidebar--secondary .md-nav__link")]
    assert "3.1. Russia" in toc and "Notes" in toc and "Source notes" in toc


def test_home_lists_every_document(built_site):
    links = {a["href"] for a in soup(built_site, "index.html").select(".rd-doclist a")}
    assert links == {"texts/fuller-2013-azerbaijan-foreign-policy/", "texts/ramezani-bonesh-2020-bakus-goals/"}


def test_search_index_covers_notes_in_russian(built_site):
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert "ru" in index["config"]["lang"]
    hits = [d["location"] for d in index["docs"] if "Декларация" in d["text"]]
    assert any(h.startswith("texts/fuller-2013-azerbaijan-foreign-policy/#notes") for h in hits), hits


def test_no_request_leaves_the_site(built_site):
    for page in built_site.rglob("*.html"):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for el in html.select("script[src], link[href], img[src], iframe[src]"):
            url = el.get("src") or el.get("href")
            if el.name == "link" and el.get("rel") in (["canonical"], ["alternate"]):
                continue
            assert not urlparse(url).netloc, f"{page}: loads {url}"
        assert "fonts.googleapis" not in str(html)


def test_works_under_a_sub_path(built_site):
    html = (built_site / PAPER).read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/reader/texts/fuller-2013-azerbaijan-foreign-policy/">' in html
    assert not re.search(r'(src|href)="/(?!/)', html), "root-absolute links break under a sub-path"


def test_bad_seed_fails_the_build_naming_file_and_line(site_copy, tmp_path):
    (site_copy / "seeds" / "broken.txt").write_text("A Title\n\nCited here.¹⁹\n", encoding="utf-8")
    result = run_mkdocs_build(site_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "seeds/broken.txt:3: footnote ¹⁹ has no definition [footnote-orphan]" in result.stderr


def test_page_clashing_with_a_generated_one_fails(site_copy, tmp_path):
    (site_copy / "docs" / "texts").mkdir()
    (site_copy / "docs" / "texts" / "fuller-2013-azerbaijan-foreign-policy.md").write_text("# x\n")
    result = run_mkdocs_build(site_copy, tmp_path / "out")
    assert result.returncode != 0 and "clashes with a page the reader generates" in result.stderr


def test_seed_text_is_never_a_template(site_copy, tmp_path):
    (site_copy / "seeds" / "tpl.txt").write_text("T\n\nThe text says {{ config.site_name }} and {% if x %}.\n", encoding="utf-8")
    result = run_mkdocs_build(site_copy, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    text = BeautifulSoup((tmp_path / "out/texts/tpl/index.html").read_text(), "html.parser").select_one("#p-1").get_text()
    assert "{{ config.site_name }} and {% if x %}" in text
