"""What a result card shows, in one small object that search results and related content share.

A card is built from a page once and stored in the search engine next to the indexed text (`kb_card`), so the
engine answers a search without the database loading pages. Themes, keywords and sectors are stored as slugs and
named when shown, from the cached vocabulary (`labels`), so renaming a theme never leaves stale names in results.
"""

import datetime
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from articles.listing import current

TYPE_LABELS = {"article": _("article"), "module": _("module or traject"), "example": _("practical example")}
TAXONOMY = ("themes", "keywords", "sectors")


@dataclass
class Card:
    pk: int
    title: str
    url: str
    kind: str  # "article", "module" or "example"
    intro: str
    date: str  # ISO date of publication
    themes: list = field(default_factory=list)  # [(slug, name)]
    keywords: list = field(default_factory=list)
    sectors: list = field(default_factory=list)

    @property
    def content_type_label(self):
        return TYPE_LABELS.get(self.kind, "")

    @property
    def publication_date(self):
        return datetime.date.fromisoformat(self.date)

    @property
    def theme_names(self):
        return [name for _, name in self.themes]

    def stored(self):
        """The form kept in the search index: taxonomy as slugs only."""
        data = {name: getattr(self, name) for name in ("pk", "title", "url", "kind", "intro", "date")}
        return {**data, **{name: [slug for slug, _ in getattr(self, name)] for name in TAXONOMY}}

    @classmethod
    def from_stored(cls, data, labels):
        named = {name: [(slug, labels[name[:-1]].get(slug, slug)) for slug in data.get(name, [])] for name in TAXONOMY}
        return cls(**{key: data[key] for key in ("pk", "title", "url", "kind", "intro", "date")}, **named)


def card_for(page):
    """The card of a specific KnowledgePage (prefetch its themes, sectors and keywords when building many)."""
    return Card(
        pk=page.pk,
        title=page.title,
        url=page.get_url() or "",
        kind=page.kind_code,
        intro=page.intro,
        date=page.publication_date.isoformat(),
        themes=[(theme.slug, theme.name) for theme in page.themes.all()],
        keywords=[(tag.slug, tag.name) for tag in page.keywords.all()],
        sectors=[(sector.slug, sector.name) for sector in page.sectors.all()],
    )


def labels(locale_id):
    """{"type": {code: label}, "theme": {slug: name}, "keyword": ..., "sector": ...}, cached until taxonomy changes.

    The cache is cleared whenever a theme, sector or keyword is saved and on every publication (home/signals.py).
    """
    from themes_taxonomy.models import Keyword, Sector, Theme

    key = f"search-labels:{locale_id}"
    found = cache.get(key)
    if found is None:
        found = {
            "theme": dict(Theme.objects.filter(locale_id=locale_id).values_list("slug", "name")),
            "keyword": dict(Keyword.objects.values_list("slug", "name")),
            "sector": dict(Sector.objects.filter(locale_id=locale_id).values_list("slug", "name")),
        }
        cache.set(key, found, 3600)
    return found


def load_cards(ids, locale_id=None):
    """Cards of the live pages with these ids, from the database, in the order given (missing ones left out)."""
    from wagtail.models import Page

    from .results import prefetch_taxonomy

    if not ids:
        return []
    pages = current(Page.objects).filter(pk__in=ids)
    if locale_id is not None:
        pages = pages.filter(locale_id=locale_id)
    pages = pages.specific().in_bulk()
    prefetch_taxonomy(list(pages.values()))
    return [card_for(pages[pk]) for pk in ids if pk in pages]
