"""The Beheerders' view of the alerts: how many readers follow each theme and care sector, never who."""

from django.contrib.auth.decorators import permission_required
from django.db.models import Count, Q
from django.shortcuts import render
from django.utils.translation import get_language

from core import locales
from themes_taxonomy.models import Sector, Theme

from .models import Subscription

PERMISSION = "alerts.view_alert_counts"


def _counts(kind, model, field):
    rows = (
        Subscription.objects.filter(kind=kind)
        .values(f"{field}__translation_key")
        .order_by()
        .annotate(
            confirmed=Count("pk", filter=Q(confirmed_at__isnull=False)),
            waiting=Count("pk", filter=Q(confirmed_at=None)),
        )
    )
    locale_id = locales.locale_id_for((get_language() or "nl")[:2])  # the admin speaks nl or en, both locales
    names = {}
    for term in model.objects.filter(translation_key__in=[row[f"{field}__translation_key"] for row in rows]):
        if term.translation_key not in names or term.locale_id == locale_id:
            names[term.translation_key] = term.name
    found = [{"name": names.get(row[f"{field}__translation_key"], "?"), **row} for row in rows]
    return sorted(found, key=lambda row: (-row["confirmed"], row["name"]))


@permission_required(PERMISSION, raise_exception=True)
def alert_counts(request):
    searches = Subscription.objects.filter(kind=Subscription.Kind.SEARCH)
    return render(
        request,
        "alerts/admin/counts.html",
        {
            "themes": _counts(Subscription.Kind.THEME, Theme, "theme"),
            "sectors": _counts(Subscription.Kind.SECTOR, Sector, "sector"),
            "searches": searches.filter(confirmed_at__isnull=False).count(),
            "searches_waiting": searches.filter(confirmed_at=None).count(),
        },
    )
