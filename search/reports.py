"""The admin report of what readers search for: the most popular searches and those that found nothing.

Only for holders of REPORTS_PERMISSION (the Beheerders, the Eindredactie and superusers): menu item and view alike.
"""

from datetime import timedelta

from django.contrib.auth.decorators import permission_required
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

from .models import IndexBacklog, SearchQueryLog

DAYS = 30
REPORTS_PERMISSION = "kennisbank_search.view_search_reports"


@permission_required(REPORTS_PERMISSION, raise_exception=True)
def search_report(request):
    """The search log's last DAYS days (SearchQueryLog: counts per day and text), grouped by text."""
    recent = SearchQueryLog.objects.filter(day__gt=timezone.localdate() - timedelta(days=DAYS))
    by_text = recent.values("query").order_by()
    popular = by_text.annotate(times=Sum("searches"), last=Max("day")).order_by("-times", "query")
    zero = by_text.filter(empty__gt=0).annotate(times=Sum("empty"), last=Max("day")).order_by("-times", "query")
    return render(
        request,
        "search/admin/report.html",
        {
            "days": DAYS,
            "popular": popular[:50],
            "zero": zero[:50],
            "total": recent.aggregate(total=Sum("searches"))["total"] or 0,
        },
    )


@permission_required(REPORTS_PERMISSION, raise_exception=True)
def backlog_report(request):
    """The index updates the search engine missed and that wait for the scheduled replay, with why they failed."""
    entries = IndexBacklog.objects.order_by("-attempts", "missed_at")[:200]
    return render(request, "search/admin/backlog.html", {"entries": entries, "total": IndexBacklog.objects.count()})
