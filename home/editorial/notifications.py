"""The writer's e-mail when a reviewer sends her page back: Wagtail's own rejection notification (wagtail.admin.mail,
to the person who submitted the page), in the writer's language.

Wagtail writes a notification in the recipient's admin language, but when she never chose one it falls back to the
language of the request that sent it (the reviewer's), and it renders the HTML part in that language regardless. A
reviewer working in the English admin would send a Dutch writer an English e-mail; here both parts use the
recipient's chosen language or, without one, the site's (Dutch). Everything else is Wagtail's.

Wagtail sends its review e-mails (submitted, approved, sent back) while the signal is handled, inside the caller's
transaction: a submission that is then rolled back would still have mailed the reviewers. Here every one of them
waits for the commit (`transaction.on_commit`) and is never sent when the transaction rolls back.
"""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from wagtail.admin import signal_handlers as wagtail_mail
from wagtail.admin.mail import WorkflowStateRejectionEmailNotifier
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted
from wagtail.users.models import UserProfile

WAGTAIL_RECEIVER = "workflow_state_rejected_email_notification"  # wagtail.admin.signal_handlers


class WriterRejectionNotifier(WorkflowStateRejectionEmailNotifier):
    def send_emails(self, template_set, context, recipients, **kwargs):
        sent = True
        for recipient in recipients:
            language = UserProfile.get_for_user(recipient).preferred_language or settings.LANGUAGE_CODE
            with translation.override(language):
                sent = super().send_emails(template_set, dict(context), {recipient}, **kwargs) and sent
        return sent


class AfterCommit:
    """A signal receiver that calls `notifier` once the current transaction commits (at once outside one)."""

    def __init__(self, notifier):
        self.notifier = notifier

    def __call__(self, sender=None, instance=None, **kwargs):
        transaction.on_commit(lambda: self.notifier(sender=sender, instance=instance, **kwargs))


def review_emails():
    """(signal, sender, Wagtail's dispatch_uid, notifier): Wagtail's four review e-mails, the send-back in the
    writer's language."""
    return [
        (task_submitted, TaskState, "group_approval_task_submitted_email_notification",
         wagtail_mail.task_submission_email_notifier),
        (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification",
         wagtail_mail.workflow_submission_email_notifier),
        (workflow_rejected, WorkflowState, WAGTAIL_RECEIVER, WriterRejectionNotifier()),
        (workflow_approved, WorkflowState, "workflow_state_approved_email_notification",
         wagtail_mail.workflow_approval_email_notifier),
    ]  # fmt: skip


def send_review_emails_after_commit():
    """Put our receivers in the place of Wagtail's (same signals, recipients and templates). Either order works:
    connected after Wagtail's, they replace them; connected before (the admin's hooks can load while the apps get
    ready), Wagtail's own connect under the same dispatch_uid is ignored."""
    for signal, sender, uid, notifier in review_emails():
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(AfterCommit(notifier), sender=sender, dispatch_uid=uid, weak=False)
