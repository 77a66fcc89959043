"""The form "Mail me the links to my alerts" (as GOV.UK's e-mail alerts offer), for a reader who lost every message:
one message, in the page's language, with the links to manage and to unsubscribe from each alert of that address and
of no other; the same answer whether or not the address has alerts; bad input a 400 with its message linked; the
per-client rate limit and the per-address cap of the other alert form. Through the real SMTP server (conftest.py)."""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import translation

from home.alerts import tokens
from home.alerts.models import Subscription
from tests.factories import sector, theme

pytestmark = pytest.mark.django_db

FORM = "/e-mailberichten/mijn-links/"


def alert(address, frequency="daily", **fields):
    return Subscription.objects.create(email=address, frequency=frequency, **fields)


def path_of(url):
    return urlsplit(url).path


def test_the_address_gets_one_message_with_working_links_to_each_of_its_alerts(inbox, client):
    mine = [
        alert("lezer@example.org", language="nl", kind="theme", theme=theme("achterban"),
              confirmed_at="2026-01-01T00:00Z"),
        alert("lezer@example.org", language="en", kind="sector", sector=sector("ggz")),  # not confirmed yet
        alert("lezer@example.org", language="nl", kind="search", search="q=inspraak", frequency="weekly",
              confirmed_at="2026-01-01T00:00Z"),
    ]  # fmt: skip
    other = alert("ander@example.org", language="nl", kind="theme", theme=theme("achterban"))

    answer = client.post(FORM, {"email": "lezer@example.org"})
    assert answer.status_code == 200
    (message,) = inbox.messages
    print(f"\n----- received (nl) -----\n{message.raw}\n-----")
    assert message["To"] == "lezer@example.org" and message["Content-Language"] == "nl"
    assert message["Subject"] == "De links naar je e-mailberichten van de Kennisbank Medezeggenschap"
    text = inbox.text(message)
    assert "Nieuws over het thema" in text and "“inspraak”" in text and "nog niet bevestigd" in text
    links = inbox.links(message)
    assert all(link.startswith("https://kennisbank.example.org/e-mailberichten/") for link in links)
    manage = [link for link in links if "/beheren/" in link]
    unsubscribe = [link for link in links if "/afmelden/" in link]
    assert [tokens.read(path_of(link).split("/")[-2], "manage") for link in manage] == mine
    assert [tokens.read(path_of(link).split("/")[-2], "manage") for link in unsubscribe] == mine
    assert tokens.make(other, "manage") not in text
    for link in manage:  # each opens the page that changes or deletes its alert
        page = client.get(path_of(link))
        assert page.status_code == 200 and "lezer@example.org" in page.content.decode()
    assert client.post(path_of(manage[1]), {"action": "delete"}).status_code == 200
    assert not Subscription.objects.filter(pk=mine[1].pk).exists()

    # An address without alerts: the same answer, and nothing is sent.
    unknown = client.post(FORM, {"email": "niemand@example.org"})
    assert unknown.status_code == 200
    assert unknown.content.replace(b"niemand@", b"lezer@") == answer.content
    assert len(inbox.messages) == 1


def test_the_form_in_english_and_the_cap_per_address(inbox, client, settings):
    settings.ALERTS_MAILS_PER_HOUR = 1
    alert("reader@example.org", language="nl", kind="theme", theme=theme("achterban"))
    with translation.override("en"):
        form = reverse("alerts_links")
    assert form == "/en/email-alerts/my-links/"
    assert client.get(form).status_code == 200
    assert [client.post(form, {"email": "reader@example.org"}).status_code for _ in range(2)] == [200, 200]
    (message,) = inbox.messages  # the second request was over the address's hourly cap
    assert message["Content-Language"] == "en" and "/en/email-alerts/manage/" in inbox.text(message)
    assert "News about the theme" in inbox.text(message)


def test_bad_input_is_a_400_with_the_message_linked_and_the_subscribe_page_links_here(inbox, client):
    answer = client.post(FORM, {"email": "geen adres"})
    html = answer.content.decode()
    assert answer.status_code == 400
    assert 'aria-describedby="id_email_error"' in html and 'id="id_email_error"' in html
    assert 'aria-invalid="true"' in html and '<label for="id_email">' in html
    assert not inbox.messages
    assert f'href="{FORM}"' in client.get("/e-mailberichten/").content.decode()


@pytest.mark.usefixtures("one_clock_minute")
def test_the_form_is_rate_limited(inbox, client, settings):
    settings.ALERTS_RATE_LIMIT = 2
    answers = [client.post(FORM, {"email": f"lezer{n}@example.org"}) for n in range(3)]
    assert [answer.status_code for answer in answers] == [200, 200, 429]
    assert int(answers[-1]["Retry-After"]) > 0
