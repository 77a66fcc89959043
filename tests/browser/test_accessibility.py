"""WCAG 2.1 AA in a real browser: axe-core on every page type, in Dutch at phone width and in English at desktop
width (visits.JUDGED_VIEWS: both languages and both widths for every page type)."""

import pytest

from tests.browser.visits import JUDGED_VIEWS, page_type_params

pytestmark = pytest.mark.browser


@JUDGED_VIEWS
@pytest.mark.parametrize("page_type", page_type_params())
def test_page_type_has_no_axe_violations(judged, page_type, language, width):
    seen = judged(page_type, language, width)
    assert not seen.problems, "\n".join(seen.problems)
    assert seen.lang == language
    assert not seen.axe, "\n".join(seen.axe)
