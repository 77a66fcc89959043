"""Related content: up to six live items of any type for an article, module or practical example.

Ranked by shared themes (3 points each), keywords (2) and sectors (1), plus text similarity from the engine's
more_like_this when an engine is configured. Items an editor picks by hand come first. The result is cached per page
and language, and the cache is cleared whenever anything is published (home/signals.py).
"""

from collections import Counter

from django.core.cache import cache

from articles.models import ArticlePage, ModulePage, PracticalExamplePage

from . import engine
from .service import engine_backend

MODELS = (ArticlePage, ModulePage, PracticalExamplePage)
WEIGHTS = {"themes": 3, "tagged_keywords__tag": 2, "sectors": 1}
LIMIT = 6


def related_items(page, limit=LIMIT):
    scores = Counter()
    relations = {
        "themes": [theme.pk for theme in page.themes.all()],
        "tagged_keywords__tag": [tag.pk for tag in page.keywords.all()],
        "sectors": [sector.pk for sector in page.sectors.all()],
    }
    for model in MODELS:
        live = model.objects.live().filter(locale_id=page.locale_id).exclude(pk=page.pk)
        for lookup, ids in relations.items():
            if ids:
                for pk in live.filter(**{f"{lookup}__in": ids}).values_list("pk", flat=True):
                    scores[pk] += WEIGHTS[lookup]
    backend = engine_backend()
    if backend is not None:
        try:
            similar = engine.more_like_this(backend, page, page.locale_id)
            top = max(similar.values(), default=1) or 1
            for pk, score in similar.items():
                scores[pk] += 4 * score / top  # text similarity counts like a shared theme and a bit
        except Exception:  # noqa: BLE001 - related content must never break a page
            pass
    picked = [item.page_id for item in page.related_links.all()] if hasattr(page, "related_links") else []
    ranked = picked + [pk for pk, _ in scores.most_common() if pk not in picked]
    return _live_pages(ranked[: limit + len(picked)], page)[:limit]


def _live_pages(ids, page):
    from wagtail.models import Page

    found = Page.objects.live().filter(pk__in=ids, locale_id=page.locale_id).exclude(pk=page.pk).specific().in_bulk()
    return [found[pk] for pk in ids if pk in found]


def cached_related(page):
    key = f"related:{page.pk}"
    ids = cache.get(key)
    if ids is None:
        ids = [item.pk for item in related_items(page)]
        cache.set(key, ids, 3600)
    return _live_pages(ids, page)
