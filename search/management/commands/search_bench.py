"""`manage.py search_bench --items N [--queries Q]`: how the search service holds up with N items.

Creates N synthetic items (search/bench_data.py), indexes them in bulk on every configured backend, measures each
kind of request the way a reader makes it (the search API, faceted, the suggestions API through Django's test client
with every middleware; related content as the content API asks it), prints one JSON object on stdout and removes
everything it created, the search log's counts included, also when it fails or is interrupted (Ctrl+C, SIGTERM).
Progress goes to stderr, so stdout can be piped into a file or `jq`.

Per kind: p50/p95 of the whole request in ms; with an engine, the engine's own `took` for the same request bodies
(p50) and our overhead over it; the medians of where the time went (search/bench_probe.py: engine round trip,
database queries and their number, the search log, our own code). Then the app's peak RSS, the engine's heap and the
load average before and after measuring. Without SEARCH_URL it measures the database backend (PostgreSQL's with
DATABASE_URL), the engine's fallback.
"""

import gc
import json
import math
import os
import random
import resource
import signal
import statistics
import time
import uuid
from collections import Counter
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.test import Client, override_settings
from django.urls import reverse
from modelsearch.conf import get_app_config
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core import cache, registry
from search import bench_data, bench_probe, engine, service
from search.backends.postgres import title_norms_at_end
from search.models import SearchQueryLog
from search.related import cached_related, related_items
from themes_taxonomy.models import Sector, Theme

# (content type, its index page, share of the items): roughly the proportions of the real knowledge base.
WARM_UP = 20
SETTLE_ROWS = 1000  # rows changed in a table since its last vacuum: autovacuum's own threshold is 50 plus a share
SETTLE_SECONDS = 120  # the longest the bench waits for the engine's merges


def chunks(values, size=bench_data.CHUNK):
    for start in range(0, len(values), size):
        yield values[start : start + size]


def percentiles(seconds):
    """p50 and p95 in milliseconds (nearest rank on the sorted samples)."""
    ordered = sorted(seconds)
    rank = lambda share: ordered[max(0, math.ceil(share * len(ordered)) - 1)]  # noqa: E731
    return {"p50": round(rank(0.50) * 1000, 2), "p95": round(rank(0.95) * 1000, 2)}


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")  # so the finally block removes what the bench created


class Command(BaseCommand):
    help = "Create N synthetic items, measure indexing and the search service, print JSON, remove the items."

    def add_arguments(self, parser):
        parser.add_argument("--items", type=int, required=True, help="How many items to create (e.g. 20000).")
        parser.add_argument("--queries", type=int, default=200, help="Timed calls per measurement (default 200).")
        parser.add_argument("--seed", type=int, default=1, help="Seed for the text and the queries.")

    def log(self, message):
        self.stderr.write(message)
        self.stderr.flush()

    def handle(self, *args, items, queries, seed, **options):
        if items < 1 or queries < 1:
            raise CommandError("--items and --queries must be at least 1.")
        signal.signal(signal.SIGTERM, _interrupt)
        self.run_id, self.seed, self.ids, self.keywords = uuid.uuid4().hex[:8], seed, {}, []
        self.engine = service.engine_backend()
        self.engine_touched, self.last_query = False, Query.objects.order_by("-pk").values_list("pk", flat=True).first()
        self.queries_sent, self.logged, self.client_number, self.heap_mb, self.load = set(), [], 0, {}, []
        # DEBUG (the development settings) would keep the SQL of every query in memory: at 200,000 items a gigabyte
        # of the app's peak RSS was PostgreSQL's index statements, which a production process never holds.
        with override_settings(DEBUG=False):
            try:
                self.create(items)
                index_rate = self.index()
                self.settle()
                self.heap()
                result = {"backend": self.engine.engine_family if self.engine else "database", "items": items,
                          "database": connection.vendor, "index_rate": index_rate,
                          **self.measure(queries)}  # fmt: skip
                result.update(memory=self.memory(), load_average=self.load)
            finally:
                self.remove()
        self.stdout.write(json.dumps(result))

    # Creating -------------------------------------------------------------------------------------------------

    def create(self, items):
        types = registry.models()  # the items are shared equally among the content types
        for model in types:
            leftovers = model.objects.filter(import_source__startswith=bench_data.MARKER).count()
            if leftovers:
                self.log(f"Warning: {leftovers} {model.__name__} pages of an earlier, killed bench run exist.")
        locale_id = Locale.objects.get(language_code="nl").pk
        themes = list(Theme.objects.filter(locale_id=locale_id).values_list("pk", flat=True))
        sectors = list(Sector.objects.filter(locale_id=locale_id).values_list("pk", flat=True))
        if not themes:
            raise CommandError("There are no Dutch themes; run `manage.py migrate` first.")
        text = bench_data.Text(self.seed)
        started = time.perf_counter()
        counts = [items // len(types)] * len(types)
        counts[0] += items - sum(counts)
        created = {}
        with transaction.atomic():  # all or nothing: an interrupted creation leaves no half-made pages
            keyword_ids, new_keywords = bench_data.ensure_keywords()
            for model, count in zip(types, counts, strict=True):
                progress = lambda done, name=model.__name__: self.log(f"created {done} {name} pages")  # noqa: E731
                taxonomy = (themes, sectors, keyword_ids)
                parent = registry.section(model)
                created[model] = bench_data.create_pages(model, parent, count, text, taxonomy, self.run_id, progress)
        self.ids, self.keywords = created, new_keywords  # committed: from here on remove() has work to do
        self.log(f"Created {items} pages in {time.perf_counter() - started:.1f} s")

    # Indexing -------------------------------------------------------------------------------------------------

    def index(self):
        """Index with each backend's bulk API; returns items per second on the default backend."""
        backends = {name: get_search_backend(name) for name in settings.WAGTAILSEARCH_BACKENDS}
        if self.engine is not None:
            self.refuse_foreign_documents()
            self.engine_touched = True
        spent, loading = dict.fromkeys(backends, 0.0), 0.0
        with title_norms_at_end():  # PostgreSQL's title norms once, at the refresh below (as update_index does)
            for model, ids in self.ids.items():
                for backend in backends.values():
                    if hasattr(backend, "ensure_mapping"):
                        backend.ensure_mapping(model)  # add_bulk alone would let the engine guess the mapping
                for chunk in chunks(ids):
                    started = time.perf_counter()
                    objects = list(model.get_indexed_objects().filter(pk__in=chunk)
                                   .prefetch_related("themes", "sectors", "keywords"))  # fmt: skip
                    loading += time.perf_counter() - started
                    for name, backend in backends.items():
                        started = time.perf_counter()
                        backend.add_bulk(model, objects)
                        spent[name] += time.perf_counter() - started
                self.log(f"indexed {len(ids)} {model.__name__} pages")
            for name, backend in backends.items():
                started = time.perf_counter()
                backend.get_index_for_model(Page).refresh()  # searchable from now on; part of the indexing time
                spent[name] += time.perf_counter() - started
        total = sum(map(len, self.ids.values()))
        self.log(f"Loading the pages for indexing (not counted): {loading:.1f} s")
        for name, seconds in spent.items():
            self.log(f"Indexing on '{name}': {seconds:.1f} s, {total / seconds:.0f} items/s")
        return round(total / spent["default"], 2)

    def settle(self, patience=SETTLE_SECONDS):
        """What a bulk load leaves to run in the background, done before measuring (and counted in no figure):
        PostgreSQL's VACUUM ANALYZE of the tables it changed, which autovacuum would otherwise start while the bench
        measures, on the same cores (it did, in runs of December 4 and 5); then the engine's merges, waited for. A
        site that grew to N items did both long ago. VACUUM cannot run in a transaction (a test's)."""
        started = time.perf_counter()
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            with connection.cursor() as cursor:
                cursor.execute("SELECT schemaname, relname FROM pg_stat_user_tables "
                               "WHERE n_ins_since_vacuum + n_mod_since_analyze > %s", [SETTLE_ROWS])  # fmt: skip
                quote = connection.ops.quote_name
                for schema, table in cursor.fetchall():
                    cursor.execute(f"VACUUM (ANALYZE) {quote(schema)}.{quote(table)}")
        deadline = time.monotonic() + patience
        while self.engine is not None and self.merging() and time.monotonic() < deadline:
            time.sleep(1)
        self.log(f"Settled (VACUUM ANALYZE, the engine's merges) in {time.perf_counter() - started:.1f} s")

    def merging(self):
        stats = self.engine.es.indices.stats(index=self.engine.get_index_for_model(Page).name, metric="merge")
        return stats["_all"]["total"]["merges"]["current"] > 0

    def refuse_foreign_documents(self):
        """Stop if the engine already holds documents with the new pages' ids.

        Those belong to something else (another database sharing the index, or stale entries): indexing would
        overwrite them and the removal afterwards would delete them.
        """
        found = self.engine_documents([pk for values in self.ids.values() for pk in values])
        if found:
            raise CommandError(f"The engine index already holds {found} documents with the ids of the new pages; "
                               "it is shared with another database or out of date. Not touching it.")  # fmt: skip

    def engine_documents(self, ids):
        """How many documents with these page ids the engine index holds (none when there is no index yet)."""
        if not self.engine.get_index_for_model(Page).exists():
            return 0
        body = lambda chunk: {"query": {"ids": {"values": [str(pk) for pk in chunk]}}, "size": 0,  # noqa: E731
                              "track_total_hits": True}  # fmt: skip
        return sum(engine.request(self.engine, body(chunk))["hits"]["total"]["value"] for chunk in chunks(ids, 5000))

    # Measuring ------------------------------------------------------------------------------------------------

    def measure(self, count):
        """Each kind of request as a reader makes it: the search API and the suggestions API through Django's test
        client (every middleware, the rate limit, the search log), related content as the content API asks it."""
        text, rng, total = bench_data.Text(self.seed + 1), random.Random(self.seed + 2), WARM_UP + count
        slugs = list(Theme.objects.filter(locale__language_code="nl").values_list("slug", flat=True))
        kinds = [model.kind_code for model in self.ids]
        search_api, autocomplete_api = reverse("search_api"), reverse("autocomplete_api")
        plain = [(search_api, {"q": text.query()}) for _ in range(total)]
        faceted = [(search_api, {"q": text.query(), "theme": rng.choice(slugs), "type": rng.choice(kinds)})
                   for _ in range(total)]  # fmt: skip
        prefixes = [(autocomplete_api, {"q": text.prefix()}) for _ in range(total)]
        all_ids = [(model, pk) for model, ids in self.ids.items() for pk in ids]
        pages = [model.objects.get(pk=pk) for model, pk in rng.sample(all_ids, min(len(all_ids), total))]
        pages = (pages * total)[:total]  # with fewer items than calls, pages repeat
        gc.collect()
        gc.freeze()  # what config/wsgi.py does once the app is loaded: no collector pass walks what is loaded
        self.load = [round(os.getloadavg()[0], 2)]
        client = Client(SERVER_NAME=_host())
        probe = bench_probe.Probe(type(self.engine.es) if self.engine else None)
        with probe.watching():
            results = {
                "search": self.timed("search", probe, lambda request: self.get(client, request), plain),
                "faceted": self.timed("faceted", probe, lambda request: self.get(client, request), faceted),
                "autocomplete": self.timed("autocomplete", probe, lambda request: self.get(client, request), prefixes),
                "related": self.timed("related", probe, related_items, pages),
            }
            for page in pages:
                cached_related(page)  # fill the cache; the timed second call below reads it
            results["related_cached"] = self.timed("related_cached", probe, cached_related, pages)
        self.load.append(round(os.getloadavg()[0], 2))
        return results

    def get(self, client, request):
        path, data = request
        self.client_number += 1
        address = f"10.{self.client_number >> 16 & 255}.{self.client_number >> 8 & 255}.{self.client_number & 255}"
        response = client.get(path, data, secure=True, REMOTE_ADDR=address)  # one client each: no rate limit hit
        if response.status_code != 200:
            raise CommandError(f"{path}?{urlencode(data)} answered {response.status_code}: {response.content[:200]}")
        self.degraded += bool(response.json().get("degraded"))
        self.queries_sent.add(normalise_query_string(data["q"]))
        return response

    def timed(self, name, probe, call, inputs):
        """Call once per input (made beforehand, untimed); the first WARM_UP calls warm caches and are not timed.
        Figures in ms: p50/p95 of the whole request, the engine's own `took` and our overhead over it (p50), and the
        medians of where the time went (engine round trip, database queries and their number, search log, ours)."""
        self.degraded, samples = 0, []
        for number, value in enumerate(inputs):
            _result, sample = probe.measure(call, value)
            self.logged += sample.logged
            if number >= WARM_UP:
                samples.append(sample)
        figures = percentiles([sample.total for sample in samples])
        median = lambda values: round(statistics.median(values) * 1000, 2)  # noqa: E731
        if self.engine is not None:
            figures["engine_took_p50"] = median([sample.took for sample in samples])
            figures["overhead_p50"] = round(figures["p50"] - figures["engine_took_p50"], 2)
        figures["median"] = {
            "engine_round_trip": median([sample.engine for sample in samples]),
            "engine_calls": statistics.median(sample.engine_calls for sample in samples),
            "database": median([sample.db for sample in samples]),
            "queries": statistics.median(sample.queries for sample in samples),
            "log": median([sample.log for sample in samples]),
            "ours": median([sample.ours for sample in samples]),
        }
        self.log(f"{name}: {json.dumps(figures)}")
        if self.degraded:
            self.log(f"Warning: {self.degraded} {name} answers came from the database fallback (the engine failed)")
        self.heap()
        return figures

    def heap(self):
        """The engine's JVM heap now (MB); the largest seen is printed."""
        if self.engine is None:
            return
        nodes = self.engine.es.nodes.stats(metric="jvm")["nodes"].values()
        used, limit = (sum(node["jvm"]["mem"][key] for node in nodes) / 2**20
                       for key in ("heap_used_in_bytes", "heap_max_in_bytes"))  # fmt: skip
        self.heap_mb = {"used_max": max(self.heap_mb.get("used_max", 0), round(used, 1)), "max": round(limit, 1)}

    def memory(self):
        """The app's peak resident set (ru_maxrss: KB on Linux) and the engine's heap."""
        return {"app_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "engine_heap_mb": self.heap_mb or None}  # fmt: skip

    # Removing -------------------------------------------------------------------------------------------------

    def remove(self):
        """Remove everything the run created; every step is tried even when an earlier one fails."""
        ids = [pk for values in self.ids.values() for pk in values]
        steps = [
            ("engine documents", lambda: self.remove_engine_documents(ids)),
            ("database index entries", lambda: self.remove_database_entries(ids)),
            ("pages and keywords", lambda: bench_data.remove_pages(self.ids, self.keywords)),
            ("search promotion queries", lambda: Query.objects.filter(
                pk__gt=self.last_query or 0, query_string__in=self.queries_sent).delete()),
            ("search log counts", self.remove_logged),
        ]  # fmt: skip
        started, failed = time.perf_counter(), []
        for name, step in steps:
            try:
                step()
            except Exception as error:  # noqa: BLE001 - report, then try the other steps
                self.log(f"Removing the bench's {name} failed: {error!r}")
                failed.append(name)
        cache.invalidate()  # what publishing or unpublishing pages does (core.cache): no cached page lists them
        if failed:
            raise CommandError(f"Not everything was removed ({', '.join(failed)}); bench pages are marked "
                               f"import_source={bench_data.MARKER}{self.run_id}")  # fmt: skip
        if ids:
            self.log(f"Removed {len(ids)} pages and their index entries in {time.perf_counter() - started:.1f} s")

    def remove_engine_documents(self, ids):
        if not self.engine_touched or not ids:
            return
        index = self.engine.get_index_for_model(Page)
        actions = ({"_op_type": "delete", "_id": str(pk)} for pk in ids)
        self.engine.bulk(self.engine.es, actions, index=index.name, raise_on_error=False)  # absent ids: fine
        index.refresh()
        left = self.engine_documents(ids)
        if left:
            raise RuntimeError(f"{left} bench documents are still in the engine index")

    def remove_database_entries(self, ids):
        """Bulk removal from the database backend's index, as its own delete_item does for one object."""
        index_entry = get_app_config().get_model("IndexEntry")  # wagtail.search's table, as modelsearch resolves it
        types = [ContentType.objects.get_for_model(model).pk for model in (Page, *self.ids)]
        for chunk in chunks(ids, 2000):
            entries = index_entry.objects.filter(content_type_id__in=types, object_id__in=[str(pk) for pk in chunk])
            entries._raw_delete(entries.db)

    def remove_logged(self):
        """Take the bench's searches out of the search log again: a reader's counts of the same texts stay."""
        counted = Counter((day, language, text) for day, language, text, _empty in self.logged)
        empty = Counter((day, language, text) for day, language, text, was_empty in self.logged if was_empty)
        with transaction.atomic():
            for (day, language, text), searches in counted.items():
                rows = SearchQueryLog.objects.filter(day=day, language=language, query=text)
                rows.update(searches=Greatest(F("searches") - searches, 0),
                            empty=Greatest(F("empty") - empty[day, language, text], 0))  # fmt: skip
                rows.filter(searches=0).delete()


def _host():
    """A host name the site accepts (ALLOWED_HOSTS), as a reader's browser would send it."""
    return next((host.lstrip(".") for host in settings.ALLOWED_HOSTS if host != "*"), "localhost")
