"""The content security policy breaks nothing, and the browser suite would see it if it did.

Every browser context the suite opens (tests/browser/visits.py, `Watch`) fails its test on anything the policy
refused, as Chromium reports it on the console: so every page type in both languages and at both widths (the judged
visits), every journey through the admin (the editor's, the reviewer's, the translator's in wagtail-localize) and
the crawl run under the policy. Here: the check itself can fail, and an editor's first steps in the admin.
"""

import re

import pytest

from tests.browser.journeys import log_in
from tests.browser.visits import open_context

pytestmark = pytest.mark.browser


@pytest.fixture
def watched(browser, demo_site):
    context, watch = open_context(browser, demo_site, "desktop")
    yield context.new_page(), watch
    context.close()


@pytest.mark.same_on_every_stack
def test_the_check_sees_an_inline_script_and_a_style_attribute(watched, demo_site):
    page, watch = watched
    page.goto(demo_site.pages["home"]["nl"])
    assert not watch.problems()
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1'; document.body.append(s);"
        " document.body.setAttribute('style', 'color: red'); }"
    )
    page.wait_for_timeout(50)  # the console messages arrive as events
    refused = "\n".join(watch.problems())
    assert "script-src" in refused and "style-src" in refused, refused
    assert page.evaluate("() => window.ran") is None


@pytest.mark.same_on_every_stack
def test_the_admin_works_under_its_own_policy(watched, demo_site):
    """Wagtail and wagtail-localize run inline scripts and styles: the admin's policy lets them, the site's never."""
    page, watch = watched
    log_in(page, "redacteur", demo_site.password)
    page.goto(demo_site.admin["article_index"])
    page.locator('a[href*="/edit/"]').first.click()
    page.wait_for_load_state("networkidle")
    assert re.search(r"/admin/pages/\d+/edit/", page.url), page.url
    assert not watch.problems(), "\n".join(watch.problems())
