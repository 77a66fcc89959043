"""Searching the engine directly, in the index modelsearch maintains.

Our own code because modelsearch's query compiler offers no highlighting, no several aggregations in one request and
no more_like_this. Indexing, mappings and the Dutch analysis stay modelsearch's (search/backends/dutch.py); the
text fields and their weights are core.registry.TEXT_FIELDS, which the index mapping reads too, and what a reader
may see is core.visibility.engine_filters.
"""

import re

from wagtail.models import Page

from articles.models import KnowledgePage
from core import locales, registry, visibility

from .backends.dutch import PLAIN_WORDS
from .cards import Card, labels, load_cards, visible_ids
from .results import Hit, SearchResponse
from .stopwords import BY_LANGUAGE
from .synonyms import joined


def text_fields(language):
    """["title^5", "kb_intro^3", ...]: the language's text fields with their weights, best first."""
    return [f"{name}^{weight}" if weight != 1 else name for name, weight in registry.text_fields(language)]


def field_names(language):
    """The fields without their weights: title, intro, taxonomy, body."""
    return [name for name, _weight in registry.text_fields(language)]


# Each facet and its attribute on a page: its own field (`kb_themes_filter`) and the name of its values in the field
# that holds every facet's values (`kb_facets`: "kb_themes:zorg").
FACETS = KnowledgePage.FACETS
FACETS_FIELD = "kb_facets_filter"
PARAM_FIELDS = {"themes": "kb_themes_filter", "keywords": "kb_keywords_filter", "sectors": "kb_sectors_filter"}


def index_name(backend):
    return backend.get_index_for_model(Page).name


def request(backend, body, **kwargs):
    """Send a search; the Elasticsearch 8/9 client takes the body's keys as arguments, OpenSearch's takes `body`."""
    if backend.engine_family == "elasticsearch":
        return backend.es.search(index=index_name(backend), **body, **kwargs)
    return backend.es.search(index=index_name(backend), body=body, **kwargs)


def text_query(variants, language="nl", typos=True, ranked=True):
    """Whole words first, their parts and typos lower; every variant (the query, its synonyms, its words joined) may
    match.

    - Whole words on the text fields with their weights, most content words required ("2<75%": of a long question
      every word but one in four; stop words do not count), counted over the page's fields together (cross_fields):
      a page with two of the words in its title and a third in its body qualifies, and each word scores in the field
      where it weighs most. From three words on (`LEAD_APART`), the page of results scores title, intro and taxonomy
      together and the body apart, at a fifth of its weight (`BODY_APART`); which pages match stays the counts' rule
      (the lead's clause is filtered by it, and most words in the body alone are a subset of it). The engine then
      reads a common word's long list of bodies only for pages that can still reach the page of results, not for
      every page that has it: at 200,000 items whole search requests p95 4 to 9 % faster (8 to 18 % with the body at
      half), p50 the same, and the judged set's MRR 0.987 -> 0.994 in the quality gate (README, Search). With fewer
      words the one clause is faster.
    - Exact phrases on title, intro and taxonomy (themes and keywords) above body matches; for several words, a
      proximity boost (the words near each other in title, intro or taxonomy) and the words exactly as written
      anywhere, the long body too (a name: "Raad op Maat"), above the same words apart in title or intro, whatever
      the field's length. Proximity in the long body went over most items' positions at 200,000 items (the page of
      results' `took` p95 40 against 33.5 ms without it) and moved the judged set's nDCG@10 by 0.001.
    - Dutch only: compound parts (`.parts`, "zorg" in "zorgorganisatie") in title, intro and taxonomy, at a fraction
      of the whole word's weight, so an item about the compound outranks items that merely contain its part. Every
      word of the query must be there, whole or as a part: with most words required, a part that two words share
      ("zorg" in "zorgverzekeraar mantelzorger eigen bijdrage") counted as two of them, and on 200,000 items nearly
      every page qualified. The parts are the page's: a query's word is looked for whole (`PLAIN_WORDS`); split as
      well, "cliëntvertrouwenspersoon" matched every page with "cliënt" in its title (199,282 of 200,000 items,
      31,830 now).
    - Two words of the text written as one (`.joined`: "werkplan" finds "werk plan", "workplan" "work plan").
    - A variant with two of the query's words joined (synonyms.joined: "werk plan" -> "werkplan") looks for that
      word whole only: its parts and pairs are the query's own words, which the query itself looks for already
      (at 200,000 items those clauses were a sixth of a search's time, p95 94 against 77 ms).
    - `typos`: typos forgiven in words of five letters and more, on title, intro and taxonomy only (fuzzy matching
      on the long body costs most of the time), at a lower weight. `search` asks for it only when the query has a
      word no page the reader may see has (`word_checks`, `unknown_words`). The words are read without their other
      number (`PLAIN_WORDS`): the engine forgives no typo in a word with variants in one place ("sparsesies").
    - `ranked=False` (the counts): without the phrase clauses. A page that has a variant's words as a phrase has
      them all, so the whole words' clause of that variant matches it already: the phrases only rank. The same
      pages with less work (replayed at 200,000 items: README, Search).
    """
    fields = text_fields(language)
    names = field_names(language)
    title_weight = registry.text_fields(language)[0][1]
    dutch = language != "en"
    joined_words = set(joined(variants[0]))
    body, body_weight = registry.text_fields(language)[-1]
    should = []
    for number, variant in enumerate(variants):
        weight = 1.0 if number == 0 else 0.9
        whole_only = variant in joined_words
        whole = {"query": variant, "type": "cross_fields", "minimum_should_match": MOST_WORDS}
        if ranked and len(variant.split()) >= LEAD_APART:
            lead = {"multi_match": {"query": variant, "type": "cross_fields", "fields": fields[:-1]}}
            should += [
                {"bool": {"must": [lead], "filter": [{"multi_match": {**whole, "fields": fields}}], "boost": weight}},
                {"match": {body: {"query": variant, "minimum_should_match": MOST_WORDS,
                                  "boost": weight * body_weight * BODY_APART}}},
            ]  # fmt: skip
        else:
            should.append({"multi_match": {**whole, "fields": fields, "boost": weight}})
        if ranked:
            phrase = {"query": variant, "fields": fields[:3], "type": "phrase", "boost": 2 * weight}
            should.append({"multi_match": phrase})
        if ranked and len(variant.split()) > 1:
            should += [
                {"multi_match": {"query": variant, "fields": names[:3], "type": "phrase", "slop": 4, "boost": weight}},
                {"constant_score": {"filter": {"multi_match": {"query": variant, "fields": names, "type": "phrase"}},
                                    "boost": EXACT_PHRASE * title_weight * weight}},
            ]  # fmt: skip
        if dutch and not whole_only:
            should += [
                {"multi_match": {"query": variant, "fields": [f"{name}.parts^{PARTS_WEIGHT * w}" for name, w in
                                                              registry.text_fields(language)[:3]],
                                 "type": "best_fields", "operator": "and", "boost": weight}},
            ]  # fmt: skip
        if not whole_only:
            should.append({"multi_match": {"query": variant, "fields": [f"{name}.joined" for name in names[:3]],
                                           "boost": weight}})  # fmt: skip
    if typos:
        should.append(
            {"multi_match": {"query": variants[0], "fields": fields[:3], **typo_options(language),
                             "minimum_should_match": MOST_WORDS, "boost": 0.3}}
        )  # fmt: skip
    return {"bool": {"should": should, "minimum_should_match": 1}}


def highlight_query(variants, language="nl", typos=True):
    """What a snippet marks: the words of the query and of its variants in intro and body, and, in the intro, the
    typos the search forgives there (`typos`). With the search's own query the highlighter ran every clause of it
    (phrases, parts, joined words: fields no snippet shows) for each hit, 4 of a search's 18 ms at 20,000 items, and
    its words counted across fields (cross_fields) marked nothing: a sixth of the bench's results had no snippet."""
    _title, intro, _taxonomy, body = field_names(language)
    should = [{"multi_match": {"query": variant, "fields": [intro, body]}} for variant in variants]
    if typos:
        should.append({"match": {intro: {"query": variants[0], **typo_options(language)}}})
    return {"bool": {"should": should}}


MOST_WORDS = "2<75%"
# Variants of this many words and more score the body apart from the other fields (text_query), at a fifth of its
# weight: apart, a word in the body adds to its score in the title instead of the best of the two counting. Judged
# set, in the quality gate's build: MRR 0.994 at a fifth and at half; in a second build (other index statistics):
# 0.987 at a tenth to a quarter as with the one clause (one question up from rank 3 to 1, one down from 1 to 3),
# 0.981 at half.
LEAD_APART, BODY_APART = 3, 0.2
TYPOS = {"fuzziness": "AUTO:5,8", "prefix_length": 1, "max_expansions": 20}  # words of five letters and more
EXACT_PHRASE = 4  # the words exactly as written, anywhere: four times the title's weight, above the words apart
PARTS_WEIGHT = 0.25  # a compound's part counts a quarter of the whole word
FACET_VALUES = 100  # values a facet shows at most, most frequent first
# Values the facets' aggregation keeps, and each slice of a search passes on (the node searches a shard's segments in
# slices at once: search/engine/opensearch.py, docker-compose.yml): every value of every facet it counts. A slice
# keeps only its most frequent values: kept to the 160 that a facet's 100 asked for, a keyword rare in one slice lost
# its pages there, and the facet promised fewer results than choosing it gives, or left it out
# (tests/search/test_facets_multiselect.py). Above any taxonomy this site will have, so every count is exact.
TAXONOMY_VALUES = 10_000
COMMON_WORD = 20_000  # items: a word on more says little of what a page is about (related content's more_like_this)


def typo_options(language):
    """How typos are forgiven, in the search and in its snippets: the Dutch words read without their other number
    (`PLAIN_WORDS`), as the engine forgives no typo in a word with variants in one place."""
    return {**TYPOS, "analyzer": PLAIN_WORDS} if language != "en" else TYPOS


def facet_filters(params):
    """{facet: [clause]}: what the reader chose in each facet; several values of one facet are alternatives (OR),
    the facets together all apply (AND)."""
    chosen = {"type": [{"terms": {"_django_content_type": [registry.get(kind).label_path for kind in params.kinds]}}]
              if params.kinds else []}  # fmt: skip
    for facet, name in (("theme", "themes"), ("keyword", "keywords"), ("sector", "sectors")):
        values = list(getattr(params, name))
        chosen[facet] = [{"terms": {PARAM_FIELDS[name]: values}}] if values else []
    return chosen


def filters(params, locale_id):
    """What a reader may see of the chosen types (all types when none is chosen) and taxonomy, as one filter."""
    return [*base_filters(locale_id), *(clause for clauses in facet_filters(params).values() for clause in clauses)]


def base_filters(locale_id):
    return [
        *visibility.engine_filters(locale_id),
        {"terms": {"_django_content_type": [content_type.label_path for content_type in registry.content_types()]}},
    ]


def aggregations(chosen):
    """Each facet counted with the other facets' choices only, so a reader sees what widening a facet would give.
    Facets the same choices narrow are counted together (`facet_counts` reads them apart):

    - a group of several (all four when the reader chose nothing) in one pass over their matches, one terms
      aggregation of the field with every facet's values (`FACETS_FIELD`): four aggregations read every match four
      times, and took longer (whole search requests at 200,000 items: p50 1.8 to 4.3 and p95 2.3 to 9.5 ms more);
    - a facet on its own from its own field: counted from the field with every value, a group reads the other
      facets' values for nothing. Asking the engine to count only some values (`include`) cost more than it saved.

    A group no choice narrows is counted over the matches as they are (a filter of nothing still cost a pass over
    them: p95 71 against 61-65 ms for the counts)."""
    groups = {}
    for name in FACETS:
        narrowing = tuple(facet for facet, clauses in chosen.items() if facet != name and clauses)
        groups.setdefault(narrowing, []).append(name)
    aggs = {}
    for narrowing, names in groups.items():
        field, size = (
            (f"{FACETS[names[0]]}_filter", FACET_VALUES) if len(names) == 1 else (FACETS_FIELD, TAXONOMY_VALUES)
        )
        values = {"terms": {"field": field, "size": size, "shard_size": TAXONOMY_VALUES}}
        others = [clause for facet in narrowing for clause in chosen[facet]]
        aggs[FACET_GROUP + "+".join(names)] = (
            {"filter": {"bool": {"filter": others}}, "aggs": {"values": values}} if others else values
        )
    return aggs


FACET_GROUP = "kb_facets:"  # the aggregations' names: "kb_facets:keyword+sector"


def facet_counts(aggregations):
    """{facet: {value: count}} from the groups of `aggregations`: each facet's most frequent FACET_VALUES values
    first, ties by value (as the engine orders them)."""
    by_attribute = {attribute: name for name, attribute in FACETS.items()}
    counts = {name: {} for name in FACETS}
    for key, answer in aggregations.items():
        group = key.removeprefix(FACET_GROUP).split("+") if key.startswith(FACET_GROUP) else []
        for bucket in answer.get("values", answer)["buckets"] if group else []:
            if len(group) == 1:  # the facet's own field
                name, value = group[0], bucket["key"]
            else:  # "kb_themes:zorg"
                attribute, _colon, value = bucket["key"].partition(":")
                name = by_attribute.get(attribute)
            if name in group:
                counts[name][value] = bucket["doc_count"]
    return {name: dict(sorted(values.items(), key=lambda item: (-item[1], item[0]))[:FACET_VALUES])
            for name, values in counts.items()}  # fmt: skip


def search(backend, params, locale_id, variants):
    """A page of results and the facets, in one round trip of searches run side by side by the engine; a query with a
    word no page the reader may see has is asked again, typos forgiven (`word_checks`, `unknown_words`).

    - The hits: scored, with no total, so the engine scores only what can still reach the page (on 200,000 items
      most queries match most items; scoring every match was most of the time). What a reader may see is a post
      filter, applied to each hit as it is collected: a query without filters is scored a window of pages at a
      time (Lucene 9's bulk scorer), a filter beside it makes the engine score page by page (replayed at 200,000
      items, p95 56-59 against 42-43 ms). The reader's choices, which leave few pages, stay filters of the query.
    - The counts: the same query unscored (filter context), its total under the reader's choices and each facet
      counted under the other facets' choices (see aggregations).
    """
    visible = base_filters(locale_id)  # one clock for every search: the count and the page agree on a page expiring
    found, counted, *checked = multi_request(backend, bodies(params, visible, variants, typos=False))
    if params.query and unknown_words(checked):
        found, counted = multi_request(backend, bodies(params, visible, variants, typos=True))
    _title, intro_field, _taxonomy, body_field = field_names(params.language)
    hits = found["hits"]["hits"]
    snippets = {}
    for hit in hits:
        fragments = hit.get("highlight", {})
        snippets[_pk(hit)] = (fragments.get(intro_field) or fragments.get(body_field) or [""])[0]
    results = [Hit(card=card, highlight=snippets[card.pk]) for card in cards(hits, locale_id)]
    counts = counted["aggregations"]
    return SearchResponse(
        params=params,
        hits=results,
        count=counts[TOTAL]["doc_count"] if TOTAL in counts else counted["hits"]["total"]["value"],
        backend=backend.engine_family,
        facets=facet_counts(counts),
    )


def bodies(params, visible, variants, typos):
    """The searches of `search`: the ranked page of results, the counts, and (unless typos are forgiven already) the
    checks of the query's words (`word_checks`)."""
    language = params.language
    query, matched = ((text_query(variants, language, typos), text_query(variants, language, typos, ranked=False))
                      if params.query else ({"match_all": {}},) * 2)  # fmt: skip
    _title, intro_field, _taxonomy, body_field = field_names(params.language)
    chosen = facet_filters(params)
    all_chosen = [clause for clauses in chosen.values() for clause in clauses]
    hits_body = {
        "query": {"bool": {"must": [query], "filter": all_chosen}} if all_chosen else query,
        "post_filter": {"bool": {"filter": visible}},
        "from": params.offset,
        "size": params.per_page,
        "track_total_hits": False,
        "_source": ["kb_card"],
        "stored_fields": ["pk"],
        "highlight": {
            "highlight_query": highlight_query(variants, params.language, typos)
            if params.query
            else {"match_none": {}},
            "fields": {intro_field: {}, body_field: {}},
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "encoder": "html",
            "fragment_size": 180,
            "number_of_fragments": 1,
        },
    }
    newest = params.sort == "newest" or not params.query
    hits_body["sort"] = [{"kb_date_filter": {"order": "desc"}}, "_score", PK] if newest else ["_score", *SAME_SCORE]
    counts_body = {
        "query": {"bool": {"filter": [matched, *visible]}},
        "size": 0,
        "track_total_hits": not all_chosen,  # the matches are the count, unless the reader chose something
        "aggs": {
            **aggregations(chosen),
            **({TOTAL: {"filter": {"bool": {"filter": all_chosen}}}} if all_chosen else {}),
        },
    }
    checks = word_checks(variants[0], language, visible) if params.query and not typos else []
    return hits_body, counts_body, *checks


def word_checks(text, language, visible):
    """One search per word of `text` that a typo could be in (five letters and more, as the typo clause; not a stop
    word; at most MAX_CHECKED): does a page the reader may see have it in its title, intro or taxonomy (modelsearch's
    catch-all of those, `_all_text`, where typos are forgiven)? Each stops at the first such page. A word only
    bodies have is asked again too: its look-alike in a title may be the page (a verb form, "adviseert", finds the
    module with "adviseren" in its title that way; counted as known, that judged query lost its page).

    The engine's term suggester answered this before, for every indexed page: a word only a draft, a restricted
    page, the other language's pages or a deleted page (its words stay until the index merges) had counted as
    known, so the search forgave no typo in it and found nothing, where without that page it found the look-alike
    at once. What a reader got told whether a page they may not see has the word (tests/search/test_engine.py)."""
    stop = BY_LANGUAGE.get(language, BY_LANGUAGE["nl"])
    words = [word for word in dict.fromkeys(re.findall(r"\w+", text.lower())) if len(word) >= 5 and word not in stop]
    return [{"query": {"bool": {"filter": [{"match": {"_all_text": {"query": word, "operator": "and",
                                                                    "zero_terms_query": "all"}}}, *visible]}},
             "size": 0, "terminate_after": 1, "track_total_hits": True} for word in words[:MAX_CHECKED]]  # fmt: skip


MAX_CHECKED = 8  # words of a long question checked for typos


def unknown_words(checked):
    """Whether a word_checks search found no page: only then does a search forgive typos. The fuzzy clause matches a
    known word's own pages again (everything the whole word matches) plus those of its look-alikes, at 200,000 items
    a third of a search's time (p50 31 against 21 ms)."""
    return any(answer["hits"]["total"]["value"] == 0 for answer in checked)


TOTAL = "kb_total"  # the aggregation that counts the matches under every choice
# Pages the engine scores the same (the demo's module and the guide's of the same name, a page and its copy) come
# newest first, then in the order of their ids; left to the engine they came in the order its index happened to hold
# them, which merges change: the quality gate's ranks moved from run to run on unchanged code (16 of its 98 queries
# have such ties in their first twelve results, five at the first place).
PK = {"pk": {"order": "asc"}}
SAME_SCORE = [{"kb_date_filter": {"order": "desc", "missing": "_last"}}, PK]


def multi_request(backend, bodies):
    """Several searches in one round trip; their answers in order. A failed search raises (the caller falls back)."""
    searches = [part for body in bodies for part in ({"index": index_name(backend)}, body)]
    answers = backend.es.msearch(body=searches)["responses"]
    for answer in answers:
        if "error" in answer:
            raise RuntimeError(f"search failed: {answer['error']}")
    return answers


def _pk(hit):
    return int(hit["fields"]["pk"][0])


def cards(hits, locale_id):
    """The result cards stored with the hits; a document indexed before cards existed is read from the database.

    Every hit is checked against the pages a reader may see (`visible_ids`): an index that missed a removal (the
    engine was down) never leads a reader to a page that is gone.
    """
    names, live = labels(locale_id), visible_ids(locale_id)
    stored = {_pk(hit): hit.get("_source", {}).get("kb_card") for hit in hits if _pk(hit) in live}
    loaded = {card.pk: card for card in load_cards([pk for pk, data in stored.items() if not data])}
    found = [Card.from_stored(data, names) if data else loaded.get(pk) for pk, data in stored.items()]
    return [card for card in found if card is not None]


def autocomplete(backend, query, locale_id, size=8):
    """Titles of visible pages whose words start with what the reader typed (edge n-grams, folded)."""
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
    pages = visibility.visible(Page.objects.filter(pk__in=ids)).in_bulk()
    return [pages[pk] for pk in ids if pk in pages]


def related(backend, page, taxonomy, weights, locale_id, size=12):
    """Two rankings in one round trip: by shared taxonomy and by text similarity (more_like_this).

    `taxonomy` is {"themes": [slugs], "keywords": [...], "sectors": [...]}; every shared one scores its `weights`
    (search/related.py). Returns ({pk: taxonomy score}, {pk: similarity score}, {pk: Card}).
    """
    shared = [{"constant_score": {"filter": {"term": {PARAM_FIELDS[name]: slug}}, "boost": weights[name]}}
              for name, slugs in taxonomy.items() for slug in slugs]  # fmt: skip
    # Similar in what the page is about (title, intro, taxonomy): the long body would cost most of the time. A word
    # on more items than COMMON_WORD says little of what a page is about and costs most of the time on a large site.
    about = " ".join([page.title, page.intro, page.taxonomy_text()])
    language = locales.language_of(page.locale_id) or "nl"  # no read of the page's locale
    similar = {"more_like_this": {"fields": field_names(language)[:3], "like": [about],
                                  "min_term_freq": 1, "min_doc_freq": 1, "max_doc_freq": COMMON_WORD,
                                  "max_query_terms": 20}}  # fmt: skip
    answers = multi_request(backend, [
        # What a reader may see as a post filter (see search): 2 against 17 ms p50 by taxonomy at 200,000 items.
        {"query": {"bool": {"should": query or [{"match_none": {}}], "minimum_should_match": 1}},
         "post_filter": {"bool": {"filter": filters(_AllTypes, locale_id),
                                  "must_not": [{"term": {"pk": str(page.pk)}}]}},
         "size": size, "_source": ["kb_card"], "stored_fields": ["pk"], "track_total_hits": False}
        for query in (shared, [similar])
    ])  # fmt: skip
    by_taxonomy, by_text = ({_pk(hit): hit["_score"] for hit in answer["hits"]["hits"]} for answer in answers)
    found = cards(answers[0]["hits"]["hits"] + answers[1]["hits"]["hits"], locale_id)
    return by_taxonomy, by_text, {card.pk: card for card in found}


class _AllTypes:
    kinds = ()
    themes = keywords = sectors = ()
