"""Searching with Wagtail's database backend: the embedded default, and the fallback when the engine fails.

Filters become subqueries on the page ids (the database backend only filters on declared filter fields); several
values of one facet are alternatives, the facets together all apply. Facets are counted with SQL over the matching
ids, each facet without its own choice (a reader sees what widening it would give). Snippets are cut from the intro or
text around the first match.

Relevance: a long question requires all its content words but one (search/stopwords.py; when none matches that way,
any of them); on PostgreSQL, titles and keywords similar to a mistyped query (pg_trgm, search/migrations/0008) fill
up a result list that text search left short.
"""

import datetime
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import TrigramWordSimilarity
from django.db import connection
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.utils.html import escape
from modelsearch.query import Or, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core import registry
from core.lookups import among, links
from core.visibility import visible
from themes_taxonomy.models import TaggedKeyword
from themes_taxonomy.text import fold

from . import stopwords
from .backends import postgres
from .cards import card_for, taxonomy_of, with_root_paths
from .params import SearchParams
from .results import Hit, SearchResponse

FACET_LIMIT = 1000  # facets are counted over at most this many best matches


def backend_name():
    """The database backend's alias: "fallback" next to an engine, otherwise the default backend."""
    return "fallback" if "fallback" in settings.WAGTAILSEARCH_BACKENDS else "default"


FACETS = (("type", "kinds", None), ("theme", "themes", "themes__slug"),
          ("keyword", "keywords", "tagged_keywords__tag__slug"), ("sector", "sectors", "sectors__slug"))  # fmt: skip


def candidates(params, locale_id, facets=True):
    """Visible pages of the chosen types, language and taxonomy filters (`facets=False`: of every type, without the
    taxonomy filters), as a Page queryset.

    The database backend filters only on indexed fields, so the visibility rule and the taxonomy filters become a
    subquery on the page ids."""
    models = [registry.get(kind).model for kind in (params.kinds if facets else ()) or registry.codes()]
    allowed = visible(Page.objects.type(*models), locale_id=locale_id)
    for _facet, name, lookup in FACETS[1:] if facets else ():
        values = getattr(params, name)
        if values:
            matching = [model.objects.filter(**{f"{lookup}__in": values}).order_by().values("pk") for model in models]
            allowed = allowed.filter(pk__in=matching[0].union(*matching[1:]))
    return Page.objects.filter(pk__in=allowed.values("pk"))


def chosen(params, values):
    """{facet: ids of the pages in `values` (from `facet_values`) that satisfy the reader's choice in that facet} for
    each facet with a choice."""
    found = {}
    for facet, name, _lookup in FACETS:
        wanted = set(getattr(params, name))
        if wanted:
            found[facet] = {pk for pk, page in values.items()
                            if (page[facet] in wanted if facet == "type" else page[facet] & wanted)}  # fmt: skip
    return found


def widening_facets(params, locale_id, query):
    """Facet counts where each facet leaves out its own choice: the same search without any facet filter, then for
    each facet the matches that meet the other facets' choices (counted from one read of the matches' values)."""
    unfiltered = candidates(params, locale_id, facets=False)
    if query is None:
        ids = list(unfiltered.values_list("pk", flat=True)[:FACET_LIMIT])
    else:
        ids = best_ids(unfiltered, query)
    values = facet_values(ids)
    meets = chosen(params, values)
    result = {}
    for facet, _name, _lookup in FACETS:
        others = [meets[other] for other in meets if other != facet]
        subset = [pk for pk in ids if all(pk in ok for ok in others)]
        result[facet] = count_facets(values, subset)[facet]
    return result


def words_only(text):
    """The words of a query: full-text syntax characters (quotes, brackets, stars) would break SQLite's FTS5."""
    return " ".join(word for word in re.findall(r"\w+", text) if word.upper() not in {"AND", "OR", "NOT", "NEAR"})


def autocomplete(text, locale_id, size):
    """Page titles that start with what a reader is typing; only its words reach the backend (a quotation mark
    would end modelsearch's quoted SQLite term early: "unterminated string"). On PostgreSQL through the candidates'
    one query (modelsearch's own took 350 ms for a common prefix at 20,000 items)."""
    words = words_only(text)
    if not words:
        return []
    pages = candidates(SearchParams(), locale_id)
    if connection.vendor != "postgresql":
        return list(pages.autocomplete(words, backend=backend_name())[:size])
    query = PlainText(words, operator="and")  # what modelsearch's autocomplete makes of the words on PostgreSQL
    ids, _count = postgres.candidates(pages, query, get_search_backend(backend_name()), size, autocomplete=True)
    found = Page.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def search(params, locale_id, variants):
    pages = candidates(params, locale_id)
    variants = [clean for clean in map(words_only, variants) if clean]
    if params.query and not variants:
        return SearchResponse(params=params, hits=[], count=0, backend="database", facets=facets([]))
    with postgres.language(params.language):  # on PostgreSQL, the query is analysed in the reader's language
        return _search(params, pages, variants, locale_id)


def text_query(variants, language):
    """Any variant may match. Of a question with three content words or more, all but one are required, and a shorter
    variant of it (two of its words written as one: "werk plan overleg" -> "werkplan overleg") requires all of its
    words: as strict as the question itself, not any one of them ("overleg" alone)."""
    required = len(stopwords.content_words(variants[0].split(), language)) >= 3
    parts = []
    for variant in variants:
        words = stopwords.content_words(variant.split(), language)[:MAX_WORDS]
        if len(words) < 3:
            parts.append(PlainText(" ".join(words), operator="and" if required else "or"))
        else:
            parts += [PlainText(" ".join(words[:i] + words[i + 1 :]), operator="and") for i in range(len(words))]
    return Or(parts)


MAX_WORDS = 8  # the content words of a long question that count


def _search(params, pages, variants, locale_id):
    query = None
    if params.query:
        query = text_query(variants, params.language)
        ranked, matching_ids, count = best_matches(pages, query)
        if not matching_ids and len(query.subqueries) > len(variants):  # a question none matched all but one of
            query = Or([PlainText(variant, operator="or") for variant in variants])
            ranked, matching_ids, count = best_matches(pages, query)
        if count < MIN_RESULTS:
            similar = [pk for pk in similar_titles(pages, variants[0]) if pk not in matching_ids]
            matching_ids += similar
            count += len(similar)
            ranked = matching_ids
    else:
        ranked = pages
        matching_ids = list(pages.values_list("pk", flat=True)[:FACET_LIMIT])
        count = pages.count()
    if params.sort == "newest" or not params.query:
        window = _newest(matching_ids if params.query else None, pages, params)
    elif params.offset + params.per_page <= len(matching_ids) or len(matching_ids) < FACET_LIMIT:
        window = matching_ids[params.offset : params.offset + params.per_page]  # the ranking is already known
    else:
        window = [page.pk for page in ranked[params.offset : params.offset + params.per_page]]
    specific = Page.objects.filter(pk__in=window).specific().in_bulk()
    taxonomy = taxonomy_of(with_root_paths(specific.values()))
    terms = _terms(variants) if params.query else []
    pages = [specific[pk] for pk in window if pk in specific]
    hits = [Hit(card=card_for(page, taxonomy[page.pk]), highlight=highlight(page, terms)) for page in pages]
    if any(params.filters().values()):
        counts = widening_facets(params, locale_id, query)
    else:
        counts = facets(matching_ids)
    return SearchResponse(params=params, hits=hits, count=count, backend="database", facets=counts)


def best_matches(pages, query):
    """(every match in order, lazily; the ids of the best FACET_LIMIT matches in order; how many match).

    On PostgreSQL the best matches are a bounded candidate set (search/backends/postgres.py: found through the GIN
    indexes, in order by a cheap rank, counted in the same query), of which the best RANKED are ranked fully, as
    modelsearch ranks; the rest keep the cheap order. Ranking every match fully took about 0.8 s for a common word
    at 20,000 items."""
    ranked = pages.defer_streamfields().only("pk").search(query, backend=backend_name())
    if connection.vendor != "postgresql":
        top = [page.pk for page in ranked[:FACET_LIMIT]]
        return ranked, top, len(top) if len(top) < FACET_LIMIT else ranked.count()
    found, count = postgres.candidates(pages, query, get_search_backend(backend_name()), FACET_LIMIT, ranked=RANKED)
    best = Page.objects.filter(pk__in=found[:RANKED]).only("pk").search(query, backend=backend_name())
    top = [page.pk for page in best]
    chosen = set(top)
    return ranked, top + [pk for pk in found if pk not in chosen], count


RANKED = 100  # ten pages of results


def best_ids(pages, query):
    """The ids of the best FACET_LIMIT matches, as a set to count facets over (on PostgreSQL the candidates alone)."""
    if connection.vendor == "postgresql":
        return postgres.candidates(pages, query, get_search_backend(backend_name()), FACET_LIMIT)[0]
    return [page.pk for page in pages.only("pk").search(query, backend=backend_name())[:FACET_LIMIT]]


MIN_RESULTS = 3  # fewer text matches than this: titles and keywords similar to the query fill up (PostgreSQL)
SIMILARITY = 0.45


def similar_titles(pages, text):
    """On PostgreSQL, pages whose title or one of whose keywords is similar to `text` (a typo: "achterbam"), most
    similar first, through the trigram index of search/migrations/0008; elsewhere none."""
    if connection.vendor != "postgresql" or len(text) < 4:
        return []
    folded = fold(text)
    found = {}
    for model in registry.models():
        rows = (
            model.objects.filter(pk__in=pages.values("pk"))
            .annotate(
                title_score=TrigramWordSimilarity(folded, Lower("title")),
                keyword_score=TrigramWordSimilarity(folded, Lower("tagged_keywords__tag__name")),
            )  # fmt: skip
            .filter(Q(title_score__gte=SIMILARITY) | Q(keyword_score__gte=SIMILARITY))
            .values_list("pk", "title_score", "keyword_score")[:50]
        )
        for pk, title_score, keyword_score in rows:
            found[pk] = max(found.get(pk, 0), title_score or 0, keyword_score or 0)
    return sorted(found, key=lambda pk: -found[pk])[:20]


def _newest(ids, pages, params):
    """One page of results, newest first (publication date lives on the content types, not on Page)."""
    ordered = []
    for model in registry.models():
        queryset = (
            model.objects.filter(among("pk", ids))
            if ids is not None
            else model.objects.filter(pk__in=pages.values("pk"))
        )
        ordered += list(queryset.values_list("publication_date", "pk"))
    ordered.sort(key=lambda row: (row[0] or datetime.date.min, row[1]), reverse=True)  # undated last
    return [pk for _, pk in ordered[params.offset : params.offset + params.per_page]]


def facets(ids):
    """Counts per type, theme, keyword and sector over the matching pages, counted by the database in grouped reads
    (as `facet_values` reads them; tests/search/test_database_facets.py holds the two to the same counts).
    Read into Python and counted there, the values of a common word's 1,000 best matches cost about 10 ms more.
    """
    result = {"type": {}, "theme": {}, "keyword": {}, "sector": {}}
    if not ids:
        return result
    by_type = pages_by_type(ids)
    result["type"] = {code: len(pks) for code, pks in by_type.items() if pks}
    keywords = TaggedKeyword.objects.filter(among("content_object_id", ids)).order_by().values("tag__slug")
    reads = {"keyword": keywords.annotate(n=Count("content_object_id", distinct=True)).values_list("tag__slug", "n")}
    for name, field in (("theme", "themes"), ("sector", "sectors")):
        per_type = [_counted(model, field, by_type[model.kind_code]) for model in registry.models()]
        reads[name] = per_type[0].union(*per_type[1:], all=True)
    for name, read in reads.items():
        for slug, count in read:
            result[name][slug] = result[name].get(slug, 0) + count  # a page has one type: no page counts twice
    return result


def pages_by_type(ids):
    """{registry code: [ids of the pages of that type]} of the pages among `ids`, in one read. Each type's own
    tables are then asked for its own pages only: asked for all of them, each took three times the index probes
    (a search's theme and sector values at 1,000 ids on PostgreSQL: 31 -> 23 ms)."""
    kinds = content_type_codes()
    found = {code: [] for code in kinds.values()}
    rows = Page.objects.filter(among("pk", ids), content_type_id__in=list(kinds)).values_list("pk", "content_type_id")
    for pk, type_id in rows:
        found[kinds[type_id]].append(pk)
    return found


def content_type_codes():
    """{content type id: registry code} of the registered content types."""
    return {ContentType.objects.get_for_model(ct.model).pk: ct.code for ct in registry.content_types()}


def facet_values(ids):
    """{page id: {"type": kind, "theme": {slug}, "keyword": {slug}, "sector": {slug}}} for the pages among `ids`, in
    four queries whatever the number of content types: the pages' types, their keywords (one table for every type),
    their themes and their sectors (a table per type, each asked for its own pages, read as one union). Per type
    and per taxonomy it took twelve, about 80 ms at 1,000 ids on PostgreSQL."""
    by_type = pages_by_type(ids)
    values = {pk: {"type": code, "theme": set(), "keyword": set(), "sector": set()}
              for code, pks in by_type.items() for pk in pks}  # fmt: skip
    found = list(values)
    reads = {"keyword": TaggedKeyword.objects.filter(among("content_object_id", found))
             .values_list("content_object_id", "tag__slug")}  # fmt: skip
    for name, field in (("theme", "themes"), ("sector", "sectors")):
        per_type = [_linked(model, field, by_type[model.kind_code]) for model in registry.models()]
        reads[name] = per_type[0].union(*per_type[1:], all=True)
    for name, read in reads.items():
        for pk, slug in read if found else ():
            values[pk][name].add(slug)
    return values


def _linked(model, field, ids):
    """(page id, slug) rows of the many-to-many `field` of `model` for the pages `ids`, read from its own table."""
    rows, source, target = links(model, field, ids)
    return rows.values_list(source, f"{target}__slug")


def _counted(model, field, ids):
    """(slug, number of pages) rows of the many-to-many `field` of `model` among the pages `ids`."""
    rows, source, target = links(model, field, ids)
    counted = rows.order_by().values(f"{target}__slug").annotate(n=Count(source, distinct=True))
    return counted.values_list(f"{target}__slug", "n")


def count_facets(values, ids):
    """The counts of `facets` for the pages `ids`, from `facet_values`."""
    result = {"type": {}, "theme": {}, "keyword": {}, "sector": {}}
    for pk in ids:
        page = values.get(pk)
        if page is None:
            continue
        result["type"][page["type"]] = result["type"].get(page["type"], 0) + 1
        for name in ("theme", "keyword", "sector"):
            for value in page[name]:
                result[name][value] = result[name].get(value, 0) + 1
    return result


def _terms(variants):
    return sorted({word for variant in variants for word in fold(variant).split() if len(word) > 2}, key=len)[::-1]


def highlight(page, terms, width=180):
    """A snippet of the intro (or the text) around the first word that starts with a search term, every such word in
    it marked with <mark> (as the engine's snippets mark each of the query's words)."""
    if not terms:
        return ""
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, terms)) + r")\w*")
    for text in (" ".join(page.intro.split()), " ".join(page.own_text().split()[:400])):  # single-spaced, as fold
        folded = fold(text)
        if len(folded) != len(text):
            continue  # folding changed the length (rare ligatures): offsets would not line up
        match = pattern.search(folded)
        if match:
            start = max(0, match.start() - width // 3)
            if start:  # begin at a word, not inside one
                start = text.find(" ", start, match.start()) + 1 or match.start()
            end = max(match.end(), min(len(text), start + width))
            cut = text.rfind(" ", match.end(), end)
            if end < len(text) and cut != -1:  # end at a word, not inside one
                end = cut
            pieces, position = [], start
            for word in pattern.finditer(folded, start, end):
                marked = escape(text[word.start() : word.end()])
                pieces += [escape(text[position : word.start()]), f"<mark>{marked}</mark>"]
                position = word.end()
            prefix = "…" if start else ""
            suffix = "…" if end < len(text) else ""
            return prefix + "".join(pieces) + escape(text[position:end]) + suffix
    return ""
