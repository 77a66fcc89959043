"""Multi-select facets (issue 17, point 5): each facet is counted without its own choice, so a reader can widen it;
several values of one facet are alternatives, the facets together all apply. On whichever backend this run uses."""

import pytest

from search import service
from search.params import SearchParams
from tests.factories import ArticlePageFactory, ModulePageFactory, sector, theme
from tests.shared_data import compact_engine_index, module_pages, refresh_engine_index

pytestmark = pytest.mark.django_db


def build(home):
    return {
        "a1": ArticlePageFactory(title="Inspraak bij de begroting", themes=[theme("adviesonderwerpen")]),
        "a2": ArticlePageFactory(title="Inspraak bij de verbouwing", themes=[theme("achterban")]),
        "m1": ModulePageFactory(
            title="Inspraak oefenen", themes=[theme("adviesonderwerpen")], sectors=[sector("jeugdzorg")]
        ),
        "m2": ModulePageFactory(
            title="Inspraak en ouderen", themes=[theme("achterban")], sectors=[sector("jeugdzorg")]
        ),  # fmt: skip
    }


_facets_once, facet_pages = module_pages(build, "facet_pages")


def search(**kwargs):
    return service.search(SearchParams(**kwargs), log=False)


@pytest.mark.parametrize("query", ["inspraak", ""])
def test_a_facet_leaves_out_its_own_choice_and_values_of_one_facet_are_alternatives(facet_pages, query):
    one = search(query=query, themes=("adviesonderwerpen",))
    assert {hit.card.title for hit in one.hits} == {facet_pages["a1"].title, facet_pages["m1"].title}
    assert one.count == 2  # the matches under the choices, not all four
    assert one.facets["theme"] == {"adviesonderwerpen": 2, "achterban": 2}  # widening shows what a second theme adds
    assert one.facets["type"] == {"article": 1, "module": 1}  # the other facets follow the theme chosen
    assert one.facets["sector"] == {"jeugdzorg": 1}

    both = search(query=query, themes=("adviesonderwerpen", "achterban"), kinds=("module",))
    assert {hit.card.title for hit in both.hits} == {facet_pages["m1"].title, facet_pages["m2"].title}
    assert both.count == 2
    assert both.facets["type"] == {"article": 2, "module": 2}  # the types, over both themes
    assert both.facets["theme"] == {"adviesonderwerpen": 1, "achterban": 1}  # the themes, over modules only


def test_a_keyword_is_counted_exactly_however_many_keywords_the_site_has(home):
    """The engine searches the index's segments in slices at once, and each slice passed on only its most frequent
    values: with more keywords than that list holds, a keyword that is rare in one part of the index lost its pages
    there, and the facet promised fewer results than choosing it gives. Two parts of the index (segments), the first
    with more keywords than a slice passed on by default (160)."""
    compact_engine_index()
    many = [f"onderwerp-{number:03d}" for number in range(170)]
    for title in ("Facettelling een", "Facettelling twee"):
        ArticlePageFactory(title=title, keywords=many)
    ArticlePageFactory(title="Facettelling drie", keywords=["zeldzaam"])
    refresh_engine_index()  # the first part
    for title in ("Facettelling vier", "Facettelling vijf"):
        ArticlePageFactory(title=title, keywords=["zeldzaam"])
    refresh_engine_index()  # the second, smaller part

    found = search(query="facettelling")
    assert found.count == 5
    assert found.facets["keyword"]["zeldzaam"] == 3
    assert search(query="facettelling", keywords=("zeldzaam",)).count == 3
