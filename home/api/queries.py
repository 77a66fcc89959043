"""What the content API lists: the visible pages and vocabulary of one language, filtered and in pages.

Every query starts from core.visibility (what a reader may see) and core.registry (which content types exist); the
vocabulary lists come from themes_taxonomy.browse, which offers a theme, keyword or sector only when a visible page
uses it.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Count
from wagtail.models import Page

from core import locales, params, registry
from core.visibility import visible
from search.results import prefetch_taxonomy
from themes_taxonomy import browse
from themes_taxonomy.models import Sector

PER_PAGE = 20
# filter parameter -> lookup on a content page (any of the given slugs)
LOOKUPS = {"theme": "themes__slug__in", "keyword": "tagged_keywords__tag__slug__in", "sector": "sectors__slug__in"}


@dataclass(frozen=True)
class PageFilters:
    language: str
    locale_id: int
    types: tuple
    slugs: dict  # {"theme": (slug, ...), "keyword": ..., "sector": ...}
    since: datetime.date | None
    until: datetime.date | None
    page: int


def language(data):
    """The `lang` parameter (Dutch by default) and its locale id."""
    code = params.language(data.get("lang"))
    return code, locales.locale_id_for(code)


def page_filters(data):
    """The list's parameters from a QueryDict; raises core.params.ParamError on anything malformed."""
    code, locale_id = language(data)
    return PageFilters(
        language=code,
        locale_id=locale_id,
        types=params.types(data),
        slugs={name: params.slugs(data, name) for name in LOOKUPS},
        since=params.date(data.get("since"), "since"),
        until=params.date(data.get("until"), "until"),
        page=params.page_number(data.get("page")),
    )


def _matching(model, filters):
    pages = visible(model.objects, locale_id=filters.locale_id)
    for name, values in filters.slugs.items():
        if values:
            pages = pages.filter(**{LOOKUPS[name]: values})
    if filters.since:
        pages = pages.filter(publication_date__gte=filters.since)
    if filters.until:
        pages = pages.filter(publication_date__lte=filters.until)
    return pages.distinct().values_list("pk", "publication_date", "title")


def pages(filters):
    """(the specific pages of the asked page, how many match): newest first, undated last, then by title. One
    query per type for the ids, one for the asked page's pages, three per type for their themes, keywords, sectors."""
    codes = filters.types or registry.codes()
    rows = [row for code in codes for row in _matching(registry.get(code).model, filters)]
    rows.sort(key=lambda row: row[2].casefold())
    rows.sort(key=lambda row: row[1] or datetime.date.min, reverse=True)
    ids = [row[0] for row in rows]
    chosen = ids[(filters.page - 1) * PER_PAGE : filters.page * PER_PAGE]  # past the last page: none
    found = Page.objects.filter(pk__in=chosen).specific().in_bulk()
    return prefetch_taxonomy([found[pk] for pk in chosen if pk in found]), len(ids)


def page(pk, locale_id=None):
    """The visible content page with this id (any language unless `locale_id`), or None."""
    found = visible(Page.objects.type(*registry.models()), locale_id=locale_id).filter(pk=pk).specific().first()
    if found is not None:
        prefetch_taxonomy([found])
    return found


def theme_counts(locale_id):
    return {pk: sum(per_type.values()) for pk, per_type in browse.theme_counts(locale_id).items()}


def sector_counts(locale_id):
    """{sector id: visible pages using it}, one query per content type (as browse.theme_counts for themes)."""
    counts = {}
    for model in registry.models():
        rows = visible(model.objects, locale_id=locale_id).filter(sectors__isnull=False).order_by()
        for row in rows.values("sectors").annotate(n=Count("pk")):
            counts[row["sectors"]] = counts.get(row["sectors"], 0) + row["n"]
    return counts


def themes(locale_id):
    counts = theme_counts(locale_id)
    found = browse.used_themes(locale_id).select_related("parent").order_by("order", "name")
    return [(theme, counts.get(theme.pk, 0)) for theme in found]


def keywords(locale_id):
    return [(keyword, keyword.n) for keyword in browse.keyword_counts(locale_id)]


def sectors(locale_id):
    counts = sector_counts(locale_id)
    return [(sector, counts[sector.pk]) for sector in Sector.objects.filter(locale_id=locale_id, pk__in=counts)]
