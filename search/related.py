"""Related content: up to six live items of any type for an article, module or practical example.

Ranked by shared themes (3 points each), keywords (2) and sectors (1), plus text similarity from the engine's
more_like_this when an engine is configured (scaled so the most similar item counts 4). Items an editor picks by hand
come first. With an engine, one round trip answers everything, cards included; on the database backend the ranking
takes a query per content type and relation. The cards are cached per page; the cache is cleared whenever anything
is published, unpublished or moved (home/signals.py).
"""

import logging
from collections import Counter

from django.core.cache import cache
from django.db.models import prefetch_related_objects

from articles.listing import current
from articles.models import ArticlePage, ModulePage, PracticalExamplePage

from . import engine
from .cards import load_cards
from .service import engine_backend

MODELS = (ArticlePage, ModulePage, PracticalExamplePage)
WEIGHTS = {"themes": 3, "tagged_keywords__tag": 2, "sectors": 1}
LIMIT = 6
logger = logging.getLogger(__name__)


def related_items(page, limit=LIMIT):
    """The related items' cards, best first."""
    picked = [item.page_id for item in page.related_links.all()]
    backend = engine_backend()
    if backend is not None:
        try:
            return _from_engine(backend, page, picked, limit)
        except Exception:  # noqa: BLE001 - related content must never break a page
            logger.warning("Search engine failed for related content; ranking in the database", exc_info=True)
    scores = Counter()
    relations = {
        "themes": [theme.pk for theme in page.themes.all()],
        "tagged_keywords__tag": [tag.pk for tag in page.keywords.all()],
        "sectors": [sector.pk for sector in page.sectors.all()],
    }
    for model in MODELS:
        live = current(model.objects).filter(locale_id=page.locale_id).exclude(pk=page.pk)
        for lookup, ids in relations.items():
            if ids:
                for pk in live.filter(**{f"{lookup}__in": ids}).values_list("pk", flat=True):
                    scores[pk] += WEIGHTS[lookup]
    return _cards(picked + _ranked(scores, picked, limit), page, limit)


def _from_engine(backend, page, picked, limit):
    prefetch_related_objects([page], "themes", "sectors", "keywords")
    taxonomy = {"themes": page.kb_themes(), "keywords": page.kb_keywords(), "sectors": page.kb_sectors()}
    by_taxonomy, by_text, cards = engine.related(backend, page, taxonomy, page.locale_id)
    scores = Counter(by_taxonomy)
    top = max(by_text.values(), default=1) or 1
    for pk, score in by_text.items():
        scores[pk] += 4 * score / top  # text similarity counts like a shared theme and a bit
    ranked = _ranked(scores, picked, limit)
    chosen = _cards(picked, page, limit) + [cards[pk] for pk in ranked if pk in cards]
    return chosen[:limit]


def _ranked(scores, picked, limit):
    return [pk for pk, _ in sorted(scores.items(), key=lambda item: (-item[1], item[0])) if pk not in picked][:limit]


def _cards(ids, page, limit):
    """Cards of live pages in the page's language, never the page itself."""
    return [card for card in load_cards([pk for pk in ids if pk != page.pk], locale_id=page.locale_id)][:limit]


def cached_related(page):
    key = f"related:{page.pk}"
    cards = cache.get(key)
    if cards is None:
        cards = related_items(page)
        cache.set(key, cards, 3600)
    return cards
