"""Text zoomed to 200% and a 320 px wide window (WCAG 1.4.4 and 1.4.10): nothing cut off, no sideways scrolling."""

import pytest

from tests.browser.js import script
from tests.browser.page_types import NAMES

pytestmark = pytest.mark.browser

ZOOM_TEXT = script("zoom_text.js")
LOST = script("lost.js")


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("page_type", NAMES)
def test_text_at_200_percent_loses_nothing(page, demo_site, page_type, language):
    page.goto(demo_site.pages[page_type][language])
    before = page.evaluate("getComputedStyle(document.querySelector('h1')).fontSize")
    page.evaluate(ZOOM_TEXT)
    after = page.evaluate("getComputedStyle(document.querySelector('h1')).fontSize")
    assert float(after[:-2]) == pytest.approx(2 * float(before[:-2])), "the headings grow with the text"
    problems = page.evaluate(LOST)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page_type", NAMES)
def test_page_reflows_into_320_pixels(watched, demo_site, page_type):
    """400% zoom of a 1280 px window leaves 320 CSS pixels: one column, nothing lost, no sideways scrolling."""
    context, _watch = watched(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(demo_site.pages[page_type]["nl"])
    problems = page.evaluate(LOST)
    assert not problems, "\n".join(problems)
