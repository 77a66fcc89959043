"""The search page and the JSON API: thin views over search.service."""

from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET

from core import clients
from themes_taxonomy.browse import cached_theme_tree

from . import presenters, service
from .params import QueryError, parse


def _language():
    return (get_language() or "nl")[:2]


def rate_limited(bucket, setting, as_json=True):
    """At most settings.<setting> requests a minute per client (core/clients.py) to this view; beyond, a 429 with
    Retry-After and a short message (JSON for the APIs, plain text for the page)."""

    def decorate(view):
        @wraps(view)
        def limited(request, *args, **kwargs):
            seconds = clients.retry_after(request, bucket, getattr(settings, setting))
            if seconds is None:
                return view(request, *args, **kwargs)
            message = gettext("Too many searches from your address. Try again in %(seconds)d seconds.") % {
                "seconds": seconds
            }
            if as_json:
                response = JsonResponse({"error": message}, status=429)
            else:
                response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
            response["Retry-After"] = str(seconds)
            return response

        return limited

    return decorate


@require_GET
@rate_limited("search", "SEARCH_RATE_LIMIT", as_json=False)
def search_page(request):
    context = {"query": request.GET.get("q", "")[:200]}
    try:
        params = parse(request.GET, default_language=_language())
    except QueryError as error:
        context["error"] = str(error)
        return render(request, "search/search_page.html", context, status=400)
    response = service.search(params)
    locale_id = service.locale_id_for(params.language)
    labels = presenters.facet_labels(locale_id)
    context.update(
        params=params,
        response=response,
        facets=presenters.facet_groups(response, labels, request.GET),
        chosen=presenters.chosen_filters(params, labels, request.GET),
        page_numbers=range(1, response.pages + 1),
        alert_search=presenters.alert_search(request.GET, response),
    )
    if params.query and not response.count:
        context["suggestion"] = presenters.did_you_mean(params.query, locale_id)
        context["popular_themes"] = sorted(cached_theme_tree(locale_id), key=lambda theme: -theme.total)[:6]
    return render(request, "search/search_page.html", context)


@require_GET
@rate_limited("search", "SEARCH_RATE_LIMIT")
def search_api(request):
    """GET /api/search/?q=&type=&theme=&keyword=&sector=&lang=&page=&sort= (lang defaults to nl)."""
    try:
        params = parse(request.GET)
    except QueryError as error:
        return JsonResponse({"error": str(error)}, status=400)
    response = service.search(params)
    return JsonResponse(
        {
            "query": params.query,
            "corrected": response.corrected,  # the query found nothing: these are the results of this correction
            "count": response.count,
            "page": params.page,
            "pages": response.pages,
            "backend": response.backend,
            "degraded": response.degraded,
            "results": [presenters.hit_json(hit) for hit in response.hits],
            "facets": response.facets,
        }
    )


@require_GET
@rate_limited("autocomplete", "AUTOCOMPLETE_RATE_LIMIT")
def autocomplete_api(request):
    try:
        params = parse(request.GET)
    except QueryError as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse({"query": params.query, "suggestions": service.autocomplete(params.query, params.language)})
