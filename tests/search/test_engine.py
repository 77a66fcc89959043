"""What only the real search engine does: typos, compounds, stemming (an outage: test_resilience.py).

These run in the production-stack run of `make test` (SEARCH_URL set); the embedded run deselects them.
"""

import pytest

from search import service
from search.params import SearchParams

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
