"""What only the real search engine does: typos, compounds, stemming (an outage: test_resilience.py).

These run in the production-stack run of `make test` (SEARCH_URL set); the embedded run deselects them.
"""

import pytest

from search import engine, service
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


def test_the_joined_sub_field_holds_only_two_words_written_as_one(corpus):
    """A text's "werk plan" is found as "werkplan"; but a word beside a removed stop word ("de wet") must not be
    indexed alone there too, or every word of a query would score twice (`.joined` is searched with each word)."""
    backend = service.engine_backend()
    request = {"field": "kb_intro.joined", "text": "Het werk plan van de raad en de wet"}
    if backend.engine_family == "elasticsearch":
        answer = backend.es.indices.analyze(index=engine.index_name(backend), **request)
    else:
        answer = backend.es.indices.analyze(index=engine.index_name(backend), body=request)
    tokens = {token["token"] for token in answer["tokens"]}
    assert "werkplan" in tokens
    assert not tokens & {"werk", "plan", "rad", "raad", "wet"}, tokens
