"""Rebuild search/evaluation/baseline.json on the three backends: `make search-baseline` (a deliberate step).

For each backend a throwaway site (the customer's exports and the demo content) is built, the judged queries are run
(`manage.py search_eval --write-baseline`, which rewrites the figures of the backend that answered), and the site is
removed: SQLite with database search in a file under var/; PostgreSQL (make postgres) with database search, and the
same database with the engine (make search-engine) under an index prefix of its own. Standard library only.
"""

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
BASELINE = "search/evaluation/baseline.json"
EXPORTS = os.environ.get("LOC_EXPORTS_DIR", str(REPO.parent / "shared" / "seeds"))
PREFIX = "searchbaseline_"


def manage(env, *args):
    print("$ manage.py", *args, flush=True)
    subprocess.run([PYTHON, "manage.py", *args], cwd=REPO, env=env, check=True)


def environment(**values):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SEARCH_URL", "REDIS_URL"}}
    return {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev", **values}


def build(env):
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_demo")
    manage(env, "import_loc", EXPORTS, "--publish")


def psql(sql):
    subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-p", os.environ.get("PG_PORT", "5433"), "-c", sql],
                   check=True, capture_output=True)  # fmt: skip


def main():
    sqlite = REPO / "var" / "search-baseline.sqlite3"
    sqlite.parent.mkdir(exist_ok=True)
    sqlite.unlink(missing_ok=True)
    env = environment(DATABASE_URL=f"sqlite:///{sqlite}")
    build(env)
    manage(env, "search_eval", "--write-baseline", BASELINE)
    sqlite.unlink()

    server = subprocess.run([PYTHON, "tests/services/postgres.py", "url"], cwd=REPO, capture_output=True, text=True)
    postgres = server.stdout.strip().rsplit("/", 1)[0] + "/kb_search_baseline"
    search_url = os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")
    psql('DROP DATABASE IF EXISTS "kb_search_baseline" WITH (FORCE)')
    psql('CREATE DATABASE "kb_search_baseline" OWNER kennisbank')
    try:
        engine = environment(DATABASE_URL=postgres, SEARCH_URL=search_url, SEARCH_INDEX_PREFIX=PREFIX)
        build(engine)  # fills the database backend's index and the engine's
        # As the quality gate does: merged into one segment, so documents replaced while building do not count in the
        # word statistics (tests/shared_data.compact_engine_index).
        merge = f"{search_url}/{PREFIX}*/_forcemerge?max_num_segments=1"
        urllib.request.urlopen(urllib.request.Request(merge, method="POST"), timeout=300)
        urllib.request.urlopen(urllib.request.Request(f"{search_url}/{PREFIX}*/_refresh", method="POST"), timeout=60)
        manage(environment(DATABASE_URL=postgres), "search_eval", "--write-baseline", BASELINE)
        manage(engine, "search_eval", "--write-baseline", BASELINE)
    finally:
        psql('DROP DATABASE IF EXISTS "kb_search_baseline" WITH (FORCE)')
        urllib.request.urlopen(urllib.request.Request(f"{search_url}/{PREFIX}*", method="DELETE"), timeout=30)


if __name__ == "__main__":
    main()
