"""Wagtail's PostgreSQL database backend, analysing each page in its own language.

modelsearch's backend uses one text search configuration for everything. Here the configuration follows a language
set for the current thread: pages are indexed with the configuration of their locale (Dutch or English stemming and
stop words, both folding accents), and search.database runs a query inside `language(code)` so the query is analysed
the same way. The configurations are created by search/migrations/0003 and 0004.

`candidates` bounds the ranking: modelsearch ranks every matching row with several `ts_rank` calls (one per vector
and per alternative of the query) before it can sort, and a common word matches most of the site. The candidates are
found through a GIN index and put in order by a cheap rank (of each entry's lead: its title and intro), with
the number of all matches counted by the same query; search.database then ranks only the best of them fully.
"""

import contextvars
import json
from contextlib import contextmanager
from itertools import groupby

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db import DatabaseError, connections
from django.db.models import Count, F, Window
from django.db.models.expressions import Col
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchAtomicRebuilder,
    PostgresSearchBackend,
    PostgresSearchRebuilder,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from core.locales import language_of

from .bulk import prepared

CONFIGS = {"nl": "kennisbank_dutch", "en": "kennisbank_english"}
_language = contextvars.ContextVar("kennisbank_search_language", default=None)
_norms_pending = contextvars.ContextVar("kennisbank_title_norms_pending", default=None)


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


@contextmanager
def title_norms_at_end():
    """Work out the title norms of a bulk's entries once, when the block ends without an error (or when the index is
    refreshed), instead of after every statement.

    modelsearch sets each new entry's `title_norm` (the average title length over this entry's: a ranking factor)
    after each statement it writes, reading every entry of the index for the average and again for the entries still
    at 1.0 (not worked out yet): two scans of the whole index per chunk, so a bulk's cost grew with the square of its
    size. Entries written in the block keep 1.0 until the end; they are searchable meanwhile, ranked as modelsearch
    ranks an entry before its norm is set."""
    pending = {}
    token = _norms_pending.set(pending)
    try:
        yield
    finally:
        _norms_pending.reset(token)
    for index in pending.values():  # not after an error: the next refresh works out every entry still at 1.0
        index._refresh_title_norms()


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        code = lambda obj: language_of(getattr(obj, "locale_id", None)) or ""  # noqa: E731
        for language_code, group in groupby(sorted(prepared(model, objs), key=code), key=code):
            with language(language_code or None):
                self.add_rows(model, list(group))

    def add_rows(self, model, objs):
        """modelsearch's add_items: the same entries, written in a fraction of the time. modelsearch reads every search
        field of an object five times (once for each column it fills) and compiles a Django expression for every
        text into one statement of several megabytes; here each field is read once (`entry_texts`), the bulk's texts
        go to PostgreSQL as one JSON parameter, and PostgreSQL builds each vector as modelsearch does
        (`kennisbank_vector`, search/migrations/0011; tests/search/test_postgres_index_rows.py holds the two equal)."""
        search_fields = model.get_search_fields()
        if not search_fields or not objs:
            return
        rows = [entry_texts(ObjectIndexer(obj, self.backend)) for obj in objs]
        configs = [self.backend.config, self.backend.autocomplete_config, self.backend.config]  # the bulk's language
        params = [get_content_type_pk(model), *configs]
        with self.write_connection.cursor() as cursor:
            cursor.execute(UPSERT.format(table=IndexEntry._meta.db_table), [*params, json.dumps(rows)])
        pending = _norms_pending.get()
        if pending is None:
            self._refresh_title_norms()
        else:
            pending.setdefault(self.write_connection.alias, self)

    def refresh(self):
        """What is pending of `title_norms_at_end` for this database is done now."""
        pending = _norms_pending.get()
        if pending and pending.pop(self.write_connection.alias, None) is not None:
            self._refresh_title_norms()


# modelsearch's statement (PostgresIndex.add_items), its rows built by PostgreSQL from the bulk's texts.
UPSERT = """
    INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
    SELECT %s, row.object_id, kennisbank_vector(%s::regconfig, row.title, row.title_weights),
           kennisbank_vector(%s::regconfig, row.autocomplete, row.autocomplete_weights),
           kennisbank_vector(%s::regconfig, row.body, row.body_weights), 1.0,
           array_to_string(row.title, ' '), array_to_string(row.body, ' ')
    FROM jsonb_to_recordset(%s::jsonb) AS row(object_id text, title text[], title_weights text[], autocomplete text[],
                                              autocomplete_weights text[], body text[], body_weights text[])
    ON CONFLICT (content_type_id, object_id)
    DO UPDATE SET title = EXCLUDED.title,
                  title_norm = 1.0,
                  autocomplete = EXCLUDED.autocomplete,
                  body = EXCLUDED.body,
                  title_text = EXCLUDED.title_text,
                  body_text = EXCLUDED.body_text
"""


def entry_texts(indexer):
    """One object's row for UPSERT, as modelsearch's ObjectIndexer fills it: the texts of the `title` search fields,
    of the autocomplete fields and of the other search fields, each with its weight, blank texts left out (the
    plain title and body text are the texts joined by spaces)."""
    obj = indexer.obj
    values = [value for field in indexer.search_fields for value in indexer.prepare_field(obj, field)]
    row = {"object_id": str(obj.pk)}
    for column, belongs in (
        ("title", lambda field: isinstance(field, SearchField) and field.field_name == "title"),
        ("autocomplete", lambda field: isinstance(field, AutocompleteField)),
        ("body", lambda field: isinstance(field, SearchField) and field.field_name != "title"),
    ):
        texts = [(text.strip(), weight) for field, weight, text in values if belongs(field)]
        row[column] = [text for text, _weight in texts if text]
        row[f"{column}_weights"] = [weight for text, weight in texts if text]
    return row


class _NormsOnceRebuilding:
    """`update_index`: the title norms once at the end (modelsearch's `finish` works out all of them anyway)."""

    def start(self):
        self._norms = _norms_pending.set({})
        return super().start()

    def finish(self):
        _norms_pending.reset(self._norms)
        super().finish()


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex
    rebuilder_class = type("Rebuilder", (_NormsOnceRebuilding, PostgresSearchRebuilder), {})
    atomic_rebuilder_class = type("AtomicRebuilder", (_NormsOnceRebuilding, PostgresSearchAtomicRebuilder), {})

    @property
    def config(self):
        return CONFIGS.get(_language.get(), self._config)

    @config.setter
    def config(self, value):
        self._config = value


def _stored_vector(column):
    field = SearchVectorField()
    field.set_attributes_from_name(column)
    return field


# Columns search/migrations/0009 and 0010 add to the index entries, generated by PostgreSQL from title and body.
WHOLE = _stored_vector("kennisbank_whole")  # title and body: what a query must match
LEAD = _stored_vector("kennisbank_lead")  # title and intro (weighted above the body text): the cheap order


class StoredText(F):
    """A stored vector of the index entry that `F(entry_field)` joins (a column modelsearch's model does not
    declare): the same join and table alias, the other column."""

    def __init__(self, entry_field, column):
        super().__init__(entry_field)
        self.column = column

    def resolve_expression(self, *args, **kwargs):
        entry_field = super().resolve_expression(*args, **kwargs)
        return Col(entry_field.alias, self.column, output_field=self.column)


# With PostgreSQL's default of 4 the planner read every index entry (and worked out each one's match) rather than use
# the GIN index: a two-word query with 7,738 matches at 20,000 items took 171 ms, against 62 ms at 1.1, the usual value
# when the data is in memory or on SSDs. For a word most entries have, it still read the table and matched each
# entry's whole text, which it does not count as costly but is: read from compressed storage, 83 of 170 ms for a word
# in 18,786 of 20,200 entries; through the GIN index (no sequential scans) the same query took 88 ms with the lead's
# order. Only for this query: set for the whole connection, these made the test suite's other queries (on small
# tables, often without statistics) choose index scans that cost a fifth more CPU. The matches joined to the pages
# (`_ranked_entries`) are counted as a few hundred whatever their number, so the planner sorted both sides by the
# entries' text ids to merge them; hashing them took 65 -> 45 ms for a word in 18,000 entries, 42 -> 28 for 6,800.
PLANNER = {"random_page_cost": "1.1", "enable_seqscan": "off", "enable_mergejoin": "off"}


@contextmanager
def index_friendly_planner(connection):
    with connection.cursor() as cursor:
        for name, value in PLANNER.items():
            cursor.execute(f"SET {name} = {value}")
        try:
            yield
        finally:
            try:
                for name in PLANNER:
                    cursor.execute(f"RESET {name}")
            except DatabaseError:  # the transaction failed: its rollback undoes the SETs
                pass


def candidates(pages, query, backend, limit, autocomplete=False, ranked=0):
    """(the ids of at most `limit` pages of `pages` that match `query`, a modelsearch query, best first; how many
    match in all), in one query (two for a word found mostly in body texts, below). `ranked`: how many of the best
    the caller ranks fully.

    A page matches when its whole text (title and body as one vector, as modelsearch matches: one word may be in the
    title and another in the body; stored by search/migrations/0009, with a GIN index) matches, or, for autocomplete,
    its autocomplete words. The matches are put in order by the `ts_rank` of their lead (title and intro, stored by
    search/migrations/0010): a match there weighs more than a few in the body text (keywords and themes weigh as
    the body), so the best matches of the full ranking are among the best of this order, as long as enough pages
    match in their lead (a common word's thousands do). When fewer than `ranked` do, the matches are put in
    order by the ranks of title and body instead, in a second query (such words are in fewer pages: their bodies
    cost less to rank)."""
    compiler_class = backend.autocomplete_query_compiler_class if autocomplete else backend.query_compiler_class
    compiler = compiler_class(pages, query)
    tsquery = compiler.build_tsquery(query, config=compiler.get_config(backend))
    rank = lambda field: SearchRank(field, tsquery, weights=compiler.sql_weights)  # noqa: E731
    if autocomplete:
        matches = pages.filter(index_entries__autocomplete=tsquery)
        return _best(matches, rank(F("index_entries__autocomplete")), limit)[:2]
    entries = IndexEntry.objects.annotate(_whole_=StoredText("title", WHOLE)).filter(_whole_=tsquery)
    found, total, ranks = _ranked_entries(pages, entries, rank(StoredText("title", LEAD)), limit)
    if total > ranked and sum(1 for value in ranks if value > 0) < ranked:
        found, total, _ranks = _ranked_entries(pages, entries, rank(F("title")) + rank(F("body")), limit)
    return found, total


def _best(matches, rank, limit):
    """(ids of the best `limit` of `matches` by `rank`, how many match, the ranks of the ids read)."""
    with index_friendly_planner(connections[matches.db]):
        rows = list(
            matches.annotate(_rank_=rank, _total_=Window(Count("pk")))
            .order_by("-_rank_", "-pk")
            .values_list("pk", "_total_", "_rank_")[: max(limit, AT_LEAST)]
        )
    return [row[0] for row in rows[:limit]], rows[0][1] if rows else 0, [row[2] for row in rows]


def _ranked_entries(pages, entries, rank, limit):
    """`_best` for the index entries `entries` (with `rank`, an expression over the entry's own columns) of the
    pages `pages`.

    The matching entries are found on their own, through the GIN index of the whole text, and only then joined to
    the pages (`MATERIALIZED`: PostgreSQL plans them apart). Planned as one join, a word on most pages made the
    planner read every entry through its content-type index and match each entry's compressed whole text, which it
    does not count as costly: 100 of 150 ms for a word in 18,000 of 20,000 entries, against 20 through the GIN
    index."""
    using = pages.db
    connection = connections[using]
    matching, matching_params = (entries.annotate(_rank_=rank).values("content_type_id", "object_id", "_rank_")
                                 .query.get_compiler(using).as_sql())  # fmt: skip
    page_ids, page_params = pages.order_by().values("pk").query.get_compiler(using).as_sql()
    types = get_descendants_content_types_pks(pages.model)  # as modelsearch's relation joins them
    sql = f"""
        WITH matching (content_type_id, object_id, rank) AS MATERIALIZED ({matching})
        SELECT page.pk, COUNT(*) OVER (), matching.rank
        FROM ({page_ids}) AS page (pk) JOIN matching ON matching.object_id = page.pk::text
        WHERE matching.content_type_id = ANY(%s)
        ORDER BY matching.rank DESC, page.pk DESC
        LIMIT %s"""
    with index_friendly_planner(connection), connection.cursor() as cursor:
        cursor.execute(sql, [*matching_params, *page_params, types, max(limit, AT_LEAST)])
        rows = cursor.fetchall()
    return [row[0] for row in rows[:limit]], rows[0][1] if rows else 0, [row[2] for row in rows]


# Asked for a few rows (the eight suggestions), PostgreSQL's planner walked the matches in rank order through nested
# loops, expecting to stop early, and took 8 s for a common prefix at 20,000 items; asked for this many, it hashes.
AT_LEAST = 200
