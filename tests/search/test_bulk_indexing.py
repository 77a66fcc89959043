"""Indexing many pages at once (search/backends/dutch.py, PipelinedBulk): every page arrives, whatever the number
of chunks; each document says whether readers may see the page, with the view restrictions read once per bulk
(core.visibility.restrictions_read_once), not once per page; a chunk the engine refuses loses nothing."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.backends import get_search_backend
from wagtail.models import PageViewRestriction

from articles.models import ArticlePage
from core import visibility
from search import service
from search.backends.dutch import PipelinedBulk
from search.engine import index_name
from search.models import IndexBacklog
from tests.factories import ArticlePageFactory
from tests.shared_data import refresh_engine_index

pytestmark = [pytest.mark.django_db]


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def for_the_index(pages):
    return list(ArticlePage.objects.filter(pk__in=[page.pk for page in pages])
                .prefetch_related(*ArticlePage.INDEXED_RELATIONS).order_by("pk"))  # fmt: skip


def test_read_once_answers_as_the_database_does(home):
    """The rule inside the block is the rule outside it: the page itself restricted, its section restricted (an
    ancestor), neither."""
    public, own = ArticlePageFactory(title="Open"), ArticlePageFactory(title="Eigen slot")
    restrict(own)
    pages = [public, own, own.get_parent().specific]
    outside = [visibility.is_public(page) for page in pages]
    with visibility.restrictions_read_once():
        inside = [visibility.is_public(page) for page in pages]
    assert outside == inside == [True, False, True]
    restrict(public.get_parent())
    with visibility.restrictions_read_once():
        assert [visibility.is_public(page) for page in pages] == [False, False, False]


def engine_documents(backend, pages):
    refresh_engine_index()
    body = {"query": {"terms": {"pk": [str(page.pk) for page in pages]}}, "size": 100, "_source": ["pk"],
            "docvalue_fields": [f"{visibility.PUBLIC_FIELD}_filter"]}  # fmt: skip
    hits = backend.es.search(index=index_name(backend), body=body)["hits"]["hits"]
    return {int(hit["_source"]["pk"]): hit["fields"][f"{visibility.PUBLIC_FIELD}_filter"][0] for hit in hits}


@pytest.mark.engine
def test_every_chunk_arrives_and_says_who_may_read_it(home, monkeypatch):
    backend = service.engine_backend()
    pages = [ArticlePageFactory(title=f"Bulkpagina {n}") for n in range(5)]
    restrict(pages[3])
    monkeypatch.setattr(PipelinedBulk, "CHUNK", 2)  # three chunks, the last one short
    refresh_engine_index()  # what saving them indexed, taken out: only the bulk puts them in
    backend.es.delete_by_query(index=index_name(backend), body={"query": {"terms": {"pk": [str(p.pk) for p in pages]}}},
                               refresh=True)  # fmt: skip
    assert engine_documents(backend, pages) == {}
    backend.add_bulk(ArticlePage, for_the_index(pages))
    assert engine_documents(backend, pages) == {page.pk: page is not pages[3] for page in pages}


@pytest.mark.engine
def test_the_restrictions_are_read_once_per_bulk(home):
    backend = service.engine_backend()
    few, many = [ArticlePageFactory() for _ in range(2)], [ArticlePageFactory() for _ in range(5)]
    counts = []
    for pages in (few, many):
        pages = for_the_index(pages)
        with CaptureQueriesContext(connection) as queries:
            backend.add_bulk(ArticlePage, pages)
        counts.append(len(queries))
    assert counts[0] == counts[1], f"queries for 2 pages and for 5: {counts}"


@pytest.mark.engine
def test_a_refused_chunk_is_recorded_for_replay(home, monkeypatch):
    backend = service.engine_backend()
    pages = for_the_index([ArticlePageFactory(title=f"Geweigerd {n}") for n in range(5)])
    IndexBacklog.objects.all().delete()
    monkeypatch.setattr(PipelinedBulk, "CHUNK", 2)
    sent = []

    def refuse_the_second(es, actions, **kwargs):
        sent.append(len(actions))
        if len(sent) == 2:
            raise ConnectionError("the engine went away")

    monkeypatch.setattr(type(backend), "bulk", lambda self, *args, **kwargs: refuse_the_second(*args, **kwargs))
    backend.add_bulk(ArticlePage, pages)
    assert sent[:2] == [2, 2]
    assert set(IndexBacklog.objects.values_list("object_id", flat=True)) == {str(page.pk) for page in pages}


@pytest.mark.engine
def test_the_engine_takes_in_two_chunks_at_once_and_never_more(home, monkeypatch):
    """Two chunks with the engine at once keep both its cores busy (a 200,000-item reindex a third faster); more would
    only hold more documents in this process's memory."""
    import threading

    backend = service.engine_backend()
    pages = for_the_index([ArticlePageFactory(title=f"Tegelijk {n}") for n in range(6)])
    monkeypatch.setattr(PipelinedBulk, "CHUNK", 1)
    lock, second_arrived = threading.Lock(), threading.Event()
    state = {"now": 0, "most": 0, "sent": 0, "waited": None}

    def take_in(es, actions, **kwargs):
        with lock:
            state["now"] += 1
            state["most"], state["sent"] = max(state["most"], state["now"]), state["sent"] + len(actions)
            first = state["sent"] == 1
            if state["now"] == 2:
                second_arrived.set()
        if first:  # the first chunk is still with the engine when the second one comes
            state["waited"] = second_arrived.wait(timeout=10)
        with lock:
            state["now"] -= 1

    monkeypatch.setattr(type(backend), "bulk", lambda self, *args, **kwargs: take_in(*args, **kwargs))
    backend.add_bulk(ArticlePage, pages)
    assert state["waited"] is True and state["most"] == PipelinedBulk.IN_FLIGHT == 2
    assert state["sent"] == 6


@pytest.mark.engine
def test_the_chunks_in_flight_each_keep_their_connection(home, monkeypatch, caplog):
    """OpenSearch's client keeps one connection unless told otherwise (config/settings/search.py): with two chunks in
    flight it opened a connection for every other chunk and dropped it again, warning each time."""
    import logging

    pages = for_the_index([ArticlePageFactory(title=f"Verbinding {n}") for n in range(12)])
    monkeypatch.setattr(PipelinedBulk, "CHUNK", 1)
    with caplog.at_level(logging.WARNING, logger="urllib3"):
        service.engine_backend().add_bulk(ArticlePage, pages)
    assert not [record for record in caplog.records if "pool is full" in record.getMessage()]


def test_update_index_reads_a_chunk_of_pages_in_a_fixed_number_of_queries(home):
    """`update_index` indexes each model's get_indexed_objects() a chunk at a time, on every backend configured: the
    taxonomy of a chunk is read in one go, not per page and field."""
    few, many = [ArticlePageFactory() for _ in range(2)], [ArticlePageFactory() for _ in range(5)]
    for name in settings.WAGTAILSEARCH_BACKENDS:
        index = get_search_backend(name).get_index_for_model(ArticlePage)
        counts = []
        for pages in (few, many):
            with CaptureQueriesContext(connection) as queries:
                chunk = list(ArticlePage.get_indexed_objects().filter(pk__in=[page.pk for page in pages]))
                index.add_items(ArticlePage, chunk)
            counts.append(len(queries))
        assert counts[0] == counts[1], f"{name}: queries for 2 pages and for 5: {counts}"
