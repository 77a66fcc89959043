"""Nothing is lost: any two revisions compare, an old one can be restored (and the log says so), and a locked page
cannot be changed by someone else."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from home.editorial import roles
from tests.factories import ArticlePageFactory

from .forms import page_form_data


@pytest.fixture
def page_with_history(home):
    page = ArticlePageFactory(title="Eerste versie", intro="De eerste inleiding.")
    for title in ("Tweede versie", "Derde versie"):
        page.title = title
        page.save_revision()
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_any_two_revisions_compare(client, login, page_with_history):
    login(roles.EINDREDACTIE)
    first, *_middle, last = page_with_history.revisions.order_by("created_at")
    url = reverse("wagtailadmin_pages:revisions_compare", args=[page_with_history.pk, first.pk, last.pk])
    html = client.get(url).content.decode()
    assert "Eerste" in html and "Derde" in html  # the title diff: words removed and added


@pytest.mark.django_db
def test_an_old_revision_is_restored_as_a_new_draft_and_logged(client, login, page_with_history):
    user = login(roles.REDACTEUREN)
    first = page_with_history.revisions.order_by("created_at").first()
    url = reverse("wagtailadmin_pages:revisions_revert", args=[page_with_history.pk, first.pk])
    assert "Eerste versie" in client.get(url).content.decode()
    client.post(url, page_form_data(first.as_object()))
    page_with_history.refresh_from_db()
    assert page_with_history.get_latest_revision_as_object().title == "Eerste versie"
    assert page_with_history.revisions.count() == 4  # the later versions are kept
    assert PageLogEntry.objects.filter(page=page_with_history, action="wagtail.revert", user=user).exists()


@pytest.mark.django_db
def test_a_locked_page_cannot_be_changed_by_another_writer(client, make_user, home):
    page = ArticlePageFactory(title="Vergrendeld")
    owner, other = make_user(roles.REDACTEUREN, "schrijver"), make_user(roles.REDACTEUREN, "collega")
    client.force_login(owner)
    client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    page.refresh_from_db()
    assert page.locked and page.locked_by == owner

    client.force_login(other)
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), page_form_data(page, title="Overschreven"))
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Vergrendeld"

    client.force_login(owner)  # the one who locked it still edits
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), page_form_data(page, title="Bijgewerkt"))
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Bijgewerkt"
