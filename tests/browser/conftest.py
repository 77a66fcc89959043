"""Fixtures for the real-browser tests: the demo site as a server, Debian's Chromium driven by Playwright.

Every test runs at phone (375 px) and desktop (1280 px) width. Every request the page makes is checked: one that
leaves the site is refused and fails the test, and so does an uncaught script error or a server error.
Screenshots go to test-artifacts/browser/<stack>/.
"""

import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.server import start_demo_site
from tests.services.browser import CHROMIUM

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", REPO / "test-artifacts")) / "browser"
WIDTHS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
# The flags a closed network needs: no background connections to Google's services (see README, Tests).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps",
]  # fmt: skip


@pytest.fixture(scope="session")
def demo_site():
    site = start_demo_site()
    yield site
    site.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(params=list(WIDTHS))
def width(request):
    return request.param


class Watch:
    """What a page did that a reader should never meet: requests off the site, script errors, server errors."""

    def __init__(self, site_url):
        self.origin = urlsplit(site_url).netloc
        self.external, self.script_errors, self.server_errors = [], [], []

    def route(self, route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).netloc == self.origin:
            route.continue_()
        else:
            self.external.append(url)
            route.abort()

    def response(self, response):
        if response.status >= 500:
            self.server_errors.append(f"{response.status} {response.url}")

    def problems(self):
        return [f"request left the site: {url}" for url in self.external] + [
            f"script error: {error}" for error in self.script_errors
        ] + [f"server error: {error}" for error in self.server_errors]  # fmt: skip


def open_context(browser, demo_site, width, viewport=None, **options):
    viewport = viewport or WIDTHS[width]
    context = browser.new_context(viewport=viewport, base_url=demo_site.url, locale="nl-NL", **options)
    context.set_default_timeout(15_000)
    watch = Watch(demo_site.url)
    context.route("**/*", watch.route)
    context.on("response", watch.response)
    context.on("weberror", lambda error: watch.script_errors.append(str(error.error)))
    return context, watch


@pytest.fixture
def watched(browser, demo_site, width):
    """watched(**options) -> (context, watch): a browser context whose problems fail the test at its end."""
    opened = []

    def new_context(**options):
        context, watch = open_context(browser, demo_site, width, **options)
        opened.append((context, watch))
        return context, watch

    yield new_context
    problems = []
    for context, watch in opened:
        context.close()
        problems += watch.problems()
    assert not problems, "\n".join(problems)


@pytest.fixture
def page(watched):
    context, _watch = watched()
    return context.new_page()


@pytest.fixture
def shoot(request, demo_site, width):
    """shoot(page, "step"): a full-page screenshot, kept as a test artefact."""
    folder = ARTIFACTS / demo_site.stack
    folder.mkdir(parents=True, exist_ok=True)
    test = re.sub(r"[^\w-]+", "-", request.node.name).strip("-")

    def take(page, step):
        path = folder / f"{test}-{step}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
