"""Searching the engine directly, in the index modelsearch maintains.

Our own code because modelsearch's query compiler offers no highlighting, no several aggregations in one request and
no more_like_this. Indexing, mappings and the Dutch analysis stay modelsearch's (search/backends/dutch.py); the
field names used here are the shared kb_* fields declared in articles.models.base.KnowledgePage.search_fields.
"""

from wagtail.models import Page

from .results import Hit, SearchResponse

CONTENT_TYPES = {
    "article": "articles.ArticlePage",
    "module": "articles.ModulePage",
    "example": "articles.PracticalExamplePage",
}
TEXT_FIELDS = ["title^5", "kb_intro^3", "kb_taxonomy^2", "kb_body"]
FACET_FIELDS = {"type": "kb_kind_filter", "theme": "kb_themes_filter", "keyword": "kb_keywords_filter",
                "sector": "kb_sectors_filter"}  # fmt: skip
PARAM_FIELDS = {"themes": "kb_themes_filter", "keywords": "kb_keywords_filter", "sectors": "kb_sectors_filter"}


def index_name(backend):
    return backend.get_index_for_model(Page).name


def request(backend, body, **kwargs):
    """Send a search; the Elasticsearch 8/9 client takes the body's keys as arguments, OpenSearch's takes `body`."""
    if backend.engine_family == "elasticsearch":
        return backend.es.search(index=index_name(backend), **body, **kwargs)
    return backend.es.search(index=index_name(backend), body=body, **kwargs)


def text_query(variants):
    """Every variant (the query and its synonyms) may match; typos are forgiven at a lower weight."""
    should = []
    for number, variant in enumerate(variants):
        weight = 1.0 if number == 0 else 0.9
        should += [
            {"multi_match": {"query": variant, "fields": TEXT_FIELDS, "type": "best_fields", "tie_breaker": 0.3,
                             "minimum_should_match": "2<70%", "boost": weight}},
            {"multi_match": {"query": variant, "fields": TEXT_FIELDS[:2], "type": "phrase", "boost": 2 * weight}},
        ]  # fmt: skip
    should.append(
        {"multi_match": {"query": variants[0], "fields": TEXT_FIELDS, "fuzziness": "AUTO", "prefix_length": 1,
                         "boost": 0.3}}
    )  # fmt: skip
    return {"bool": {"should": should, "minimum_should_match": 1}}


def filters(params, locale_id):
    kinds = params.kinds or tuple(CONTENT_TYPES)
    clauses = [
        {"term": {"live_filter": True}},
        {"term": {"locale_id_filter": locale_id}},
        {"terms": {"_django_content_type": [CONTENT_TYPES[kind] for kind in kinds]}},
    ]
    for name, field in PARAM_FIELDS.items():
        for value in getattr(params, name):
            clauses.append({"term": {field: value}})
    return clauses


def search(backend, params, locale_id, variants):
    query = text_query(variants) if params.query else {"match_all": {}}
    body = {
        "query": {"bool": {"must": [query], "filter": filters(params, locale_id)}},
        "from": params.offset,
        "size": params.per_page,
        "track_total_hits": True,
        "_source": False,
        "stored_fields": ["pk"],
        "aggs": {name: {"terms": {"field": field, "size": 100}} for name, field in FACET_FIELDS.items()},
        "highlight": {
            "fields": {"kb_intro": {}, "kb_body": {}},
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "fragment_size": 180,
            "number_of_fragments": 1,
        },
    }
    if params.sort == "newest" or not params.query:
        body["sort"] = [{"kb_date_filter": {"order": "desc"}}, "_score"]
    response = request(backend, body)
    hits = response["hits"]["hits"]
    pages = Page.objects.filter(pk__in=[int(hit["fields"]["pk"][0]) for hit in hits]).specific().in_bulk()
    results = []
    for hit in hits:
        page = pages.get(int(hit["fields"]["pk"][0]))
        if page is not None:
            fragments = hit.get("highlight", {})
            snippet = (fragments.get("kb_intro") or fragments.get("kb_body") or [""])[0]
            results.append(Hit(page=page, highlight=snippet))
    facets = {
        name: {bucket["key"]: bucket["doc_count"] for bucket in response["aggregations"][name]["buckets"]}
        for name in FACET_FIELDS
    }
    return SearchResponse(
        params=params,
        hits=results,
        count=response["hits"]["total"]["value"],
        backend=backend.engine_family,
        facets=facets,
    )


def autocomplete(backend, query, locale_id, size=8):
    """Titles of live pages whose words start with what the reader typed (edge n-grams, folded)."""
    body = {
        "query": {
            "bool": {
                "must": [{"match": {"title_edgengrams": {"query": query, "operator": "and"}}}],
                "filter": filters(_AllTypes, locale_id),
            }
        },
        "size": size,
        "_source": False,
        "stored_fields": ["pk"],
    }
    hits = request(backend, body)["hits"]["hits"]
    ids = [int(hit["fields"]["pk"][0]) for hit in hits]
    pages = Page.objects.filter(pk__in=ids).in_bulk()
    return [pages[pk] for pk in ids if pk in pages]


def more_like_this(backend, page, locale_id, size=12):
    """Ids of pages whose text resembles `page`, best first."""
    body = {
        "query": {
            "bool": {
                "must": [{"more_like_this": {
                    "fields": ["title", "kb_intro", "kb_taxonomy", "kb_body"],
                    "like": [{"_index": index_name(backend), "_id": str(page.pk)}],
                    "min_term_freq": 1, "min_doc_freq": 1, "max_query_terms": 40,
                }}],
                "filter": filters(_AllTypes, locale_id),
                "must_not": [{"term": {"pk": str(page.pk)}}],
            }
        },
        "size": size,
        "_source": False,
        "stored_fields": ["pk"],
    }  # fmt: skip
    return {int(hit["fields"]["pk"][0]): hit["_score"] for hit in request(backend, body)["hits"]["hits"]}


class _AllTypes:
    kinds = ()
    themes = keywords = sectors = ()
