"""What only the real search engine does: typos, compounds, stemming, and catching up after an outage.

These run in the production-stack run of `make test` (SEARCH_URL set); the embedded run deselects them.
"""

import pytest
from django.test import override_settings

from search import service
from search.models import IndexBacklog
from search.params import SearchParams
from tests.factories import ArticlePageFactory
from tests.search.dead_engine import dead_engine_backends

from .conftest import refresh_index

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def titles(query):
    return [hit.card.title for hit in service.search(SearchParams(query=query)).hits]


def test_the_engine_answers(corpus):
    assert service.search(SearchParams(query="begroting")).backend in {"opensearch", "elasticsearch"}


def test_a_typo_is_forgiven(corpus):
    assert corpus["achterban"].title in titles("achterbna")


def test_part_of_a_compound_finds_the_compound(corpus):
    assert titles("klankbord")[0] == corpus["klankbord"].title


def test_dutch_stemming_joins_word_forms(corpus):
    assert corpus["werven"].title in titles("werving")
    assert corpus["begroting"].title in titles("begrotingen")


def test_the_index_catches_up_after_an_outage(corpus):
    with override_settings(WAGTAILSEARCH_BACKENDS=dead_engine_backends()):
        missed = ArticlePageFactory(title="Spiegelgesprekken tijdens de storing")
    assert IndexBacklog.objects.filter(object_id=str(missed.pk)).exists()
    assert missed.title not in titles("storing")
    assert service.health()["search"] == "ok"  # the health check replays what was missed
    refresh_index()
    assert not IndexBacklog.objects.exists()
    assert missed.title in titles("storing")
