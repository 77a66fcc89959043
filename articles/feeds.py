"""The feed of a collection (the generic RSS and Atom classes are core.feeds)."""

from django.utils import translation
from django.utils.translation import gettext as _

from core import feeds
from core.feeds import FeedSpec


def collection_feed(collection, request):
    with translation.override(collection.locale.language_code):
        return FeedSpec(
            title=f"{collection.title} | {_('Kennisbank Medezeggenschap')}",
            link=collection.get_url(request),
            description=collection.intro or collection.title,
            language=collection.locale.language_code,
            items=collection.items(limit=feeds.FEED_SIZE),
        )
