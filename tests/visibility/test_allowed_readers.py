"""Restricted pages keep working for the people allowed to open them (while staying out of every list)."""

import pytest
from wagtail.models import PageViewRestriction

from .states import LANGUAGES
from .world import PASSWORD

pytestmark = pytest.mark.django_db

CASES = [pytest.param(kind, lang, id=f"{kind}-{lang}") for kind in ("article", "module", "example")
         for lang in LANGUAGES]  # fmt: skip


@pytest.mark.parametrize("kind, lang", CASES)
def test_a_login_restricted_page_opens_for_a_logged_in_reader(world, client, kind, lang):
    page = world["login"].hidden[lang][kind]
    anonymous = client.get(page.url)
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    client.force_login(world.writer)
    response = client.get(page.url)
    assert response.status_code == 200 and page.intro in response.content.decode()


@pytest.mark.parametrize("kind, lang", CASES)
def test_a_page_under_a_restricted_section_opens_for_a_logged_in_reader(world, client, kind, lang):
    page = world["parent-restricted"].hidden[lang][kind]
    assert client.get(page.url).status_code == 302
    client.force_login(world.writer)
    response = client.get(page.url)
    assert response.status_code == 200 and page.intro in response.content.decode()


@pytest.mark.parametrize("kind, lang", CASES)
def test_a_group_restricted_page_opens_for_members_only(world, client, kind, lang):
    page = world["group"].hidden[lang][kind]
    client.force_login(world.writer)  # logged in, not in the group
    assert page.intro not in client.get(page.url).content.decode()
    client.force_login(world.member)
    response = client.get(page.url)
    assert response.status_code == 200 and page.intro in response.content.decode()


@pytest.mark.parametrize("kind, lang", CASES)
def test_the_password_form_opens_a_password_restricted_page(world, client, kind, lang):
    page = world["password"].hidden[lang][kind]
    form = client.get(page.url)
    assert form.status_code == 200 and page.intro not in form.content.decode()
    restriction = PageViewRestriction.objects.get(page=page)
    action = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    assert action in form.content.decode(), "the form posts to Wagtail's password view"
    wrong = client.post(action, {"password": "fout", "return_url": page.url})
    assert wrong.status_code == 200 and page.intro not in wrong.content.decode()
    right = client.post(action, {"password": PASSWORD, "return_url": page.url})
    assert right.status_code == 302
    response = client.get(page.url)
    assert response.status_code == 200 and page.intro in response.content.decode()
