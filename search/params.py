"""The parameters of a search, validated once for the search page, the JSON API and the evaluation.

Anything malformed, oversized or hostile becomes a QueryError with a message a reader can act on; the page and
the API turn it into a 400.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

MAX_QUERY = 200
MAX_PAGE = 500
PER_PAGE = 10
KINDS = ("article", "module", "example")
SORTS = ("relevance", "newest")
LANGUAGES = ("nl", "en")
SLUG = re.compile(r"^[a-z0-9-]{1,120}$")


class QueryError(ValueError):
    """A parameter the service refuses; `str(error)` is safe to show."""


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


def _slugs(data, name, allowed=None):
    values = tuple(v for v in data.getlist(name) if v != "")
    if len(values) > 10:
        raise QueryError(_("Too many values for %(name)s.") % {"name": name})
    for value in values:
        if allowed is not None and value not in allowed or allowed is None and not SLUG.match(value):
            raise QueryError(_("Unknown value for %(name)s: %(value)s") % {"name": name, "value": value[:40]})
    return values


def _choice(data, name, choices, default):
    value = data.get(name) or default
    if value not in choices:
        raise QueryError(_("Unknown value for %(name)s: %(value)s") % {"name": name, "value": str(value)[:40]})
    return value


def parse(data, default_language="nl"):
    """SearchParams from a QueryDict (request.GET); raises QueryError."""
    page = data.get("page") or "1"
    if not page.isdigit() or not 1 <= int(page) <= MAX_PAGE:
        raise QueryError(_("The page number must be between 1 and %(max)s.") % {"max": MAX_PAGE})
    return SearchParams(
        query=clean_query(data.get("q", "")),
        kinds=_slugs(data, "type", KINDS),
        themes=_slugs(data, "theme"),
        keywords=_slugs(data, "keyword"),
        sectors=_slugs(data, "sector"),
        language=_choice(data, "lang", LANGUAGES, default_language),
        page=int(page),
        sort=_choice(data, "sort", SORTS, "relevance"),
    )
