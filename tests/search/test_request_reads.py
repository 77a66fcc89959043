"""What every search request reads (its site, the result cards' labels, the synonyms, the promotions) comes from
the process's memory after the first request, not from the shared cache; a change made by any process is still seen
by the next request, as the keys carry the generations read from the shared cache (core.cache.IN_PROCESS).
On the production run of `make test` the shared cache is Redis (config/settings/caches.py)."""

import pytest
from django.core.cache import caches

from core import cache
from search.models import Synonym

pytestmark = pytest.mark.django_db

EVERY_REQUEST = ("site", "labels", "synonyms", "promotions")


def titles(client, query):
    response = client.get("/api/search/", {"q": query})
    assert response.status_code == 200
    return [result["title"] for result in response.json()["results"]]


def test_what_every_search_reads_comes_from_the_process_memory_and_a_change_anywhere_is_seen(
    client, corpus, monkeypatch
):
    assert corpus["achterban"].title not in titles(client, "CR")
    shared = caches[cache.CACHE]
    read = []
    get, get_many = shared.get, shared.get_many
    monkeypatch.setattr(shared, "get", lambda key, *args, **kwargs: read.append(key) or get(key, *args, **kwargs))
    monkeypatch.setattr(shared, "get_many", lambda keys, **kwargs: read.extend(keys) or get_many(keys, **kwargs))
    assert corpus["achterban"].title not in titles(client, "CR")
    assert read, "the request read its generations from the shared cache"
    assert not [key for key in read if key.split(":")[0] in EVERY_REQUEST]

    # Another process adds a synonym: its row, then its move_on of the synonyms' generation in the shared cache.
    Synonym.objects.bulk_create([Synonym(term="CR", alternatives="cliëntenraad")])  # no signal in this process
    assert corpus["achterban"].title not in titles(client, "CR"), "unchanged generations: the kept groups"
    shared.incr("generation:synonyms")
    assert corpus["achterban"].title in titles(client, "CR")
