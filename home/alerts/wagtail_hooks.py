"""The alert counts in the admin's Reports menu, for holders of alerts.view_alert_counts (Beheerders, superusers).
No snippet or listing of subscriptions exists: no editor sees an address."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import PERMISSION, alert_counts


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def alert_count_urls():
    return [path("reports/email-alerts/", alert_counts, name="alerts_counts")]


@hooks.register("register_reports_menu_item")
def alert_counts_menu_item():
    return CountsMenuItem(_("E-mail alerts"), reverse("alerts_counts"), icon_name="mail", order=920)
