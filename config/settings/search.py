"""Search backend selection: one place that maps SEARCH_URL / SEARCH_ENGINE onto modelsearch backends."""

from django.core.exceptions import ImproperlyConfigured

# modelsearch's backends with the knowledge base's Dutch analysis (search/backends/dutch.py).
ENGINE_BACKENDS = {
    "opensearch2": "search.backends.opensearch2",
    "opensearch3": "search.backends.opensearch3",
    "elasticsearch8": "search.backends.elasticsearch8",
    "elasticsearch9": "search.backends.elasticsearch9",
}
DEFAULT_ENGINE = "opensearch2"
# OpenSearch's Python client keeps one connection to the engine unless told otherwise; bulk indexing sends two chunks
# at once (search/backends/dutch.py, PipelinedBulk.IN_FLIGHT) and opened and dropped a connection for every other
# one. Elasticsearch's client keeps ten by default.
CLIENT_OPTIONS = {"opensearch2": {"pool_maxsize": 4}, "opensearch3": {"pool_maxsize": 4}}


def search_backends(url, engine=None, index_prefix="", database_engine=""):
    """Without a URL the database backend serves; with one, the named engine (opensearch2 by default).

    On PostgreSQL the database backend analyses each page with its language's text search configuration.
    """
    if not url:
        # Wagtail's database backend; on SQLite (FTS5) with Snowball stemming at index and query time
        # (search/backends/sqlite_stemmed.py), so "bereik" finds "bereiken".
        backend = {"BACKEND": "search.backends.sqlite"}
        if "postgresql" in database_engine:
            # Each page analysed in its own language, Dutch or English, with unaccent: search/migrations/0003-0004.
            backend = {"BACKEND": "search.backends.postgres", "SEARCH_CONFIG": "kennisbank_dutch"}
        return {"default": backend}
    engine = (engine or DEFAULT_ENGINE).strip().lower()
    if engine not in ENGINE_BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={engine!r} is not supported; choose one of {', '.join(sorted(ENGINE_BACKENDS))}."
        )
    return {
        # The database index is kept up to date too: it answers when the engine is unreachable (search/service.py).
        "fallback": search_backends(None, database_engine=database_engine)["default"],
        "default": {
            "BACKEND": ENGINE_BACKENDS[engine],
            "URLS": [url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 5,
            "OPTIONS": CLIENT_OPTIONS.get(engine, {}),
        },
    }
