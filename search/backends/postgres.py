"""Wagtail's PostgreSQL database backend, analysing each page in its own language.

modelsearch's backend uses one text search configuration for everything. Here the configuration follows a language
set for the current thread: pages are indexed with the configuration of their locale (Dutch or English stemming and
stop words, both folding accents), and search.database runs a query inside `language(code)` so the query is analysed
the same way. The configurations are created by search/migrations/0003 and 0004.
"""

import contextvars
from contextlib import contextmanager
from itertools import groupby

from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend

CONFIGS = {"nl": "kennisbank_dutch", "en": "kennisbank_english"}
_language = contextvars.ContextVar("kennisbank_search_language", default=None)


@contextmanager
def language(code):
    token = _language.set(code)
    try:
        yield
    finally:
        _language.reset(token)


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        codes = _locale_codes()
        keyed = sorted(objs, key=lambda obj: codes.get(getattr(obj, "locale_id", None), ""))
        for code, group in groupby(keyed, key=lambda obj: codes.get(getattr(obj, "locale_id", None), "")):
            with language(code or None):
                super().add_items(model, list(group))


def _locale_codes():
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex

    @property
    def config(self):
        return CONFIGS.get(_language.get(), self._config)

    @config.setter
    def config(self, value):
        self._config = value
