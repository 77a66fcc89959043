"""Text zoomed to 200% and a 320 px wide window (WCAG 1.4.4 and 1.4.10): nothing cut off, no sideways scrolling."""

import pytest

from tests.browser.js import script
from tests.browser.visits import JUDGED_VIEWS, Tab, page_type_params

pytestmark = pytest.mark.browser

LOST = script("lost.js")
NARROW = {"width": 320, "height": 640}


@JUDGED_VIEWS
@pytest.mark.parametrize("page_type", page_type_params())
def test_text_at_200_percent_loses_nothing(judged, page_type, language, width):
    seen = judged(page_type, language, width)
    assert not seen.problems, "\n".join(seen.problems)
    before, after = seen.heading_size
    assert before, "the page has a heading to measure"
    assert after == pytest.approx(2 * before), "the headings grow with the text"
    assert not seen.lost_at_200_percent, "\n".join(seen.lost_at_200_percent)


@pytest.fixture(scope="module")
def narrow(browser, demo_site):
    """One 320 px tab that the reflow tests navigate from page to page (visits.Tab: a new tab per page costs a new
    renderer process), its cookies cleared and its watch fresh for each."""
    tab = Tab(browser, demo_site, None, viewport=NARROW)
    yield tab
    tab.close()


@pytest.mark.parametrize("page_type", page_type_params())
def test_page_reflows_into_320_pixels(narrow, demo_site, page_type):
    """400% zoom of a 1280 px window leaves 320 CSS pixels: one column, nothing lost, no sideways scrolling.

    The window is 320 px wide whatever the width parameter, so this test runs once per page type."""
    narrow.context.clear_cookies()
    page = narrow.visit(demo_site.pages[page_type]["nl"])
    problems = page.evaluate(LOST)
    assert not narrow.watch.problems(), "\n".join(narrow.watch.problems())
    assert not problems, "\n".join(problems)
