"""`migrate` builds the site's skeleton (home pages and sections), so a fresh install can import at once."""

import pytest
from django.core.management.sql import emit_post_migrate_signal

from articles.models import ArticleIndexPage

pytestmark = pytest.mark.django_db


def test_the_end_of_a_migrate_rebuilds_a_missing_section(home):
    for section in ArticleIndexPage.objects.all():  # the Dutch section and its English translation
        section.delete()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")  # what `migrate` sends at its end
    assert ArticleIndexPage.objects.child_of(home).live().exists()
