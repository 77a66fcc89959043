"""The whole review path through the admin over HTTP: a Redacteur submits, the Eindredactie approves or rejects."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState

from articles.models import ArticleIndexPage, ArticlePage
from home.editorial import roles
from home.structure import section
from tests.factories import theme
from tests.shared_data import refresh_engine_index

from .conftest import dutch
from .forms import MANAGEMENT


def new_article_data(title, **extra):
    return {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "intro": "Hoe een cliëntenraad zijn achterban raadpleegt over de nieuwe dagbesteding.",
        "body-count": "0",
        "themes": [theme("achterban").pk],
        "keywords": "raadpleging",
        "publication_date": "2026-11-01",
        "edition": "",
        "people_quoted": "",
        **{f"path_links-{key}": value for key, value in MANAGEMENT.items()},
        **{f"comments-{key}": value for key, value in MANAGEMENT.items()},
        **extra,
    }


def submit_new_article(client, home, title):
    index = section(ArticleIndexPage, home)
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", index.pk])
    response = client.post(url, new_article_data(title, **{"action-submit": "Submit"}))
    assert response.status_code == 302, response.content.decode()[:1500]
    return ArticlePage.objects.get(title=title)


def review(client, page, action, comment):
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


@pytest.fixture
def team(make_user):
    return {"writer": make_user(roles.REDACTEUREN), "reviewer": make_user(roles.EINDREDACTIE)}


@pytest.mark.django_db
def test_approved_article_goes_live_and_is_found(client, home, team, django_capture_on_commit_callbacks):
    client.force_login(team["writer"])
    with django_capture_on_commit_callbacks(execute=True):  # the e-mails go after commit
        page = submit_new_article(client, home, "Dagbesteding raadplegen")
    assert not page.live and page.workflow_in_progress
    assert ["eindredactie@example.org"] in [message.to for message in mail.outbox]  # the reviewers are told

    client.force_login(team["reviewer"])
    assert "Dagbesteding raadplegen" in client.get(reverse("wagtailadmin_home")).content.decode()  # awaiting review
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        review(client, page, "approve", "Mooi stuk.")

    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    assert ["redacteuren@example.org"] in [message.to for message in mail.outbox]  # the writer is told
    client.logout()
    assert "Dagbesteding raadplegen" in client.get(section(ArticleIndexPage, home).url).content.decode()
    refresh_engine_index()  # on the engine, a page is searchable after the next refresh (about a second)
    found = client.get("/zoeken/", {"q": "dagbesteding"}).content.decode()
    assert "Dagbesteding raadplegen" in found
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.approve", user=team["reviewer"]).exists()
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish", user=team["reviewer"]).exists()


@pytest.mark.django_db
def test_rejected_article_stays_a_draft_with_the_comment_visible(
    client, home, team, django_capture_on_commit_callbacks
):
    client.force_login(team["writer"])
    page = submit_new_article(client, home, "Klachten bespreken")
    client.force_login(team["reviewer"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):  # the e-mails go after commit
        review(client, page, "reject", "Graag de inleiding korter maken.")
    (notice,) = [message for message in mail.outbox if message.to == ["redacteuren@example.org"]]
    assert "Graag de inleiding korter maken." in notice.body  # the writer reads why, in the email too

    page.refresh_from_db()
    assert not page.live and not page.workflow_in_progress
    assert PageLogEntry.objects.filter(page=page, action="wagtail.workflow.reject").exists()
    client.force_login(team["writer"])
    history = client.get(reverse("wagtailadmin_pages:workflow_history", args=[page.pk])).content.decode()
    detail_url = reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, page.workflow_states.get().pk])
    assert "Graag de inleiding korter maken." in client.get(detail_url).content.decode(), history[:500]
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert dutch("My drafts") in dashboard and "Klachten bespreken" in dashboard
    client.logout()
    assert "Klachten bespreken" not in client.get("/zoeken/", {"q": "klachten"}).content.decode()


@pytest.mark.django_db
def test_a_writer_cannot_approve_work_in_review(client, home, team, make_user):
    client.force_login(team["writer"])
    page = submit_new_article(client, home, "Eigen werk")
    review(client, page, "approve", "")
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress
