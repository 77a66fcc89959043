"""The admin report of what readers search for: the most popular searches and those that found nothing.

Only for holders of REPORTS_PERMISSION (the Beheerders, the Eindredactie and superusers): menu item and view alike.
"""

from datetime import timedelta

from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Max
from django.shortcuts import render
from django.utils import timezone

from .models import IndexBacklog, SearchQueryLog

DAYS = 30
REPORTS_PERMISSION = "kennisbank_search.view_search_reports"


@permission_required(REPORTS_PERMISSION, raise_exception=True)
def search_report(request):
    since = timezone.now() - timedelta(days=DAYS)
    recent = SearchQueryLog.objects.filter(searched_at__gte=since)
    grouped = recent.values("query").annotate(times=Count("pk"), last=Max("searched_at")).order_by("-times", "query")
    return render(
        request,
        "search/admin/report.html",
        {
            "days": DAYS,
            "popular": grouped[:50],
            "zero": grouped.filter(results=0)[:50],
            "total": recent.count(),
        },
    )


@permission_required(REPORTS_PERMISSION, raise_exception=True)
def backlog_report(request):
    """The index updates the search engine missed and that wait for the scheduled replay, with why they failed."""
    entries = IndexBacklog.objects.order_by("-attempts", "missed_at")[:200]
    return render(request, "search/admin/backlog.html", {"entries": entries, "total": IndexBacklog.objects.count()})
