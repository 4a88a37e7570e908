"""Glossary, actor index and actor pages, term popovers, related passages and macros in the built site."""
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import run_mkdocs_build
from reader.build import Project, enrich

ROOT = Path(__file__).resolve().parent.parent
PAPER, PIECE = "fuller-2013-azerbaijan-foreign-policy", "ramezani-bonesh-2020-bakus-goals"


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def corpus():
    return enrich(Project.at(ROOT))


def test_curated_data_is_large_enough(corpus):
    reg = corpus.registry
    assert len(reg.terms) >= 25 and len(reg.actors) >= 40
    assert {a.type for a in reg.actors.values()} == {"state", "organisation", "person", "place"}
    required = ["CSTO", "GUAM", "OSCE", "OSCE Minsk Group", "NATO", "Partnership for Peace", "Individual Partnership Action Plan",
                "OIC", "Non-Aligned Movement", "Eastern Partnership", "WTO", "Line of Contact", "Meiendorf Declaration",
                "Southern Gas Corridor", "Shah Deniz", "Baku-Tbilisi-Ceyhan", "SOCAR", "Republic of Artsakh", "TAGAP"]
    missing = [name for name in required if not any(name.casefold() in (n.casefold() for n in t.names) for t in reg.terms.values())]
    assert not missing


@pytest.mark.parametrize("alias, actor", [
    ("Moscow", "russia"), ("Ankara", "turkey"), ("Tehran", "iran"), ("Washington", "united-states"),
    ("Yerevan", "armenia"), ("Tbilisi", "georgia"), ("Baku", "azerbaijan"), ("President Aliyev", "ilham-aliyev"),
])
def test_metonyms_and_titles_resolve(corpus, alias, actor):
    reg = corpus.registry
    assert reg.actor_of(reg.aliases[alias]) == actor


def test_russia_page_lists_mentions_from_both_documents(built_site):
    html = soup(built_site / "actors/russia/index.html")
    for doc in (PAPER, PIECE):
        items = html.select(f"#in-{doc} ~ ul li")
        assert items, doc
    marks = html.select("li mark")
    assert marks and all(m.get_text() for m in marks)
    first = html.select_one("li a[href*='#p-']")
    page, frag = first["href"].split("#")
    assert soup((built_site / "actors/russia" / page / "index.html").resolve()).select_one(f"#{frag}")


def test_minsk_group_in_section_3_2_links_to_the_glossary(built_site):
    html = soup(built_site / f"texts/{PAPER}/index.html")
    iran = [p for p in html.select("p.rd-p") if p.find_previous(["h2", "h3"]).get("id") == "s-3-2-iran"]
    links = [a for p in iran for a in p.select("a.rd-term") if "Minsk Group" in a.get_text()]
    assert links and links[0]["href"].startswith("../../glossary/#")
    pop = html.select_one(f"#{links[0]['aria-describedby']}")
    assert pop is not None and "Minsk" in pop.get_text()


def test_every_term_link_has_its_popover_and_entry(built_site):
    glossary = soup(built_site / "glossary/index.html")
    for doc in (PAPER, PIECE):
        html = soup(built_site / f"texts/{doc}/index.html")
        terms = html.select("a.rd-term")
        assert terms
        for a in terms:
            assert html.select_one(f"#{a['aria-describedby']}") is not None
            assert glossary.select_one(f"#{a['href'].split('#')[1]}") is not None


def test_glossary_page_is_alphabetical_with_counts(built_site, corpus):
    html = soup(built_site / "glossary/index.html")
    entries = [h.get_text().rstrip("¶").strip() for h in html.select("h3")]
    assert len(entries) == len(corpus.registry.terms)
    assert entries == sorted(entries, key=str.casefold)
    csto = html.select_one("#csto").find_next("dl")
    assert "×" in csto.get_text() and csto.select("a[href*='#p-']")


def test_actor_index_groups_by_type_and_counts_per_document(built_site, corpus):
    html = soup(built_site / "actors/index.html")
    assert [h.get_text().rstrip("¶").strip() for h in html.select("h2")] == ["States", "Organisations", "People", "Places"]
    rows = html.select("tbody tr")
    assert len(rows) == len(corpus.registry.actors)
    for table in html.select("table"):
        totals = [int(tr.select("td")[-1].get_text()) for tr in table.select("tbody tr")]
        assert totals == sorted(totals, reverse=True)


def test_piece_on_turkey_finds_the_papers_turkey_section(corpus):
    paper = corpus.by_id[PAPER]
    turkey_section = {p.number for p in paper.paragraphs if p.section == "s-3-3-turkey"}
    piece = corpus.by_id[PIECE]
    on_turkey = [p.number for p in piece.paragraphs
                 if any(corpus.registry.actor_of(m.target) == "turkey" for m in corpus.index.by_para.get((PIECE, p.number), []))]
    assert on_turkey
    found = [n for n in on_turkey if any(r.doc == PAPER and r.para in turkey_section for r in corpus.related[(PIECE, n)])]
    assert found, "no paragraph of the 2020 piece on Turkey is related to the paper's section 3.3"


def test_related_passages_point_at_other_documents_only(corpus):
    for (doc, _), related in corpus.related.items():
        assert all(r.doc != doc for r in related) and len(related) <= 3


def test_macros_render_links_and_fail_on_unknown_names(site_copy, tmp_path):
    page = site_copy / "docs" / "notes.md"
    page.write_text('# Notes\n\n{{ actor("Russia") }}, {{ term("CSTO") }}, {{ para("%s", 12) }}.\n' % PAPER, encoding="utf-8")
    result = run_mkdocs_build(site_copy, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = soup(tmp_path / "out/notes/index.html")
    assert html.select_one("a.rd-actor")["href"] == "../actors/russia/"
    term = html.select_one("a.rd-term")
    assert term["href"].startswith("../glossary/#") and html.select_one(f"#{term['aria-describedby']}")
    assert html.select_one(f"a[href='../texts/{PAPER}/#p-12']")
    page.write_text('# Notes\n\n{{ actor("Narnia") }}\n', encoding="utf-8")
    result = run_mkdocs_build(site_copy, tmp_path / "out2")
    assert result.returncode != 0 and "notes.md: actor('Narnia'): no such actor" in result.stderr
