"""When the search engine is unreachable, readers still get results and publishing still works."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings

from search import service
from search.models import IndexBacklog
from search.params import SearchParams
from tests.factories import ArticlePageFactory
from tests.search.dead_engine import dead_engine_backends
from tests.shared_data import refresh_engine_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def engine_down():
    with override_settings(WAGTAILSEARCH_BACKENDS=dead_engine_backends()):
        yield


def test_search_falls_back_to_the_database_with_a_notice(client, corpus, engine_down):
    response = service.search(SearchParams(query="begroting"))
    assert response.backend == "database" and response.degraded
    assert response.hits[0].card.pk == corpus["begroting"].pk
    data = client.get("/api/search/", {"q": "begroting"}).json()
    assert data["backend"] == "database" and data["count"] >= 1
    html = client.get("/zoeken/", {"q": "begroting"}).content.decode()
    assert 'class="notice"' in html and corpus["begroting"].title in html


def test_health_reports_degraded_search_but_stays_up(client, home, engine_down):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["search"] == "degraded" and response.json()["database"] == "ok"


def test_publishing_works_and_the_missed_update_is_kept(home, engine_down):
    page = ArticlePageFactory(title="Gepubliceerd terwijl de zoekmachine plat lag")
    assert page.live
    assert IndexBacklog.objects.filter(object_id=str(page.pk)).exists()


@pytest.mark.engine
def test_the_scheduled_job_brings_the_index_up_to_date_after_an_outage(client, corpus):
    with override_settings(WAGTAILSEARCH_BACKENDS=dead_engine_backends()):
        missed = ArticlePageFactory(title="Spiegelgesprekken tijdens de storing")
    assert IndexBacklog.objects.filter(object_id=str(missed.pk)).exists()
    health = client.get("/health/").json()  # the engine is back: health reports what waits, and replays nothing
    assert health["search"] == "ok" and health["missed_updates"] >= 1 and health["oldest_missed_seconds"] >= 0
    assert missed.title not in titles("storing")  # nor does a reader's search
    assert IndexBacklog.objects.filter(object_id=str(missed.pk)).exists()
    call_command("publish_scheduled", stdout=StringIO())
    refresh_engine_index()
    assert not IndexBacklog.objects.exists()
    assert missed.title in titles("storing")
    assert client.get("/health/").json()["missed_updates"] == 0


def titles(query):
    return [hit.card.title for hit in service.search(SearchParams(query=query)).hits]


@pytest.mark.engine
def test_a_page_unpublished_or_deleted_during_an_outage_is_not_shown_though_the_engine_still_has_it(corpus):
    """The engine's copy says the pages are live until the scheduled job replays the missed updates; every hit is
    checked against the pages a reader may see (search/cards.py, visible_ids), which the unpublish renewed."""
    unpublished, deleted = corpus["begroting"], corpus["achterban"]
    assert unpublished.title in titles("begroting") and deleted.title in titles("achterban")
    with override_settings(WAGTAILSEARCH_BACKENDS=dead_engine_backends()):
        unpublished.unpublish()
        deleted.delete()
    refresh_engine_index()
    assert IndexBacklog.objects.filter(object_id=str(unpublished.pk)).exists()
    assert unpublished.title not in titles("begroting")
    assert deleted.title not in titles("achterban")
