"""The page for council webmasters: what the content API offers, with examples (both languages, through gettext)."""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe


@require_safe
def api_docs(request):
    base = request.build_absolute_uri(reverse("api-v1:api_pages")).removesuffix("pages/")
    return render(request, "home/api/docs.html", {
        "base_url": base,
        "schema_url": base + "openapi.json",
        "site_url": request.build_absolute_uri("/"),
        "rate_limit": settings.SEARCH_RATE_LIMIT,
    })  # fmt: skip
