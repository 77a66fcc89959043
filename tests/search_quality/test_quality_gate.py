"""The search quality gate (issue 17): the judged queries of search/evaluation/judged.jsonl, over the customer's
exports and the demo content, through the search service on each backend the run has. A backend under its floors
(search/evaluation/floors.json) fails the run; the figures and the queries whose rank changed against
search/evaluation/baseline.json are printed at the end (tests/search_quality/conftest.py). `make search-baseline`
runs these tests with SEARCH_WRITE_BASELINE set: the baseline is written from the very build the gate compares
against it (a separate build of the same content, with other index statistics, kept one engine rank apart).

A backend that was under its floor when the gate landed carries `below_on_main` in floors.json: its test is an
expected failure, strict, so it turns red the moment tuning lifts the figures over the floor (then delete the entry).
"""

import io
import json
import os
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from core import registry
from search.evaluation import paths, scoring

JUDGED = scoring.load(scoring.JUDGED)
JUDGED_PATHS = paths.load()
FLOORS = scoring.read_json(scoring.FLOORS)
HAS_ENGINE = "URLS" in settings.WAGTAILSEARCH_BACKENDS["default"]
ON_SQLITE = "sqlite" in settings.DATABASES["default"]["ENGINE"]
ENGINE = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1].rstrip("0123456789")  # opensearch


class BelowFloor(AssertionError):
    pass


def known_below(backend):
    reason = FLOORS.get(backend, {}).get("below_on_main")
    return pytest.mark.xfail(
        bool(reason), reason=f"under its floor on main: {reason}", strict=True, raises=BelowFloor
    )  # fmt: skip


def gate(expected_backend, record_quality):
    start = time.perf_counter()
    backend, results = scoring.run(JUDGED)
    seconds = time.perf_counter() - start
    assert backend == expected_backend, f"the {expected_backend} gate was answered by {backend}"
    figures = {**scoring.figures(results), "retried": sum(1 for result in results if result["retried"])}
    baseline = scoring.read_json(scoring.BASELINE).get(backend, {}).get("queries", {})
    if os.environ.get("SEARCH_WRITE_BASELINE"):  # `make search-baseline`: the baseline is this build's ranks
        scoring.write_baseline(scoring.BASELINE, backend, results)
    floors = FLOORS[backend]
    record_quality(backend, figures, floors, scoring.changes(results, baseline), seconds)
    below = [f"{name} {figures[name]:.3f} < {floors[name]}" for name in ("mrr", "success_at_3")
             if figures[name] < floors[name]]  # fmt: skip
    if below:
        raise BelowFloor(f"{backend} is under its floors: {', '.join(below)}; MRR by kind: {scoring.by_kind(results)}")


@pytest.mark.skipif(HAS_ENGINE or not ON_SQLITE, reason="the embedded run's backend (SQLite, database search)")
@known_below("database-sqlite")
def test_sqlite_database_search_meets_its_floors(judged_site, record_quality):
    gate("database-sqlite", record_quality)


@pytest.mark.postgres
@known_below("database-postgresql")
def test_postgresql_database_search_meets_its_floors(judged_site, record_quality):
    """PostgreSQL's database backend: the setup without an engine, and the engine's fallback."""
    backends = settings.WAGTAILSEARCH_BACKENDS
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": backends.get("fallback", backends["default"])}):
        gate("database-postgresql", record_quality)


@pytest.mark.engine
@known_below(ENGINE)
def test_engine_meets_its_floors(judged_site, record_quality):
    gate(ENGINE, record_quality)


def test_judged_set_has_every_kind_and_names_only_pages_that_exist(judged_site):
    """A judged key that names no page (a typo, a renamed slug) would quietly count as a miss on every backend."""
    dutch = [item for item in JUDGED if item["lang"] == "nl" and item["relevant"]]
    english = [item for item in JUDGED if item["lang"] == "en" and item["relevant"]]
    nothing = [item for item in JUDGED if not item["relevant"]]
    assert len(dutch) >= 60 and len(english) >= 15 and len(nothing) >= 8
    kinds = {item["kind"] for item in dutch}
    assert {"compound", "stem", "typo", "diacritics", "name", "question", "split"} <= kinds
    ids = [pk for model in registry.models() for pk in model.objects.live().values_list("pk", flat=True)]
    existing = set(scoring.item_keys(ids).values())
    assert {key for item in JUDGED for key in item["relevant"]} - existing == set()
    assert len({scoring.query_key(item) for item in JUDGED}) == len(JUDGED)


@pytest.mark.same_on_every_stack
def test_search_eval_compares_with_a_baseline_and_updates_it_only_when_asked(judged_site, tmp_path):
    judged, baseline = tmp_path / "judged.jsonl", tmp_path / "baseline.json"
    judged.write_text(
        '{"q": "jaarrekening", "lang": "nl", "relevant": ["demo:begroting-en-jaarrekening-lezen"]}\n'
        '{"q": "xqzjwv", "lang": "nl", "relevant": []}\n'
    )
    out = io.StringIO()
    call_command("search_eval", str(judged), write_baseline=str(baseline), stdout=out)
    stored = json.loads(baseline.read_text())["database-sqlite"]
    assert stored["queries"] == {"nl:jaarrekening": {"rank": 1}, "nl:xqzjwv": {"count": 0}}
    assert "MRR 1.000  success@3 1.000  nDCG@10 1.000  (1 queries)" in out.getvalue()
    assert "found nothing for 100% of 1 that should" in out.getvalue()
    stored["queries"]["nl:jaarrekening"]["rank"] = 4  # as if a change had moved the page up from rank 4
    baseline.write_text(json.dumps({"database-sqlite": stored}))
    out = io.StringIO()
    call_command("search_eval", str(judged), baseline=str(baseline), stdout=out)
    assert "1 queries changed rank" in out.getvalue()
    assert "4 -> 1         nl:jaarrekening" in out.getvalue()
    assert json.loads(baseline.read_text())["database-sqlite"]["queries"]["nl:jaarrekening"]["rank"] == 4


# Learning paths (issue 19): precision@3 of the judged paths of search/evaluation/paths.jsonl, on the same site.


PATH_FLOORS = paths.floors()


def paths_known_below(backend):
    reason = PATH_FLOORS.get("below_on_main", {}).get(backend)
    return pytest.mark.xfail(bool(reason), reason=f"under its floor: {reason}", strict=True, raises=BelowFloor)


def path_gate(expected_backend, record_paths):
    start = time.perf_counter()
    backend, results = paths.run(JUDGED_PATHS)
    assert backend == expected_backend, f"the {expected_backend} path gate was answered by {backend}"
    figures, floor = paths.figures(results), PATH_FLOORS[backend]
    record_paths(backend, figures, floor, time.perf_counter() - start)
    worst = [(round(r["precision"], 2), r["page"]) for r in results if r["precision"] < 0.5]
    if figures["precision_at_3"] < floor:
        raise BelowFloor(f"{backend}: learning paths' precision@3 {figures['precision_at_3']} < {floor}; {worst}")


@pytest.mark.skipif(HAS_ENGINE or not ON_SQLITE, reason="the embedded run's backend (SQLite, database search)")
@paths_known_below("database-sqlite")
def test_sqlite_learning_paths_meet_their_floor(judged_site, record_paths):
    path_gate("database-sqlite", record_paths)


@pytest.mark.postgres
@paths_known_below("database-postgresql")
def test_postgresql_learning_paths_meet_their_floor(judged_site, record_paths):
    """PostgreSQL without the engine (the taxonomy and the words alone), as when the engine is down."""
    backends = settings.WAGTAILSEARCH_BACKENDS
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": backends.get("fallback", backends["default"])}):
        path_gate("database-postgresql", record_paths)


@pytest.mark.engine
@paths_known_below(ENGINE)
def test_engine_learning_paths_meet_their_floor(judged_site, record_paths):
    path_gate(ENGINE, record_paths)


def test_judged_paths_name_only_pages_that_exist_and_every_article(judged_site):
    """Every judged key names a page, and every live Dutch article of the exports and the demo is judged."""
    ids = [pk for model in registry.models() for pk in model.objects.live().values_list("pk", flat=True)]
    existing = set(scoring.item_keys(ids).values())
    named = {item["page"] for item in JUDGED_PATHS} | {key for item in JUDGED_PATHS for key in item["relevant"]}
    assert named - existing == set()
    articles = registry.get("article").model.objects.live().filter(locale__language_code="nl")
    assert set(scoring.item_keys(list(articles.values_list("pk", flat=True))).values()) <= named
