"""The image's entry commands, run outside Docker.

The container's health check (deploy/healthcheck.py, the Dockerfile's HEALTHCHECK) is run as the container runs it,
a process of its own, against the site served on a real socket with a real host name in ALLOWED_HOSTS and the SSL
redirect on; the scheduler's loop touches its heartbeat only after a run that succeeded.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from deploy import healthcheck, scheduler

REPO = Path(__file__).resolve().parents[2]
HOST = "kennisbank.example.org"


@pytest.fixture
def served_site(serve):
    """The site on 127.0.0.1:<port> as production guards it: one host name, HTTPS only."""
    return serve(
        ALLOWED_HOSTS=[HOST], SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[],
        SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
    )  # fmt: skip


def run_check(port, allowed_hosts):
    env = {**os.environ, "PORT": str(port), "ALLOWED_HOSTS": allowed_hosts}
    return subprocess.run([sys.executable, "deploy/healthcheck.py"], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=30)  # fmt: skip


def test_the_container_health_check_passes_behind_a_real_host_name(served_site):
    passed = run_check(served_site, f"{HOST},www.{HOST}")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert passed.stdout.startswith("200 ") and '"database": "ok"' in passed.stdout
    # What the old check did (Host 127.0.0.1) is refused by a real ALLOWED_HOSTS, so that container never got healthy.
    refused = run_check(served_site, "127.0.0.1")
    assert refused.returncode == 1 and refused.stdout.startswith("400 ")
    assert healthcheck.host_header(".example.org,foo") == "example.org" and healthcheck.host_header("*") == "localhost"


def test_health_only_reads_and_answers_get_alone(client, db):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/health/")
    assert response.status_code == 200 and response.json()["database"] == "ok"
    assert "no-cache" in response["Cache-Control"]
    assert queries.captured_queries
    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in queries.captured_queries)
    assert client.post("/health/").status_code == 405


def test_the_scheduler_heartbeat_is_touched_only_after_a_successful_run(tmp_path):
    heartbeat = tmp_path / "heartbeat"
    assert scheduler.run_once([sys.executable, "-c", "raise SystemExit(3)"], heartbeat) == 3
    assert not heartbeat.exists()
    assert healthcheck.main(["--heartbeat", str(heartbeat)]) == 1  # never ran: unhealthy
    assert scheduler.run_once([sys.executable, "-c", "pass"], heartbeat) == 0
    assert healthcheck.main(["--heartbeat", str(heartbeat), "--max-age", "180"]) == 0
    old = time.time() - 181
    os.utime(heartbeat, (old, old))  # three missed rounds
    assert healthcheck.main(["--heartbeat", str(heartbeat), "--max-age", "180"]) == 1


def test_the_scheduler_loop_runs_the_job_round_after_round(tmp_path, monkeypatch):
    runs, heartbeat = tmp_path / "runs", tmp_path / "heartbeat"
    monkeypatch.setenv("SCHEDULER_INTERVAL", "0")
    monkeypatch.setenv("SCHEDULER_HEARTBEAT", str(heartbeat))
    scheduler.main([sys.executable, "-c", f"open({str(runs)!r}, 'a').write('x')"], rounds=3)
    assert runs.read_text() == "xxx" and heartbeat.exists()
    assert scheduler.COMMAND[1:] == ["manage.py", "publish_scheduled"]
