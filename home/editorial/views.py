"""Editorial admin pieces Wagtail lacks: the "my drafts" and "sent back" panels, submitting a translation for review,
and a guard on wagtail-localize's "publish immediately" so a translator cannot publish without the Eindredactie's
review.

Their templates are home/templates/home/admin/my_drafts.html, sent_back.html and submit_for_review.html;
wagtail_hooks.py and review_hooks.py register them in the admin."""

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, WorkflowState
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .sendbacks import sent_back_to
from .workflow import can_submit_for_review, submit_for_review


class SentBackPanel(Component):
    """Dashboard: the pages this user submitted that a reviewer sent back, with who, when and the comment."""

    name = "sent_back"
    template_name = "home/admin/sent_back.html"
    order = 205  # above "My drafts": these wait for the writer

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {"send_backs": sent_back_to(request.user), "request": request}


class MyDraftsPanel(Component):
    """Dashboard: the pages this user last changed whose changes are not live yet and not in review."""

    name = "my_drafts"
    template_name = "home/admin/my_drafts.html"
    order = 215

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        # Workflow states key their object by a text id; joining them to pages fails on PostgreSQL, so the ids
        # of pages in review (few) are read first.
        in_review = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS, base_content_type=ContentType.objects.get_for_model(Page)
        ).values_list("object_id", flat=True)
        pages = (
            Page.objects.filter(has_unpublished_changes=True, latest_revision__user=request.user)
            .exclude(pk__in=[int(pk) for pk in in_review])
            .order_by("-latest_revision_created_at")
            .specific(defer=True)[:10]
        )
        return {"pages": pages, "request": request}


class SubmitForReviewButton(PageMenuItem):
    """Shown where Wagtail's own editor has no submit action: a wagtail-localize translation being translated."""

    label = _("Submit for review")
    icon_name = "resubmit"
    url_name = "kennisbank_submit_for_review"

    def is_shown(self, user):
        return self.page.locale.language_code != settings.LANGUAGE_CODE and can_submit_for_review(self.page, user)


class SubmitForReviewView(WagtailAdminTemplateMixin, TemplateView):
    """Start the page's review workflow on its latest draft (a confirmation first: GET shows, POST submits)."""

    template_name = "home/admin/submit_for_review.html"
    page_title = _("Submit for review")
    header_icon = "resubmit"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not can_submit_for_review(self.page, request.user):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return super().get_context_data(page=self.page, workflow=self.page.get_workflow(), **kwargs)

    def post(self, request, page_id):
        submit_for_review(self.page, request.user)
        messages.success(request, gettext("'%(title)s' is waiting for review.") % {"title": self.page.title})
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "update translations", whose "publish immediately" is honoured only for users who may
    publish every translated page; for others the updates become drafts that go through review."""

    def form_valid(self, form):
        if form.cleaned_data.get("publish_translations") and not self.may_publish_all():
            form.cleaned_data["publish_translations"] = False
            messages.warning(
                self.request, gettext("The translations were updated as drafts: they are published after review.")
            )
        return super().form_valid(form)

    def may_publish_all(self):
        for translation in self.object.translations.filter(enabled=True).select_related("target_locale"):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue  # created by this update, as a draft
            if isinstance(target, Page) and not target.permissions_for_user(self.request.user).can_publish():
                return False
        return True
