"""Importing LOC exports from the admin: drafts for the section's writers unless the uploader may publish; bad files
change nothing."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import PageLogEntry

from articles.models import ArticlePage, ImportRun, KnowledgePage
from home.editorial import roles
from tests.conftest import FIXTURES


def upload(name="artikel_achterban.txt"):
    return SimpleUploadedFile(name, (FIXTURES / name).read_bytes(), content_type="text/plain")


def imported_pages():
    return [page for model in KnowledgePage.__subclasses__() for page in model.objects.exclude(import_source="")]


@pytest.mark.django_db
def test_beheerder_imports_unowned_drafts_that_are_not_in_review(client, login, home):
    user = login(roles.BEHEERDERS)
    assert reverse("kennisbank_import") in client.get(reverse("wagtailadmin_home")).content.decode()  # menu item
    assert 'name="publish"' not in client.get(reverse("kennisbank_import")).content.decode()
    response = client.post(reverse("kennisbank_import"), {"files": [upload()], "publish": "on"})

    run = ImportRun.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("kennisbank_import_report", args=[run.pk])
    pages = imported_pages()
    assert pages and all(not page.live and not page.workflow_in_progress and page.owner is None for page in pages)
    assert run.user == user and run.files == ["artikel_achterban.txt"] and run.report["created"] == len(pages)
    report = html.unescape(client.get(response["Location"]).content.decode())
    article = ArticlePage.objects.get(import_source="artikel_achterban.txt")
    assert article.title in report
    # In Dutch, and the summary says what happened: nothing published, five drafts for the writers.
    assert "Van de aangemaakte of bijgewerkte pagina's zijn er 0 gepubliceerd en 5 concepten" in report
    assert "titel afgeleid van de eerste zin van de openingsstreamer" in report and "Concept" in report
    assert "please check" not in report and ">draft<" not in report and ">created<" not in report
    entries = PageLogEntry.objects.filter(action="kennisbank.import", user=user)
    assert {entry.page_id for entry in entries} == {page.pk for page in pages}


@pytest.mark.django_db
def test_eindredactie_may_publish_on_import(client, login, home):
    login(roles.EINDREDACTIE)
    client.post(reverse("kennisbank_import"), {"files": [upload()], "publish": "on"})
    article = ArticlePage.objects.get(import_source="artikel_achterban.txt")
    assert article.live and not article.workflow_in_progress


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("leeg.txt", b"", None),  # Django's own "the submitted file is empty"
        ("plaatje.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("los.txt", b"Zomaar wat tekst.\n", "unrecognised format"),
    ],
)
def test_a_bad_file_refuses_the_whole_upload_and_writes_nothing(client, login, home, name, content, reason):
    login(roles.EINDREDACTIE)
    bad = SimpleUploadedFile(name, content, content_type="text/plain")
    response = client.post(reverse("kennisbank_import"), {"files": [upload(), bad]})
    assert response.status_code == 400
    errors = html.unescape(response.content.decode()).split('class="error-message">', 1)[1].split("</p>", 1)[0]
    if reason:
        assert name in errors and reason in errors
    else:
        assert errors.strip()
    assert imported_pages() == [] and not ImportRun.objects.exists()


@pytest.mark.django_db
def test_an_upload_without_files_is_a_form_error(client, login, home):
    login(roles.BEHEERDERS)
    assert client.post(reverse("kennisbank_import"), {}).status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("role", [roles.REDACTEUREN, roles.VERTALERS])
def test_writers_and_translators_cannot_import(client, login, home, role):
    login(role)
    response = client.post(reverse("kennisbank_import"), {"files": [upload()]})
    assert response.status_code in (302, 403) and imported_pages() == []
    assert reverse("kennisbank_import") not in client.get(reverse("wagtailadmin_home")).content.decode()  # no menu item
