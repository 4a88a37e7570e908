"""axe-core on every page of the built site, and on what opens over the text, on a desktop: zero
violations. No rule is disabled: violations that come from Material are fixed on our side
(reader.css, reader.js)."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page

from .harness import Site, page_paths
from .helpers import PAPER, SHOWN_NOTE, describe, open_all_details, run_axe

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("viewport", ["desktop"])
def test_every_page_passes_axe(page: Page, site: Site, viewport: str):
    """Each page the build wrote (every index.html, and the 404 page) has no axe-core violation,
    with every <details> open so that what it hides is checked too. One test walks them all, so a
    new page is covered without editing this file."""
    paths = page_paths(site.dir)
    assert len(paths) >= 5, paths   # home, about, glossary and the two texts at least
    report = {}
    for path in paths + ["404.html"]:
        page.goto(site.page(path))
        open_all_details(page)
        if violations := run_axe(page):
            report[path or "(home)"] = describe(violations)
    assert not report, "\n\n".join(f"{path}\n{text}" for path, text in report.items())


# What opens over the text when a reader hovers, focuses or taps it: (trigger, what opens).
POPOVERS = {
    "footnote": ('a.footnote-ref[href="#fn:1"]', SHOWN_NOTE),
    "glossary term": ("a.rd-term", ".rd-popover"),
    "commentary": ("a.rd-cm", ".rd-popover"),
}


@pytest.mark.parametrize("viewport", ["desktop"])
@pytest.mark.parametrize("kind", POPOVERS)
def test_open_popover_passes_axe(page: Page, site_url: str, viewport: str, kind: str):
    """What opens in place when a reader focuses a footnote reference, a glossary term or a
    commentary marker has no axe-core violation (a dialog needs a name, its links must stand out)."""
    trigger, popover = POPOVERS[kind]
    page.goto(site_url + PAPER)
    page.locator(trigger).first.focus()
    opened = page.locator(popover)
    opened.first.wait_for()
    page.wait_for_timeout(400)   # let it fade in: axe measures colours as painted
    violations = run_axe(page, within=popover)
    assert not violations, describe(violations)
