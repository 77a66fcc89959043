"""Wagtail's PostgreSQL database backend, analysing each page in its own language.

modelsearch's backend uses one text search configuration for everything. Here the configuration follows a language
set for the current thread: pages are indexed with the configuration of their locale (Dutch or English stemming and
stop words, both folding accents), and search.database runs a query inside `language(code)` so the query is analysed
the same way. The configurations are created by search/migrations/0003 and 0004.

`candidates` bounds the ranking: modelsearch ranks every matching row with several `ts_rank` calls (one per vector
and per alternative of the query) before it can sort, and a common word matches most of the site. The candidates are
found through the GIN index and put in order by one `ts_rank` of the whole query; search.database then ranks only the
best of them fully.
"""

import contextvars
from contextlib import contextmanager
from itertools import groupby

from django.contrib.postgres.search import SearchRank
from django.db.models import F
from django.db.models.expressions import CombinedExpression
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

from core.locales import language_of

from .bulk import prepared

CONFIGS = {"nl": "kennisbank_dutch", "en": "kennisbank_english"}
_language = contextvars.ContextVar("kennisbank_search_language", default=None)


@contextmanager
def language(code):
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


def current_language():
    """The language set by `language()`, or None."""
    return _language.get()


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        code = lambda obj: language_of(getattr(obj, "locale_id", None)) or ""  # noqa: E731
        for language_code, group in groupby(sorted(prepared(model, objs), key=code), key=code):
            with language(language_code or None):
                super().add_items(model, list(group))


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex

    @property
    def config(self):
        return CONFIGS.get(_language.get(), self._config)

    @config.setter
    def config(self, value):
        self._config = value


def candidates(pages, query, backend, limit, autocomplete=False):
    """The ids of at most `limit` pages of `pages` that match `query` (a modelsearch query), best first by one
    `ts_rank` of the whole query over the page's index entry (title and body, or the autocomplete words)."""
    compiler_class = backend.autocomplete_query_compiler_class if autocomplete else backend.query_compiler_class
    compiler = compiler_class(pages, query)
    tsquery = compiler.build_tsquery(query, config=compiler.get_config(backend))
    if autocomplete:
        vector = F("index_entries__autocomplete")
    else:
        vector = CombinedExpression(F("index_entries__title"), "||", F("index_entries__body"))
    matches = pages.annotate(_vector_=vector).filter(_vector_=tsquery)
    ranked = matches.annotate(_rank_=SearchRank(vector, tsquery, weights=compiler.sql_weights))
    return list(ranked.order_by("-_rank_", "-pk").values_list("pk", flat=True)[:limit])
