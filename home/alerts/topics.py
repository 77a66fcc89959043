"""What a subscription is about, and which newly published pages match it.

A page matches when a reader may see it (core.visibility, in the subscription's language), it was first published
after the subscription was confirmed, it was never sent to this subscription before, and it carries the theme or
sector (its translation in the subscription's language) or is found by the saved search (search.service, the same
search the search page runs).
"""

from dataclasses import replace

from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext

from core import locales, registry
from core.visibility import visible
from search import service
from search.params import parse as parse_search
from themes_taxonomy.models import Sector, Theme

from .models import SentItem, Subscription

MAX_ITEMS = 50  # per message; more wait for the next one
SEARCH_WINDOW = 100  # the newest results of a saved search that are compared with the new pages


def term(subscription):
    """The theme or sector in the subscription's language (the one chosen when it has no translation)."""
    chosen = subscription.theme or subscription.sector
    if chosen is None:
        return None
    model = Theme if subscription.theme_id else Sector
    found = model.objects.filter(
        translation_key=chosen.translation_key, locale_id=locales.locale_id_for(subscription.language)
    ).first()
    return found or chosen


def search_params(subscription):
    return parse_search(QueryDict(subscription.search), default_language=subscription.language)


def label(subscription):
    """What the alert is about, in the active language: 'the theme Wmcz', 'the search “achterban”'."""
    if subscription.kind == Subscription.Kind.SEARCH:
        query = search_params(subscription).query
        return gettext("the search “%(query)s”") % {"query": query} if query else gettext("all new items")
    if subscription.kind == Subscription.Kind.THEME:
        return gettext("the theme %(name)s") % {"name": term(subscription).name}
    return gettext("the care sector %(name)s") % {"name": term(subscription).name}


def new_items(subscription):
    """The pages to send next, newest first (at most MAX_ITEMS), as their specific types."""
    locale_id = locales.locale_id_for(subscription.language)
    sent = SentItem.objects.filter(subscription=subscription).values("page_id")
    filters = {}
    if subscription.kind == Subscription.Kind.THEME:
        filters["themes__translation_key"] = subscription.theme.translation_key
    elif subscription.kind == Subscription.Kind.SECTOR:
        filters["sectors__translation_key"] = subscription.sector.translation_key
    pages = []
    for model in registry.models():
        found = visible(model.objects, locale_id=locale_id).filter(
            first_published_at__gt=subscription.confirmed_at, **filters
        )
        pages += found.exclude(pk__in=sent).distinct().defer_streamfields()
    if subscription.kind == Subscription.Kind.SEARCH and pages:
        pages = [page for page in pages if page.pk in _found_by(subscription)]
    pages.sort(key=lambda page: page.first_published_at, reverse=True)
    return pages[:MAX_ITEMS]


def _found_by(subscription):
    with translation.override(subscription.language):
        params = replace(search_params(subscription), sort="newest", page=1, per_page=SEARCH_WINDOW)
        response = service.search(params, log=False)  # a reader's alert is not a search to count
    return {hit.card.pk for hit in response.hits}
