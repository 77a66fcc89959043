"""Where a search request's time goes, for `manage.py search_bench`: the engine, the database, the search log, us.

`Probe` watches one request at a time from the outside, without changing what runs:
- the engine: every `search` and `msearch` call of the engine client (the client's class, so a backend made per
  request is watched too), its round trip and the engine's own `took` for that very request body;
- the database: every query through `connection.execute_wrapper` (count and time);
- the search log: the time inside `search.querylog.record` (its one upsert counts as logging, not as database).
What is left of the request's time is ours: Django's middleware, parameter parsing, cache look-ups, cards, JSON.
"""

import time
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field

from django.db import connection
from django.utils import timezone

from . import querylog


@dataclass
class Sample:
    """One request: seconds spent in total, in engine round trips, in database queries and in the search log."""

    total: float = 0.0
    engine: float = 0.0
    took: float = 0.0  # the engine's own `took` (seconds), summed over the request's engine calls
    engine_calls: int = 0
    db: float = 0.0
    queries: int = 0
    log: float = 0.0
    logged: list = field(default_factory=list)  # (day, language, text, empty): what the search log counted

    @property
    def ours(self):
        return max(0.0, self.total - self.engine - self.db - self.log)


class Probe:
    def __init__(self, engine_client_class=None):
        self.client_class = engine_client_class
        self.current = None
        self.in_log = False

    @contextmanager
    def watching(self):
        """Install the watches for the duration of the block."""
        with ExitStack() as stack:
            stack.enter_context(connection.execute_wrapper(self._query))
            stack.enter_context(_patched(querylog, "record", self._logged(querylog.record)))
            if self.client_class is not None:
                for name in ("search", "msearch"):
                    original = getattr(self.client_class, name)
                    stack.enter_context(_patched(self.client_class, name, self._engine_call(original)))
            yield self

    def measure(self, call, *args, **kwargs):
        """Run `call` as one request; returns (its result, its Sample)."""
        self.current = sample = Sample()
        started = time.perf_counter()
        try:
            result = call(*args, **kwargs)
        finally:
            sample.total = time.perf_counter() - started
            self.current = None
        return result, sample

    def _query(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            if self.current is not None and not self.in_log:
                self.current.db += time.perf_counter() - started
                self.current.queries += 1

    def _logged(self, record):
        def watched(query, language, found):
            started = time.perf_counter()
            self.in_log = True
            try:
                return record(query, language, found)
            finally:
                self.in_log = False
                if self.current is not None:
                    self.current.log += time.perf_counter() - started
                    text = querylog.scrub(query)
                    if text:
                        self.current.logged.append((timezone.localdate(), language[:8], text, 0 if found else 1))

        return watched

    def _engine_call(self, method):
        probe = self

        def watched(client, *args, **kwargs):
            started = time.perf_counter()
            response = method(client, *args, **kwargs)
            if probe.current is not None:
                probe.current.engine += time.perf_counter() - started
                probe.current.engine_calls += 1
                probe.current.took += _took(response) / 1000
            return response

        return watched


def _took(response):
    """The engine's `took` in ms; an `_msearch` answer carries it at the top (or per search, which run in parallel)."""
    if "took" in response:
        return response["took"]
    return max((answer.get("took", 0) for answer in response.get("responses", [])), default=0)


@contextmanager
def _patched(owner, name, value):
    saved = owner.__dict__.get(name, None) if isinstance(owner, type) else getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        if saved is None and isinstance(owner, type):
            delattr(owner, name)
        else:
            setattr(owner, name, saved)
