"""A re-import with Publish never publishes or overwrites an editor's unreviewed draft, live or never live, also when
an import without Publish ran in between (its revision then carries the editor's text)."""

import shutil

import pytest
from django.core.management import call_command

from articles.models import ArticlePage

NAME = "artikel_zonder_trefwoorden.txt"
EDITORS_INTRO = "Door de redacteur aangevuld."


def run_import(path, publish=False):
    call_command("import_loc", str(path), publish=publish, stdout=open("/dev/null", "w"))


def editor_drafts(article):
    draft = article.get_latest_revision_as_object()
    draft.intro = EDITORS_INTRO
    draft.save_revision()  # a draft, not submitted, not published


def changed_export(path):
    """LOC corrects the body (a field nobody edited): the import writes a new revision."""
    text = path.read_text(encoding="utf-8")
    assert "ontmoetingsdag is in het voorjaar" in text
    path.write_text(text.replace("ontmoetingsdag is in het voorjaar", "ontmoetingsdag is in april"), encoding="utf-8")


@pytest.fixture
def export(tmp_path, fixtures_dir, home):
    path = tmp_path / NAME
    shutil.copy(fixtures_dir / NAME, path)
    return path


@pytest.mark.django_db
@pytest.mark.parametrize("first_publish", [False, True], ids=["never-live", "live"])
def test_publish_after_an_intermediate_import_keeps_the_editors_draft_unpublished(export, first_publish):
    run_import(export, publish=first_publish)
    article = ArticlePage.objects.get(import_source=NAME)
    live_intro = article.intro
    editor_drafts(article)
    changed_export(export)
    run_import(export)  # without Publish: its revision builds on the editor's draft
    run_import(export, publish=True)

    article.refresh_from_db()
    assert article.live is first_publish
    if first_publish:
        assert article.intro == live_intro, "the editor's draft did not go live"
    assert article.has_unpublished_changes
    draft = article.get_latest_revision_as_object()
    assert draft.intro == EDITORS_INTRO
    assert "in april" in str(draft.body.raw_data), "a field nobody edited still updates"
