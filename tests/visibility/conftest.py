"""The visibility matrix's pages are built once for the whole folder, inside one transaction that every test's own
transaction nests in (as a savepoint) and that is rolled back at the end; on a search engine the index is emptied
before and after, because documents outlive a rolled-back transaction."""

import pytest
from django.db import connections, transaction
from django.test import Client

from tests.conftest import empty_cache
from tests.shared_data import analyze, clear_engine_index, refresh_engine_index

from .world import build

refresh_index = refresh_engine_index
empty_engine_index = clear_engine_index


clear_caches = empty_cache


@pytest.fixture(scope="package", autouse=True)
def _no_constraint_check_per_test():
    """Django's TestCase checks deferred constraints after every test; on PostgreSQL, inside the world's open
    transaction, each check walks every row the build inserted (30 to 40 ms a test, 20 s over the folder), though
    the tests only read and everything is rolled back. The world's rows are checked once, when it is built."""
    connection = connections["default"]
    connection.check_constraints = lambda table_names=None: None
    yield
    del connection.check_constraints


@pytest.fixture(scope="package")
def world(django_db_setup, django_db_blocker, _no_constraint_check_per_test):
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            empty_engine_index()
            built = build()
            type(connections["default"]).check_constraints(connections["default"])
            analyze()
            refresh_index()
            clear_caches()
            yield built
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            empty_engine_index()
            clear_caches()


class Reader:
    """Reads URLs as an anonymous reader, remembering each answer: the matrix's pages do not change while it runs,
    and the sitemap, overviews and listings are shared by many cells."""

    def __init__(self):
        self.client = Client()
        self.answers = {}

    def __call__(self, url):
        if url not in self.answers:
            response = self.client.get(url)
            self.answers[url] = (response.status_code, response.content.decode())
        return self.answers[url]


@pytest.fixture(scope="package")
def reader(world):
    return Reader()
