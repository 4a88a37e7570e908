"""Glossary terms, commentary markers and actor links, as a reader uses them with mouse, keyboard
and touch."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .helpers import PAPER, PIECE, box_in_viewport, is_touch

POPOVER = ".rd-popover:not([hidden])"


def term(page: Page, name: str):
    """The linked occurrence of a glossary term (the first in its section carries the popover)."""
    return page.locator("a.rd-term", has_text=re.compile(name)).first


def open_by(page: Page, target, how: str) -> None:
    target.scroll_into_view_if_needed()
    if how == "hover":
        target.hover()
    elif how == "focus":
        target.focus()
    else:
        target.tap() if is_touch(page) else target.click()


def how_for(viewport: str) -> list[str]:
    return ["tap"] if viewport == "phone" else ["hover", "focus"]


@pytest.mark.browser
@pytest.mark.parametrize("doc, name, words", [
    (PIECE, "Collective Security Treaty Organization", "military alliance"),
    (PAPER, "GUAM", "Georgia"),
    (PAPER, "Minsk Group", "Minsk"),
])
def test_glossary_term_shows_its_definition(page: Page, site_url: str, viewport: str, doc, name, words):
    """Hover or keyboard focus (desktop), or a tap (phone), shows the definition without leaving the
    page; it stays inside the viewport; Escape closes it."""
    for how in how_for(viewport):
        page.goto(site_url + doc)
        url = page.url
        trigger = term(page, name)
        open_by(page, trigger, how)
        pop = page.locator(POPOVER)
        expect(pop).to_be_visible()
        expect(pop).to_contain_text(words)
        expect(pop.locator("a", has_text="Glossary entry")).to_have_count(1)
        assert page.url == url, f"{how} navigated"
        assert box_in_viewport(pop) is None, box_in_viewport(pop)
        assert trigger.get_attribute("aria-expanded") == "true"
        page.keyboard.press("Escape")
        expect(page.locator(POPOVER)).to_have_count(0)


@pytest.mark.browser
@pytest.mark.parametrize("viewport", ["desktop"])
def test_keyboard_reaches_the_links_inside_a_term_popover(page: Page, site_url: str, viewport: str):
    """Tab from a focused term moves into its popover; following the link lands on the entry."""
    page.goto(site_url + PIECE)
    trigger = term(page, "Collective Security Treaty Organization")
    trigger.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Glossary entry"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/glossary/#csto$"))


@pytest.mark.browser
def test_commentary_marker_opens_in_place(page: Page, site_url: str, viewport: str):
    """The ✎ marker opens the commentary (title, kind, author, date, body) by mouse, keyboard and
    touch, without leaving the page."""
    ways = ["tap"] if viewport == "phone" else ["hover", "focus", "click"]
    for how in ways:
        page.goto(site_url + PAPER)
        url = page.url
        open_by(page, page.locator("a.rd-cm").first, how)
        pop = page.locator(POPOVER)
        expect(pop).to_be_visible()
        expect(pop.locator(".rd-cm-title")).not_to_be_empty()
        expect(pop.locator("time")).to_have_attribute("datetime", re.compile(r"^\d{4}-\d{2}-\d{2}$"))
        expect(pop).to_contain_text("Sources")
        assert page.url == url, f"{how} navigated"
        page.keyboard.press("Escape")
        expect(page.locator(POPOVER)).to_have_count(0)


@pytest.mark.browser
def test_actor_index_to_mention_to_paragraph(page: Page, site_url: str, viewport: str):
    """Actor index -> Turkey's page -> a mention in the 2020 piece -> that paragraph, marked."""
    page.goto(site_url + "actors/")
    link = page.locator("table a", has_text=re.compile(r"^Turkey$"))
    link.click() if not is_touch(page) else link.tap()
    page.wait_for_url(re.compile(r"/actors/turkey/$"))
    mention = page.locator("#in-ramezani-bonesh-2020-bakus-goals ~ div li a[href*='#p-']").first
    href = mention.get_attribute("href")
    number = href.rsplit("#p-", 1)[1]
    mention.click() if not is_touch(page) else mention.tap()
    page.wait_for_url(re.compile(rf"{PIECE}#p-{number}$"))
    para = page.locator(f"#p-{number}")
    expect(para).to_contain_text("Turkey")
    assert box_in_viewport(para, below=".md-header") is None
    assert para.evaluate("el => el.matches(':target')")
