"""python manage.py load_demo: the demo knowledge base, written for this project. Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import loader
from search.indexing import in_one_go


class Command(BaseCommand):
    help = "Load the demo content (articles, modules and trajects, practical examples). Existing pages are kept."

    @transaction.atomic
    def handle(self, *args, **options):
        with in_one_go():  # each page indexed once, when it is complete, instead of at each of its saves
            created, existing, translated = loader.load()
        self.stdout.write(
            f"Demo content ready: {created} pages created, {existing} already there; "
            f"{translated} English translations created."
        )
