"""Browsing by theme and keyword: which visible items carry a theme or keyword, grouped by content type.

The content types come from core.registry and what a reader may see from core.visibility; this layer never imports
the content models themselves.
"""

import datetime

from django.db.models import Count, F

from core import cache, registry, visibility
from core.listing import with_card_data
from core.visibility import visible

from .models.vocabulary import Keyword, Sector, TaggedKeyword, Theme
from .text import by_name


def items_by_type(locale_id, **filters):
    """One group per content type, in guidance order (core.registry: modules and trajects by kind, then practical
    examples, then articles), each ordered as its type registered (newest first by default): one query each.

    The querysets stay lazy, so a cached template fragment costs no query at all.
    """
    groups = []
    for content_type in registry.in_guidance_order():
        items = visible(content_type.model.objects, locale_id=locale_id).filter(**filters).distinct()
        newest = F("publication_date").desc(nulls_last=True)  # undated items last, on every database
        order = content_type.guidance_order or (newest, "title")
        groups.append({"code": content_type.code, "label": content_type.plural_name,
                       "items": items.defer_streamfields().order_by(*order)})  # fmt: skip
    return groups


def newest(locale_id, limit, **filters):
    """The `limit` newest visible items of every content type together (for feeds), with what a card shows."""
    items = []
    for model in registry.models():
        found = visible(model.objects, locale_id=locale_id).filter(**filters).distinct()
        items += list(with_card_data(found.order_by(F("publication_date").desc(nulls_last=True), "title")[:limit]))
    items.sort(key=lambda item: item.title.casefold())
    items.sort(key=lambda item: item.publication_date or datetime.date.min, reverse=True)  # undated last
    return items[:limit]


def theme_counts(locale_id):
    """{theme id: {content type: count}}, in one query per content type."""
    counts = {}
    for content_type in registry.content_types():
        rows = (
            visible(content_type.model.objects, locale_id=locale_id)
            .filter(themes__isnull=False)
            .order_by()  # the page tree's default ordering would split the groups
            .values("themes")
            .annotate(n=Count("pk"))
        )
        for row in rows:
            counts.setdefault(row["themes"], {})[content_type] = row["n"]
    return counts


def theme_tree(locale_id):
    """Top-level themes, each with its counts and sub-themes, in display order; a theme no visible page uses is left
    out (unless a sub-theme of it is used), so readers are never offered an empty theme."""
    counts = theme_counts(locale_id)
    themes = list(Theme.objects.filter(locale_id=locale_id).order_by("order", "name"))
    for theme in themes:
        per_type = counts.get(theme.pk, {})
        theme.counts = [(ct.plural_name, per_type.get(ct, 0)) for ct in registry.content_types()]
        theme.total = sum(per_type.values())
    for theme in themes:
        theme.subthemes = [child for child in themes if child.parent_id == theme.pk and child.total]
    themes = [theme for theme in themes if theme.total or theme.subthemes]
    return [theme for theme in themes if theme.parent_id is None or theme.parent_id not in {t.pk for t in themes}]


def cached_theme_tree(locale_id):
    """The theme tree for the overview and the home page (core.cache)."""
    return cache.remember("theme-tree", locale_id, lambda: theme_tree(locale_id), tags=[cache.lists_of(locale_id)])


def used_keywords(language=None, locale_id=None):
    """Keywords that a visible page uses: the only ones ever offered to a reader."""
    links = TaggedKeyword.objects.filter(content_object__in=visibility.content(language, locale_id).values("pk"))
    return Keyword.objects.filter(pk__in=links.values("tag_id"))


def used_themes(locale_id):
    """Themes that a visible page uses."""
    return Theme.objects.filter(pk__in=_used(locale_id, "themes"))


def used_sectors(locale_id):
    """Care sectors that a visible page uses."""
    return Sector.objects.filter(pk__in=_used(locale_id, "sectors"))


def _used(locale_id, relation):
    ids = set()
    for model in registry.models():
        pages = visible(model.objects, locale_id=locale_id).filter(**{f"{relation}__isnull": False})
        ids |= set(pages.values_list(relation, flat=True))
    return ids


def keyword_counts(locale_id):
    """Keywords used by at least one visible page in this locale, with how many pages use each."""
    links = TaggedKeyword.objects.filter(content_object__in=visibility.content(locale_id=locale_id).values("pk"))
    counts = dict(links.order_by().values("tag_id").annotate(n=Count("pk")).values_list("tag_id", "n"))
    keywords = by_name(Keyword.objects.filter(pk__in=counts))
    for keyword in keywords:
        keyword.n = counts[keyword.pk]
    return keywords
