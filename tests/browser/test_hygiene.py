"""Every page loads cleanly: no console error, no failed request, no HTTP error, and no request
to any host but the site's own (the site promises that no request leaves it: system fonts, no CDN)."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .harness import Site, page_paths
from .helpers import Traffic, one_page_of_each_kind

pytestmark = pytest.mark.browser


def settle(page: Page) -> None:
    """Let a loaded page finish what it starts: the search worker says it is ready once it has
    fetched the index and the stemmers."""
    expect(page.locator(".md-search-result__meta")).not_to_have_text(re.compile("Initializing"))


def visit(page: Page, url: str) -> None:
    page.goto(url)
    settle(page)


def test_every_page_loads_cleanly(page: Page, traffic: Traffic, site: Site, viewport: str):
    """Each page the build wrote loads with no console error, failed request or HTTP error, and
    requests nothing from any host but 127.0.0.1: every page on a desktop, and one page of each
    kind on a phone (a page requests the same files at any size)."""
    paths = page_paths(site.dir)
    report = {}
    for path in paths if viewport == "desktop" else one_page_of_each_kind(paths):
        visit(page, site.page(path))
        problems, hosts = traffic.take()
        problems += [f"request to another host: {host}" for host in sorted(hosts - {"127.0.0.1"})]
        if problems:
            report[path or "(home)"] = problems
    assert not report, report


def test_search_loads_cleanly(page: Page, traffic: Traffic, site: Site, viewport: str):
    """A search (typed after Material's "s" shortcut) gets its answer from the worker with no
    error and no request elsewhere."""
    visit(page, site.page())
    page.keyboard.press("s")     # Material's shortcut to the search box
    page.keyboard.type("Karabakh")
    page.locator("li.md-search-result__item").first.wait_for()
    problems, hosts = traffic.take()
    assert not problems and hosts == {"127.0.0.1"}, (problems, hosts)


def test_a_missing_page_gets_the_styled_404_page(page: Page, traffic: Traffic, site: Site, viewport: str):
    """A wrong address under the sub-path gets the site's 404 page with status 404, and that page's
    styles, scripts and links work from there (it is served at any depth)."""
    response = page.goto(site.page("texts/no-such-text/"))
    assert response is not None and response.status == 404
    settle(page)
    problems, hosts = traffic.take()
    problems = [p for p in problems if "no-such-text" not in p]   # the document's own 404 is the point
    assert not problems and hosts == {"127.0.0.1"}, (problems, hosts)
    assert page.locator(".md-header").evaluate("el => getComputedStyle(el).position") in ("sticky", "fixed")
    home = page.locator(".md-header a.md-logo").get_attribute("href")
    assert page.evaluate("href => new URL(href, location).href", home) == site.url
