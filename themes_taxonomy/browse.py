"""Browsing by theme and keyword: which live items carry a theme or keyword, grouped by content type."""

from django.core.cache import cache
from django.db.models import Count, Q

from articles.listing import current, with_card_data
from articles.models import ArticlePage, ModulePage, PracticalExamplePage

from .models import Keyword, Theme

CONTENT_MODELS = (ArticlePage, ModulePage, PracticalExamplePage)


def live_items(model, locale_id):
    return current(model.objects).filter(locale_id=locale_id)


def items_by_type(locale_id, **filters):
    """One group per content type (articles, modules, practical examples), newest first: one query each.

    The querysets stay lazy, so a cached template fragment costs no query at all.
    """
    groups = []
    for model in CONTENT_MODELS:
        items = live_items(model, locale_id).filter(**filters).distinct().defer_streamfields()
        groups.append({"label": model._meta.verbose_name_plural, "items": items.order_by("-publication_date", "title")})
    return groups


def newest(locale_id, limit, **filters):
    """The `limit` newest live items of every content type together (for feeds), with what a card shows."""
    items = []
    for model in CONTENT_MODELS:
        found = live_items(model, locale_id).filter(**filters).distinct().order_by("-publication_date", "title")
        items += list(with_card_data(found[:limit]))
    items.sort(key=lambda item: item.title.casefold())
    items.sort(key=lambda item: item.publication_date, reverse=True)
    return items[:limit]


def theme_counts(locale_id):
    """{theme id: {content type label: count}}, in one query per content type."""
    counts = {}
    for model in CONTENT_MODELS:
        rows = (
            live_items(model, locale_id)
            .filter(themes__isnull=False)
            .order_by()  # the page tree's default ordering would split the groups
            .values("themes")
            .annotate(n=Count("pk"))
        )
        for row in rows:
            counts.setdefault(row["themes"], {})[model] = row["n"]
    return counts


def theme_tree(locale_id):
    """Top-level themes, each with its counts and sub-themes, in display order."""
    counts = theme_counts(locale_id)
    themes = list(Theme.objects.filter(locale_id=locale_id).order_by("order", "name"))
    for theme in themes:
        per_type = counts.get(theme.pk, {})
        theme.counts = [(model._meta.verbose_name_plural, per_type.get(model, 0)) for model in CONTENT_MODELS]
        theme.total = sum(per_type.values())
        theme.subthemes = [child for child in themes if child.parent_id == theme.pk]
    return [theme for theme in themes if theme.parent_id is None or theme.parent_id not in {t.pk for t in themes}]


def cached_theme_tree(locale_id):
    """The theme tree for the home page; cached, and cleared whenever content or taxonomy changes."""
    key = f"theme-tree:{locale_id}"
    tree = cache.get(key)
    if tree is None:
        tree = theme_tree(locale_id)
        cache.set(key, tree, 600)
    return tree


def keyword_counts(locale_id):
    """Keywords used by at least one live page in this locale, with how many pages use each."""
    live = Q(tagged_items__content_object__live=True, tagged_items__content_object__locale_id=locale_id)
    return Keyword.objects.annotate(n=Count("tagged_items", filter=live)).filter(n__gt=0).order_by("name")
