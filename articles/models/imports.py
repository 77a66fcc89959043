"""A record of every import of LOC exports: who ran it, which files, and the full report, kept for later reading."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from ..importer.notes import render


class ImportRun(models.Model):
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("run by"), null=True, blank=True, on_delete=models.SET_NULL
    )
    files = models.JSONField(_("files"), default=list)
    publish = models.BooleanField(_("published what it could"), default=False)
    report = models.JSONField(_("report"), default=dict)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-started_at"]
        permissions = [("run_import", _("Can import LOC export files"))]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} ({', '.join(self.files)})"

    def count(self, key):
        return self.report.get(key, 0) if key != "errors" else len(self.report.get("errors", []))


class ImportNoticePanel(Panel):
    """A notice at the top of an imported page's editor: what the import asks an editor to check, in the admin's
    language. Shown only while the page carries import warnings (an editor's save clears them: wagtail_hooks.py)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "articles/admin/import_notice.html"

        def is_shown(self):
            return bool(getattr(self.instance, "import_warnings", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["warnings"] = [render(note) for note in self.instance.import_warnings]
            return context
