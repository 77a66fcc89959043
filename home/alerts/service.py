"""Asking for an alert, confirming it, ending it. The answer on the site is the same whether or not the address
already has the alert: only the mailbox's owner learns that (a reminder with the link to manage it)."""

import hashlib
import logging

from django.conf import settings
from django.utils import timezone

from core import cache

from . import mail
from .models import Subscription

logger = logging.getLogger(__name__)
HOUR = 3600


def may_mail(email):
    """At most ALERTS_MAILS_PER_HOUR confirmation or reminder messages an hour to one address (counted under a keyed
    hash of it, in the cache the rate limits use), so the form cannot be used to flood someone's inbox."""
    limit = settings.ALERTS_MAILS_PER_HOUR
    if not limit:
        return True
    digest = hashlib.blake2b(email.lower().encode(), digest_size=16, key=settings.SECRET_KEY.encode()[:64])
    return cache.hit("alerts-address", digest.hexdigest(), HOUR) <= limit


def request_alert(email, language, frequency, kind, term=None, search=""):
    topic = {"kind": kind, "theme": term if kind == "theme" else None, "sector": term if kind == "sector" else None,
             "search": search}  # fmt: skip
    found = Subscription.objects.filter(email__iexact=email, language=language, **topic).first()
    if found is None:
        found = Subscription.objects.create(email=email, language=language, frequency=frequency, **topic)
    if found.confirmed_at is None:
        Subscription.objects.filter(pk=found.pk).update(frequency=frequency)
        message = mail.confirmation(found)
    else:
        message = mail.reminder(found)
    if not may_mail(email):
        return
    try:
        message.send()
    except Exception:  # noqa: BLE001 - the reader gets the same answer; the log says what went wrong
        logger.exception("An e-mail alert confirmation could not be sent")


def send_links(email, language):
    """For "Mail me the links to my alerts": one message listing every alert of the address (confirmed or not), in the
    language of the page that asked. An address without alerts gets nothing, and the site answers the same."""
    subscriptions = list(Subscription.objects.filter(email__iexact=email).select_related("theme", "sector")
                         .order_by("created_at", "pk"))  # fmt: skip
    if not subscriptions or not may_mail(email):
        return
    # Sent to the address as the alerts keep it (the one that was confirmed), never a different spelling of it.
    same = [subscription for subscription in subscriptions if subscription.email == subscriptions[0].email]
    try:
        mail.links(same, language).send()
    except Exception:  # noqa: BLE001 - the reader gets the same answer; the log says what went wrong
        logger.exception("The links to a reader's e-mail alerts could not be sent")


def confirm(subscription):
    if subscription.confirmed_at is None:
        Subscription.objects.filter(pk=subscription.pk).update(confirmed_at=timezone.now())


def end(subscription):
    """The subscription and its address are deleted, with the record of what it was sent."""
    subscription.delete()
