"""The reader's whole journey, in Dutch and in English, through a real SMTP server: subscribe to a theme, confirm by
the link in the mail, an item is published, the scheduled job sends the digest, one-click unsubscribe (RFC 8058),
and the address is gone. Then the forms: they never say whether an address is subscribed, refuse bad input with a
400 and a linked message, are rate-limited; a reader deletes the alert on request; Beheerders see counts, editors no
addresses. (One module, so the pages that use the theme are built once.)"""

from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from home.alerts import digest as job
from home.alerts import tokens
from home.alerts.models import SentItem, Subscription
from tests.factories import ArticlePageFactory, theme, translate
from tests.shared_data import module_pages
from themes_taxonomy.models import Theme

TEXTS = {
    "nl": {"title": "Nieuwe regels voor de achterban", "old": "Oud stuk over de achterban"},
    "en": {"title": "New rules for the people you represent", "old": "Old piece on the people you represent"},
}


def build(home):
    old = ArticlePageFactory(title=TEXTS["nl"]["old"], themes=[theme("achterban")])
    translate(old, "en", title=TEXTS["en"]["old"])
    return {"old": old}


_alert_pages_once, alert_pages = module_pages(build, "alert_pages")


def translation_locale(language):
    return Locale.objects.get(language_code=language)


def path_of(url):
    return urlsplit(url).path


def publish_news(title_nl, title_en, **kwargs):
    page = ArticlePageFactory(title=title_nl, themes=[theme("achterban")], **kwargs)
    translate(page, "en", title=title_en)
    return page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_alert_journey(language, alert_pages, inbox, client):
    address = f"lezer-{language}@example.org"
    with translation.override(language):
        form_url = reverse("alerts_subscribe")
    achterban = theme("achterban").get_translation(translation_locale(language))

    # Subscribe: the form on the site, in the reader's language.
    page = client.get(form_url, {"topic": f"theme:{achterban.slug}"})
    assert page.status_code == 200 and achterban.name in page.content.decode()
    answer = client.post(form_url, {"topic": f"theme:{achterban.slug}", "email": address, "frequency": "immediate",
                                    "language": language, "consent": "on"})  # fmt: skip
    assert answer.status_code == 200

    # Confirm by the link in the mail (a GET shows a button; the POST confirms).
    (confirmation,) = inbox.to(address)
    assert confirmation["Content-Language"] is None or confirmation["Content-Language"] == language
    confirm_url = next(link for link in inbox.links(confirmation) if "/" in path_of(link).strip("/"))
    assert confirm_url.startswith("https://kennisbank.example.org/")
    assert client.get(path_of(confirm_url)).status_code == 200
    assert not Subscription.objects.get(email=address).confirmed_at
    assert client.post(path_of(confirm_url)).status_code == 200
    assert Subscription.objects.get(email=address).confirmed_at

    # Publish a new item (and its translation); then the scheduled job. (What is left out: test_sent_once.py.)
    news = publish_news(TEXTS["nl"]["title"], TEXTS["en"]["title"])
    call_command("publish_scheduled", verbosity=0)

    (digest,) = inbox.to(address)[1:]
    text = inbox.text(digest)
    print(f"\n----- received ({language}) -----\n{digest.raw}\n-----")
    assert TEXTS[language]["title"] in text and achterban.name in digest["Subject"]
    other = "en" if language == "nl" else "nl"
    assert TEXTS[other]["title"] not in text  # the other language's version is not this subscription's
    assert TEXTS[language]["old"] not in text  # published before the alert was confirmed
    own = news if language == "nl" else news.get_translation(translation_locale("en"))
    assert own.get_url() in text
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = digest["List-Unsubscribe"].strip().strip("<>")  # folded onto its own line
    assert unsubscribe_url.startswith("https://") and unsubscribe_url in text

    # Again: nothing new, nothing sent.
    assert job.send_due() == (0, 0)

    # One-click unsubscribe: a POST without session or CSRF cookie, as a mail program sends it.
    mail_program = Client(enforce_csrf_checks=True)
    answer = mail_program.post(path_of(unsubscribe_url), "List-Unsubscribe=One-Click",
                               content_type="application/x-www-form-urlencoded")  # fmt: skip
    assert answer.status_code == 200
    assert not answer.cookies
    assert not Subscription.objects.filter(email__iexact=address).exists()
    assert not SentItem.objects.exists()
    # A second click finds nothing to do, and says so without an error.
    assert mail_program.post(path_of(unsubscribe_url)).status_code == 200


FORM = "/e-mailberichten/"


def ask(client, address="lezer@example.org", **extra):
    data = {"topic": "theme:achterban", "email": address, "frequency": "daily", "language": "nl", "consent": "on"}
    return client.post(FORM, {**data, **extra})


@pytest.mark.usefixtures("alert_pages")
def test_the_form_never_says_whether_an_address_is_subscribed(inbox, client):
    first = ask(client)
    Subscription.objects.filter(email="lezer@example.org").update(confirmed_at="2026-01-01T00:00Z")
    again = ask(client)
    assert first.status_code == again.status_code == 200 and first.content == again.content
    confirmation, reminder = inbox.to("lezer@example.org")
    assert "/bevestigen/" in inbox.text(confirmation) and "/bevestigen/" not in inbox.text(reminder)
    assert "/beheren/" in inbox.text(reminder)
    assert Subscription.objects.filter(email="lezer@example.org").count() == 1


@pytest.mark.usefixtures("alert_pages")
def test_bad_input_is_a_400_with_the_message_linked_to_its_field(inbox, client):
    answer = ask(client, address="geen adres", consent="")
    html = answer.content.decode()
    assert answer.status_code == 400
    for field in ("email", "consent"):
        assert f'aria-describedby="id_{field}_error"' in html and f'id="id_{field}_error"' in html
    assert not inbox.messages and not Subscription.objects.exists()
    for query in ({"topic": "theme:bestaat-niet"}, {"topic": "<script>"}, {"search": "q=x&page=99999"}):
        assert client.get(FORM, query).status_code == 400


@pytest.mark.usefixtures("alert_pages", "one_clock_minute")
def test_the_form_is_rate_limited(inbox, client, settings):
    settings.ALERTS_RATE_LIMIT = 2
    assert [ask(client, f"lezer{n}@example.org").status_code for n in range(3)] == [200, 200, 429]


@pytest.mark.usefixtures("alert_pages")
def test_a_reader_changes_or_deletes_the_alert_on_request(client):
    alert = Subscription.objects.create(email="lezer@example.org", language="nl", kind="theme",
                                        theme=theme("achterban"), frequency="daily")  # fmt: skip
    manage = reverse("alerts_manage", args=[tokens.make(alert, "manage")])
    assert client.get(manage).status_code == 200
    assert client.post(manage, {"action": "save", "frequency": "weekly"}).status_code == 200
    assert Subscription.objects.get(pk=alert.pk).frequency == "weekly"
    assert client.post(manage, {"action": "delete"}).status_code == 200
    assert not Subscription.objects.exists()
    assert client.get(manage).status_code == 404  # the link of a deleted alert opens nothing
    assert client.get(reverse("alerts_confirm", args=["vervalst"])).status_code == 404


@pytest.mark.usefixtures("alert_pages")
@pytest.mark.parametrize(("role", "status"), [("Beheerders", 200), ("Redacteuren", 302), ("Eindredactie", 302)])
def test_beheerders_see_counts_per_theme_and_nobody_sees_addresses(role, status, client, login):
    Subscription.objects.create(email="geheim@example.org", language="nl", kind="theme", theme=theme("achterban"),
                                frequency="daily", confirmed_at="2026-01-01T00:00Z")  # fmt: skip
    login(role)
    answer = client.get(reverse("alerts_counts"))
    assert answer.status_code == status  # Wagtail sends who lacks the right back to the dashboard
    if status == 200:
        assert theme("achterban").name in answer.content.decode()
    assert "geheim@example.org" not in answer.content.decode()
    assert client.get("/admin/snippets/alerts/subscription/").status_code == 404  # no listing of addresses at all


@pytest.mark.usefixtures("alert_pages")
def test_a_topic_link_of_the_other_language_chooses_its_translation(client):
    """The language switcher keeps the query string: the Dutch theme's slug on the English form chooses the English
    theme; a theme no English page uses leaves the choice to the reader; neither is an error."""
    dutch = theme("achterban")
    english = Theme.objects.get(translation_key=dutch.translation_key, locale=translation_locale("en"))
    with translation.override("en"):
        form = reverse("alerts_subscribe")
    answer = client.get(form, {"topic": "theme:achterban"})
    assert answer.status_code == 200
    assert f'<option value="theme:{english.slug}" selected>' in answer.content.decode()
    unused = theme("dienstverlening")
    answer = client.get(form, {"topic": f"theme:{unused.slug}"})
    assert answer.status_code == 200 and '<option value="" selected>' in answer.content.decode()
