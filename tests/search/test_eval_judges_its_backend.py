"""The search evaluation (`manage.py search_eval` and the quality gate) judges the backend it names: an answer the
engine failed on, which the database fallback gave, is never scored as the engine's."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from search import engine
from search.evaluation import scoring
from tests.search.dead_engine import dead_engine_backends

pytestmark = pytest.mark.django_db


def judged(corpus):
    return [{"q": "begroting", "lang": "nl", "kind": "stem", "relevant": [f"demo:{corpus['begroting'].slug}"]}]


def test_an_engine_that_does_not_answer_stops_the_evaluation(corpus, tmp_path):
    file = tmp_path / "judged.jsonl"
    file.write_text(json.dumps(judged(corpus)[0]) + "\n", encoding="utf-8")  # the same query for the command
    with override_settings(WAGTAILSEARCH_BACKENDS=dead_engine_backends()):
        with pytest.raises(scoring.BackendFailed, match="did not answer 'begroting'"):
            scoring.run(judged(corpus))
        with pytest.raises(CommandError, match="the figures would be the database fallback's"):
            call_command("search_eval", str(file))


@pytest.mark.engine
def test_an_engine_that_fails_once_is_asked_again(corpus, monkeypatch):
    real, calls = engine.search, []

    def fails_the_first_time(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise ConnectionError("the engine did not answer")
        return real(*args, **kwargs)

    monkeypatch.setattr(engine, "search", fails_the_first_time)
    backend, results = scoring.run(judged(corpus))
    assert not backend.startswith("database")
    assert results[0]["retried"] and results[0]["rank"] == 1
    assert len(calls) == 2
