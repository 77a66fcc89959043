"""Template tags of the search layer, so that page templates show related items without the models importing search."""

from django import template

from ..related import cached_related

register = template.Library()


@register.simple_tag
def related_items(page):
    """The related items' cards of a content page (cached; see search/related.py)."""
    return cached_related(page)
