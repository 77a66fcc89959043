"""`search_bench` prints its figures as one JSON object and leaves the site as it found it, on either backend."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from search import service
from search.backends.dutch import MAPPED
from search.engine import index_name
from search.models import SearchQueryLog
from themes_taxonomy.models import Keyword

pytestmark = pytest.mark.django_db


def test_bench_prints_figures_and_removes_everything_it_created(home):
    backend = service.engine_backend()
    if backend is not None:  # a fresh install: the engine has no index yet
        backend.es.indices.delete(index=index_name(backend), ignore_unavailable=True)
        MAPPED.clear()  # this process mapped the deleted index before: map it again, as a fresh install would
    SearchQueryLog.objects.create(day=datetime.date.today(), language="nl", query="werving", searches=4)  # a reader's
    before = (Page.objects.count(), Keyword.objects.count(), list(SearchQueryLog.objects.values_list()))
    out, err = StringIO(), StringIO()
    call_command("search_bench", items=30, queries=5, stdout=out, stderr=err)
    figures = json.loads(out.getvalue())
    assert figures["items"] == 30 and figures["index_rate"] > 0
    assert figures["backend"] == (backend.engine_family if backend else "database")
    for name in ("search", "faceted", "autocomplete", "related", "related_cached"):
        assert 0 < figures[name]["p50"] <= figures[name]["p95"], name
        where = figures[name]["median"]
        assert where["ours"] > 0 and where["database"] >= 0 and where["queries"] >= 0, name
    assert figures["search"]["median"]["log"] > 0  # the search API writes the search log; the bench times it
    assert figures["memory"]["app_peak_rss_mb"] > 10 and len(figures["load_average"]) == 2
    if backend is not None:
        assert "Warning" not in err.getvalue()  # no answer came from the database fallback
        for name in ("search", "faceted", "autocomplete", "related"):
            assert figures[name]["engine_took_p50"] >= 0 and figures[name]["median"]["engine_calls"] >= 1, name
            assert figures[name]["overhead_p50"] == pytest.approx(
                figures[name]["p50"] - figures[name]["engine_took_p50"], abs=0.02
            )
        assert figures["memory"]["engine_heap_mb"]["max"] > 0
    assert (Page.objects.count(), Keyword.objects.count(), list(SearchQueryLog.objects.values_list())) == before
    if backend is not None:
        backend.get_index_for_model(Page).refresh()
        assert backend.es.count(index=index_name(backend))["count"] == 0


def test_the_bench_keeps_no_log_of_its_queries_under_the_development_settings(home):
    """The development settings turn DEBUG on, which keeps the SQL of every query in memory: at 200,000 items a
    gigabyte of the app's printed peak memory was PostgreSQL's index statements. The bench runs without it."""
    from django.db import connection, reset_queries
    from django.test import override_settings

    with override_settings(DEBUG=True):
        reset_queries()
        call_command("search_bench", items=6, queries=2, stdout=StringIO(), stderr=StringIO())
        assert len(connection.queries_log) == 0
