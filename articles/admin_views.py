"""Import LOC exports from the admin: upload, check every file first, import, and show the report; and the
dashboard panel listing the imported pages a writer still has to check.

An upload with a file that is not a usable export is refused as a whole (HTTP 400, nothing written). Imported pages
are drafts for their section's writers to complete and submit, unless the uploader may publish and asks to.
"""

import tempfile
from pathlib import Path

from django import forms
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.ui.components import Component

from core import registry
from core.admin_views import AdminView

from .importer.loader import Importer, parse_export
from .importer.parsing import ExportError
from .importer.parsing.common import MAX_EXPORT_BYTES
from .importer.report import labelled, summary
from .models import ImportRun

MAX_FILES = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = [item for item in (data if isinstance(data, list | tuple) else [data]) if item]
        if not files:
            return [super().clean(None, initial)]  # raises "This field is required."
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("LOC export files"),
        help_text=_("Plain-text exports of magazine articles or the Opleidingsgids (UTF-8, at most 20 files)."),
    )
    publish = forms.BooleanField(
        label=_("Publish what may be published"),
        required=False,
        help_text=_("Without this, every imported page is a draft for its section's writers to complete and submit."),
    )

    def __init__(self, *args, may_publish, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:
            del self.fields["publish"]
        self.folder, self.paths = None, []

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(_("Upload at most %(count)d files at a time.") % {"count": MAX_FILES})
        self.folder = tempfile.TemporaryDirectory(prefix="kennisbank-upload-")
        errors, seen = [], set()
        for upload in files:
            name = get_valid_filename(Path(upload.name).name) or "export.txt"
            path = Path(self.folder.name) / name
            if name in seen:  # two files of one name would overwrite each other, and share one import source
                errors.append(_("%(name)s: more than one file has this name; upload each file once.") % {"name": name})
                continue
            seen.add(name)
            if upload.size > MAX_EXPORT_BYTES:
                errors.append(_("%(name)s: the file is too large.") % {"name": name})
                continue
            path.write_bytes(upload.read())
            try:
                parse_export(path)  # parsed whole: a guide cut short after its contents page is refused here
            except ExportError as exc:
                reason = str(exc).removeprefix(f"{name}: ")
                errors.append(_("%(name)s is not a usable LOC export: %(reason)s") % {"name": name, "reason": reason})
                continue
            self.paths.append(path)
        if errors:
            raise forms.ValidationError(errors)
        return files


def may_publish_imports(user):
    """The importer publishes into the content sections, so the uploader must be allowed to publish there."""
    sections = [registry.section(model) for model in registry.models()]
    return all(section.permissions_for_user(user).can_publish_subpage() for section in sections)


class ImportMixin(AdminView):
    header_icon = "upload"
    permissions = ("articles.run_import",)


class ImportView(ImportMixin, FormView):
    template_name = "articles/admin/import.html"
    form_class = ImportForm
    page_title = _("Import LOC exports")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "may_publish": may_publish_imports(self.request.user)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(runs=ImportRun.objects.select_related("user")[:20], **kwargs)

    def form_valid(self, form):
        """All or nothing: every file was parsed whole by the form; should writing one still fail, the whole upload
        is rolled back and refused with the reason."""
        with form.folder, transaction.atomic():
            importer = Importer(publish=form.cleaned_data.get("publish", False), user=self.request.user)
            importer.run(form.paths, names=[path.name for path in form.paths])
            if importer.report.errors:
                transaction.set_rollback(True)
        if importer.report.errors:
            importer.undo_index()  # what the rolled-back files published is not findable either
            form.add_error("files", [error["message"] for error in importer.report.errors])
            return self.form_invalid(form)
        return redirect("kennisbank_import_report", importer.record.pk)

    def form_invalid(self, form):
        if form.folder:
            form.folder.cleanup()
        return super().form_invalid(form)


class ImportReportView(ImportMixin, TemplateView):
    template_name = "articles/admin/import_report.html"
    page_title = _("Import report")

    def get_context_data(self, **kwargs):
        run = get_object_or_404(ImportRun.objects.select_related("user"), pk=self.kwargs["pk"])
        items = [labelled(item) for item in run.report.get("items", [])]
        return super().get_context_data(run=run, report=run.report, items=items, summary=summary(run.report), **kwargs)


class ImportChecksPanel(Component):
    """Dashboard, *Te controleren na import*: imported pages in the sections this user may edit that still carry
    the import's warnings (an editor's save clears them, see wagtail_hooks.py)."""

    name = "import_checks"
    template_name = "articles/admin/import_checks_panel.html"
    order = 210
    LIMIT = 20

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        pages = []
        for model in registry.models():
            section = registry.section(model)
            if not section.permissions_for_user(request.user).can_add_subpage():
                continue  # quick refusal: no right anywhere in this section
            found = (
                model.objects.descendant_of(section).exclude(import_warnings=[]).order_by("-latest_revision_created_at")
            )
            pages += [page for page in found[: self.LIMIT] if page.permissions_for_user(request.user).can_edit()]
        pages.sort(key=lambda page: page.latest_revision_created_at or page.first_published_at, reverse=True)
        return {"pages": pages[: self.LIMIT], "request": request}
