"""The replay of missed index updates cannot jam (search/backlog.py): each entry on its own, a failing one never
blocks the others, a newer failure is never dropped, no two workers take the same entry, and only the scheduled job
replays. A recording stand-in for the engine makes this cheap on every stack; test_resilience.py replays into the
real engine."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from home.editorial import roles
from search import backlog, service
from search.models import IndexBacklog
from search.params import SearchParams
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


class Index:
    """The engine's index as the replay sees it: `on_add(obj)` may fail or do what happens meanwhile."""

    def __init__(self, on_add=None):
        self.added, self.on_add = [], on_add

    def add_item(self, obj):
        if self.on_add:
            self.on_add(obj)
        self.added.append(obj.pk)

    def delete_item(self, obj):
        self.added.append(-int(obj.pk))


class Backend:
    def __init__(self, index):
        self.index = index

    def get_index_for_model(self, model):
        return self.index


def missed(*titles):
    pages = [ArticlePageFactory(title=title) for title in titles]
    IndexBacklog.objects.all().delete()  # on the engine stack the pages were indexed: start from a known backlog
    for page in pages:
        backlog.record(page)
    return pages


def test_a_failing_entry_never_blocks_the_others(home):
    broken, fine = missed("Kapot document", "Goed document")

    def fail_on_broken(obj):
        if obj.pk == broken.pk:
            raise ValueError("mapper_parsing_exception")

    index = Index(fail_on_broken)
    assert backlog.replay(Backend(index)) == (1, 1)
    assert index.added == [fine.pk]
    entry = IndexBacklog.objects.get()  # only the broken one waits, with why
    assert (entry.object_id, entry.attempts, entry.last_error) == (
        str(broken.pk),
        1,
        "ValueError: mapper_parsing_exception",
    )
    assert entry.last_attempt_at is not None and entry.claimed_until is None
    assert backlog.replay(Backend(index)) == (0, 1) and IndexBacklog.objects.get().attempts == 2


def test_a_newer_failure_during_the_replay_is_kept(home):
    (page,) = missed("Twee keer gewijzigd")
    # While the replay indexes the page, an editor changes it again and that update misses the engine too.
    assert backlog.replay(Backend(Index(backlog.record))) == (1, 0)
    entry = IndexBacklog.objects.get()
    assert entry.object_id == str(page.pk) and entry.version == 2 and entry.claimed_until is None
    index = Index()
    assert backlog.replay(Backend(index)) == (1, 0) and index.added == [page.pk]  # the next run replays it
    assert not IndexBacklog.objects.exists()


def test_two_workers_never_take_the_same_entry(home):
    first, second = missed("Eerste", "Tweede")
    other_worker = Index()

    def meanwhile_another_worker_runs(obj):
        if obj.pk == first.pk:
            backlog.replay(Backend(other_worker))

    index = Index(meanwhile_another_worker_runs)
    backlog.replay(Backend(index))
    assert other_worker.added == [second.pk]  # the one the first worker holds is left alone
    assert index.added == [first.pk]  # and the first worker leaves what the other did
    assert not IndexBacklog.objects.exists()


def test_a_removed_page_is_removed_from_the_index(home):
    (page,) = missed("Verwijderd")
    pk = page.pk
    page.delete()
    IndexBacklog.objects.exclude(object_id=str(pk)).delete()
    index = Index()
    backlog.replay(Backend(index))
    assert index.added == [-pk]


def test_only_the_scheduled_job_replays(client, home, monkeypatch):
    missed("Wacht op de geplande taak")
    calls = []
    monkeypatch.setattr(backlog, "replay", lambda backend, limit=500: calls.append(backend) or (0, 0))
    service.search(SearchParams(query="taak"))
    health = client.get("/health/").json()
    assert calls == [] and IndexBacklog.objects.count() == 1  # a reader's search and /health/ only read
    if health["backend"] != "database":  # what waits, and since when
        assert health["missed_updates"] == 1 and health["oldest_missed_seconds"] >= 0
    call_command("publish_scheduled", stdout=None)
    assert len(calls) == (health["backend"] != "database")


def test_the_admin_shows_what_waits_and_why(client, home, make_user):
    (page,) = missed("Wacht met een fout")
    IndexBacklog.objects.update(attempts=3, last_error="ConnectionError: engine down")
    client.force_login(make_user(roles.EINDREDACTIE))
    html = client.get(reverse("kennisbank_index_backlog")).content.decode()
    assert f"articles.ArticlePage {page.pk}" in html and "ConnectionError: engine down" in html
    assert "<td>3</td>" in html
