"""Index updates and review e-mails happen after commit: a rolled-back transaction (an import file refused half-way,
a submission that fails) leaves nothing in the search engine and no message in anyone's inbox."""

import json
import shutil
import urllib.parse
import urllib.request

import pytest
from django.conf import settings
from django.core import mail
from django.db import transaction
from django.test import override_settings

from articles.importer import loader
from articles.importer.loader import Importer
from articles.models import ArticlePage
from config.settings import base
from home.editorial import roles
from tests.factories import ArticlePageFactory

# The production stack's task backend (config/settings/base.py): index updates once the transaction commits. The test
# settings run them at once instead, since tests never commit (config/settings/test.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("production_tasks")]


@pytest.fixture
def production_tasks():
    assert base.TASKS["default"]["BACKEND"] == "core.tasks.OnCommitImmediateBackend"
    with override_settings(TASKS=base.TASKS):
        yield


class RolledBack(Exception):
    pass


def test_a_rolled_back_submission_mails_nobody_and_a_committed_one_mails_the_reviewers(
    home, make_user, django_capture_on_commit_callbacks
):
    make_user(roles.EINDREDACTIE)  # the reviewers: eindredactie@example.org
    writer = make_user(roles.REDACTEUREN)
    page = ArticlePageFactory(title="Ingediend en teruggedraaid")
    page.save_revision(user=writer)
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RolledBack), transaction.atomic():
            page.get_workflow().start(page, writer)
            raise RolledBack
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, writer)
    assert ["eindredactie@example.org"] in [message.to for message in mail.outbox]


def engine_count(phrase):
    url = settings.WAGTAILSEARCH_BACKENDS["default"]["URLS"][0].rstrip("/")
    pattern = settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] + "*"
    urllib.request.urlopen(urllib.request.Request(f"{url}/{pattern}/_refresh", method="POST"), timeout=10).close()
    query = urllib.parse.urlencode({"q": f'"{phrase}"'})
    with urllib.request.urlopen(f"{url}/{pattern}/_count?{query}", timeout=10) as response:
        return json.loads(response.read())["count"]


@pytest.mark.engine
def test_a_rolled_back_import_leaves_nothing_in_the_engine(home, tmp_path, fixtures_dir):
    path = tmp_path / "artikel_zonder_trefwoorden.txt"
    shutil.copy(fixtures_dir / path.name, path)
    with pytest.raises(RolledBack), transaction.atomic():
        Importer().import_file(path)
        assert ArticlePage.objects.filter(title="Een vak apart").exists()
        raise RolledBack
    assert engine_count("Een vak apart") == 0


@pytest.mark.engine
def test_a_rolled_back_import_that_published_leaves_nothing_in_the_engine(home, tmp_path, fixtures_dir, monkeypatch):
    """Publishing indexes at once; the importer takes a rolled-back file's documents out again (undo_index)."""
    path = tmp_path / "artikel_zonder_trefwoorden.txt"
    shutil.copy(fixtures_dir / path.name, path)
    importer = Importer(publish=True)
    with pytest.raises(RolledBack), transaction.atomic():  # the admin upload: all files, or none
        importer.import_file(path)
        assert ArticlePage.objects.get(title="Een vak apart").live
        raise RolledBack
    importer.undo_index()
    assert engine_count("Een vak apart") == 0

    def fail(*args, **kwargs):  # a file failing half-way, after its article was published
        raise RuntimeError("half-way")

    monkeypatch.setattr(loader, "Vocabulary", fail)  # called right after the article is saved
    importer = Importer(publish=True)
    importer.import_file(path)
    assert importer.report.errors and not ArticlePage.objects.filter(title="Een vak apart").exists()
    assert engine_count("Een vak apart") == 0
