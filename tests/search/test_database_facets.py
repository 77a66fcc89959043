"""The database backend's facet counts: counted by the database (`search.database.facets`, a plain search) and from
each match's values (`facet_values` and `count_facets`, a search with a facet chosen, which counts each facet without
its own choice). A reader who widens a facet must see the same numbers the plain search showed."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import database
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme
from tests.shared_data import module_pages

pytestmark = [pytest.mark.django_db, pytest.mark.same_on_every_stack]


def build(home):
    return dict(enumerate([
        ArticlePageFactory(title="Inspraak bij de begroting", themes=[theme("adviesonderwerpen")],
                           keywords=["begroting"]),
        ArticlePageFactory(title="De achterban spreken", themes=[theme("achterban"), theme("adviesonderwerpen")],
                           keywords=["achterban", "begroting"], sectors=[sector("vvt")]),  # fmt: skip
        ModulePageFactory(title="Adviseren oefenen", themes=[theme("adviesonderwerpen")],
                          sectors=[sector("jeugdzorg")]),
        ModulePageFactory(title="Een training zonder thema"),
        PracticalExamplePageFactory(title="Zo vroeg een raad advies", themes=[theme("achterban")],
                                    keywords=["achterban"], sectors=[sector("jeugdzorg"), sector("vvt")]),
    ]))  # fmt: skip


_counted_once, counted_pages = module_pages(build, "counted_pages")


def test_the_counts_of_a_plain_search(counted_pages):
    counts = database.facets([page.pk for page in counted_pages.values()])
    assert counts["type"] == {"article": 2, "module": 2, "example": 1}
    assert counts["theme"] == {"adviesonderwerpen": 3, "achterban": 2}
    assert counts["keyword"] == {"begroting": 2, "achterban": 2}
    assert counts["sector"] == {"jeugdzorg": 2, "vvt": 2}
    assert database.facets([]) == {"type": {}, "theme": {}, "keyword": {}, "sector": {}}


@settings(max_examples=40, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=st.lists(st.integers(0, 4), max_size=8))
def test_counted_by_the_database_as_from_the_values(counted_pages, chosen):
    ids = [counted_pages[i].pk for i in chosen]  # repeats and any order, as a candidate list never has: still equal
    assert database.facets(ids) == database.count_facets(database.facet_values(ids), list(dict.fromkeys(ids)))
