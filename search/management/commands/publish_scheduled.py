"""The scheduled job (`make scheduler`, docker-compose's scheduler, every minute): Wagtail's publish_scheduled, then
the replay of index updates the search engine missed (search/backlog.py). Nothing else replays them: not a reader's
search, not /health/. This app comes before wagtail in INSTALLED_APPS, so this command takes the name's place.
It also purges the search log past SEARCH_LOG_RETENTION_DAYS (search/querylog.py) and runs Wagtail's
searchpromotions_garbage_collect (daily hits older than WAGTAILSEARCH_HITS_MAX_AGE, queries nobody promotes)."""

import io

from django.core.management import call_command
from wagtail.management.commands.publish_scheduled import Command as PublishScheduled

from search import backlog, querylog
from search.service import engine_backend


class Command(PublishScheduled):
    help = (
        "Publish and unpublish scheduled pages, forget searches past their retention, then replay the index updates"
        " the search engine missed."
    )

    def handle(self, *args, **options):
        super().handle(*args, **options)
        if not options["dryrun"]:
            self.forget_old_searches(options["verbosity"])
        backend = engine_backend()
        if backend is None or options["dryrun"]:
            return
        replayed, failed = backlog.replay(backend)
        if replayed or failed:
            self.stdout.write(f"Search index: {replayed} missed updates replayed, {failed} still failing.")

    def forget_old_searches(self, verbosity):
        purged = querylog.purge()
        if purged:
            self.stdout.write(f"Search log: {purged} rows older than the retention period deleted.")
        # Wagtail's command reports each step; every minute that is noise unless asked for (-v 2).
        call_command("searchpromotions_garbage_collect", stdout=self.stdout if verbosity > 1 else io.StringIO())
