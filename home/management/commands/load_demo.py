"""python manage.py load_demo: the demo knowledge base, written for this project. Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo import loader


class Command(BaseCommand):
    help = "Load the demo content (articles, modules and trajects, practical examples). Existing pages are kept."

    @transaction.atomic
    def handle(self, *args, **options):
        created, existing, translated = loader.load()
        self.stdout.write(
            f"Demo content ready: {created} pages created, {existing} already there; "
            f"{translated} English translations created."
        )
