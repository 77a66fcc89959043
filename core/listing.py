"""How lists of content are fetched for cards and split into pages, shared by every listing of every layer."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model

CARD_RENDITION = "fill-480x270"
PER_PAGE = 12  # cards per page on every listing: section pages, theme and keyword pages, collections


def with_card_data(queryset, themes=True):
    """Fetch what a card shows in a fixed number of queries: the list image's rendition and (optionally) themes."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    lookups = [Prefetch("list_image", queryset=images)]
    if themes:
        lookups.append("themes")  # in the themes' own order (Theme.Meta.ordering)
    return queryset.defer_streamfields().prefetch_related(*lookups)


def paginate(items, page_number):
    """A page of `items`; `page_number` must already be parsed (core.params.page_number)."""
    return Paginator(items, PER_PAGE).get_page(page_number)
