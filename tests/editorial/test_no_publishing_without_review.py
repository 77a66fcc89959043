"""Nobody without the right publishes by a side door: bulk actions, copies, imports, or wagtail-localize's buttons.
Translations pass the same review as the Dutch pages."""

import datetime
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Revision, TaskState
from wagtail_localize.models import Translation, TranslationSource

from articles.models import ArticlePage
from home.editorial import roles
from tests.factories import ArticlePageFactory

from .forms import page_form_data


def english():
    return Locale.objects.get(language_code="en")


@pytest.mark.django_db
def test_redacteur_cannot_publish_a_draft_by_bulk_action(client, login, home):
    page = ArticlePageFactory(title="Concept", publish=False, live=False)
    login(roles.REDACTEUREN)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    client.post(f"{url}?id={page.pk}", {"include_descendants": ""})
    page.refresh_from_db()
    assert not page.live


@pytest.mark.django_db
def test_redacteur_cannot_publish_by_copying(client, login, home):
    page = ArticlePageFactory(title="Origineel")
    login(roles.REDACTEUREN)
    client.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": "Kopie", "new_slug": "kopie", "new_parent_page": page.get_parent().pk, "publish_copies": "on"},
    )
    copy = ArticlePage.objects.filter(slug="kopie").first()
    assert copy is not None and not copy.live


@pytest.mark.django_db
def test_redacteur_cannot_schedule_publication(client, login, home):
    """A writer may propose a go-live date; only an approval schedules it."""
    page = ArticlePageFactory(title="Later", publish=False, live=False)
    login(roles.REDACTEUREN)
    earlier = timezone.localtime() - datetime.timedelta(minutes=5)
    data = page_form_data(page, go_live_at=earlier.strftime("%Y-%m-%d %H:%M"), **{"action-publish": "Publish"})
    client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    call_command("publish_scheduled")  # the scheduled-publishing job publishes only approved go-live dates
    page.refresh_from_db()
    assert not page.live
    assert not Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False).exists()


def translate_through_localize(client, page):
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]), {"locales": [english().pk]}
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    return ArticlePage.objects.get(translation_key=page.translation_key, locale=english())


@pytest.mark.django_db
def test_a_translation_starts_as_a_draft_and_goes_live_only_after_review(client, make_user, home):
    source = ArticlePageFactory(title="Achterban raadplegen")
    translator, reviewer = make_user(roles.VERTALERS), make_user(roles.EINDREDACTIE)
    client.force_login(translator)
    translation = translate_through_localize(client, source)
    assert not translation.live  # not copied live from the Dutch source

    localize = Translation.objects.get(source__object_id=source.translation_key, target_locale=english())
    client.post(reverse("wagtailadmin_pages:edit", args=[translation.pk]), {"action": "publish"})
    translation.refresh_from_db()
    assert localize.enabled and not translation.live  # wagtail-localize's publish button refuses a translator

    title = localize.source.stringsegment_set.get(context__path="title")
    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[localize.pk, title.pk]),
        urlencode({"value": "Consulting the people you represent"}),
        content_type="application/x-www-form-urlencoded",
    )  # as the translation editor sends it
    assert response.status_code == 201, response.content  # fmt: skip
    submit_url = reverse("kennisbank_submit_for_review", args=[translation.pk])
    listing = client.get(reverse("wagtailadmin_explore", args=[translation.get_parent().pk])).content.decode()
    assert submit_url in listing  # the button wagtail-localize's editor lacks
    assert client.get(submit_url).status_code == 200
    client.post(submit_url)
    translation.refresh_from_db()
    assert translation.workflow_in_progress and not translation.live

    client.force_login(reviewer)
    task_state = TaskState.objects.get(workflow_state__object_id=str(translation.pk), status="in_progress")
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[translation.pk, "approve", task_state.pk]))
    translation.refresh_from_db()
    assert translation.live and translation.title == "Consulting the people you represent"  # the reviewed words


@pytest.mark.django_db
def test_translator_cannot_publish_through_update_translations(
    client, make_user, home, django_capture_on_commit_callbacks
):
    source = ArticlePageFactory(title="Medezeggenschap")
    reviewer = make_user(roles.EINDREDACTIE)
    client.force_login(reviewer)
    translation = translate_through_localize(client, source)
    translation.save_revision().publish()
    source.title = "Medezeggenschap vernieuwd"
    source.save_revision().publish()
    update_url = reverse("wagtail_localize:update_translations",
                         args=[TranslationSource.objects.get(object_id=source.translation_key).pk])  # fmt: skip
    translation.refresh_from_db()
    published_before = translation.live_revision_id

    client.force_login(make_user(roles.VERTALERS))
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes when the transaction ends
        client.post(update_url, {"publish_translations": "on"})
    translation.refresh_from_db()
    assert translation.live_revision_id == published_before  # "publish immediately" was not honoured

    client.force_login(reviewer)  # the same request by someone who may publish does publish
    with django_capture_on_commit_callbacks(execute=True):
        client.post(update_url, {"publish_translations": "on"})
    translation.refresh_from_db()
    assert translation.live_revision_id != published_before


@pytest.mark.django_db
def test_submit_for_review_is_refused_without_edit_rights(client, login, home):
    page = ArticlePageFactory(title="Niet van mij", publish=False, live=False)
    page.save_revision()
    login(roles.BEHEERDERS)
    response = client.post(reverse("kennisbank_submit_for_review", args=[page.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")  # "no permission"
    page.refresh_from_db()
    assert not page.workflow_in_progress


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "goes_live"), [(roles.REDACTEUREN, False), (roles.EINDREDACTIE, True)])
def test_only_the_eindredactie_publishes_through_the_admin_api(client, login, home, role, goes_live):
    page = ArticlePageFactory(title="Via de API", publish=False, live=False)
    page.save_revision()
    login(role)
    response = client.post(f"/admin/api/main/pages/{page.pk}/action/publish/", {}, content_type="application/json")
    page.refresh_from_db()
    assert page.live is goes_live and response.status_code == (200 if goes_live else 403)
