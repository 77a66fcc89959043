"""Settings for a search engine that does not answer, used to show and test the database fallback."""

from django.conf import settings

from config.settings.search import search_backends

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: nothing listens there


def dead_engine_backends():
    backends = search_backends(UNREACHABLE, "opensearch2", index_prefix=getattr(settings, "SEARCH_INDEX_PREFIX", ""))
    backends["default"]["TIMEOUT"] = 1
    backends["default"]["OPTIONS"] = {**backends["default"]["OPTIONS"], "max_retries": 0}
    return backends
