"""Light and dark schemes: Material's palette toggle switches between them, and text stays
readable in both (contrast of at least 4.5:1, WCAG AA for body text)."""
from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .harness import Site, page_paths
from .helpers import PAPER, contrast, describe, one_page_of_each_kind, open_all_details, run_axe

pytestmark = pytest.mark.browser

SCHEMES = ["default", "slate"]    # Material's light and dark schemes, as in mkdocs.yml's palette
READING = {                       # what a reader reads on a text page
    "paragraph text": "#p-8",
    "paragraph number": "#p-8 a.rd-pn",
    "footnote reference": 'a.footnote-ref[href="#fn:1"]',
    "note in the list": "li#fn\\:1 p",
    "link in a note": "li#fn\\:1 p a:not(.footnote-backref)",
}


def switch_to(page: Page, scheme: str) -> None:
    """Press the header's palette toggle until the page shows `scheme`."""
    body = page.locator("body")
    for _ in range(len(SCHEMES)):
        if body.get_attribute("data-md-color-scheme") == scheme:
            return
        page.locator('form[data-md-component="palette"] label:visible').click()
    expect(body).to_have_attribute("data-md-color-scheme", scheme)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_text_is_readable_in_both_schemes(page: Page, site_url: str, viewport: str, scheme: str):
    """Switched with the toggle (to dark, and back for light), paragraph text, paragraph numbers,
    note references, notes and their links have a contrast of at least 4.5:1, and axe finds no
    colour-contrast violation on the whole page."""
    page.goto(site_url + PAPER)
    switch_to(page, "slate")
    switch_to(page, scheme)
    page.wait_for_timeout(300)   # Material fades colours in over .25s
    ratios = {name: round(contrast(page.locator(sel)), 2) for name, sel in READING.items()}
    low = {name: ratio for name, ratio in ratios.items() if ratio < 4.5}
    assert not low, f"contrast below 4.5:1 in {scheme}: {low} (all: {ratios})"
    violations = run_axe(page, {"runOnly": ["color-contrast"]})
    assert not violations, describe(violations)


def test_toggle_switches_scheme_and_is_remembered(page: Page, site_url: str, viewport: str):
    """The toggle changes the colours actually painted, and the choice holds on the next page."""
    page.goto(site_url + PAPER)
    body = page.locator("body")
    light = body.evaluate("el => getComputedStyle(el).backgroundColor")
    switch_to(page, "slate")
    expect(body).not_to_have_css("background-color", light)
    page.goto(site_url)
    expect(body).to_have_attribute("data-md-color-scheme", "slate")


def test_scheme_follows_the_system_setting(page: Page, site_url: str, viewport: str):
    """With no choice made, a system set to dark gets the dark scheme."""
    page.emulate_media(color_scheme="dark")
    page.goto(site_url + PAPER)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


@pytest.mark.parametrize("viewport", ["desktop"])
def test_dark_scheme_passes_axe_colour_contrast(page: Page, site: Site, viewport: str):
    """In the dark scheme, one page of each kind, with its <details> open, has no axe-core
    colour-contrast violation (test_accessibility checks every page in the light scheme)."""
    pages = one_page_of_each_kind(page_paths(site.dir))
    report = {}
    for path in pages:
        page.goto(site.page(path))
        switch_to(page, "slate")     # remembered from the first page on
        open_all_details(page)
        page.wait_for_timeout(300)   # let colour transitions end
        if violations := run_axe(page, {"runOnly": ["color-contrast"]}):
            report[path or "(home)"] = describe(violations)
    assert not report, "\n\n".join(f"{path}\n{text}" for path, text in report.items())
