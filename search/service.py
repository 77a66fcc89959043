"""The one search service: the search page, the JSON API, related content and the evaluation all call it.

With SEARCH_URL set the engine answers; when it is unreachable or errors, the database backend answers instead
(marked `degraded`), the failure is logged, and nothing reaches the reader as an error.
"""

import json
import logging
from dataclasses import replace

from django.conf import settings
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core import cache, locales, registry
from themes_taxonomy.browse import used_keywords, used_themes
from themes_taxonomy.text import by_name
from themes_taxonomy.urls_helpers import taxonomy_urls

from . import backlog, database, engine, presenters, querylog
from .cards import load_cards
from .params import SearchParams, clean_query
from .results import Hit
from .synonyms import variants as query_variants

logger = logging.getLogger(__name__)


def engine_backend():
    """The configured engine backend, or None on the database backend.

    One per process and configuration: each backend brings its own engine client and connection pool, which a
    backend made per request (Wagtail's get_search_backend makes a new one each call) builds again every time.
    (search_bench at 20,000 items could not tell the two apart: the round trip stayed about 3 ms over `took`.)"""
    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    if "URLS" not in config:
        return None
    key = json.dumps(config, sort_keys=True, default=str)  # settings overridden in tests get a backend of their own
    if key not in _engines:
        _engines[key] = get_search_backend()
    return _engines[key]


_engines = {}


def locale_id_for(language):
    return locales.locale_id_for(language)


def search(params: SearchParams, log=True):
    """The results of `params`; a query that finds nothing shows the results of its correction at once (presenters'
    "did you mean", from the names and titles a reader may see), marked `corrected`."""
    locale_id = locale_id_for(params.language)
    response = _answer(params, locale_id)
    found = response.count
    if params.query and not found:
        suggestion = presenters.did_you_mean(params.query, locale_id, every_word=True)
        if suggestion:
            corrected = _answer(replace(params, query=suggestion), locale_id)
            if corrected.count:
                corrected.params, corrected.corrected = params, suggestion
                response = corrected
    if params.query and params.page == 1:
        promote(response, params)
    if log and params.query and params.page == 1:
        # One count in the search log (search/querylog.py) of what the reader's own words found, and nothing else:
        # no promotions `Query` row or daily hits per search, which would be a second log of raw texts, kept forever.
        querylog.record(params.query, params.language, found)
    return response


def _answer(params, locale_id):
    variants = query_variants(params.query) if params.query else []
    backend = engine_backend()
    response = None
    if backend is not None:
        try:
            response = engine.search(backend, params, locale_id, variants)
        except Exception:  # any engine failure: connection, timeout, a rejected query
            logger.exception("Search engine failed; answering from the database")
    if response is None:
        response = database.search(params, locale_id, variants)
        response.degraded = backend is not None
    return response


def promote(response, params):
    """Editors' search promotions (Wagtail's search_promotions) come first, visible ones only (load_cards)."""
    try:
        picks = promotions().get(normalise_query_string(params.query))
    except Exception:  # noqa: BLE001 - a promotion lookup must never break search
        logger.exception("Search promotions could not be read")
        return
    promoted = load_cards(picks, locale_id=locale_id_for(params.language)) if picks else []
    if promoted:
        ids = {card.pk for card in promoted}
        response.hits = [Hit(card=card, promoted=True) for card in promoted] + [
            hit for hit in response.hits if hit.card.pk not in ids
        ]


def promotions():
    """{normalised query text: [page ids, in the editors' order]} of every search promotion of a page, cached until
    a promotion changes (search/signals.py): a search reads no promotions table (looked up per search, 0.7 ms)."""

    def compute():
        found = {}
        rows = SearchPromotion.objects.exclude(page=None).order_by("query_id", "sort_order", "pk")
        for text, page_id in rows.values_list("query__query_string", "page_id"):
            found.setdefault(text, []).append(page_id)
        return found

    return cache.remember("promotions", "pages", compute, tags=["promotions"])


def autocomplete(text, language, size=8):
    """Suggestions for what a reader is typing: themes and keywords that visible pages use, then page titles.

    Each says what it is (`kind`: theme, keyword or page; `kind_label`: "Thema", "Trefwoord", "Artikel", ... in the
    reader's language) and where it leads (`url`: the theme's or keyword's own page, or the page itself)."""
    text = clean_query(text)
    if len(text) < 2:
        return []
    locale_id = locale_id_for(language)
    bases = taxonomy_urls(locale_id)
    themes, keywords = suggested_terms(language, locale_id)
    folded = text.casefold()
    themes = [term for term in themes if folded in term[0].casefold()][:3]
    keywords = [term for term in keywords if term[0].casefold().startswith(folded)][:3]
    titles = _autocomplete_titles(text, locale_id, size)
    with translation.override(language):
        suggestions = [_term(theme, "theme", gettext("Theme"), bases["themes"]) for theme in themes]
        suggestions += [_term(keyword, "keyword", gettext("Keyword"), bases["keywords"]) for keyword in keywords]
        suggestions += [_page(page) for page in titles]
    return suggestions[:size]


def suggested_terms(language, locale_id):
    """([(name, slug)] of the themes, in their order; the same of the keywords, in reading order) that visible pages
    of the language use: the terms a suggestion may offer. Cached with the language's lists (core.cache): finding
    them reads every page's themes and keywords, too much for every keystroke (search_bench at 20,000 items: 46 ms
    of database time per suggestion before, 1.7 ms after)."""

    def compute():
        themes = used_themes(locale_id).order_by("order", "name")
        keywords = by_name(used_keywords(language=language).filter(language=language))
        return [(term.name, term.slug) for term in themes], [(term.name, term.slug) for term in keywords]

    return cache.remember("filter-choices", f"suggestions:{language}", compute, tags=[cache.lists_of(locale_id)])


def _term(term, kind, kind_label, base):
    name, slug = term
    url = f"{base}{slug}/" if base else None  # no theme or keyword section: the box runs a text search
    return {"label": name, "kind": kind, "kind_label": kind_label, "slug": slug, "url": url}


def _page(page):
    content_type = registry.for_model(page.specific_class)
    return {"label": page.title, "kind": "page", "type": content_type.code,
            "kind_label": str(capfirst(content_type.label)), "url": page.url}  # fmt: skip


def _autocomplete_titles(text, locale_id, size):
    backend = engine_backend()
    if backend is not None:
        try:
            return engine.autocomplete(backend, text, locale_id, size)
        except Exception:
            logger.exception("Search engine failed during autocomplete; answering from the database")
    return database.autocomplete(text, locale_id, size)


def health():
    """{"search": "ok" | "degraded" | "database", "backend": ..., "missed_updates": n, "oldest_missed_seconds": s}
    for /health/. Only reads: the missed updates are replayed by the scheduled job (search/backlog.py)."""
    backend = engine_backend()
    if backend is None:
        return {"search": "database", "backend": "database"}
    try:
        backend.es.cluster.health()
        state = "ok"
    except Exception:  # noqa: BLE001 - any failure means readers get the database fallback
        logger.warning("Search engine unreachable during the health check", exc_info=True)
        state = "degraded"
    missed = backlog.waiting()
    age = int((timezone.now() - missed["oldest"]).total_seconds()) if missed["oldest"] else None
    return {"search": state, "backend": backend.engine_family, "missed_updates": missed["count"],
            "oldest_missed_seconds": age}  # fmt: skip
