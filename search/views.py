"""The search page and the JSON API: thin views over search.service."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from themes_taxonomy.browse import cached_theme_tree

from . import presenters, service
from .params import QueryError, parse


def _language():
    return (get_language() or "nl")[:2]


@require_GET
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
    )
    if params.query and not response.count:
        context["suggestion"] = presenters.did_you_mean(params.query, locale_id)
        context["popular_themes"] = sorted(cached_theme_tree(locale_id), key=lambda theme: -theme.total)[:6]
    return render(request, "search/search_page.html", context)


@require_GET
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
def autocomplete_api(request):
    try:
        params = parse(request.GET)
    except QueryError as error:
        return JsonResponse({"error": str(error)}, status=400)
    return JsonResponse({"query": params.query, "suggestions": service.autocomplete(params.query, params.language)})
