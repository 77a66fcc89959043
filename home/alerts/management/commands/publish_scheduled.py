"""The scheduled job with the e-mail alerts added: search's publish_scheduled (Wagtail's, the index backlog, the
search log), then the digests that are due and the deletion of addresses left unconfirmed for a week.

This app comes before search in INSTALLED_APPS, so this command takes the name's place and the scheduler
(deploy/scheduler.py, make scheduler) runs it unchanged. Nothing the alerts do can fail the job: mail failures are
logged and tried again at the next run.
"""

import logging

from search.management.commands.publish_scheduled import Command as SearchPublishScheduled

from ... import digest

logger = logging.getLogger(__name__)


class Command(SearchPublishScheduled):
    help = SearchPublishScheduled.help + " Then send the e-mail alerts that are due."

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if options["dryrun"]:
            return
        try:
            forgotten = digest.forget_unconfirmed()
            sent, failed = digest.send_due()
        except Exception:  # noqa: BLE001 - the alerts must never fail the scheduled job
            logger.exception("E-mail alerts could not be sent")
            return
        if (forgotten or sent or failed) and options["verbosity"]:
            self.stdout.write(
                f"E-mail alerts: {sent} sent, {failed} failed, {forgotten} unconfirmed subscriptions deleted."
            )
