"""Search backend selection: one place that maps SEARCH_URL / SEARCH_ENGINE onto modelsearch backends."""

from django.core.exceptions import ImproperlyConfigured

ENGINE_BACKENDS = {
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
}
DEFAULT_ENGINE = "opensearch2"


def search_backends(url, engine=None, index_prefix=""):
    """Without a URL the database backend serves; with one, the named engine (opensearch2 by default)."""
    if not url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    engine = (engine or DEFAULT_ENGINE).strip().lower()
    if engine not in ENGINE_BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={engine!r} is not supported; choose one of {', '.join(sorted(ENGINE_BACKENDS))}."
        )
    return {
        "default": {
            "BACKEND": ENGINE_BACKENDS[engine],
            "URLS": [url],
            "INDEX_PREFIX": index_prefix,
            "TIMEOUT": 5,
        }
    }
