"""Wagtail's SQLite (FTS5) database backend with Snowball stemming, so "bereik" finds "bereiken" without an engine.

FTS5 has no stemmer for Dutch. Here the indexed title and text are stored stemmed (Snowball's Dutch or English
stemmer, by the page's language, after folding diacritics), and the words of a query are stemmed the same way, in the
language search.database sets for the query (search.backends.postgres.language). Autocomplete keeps the words as
they are (it matches what a reader is typing, letter by letter). Changing the stemming needs `update_index`.
"""

import re
from functools import cache

import snowballstemmer
from django.db import transaction
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    get_content_type_pk,
)
from modelsearch.query import PlainText

from core.locales import language_of
from themes_taxonomy.text import fold

from .bulk import prepared
from .postgres import current_language

STEMMERS = {"nl": "dutch", "en": "english"}


@cache
def _stemmer(language):
    return snowballstemmer.stemmer(STEMMERS.get(language, "dutch"))


def stem(text, language):
    """The words of `text`, folded and stemmed: "Bereiken van de cliëntenraad" -> "bereik van de client"."""
    return " ".join(_stemmer(language).stemWords(re.findall(r"\w+", fold(text))))


class StemmedIndexer(ObjectIndexer):
    @property
    def language(self):
        return language_of(getattr(self.obj, "locale_id", None)) or "nl"

    @property
    def stemmed_title(self):
        return stem(self.title, self.language)

    @property
    def stemmed_body(self):
        return stem(self.body, self.language)


class StemmedIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """modelsearch's SQLiteIndex.add_items, storing the stemmed title and text; the triggers of modelsearch's
        migration 0002 keep the full-text table in step with the entries, on delete as on insert."""
        if not model.get_search_fields():
            return
        indexers = [StemmedIndexer(obj, self.backend) for obj in prepared(model, objs)]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        data = {indexer.id: (indexer.stemmed_title, indexer.autocomplete, indexer.stemmed_body) for indexer in indexers}
        with transaction.atomic():  # the entries replaced in two statements (modelsearch updates them one by one)
            self.entries.filter(content_type_id=content_type_pk, object_id__in=data.keys()).delete()
            self.entries.bulk_create(
                IndexEntry(content_type_id=content_type_pk, object_id=object_id, title=title, autocomplete=autocomplete,
                           body=body)
                for object_id, (title, autocomplete, body) in data.items()
            )  # fmt: skip


class StemmedQueryCompiler(SQLiteSearchQueryCompiler):
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(stem(query.query_string, current_language() or "nl"), operator=query.operator,
                              boost=query.boost)  # fmt: skip
        return super().build_search_query_content(query, config=config)


class StemmedSQLiteBackend(SQLiteSearchBackend):
    index_class = StemmedIndex
    query_compiler_class = StemmedQueryCompiler
