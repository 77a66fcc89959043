"""The scheduled job's part (manage.py publish_scheduled, every minute): send what is due, forget what must go.

Each page goes to each subscription at most once, also when two job runs go at the same moment:
1. a run takes its turn on a subscription with a conditional update of `last_sent_at` (only one run's update finds
   the value it read), so two runs never split one digest into two messages;
2. it claims every page with a SentItem row under a unique constraint, each insert committed on its own, before
   the message goes out; a page another run claimed first is left out.
A message the mail server refuses gives its claims and its turn back, so the next run tries again; a failing mail
server never fails the job.
"""

import datetime
import logging

from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from . import mail, topics
from .models import SentItem, Subscription

logger = logging.getLogger(__name__)

PERIODS = {
    Subscription.Frequency.IMMEDIATE: datetime.timedelta(0),
    Subscription.Frequency.DAILY: datetime.timedelta(days=1),
    Subscription.Frequency.WEEKLY: datetime.timedelta(days=7),
}
UNCONFIRMED_FOR = datetime.timedelta(days=7)
SLACK = datetime.timedelta(minutes=5)  # a daily digest keeps its hour although each run starts a little later


def forget_unconfirmed(now=None):
    """An address that was not confirmed within a week is deleted."""
    now = now or timezone.now()
    deleted, _ = Subscription.objects.filter(confirmed_at__isnull=True, created_at__lt=now - UNCONFIRMED_FOR).delete()
    return deleted


def due(now):
    """Confirmed subscriptions whose period has passed since their last message."""
    waited = Q(last_sent_at__isnull=True)
    for frequency, period in PERIODS.items():
        waited |= Q(frequency=frequency, last_sent_at__lte=now - period + SLACK)
    return Subscription.objects.filter(confirmed_at__isnull=False).filter(waited).select_related("theme", "sector")


def take_turn(subscription, now):
    """True for the one run whose update still finds the `last_sent_at` it read."""
    read = subscription.last_sent_at
    same = Q(last_sent_at=read) if read else Q(last_sent_at__isnull=True)
    return Subscription.objects.filter(same, pk=subscription.pk).update(last_sent_at=now) == 1


def claim(subscription, pages):
    """The pages this run may send: those whose SentItem row it inserted."""
    claimed = []
    for page in pages:
        try:
            with transaction.atomic():
                SentItem.objects.create(subscription=subscription, page_id=page.pk)
        except IntegrityError:
            continue  # another run claimed it first
        claimed.append(page)
    return claimed


def give_back(subscription, pages, previous):
    SentItem.objects.filter(subscription=subscription, page_id__in=[page.pk for page in pages]).delete()
    Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=previous)


def send_due(now=None):
    """Send every digest that is due; returns (messages sent, messages that failed)."""
    now = now or timezone.now()
    sent = failed = 0
    connection = get_connection(fail_silently=False)
    try:
        for subscription in due(now):
            pages = topics.new_items(subscription)
            if not pages or not take_turn(subscription, now):
                continue
            previous = subscription.last_sent_at
            pages = claim(subscription, pages)
            if not pages:
                continue
            try:
                connection.send_messages([mail.digest(subscription, pages)])
            except Exception:  # noqa: BLE001 - any mail failure: log it, give the claims back, go on
                logger.exception("An e-mail alert could not be sent; it is tried again at the next run")
                give_back(subscription, pages, previous)
                failed += 1
            else:
                sent += 1
    finally:
        try:
            connection.close()
        except Exception:  # noqa: BLE001 - closing a broken connection must not fail the job
            logger.warning("The mail connection did not close cleanly")
    return sent, failed
