"""What the import writes is what the export says (the repository's LOC-format fixtures, imported once per module):
addresses as links, no intro repeated as body, no first heading repeating the title, dates only from the export,
keywords and themes found in the text, practical examples with only their own text's themes; and the editors' side:
unowned drafts outside review, warnings in Dutch in the editor and on the dashboard until an editor saves."""

import datetime
import json
import shutil

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import RequestFactory
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Locale

from articles.importer.notes import render
from articles.importer.vocabulary import Vocabulary
from articles.models import ArticlePage, ModulePage, PracticalExamplePage
from home.editorial import roles
from tests.conftest import FIXTURES
from themes_taxonomy.models import Keyword


@pytest.fixture(scope="module")
def _imported_once(django_db_setup, django_db_blocker, tmp_path_factory):
    folder = tmp_path_factory.mktemp("loc")
    shutil.copytree(FIXTURES, folder / "exports")
    with django_db_blocker.unblock(), transaction.atomic():
        call_command(
            "import_loc", str(folder / "exports"), report=str(folder / "r.json"), stdout=open("/dev/null", "w")
        )
        yield json.loads((folder / "r.json").read_text())
        transaction.set_rollback(True)


@pytest.fixture
def imported(_imported_once, db):
    return _imported_once


def draft(model, source):
    return model.objects.get(import_source=source).get_latest_revision_as_object()


def body_html(page):
    return " ".join(str(block.value.source if hasattr(block.value, "source") else block.value) for block in page.body)


def test_addresses_become_links_and_the_first_heading_is_not_repeated(imported):
    article = draft(ArticlePage, "artikel_zonder_trefwoorden.txt")
    html = body_html(article)
    assert '<a href="https://www.loc.nl/agenda">www.loc.nl/agenda</a>' in html
    assert '<a href="mailto:vraagbaak@loc.nl">vraagbaak@loc.nl</a>' in html
    assert article.title == "Een vak apart"
    assert "Een vak apart" not in [block.value["text"] for block in article.body if block.block_type == "heading"]
    module = draft(ModulePage, "opleidingsgids.txt#stukken-van-de-raad-op-orde")
    assert '<a href="https://www.loc.nl/stukken">https://www.loc.nl/stukken</a>.' in body_html(module)


def test_no_module_repeats_its_intro_as_its_body(imported):
    modules = [page.get_latest_revision_as_object() for page in ModulePage.objects.all()]
    assert len(modules) > 10
    for module in modules:
        assert module.intro and module.intro not in body_html(module), module.title


def test_dates_only_where_the_export_gives_one(imported):
    event = draft(ArticlePage, "artikel_zonder_trefwoorden.txt")
    assert event.publication_date == datetime.date(2024, 3, 14)  # "op 14 maart 2024"
    assert any("event" in note["message"] for note in event.import_warnings)
    undated = ArticlePage.objects.get(import_source="artikel_achterban.txt")  # "zomereditie", no year
    assert undated.publication_date is None and undated.edition == "Zomereditie"
    assert any("no date" in note["message"] for note in undated.import_warnings)
    assert {page.publication_date for page in ModulePage.objects.all()} == {datetime.date(2024, 1, 1)}  # "Uitgave 2024"
    assert {page.publication_date for page in PracticalExamplePage.objects.all()} == {None}  # their article's


def test_keywords_and_themes_found_in_the_text(imported):
    vocabulary = [keyword.name for keyword in Keyword.objects.filter(language="nl")]
    assert "achterban" in vocabulary
    overleg = draft(ModulePage, "opleidingsgids.txt#openoverleg")  # "... gehoord van de achterban?"
    assert "achterban" in [tag.name for tag in overleg.keywords.all()]
    assert any("achterban" in note["params"].get("keywords", "") for note in overleg.import_warnings)
    privacy = draft(ModulePage, "opleidingsgids.txt#privacy-en-clientgegevens")  # "... volgens de Wmcz ..."
    slugs = {theme.slug for theme in privacy.themes.all()}
    assert "wet-medezeggenschap" in slugs
    assert any("Wmcz" in note["params"].get("themes", "") for note in privacy.import_warnings)


def test_practical_examples_get_their_own_themes_and_no_copied_intro(imported):
    article = draft(ArticlePage, "artikel_achterban.txt")
    assert len(article.themes.all()) == 4
    vocabulary = Vocabulary(Locale.objects.get(language_code="nl"))
    examples = PracticalExamplePage.objects.filter(import_source__startswith="artikel_achterban.txt#")
    examples = [page.get_latest_revision_as_object() for page in examples]
    assert len(examples) == 4
    for example in examples:
        text = " ".join([example.intro, example.what_they_did])
        assert set(example.themes.all()) == set(vocabulary.themes_in(text)) != set(article.themes.all())
        assert not example.what_they_did.startswith(example.intro)


def test_imported_pages_are_unowned_drafts_outside_review_with_dutch_warnings(imported, client, login):
    pages = [page for model in (ArticlePage, ModulePage, PracticalExamplePage) for page in model.objects.all()]
    assert all(not page.live and not page.workflow_in_progress and page.owner is None for page in pages)
    example = PracticalExamplePage.objects.first()
    writer = login(roles.REDACTEUREN)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Te controleren na import" in dashboard and example.title in dashboard
    assert not any(module.title in dashboard for module in ModulePage.objects.all())  # the Opleidingsteam's section
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[example.pk])).content.decode()
    assert "concept-praktijkvoorbeeld uit een artikel" in editor
    assert render(example.import_warnings[0]) in editor

    request = RequestFactory().post("/")
    request.user = writer
    for hook in hooks.get_hooks("after_edit_page"):  # what the editor's save runs
        hook(request, example.get_latest_revision_as_object())
    example.refresh_from_db()
    assert example.import_warnings == [] and example.owner == writer
    assert example.title not in client.get(reverse("wagtailadmin_home")).content.decode()
    assert (
        "concept-praktijkvoorbeeld"
        not in client.get(reverse("wagtailadmin_pages:edit", args=[example.pk])).content.decode()
    )
