"""Go-live dates (Plone's effective date): an approved publication waits for its date and the scheduled job."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Revision

from articles.models import ArticleIndexPage
from home.editorial import roles
from home.structure import section
from tests.factories import ArticlePageFactory

from .forms import page_form_data


@pytest.mark.django_db
def test_scheduled_publication_goes_live_when_the_job_runs_after_its_date(client, login, home):
    page = ArticlePageFactory(title="Nieuw beleid", publish=False, live=False)
    login(roles.EINDREDACTIE)
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    data = page_form_data(page, go_live_at=tomorrow.strftime("%Y-%m-%d %H:%M"), **{"action-publish": "Publish"})
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    page.refresh_from_db()
    assert not page.live
    revision = Revision.page_revisions.get(object_id=str(page.pk), approved_go_live_at__isnull=False)

    call_command("publish_scheduled")  # before the date: nothing happens
    page.refresh_from_db()
    assert not page.live

    with freeze_time(tomorrow + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")  # the date has passed
    assert revision.object_id == str(page.pk)
    page.refresh_from_db()
    assert page.live
    assert "Nieuw beleid" in client.get(section(ArticleIndexPage, home).url).content.decode()
