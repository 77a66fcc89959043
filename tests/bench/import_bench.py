"""Benchmark: import the customer's exports into a fresh database, twice. Prints seconds per run.

python -m tests.bench.import_bench [PATH]      (default: LOC_EXPORTS_DIR, i.e. ../shared/seeds)
"""

import io
import json
import sys
import time

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


if __name__ == "__main__":
    main()
