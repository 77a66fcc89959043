"""Each page goes to each subscriber at most once, also when two runs of the scheduled job go at the same moment.

Here, on every stack, the two runs are interleaved at the two places where they could both go on (after both found
the same pages; after both took their turn); test_sent_once_threads.py races two threads on PostgreSQL."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.alerts import digest, topics
from home.alerts.models import SentItem, Subscription
from tests.factories import ArticlePageFactory, theme
from tests.shared_data import module_pages
from themes_taxonomy.models import Sector

PAST = datetime.timedelta(hours=1)


def subscribe(address, frequency="immediate"):
    return Subscription.objects.create(email=address, language="nl", kind="theme", theme=theme("achterban"),
                                       frequency=frequency, confirmed_at=timezone.now() - PAST)  # fmt: skip


def news(count=2):
    return [ArticlePageFactory(title=f"Nieuws {n}", themes=[theme("achterban")]) for n in range(count)]


def build(home):
    """Two new items on the theme, and a restricted one that must never be sent."""
    hidden = ArticlePageFactory(title="Alleen voor leden", themes=[theme("achterban")])
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    first_sector = Sector.objects.filter(locale__language_code="nl").order_by("order").first()
    return {
        0: ArticlePageFactory(title="Nieuws 0", intro="Over de begroting.", themes=[theme("achterban")],
                              sectors=[first_sector]),
        1: ArticlePageFactory(title="Nieuws 1", themes=[theme("achterban")]),
        "hidden": hidden,
    }  # fmt: skip


_news_once, two_news = module_pages(build, "two_news")


def test_a_digest_lists_only_new_visible_items_on_its_subject(two_news):
    by_theme, by_sector = subscribe("thema@example.org"), subscribe("sector@example.org")
    by_sector.kind, by_sector.theme, by_sector.sector = "sector", None, two_news[0].sectors.get()
    by_search = subscribe("zoek@example.org")
    by_search.kind, by_search.theme, by_search.search = "search", None, "q=begroting&theme=achterban"
    old = subscribe("oud@example.org")
    old.confirmed_at = timezone.now()  # confirmed after the pages were published: nothing is new for it
    found = {sub.email: [page.title for page in topics.new_items(sub)] for sub in (by_theme, by_sector, by_search, old)}
    assert found == {"thema@example.org": ["Nieuws 1", "Nieuws 0"], "sector@example.org": ["Nieuws 0"],
                     "zoek@example.org": ["Nieuws 0"], "oud@example.org": []}  # fmt: skip


def titles_sent(inbox):
    return sorted(line for message in inbox.messages for line in inbox.text(message).splitlines()
                  if line.startswith("* "))  # fmt: skip


@pytest.mark.parametrize("moment", ["after finding the pages", "after taking the turn"])
def test_two_runs_at_once_send_each_page_once(moment, two_news, inbox, monkeypatch):
    subscribe("een@example.org")
    subscribe("twee@example.org")
    other_run, started = [], []
    if moment == "after finding the pages":
        hook, original = "take_turn", digest.take_turn  # the other run goes between finding and taking the turn
    else:
        hook, original = "claim", digest.claim  # both took their turn (the lock missed): only the claims are left
        monkeypatch.setattr(digest, "take_turn", lambda subscription, now: True)

    def interleaved(*args):
        if not started:
            started.append(True)
            other_run.append(digest.send_due())
        return original(*args)

    monkeypatch.setattr(digest, hook, interleaved)
    first = digest.send_due()
    assert (first[0] + other_run[0][0], first[1] + other_run[0][1]) == (2, 0)
    assert sorted(message["To"] for message in inbox.messages) == ["een@example.org", "twee@example.org"]
    assert titles_sent(inbox) == ["* Nieuws 0", "* Nieuws 0", "* Nieuws 1", "* Nieuws 1"]
    assert digest.send_due() == (0, 0)  # and later runs send nothing again


def test_a_failing_mail_server_fails_nothing_and_the_next_run_sends(two_news, inbox):
    subscribe("een@example.org")
    inbox.refuse = True
    assert digest.send_due() == (0, 1)
    assert not SentItem.objects.exists()  # the claims were given back
    inbox.refuse = False
    assert digest.send_due() == (1, 0)
    assert titles_sent(inbox) == ["* Nieuws 0", "* Nieuws 1"]


def test_daily_and_weekly_wait_for_their_period(two_news, inbox):
    daily, weekly = subscribe("dag@example.org", "daily"), subscribe("week@example.org", "weekly")
    assert digest.send_due() == (2, 0)
    SentItem.objects.all().delete()  # as if both pages were new again
    now = timezone.now()
    assert digest.send_due(now + datetime.timedelta(hours=2)) == (0, 0)
    assert digest.send_due(now + datetime.timedelta(days=1)) == (1, 0)
    assert digest.send_due(now + datetime.timedelta(days=7)) == (1, 0)
    assert [m["To"] for m in inbox.messages[2:]] == [daily.email, weekly.email]


def test_unconfirmed_addresses_go_after_a_week(db):
    waiting = Subscription.objects.create(email="wacht@example.org", language="en", kind="theme",
                                          theme=theme("achterban"), frequency="daily")  # fmt: skip
    assert digest.forget_unconfirmed() == 0
    assert digest.forget_unconfirmed(timezone.now() + datetime.timedelta(days=8)) == 1
    assert not Subscription.objects.filter(pk=waiting.pk).exists()
