"""The admin upload is all or nothing: every file is parsed whole before anything is written, and two files of one
name are refused rather than one overwriting the other."""

import html

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page

from articles.models import ImportRun
from home.editorial import roles
from tests.conftest import FIXTURES


def upload(name, content=None):
    content = (FIXTURES / name).read_bytes() if content is None else content
    return SimpleUploadedFile(name, content, content_type="text/plain")


def errors_of(response):
    return html.unescape(response.content.decode()).split('class="error-message">', 1)[1].split("</p>", 1)[0]


@pytest.mark.django_db
def test_a_guide_cut_short_after_its_contents_page_refuses_the_whole_upload(client, login, home):
    login(roles.EINDREDACTIE)
    guide = (FIXTURES / "opleidingsgids.txt").read_text(encoding="utf-8")
    cut = guide[: len(guide) // 12].encode()  # the contents page and no module: recognised, but not usable
    before = Page.objects.count()
    response = client.post(
        reverse("kennisbank_import"),
        {"files": [upload("artikel_achterban.txt"), upload("afgebroken-gids.txt", cut)], "publish": "on"},
    )
    assert response.status_code == 400
    errors = errors_of(response)
    assert "afgebroken-gids.txt" in errors and "no modules found" in errors
    assert "artikel_achterban.txt" not in errors
    assert Page.objects.count() == before and not ImportRun.objects.exists()


@pytest.mark.django_db
def test_two_files_with_the_same_name_are_refused(client, login, home):
    login(roles.EINDREDACTIE)
    other = (FIXTURES / "artikel_zonder_trefwoorden.txt").read_bytes()
    files = [upload("artikel_achterban.txt"), upload("artikel_achterban.txt", other)]
    before = Page.objects.count()
    response = client.post(reverse("kennisbank_import"), {"files": files})
    assert response.status_code == 400
    errors = errors_of(response)
    assert "artikel_achterban.txt" in errors and "meer dan één bestand" in errors
    assert Page.objects.count() == before and not ImportRun.objects.exists()
