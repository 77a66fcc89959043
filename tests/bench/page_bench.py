"""Benchmark: with the demo content on the embedded default (SQLite, DEBUG off), time home, theme and article pages.

Requests go through Django's full handler stack in-process (no network, no web server). "warm" is what readers
get once the page's fragments are cached; "cold" clears the cache before every request (as right after a publish).
Prints one JSON line per page with p50/p95 in milliseconds and the SQL queries of one request.

    python -m tests.bench.page_bench [REQUESTS]    (default 300 per page)
"""

import io
import json
import sys
import time

from tests.bench.setup import fresh_django, percentile


def main():
    fresh_django("pages")
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from articles.models import ArticlePage, ModulePage, PracticalExamplePage

    call_command("load_demo", stdout=io.StringIO())
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    client = Client(HTTP_HOST="localhost")
    pages = {
        "home": "/",
        "theme": "/themas/achterban/",
        "article": ArticlePage.objects.live().first().url,
        "module": ModulePage.objects.live().first().url,
        "example": PracticalExamplePage.objects.live().first().url,
        "article index": "/artikelen/",
    }
    for name, url in pages.items():
        assert client.get(url).status_code == 200, url
        figures = {"page": name, "url": url, "requests": count}
        for state in ("warm", "cold"):
            samples, queries = [], []
            for _ in range(count):
                if state == "cold":
                    cache.clear()
                executed = []

                def count(run, sql, *args, executed=executed):
                    executed.append(sql)
                    return run(sql, *args)

                with connection.execute_wrapper(count):
                    started = time.perf_counter()
                    client.get(url)
                    samples.append((time.perf_counter() - started) * 1000)
                queries.append(len(executed))
            figures[state] = {
                "p50_ms": round(percentile(samples, 0.5), 2),
                "p95_ms": round(percentile(samples, 0.95), 2),
                "queries": max(queries),
            }
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
