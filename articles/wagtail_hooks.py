"""Importing LOC exports from the admin, for members of the Beheerders and the Eindredactie."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import ImportReportView, ImportView


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("articles.run_import")


@hooks.register("register_admin_urls")
def import_urls():
    return [
        path("import/", ImportView.as_view(), name="kennisbank_import"),
        path("import/<int:pk>/", ImportReportView.as_view(), name="kennisbank_import_report"),
    ]


@hooks.register("register_log_actions")
def register_import_log_action(actions):
    actions.register_action("kennisbank.import", _("Import"), _("Imported from a LOC export"))


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(_("Import"), reverse("kennisbank_import"), icon_name="upload", order=460)
