"""WCAG 2.1 AA in a real browser: axe-core on every page type, in both languages, at phone and desktop width."""

import pytest

from tests.browser.visits import page_type_params

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("page_type", page_type_params())
def test_page_type_has_no_axe_violations(judged, page_type, language, width):
    seen = judged(page_type, language, width)
    assert not seen.problems, "\n".join(seen.problems)
    assert seen.lang == language
    assert not seen.axe, "\n".join(seen.axe)
