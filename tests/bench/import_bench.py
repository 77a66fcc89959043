"""Benchmark: import the customer's exports into a fresh database, twice. Prints seconds per run.

Then the parse time of 5 MB exports made of the pathological shapes (long runs of blank lines, very long lines, no
line breaks; tests/bench/pathological.py): parsing is linear, so each takes at most PARSE_LIMIT seconds.

python -m tests.bench.import_bench [PATH]      (default: LOC_EXPORTS_DIR, i.e. ../shared/seeds)
"""

import io
import json
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.setup import fresh_django


def main():
    fresh_django("import")
    from django.conf import settings
    from django.core.management import call_command

    path = sys.argv[1] if len(sys.argv) > 1 else str(settings.LOC_EXPORTS_DIR)
    for run in ("first", "second"):
        started = time.perf_counter()
        call_command("import_loc", path, publish=True, report="/dev/null", stdout=io.StringIO())
        elapsed = time.perf_counter() - started
        print(json.dumps({"run": run, "path": path, "seconds": round(elapsed, 3)}))
    parse_pathological()


PARSE_LIMIT = 2.0


def parse_pathological():
    from articles.importer.parsing.common import MAX_EXPORT_BYTES
    from tests.bench.pathological import parse_seconds, pathological_export

    folder = Path(tempfile.mkdtemp(prefix="kennisbank-parse-"))
    shapes = {
        "article with pathological shapes": pathological_export("article", MAX_EXPORT_BYTES - 50_000),
        "guide with pathological shapes": pathological_export("guide", MAX_EXPORT_BYTES - 50_000),
        "no line breaks at all": "woord " * ((MAX_EXPORT_BYTES - 50_000) // 6),
    }
    for name, text in shapes.items():
        path = folder / "export.txt"
        path.write_text(text, encoding="utf-8")
        seconds = parse_seconds(path)
        print(json.dumps({"parse": name, "megabytes": round(path.stat().st_size / 2**20, 2),
                          "seconds": round(seconds, 3), "limit": PARSE_LIMIT}))  # fmt: skip


if __name__ == "__main__":
    main()
