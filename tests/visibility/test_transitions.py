"""Transitions: a live, indexed page whose outputs were all read (so every cache is warm) gets a view restriction,
expires or is unpublished; from then on it is gone from every output at once (index and caches follow).

Each transition has a state of its own (its "hidden" pages start visible, next to their control pages); every output
is read in both languages, the pages are checked to be there, the transition is applied to the hidden pages and their
English translations, and every output is read again without clearing any cache. Expiry is the clock passing the expiry
date set minutes ahead when the page was published: nothing is saved then, so nothing signals it.
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
from tests.shared_data import analyze

from .checks import problems_in, read_output, report
from .conftest import Reader, clear_caches, refresh_index
from .outputs import OUTPUTS
from .states import LANGUAGES, State
from .world import build_visible_state, restrict

pytestmark = pytest.mark.django_db

# One restriction transition: the three kinds (password, login, group) take the same path when added to a live page
# (a PageViewRestriction saved: every cached output renewed, the page and its descendants taken out of the index),
# and the static matrix (test_matrix.py) checks each kind on every output and backend. A login restriction is the
# one this site's editors use ("members only").
TRANSITIONS = [
    State("to-login", "xarvendik", "blostemur", None, "live, then given a login restriction"),
    State("to-expired", "zumbrelok", "frinsavud", None, "live, then its expiry date passes"),
    State("to-unpublished", "quintarok", "glemsabor", None, "live, then unpublished"),
]


def hidden_pages(sw):
    return [*sw.hidden["nl"].values(), *sw.hidden["en"].values(), sw.anchor["en"]]


# Expiry is set six minutes ahead and the clock moved six and a half: past the expiry, but short of the ten minutes
# that cached fragments live (core.cache.TIMEOUTS), so only their cut at the next expiry can take the page out.
EXPIRY = datetime.timedelta(minutes=6)
PAST_EXPIRY = EXPIRY + datetime.timedelta(seconds=30)


def prepare(sw):
    """The expiring pages were published with an expiry date minutes ahead: indexed with it, caches emptied."""
    if sw.state.code == "to-expired":
        for page in hidden_pages(sw):
            Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() + EXPIRY)
            index.insert_or_update_object(type(page).objects.get(pk=page.pk))
        cache.invalidate()


def apply(world, sw):
    """Returns the clock to read the outputs with afterwards: for expiry, just past it (nothing is saved)."""
    code = sw.state.code.removeprefix("to-")
    if code == "expired":
        return freeze_time(timezone.now() + PAST_EXPIRY, tick=True)
    for page in hidden_pages(sw):
        if code in ("password", "login", "group"):
            restrict(page, code, world.group)
        else:
            type(page).objects.get(pk=page.pk).unpublish()
    return contextlib.nullcontext()


def read_all(reader, world, worlds):
    """For each state world: {(output, lang): (texts, problems)}, every output read in both languages."""
    cells = [(output, lang) for output in OUTPUTS for lang in LANGUAGES]
    return [{(out.name, lang): read_output(reader, out, world, sw, lang) for out, lang in cells} for sw in worlds]


@pytest.fixture(scope="module")
def transitions(world, django_db_blocker):
    """[(state world, {(output, lang): (texts, problems) before}, {...: after})], inside a savepoint rolled back after.

    One build and one warm reading for all three (a reader's answers to shared addresses, such as the sitemap, serve
    them all). The two transitions that take effect at once are applied and read first, in real time, by a new
    reader (the site's caches stay as they were); then the clock passes the expiry date and expiry is read by another
    new reader. Reading those first keeps the clock from letting their cached fragments run out by themselves.
    """
    with django_db_blocker.unblock():
        savepoint = transaction.atomic()
        savepoint.__enter__()
        try:
            clear_caches()
            worlds = [build_visible_state(world, state, 30 + number) for number, state in enumerate(TRANSITIONS)]
            for sw in worlds:
                prepare(sw)
            analyze()
            refresh_index()
            befores = read_all(Reader(), world, worlds)
            at_once = [sw for sw in worlds if sw.state.code != "to-expired"]
            by_the_clock = [sw for sw in worlds if sw.state.code == "to-expired"]
            for sw in at_once:
                apply(world, sw)
            refresh_index()
            afters = read_all(Reader(), world, at_once)
            (clock,) = [apply(world, sw) for sw in by_the_clock]
            with clock:  # past the expiry: nothing was saved, so only the clock tells
                afters += read_all(Reader(), world, by_the_clock)
            ordered = at_once + by_the_clock
            yield list(zip(ordered, [befores[worlds.index(sw)] for sw in ordered], afters, strict=True))
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
