"""Two runs of the job in two threads at the same moment, on PostgreSQL (each thread its own connection, the data
committed and removed afterwards): each page still goes to the subscriber once, in one message."""

import threading

import pytest
from django.db import connection

from home.alerts import digest
from home.alerts.models import SentItem, Subscription

from .test_sent_once import news, subscribe, titles_sent


@pytest.fixture(scope="module")
def committed(django_db_blocker):
    """A subscriber and two new pages, committed (the threads' own connections must see them), removed at the end."""
    with django_db_blocker.unblock():
        subscription, pages = subscribe("samen@example.org"), news(2)
        yield subscription
        subscription.delete()
        for page in pages:
            page.delete()


@pytest.mark.postgres
@pytest.mark.parametrize("race", ["for the turn", "for the claims"])
def test_two_threads_at_once_on_postgresql_send_each_page_once(race, committed, django_db_blocker, inbox, monkeypatch):
    """Two threads released together by a barrier just before the step they race for."""
    barrier = threading.Barrier(2, timeout=20)
    if race == "for the claims":
        monkeypatch.setattr(digest, "take_turn", lambda subscription, now: True)
    hook = "take_turn" if race == "for the turn" else "claim"
    original = getattr(digest, hook)

    def together(*args):
        barrier.wait()
        return original(*args)

    monkeypatch.setattr(digest, hook, together)
    results = []

    def run():
        try:
            results.append(digest.send_due())
        finally:
            connection.close()

    with django_db_blocker.unblock():
        SentItem.objects.filter(subscription=committed).delete()  # the other race's sending forgotten
        Subscription.objects.filter(pk=committed.pk).update(last_sent_at=None)
        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert titles_sent(inbox) == ["* Nieuws 0", "* Nieuws 1"]  # each page once
    if race == "for the turn":  # and in one message: the turn goes to one run
        assert sorted(results) == [(0, 0), (1, 0)] and len(inbox.messages) == 1
