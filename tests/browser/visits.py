"""Visiting the demo site: a watched browser context, and one visit per page type that several checks share."""

from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest

from tests.browser import axe
from tests.browser.js import script
from tests.browser.page_types import NAMES, STACK_DEPENDENT

WIDTHS = {"phone": {"width": 375, "height": 812}, "desktop": {"width": 1280, "height": 900}}
# The judged visits (`judge`): each page type in Dutch at phone width and in English at desktop width, so that every
# page type is judged in both languages and at both widths by two visits, not four. The HTML of the two languages
# differs only in its words and the two widths only in the style sheet's layout; the phone width, where reflow and
# the text zoom are hardest, gets the first language. (All four took 86 s of the embedded run, a third of Chromium.)
JUDGED_VIEWS = pytest.mark.parametrize(
    "language, width", [pytest.param("nl", "phone", id="nl-phone"), pytest.param("en", "desktop", id="en-desktop")]
)
SAME_ON_EVERY_STACK = pytest.mark.same_on_every_stack


def page_type_params(names=NAMES):
    """Page types as parameters; those whose HTML does not depend on the stack are marked `same_on_every_stack`."""
    return [pytest.param(name, marks=() if name in STACK_DEPENDENT else SAME_ON_EVERY_STACK) for name in names]


class Watch:
    """What a page did that a reader should never meet: requests off the site, script errors, server errors, and
    anything the content security policy refused (Chromium reports each refusal on the console)."""

    def __init__(self, site_url):
        self.origin = urlsplit(site_url).netloc
        self.reset()

    def reset(self):
        """Forget what was seen: the next visit in the same context starts with a clean record."""
        self.external, self.script_errors, self.server_errors, self.refused = [], [], [], []

    def console(self, message):
        if "Content Security Policy" in message.text:
            self.refused.append(message.text)

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
        ] + [f"server error: {error}" for error in self.server_errors] + [
            f"content security policy: {text}" for text in self.refused
        ]  # fmt: skip


def open_context(browser, demo_site, width, viewport=None, **options):
    viewport = viewport or WIDTHS[width]
    context = browser.new_context(viewport=viewport, base_url=demo_site.url, locale="nl-NL", **options)
    context.set_default_timeout(15_000)
    watch = Watch(demo_site.url)
    context.route("**/*", watch.route)
    context.on("response", watch.response)
    context.on("weberror", lambda error: watch.script_errors.append(str(error.error)))
    context.on("console", watch.console)
    return context, watch


@dataclass
class Judgement:
    """What one load of a page type showed, in one language at one width: the page-type tests each assert a part."""

    lang: str
    problems: list  # what the watch saw during the whole visit: requests off the site, script errors, server errors
    without_alt: list  # images without an alt attribute
    unnamed_controls: list  # links and buttons whose only content is a decorative image
    axe: list  # axe-core's WCAG 2.1 A and AA violations
    resources: list  # every resource address the page names, after the network fell idle
    external: list  # requests that tried to leave the site
    heading_size: tuple  # the h1's font size before and after the text zoom, in px (None: no h1)
    lost_at_200_percent: list  # what a reader loses with the text at 200%


HEADING_SIZE = "() => { const h = document.querySelector('h1'); return h && parseFloat(getComputedStyle(h).fontSize); }"


class Tab:
    """One browser tab per width that the judged visits navigate from page to page, with a clean watch per visit. A
    new page per visit starts a new renderer process that compiles axe-core again: twice the time of the visit's
    checks (1.1 s against 0.5 s per visit, measured on the demo site)."""

    def __init__(self, browser, demo_site, width, viewport=None):
        self.context, self.watch = open_context(browser, demo_site, width, viewport=viewport)
        self.page = self.context.new_page()

    def visit(self, url):
        self.watch.reset()
        self.page.goto(url)
        return self.page

    def close(self):
        self.context.close()


def judge(tab, demo_site, page_type, language):
    """One visit, read-only checks first and the text zoom (which changes the page) last; the next visit's
    navigation undoes the zoom."""
    watch = tab.watch
    page = tab.visit(demo_site.pages[page_type][language])
    lang = page.locator("html").get_attribute("lang")
    without_alt = page.evaluate(
        "() => [...document.images].filter(img => !img.hasAttribute('alt')).map(img => img.src)"
    )
    unnamed = page.evaluate(script("unnamed_controls.js"))
    violations = axe.violations(page)
    page.wait_for_load_state("networkidle")  # at once when the network has been idle during the checks above
    resources = page.evaluate(script("resources.js"))
    before = page.evaluate(HEADING_SIZE)
    page.evaluate(script("zoom_text.js"))
    after = page.evaluate(HEADING_SIZE)
    lost = page.evaluate(script("lost.js"))
    return Judgement(lang, watch.problems(), without_alt, unnamed, violations, resources, list(watch.external),
                     (before, after), lost)  # fmt: skip
