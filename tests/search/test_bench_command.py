"""`search_bench` prints its figures as one JSON object and leaves the site as it found it, on either backend."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page

from search import service
from search.engine import index_name
from themes_taxonomy.models import Keyword

pytestmark = pytest.mark.django_db


def test_bench_prints_figures_and_removes_everything_it_created(home):
    backend = service.engine_backend()
    if backend is not None:  # a fresh install: the engine has no index yet
        backend.es.indices.delete(index=index_name(backend), ignore_unavailable=True)
    pages, keywords = Page.objects.count(), Keyword.objects.count()
    out = StringIO()
    call_command("search_bench", items=30, queries=5, stdout=out, stderr=StringIO())
    figures = json.loads(out.getvalue())
    assert figures["items"] == 30 and figures["index_rate"] > 0
    assert figures["backend"] == (backend.engine_family if backend else "database")
    for name in ("search", "faceted", "autocomplete", "related", "related_cached"):
        assert 0 < figures[name]["p50"] <= figures[name]["p95"], name
    assert (Page.objects.count(), Keyword.objects.count()) == (pages, keywords)
    if backend is not None:
        backend.get_index_for_model(Page).refresh()
        assert backend.es.count(index=index_name(backend))["count"] == 0
