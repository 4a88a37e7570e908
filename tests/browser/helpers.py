"""What the browser tests share: the pages they open, how a reader acts on them, where things are
on screen, axe-core, colour contrast, and a record of a page's requests and console."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Locator, Page

from .harness import ROOT

PAPER = "texts/fuller-2013-azerbaijan-foreign-policy/"   # the IAI working paper: 18 notes and the author's
PIECE = "texts/ramezani-bonesh-2020-bakus-goals/"        # the shorter piece, no notes

# Material's footnote tooltip while it shows (reader.js hides a dismissed one with `hidden`).
SHOWN_NOTE = ".md-tooltip2.md-tooltip2--active:not([hidden])"

ARTIFACTS = ROOT / "test-artifacts"


def artifact(name: str) -> Path:
    """A path under test-artifacts/ for a screenshot, named from a test id or a description."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / (re.sub(r"[^\w.-]+", "_", name).strip("_") + ".png")


def one_page_of_each_kind(paths: list[str]) -> list[str]:
    """Both texts, and the first page of each folder at each depth (home, about, glossary, actors,
    one actor, commentary...): pages of one kind share their template, colours and scripts."""
    kinds: dict[tuple[str, int], str] = {}
    for path in paths:
        kinds.setdefault((path.split("/")[0], path.count("/")), path)
    return sorted(set(kinds.values()) | {PAPER, PIECE})


def is_touch(page: Page) -> bool:
    return page.evaluate("navigator.maxTouchPoints > 0")


def activate(page: Page, target: Locator) -> None:
    """What a reader does to follow a link or press a button: tap on a touch screen, else click."""
    if is_touch(page):
        target.tap()
    else:
        target.click()


def box_in_viewport(target: Locator, below: str | None = None) -> str | None:
    """None if `target` lies wholly inside the viewport (and under the element `below`, such as a
    sticky header, if given); otherwise a description of where it lies."""
    return target.evaluate(
        """(el, below) => {
            const r = el.getBoundingClientRect(), vw = innerWidth, vh = innerHeight;
            const top = below ? document.querySelector(below).getBoundingClientRect().bottom : 0;
            const ok = r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= vw && r.top >= top - 1 && r.bottom <= vh;
            return ok ? null : `box ${JSON.stringify(r)} outside ${vw}x${vh} (top limit ${top})`;
        }""", below)


def wait_in_viewport(page: Page, target: Locator, below: str | None = None, timeout: float = 3000) -> None:
    """Wait until `target` is inside the viewport (animations and smooth scrolls settle); fail if not."""
    waited = 0.0
    while (where := box_in_viewport(target, below)) and waited < timeout:
        page.wait_for_timeout(100)
        waited += 100
    assert where is None, where


def text_point(page: Page, selector: str, phrase: str) -> dict[str, float]:
    """Viewport coordinates of the middle of `phrase` in the text of the element `selector`:
    a spot a reader can tap that is plain text, not a link."""
    point = page.evaluate(
        """([selector, phrase]) => {
            const walker = document.createTreeWalker(document.querySelector(selector), NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                const at = node.data.indexOf(phrase);
                if (at < 0 || node.parentElement.closest("a")) continue;
                const range = document.createRange();
                range.setStart(node, at); range.setEnd(node, at + phrase.length);
                const r = range.getBoundingClientRect();
                return {x: r.left + r.width / 2, y: r.top + r.height / 2};
            }
            return null;
        }""", [selector, phrase])
    assert point, f"no plain text {phrase!r} in {selector}"
    return point


# -- Accessibility -------------------------------------------------------------------------------

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def run_axe(page: Page, options: dict | None = None, within: str | None = None) -> list[dict]:
    """axe-core's violations on the page as it is (or in the elements `within` selects), each
    reduced to what a report needs."""
    assert AXE.is_file(), f"{AXE} is missing: run `make node` (npm ci)"
    if not page.evaluate("'axe' in window"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate("([within, options]) => axe.run(within ? {include: [within]} : document, options)",
                          [within, {"resultTypes": ["violations"], **(options or {})}])
    return [{"rule": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [{"target": n["target"], "html": n["html"][:200], "why": n["failureSummary"]}
                       for n in v["nodes"]]}
            for v in found["violations"]]


def open_all_details(page: Page) -> None:
    """Open every <details> (source notes, related passages) so that checks see what they hold."""
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")


def describe(violations: list[dict]) -> str:
    """axe violations as lines a person can act on: rule, impact, element, why."""
    lines = []
    for v in violations:
        lines.append(f"{v['rule']} ({v['impact']}): {v['help']}")
        for n in v["nodes"]:
            lines.append(f"    {' '.join(map(str, n['target']))}: {n['html']}")
            lines.append("        " + (n["why"] or "").replace("\n", "\n        "))
    return "\n".join(lines)


# -- Colour contrast -----------------------------------------------------------------------------

# The element's text colour and its backdrop as 0-255 sRGB with alpha 0-1: each background from the
# root down to the element is painted over the previous one, starting from an opaque white canvas.
_COLOURS_JS = """el => {
    const ctx = document.createElement("canvas").getContext("2d", {willReadFrequently: true});
    const rgba = css => {                      // any CSS colour syntax, resolved by the browser
        ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = css; ctx.fillRect(0, 0, 1, 1);
        const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
        return [r, g, b, a / 255];
    };
    const chain = [];
    for (let node = el; node; node = node.parentElement) chain.unshift(getComputedStyle(node).backgroundColor);
    return {text: rgba(getComputedStyle(el).color), backgrounds: chain.map(rgba)};
}"""


def _over(top: list[float], bottom: list[float]) -> list[float]:
    a = top[3]
    return [top[i] * a + bottom[i] * (1 - a) for i in range(3)] + [1.0]


def _luminance(rgb: list[float]) -> float:
    def linear(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(target: Locator) -> float:
    """WCAG contrast ratio of the element's text against what is painted behind it."""
    colours = target.evaluate(_COLOURS_JS)
    backdrop = [255.0, 255.0, 255.0, 1.0]
    for layer in colours["backgrounds"]:
        backdrop = _over(layer, backdrop)
    text = _over(colours["text"], backdrop)
    lighter, darker = sorted((_luminance(text), _luminance(backdrop)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


# -- What a page does on the network and in its console ------------------------------------------

class Traffic:
    """What a page did on the network and in its console, recorded for the whole context."""

    def __init__(self, page: Page):
        self.problems: list[str] = []
        self.hosts: set[str] = set()
        context = page.context   # the context sees the search worker's requests too
        context.on("request", self._request)
        context.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} ({r.failure})"))
        context.on("response", self._response)
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))

    def _request(self, request) -> None:
        url = urlsplit(request.url)
        if url.scheme not in ("data", "blob"):
            self.hosts.add(url.hostname or "")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")

    def _console(self, message) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text} (at {message.location.get('url')})")

    def take(self) -> tuple[list[str], set[str]]:
        """Problems and hosts recorded since the last call, then start afresh."""
        taken = self.problems, self.hosts
        self.problems, self.hosts = [], set()
        return taken
