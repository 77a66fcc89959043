"""What the knowledge base changes in modelsearch's engine backends, identically for every engine.

1. Analysis: lower-casing, diacritics folded ("clientenraad" finds "cliëntenraad"), Dutch stop words
   (search/stopwords.py) and stemming: the index's default analyzer, so every text field uses it at index and query
   time. The whole words stay whole there; each Dutch text field has two sub-fields that search/engine.py weighs
   lower: `.parts`, with compounds also split on a list of the domain's common parts ("klankbordfunctie" also
   indexes "klankbord"), and `.joined`, each two adjacent words written as one ("werk plan" is also "werkplan");
   English title, intro and taxonomy have a `.joined` too ("work plan" is also "workplan"). The Dutch text fields
   are searched with `kennisbank_search`: the same, with each word also in its other number ("fusies" and "fusie",
   a plural in -s after a vowel that the stemmer keeps apart).
2. Autocomplete queries are folded too (modelsearch searches edge n-grams with the plain "standard" analyzer).
3. Shared field names: modelsearch prefixes fields declared below the root model (Page) with the declaring model, so
   the three content types would each get their own `..._intro` field. Fields whose name starts with `kb_` keep
   their plain name instead, so one query, one filter and one aggregation cover articles, modules and practical
   examples alike (see articles.models.base.KnowledgePage.search_fields and search/engine.py).
4. English pages fill their own kb_*_en fields, analysed by `kennisbank_english` (English stop words, possessives
   and stemming, diacritics folded); a search in a language queries that language's fields (search/engine.py).
5. Each document of a registered content type (core.registry) also carries its result card (search/cards.py) in
   a stored, unindexed `kb_card` object, built here when the page is indexed, so a search is answered without
   loading pages from the database; the models know nothing of cards.
6. Bulk indexing is pipelined (`PipelinedBulk`): the engine takes in two chunks of documents while the next chunk is
   built, and the view restrictions are read once for the whole bulk (core.visibility.restrictions_read_once).
"""

import logging
from concurrent.futures import ThreadPoolExecutor
from copy import deepcopy

from modelsearch.index import class_is_indexed
from modelsearch.utils import deep_update

from core import registry, visibility

from .. import backlog, stopwords
from ..cards import card_for, with_root_paths
from .bulk import prepared

# Frequent first or last parts of Dutch compounds in this domain, folded and lower-cased. Editors do not maintain
# this list; it only widens recall for compounds (it is an index setting: changing it needs `update_index`).
COMPOUND_PARTS = [
    "achterban", "advies", "beleid", "bestuur", "bijeenkomst", "bijeenkomsten", "client", "clienten", "contact",
    "functie", "gesprek", "gesprekken", "instemming", "klacht", "klachten", "klankbord", "kwaliteit", "leden",
    "medezeggenschap", "module", "netwerk", "onderzoek", "organisatie", "overleg", "plan", "raad", "raden",
    "recht", "rechten", "regeling", "sessie", "sessies", "spar", "spiegel", "structuur", "traject", "training",
    "vergadering", "vertegenwoordiger", "vrijwilliger", "vrijwilligers", "werving", "zorg", "zeggenschap",
]  # fmt: skip

ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "dutch_stop": {"type": "stop", "stopwords": sorted(stopwords.DUTCH)},
                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
                # Lucene's Dutch stemmer keeps the plural -s after a vowel apart: "fusies" is not "fusie", "modules"
                # not "module", "thema's" not "thema". A query's word is also looked for in its other number, as a
                # synonym in the same place (kennisbank_search); the index is left as it is (taking the -s off every
                # indexed word cost a tenth of the engine's indexing).
                "dutch_singular": {"type": "pattern_replace", "pattern": r"^(\w{3,}[aeiou])'?s$", "replacement": "$1"},
                "dutch_plural": {"type": "pattern_replace", "pattern": r"^(\w{3,}[aeiou])$", "replacement": "$1s"},
                "dutch_plural_apostrophe": {
                    "type": "pattern_replace",
                    "pattern": r"^(\w{3,}[aeiou])$",
                    "replacement": "$1's",
                },
                "dutch_number": {
                    "type": "multiplexer",
                    "filters": ["dutch_singular", "dutch_plural", "dutch_plural_apostrophe"],
                },
                "english_stop": {"type": "stop", "stopwords": sorted(stopwords.ENGLISH)},
                "english_stemmer": {"type": "stemmer", "language": "english"},
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "dutch_compounds": {
                    "type": "dictionary_decompounder",
                    "word_list": COMPOUND_PARTS,
                    "min_subword_size": 4,
                    "only_longest_match": False,
                },
                "joined_pairs": {
                    "type": "shingle",
                    "min_shingle_size": 2,
                    "max_shingle_size": 2,
                    "output_unigrams": False,
                    "token_separator": "",
                    # Where a stop word was removed the pair has a gap; filled with "" it would index the single word
                    # next to it ("de wet" -> "wet"), and a query's every word would match `.joined` a second time.
                    "filler_token": "_",
                },  # fmt: skip
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
                },
                "kennisbank_parts": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_compounds", "dutch_stop", "dutch_stemmer"],
                },
                "kennisbank_joined": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "joined_pairs", "dutch_stemmer"],
                },
                "kennisbank_joined_search": {  # a query's words as they are: one of them may be two joined
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
                },
                "kennisbank_search": {  # the Dutch text fields' query analyzer (DUTCH_SEARCH)
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_number", "dutch_stemmer"],
                },
                # English pages fill the kb_*_en fields, which name this analyzer in their mapping.
                "kennisbank_english": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["english_possessive", "lowercase", "asciifolding", "english_stop", "english_stemmer"],
                },
                "kennisbank_english_joined": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "english_possessive",
                        "lowercase",
                        "asciifolding",
                        "english_stop",
                        "joined_pairs",
                        "english_stemmer",
                    ],
                },
                "autocomplete_search": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            },
        }
    }
}
SHARED_PREFIX = "kb_"
# Each Dutch word as written (folded, stemmed), without kennisbank_search's other number: the index's own analyzer. The
# engine forgives no typo in a word that has variants in one place (the other number), so the typo clause reads the
# query with it (search/engine.py); and `.parts` is searched with it: the compound parts are the page's, a query's
# word is looked for whole (split as well, "cliëntvertrouwenspersoon" matched every page with "cliënt" in its title).
PLAIN_WORDS = "default"
# The Dutch text fields' sub-fields (search/engine.py weighs them lower than the whole words), on what a page is about
# (title, intro, taxonomy) only: compound parts and two words written as one are not looked for in the long body,
# whose parts cost half of a search's time on 200,000 items (README, Speed).
SUB_FIELDS = {"parts": {"type": "text", "analyzer": "kennisbank_parts", "search_analyzer": PLAIN_WORDS},
              "joined": {"type": "text", "analyzer": "kennisbank_joined",
                         "search_analyzer": "kennisbank_joined_search"}}  # fmt: skip
DUTCH_TEXT = {row[0]: SUB_FIELDS for row in registry.TEXT_FIELDS[:3]}
ENGLISH_JOINED = {"joined": {"type": "text", "analyzer": "kennisbank_english_joined",
                             "search_analyzer": "kennisbank_english"}}  # fmt: skip
SUB_FIELDS_BY_NAME = {**DUTCH_TEXT, **{row[1]: ENGLISH_JOINED for row in registry.TEXT_FIELDS[:3]}}
# The body text is searched in its own field (search/engine.py). modelsearch also copies every text field into a
# catch-all `_all_text`, for a search that names no fields, which nothing here makes (the admin's page search and
# chooser autocomplete titles); the long body is left out of it: copying it was a quarter of the engine's indexing.
BODY_FIELDS = registry.TEXT_FIELDS[3][:2]
# The Dutch text fields (title, intro, taxonomy, body) are searched with kennisbank_search: each word in both numbers.
# One query analyzer for all four, so that cross_fields still counts a query's words over them together.
DUTCH_SEARCH = {"analyzer": PLAIN_WORDS, "search_analyzer": "kennisbank_search"}
logger = logging.getLogger(__name__)
MAPPED = set()  # (index name, model) whose index and mapping this process has made sure of
COLUMN_NAMES = {}  # (mapping class, model, search field): the field's name in the engine's documents


class SharedFieldNames:
    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": "autocomplete_search"}

    def get_field_column_name(self, field):
        """The field's name in the engine: worked out once per model and field (modelsearch asks for it for each
        field of each document, and its answer never changes: a fifth of a bulk's own time before)."""
        key = (type(self), self.model, field)
        if key not in COLUMN_NAMES:
            name = super().get_field_column_name(field)
            shared = field.field_name.startswith(SHARED_PREFIX)
            COLUMN_NAMES[key] = name[name.index(SHARED_PREFIX) :] if shared else name
        return COLUMN_NAMES[key]

    def get_mapping(self):
        """Plus `kb_card`: what a result card shows, kept in the document's source and never searched; plus the
        sub-fields of the Dutch text fields and their query analyzer (DUTCH_SEARCH); minus the body's copy into
        `_all_text` (BODY_FIELDS)."""
        mapping = super().get_mapping()
        for name in BODY_FIELDS:
            mapping["properties"].get(name, {}).pop("copy_to", None)
        for name, sub_fields in SUB_FIELDS_BY_NAME.items():
            if mapping["properties"].get(name, {}).get("type") == "text":
                mapping["properties"][name]["fields"] = deepcopy(sub_fields)
        for name, *_ in registry.TEXT_FIELDS:
            if mapping["properties"].get(name, {}).get("type") == "text":
                mapping["properties"][name].update(DUTCH_SEARCH)
        if registry.for_model(self.model) is not None:
            mapping["properties"]["kb_card"] = {"type": "object", "enabled": False}
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        if registry.for_model(obj) is not None:
            document["kb_card"] = card_for(obj).stored()
        return document


class RecordsMissedUpdates:
    """Index updates that never go wrong silently.

    - The index and the model's mapping are created before the first document goes in (otherwise the engine would
      guess the mapping from the document, and facets on kb_* fields would fail on a fresh install).
    - An update that fails (engine down) is recorded for search.backlog.replay (the scheduled job) instead of being
      lost.
    """

    def ensure_mapping(self, model):
        """Once per process and index (Wagtail makes a new backend object per `get_search_backend()` call, so a
        note on the object saved nothing: two extra round trips per indexed page)."""
        index = self.get_index_for_model(model)
        if (index.name, model) not in MAPPED:
            if not index.exists():
                index.put()
            index.add_model(model)
            MAPPED.add((index.name, model))

    def add(self, obj):
        try:
            self.ensure_mapping(type(obj))
            super().add(obj)
        except Exception:
            MAPPED.discard((self.get_index_for_model(type(obj)).name, type(obj)))  # check again next time
            logger.warning("Search engine missed an update of %s %s; recorded for later", obj._meta.label, obj.pk)
            backlog.record(obj)

    def add_bulk(self, model, obj_list):
        try:
            self.ensure_mapping(model)
            super().add_bulk(model, obj_list)
        except Exception:
            MAPPED.discard((self.get_index_for_model(model).name, model))
            logger.warning(
                "Search engine missed an update of %s %s items; recorded for later", model._meta.label, len(obj_list)
            )
            for obj in obj_list:
                backlog.record(obj)

    def delete(self, obj):
        try:
            super().delete(obj)
        except Exception:
            logger.warning("Search engine missed a removal of %s %s; recorded for later", obj._meta.label, obj.pk)
            backlog.record(obj)


class PipelinedBulk:
    """modelsearch's add_items, in chunks sent by other threads: the engine analyses chunks (most of a bulk's time,
    in its own process) while this process builds the next chunk's documents. At most IN_FLIGHT chunks in flight;
    an error in any chunk is raised here (RecordsMissedUpdates then records the whole call for replay)."""

    CHUNK = 100
    # Chunks the engine may be taking in at once: with two, it analyses on both cores while this process builds the
    # next chunk (at 20,000 items 950 -> 1,280 items/s here; three gained nothing more).
    IN_FLIGHT = 2

    def add_items(self, model, items):
        if not class_is_indexed(model):
            return
        mapping, items = self.mapping_class(model), with_root_paths(prepared(model, items))
        with visibility.restrictions_read_once(), ThreadPoolExecutor(max_workers=self.IN_FLIGHT) as sender:
            sending = []
            for start in range(0, len(items), self.CHUNK):
                actions = [{"_id": mapping.get_document_id(item), **mapping.get_document(item)}
                           for item in items[start : start + self.CHUNK]]  # fmt: skip
                if len(sending) >= self.IN_FLIGHT:
                    sending.pop(0).result()
                sending.append(sender.submit(self.backend.bulk, self.es, actions, index=self.name))
            for future in sending:
                future.result()


def dutch_engine(base):
    """A subclass of modelsearch's backend `base` with the analysis and field naming above."""
    mapping = type(base.mapping_class.__name__, (SharedFieldNames, base.mapping_class), {})
    index = type(base.index_class.__name__, (PipelinedBulk, base.index_class), {})
    compiler = type(base.query_compiler_class.__name__, (base.query_compiler_class,), {"mapping_class": mapping})
    autocomplete = type(
        base.autocomplete_query_compiler_class.__name__,
        (base.autocomplete_query_compiler_class,),
        {"mapping_class": mapping},
    )
    return type(
        base.__name__,
        (RecordsMissedUpdates, base),
        {
            "mapping_class": mapping,
            "index_class": index,
            "query_compiler_class": compiler,
            "autocomplete_query_compiler_class": autocomplete,
            "settings": deep_update(deepcopy(base.settings), ANALYSIS),
            "engine_family": "opensearch" if "OpenSearch" in base.__name__ else "elasticsearch",
        },
    )
