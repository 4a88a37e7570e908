"""Paragraph permalinks: #p-N scrolls to the paragraph, clear of the sticky header, and marks it."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .helpers import PAPER, activate, wait_in_viewport

pytestmark = pytest.mark.browser


def background(page: Page, selector: str) -> str:
    return page.locator(selector).evaluate("el => getComputedStyle(el).backgroundColor")


def test_permalink_scrolls_to_and_marks_the_paragraph(page: Page, site_url: str, viewport: str):
    """Opening …#p-16 shows paragraph 16 in the viewport below the header, with the :target
    background that no other paragraph has."""
    page.goto(site_url + PAPER + "#p-16")
    wait_in_viewport(page, page.locator("#p-16"), below=".md-header")
    marked, plain = background(page, "#p-16"), background(page, "#p-15")
    assert marked != plain, f"#p-16 is not marked: {marked} (#p-15: {plain})"
    assert re.fullmatch(r"rgba?\(.*\)", marked) and marked not in ("rgba(0, 0, 0, 0)", "transparent")


def test_paragraph_number_links_to_its_paragraph(page: Page, site_url: str, viewport: str):
    """The paragraph's number is its permalink: following it puts #p-20 in the address bar (to copy
    and share) and marks paragraph 20."""
    page.goto(site_url + PAPER)
    plain = background(page, "#p-20")
    activate(page, page.locator("#p-20 a.rd-pn"))
    expect(page).to_have_url(re.compile(r"#p-20$"))
    wait_in_viewport(page, page.locator("#p-20"), below=".md-header")
    assert background(page, "#p-20") != plain
