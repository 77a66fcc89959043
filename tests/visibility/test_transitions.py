"""Transitions: a live, indexed page whose outputs were all read (so every cache is warm) gets a view restriction,
expires or is unpublished; from then on it is gone from every output at once (index and caches follow).

Each transition has a state of its own (its "hidden" pages start visible, next to their control pages); every output
is read in both languages, the pages are checked to be there, the transition is applied to the hidden pages and their
English translations, and every output is read again without clearing any cache. Expiry is the clock passing the expiry
date set an hour ahead when the page was published: nothing is saved then, so nothing signals it.
"""

import contextlib
import datetime

import pytest
from django.db import transaction
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page
from wagtail.search import index

from core import cache

from .checks import problems_in, read_output, report
from .conftest import Reader, clear_caches, refresh_index
from .outputs import OUTPUTS
from .states import LANGUAGES, State
from .world import build_visible_state, restrict

pytestmark = pytest.mark.django_db

TRANSITIONS = [
    State("to-password", "wubraxol", "drompikel", None, "live, then given a password restriction"),
    State("to-login", "xarvendik", "blostemur", None, "live, then given a login restriction"),
    State("to-group", "yorpatrix", "cheldomak", None, "live, then given a group restriction"),
    State("to-expired", "zumbrelok", "frinsavud", None, "live, then its expiry date passes"),
    State("to-unpublished", "quintarok", "glemsabor", None, "live, then unpublished"),
]


def hidden_pages(sw):
    return [*sw.hidden["nl"].values(), *sw.hidden["en"].values(), sw.anchor["en"]]


EXPIRY = datetime.timedelta(hours=1)


def prepare(sw):
    """The expiring pages were published with an expiry date an hour ahead: indexed with it, caches emptied."""
    if sw.state.code == "to-expired":
        for page in hidden_pages(sw):
            Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() + EXPIRY)
            index.insert_or_update_object(type(page).objects.get(pk=page.pk))
        cache.invalidate()


def apply(world, sw):
    """Returns the clock to read the outputs with afterwards: for expiry, two hours later (nothing is saved)."""
    code = sw.state.code.removeprefix("to-")
    if code == "expired":
        return freeze_time(timezone.now() + 2 * EXPIRY, tick=True)
    for page in hidden_pages(sw):
        if code in ("password", "login", "group"):
            restrict(page, code, world.group)
        else:
            type(page).objects.get(pk=page.pk).unpublish()
    return contextlib.nullcontext()


# The four transitions that take effect at once share one build and one reading of every output (a reader's answers
# to shared addresses, such as the sitemap, serve them all); expiry reads its outputs under a clock two hours ahead,
# which would let the others' cached fragments run out by themselves, so it gets a build of its own.
GROUPS = {
    "at-once": [state for state in TRANSITIONS if state.code != "to-expired"],
    "by-the-clock": [state for state in TRANSITIONS if state.code == "to-expired"],
}


@pytest.fixture(scope="module", params=list(GROUPS))
def transitions(request, world, django_db_blocker):
    """[(state world, {(output, lang): (texts, problems) before}, {...: after})] for one group of transitions, inside
    a savepoint rolled back after."""
    with django_db_blocker.unblock():
        savepoint = transaction.atomic()
        savepoint.__enter__()
        try:
            clear_caches()
            states = GROUPS[request.param]
            worlds = [build_visible_state(world, state, 30 + TRANSITIONS.index(state)) for state in states]
            for sw in worlds:
                prepare(sw)
            refresh_index()
            befores = [{} for _sw in worlds]
            warm = Reader()
            for sw, before in zip(worlds, befores, strict=True):
                for output in OUTPUTS:
                    for lang in LANGUAGES:
                        before[output.name, lang] = read_output(warm, output, world, sw, lang)
            clocks = [apply(world, sw) for sw in worlds]
            refresh_index()
            cold = Reader()  # a new reader: the site's caches stay as they were
            afters = [{} for _sw in worlds]
            with clocks[0]:  # the group's one clock: real time, or two hours ahead for expiry
                for sw, after in zip(worlds, afters, strict=True):
                    for output in OUTPUTS:
                        for lang in LANGUAGES:
                            after[output.name, lang] = read_output(cold, output, world, sw, lang)
            yield list(zip(worlds, befores, afters, strict=True))
        finally:
            transaction.set_rollback(True)
            savepoint.__exit__(None, None, None)
            clear_caches()


def test_the_pages_were_visible_indexed_and_cached_before(transitions):
    for sw, before, _after in transitions:
        seen = [key for key, (texts, _problems) in before.items()
                if any(sw.state.secret in t.lower() for t in texts.values())]  # fmt: skip
        assert len(seen) >= len(OUTPUTS), f"{sw.state.description}: the pages to hide were found in only {seen}"


CELLS = [pytest.param(output, lang, id=f"{output.name}-{lang}") for output in OUTPUTS for lang in LANGUAGES]


@pytest.mark.parametrize("output, lang", CELLS)
def test_gone_from_every_output_at_once(world, transitions, output, lang):
    found = []
    for sw, _before, after in transitions:
        texts, problems = after[output.name, lang]
        problems = problems_in(output, world, sw, lang, texts, problems)
        if problems:
            found.append(report(sw, output, lang, problems))
    assert not found, "\n".join(found)
