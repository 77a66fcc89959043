"""The admin report of what readers search for: the most popular searches and those that found nothing."""

from datetime import timedelta

from django.db.models import Count, Max
from django.shortcuts import render
from django.utils import timezone

from .models import SearchQueryLog

DAYS = 30


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
