"""Importing LOC exports from the admin, for members of the Beheerders and the Eindredactie; what the writers see of
an import: a notice in the page editor (the ImportNoticePanel) and the dashboard panel *Te controleren na import*,
both until an editor saves the page."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import ImportChecksPanel, ImportReportView, ImportView
from .models import KnowledgePage


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


@hooks.register("construct_homepage_panels")
def add_import_checks_panel(request, panels):
    panels.append(ImportChecksPanel())


@hooks.register("after_edit_page")
def editor_has_checked_the_import(request, page):
    """An editor's save (draft, submit or publish) settles the import's warnings; the first editor to save an
    imported page that nobody owns becomes its owner (the importer leaves imported pages unowned)."""
    if not isinstance(page, KnowledgePage) or not (page.import_warnings or (page.import_source and not page.owner_id)):
        return
    changes = {"import_warnings": []}
    if page.import_source and not page.owner_id:
        changes["owner"] = request.user
    type(page).objects.filter(pk=page.pk).update(**changes)
