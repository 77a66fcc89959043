"""A send-back reaches the writer: the e-mail (Wagtail's own notification, in Dutch), the dashboard's *Teruggestuurd*
and a notice at the top of the edit view, until she resubmits."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from wagtail.users.models import UserProfile

from home.editorial import roles

from .conftest import dutch
from .forms import page_form_data
from .test_review_path import review, submit_new_article

COMMENT = "Graag de inleiding korter <en> zonder jargon."


def notices(html):
    """The texts of the admin's messages at the top of the page."""
    block = re.search(r'<div class="messages"[^>]*>(.*?)</div>', html, re.S).group(1)
    return [
        re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", item)).strip()
        for item in re.findall(r"<li[^>]*>(.*?)</li>", block, re.S)
    ]


@pytest.mark.django_db
def test_the_writer_sees_why_her_page_was_sent_back_until_she_resubmits(
    client, home, make_user, django_capture_on_commit_callbacks
):
    writer, reviewer = make_user(roles.REDACTEUREN), make_user(roles.EINDREDACTIE)
    reviewer.first_name, reviewer.last_name = "Erik", "Eindredacteur"
    reviewer.save()
    profile = UserProfile.get_for_user(reviewer)
    profile.preferred_language = "en"  # a reviewer in the English admin: the writer's e-mail stays Dutch
    profile.save()
    client.force_login(writer)
    page = submit_new_article(client, home, "Klachten bespreken")
    client.force_login(reviewer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):  # the e-mails go after commit
        review(client, page, "reject", COMMENT)

    (email,) = [message for message in mail.outbox if message.to == [writer.email]]
    edit_url = settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "Klachten bespreken" in email.subject and "afgekeurd" in email.subject  # Dutch
    assert COMMENT in email.body and edit_url in email.body and "Erik Eindredacteur" in email.body
    html = email.alternatives[0][0]
    assert "Graag de inleiding korter &lt;en&gt; zonder jargon." in html and f'href="{edit_url}"' in html
    assert "De volgende reactie" in html and "De volgende reactie" in email.body

    client.force_login(writer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = dashboard[dashboard.index('id="sent-back-section"') :]
    assert dutch("Sent back") in dashboard
    assert "Klachten bespreken" in panel[:3000] and "Graag de inleiding korter &lt;en&gt;" in panel[:3000]

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    (notice,) = [text for text in notices(edit) if "Erik Eindredacteur" in text]
    assert "Graag de inleiding korter &lt;en&gt; zonder jargon." in notice  # the comment, escaped
    assert dutch("Change the page and submit it again.") in notice
    assert re.search(r"\d{1,2} \w+ \d{4}", notice), notice  # when, as a Dutch date

    client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        page_form_data(page, intro="Kort en helder.", **{"action-submit": "Submit"}),
    )
    page.refresh_from_db()
    assert page.workflow_in_progress
    assert not [
        text
        for text in notices(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode())
        if "Erik" in text
    ]
    assert 'id="sent-back-section"' not in client.get(reverse("wagtailadmin_home")).content.decode()
