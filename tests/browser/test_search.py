"""Material's search (lunr in a web worker, fed from search/search_index.json) finds the texts,
including Russian titles cited in the notes."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from .helpers import PAPER, PIECE

pytestmark = pytest.mark.browser


def open_search(page: Page) -> None:
    """Open the search box as a reader would: the header's search icon on a phone, the field itself
    on a desktop."""
    icon = page.locator('header label.md-header__button[for="__search"]')
    if icon.is_visible():
        icon.click()
    else:
        page.locator("input.md-search__input").click()
    expect(page.locator("input.md-search__input")).to_be_focused()


def results(page: Page, site_url: str) -> list[str]:
    """The locations of every result of the current query, relative to the site: "texts/x/#notes".
    Waits for the worker's answer, and scrolls the list until Material has rendered all of it."""
    meta = page.locator(".md-search-result__meta")
    expect(meta).to_have_text(re.compile(r"^\s*(\d+|One) matching documents?\s*$"), timeout=10_000)
    found = meta.inner_text().split()[0]
    total = 1 if found == "One" else int(found)
    items = page.locator("li.md-search-result__item")
    wrap = page.locator(".md-search__scrollwrap")
    for _ in range(50):   # Material renders ten results, then four more each time the list's end is reached
        if items.count() >= total:
            break
        wrap.evaluate("el => el.scrollTo(0, 0)")
        page.wait_for_timeout(50)
        wrap.evaluate("el => el.scrollTo(0, el.scrollHeight)")
        page.wait_for_timeout(50)
    assert items.count() == total, f"{items.count()} results rendered, {total} announced"
    root = urlsplit(site_url).path
    hrefs = page.locator("a.md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    return [urlsplit(h).path.removeprefix(root) + (f"#{urlsplit(h).fragment}" if urlsplit(h).fragment else "")
            for h in hrefs]


@pytest.fixture
def search(page: Page, site_url: str):
    """Open the home page and its search box; the fixture's value types a query and returns the
    results' locations. Queries are typed key by key, or inserted at once (as a paste, dictation or
    a phone keyboard's suggestion does) when `typed=False`."""
    page.goto(site_url)

    def run(query: str, typed: bool = True) -> list[str]:
        open_search(page)
        box = page.locator("input.md-search__input")
        box.fill("")
        expect(page.locator(".md-search-result__meta")).to_have_text(re.compile("Type to start"))  # worker ready
        if typed:
            box.press_sequentially(query)
        else:
            page.keyboard.insert_text(query)
        expect(box).to_have_value(query)
        return results(page, site_url)

    return run


def test_minsk_finds_both_texts(search, viewport: str):
    """Both documents mention the Minsk Group, so both are among the results."""
    pages = {r.split("#")[0] for r in search("Minsk")}
    assert {PAPER, PIECE} <= pages, pages


def test_gabala_finds_the_paper(search, viewport: str):
    """The Gabala radar station is discussed in the working paper (section 3.1, Russia)."""
    found = search("Gabala")
    assert PAPER + "#s-3-1-russia" in found, found
    assert PIECE not in {r.split("#")[0] for r in found}


def test_russian_title_finds_the_notes_of_the_paper(search, page: Page, viewport: str):
    """Footnote 6 cites a Russian title, "Декларация …": the query, inserted as a paste would be,
    leads to the Notes section of the paper, with the word highlighted."""
    found = search("Декларация", typed=False)
    assert PAPER + "#notes" in found, found
    hit = page.locator(f'a.md-search-result__link[href*="{PAPER}"][href$="#notes"]')
    expect(hit.locator("mark").first).to_have_text(re.compile("Декларация", re.I))
