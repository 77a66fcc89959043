"""WCAG 2.1 AA in a real browser: axe-core on every page type, in both languages, at phone and desktop width."""

import pytest

from tests.browser import axe
from tests.browser.page_types import NAMES

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("page_type", NAMES)
def test_page_type_has_no_axe_violations(page, demo_site, page_type, language):
    page.goto(demo_site.pages[page_type][language])
    assert page.locator("html").get_attribute("lang") == language
    found = axe.violations(page)
    assert not found, "\n".join(found)
