"""The writer's e-mail when a reviewer sends her page back: Wagtail's own rejection notification (wagtail.admin.mail,
to the person who submitted the page), in the writer's language.

Wagtail writes a notification in the recipient's admin language, but when she never chose one it falls back to the
language of the request that sent it (the reviewer's), and it renders the HTML part in that language regardless. A
reviewer working in the English admin would send a Dutch writer an English e-mail; here both parts use the
recipient's chosen language or, without one, the site's (Dutch). Everything else is Wagtail's.
"""

from django.conf import settings
from django.utils import translation
from wagtail.admin.mail import WorkflowStateRejectionEmailNotifier
from wagtail.models import WorkflowState
from wagtail.signals import workflow_rejected
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


def send_rejections_in_the_writers_language():
    """Put this notifier in the place of Wagtail's (same signal, same recipients and templates). Either order works:
    connected after Wagtail's, it replaces it; connected before (the admin's hooks can load while the apps get
    ready), Wagtail's own connect under the same dispatch_uid is ignored."""
    workflow_rejected.disconnect(sender=WorkflowState, dispatch_uid=WAGTAIL_RECEIVER)
    workflow_rejected.connect(
        WriterRejectionNotifier(), sender=WorkflowState, dispatch_uid=WAGTAIL_RECEIVER, weak=False
    )
