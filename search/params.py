"""The parameters of a search, validated once for the search page, the JSON API and the evaluation.

Each parameter kind is parsed by core.params (the parsers the listings share); anything malformed, oversized or
hostile becomes a QueryError with a message a reader can act on; the page and the API turn it into a 400.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from core import params
from core.params import ParamError as QueryError

MAX_QUERY = 200
MAX_PAGE = params.MAX_PAGE
PER_PAGE = 10
SORTS = ("relevance", "newest")

__all__ = ["QueryError", "SearchParams", "clean_query", "parse"]


@dataclass(frozen=True)
class SearchParams:
    query: str = ""
    kinds: tuple = ()
    themes: tuple = ()
    keywords: tuple = ()
    sectors: tuple = ()
    language: str = "nl"
    page: int = 1
    sort: str = "relevance"
    per_page: int = PER_PAGE
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def offset(self):
        return (self.page - 1) * self.per_page

    def filters(self):
        return {"type": self.kinds, "theme": self.themes, "keyword": self.keywords, "sector": self.sectors}


def clean_query(value):
    value = " ".join((value or "").split())
    if len(value) > MAX_QUERY:
        raise QueryError(_("The search text is too long: use at most %(max)s characters.") % {"max": MAX_QUERY})
    if any(ord(char) < 32 for char in value):
        raise QueryError(_("The search text contains characters that cannot be searched."))
    return value


def parse(data, default_language="nl"):
    """SearchParams from a QueryDict (request.GET); raises QueryError."""
    return SearchParams(
        query=clean_query(data.get("q", "")),
        kinds=params.types(data),
        themes=params.slugs(data, "theme"),
        keywords=params.slugs(data, "keyword"),
        sectors=params.slugs(data, "sector"),
        language=params.language(data.get("lang"), default_language),
        page=params.page_number(data.get("page")),
        sort=params.choice(data.get("sort"), SORTS, "sort", "relevance"),
    )
