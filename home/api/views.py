"""The read-only content API, version 1: django-ninja routes over core.visibility and core.registry.

Our own NinjaAPI rather than Wagtail's page API: v3 (also django-ninja) reads and writes, with bearer tokens and a
publish action, and its public tier knows neither our expiry nor our language rule; v2 (Django REST framework) would
need drf-spectacular for its schema and has no vocabulary endpoints. Here every answer is a GET, for anyone, of what
a reader may see; django-ninja writes the OpenAPI 3 document from the schemas (schemas.py) at /api/v1/openapi.json.

Every answer carries an ETag (the cache generations of both languages' lists, the next page expiry and the address:
any publish, unpublish, taxonomy edit, move, restriction or expiry changes it) and Cache-Control; If-None-Match is
answered 304 (Django's `condition`). Clients share the search API's rate limit (core.clients): beyond it, a 429.
"""

import datetime
import hashlib
from functools import wraps
from typing import Annotated, Literal

from django.conf import settings
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import condition
from ninja import NinjaAPI, Path, Query, Status
from ninja.decorators import decorate_view
from ninja.errors import ValidationError
from ninja.renderers import JSONRenderer
from pydantic import StringConstraints
from wagtail.models import Locale

from core import cache, clients, params, registry
from core.params import ParamError
from themes_taxonomy.urls_helpers import taxonomy_urls

from . import present, queries
from .schemas import Error, PageDetail, PageList, TermDetail, TermList

MAX_AGE = 60  # seconds a client or proxy may reuse an answer without asking again
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]{1,120}$")]
Language = Literal[params.languages()]
Type = Literal[registry.codes()]
Slugs = Query(None, max_length=params.MAX_VALUES)


class UTF8Renderer(JSONRenderer):
    """Names as they are written ("cliëntenraad", not "cli\\u00ebntenraad"): the answers are UTF-8."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    renderer=UTF8Renderer(),
    title="Kennisbank Medezeggenschap content API",
    version="1",
    description="Read-only: the articles, modules and trajects, practical examples, themes, keywords and care "
    "sectors a reader of the site may see, in Dutch (`lang=nl`, the default) or English (`lang=en`).",
    urls_namespace="api-v1",
    docs_url=None,  # the webmasters' page documents it (home/api/docs.py); Swagger UI would load outside scripts
)


def _error(request, message, status):
    return api.create_response(request, {"error": str(message)}, status=status)


@api.exception_handler(ValidationError)
def invalid(request, exc):
    """A parameter outside the schema: 400 with the message of core.params, not ninja's 422."""
    problem = exc.errors[0] if exc.errors else {}
    name = str(problem.get("loc", ["?"])[-1])
    value = str(request.GET.get(name) or problem.get("input") or request.path.rstrip("/").rsplit("/", 1)[-1])[:40]
    return _error(request, gettext("Unknown value for %(name)s: %(value)s") % {"name": name, "value": value}, 400)


def etag(request, *args, **kwargs):
    ids = list(Locale.objects.order_by("pk").values_list("pk", flat=True))
    state = f"{request.get_full_path()}|{cache.generation(*map(cache.lists_of, ids))}|{cache.next_expiry()}"
    return hashlib.blake2b(state.encode(), digest_size=16).hexdigest()


def rate_limited(view):
    @wraps(view)
    def limited(request, *args, **kwargs):
        seconds = clients.retry_after(request, "api", settings.SEARCH_RATE_LIMIT)
        if seconds is None:
            return view(request, *args, **kwargs)
        message = gettext("Too many requests from your address. Try again in %(seconds)d seconds.")
        response = _error(request, message % {"seconds": seconds}, 429)
        response["Retry-After"] = str(seconds)
        return response

    return limited


READ = decorate_view(condition(etag_func=etag), cache_control(public=True, max_age=MAX_AGE), rate_limited)
LIST = {200: PageList, 400: Error, 429: Error}
DETAIL = {200: PageDetail, 400: Error, 404: Error, 429: Error}
TERMS = {200: TermList, 400: Error, 429: Error}
TERM = {200: TermDetail, 400: Error, 404: Error, 429: Error}


@api.get("/pages/", response=LIST, url_name="api_pages", tags=["pages"])
@READ
def list_pages(
    request,
    lang: Language = "nl",
    type: list[Type] = Slugs,  # noqa: A002 - the parameter's public name, as in the search API
    theme: list[Slug] = Slugs,
    keyword: list[Slug] = Slugs,
    sector: list[Slug] = Slugs,
    since: datetime.date | None = None,
    until: datetime.date | None = None,
    page: int = Query(1, ge=1, le=params.MAX_PAGE),
):
    """Visible pages of one language, newest first (undated last); several values of one filter mean any of them,
    different filters must all hold; `since` and `until` bound the publication date (inclusive)."""
    try:
        filters = queries.page_filters(request.GET)
    except ParamError as error:
        return Status(400, {"error": str(error)})
    found, count = queries.pages(filters)
    pages = max(1, -(-count // queries.PER_PAGE))
    link = present.api_url(request, "api_pages")

    def page_url(number):
        query = request.GET.copy()
        query["page"] = str(number)
        return f"{link}?{query.urlencode()}"

    return Status(
        200,
        {
            "count": count,
            "page": filters.page,
            "pages": pages,
            "next": page_url(filters.page + 1) if filters.page < pages else None,
            "previous": page_url(filters.page - 1) if 1 < filters.page <= pages + 1 else None,
            "results": [present.summary(request, item) for item in found],
        },
    )


@api.get("/pages/{id}/", response=DETAIL, url_name="api_page", tags=["pages"])
@READ
def page_detail(request, id: int = Path(..., ge=1, le=2_147_483_647)):  # noqa: A002
    """One visible page in any language, with its body (HTML), translations and related items."""
    found = queries.page(id)
    if found is None:
        return Status(404, {"error": gettext("No page with this id, or not public.")})
    return Status(200, present.detail(request, found))


VOCABULARY = {"theme": queries.themes, "keyword": queries.keywords, "sector": queries.sectors}
OVERVIEWS = {"theme": "themes", "keyword": "keywords", "sector": None}  # taxonomy_urls' key of its site pages


def _terms(request, kind):
    language, locale_id = queries.language(request.GET)
    overview = OVERVIEWS[kind] and taxonomy_urls(locale_id)[OVERVIEWS[kind]]
    return [present.term(request, item, count, kind, overview, language)
            for item, count in VOCABULARY[kind](locale_id)]  # fmt: skip


def _list(request, kind):
    try:
        results = _terms(request, kind)
    except ParamError as error:
        return Status(400, {"error": str(error)})
    return Status(200, {"count": len(results), "results": results})


def _one(request, kind, slug):
    try:
        found = [item for item in _terms(request, kind) if item["slug"] == slug]
    except ParamError as error:
        return Status(400, {"error": str(error)})
    if not found:
        return Status(404, {"error": gettext("Not found, or no visible page uses it.")})
    return Status(200, found[0])


@api.get("/themes/", response=TERMS, url_name="api_themes", tags=["vocabulary"])
@READ
def list_themes(request, lang: Language = "nl"):
    """Themes that visible pages of this language use, in the site's order."""
    return _list(request, "theme")


@api.get("/themes/{slug}/", response=TERM, url_name="api_theme", tags=["vocabulary"])
@READ
def theme_detail(request, slug: Slug, lang: Language = "nl"):
    return _one(request, "theme", slug)


@api.get("/keywords/", response=TERMS, url_name="api_keywords", tags=["vocabulary"])
@READ
def list_keywords(request, lang: Language = "nl"):
    """Keywords that visible pages of this language use, by name."""
    return _list(request, "keyword")


@api.get("/keywords/{slug}/", response=TERM, url_name="api_keyword", tags=["vocabulary"])
@READ
def keyword_detail(request, slug: Slug, lang: Language = "nl"):
    return _one(request, "keyword", slug)


@api.get("/sectors/", response=TERMS, url_name="api_sectors", tags=["vocabulary"])
@READ
def list_sectors(request, lang: Language = "nl"):
    """Care sectors that visible pages of this language use, in the site's order."""
    return _list(request, "sector")


@api.get("/sectors/{slug}/", response=TERM, url_name="api_sector", tags=["vocabulary"])
@READ
def sector_detail(request, slug: Slug, lang: Language = "nl"):
    return _one(request, "sector", slug)


# HEAD answers as GET does, without the body (CORS allows GET, HEAD and OPTIONS); left out of the document, where
# it would only repeat each GET.
for _route, _view, _responses, _name in [
    ("/pages/", list_pages, LIST, "api_pages"), ("/pages/{id}/", page_detail, DETAIL, "api_page"),
    ("/themes/", list_themes, TERMS, "api_themes"), ("/themes/{slug}/", theme_detail, TERM, "api_theme"),
    ("/keywords/", list_keywords, TERMS, "api_keywords"), ("/keywords/{slug}/", keyword_detail, TERM, "api_keyword"),
    ("/sectors/", list_sectors, TERMS, "api_sectors"), ("/sectors/{slug}/", sector_detail, TERM, "api_sector"),
]:  # fmt: skip
    api.api_operation(["HEAD"], _route, response=_responses, include_in_schema=False, url_name=_name)(_view)
