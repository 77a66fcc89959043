"""The content security policy breaks nothing: no page type, in either language, meets a CSP violation, and neither
does an editor in the admin (log-in, the page explorer, the page editor; tests/browser/test_translation_journey.py
walks wagtail-localize's editor under the same policy).

Violations are collected in the page (a `securitypolicyviolation` listener added before any script runs) and from
the console, where Chromium reports what it refused.
"""

import re

import pytest

from tests.browser.journeys import log_in
from tests.browser.visits import open_context, page_type_params

pytestmark = pytest.mark.browser
LISTEN = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__csp.push(`${event.violatedDirective} refused ${event.blockedURI || 'inline'} (${where})`);
});
"""
# Violation events are queued as tasks: a zero timeout lets those already queued run before they are read.
COLLECTED = "() => new Promise((resolve) => setTimeout(() => resolve(window.__csp), 0))"


class Violations:
    def __init__(self, browser, demo_site):
        self.context, self.watch = open_context(browser, demo_site, "desktop")
        self.context.add_init_script(LISTEN)
        self.console = []
        self.context.on("console", self.log)
        self.page = self.context.new_page()

    def log(self, message):
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def visit(self, path):
        self.page.goto(path)
        return self.collect(path)

    def collect(self, where):
        found = [f"{where}: {violation}" for violation in self.page.evaluate(COLLECTED)]
        found += [f"{where}: {text}" for text in self.console]
        self.console.clear()
        return found

    def close(self):
        self.context.close()
        return self.watch.problems()


@pytest.fixture
def violations(browser, demo_site):
    opened = Violations(browser, demo_site)
    yield opened
    problems = opened.close()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page_type", page_type_params())
def test_page_type_meets_no_csp_violation(violations, demo_site, page_type):
    found = [v for language in ("nl", "en") for v in violations.visit(demo_site.pages[page_type][language])]
    assert not found, "\n".join(found)


@pytest.mark.same_on_every_stack
def test_the_csp_check_sees_an_inline_script_and_style(violations, demo_site):
    """The check above can fail: an inline script and a style attribute added to a page are refused and reported."""
    violations.visit(demo_site.pages["home"]["nl"])
    violations.page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1'; document.body.append(s);"
        " document.body.setAttribute('style', 'color: red'); }"
    )
    found = violations.collect("home")
    assert any("script-src" in v for v in found) and any("style-src" in v for v in found), found
    assert violations.page.evaluate("() => window.ran") is None


@pytest.mark.same_on_every_stack
def test_the_admin_works_under_its_own_policy(violations, demo_site):
    """Wagtail and wagtail-localize run inline scripts and styles: the admin's policy lets them, the site's never."""
    page = violations.page
    log_in(page, "redacteur", demo_site.password)
    found = violations.collect("login")
    found += violations.visit(demo_site.admin["article_index"])
    page.locator('a[href*="/edit/"]').first.click()
    page.wait_for_load_state("networkidle")
    found += violations.collect(page.url)
    assert re.search(r"/admin/pages/\d+/edit/", page.url), page.url
    assert not found, "\n".join(found)
