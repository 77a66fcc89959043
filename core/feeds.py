"""RSS 2.0 and Atom feeds (collections, themes), with Django's syndication framework: a feed is a FeedSpec."""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_SIZE = 20


@dataclass
class FeedSpec:
    title: str
    link: str  # the page the feed belongs to
    description: str
    language: str
    items: list


class RssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        with translation.override(kwargs["spec"].language):  # Django takes the feed's language from the active one
            return super().__call__(request, *args, **kwargs)

    def get_object(self, request, spec):
        return spec

    def title(self, spec):
        return spec.title

    def link(self, spec):
        return self.request.build_absolute_uri(spec.link)

    def description(self, spec):
        return spec.description

    def subtitle(self, spec):
        return spec.description

    def feed_url(self, spec):
        return self.request.build_absolute_uri()

    def items(self, spec):
        return spec.items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_pubdate(self, item):
        if item.publication_date is None:  # an undated page: when it went live
            return item.first_published_at
        return timezone.make_aware(datetime.datetime.combine(item.publication_date, datetime.time(9)))

    def item_updateddate(self, item):  # Atom requires it; the publication date, like the page shows
        return self.item_pubdate(item)

    def item_guid(self, item):
        return self.item_link(item)

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


class AtomFeed(RssFeed):
    feed_type = Atom1Feed
