"""docker-compose.yml and the Dockerfile describe a deployment that starts (no Docker engine here: parsed and checked).

Migrations run once, before the app and the scheduler; every long-running service restarts and has a health check
of its own; the scheduler's is its heartbeat, not the web app's; Redis is there for the shared cache; the image runs
no migration and installs the runtime requirements only.
"""

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.same_on_every_stack
REPO = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
DOCKERFILE = (REPO / "Dockerfile").read_text()


def instruction(name):
    """The Dockerfile's instruction `name` with its continuation lines joined."""
    text = DOCKERFILE.replace("\\\n", " ")
    return [line for line in text.splitlines() if line.startswith(name + " ")]


def test_migrations_run_once_before_the_app_and_the_scheduler():
    migrate = SERVICES["migrate"]
    assert migrate["command"] == ["python", "manage.py", "migrate", "--noinput"]
    assert migrate["restart"] == "no" and migrate["healthcheck"] == {"disable": True}
    for name in ("app", "scheduler"):
        depends = SERVICES[name]["depends_on"]
        assert depends["migrate"]["condition"] == "service_completed_successfully"
        for service in ("db", "opensearch", "redis"):
            assert depends[service]["condition"] == "service_healthy", (name, service)
        assert "migrate" not in " ".join(map(str, SERVICES[name].get("command", [])))
    (cmd,) = instruction("CMD")
    assert "gunicorn" in cmd and "migrate" not in cmd


def test_every_long_running_service_restarts_and_checks_its_health():
    for name, service in SERVICES.items():
        if name == "migrate":
            continue
        assert service["restart"] == "unless-stopped", name
        if name != "app":  # the app's check is the image's HEALTHCHECK
            assert service["healthcheck"]["test"][0] in {"CMD", "CMD-SHELL"}, name
    assert SERVICES["db"]["healthcheck"]["test"][1] == "pg_isready"
    assert SERVICES["redis"]["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]
    for engine in ("opensearch", "elasticsearch"):
        assert "_cluster/health" in SERVICES[engine]["healthcheck"]["test"][1]
    (healthcheck,) = instruction("HEALTHCHECK")
    assert '["python", "deploy/healthcheck.py"]' in healthcheck and "127.0.0.1" not in healthcheck


def test_the_scheduler_has_its_own_heartbeat_check_not_the_web_one():
    scheduler = SERVICES["scheduler"]
    assert scheduler["command"] == ["python", "deploy/scheduler.py"]
    test = scheduler["healthcheck"]["test"]
    heartbeat = test[test.index("--heartbeat") + 1]
    assert test[:3] == ["CMD", "python", "deploy/healthcheck.py"] and heartbeat.startswith("/tmp/")
    assert scheduler["environment"]["SCHEDULER_HEARTBEAT"] == heartbeat
    assert (REPO / "deploy" / "scheduler.py").is_file() and (REPO / "deploy" / "healthcheck.py").is_file()


def test_redis_serves_the_app_and_the_scheduler():
    assert SERVICES["redis"]["image"] == "redis:7"
    for name in ("app", "scheduler", "migrate"):
        assert SERVICES[name]["environment"]["REDIS_URL"] == "redis://redis:6379/0", name


def test_the_elasticsearch_profile_keeps_working():
    """Elasticsearch starts only with its profile, so nothing may need it unless it is asked for."""
    assert SERVICES["elasticsearch"]["profiles"] == ["elasticsearch"]
    for name, service in SERVICES.items():
        needs = (service.get("depends_on") or {}).get("elasticsearch")
        assert needs is None or needs["required"] is False, name
    assert all("profiles" not in SERVICES[name] for name in ("app", "scheduler", "migrate", "db", "opensearch"))


def test_the_image_installs_the_runtime_requirements_only():
    installs = [line for line in instruction("RUN") if "pip install" in line]
    assert installs and all(re.search(r"-r requirements\.txt\b", line) for line in installs)
    assert not [line for line in DOCKERFILE.splitlines() if "requirements-dev" in line and not line.startswith("#")]
    runtime = (REPO / "requirements.txt").read_text().lower()
    for tool in ("pytest", "playwright", "hypothesis", "ruff"):
        assert not re.search(rf"^{tool}\b", runtime, re.MULTILINE), tool
    for package in ("django-csp", "sentry-sdk"):
        assert re.search(rf"^{package}==", runtime, re.MULTILINE), package


def test_the_engine_the_tests_run_searches_as_production_does():
    """The test node (search/engine/opensearch.py) has production's search settings: each search reads the index's
    segments in two slices at once, so what the tests and search_bench measure is what production runs."""
    spec = importlib.util.spec_from_file_location("test_node", REPO / "search" / "engine" / "opensearch.py")
    node = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(node)
    tested = {key: str(value) for key, value in yaml.safe_load(node.NODE_SETTINGS).items() if key.startswith("search.")}
    production = {key: str(value) for key, value in SERVICES["opensearch"]["environment"].items()
                  if key.startswith("search.")}  # fmt: skip
    assert tested == production
    assert production["search.concurrent_segment_search.mode"] == "all"
    assert int(production["search.concurrent.max_slice_count"]) >= 2
