"""Wagtail's PostgreSQL database backend, analysing each page in its own language.

modelsearch's backend uses one text search configuration for everything. Here the configuration follows a language
set for the current thread: pages are indexed with the configuration of their locale (Dutch or English stemming and
stop words, both folding accents), and search.database runs a query inside `language(code)` so the query is analysed
the same way. The configurations are created by search/migrations/0003 and 0004.

`candidates` bounds the ranking: modelsearch ranks every matching row with several `ts_rank` calls (one per vector
and per alternative of the query) before it can sort, and a common word matches most of the site. The candidates are
found through the GIN indexes and put in order by a cheap rank, with the number of all matches counted by the same
query; search.database then ranks only the best of them fully.
"""

import contextvars
import operator
from contextlib import contextmanager
from functools import reduce
from itertools import groupby

from django.contrib.postgres.search import SearchRank
from django.db.models import Count, F, Q, Window
from django.db.models.expressions import CombinedExpression
from modelsearch.backends.database.postgres.postgres import PostgresIndex, PostgresSearchBackend
from modelsearch.query import And, PlainText

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
    """(the ids of at most `limit` pages of `pages` that match `query`, a modelsearch query, best first; how many
    match in all), in one query.

    Found through the GIN indexes of the index entry's own vectors (title or body, or the autocomplete words) and put
    in order by their `ts_rank`s added up. Matching or ranking the concatenation of title and body, as one vector,
    builds that vector for every row: at 20,000 items 165 ms to count the matches of a common word and 138 ms to
    rank them, against 32 and 72 ms this way. Only a query that requires several words (`and`) is checked against
    the whole text too, on the rows the GIN indexes found for any of its words, as modelsearch matches it: one word
    may be in the title and another in the body."""
    compiler_class = backend.autocomplete_query_compiler_class if autocomplete else backend.query_compiler_class
    compiler = compiler_class(pages, query)
    tsquery = compiler.build_tsquery(query, config=compiler.get_config(backend))
    fields = ("index_entries__autocomplete",) if autocomplete else ("index_entries__title", "index_entries__body")
    anyword = tsquery if autocomplete or not _requires_words(query) else compiler.build_tsquery(
        PlainText(" ".join(_words(query)), operator="or"), config=compiler.get_config(backend))  # fmt: skip
    matches = pages.filter(reduce(operator.or_, (Q(**{field: anyword}) for field in fields)))
    if anyword is not tsquery:
        whole = CombinedExpression(F(fields[0]), "||", F(fields[1]))
        matches = matches.annotate(_whole_=whole).filter(_whole_=tsquery)
    rank = reduce(operator.add, (SearchRank(F(field), tsquery, weights=compiler.sql_weights) for field in fields))
    rows = list(
        matches.annotate(_rank_=rank, _total_=Window(Count("pk")))
        .order_by("-_rank_", "-pk")
        .values_list("pk", "_total_")[: max(limit, AT_LEAST)]
    )
    return [pk for pk, _total in rows[:limit]], rows[0][1] if rows else 0


def _requires_words(query):
    """Whether a modelsearch query (PlainText, Or, And) requires two words or more anywhere."""
    if isinstance(query, PlainText):
        return query.operator == "and" and len(query.query_string.split()) > 1
    return isinstance(query, And) or any(map(_requires_words, getattr(query, "subqueries", ())))


def _words(query):
    if isinstance(query, PlainText):
        return query.query_string.split()
    return [word for subquery in getattr(query, "subqueries", ()) for word in _words(subquery)]


# Asked for a few rows (the eight suggestions), PostgreSQL's planner walked the matches in rank order through nested
# loops, expecting to stop early, and took 8 s for a common prefix at 20,000 items; asked for this many, it hashes.
AT_LEAST = 200
