"""Text zoomed to 200% and a 320 px wide window (WCAG 1.4.4 and 1.4.10): nothing is cut off, nothing scrolls sideways."""

import pytest

from tests.browser.page_types import NAMES

pytestmark = pytest.mark.browser

# Text-only zoom doubles the browser's default font size; the site's sizes are all relative to it (rem and em).
ZOOM_TEXT = "() => { document.documentElement.style.fontSize = `calc(${getComputedStyle(document.documentElement).fontSize} * 2)`; }"
LOST = """() => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide`);
    for (const el of document.body.querySelectorAll('*')) {
        if (el.closest('.visually-hidden, [hidden]') || !el.innerText || !el.innerText.trim()) continue;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.right > root.clientWidth + 1) problems.push(`off the right edge: ${el.tagName} "${el.innerText.slice(0, 40)}"`);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
        if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
            problems.push(`text cut off: ${el.tagName}.${el.className} "${el.innerText.slice(0, 40)}"`);
    }
    return [...new Set(problems)].slice(0, 20);
}"""


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
