"""The search page: a thin view over search.service."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from . import service


def search_page(request):
    status = 200
    context = {"query": request.GET.get("q", "")}
    try:
        context["result"] = service.search(context["query"], page_number=request.GET.get("page"))
    except service.QueryError:
        context["error"] = _("Your search is too long. Use at most %(max)s characters.") % {
            "max": service.MAX_QUERY_LENGTH
        }
        status = 400
    return render(request, "search/search_page.html", context, status=status)
