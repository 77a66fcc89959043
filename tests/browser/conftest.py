"""Fixtures for the real-browser tests: the demo site as a server, Debian's Chromium driven by Playwright.

Every test runs at phone (375 px) and desktop (1280 px) width, but the judged visits of the page types: Dutch
at phone width, English at desktop width (visits.JUDGED_VIEWS). Every request the page makes is checked: one that
leaves the site is refused and fails the test, and so does an uncaught script error or a server error.
Screenshots go to test-artifacts/browser/<stack>/.

The browser tests run after all the others, and the demo site is built in the background from the moment the tests
are collected (tests/browser/server.py), so building it costs the run little. The checks of a page type (axe, images,
resources, 200% text) share one page load per page type and view (`judged`), each test asserting its own
part. Tests marked `same_on_every_stack` judge HTML that does not depend on the stack; `make test` runs them in the
embedded run only (see README, Accessibility and the browser tests).
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.server import BUILD, DemoSiteBuild
from tests.browser.visits import WIDTHS, Tab, judge, open_context
from tests.services.browser import CHROMIUM

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", REPO / "test-artifacts")) / "browser"
# The flags a closed network needs: no background connections to Google's services (see README, Tests).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps",
]  # fmt: skip


def uses_demo_site(item):
    return "demo_site" in getattr(item, "fixturenames", ())


def in_browser(item):
    return uses_demo_site(item) or item.get_closest_marker("browser") is not None


def journey_width():
    """The width the editors' journeys run at on this stack: desktop on the embedded one, phone on production."""
    return "phone" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "desktop"


def other_width_of_an_editor_journey(item):
    callspec = getattr(item, "callspec", None)
    return (
        item.get_closest_marker("editor_journey") is not None
        and callspec is not None
        and callspec.params.get("width", journey_width()) != journey_width()
    )


def pytest_collection_modifyitems(config, items):
    """The browser tests run last, so that the demo site can be built while the others run. An editor's journey
    through the admin (marker `editor_journey`) runs once per stack, at one width each: `make test` runs both stacks,
    so each journey is walked on both stacks and at both widths, at half the cost of every width on every stack."""
    left_out = [item for item in items if other_width_of_an_editor_journey(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not other_width_of_an_editor_journey(item)]
    items[:] = [item for item in items if not in_browser(item)] + [item for item in items if in_browser(item)]


def pytest_collection_finish(session):
    if not session.config.option.collectonly and any(uses_demo_site(item) for item in session.items):
        session.config.stash[BUILD] = DemoSiteBuild()


def pytest_sessionfinish(session):
    build = session.config.stash.get(BUILD, None)
    if build is not None:
        build.stop()


def pytest_terminal_summary(terminalreporter, config):
    build = config.stash.get(BUILD, None)
    if build is not None and build.site is not None:
        terminalreporter.write_line(
            f"demo site ({build.site.stack}): built and started in {build.site.build_seconds:.0f} s in the background; "
            f"the browser tests waited {build.waited:.0f} s for it"
        )


@pytest.fixture(scope="session")
def demo_site(request):
    build = request.config.stash.get(BUILD, None)
    if build is None:
        build = request.config.stash[BUILD] = DemoSiteBuild()
    site = build.result()
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


@pytest.fixture(scope="session")
def tabs(browser, demo_site):
    """{width: visits.Tab}: one tab per width for the tests that only read and navigate (`page`, `judged`)."""
    opened = {}
    yield opened
    for tab in opened.values():
        tab.close()


@pytest.fixture
def page(browser, demo_site, width, tabs):
    """The tab of this width, its cookies cleared and its watch fresh; what the watch saw fails the test at its end.
    Every test starts with its own navigation, so nothing of the previous test's page is left but the HTTP cache."""
    tab = tabs.get(width) or tabs.setdefault(width, Tab(browser, demo_site, width))
    tab.context.clear_cookies()
    tab.watch.reset()
    yield tab.page
    problems = tab.watch.problems()
    assert not problems, "\n".join(problems)


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


@pytest.fixture(scope="session")
def judged(browser, demo_site, tabs):
    """judged(page_type, language, width) -> Judgement: the page type is visited once, by the first test that asks,
    in the one tab of its width (visits.Tab); a visit that fails leaves its tab closed and the next opens a new one."""
    seen = {}

    def visit(page_type, language, width):
        key = (page_type, language, width)
        if key not in seen:
            tab = tabs.get(width) or tabs.setdefault(width, Tab(browser, demo_site, width))
            try:
                seen[key] = judge(tab, demo_site, page_type, language)
            except Exception:
                tabs.pop(width).close()
                raise
        return seen[key]

    return visit
