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
    PostgresSearchBackend,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.utils import balanced_reduce, get_content_type_pk, get_descendants_content_types_pks

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
                self.add_rows(model, list(group))

    def add_rows(self, model, objs):
        """modelsearch's add_items: the same statement with the same values, built in a third of the time. modelsearch
        reads every search field of an object five times (once for each column it fills) and compiles a Django
        expression for every text; here each field is read once and each column's SQL is written as those
        expressions compile (`entry_row`; tests/search/test_postgres_index_rows.py holds the two equal)."""
        search_fields = model.get_search_fields()
        if not search_fields or not objs:
            return
        content_type_pk = get_content_type_pk(model)
        rows, params = [], []
        for obj in objs:
            sql, row_params = entry_row(ObjectIndexer(obj, self.backend), content_type_pk)
            rows.append(sql)
            params += row_params
        with self.write_connection.cursor() as cursor:
            cursor.execute(UPSERT.format(table=IndexEntry._meta.db_table, rows=", ".join(rows)), params)
        self._refresh_title_norms()


# modelsearch's statement (PostgresIndex.add_items), word for word.
UPSERT = """
                INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text)
                (VALUES {rows})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """  # noqa: E501


def entry_row(indexer, content_type_pk):
    """(SQL, params) of one object's row of UPSERT, as modelsearch's ObjectIndexer makes it: title (the `title`
    search fields), autocomplete and body (the other search fields) vectors, and the title's and body's plain text."""
    obj = indexer.obj
    values = [value for field in indexer.search_fields for value in indexer.prepare_field(obj, field)]
    title = [(text, weight) for field, weight, text in values
             if isinstance(field, SearchField) and field.field_name == "title"]  # fmt: skip
    body = [(text, weight) for field, weight, text in values
            if isinstance(field, SearchField) and field.field_name != "title"]  # fmt: skip
    autocomplete = [(text, weight) for field, weight, text in values if isinstance(field, AutocompleteField)]
    params = [content_type_pk, str(obj.pk)]
    columns = []
    for texts, config in ((title, indexer.config), (autocomplete, indexer.autocomplete_config), (body, indexer.config)):
        sql, vector_params = vector(texts, config)
        columns.append(sql)
        params += vector_params
    params += [plain(title), plain(body)]
    return f"(%s, %s, {columns[0]}, {columns[1]}, {columns[2]}, 1.0, %s, %s)", params


def vector(texts, config):
    """(SQL, params) of the weighted vector of `texts` ([(text, weight)]), as ObjectIndexer.as_vector compiles: one
    `setweight(to_tsvector(...))` per non-blank text, joined by `||` in the order modelsearch's `ADD`
    (balanced_reduce) joins them; no text at all is the empty vector."""
    texts = [(text.strip(), weight) for text, weight in texts]
    parts = [("setweight(to_tsvector(%s::regconfig, COALESCE(%s, %s)), %s)", [config, text, "", weight])
             for text, weight in texts if text]  # fmt: skip
    if not parts:
        return "to_tsvector(COALESCE(%s, %s))", ["", ""]
    return balanced_reduce(lambda left, right: (f"({left[0]} || {right[0]})", left[1] + right[1]), parts)


def plain(texts):
    """The plain text of a column's texts, for trigram matching (ObjectIndexer.title_text and body_text)."""
    return " ".join(text.strip() for text, _weight in texts if text.strip())


class SearchBackend(PostgresSearchBackend):
    index_class = LanguageIndex

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
