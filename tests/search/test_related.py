"""Every article, module and practical example leads on to related items of the other types."""

import pytest

from articles.models import RelatedLink
from search.related import cached_related, related_items
from tests.factories import ArticlePageFactory, ModulePageFactory, PracticalExamplePageFactory, theme

from .conftest import refresh_index

pytestmark = pytest.mark.django_db


def test_related_items_share_taxonomy_across_types_and_exclude_self_and_drafts(corpus):
    draft = ModulePageFactory(title="Concept over de achterban", themes=[theme("achterban")], publish=False, live=False)
    refresh_index()
    related = related_items(corpus["achterban"])
    assert related[0].pk == corpus["jeugd"].pk, "shares the theme and the keyword: ranked first"
    assert corpus["achterban"].pk not in [page.pk for page in related]
    assert draft.pk not in [page.pk for page in related]
    assert len(related) <= 6


def test_hand_picked_items_come_first(corpus):
    RelatedLink.objects.create(source=corpus["achterban"], page=corpus["begroting"], sort_order=0)
    assert related_items(corpus["achterban"])[0].pk == corpus["begroting"].pk


def test_related_items_are_shown_on_the_page_and_cached(client, corpus, django_assert_max_num_queries):
    html = client.get(corpus["achterban"].url).content.decode()
    assert 'id="related-title"' in html and corpus["jeugd"].title in html
    cached_related(corpus["achterban"])
    with django_assert_max_num_queries(0):  # the cards come from the cache, not from the database
        cached = cached_related(corpus["achterban"])
    assert corpus["jeugd"].pk in [card.pk for card in cached]


def test_publishing_refreshes_related_items(client, corpus):
    client.get(corpus["werven"].url)
    newcomer = PracticalExamplePageFactory(title="Een wervingsactie op de markt", keywords=["werven"])
    refresh_index()
    assert newcomer.title in client.get(corpus["werven"].url).content.decode()


def test_an_item_without_any_taxonomy_still_renders(client, empty_index):
    lonely = ArticlePageFactory(title="Los artikel")
    assert client.get(lonely.url).status_code == 200
