"""The reader-visibility matrix: every hidden page state × every reader-facing output × both languages, on whatever
database and search backend this run has.

A cell passes when nothing of the state's hidden pages (title, intro, address, or the keyword, theme and sector only
they use: all carry the state's secret word) appears in any response of the output, the visible control pages with
the same themes, keyword, sector and words do appear (an empty output fails), and the counts the output shows count
only visible pages. The pages are built once for the folder (conftest.py); answers are read once per URL.
"""

import pytest
from django.conf import settings
from django.test import override_settings

from .checks import problems_in, read_output, report
from .outputs import OUTPUTS
from .states import LANGUAGES, STATES

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The matrix's cells only read a world that does not change while they run, and what one cell's reading cached
    is what any other would read: the caches are emptied when the world is built (conftest.py), not around every
    cell (on Redis that made every cell's pages cold: about 12 s of the production run)."""
    yield


CELLS = [pytest.param(state.code, output, lang, id=f"{state.code}-{output.name}-{lang}")
         for state in STATES for output in OUTPUTS for lang in LANGUAGES]  # fmt: skip


@pytest.mark.parametrize("state, output, lang", CELLS)
def test_hidden_page_stays_out_and_control_shows(world, reader, state, output, lang):
    check_cell(world, reader, state, output, lang)


def check_cell(world, reader, state, output, lang):
    sw = world[state]
    texts, problems = read_output(reader, output, world, sw, lang)
    problems = problems_in(output, world, sw, lang, texts, problems)
    assert not problems, report(sw, output, lang, problems)


SEARCH_OUTPUTS = {"search-page", "did-you-mean", "search-promotions", "api-search", "api-autocomplete"}
DATABASE_CELLS = [cell for cell in CELLS if cell.values[1].name in SEARCH_OUTPUTS]


@pytest.fixture(scope="module")
def database_search_reader(world):
    """On the production stack the engine answers search; with the engine unreachable the PostgreSQL database backend
    (kept up to date beside it) answers instead, so the third backend is checked by the same cells."""
    from tests.search.dead_engine import dead_engine_backends

    from .conftest import Reader, clear_caches

    backends = dead_engine_backends()
    backends["fallback"] = settings.WAGTAILSEARCH_BACKENDS["fallback"]
    clear_caches()  # nothing the engine's answers left behind may stand in for the database's
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield Reader()
    clear_caches()


@pytest.mark.engine
@pytest.mark.parametrize("state, output, lang", DATABASE_CELLS)
def test_on_the_database_fallback_too(world, database_search_reader, state, output, lang):
    check_cell(world, database_search_reader, state, output, lang)
