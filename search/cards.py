"""What a result card shows, in one small object that search results and related content share.

A card is built from a page once and stored in the search engine next to the indexed text (`kb_card`), so the
engine answers a search without the database loading pages. Themes, keywords and sectors are stored as slugs and
named when shown, from the cached vocabulary (`labels`), so renaming a theme never leaves stale names in results.
"""

import datetime
from dataclasses import dataclass, field

from wagtail.models import Page

from articles.models import ModulePage
from core import cache, registry
from core.visibility import visible
from themes_taxonomy.models import Keyword, Sector, Theme

from .results import prefetch_taxonomy

TAXONOMY = ("themes", "keywords", "sectors")
FIELDS = ("pk", "title", "url", "kind", "intro", "date")
MODULE_FIELDS = ("module_kind", "duration")


@dataclass
class Card:
    pk: int
    title: str
    url: str
    kind: str  # the content type's code (core.registry)
    intro: str
    date: str  # ISO date of publication
    themes: list = field(default_factory=list)  # [(slug, name)]
    keywords: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    module_kind: str = ""  # a module's kind (ModulePage.Kind), named when shown
    duration: str = ""  # a module's duration, as the guide words it

    @property
    def content_type_label(self):
        """What the card is: a module's kind and duration ("Trainingsmodule · 2 dagdelen"), else its content type."""
        if self.module_kind in ModulePage.Kind.values:
            return " · ".join(filter(None, [str(ModulePage.Kind(self.module_kind).label), self.duration]))
        return registry.get(self.kind).label if self.kind in registry.codes() else ""

    @property
    def publication_date(self):
        return datetime.date.fromisoformat(self.date) if self.date else None  # an undated page (articles/ models)

    @property
    def theme_names(self):
        return [name for _, name in self.themes]

    def stored(self):
        """The form kept in the search index: taxonomy as slugs only."""
        data = {name: getattr(self, name) for name in (*FIELDS, *MODULE_FIELDS)}
        return {**data, **{name: [slug for slug, _ in getattr(self, name)] for name in TAXONOMY}}

    @classmethod
    def from_stored(cls, data, labels):
        named = {name: [(slug, labels[name[:-1]].get(slug, slug)) for slug in data.get(name, [])] for name in TAXONOMY}
        modules = {key: data.get(key, "") for key in MODULE_FIELDS}  # absent in documents indexed before they existed
        return cls(**{key: data[key] for key in FIELDS}, **modules, **named)


def card_for(page):
    """The card of a specific KnowledgePage (prefetch its themes, sectors and keywords when building many)."""
    return Card(
        pk=page.pk,
        title=page.title,
        url=page.get_url() or "",
        kind=page.kind_code,
        intro=page.intro,
        date=page.publication_date.isoformat() if page.publication_date else "",
        themes=[(theme.slug, theme.name) for theme in page.themes.all()],
        keywords=[(tag.slug, tag.name) for tag in page.keywords.all()],
        sectors=[(sector.slug, sector.name) for sector in page.sectors.all()],
        module_kind=page.kind if isinstance(page, ModulePage) else "",
        duration=page.duration if isinstance(page, ModulePage) else "",
    )


def labels(locale_id):
    """{"theme": {slug: name}, "keyword": ..., "sector": ...}, cached until taxonomy changes (core.cache)."""
    return cache.remember("labels", locale_id, lambda: {
        "theme": dict(Theme.objects.filter(locale_id=locale_id).values_list("slug", "name")),
        "keyword": dict(Keyword.objects.values_list("slug", "name")),
        "sector": dict(Sector.objects.filter(locale_id=locale_id).values_list("slug", "name")),
    })  # fmt: skip


def load_cards(ids, locale_id=None):
    """Cards of the visible pages with these ids, from the database, in the order given (others left out)."""
    if not ids:
        return []
    pages = visible(Page.objects.type(*registry.models()), locale_id=locale_id).filter(pk__in=ids)
    pages = pages.specific().in_bulk()
    prefetch_taxonomy(list(pages.values()))
    return [card_for(pages[pk]) for pk in ids if pk in pages]
