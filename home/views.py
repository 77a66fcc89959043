"""Operational endpoints, and the redirect of the prefixed Dutch URL form."""

from django.db import connection
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from search.service import health as search_health


def dutch_prefix_redirect(request, rest):
    """Dutch is served at the root: /nl/artikelen/?page=2 moves permanently to /artikelen/?page=2."""
    query = request.META.get("QUERY_STRING", "")
    path = "/" + rest.lstrip("/\\")  # never "//host": that would lead off the site
    return HttpResponsePermanentRedirect(path + (f"?{query}" if query else ""))


@never_cache
@require_safe
def health(request):
    """For the container health check and monitoring: 200 while the database answers (search may be degraded,
    readers then get the database fallback), 503 when the database does not. Only reads (GET or HEAD; anything
    else is a 405), and never cached, so each probe sees the present state."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "error", "database": exc.__class__.__name__}, status=503)
    search = search_health()
    status = "degraded" if search["search"] == "degraded" else "ok"
    return JsonResponse({"status": status, "database": "ok", **search})
