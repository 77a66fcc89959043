"""The scheduled job (`make scheduler`, docker-compose's scheduler, every minute): Wagtail's publish_scheduled, then
the replay of index updates the search engine missed (search/backlog.py). Nothing else replays them: not a reader's
search, not /health/. This app comes before wagtail in INSTALLED_APPS, so this command takes the name's place."""

from wagtail.management.commands.publish_scheduled import Command as PublishScheduled

from search import backlog
from search.service import engine_backend


class Command(PublishScheduled):
    help = "Publish and unpublish scheduled pages, then replay the index updates the search engine missed."

    def handle(self, *args, **options):
        super().handle(*args, **options)
        backend = engine_backend()
        if backend is None or options["dryrun"]:
            return
        replayed, failed = backlog.replay(backend)
        if replayed or failed:
            self.stdout.write(f"Search index: {replayed} missed updates replayed, {failed} still failing.")
