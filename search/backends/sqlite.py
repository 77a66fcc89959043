"""The database backend without PostgreSQL: Wagtail's, chosen as wagtail.search.backends.database chooses it, and on
SQLite with FTS5 the stemmed one of search/backends/sqlite_stemmed.py ("bereik" finds "bereiken").

The stemmed backend is imported only on SQLite: modelsearch's SQLite module needs its SQLite-only models.
"""

import importlib

from modelsearch.backends import database


def SearchBackend(params):  # noqa: N802 - the name Wagtail's get_search_backend looks up
    backend = database.SearchBackend(params)
    if type(backend).__name__ == "SQLiteSearchBackend":
        return importlib.import_module("search.backends.sqlite_stemmed").StemmedSQLiteBackend(params)
    return backend
