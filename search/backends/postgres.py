"""Wagtail's PostgreSQL database backend, analysing each page in its own language.

modelsearch's backend uses one text search configuration for everything. Here the configuration follows a language
set for the current thread: pages are indexed with the configuration of their locale (Dutch or English stemming and
stop words, both folding accents), and search.database runs a query inside `language(code)` so the query is analysed
the same way. The configurations are created by search/migrations/0003 and 0004.

`candidates` bounds the ranking: modelsearch ranks every matching row with several `ts_rank` calls (one per vector
and per alternative of the query) before it can sort, and a common word matches most of the site. The candidates are
found through a GIN index and put in order by a cheap rank, with the number of all matches counted by the same
query; search.database then ranks only the best of them fully.
"""

import contextvars
import operator
from contextlib import contextmanager
from functools import reduce
from itertools import groupby

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db import DatabaseError, connections
from django.db.models import Count, F, Window
from django.db.models.expressions import Col
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


WHOLE = SearchVectorField()
WHOLE.set_attributes_from_name("kennisbank_whole")  # the column search/migrations/0009 adds to the index entries


class WholeText(F):
    """The stored whole text of the index entry that `F(entry_field)` joins (a column modelsearch's model does not
    declare): the same join and table alias, the other column."""

    def resolve_expression(self, *args, **kwargs):
        entry_field = super().resolve_expression(*args, **kwargs)
        return Col(entry_field.alias, WHOLE, output_field=WHOLE)


# With PostgreSQL's default of 4 the planner read every index entry (and worked out each one's match) rather than use
# the GIN index: a two-word query with 7,738 matches at 20,000 items took 171 ms, against 62 ms at 1.1, the usual value
# when the data is in memory or on SSDs. Only for this query: set for the whole connection, it made the test suite's
# other queries (on small tables, often without statistics) choose index scans that cost a fifth more CPU.
RANDOM_PAGE_COST = 1.1


@contextmanager
def index_friendly_planner(connection):
    with connection.cursor() as cursor:
        cursor.execute(f"SET random_page_cost = {RANDOM_PAGE_COST}")
        try:
            yield
        finally:
            try:
                cursor.execute("RESET random_page_cost")
            except DatabaseError:  # the transaction failed: its rollback undoes the SET
                pass


def candidates(pages, query, backend, limit, autocomplete=False):
    """(the ids of at most `limit` pages of `pages` that match `query`, a modelsearch query, best first; how many
    match in all), in one query.

    A page matches when its whole text (title and body as one vector, as modelsearch matches: one word may be in the
    title and another in the body; stored by search/migrations/0009, with a GIN index) matches, or, for autocomplete,
    its autocomplete words; the matches are put in order by the `ts_rank`s of title and body added up."""
    compiler_class = backend.autocomplete_query_compiler_class if autocomplete else backend.query_compiler_class
    compiler = compiler_class(pages, query)
    tsquery = compiler.build_tsquery(query, config=compiler.get_config(backend))
    if autocomplete:
        matches = pages.filter(index_entries__autocomplete=tsquery)
        fields = ("index_entries__autocomplete",)
    else:
        fields = ("index_entries__title", "index_entries__body")
        matches = pages.annotate(_whole_=WholeText(fields[0])).filter(_whole_=tsquery)
    rank = reduce(operator.add, (SearchRank(F(field), tsquery, weights=compiler.sql_weights) for field in fields))
    with index_friendly_planner(connections[matches.db]):
        rows = list(
            matches.annotate(_rank_=rank, _total_=Window(Count("pk")))
            .order_by("-_rank_", "-pk")
            .values_list("pk", "_total_")[: max(limit, AT_LEAST)]
        )
    return [pk for pk, _total in rows[:limit]], rows[0][1] if rows else 0


# Asked for a few rows (the eight suggestions), PostgreSQL's planner walked the matches in rank order through nested
# loops, expecting to stop early, and took 8 s for a common prefix at 20,000 items; asked for this many, it hashes.
AT_LEAST = 200
