"""The quality gate's site and its report.

`judged_site` builds the customer's exports and the demo content once per module, in a transaction rolled back at
its end, on an engine index emptied first: only these documents are scored, whatever other tests indexed before.
The figures each gate test records are printed at the end of the run, with the queries whose rank changed against
the committed baseline (search/evaluation/baseline.json).
"""

import io
import time
from collections import defaultdict

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page

from search import service
from search.indexing import in_one_go
from tests.shared_data import analyze, clear_engine_index, compact_engine_index

REPORTS = []  # (backend, figures, floors, changed, seconds), in the order the tests ran
PATH_REPORTS = []  # (backend, figures, floor, seconds) of the learning paths (search/evaluation/paths.jsonl)
BUILD = {}  # seconds the site took to build


@pytest.fixture(scope="module")
def _judged_site_once(django_db_setup, django_db_blocker, seeds_dir):
    with django_db_blocker.unblock(), transaction.atomic():
        start = time.perf_counter()
        clear_engine_index()
        with in_one_go():  # each page indexed once, complete, as load_demo does alone
            call_command("load_demo", stdout=io.StringIO())
            call_command("import_loc", str(seeds_dir), publish=True, stdout=io.StringIO())
        index_site_structure()
        analyze()
        compact_engine_index()  # the word statistics of these documents alone, whatever ran before
        BUILD["seconds"] = time.perf_counter() - start
        yield
        transaction.set_rollback(True)
        clear_engine_index()


@pytest.fixture
def judged_site(_judged_site_once, db):
    """Each test inside the module's site, in a transaction of its own (`db` also makes pytest-django set up the
    test database at all)."""


def index_site_structure():
    """The home and section pages are in the engine on a real site (and in the baseline's): put them back."""
    backend = service.engine_backend()
    if backend is None:
        return
    by_model = defaultdict(list)
    for page in Page.objects.live().filter(depth__gt=1).specific():
        by_model[type(page)].append(page)
    for model, pages in by_model.items():
        backend.add_bulk(model, pages)


@pytest.fixture
def record_quality():
    def record(backend, figures, floors, changed, seconds):
        REPORTS.append((backend, figures, floors, changed, seconds))

    return record


@pytest.fixture
def record_paths():
    def record(backend, figures, floor, seconds):
        PATH_REPORTS.append((backend, figures, floor, seconds))

    return record


def pytest_terminal_summary(terminalreporter):
    write = terminalreporter.write_line
    if PATH_REPORTS:
        terminalreporter.section("learning paths (search/evaluation/paths.jsonl)")
        write(f"{'backend':22}{'precision@3':>12}{'article→module':>16}{'module→article':>16}   floor    time")
        for backend, figures, floor, seconds in PATH_REPORTS:
            by = figures["by_section"]  # an article's modules ("module"), a module's articles ("article")
            write(f"{backend:22}{figures['precision_at_3']:12.3f}{by.get('module', 0):16.3f}"
                  f"{by.get('article', 0):16.3f}   {floor:<5}{seconds:7.1f} s")  # fmt: skip
    if not REPORTS:
        return
    terminalreporter.section("search quality (search/evaluation/judged.jsonl)")
    write(f"the customer's exports and the demo built in {BUILD.get('seconds', 0):.1f} s")
    write(f"{'backend':22}{'MRR':>7}{'success@3':>11}{'nDCG@10':>9}{'no result':>11}   floors (MRR, success@3)   time")
    for backend, figures, floors, _changed, seconds in REPORTS:
        nothing = f"{figures['nothing_empty']:.0%} of {figures['nothing_queries']}"
        write(
            f"{backend:22}{figures['mrr']:7.3f}{figures['success_at_3']:11.3f}{figures['ndcg_at_10']:9.3f}"
            f"{nothing:>11}   {floors.get('mrr')}, {floors.get('success_at_3')}{seconds:14.1f} s"
        )
    for backend, figures, _floors, changed, _seconds in REPORTS:
        write(f"{backend}: {len(changed)} of {figures['queries'] + figures['nothing_queries']} queries changed "
              f"against the baseline (update it: make search-baseline)")  # fmt: skip
        for key, before, after in changed:
            write(f"  {before!s:>9} -> {after!s:<9} {key}")
        if figures.get("retried"):
            write(f"{backend}: {figures['retried']} queries answered on a second try (the engine failed once: the log)")
