"""The one search service that the search page (and later the API and evaluation) call.

For now a plain search over the live knowledge-base pages of the reader's language through Wagtail's configured
backend; facets, synonyms and related content build on this function.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from wagtail.models import Locale, Page

from articles.models import ArticlePage, ModulePage, PracticalExamplePage

MAX_QUERY_LENGTH = 200
CONTENT_TYPES = (ArticlePage, ModulePage, PracticalExamplePage)


class QueryError(ValueError):
    """A query the service refuses; the message is safe to show to the reader."""


@dataclass
class SearchResult:
    query: str
    page: object  # a Django Page of results


def search(query, *, page_number=1, locale=None, per_page=10):
    query = " ".join((query or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        raise QueryError(f"query longer than {MAX_QUERY_LENGTH} characters")
    locale = locale or Locale.get_active()
    pages = Page.objects.live().type(*CONTENT_TYPES).filter(locale=locale)
    results = pages.specific().search(query) if query else pages.none()
    return SearchResult(query=query, page=Paginator(results, per_page).get_page(page_number))
