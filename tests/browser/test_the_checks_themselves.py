"""The browser checks can fail: each one reports a page made to break what it looks for."""

import pytest

from tests.browser import axe
from tests.browser.js import script

pytestmark = [pytest.mark.browser, pytest.mark.same_on_every_stack]  # pages of their own, no stack

BROKEN = """<!DOCTYPE html><html><head><style>
    a:focus { outline: none; } .box { width: 2000px; } .clip { overflow: hidden; height: 1em; }
</style></head><body>
    <img src="data:,"><input type="text"><p style="color: #bbb">grey on white</p>
    <a href="#x" id="bare">link</a><a href="#y"><img src="data:," alt=""></a>
    <div class="box">too wide</div><div class="clip">one<br>two<br>three</div>
</body></html>"""


@pytest.fixture
def broken(browser):
    context = browser.new_context(viewport={"width": 375, "height": 700})
    page = context.new_page()
    page.set_content(BROKEN)
    yield page
    context.close()


def test_axe_reports_missing_alt_label_language_and_contrast(broken):
    rules = {line.split(" ", 1)[0] for line in axe.violations(broken)}
    assert {"image-alt", "label", "html-has-lang", "color-contrast", "document-title"} <= rules


def test_loss_check_reports_sideways_scrolling_and_cut_off_text(broken):
    problems = "\n".join(broken.evaluate(script("lost.js")))
    assert "scrolls sideways" in problems and "off the right edge" in problems and "text cut off" in problems


def test_focus_check_reports_an_invisible_focus(broken):
    broken.focus("#bare")
    focused = broken.evaluate(script("focused.js"))
    assert not focused["outline"] and not focused["halo"]


def test_image_check_reports_a_link_with_only_a_decorative_image(broken):
    assert broken.evaluate(script("unnamed_controls.js")) == ['<a href="#y"><img src="data:," alt=""></a>']
