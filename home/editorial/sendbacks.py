"""Send-backs: a reviewer's "request changes" and its comment, where the writer finds them.

Wagtail keeps a rejected page's workflow open with the status "needs changes" until someone resubmits or cancels
it; the rejected task state holds the reviewer (`finished_by`), the moment (`finished_at`) and the comment. Wagtail
itself shows the comment only in the workflow history, so review_hooks.py puts it at the top of the edit view and
on the dashboard (*Teruggestuurd*). The e-mail to the writer is Wagtail's own rejection notification
(wagtail.admin.mail), which goes to the person who submitted the page (`requested_by`).
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.admin.utils import get_user_display_name
from wagtail.models import Page, WorkflowState


@dataclass
class SendBack:
    page: Page
    by: str  # the reviewer's name as the admin shows it
    at: datetime
    comment: str

    def notice(self):
        """The edit view's notice: who sent the page back, when, and why (escaped)."""
        said = {"name": self.by, "date": formats.date_format(timezone.localtime(self.at), "DATETIME_FORMAT")}
        if not self.comment:
            return format_html("<strong>{}</strong>", gettext("Sent back by %(name)s on %(date)s.") % said)
        return format_html(
            "<strong>{}</strong> <q>{}</q> {}",
            gettext("Sent back by %(name)s on %(date)s with this comment:") % said,
            self.comment,
            gettext("Change the page and submit it again."),
        )


def _send_back(state, page):
    task_state = state.current_task_state
    return SendBack(
        page=page,
        by=get_user_display_name(task_state.finished_by) or gettext("a reviewer"),
        at=task_state.finished_at or state.created_at,
        comment=task_state.get_comment(),
    )


def send_back_of(page):
    """The page's open send-back (its workflow waits for changes), or None."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES or state.current_task_state is None:
        return None
    return _send_back(state, page)


def sent_back_to(user, limit=10):
    """The open send-backs of the pages `user` submitted for review, the latest first."""
    states = (
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_NEEDS_CHANGES,
            requested_by=user,
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        .select_related("current_task_state__finished_by")
        .order_by("-current_task_state__finished_at")[:limit]
    )
    states = [state for state in states if state.current_task_state is not None]
    # Workflow states key their object by a text id (no join to pages on PostgreSQL): the pages are read by id.
    pages = Page.objects.specific(defer=True).in_bulk([int(state.object_id) for state in states])
    return [_send_back(state, pages[int(state.object_id)]) for state in states if int(state.object_id) in pages]
