"""The messages: plain text, in the subscription's language, every link absolute (settings.SITE_BASE_URL).

Each digest carries RFC 8058's one-click unsubscribe (List-Unsubscribe with an https address in production, and
List-Unsubscribe-Post), so a mail program can offer "unsubscribe" that works with one POST, without a session.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from . import tokens, topics


def link(name, subscription=None, purpose="manage"):
    """An absolute address of one of the alert views, in the active language."""
    args = [tokens.make(subscription, purpose)] if subscription is not None else []
    return settings.SITE_BASE_URL + reverse(f"alerts_{name}", args=args)


def page_link(page):
    url = page.get_url()
    return url if "://" in url else settings.SITE_BASE_URL + url


def _compose(address, language, template, context, headers=None):
    """One plain-text message from alerts/mail/<template>.txt and its _subject.txt, rendered in `language`."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"alerts/mail/{template}_subject.txt", context).split())
        body = render_to_string(f"alerts/mail/{template}.txt", context)
    return EmailMessage(subject, body, settings.ALERTS_FROM_EMAIL, [address],
                        headers={"Auto-Submitted": "auto-generated", "Content-Language": language,
                                 **(headers or {})})  # fmt: skip


def _message(subscription, template, context=None, headers=None):
    with translation.override(subscription.language):
        context = {"subscription": subscription, "topic": topics.label(subscription),
                   "manage_url": link("manage", subscription), **(context or {})}  # fmt: skip
    return _compose(subscription.email, subscription.language, template, context, headers)


def confirmation(subscription):
    """The double opt-in: nothing is sent until the reader follows this link."""
    with translation.override(subscription.language):
        url = link("confirm", subscription, purpose="confirm")
    return _message(subscription, "confirm", {"confirm_url": url})


def reminder(subscription):
    """To an address that already has this alert: the way to manage it (the site itself never says so)."""
    return _message(subscription, "already")


def digest(subscription, pages):
    with translation.override(subscription.language):
        unsubscribe = link("unsubscribe", subscription)
        items = [{"title": page.title, "intro": page.intro, "url": page_link(page)} for page in pages]
    return _message(
        subscription,
        "digest",
        {"items": items, "unsubscribe_url": unsubscribe},
        headers={"List-Unsubscribe": f"<{unsubscribe}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )


def links(subscriptions, language):
    """For "Mail me the links to my alerts": one message in the language of the page that asked, to the address of the
    given subscriptions (all of one address), with each one's link to manage it and to unsubscribe at once."""
    with translation.override(language):
        alerts = [{"topic": topics.label(subscription), "frequency": subscription.get_frequency_display(),
                   "language": subscription.get_language_display(),
                   "confirmed": subscription.confirmed_at is not None, "manage_url": link("manage", subscription),
                   "unsubscribe_url": link("unsubscribe", subscription)} for subscription in subscriptions]  # fmt: skip
    return _compose(subscriptions[0].email, language, "links", {"alerts": alerts})
