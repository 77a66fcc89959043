"""Search in the admin: editors manage synonyms, and a report shows popular and zero-result searches."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Synonym
from .reports import REPORTS_PERMISSION, backlog_report, search_report


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Synonyms")
    add_to_admin_menu = True
    menu_order = 450
    list_display = ["term", "alternatives"]
    search_fields = ["term", "alternatives"]


register_snippet(SynonymViewSet)


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORTS_PERMISSION)


@hooks.register("register_admin_urls")
def search_report_urls():
    return [
        path("reports/searches/", search_report, name="kennisbank_search_report"),
        path("reports/index-backlog/", backlog_report, name="kennisbank_index_backlog"),
    ]


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return ReportMenuItem(_("Searches"), reverse("kennisbank_search_report"), icon_name="search", order=900)


@hooks.register("register_reports_menu_item")
def backlog_report_menu_item():
    return ReportMenuItem(
        _("Missed index updates"), reverse("kennisbank_index_backlog"), icon_name="warning", order=910
    )
