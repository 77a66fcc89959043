"""The parameters of a search, validated once for the search page, the JSON API and the evaluation.

Each parameter kind is parsed by core.params (the parsers the listings share); anything malformed, oversized or
hostile becomes a QueryError with a message a reader can act on; the page and the API turn it into a 400. The
search text itself is never refused (`clean_query`).
"""

import unicodedata
from dataclasses import dataclass, field

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
    """Any text is a query: control characters count as spaces, runs of space as one, and only the first MAX_QUERY
    characters are searched (the search box takes no more). Never an error: a reader's words are never refused."""
    value = "".join(" " if unicodedata.category(char) in ("Cc", "Cs") else char for char in (value or ""))
    return " ".join(value.split())[:MAX_QUERY].strip()


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
