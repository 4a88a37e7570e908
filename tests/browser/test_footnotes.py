"""Footnote references show their note where they are cited (Material's tooltip, which reader.js
opens on a tap and closes on Escape), and the list of notes at the end still works."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .helpers import PAPER, SHOWN_NOTE, artifact, activate, is_touch, text_point, wait_in_viewport

pytestmark = pytest.mark.browser

REF = 'a.footnote-ref[href="#fn:1"]'
NOTE_TEXT = "US Embassy Baku"   # footnote 1 cites a US Embassy cable


def place(page: Page, selector: str, fraction: float) -> None:
    """Scroll so that the element's top sits at `fraction` of the viewport's height."""
    page.locator(selector).evaluate(
        "(el, f) => window.scrollBy({top: el.getBoundingClientRect().top - f * innerHeight, behavior: 'instant'})",
        fraction)


@pytest.fixture
def paper(page: Page, site_url: str) -> Page:
    """The working paper with footnote 1's reference at 30% of the screen's height."""
    page.goto(site_url + PAPER)
    place(page, REF, 0.3)
    return page


def where(page: Page) -> tuple[str, int]:
    return page.url, page.evaluate("Math.round(scrollY)")


@pytest.mark.parametrize("viewport", ["desktop"])
def test_hover_shows_the_note_in_place(paper: Page, viewport: str):
    """Hovering a reference shows its note inside the viewport without navigating or scrolling;
    Escape dismisses it while the pointer stays on the reference."""
    before = where(paper)
    paper.hover(REF)
    note = paper.locator(SHOWN_NOTE)
    expect(note).to_contain_text(NOTE_TEXT)
    wait_in_viewport(paper, note.locator(".md-tooltip2__inner"))
    assert where(paper) == before
    paper.screenshot(path=artifact(f"footnote-hover-{viewport}"), animations="disabled")
    paper.keyboard.press("Escape")
    expect(note).to_have_count(0)


def test_keyboard_focus_shows_the_note(paper: Page, viewport: str):
    """Tab reaches the reference and focus shows its note without navigating; Escape hides the note
    and leaves focus on the reference; Enter then follows it to the list of notes."""
    paper.locator("#p-8 a.rd-pn").focus()
    for _ in range(40):
        paper.keyboard.press("Tab")
        if paper.evaluate("sel => document.activeElement.matches(sel)", REF):
            break
    ref = paper.locator(REF)
    expect(ref).to_be_focused()
    before = where(paper)
    note = paper.locator(SHOWN_NOTE)
    expect(note).to_contain_text(NOTE_TEXT)
    wait_in_viewport(paper, note.locator(".md-tooltip2__inner"))
    assert where(paper) == before
    paper.screenshot(path=artifact(f"footnote-focus-{viewport}"), animations="disabled")
    paper.keyboard.press("Escape")
    expect(note).to_have_count(0)
    expect(ref).to_be_focused()
    paper.keyboard.press("Enter")
    expect(paper).to_have_url(re.compile(r"#fn:1$"))


@pytest.mark.parametrize("viewport", ["phone"])
def test_tap_shows_the_note_instead_of_jumping(paper: Page, viewport: str):
    """On a touch screen a tap on a reference shows its note in place: the URL and the scroll
    position stay. Escape closes it and keeps focus; a tap shows it again; a tap elsewhere closes it."""
    before = where(paper)
    ref, note = paper.locator(REF), paper.locator(SHOWN_NOTE)
    ref.tap()
    expect(note).to_contain_text(NOTE_TEXT)
    wait_in_viewport(paper, note.locator(".md-tooltip2__inner"))
    assert where(paper) == before
    paper.screenshot(path=artifact(f"footnote-tap-{viewport}"), animations="disabled")

    paper.keyboard.press("Escape")
    expect(note).to_have_count(0)
    expect(ref).to_be_focused()

    ref.tap()
    expect(note).to_contain_text(NOTE_TEXT)
    elsewhere = text_point(paper, "#p-8", "reconstruction of Baku")   # above the reference, clear of the note
    paper.touchscreen.tap(elsewhere["x"], elsewhere["y"])
    expect(note).to_have_count(0)
    assert where(paper) == before


@pytest.mark.parametrize("fraction", [0.15, 0.85], ids=["near-top", "near-bottom"])
def test_note_stays_inside_the_viewport(page: Page, site_url: str, viewport: str, fraction: float):
    """Near the top or the bottom of the screen, the note opens where it fits entirely."""
    page.goto(site_url + PAPER)
    place(page, REF, fraction)
    page.locator(REF).focus()
    note = page.locator(SHOWN_NOTE)
    expect(note).to_contain_text(NOTE_TEXT)
    wait_in_viewport(page, note.locator(".md-tooltip2__inner"), below=".md-header")


def test_list_of_notes_and_back_links(paper: Page, viewport: str):
    """Following a reference (a click; on a touch screen, a tap on the open note's reference) reaches
    note 1 in the list at the end, and its ↩ link returns to the reference."""
    ref = paper.locator(REF)
    if is_touch(paper):
        ref.tap()
        expect(paper.locator(SHOWN_NOTE)).to_contain_text(NOTE_TEXT)
    activate(paper, ref)
    expect(paper).to_have_url(re.compile(r"#fn:1$"))
    item = paper.locator("li#fn\\:1")
    expect(item).to_contain_text(NOTE_TEXT)
    wait_in_viewport(paper, item, below=".md-header")

    activate(paper, item.locator("a.footnote-backref"))
    expect(paper).to_have_url(re.compile(r"#fnref:1$"))
    wait_in_viewport(paper, paper.locator("#fnref\\:1"), below=".md-header")
