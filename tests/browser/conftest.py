"""Fixtures for the browser tests: one build and one server per session, one chromium per session,
a fresh context per test in the viewport it asks for, and a screenshot of every failure.

A test asks for `page` (a blank tab in a new context) and `site_url`; `viewport` runs it once per
viewport in VIEWPORTS unless the test narrows it, e.g. @pytest.mark.parametrize("viewport", ["phone"]).
"""
from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from .harness import CHROMIUM, ROOT, VIEWPORTS, Site, launch_chromium, served_site
from .helpers import Traffic, artifact


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """On a failure, screenshot the test's page (still open here) to test-artifacts/."""
    report = yield
    page = getattr(item, "funcargs", {}).get("page")
    if report.when == "call" and report.failed and page is not None and not page.is_closed():
        path = artifact("failure-" + item.nodeid.split("::", 1)[-1])
        try:
            page.screenshot(path=str(path), animations="disabled")
            report.sections.append(("screenshot", str(path.relative_to(ROOT))))
        except Exception as exc:  # the page may have crashed; the failure itself matters more
            report.sections.append(("screenshot", f"failed: {exc}"))
    return report


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The real site, built once with --strict for its address, served under /reader/."""
    with served_site(tmp_path_factory.mktemp("browser-site")) as served:
        yield served


@pytest.fixture(scope="session")
def site_url(site: Site) -> str:
    """Where the site is served: http://127.0.0.1:<port>/reader/."""
    return site.url


@pytest.fixture(scope="session")
def browser() -> Browser:
    """Debian's chromium, started once. If it cannot start, every browser test fails: no skips."""
    with sync_playwright() as playwright:
        try:
            chromium = launch_chromium(playwright)
        except Exception as exc:
            pytest.fail(f"chromium at {CHROMIUM} could not start (install it with `make browser`, "
                        f"or set CHROMIUM):\n{exc}", pytrace=False)
        yield chromium
        chromium.close()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request: pytest.FixtureRequest) -> str:
    """The name of a viewport in VIEWPORTS: "desktop" (1280x900, mouse) or "phone" (390x844, touch)."""
    return request.param


@pytest.fixture
def page(browser: Browser, viewport: str) -> Page:
    """A blank tab in a fresh context (no storage, no cache) of the given viewport."""
    context = browser.new_context(**VIEWPORTS[viewport])
    context.set_default_timeout(10_000)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def traffic(page: Page) -> Traffic:
    """Console errors, failed requests, HTTP errors and the hosts requested by `page`."""
    return Traffic(page)
