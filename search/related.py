"""Related content: up to six live items of any type for an article, module or practical example.

Ranked by shared themes (3 points each), keywords (2) and sectors (1), plus text similarity from the engine's
more_like_this when an engine is configured (scaled so the most similar item counts 4). The pages an editor pinned
on the page's learning path (articles.models.PathLink) come first; those left out never come. With an engine, one
round trip answers everything, cards included; on the database backend the ranking takes a query per content type
and relation. The cards are cached per page; the cache is cleared whenever anything is published, unpublished or
moved (core/cache.py).
"""

import logging
from collections import Counter

from django.db.models import prefetch_related_objects

from core import cache, registry
from core.visibility import visible

from . import engine
from .cards import load_cards
from .service import engine_backend

# Points per shared theme, keyword and sector: (page attribute, database lookup, points), for both rankings.
SHARED = (("themes", "themes", 3), ("keywords", "tagged_keywords__tag", 2), ("sectors", "sectors", 1))
LIMIT = 6
logger = logging.getLogger(__name__)


def related_items(page, limit=LIMIT):
    """The related items' cards, best first."""
    links = list(page.path_links.all())  # what an editor pinned (first) and left out (never)
    picked = [link.page_id for link in links if not link.exclude]
    left_out = [link.page_id for link in links if link.exclude]
    backend = engine_backend()
    if backend is not None:
        try:
            return _from_engine(backend, page, picked, left_out, limit)
        except Exception:  # noqa: BLE001 - related content must never break a page
            logger.warning("Search engine failed for related content; ranking in the database", exc_info=True)
    scores = Counter()
    for model in registry.models():
        others = visible(model.objects, locale_id=page.locale_id).exclude(pk=page.pk)
        for attribute, lookup, points in SHARED:
            ids = [item.pk for item in getattr(page, attribute).all()]
            if ids:
                for pk in others.filter(**{f"{lookup}__in": ids}).values_list("pk", flat=True):
                    scores[pk] += points
    return _cards(picked + _ranked(scores, picked + left_out, limit), page, limit)


def _from_engine(backend, page, picked, left_out, limit):
    prefetch_related_objects([page], "themes", "sectors", "keywords")
    taxonomy = {"themes": page.kb_themes(), "keywords": page.kb_keywords(), "sectors": page.kb_sectors()}
    weights = {attribute: points for attribute, _lookup, points in SHARED}
    by_taxonomy, by_text, cards = engine.related(backend, page, taxonomy, weights, page.locale_id)
    scores = Counter(by_taxonomy)
    top = max(by_text.values(), default=1) or 1
    for pk, score in by_text.items():
        scores[pk] += 4 * score / top  # text similarity counts like a shared theme and a bit
    ranked = _ranked(scores, picked + left_out, limit)
    chosen = _cards(picked, page, limit) + [cards[pk] for pk in ranked if pk in cards]
    return chosen[:limit]


def _ranked(scores, picked, limit):
    return [pk for pk, _ in sorted(scores.items(), key=lambda item: (-item[1], item[0])) if pk not in picked][:limit]


def _cards(ids, page, limit):
    """Cards of visible pages in the page's language, never the page itself."""
    return [card for card in load_cards([pk for pk in ids if pk != page.pk], locale_id=page.locale_id)][:limit]


def cached_related(page):
    return cache.remember("related", page.pk, lambda: related_items(page), tags=[cache.lists_of(page.locale_id)])
