"""Result cards read for many pages at once (`search.cards.taxonomy_of`: the database search's results, related
content, learning paths) name the same themes, keywords and sectors in the same order as a card made from the page
alone, which is what the engine stores (`kb_card`)."""

import pytest

from search.cards import card_for, load_cards, taxonomy_of
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, sector, theme
from tests.shared_data import module_pages

pytestmark = [pytest.mark.django_db, pytest.mark.same_on_every_stack]


def build(home):
    return {
        "article": ArticlePageFactory(
            title="Een artikel met veel termen",
            themes=[theme("kwaliteit-jeugdzorg"), theme("achterban"), theme("adviesonderwerpen")],
            keywords=["werven", "achterban", "begroting"],
            sectors=[sector("vvt"), sector("jeugdzorg")],
        ),
        "module": ModulePageFactory(title="Een module", themes=[theme("achterban")], keywords=["werven"]),
        "example": PracticalExamplePageFactory(title="Een voorbeeld", sectors=[sector("ggz")]),
        "bare": ArticlePageFactory(title="Een artikel zonder termen"),
    }


_cards_once, card_pages = module_pages(build, "card_pages")


def test_cards_read_together_are_the_cards_of_each_page(card_pages):
    pages = list(card_pages.values())
    together = taxonomy_of(pages)
    for page in pages:
        assert card_for(page, together[page.pk]) == card_for(page), page.title
    article = together[card_pages["article"].pk]
    assert [slug for slug, _name in article["keywords"]] == ["werven", "achterban", "begroting"]  # as tagged
    assert len(article["themes"]) == 3 and len(article["sectors"]) == 2
    assert together[card_pages["bare"].pk] == {"themes": [], "keywords": [], "sectors": []}
    assert taxonomy_of([]) == {}


def test_load_cards_keeps_the_order_asked_and_each_pages_terms(card_pages):
    order = [card_pages[name].pk for name in ("example", "article", "module")]
    cards = load_cards(order)
    assert [card.pk for card in cards] == order
    assert cards[1] == card_for(card_pages["article"])


def test_a_page_of_database_results_costs_the_same_reads_however_many_it_shows(card_pages):
    """Cards, snippets and facets read the results' taxonomy and text together: no read per result (the snippet's
    text once asked the database for each result's sectors)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale

    from search import database
    from search.params import SearchParams

    dutch = Locale.objects.get(language_code="nl").pk
    search = lambda shown: database.search(  # noqa: E731
        SearchParams(query="artikel", kinds=("article",), per_page=shown), dutch, ["artikel"])  # fmt: skip
    search(1)  # what is cached (the site, the content types) is read once, before counting
    reads = {}
    for shown in (1, 2):  # both articles: the specific pages are read once per content type
        with CaptureQueriesContext(connection) as queries:
            found = search(shown)
        assert len(found.hits) == shown
        reads[shown] = len(queries)
    assert reads[2] == reads[1]


def test_cards_read_the_sites_root_paths_once_however_many_they_are(card_pages, monkeypatch):
    """A page's URL comes from the sites' root paths, which Wagtail reads from the cache (Redis in production) once per
    page object unless the page already holds them: cards of many pages, and a bulk of documents for the engine, read
    them once."""
    from wagtail.models import Site

    from search.cards import with_root_paths

    reads = []
    original = Site.get_site_root_paths
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(lambda: reads.append(1) or original()))
    pages = [type(page).objects.get(pk=page.pk) for page in card_pages.values()]
    urls = [card_for(page).url for page in with_root_paths(pages)]
    assert len(reads) == 1
    assert urls == [page.get_url() for page in card_pages.values()] and all(urls)
    reads.clear()
    assert [card.url for card in load_cards([page.pk for page in pages])] == urls
    assert len(reads) == 1
