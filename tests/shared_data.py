"""Test data built once per test module instead of once per test.

Building a handful of published pages costs 0.5 s on SQLite and 2.5 s on PostgreSQL with the search engine; most
tests only read them. `module_pages(build)` makes two fixtures of `build(home) -> {name: page}`:

- a module-scoped one that builds the pages once, inside a transaction rolled back when the module ends;
- a test-scoped one that gives each test fresh copies of the pages (its changes roll back with its own transaction,
  nested in the module's) and, on a search engine, first sets the engine's index to exactly those pages: documents
  are not rolled back with the database, so what an earlier test published, unpublished, added or cleared would
  otherwise still be in the index.

In a conftest or test module:

    _corpus_once, corpus = module_pages(build_corpus, "corpus")
"""

import inspect
from collections import defaultdict

import pytest
from django.db import connection, transaction
from wagtail.models import Page

from home.structure import ensure_site_structure
from search import service
from search.engine import index_name


def clear_engine_index():
    """On the engine: no document left in the page index (the site structure is indexed when it is built)."""
    backend = service.engine_backend()
    if backend is not None:
        backend.get_index_for_model(Page).refresh()
        backend.es.delete_by_query(index=index_name(backend), body={"query": {"match_all": {}}}, refresh=True,
                                   params={"conflicts": "proceed"})  # fmt: skip


def refresh_engine_index():
    """Make what was just indexed searchable (the engine is near-real-time; the database backend is immediate)."""
    backend = service.engine_backend()
    if backend is not None:
        backend.get_index_for_model(Page).refresh()


def compact_engine_index():
    """Searchable, and without the documents that earlier tests deleted or replaced: a deleted document still counts in
    the word statistics (BM25's document frequencies) until its segment is merged, so scores would depend on what ran
    before. One segment after a forced merge: the same documents always give the same ranks."""
    backend = service.engine_backend()
    if backend is not None:
        backend.get_index_for_model(Page).refresh()
        backend.es.indices.forcemerge(index=index_name(backend), params={"max_num_segments": 1})
        backend.get_index_for_model(Page).refresh()


def analyze():
    """On PostgreSQL, let the planner see the rows a build just wrote (inside its transaction, which ANALYZE counts):
    with statistics from when the tables were nearly empty it may choose plans that take seconds per page."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def flat(pages):
    """Every page in `pages`, a dict of pages and of such dicts."""
    for value in pages.values():
        yield from flat(value) if isinstance(value, dict) else [value]


def fresh(pages):
    """The pages as the database has them now, as their specific types (in the same shape of dicts)."""
    found = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in flat(pages)]).specific()}

    def copy(value):
        return {name: copy(item) for name, item in value.items()} if isinstance(value, dict) else found[value.pk]

    return copy(pages)


def writes(backend):
    """How many documents the engine's page index has taken in and deleted, ever: unchanged means untouched."""
    stats = backend.es.indices.stats(index=index_name(backend), metric="indexing")["_all"]["primaries"]["indexing"]
    return stats["index_total"], stats["delete_total"]


_restored = {}  # the pages the index was last set to, and its write counters just after


def restore_engine_index(pages):
    """The engine's index holds exactly `pages` again, as the database has them (after a test rolled back)."""
    backend = service.engine_backend()
    if backend is None or _restored.get(id(pages)) == writes(backend):
        return
    clear_engine_index()
    by_model = defaultdict(list)
    for page in flat(fresh(pages)):
        if page.live:
            by_model[type(page)].append(page)
    for model, same_type in by_model.items():
        backend.add_bulk(model, same_type)  # the engine only: the database backend's entries roll back themselves
    refresh_engine_index()
    _restored.clear()
    _restored[id(pages)] = writes(backend)


def module_pages(build, name):
    """Two fixtures: `_<name>_once` (module scope, builds) and `<name>` (per test, fresh copies, index restored)."""
    once_name = f"_{name}_once"

    @pytest.fixture(scope="module", name=once_name)
    def once(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock(), transaction.atomic():
            home = ensure_site_structure()
            clear_engine_index()
            pages = build(home)
            analyze()
            refresh_engine_index()
            yield pages
            transaction.set_rollback(True)
            clear_engine_index()

    def each(**fixtures):
        pages = fixtures[once_name]
        restore_engine_index(pages)  # another test of the module may have emptied or changed the index
        return fresh(pages)

    # Named as a parameter, the module's data is set up before the test's transaction opens (pytest orders fixtures
    # by scope); asked for inside the test, it would open inside the test's transaction and roll back with it.
    each.__signature__ = inspect.Signature(
        [inspect.Parameter(arg, inspect.Parameter.KEYWORD_ONLY) for arg in (once_name, "db")]
    )
    return once, pytest.fixture(name=name)(each)
