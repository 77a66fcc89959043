"""What a result card shows, in one small object that search results and related content share.

A card is built from a page once and stored in the search engine next to the indexed text (`kb_card`), so the
engine answers a search without the database loading pages. Themes, keywords and sectors are stored as slugs and
named when shown, from the cached vocabulary (`labels`), so renaming a theme never leaves stale names in results.
"""

import datetime
from dataclasses import dataclass, field

from wagtail.models import Page, Site

from articles.models import ModulePage
from core import cache, registry
from core.lookups import links
from core.visibility import visible
from themes_taxonomy.models import Keyword, Sector, TaggedKeyword, Theme

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


def card_for(page, taxonomy=None):
    """The card of a specific KnowledgePage. Its themes, keywords and sectors come from `taxonomy` (its entry of
    `taxonomy_of`, when building many) or else from the page."""
    if taxonomy is not None:
        return Card(**{**_plain(page), **taxonomy})
    return Card(
        **_plain(page),
        themes=[(theme.slug, theme.name) for theme in page.themes.all()],
        keywords=[(tag.slug, tag.name) for tag in page.keywords.all()],
        sectors=[(sector.slug, sector.name) for sector in page.sectors.all()],
    )


def with_root_paths(pages):
    """`pages`, each knowing the sites' root paths, read once for all of them: Wagtail works out a page's URL from
    them and otherwise reads them from the cache for each page object (a round trip to Redis each: a third of the
    time of building a bulk of documents for the engine). Wagtail keeps them on the page as
    `_wagtail_cached_site_root_paths` (tests/search/test_cards.py notices when it no longer does)."""
    pages = list(pages)
    if pages:
        paths = Site.get_site_root_paths()
        for page in pages:
            page._wagtail_cached_site_root_paths = paths
    return pages


def _plain(page):
    return dict(
        pk=page.pk,
        title=page.title,
        url=page.get_url() or "",
        kind=page.kind_code,
        intro=page.intro,
        date=page.publication_date.isoformat() if page.publication_date else "",
        module_kind=page.kind if isinstance(page, ModulePage) else "",
        duration=page.duration if isinstance(page, ModulePage) else "",
    )


def taxonomy_of(pages):
    """{page id: {"themes": [(slug, name)], "keywords": [...], "sectors": [...]}} of specific pages of any content
    types, in three reads (one per vocabulary, each type's table read as one union), each list in the order the
    page's own relations give it (keywords as tagged; themes and sectors in their vocabulary's order). Prefetching
    per type took three reads per type, about 20 ms for a page of search results at 20,000 items."""
    ids = [page.pk for page in pages]
    found = {pk: {name: [] for name in TAXONOMY} for pk in ids}
    if not ids:
        return found
    models = list(dict.fromkeys(type(page) for page in pages))
    reads = {"keywords": TaggedKeyword.objects.filter(content_object_id__in=ids).order_by("pk")
             .values_list("content_object_id", "tag__slug", "tag__name")}  # fmt: skip
    for name in ("themes", "sectors"):
        per_type = []
        for model in models:
            rows, source, target = links(model, name, ids)
            per_type.append(rows.values_list(source, f"{target}__slug", f"{target}__name", f"{target}__order"))
        reads[name] = per_type[0].union(*per_type[1:], all=True).order_by(f"{target}__order", f"{target}__name")
    for name, read in reads.items():
        for pk, slug, label, *_rest in read:
            found[pk][name].append((slug, label))
    return found


def labels(locale_id):
    """{"theme": {slug: name}, "keyword": ..., "sector": ...}, cached until taxonomy changes (core.cache)."""
    return cache.remember("labels", locale_id, lambda: {
        "theme": dict(Theme.objects.filter(locale_id=locale_id).values_list("slug", "name")),
        "keyword": dict(Keyword.objects.values_list("slug", "name")),
        "sector": dict(Sector.objects.filter(locale_id=locale_id).values_list("slug", "name")),
    })  # fmt: skip


def visible_ids(locale_id):
    """The ids of the pages of a language a reader may see (core.visibility), cached with that language's lists, kept
    in each process (core.cache.IN_PROCESS): a publish, an unpublish, a deletion, a move, a restriction or the next
    expiry renews them. Checking a page of results against them costs no query (asking the database took a search
    about 1.5 ms, compiling the rule most of it)."""
    if locale_id is None:
        raise ValueError("visible_ids is kept per language: its entry is renewed with that language's lists")
    compute = lambda: frozenset(visible(Page.objects.all(), locale_id=locale_id).values_list("pk", flat=True))  # noqa: E731
    return cache.remember("visible-ids", locale_id, compute, tags=[cache.lists_of(locale_id)])


def load_cards(ids, locale_id=None):
    """Cards of the visible pages with these ids, from the database, in the order given (others left out)."""
    if not ids:
        return []
    pages = visible(Page.objects.type(*registry.models()), locale_id=locale_id).filter(pk__in=ids)
    pages = pages.specific().in_bulk()
    taxonomy = taxonomy_of(with_root_paths(pages.values()))
    return [card_for(pages[pk], taxonomy[pk]) for pk in ids if pk in pages]
