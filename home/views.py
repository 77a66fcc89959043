"""Operational endpoints."""

from django.db import connection
from django.http import JsonResponse


def health(request):
    """For the container health check and monitoring: 200 while the database answers (search may be degraded,
    readers then get the database fallback), 503 when the database does not."""
    from search.service import health as search_health

    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "error", "database": exc.__class__.__name__}, status=503)
    search = search_health()
    status = "degraded" if search["search"] == "degraded" else "ok"
    return JsonResponse({"status": status, "database": "ok", **search})
