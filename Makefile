# Everyday commands. `make run` serves the demo site; `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

SEARCH_PORT ?= 9200
export SEARCH_PORT
# Python writes the bytecode of what it imports (`__pycache__/`, ignored by git), so that only the first process
# compiles Django, Wagtail and the project: an environment with PYTHONDONTWRITEBYTECODE set (this machine's is) has
# every process compile them again, 2.5 s of CPU to start Django for each demo-site command, gunicorn and subprocess.
unexport PYTHONDONTWRITEBYTECODE
PROD_DATABASE_URL = $(shell $(PYTHON) tests/services/postgres.py url)
PROD_SEARCH_URL ?= http://127.0.0.1:$(SEARCH_PORT)
PROD_REDIS_URL = $(shell $(PYTHON) tests/services/redis.py url)

.PHONY: help install install-runtime run migrate demo test test-embedded test-production test-fast lint format \
	messages bench-import bench-pages browser-tools clean postgres postgres-stop search-engine search-engine-stop \
	redis redis-stop services publish-scheduled scheduler search-baseline

help:
	@echo "make run     install, migrate, load the demo content and serve http://127.0.0.1:$(PORT) (SQLite)"
	@echo "make test    the whole suite: on SQLite + database search, then on PostgreSQL + OpenSearch (prints times)"
	@echo "make postgres / search-engine / redis (and -stop)   the production-stack services for tests and development"
	@echo "make lint    ruff check and format check, and the layers' import contracts (make test runs it)"
	@echo "make browser-tools   Debian's Chromium and the npm packages of the browser tests (make test does this)"
	@echo "make bench-import / bench-pages   the import and page-speed benchmarks (print figures)"
	@echo "make publish-scheduled   publish pages whose go-live date passed, unpublish expired ones (once)"
	@echo "make scheduler           the same every minute, until stopped (what production runs)"

# The venv's packages are installed by uv (from PyPI, pinned below), which fetches and installs them in parallel:
# 12 s for the test tool chain on a clean machine, where pip took 34 s of every `make test` from a clean clone.
UV_VERSION ?= 0.13.9
UV := $(BIN)/uv pip install --quiet --python $(BIN)/python

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(BIN)/uv: | $(BIN)/python
	$(BIN)/pip install --quiet uv==$(UV_VERSION)

# Re-install only when the requirement files change. `make run` needs the runtime requirements alone; the tests add
# their tool chain (requirements-dev.txt: pytest, Playwright, Hypothesis, ruff, ...).
$(VENV)/.runtime: requirements.txt | $(BIN)/uv
	$(UV) -r requirements.txt
	touch $@

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/uv
	$(UV) -r requirements-dev.txt
	touch $(VENV)/.runtime $@

install-runtime: $(VENV)/.runtime

install: $(VENV)/.installed

migrate: install-runtime
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo
	$(MANAGE) create_demo_users

run: demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# The whole suite on two stacks, side by side (one core each): the embedded default (SQLite, database search) and the
# production stack (real PostgreSQL and OpenSearch). The production run leaves out the browser checks marked
# same_on_every_stack (HTML that both stacks write alike, judged in the embedded run); its output is printed when it
# ends. The services and the browser tools get ready in the background while the venv installs.
# tests/services/timed.py prints how long each part took (also when one fails).
TIMED := $(PYTHON) tests/services/timed.py
# The production run is the longer one (its services share the cores) and one chain of steps (pytest waiting on
# PostgreSQL, OpenSearch and Chromium in turn): where both want a core it goes first, and the embedded run takes
# what it leaves. At nice 5 the embedded run still took a quarter of a contested core and ended 104 s before the
# production run (9:15 in all); at 19 it takes what is idle.
EMBEDDED_NICE ?= 19
MAKE_PART := $(MAKE) --no-print-directory

test:
	@$(TIMED) reset
	@$(TIMED) background services -- $(MAKE_PART) services
	@$(TIMED) background "browser tools" -- $(MAKE_PART) browser-tools
	@$(TIMED) run install -- $(MAKE_PART) install
	@$(TIMED) run "lint and layers (ruff, import-linter)" -- $(MAKE_PART) lint
	@$(TIMED) wait "browser tools"
	@$(TIMED) background "production run (PostgreSQL, OpenSearch)" -- \
		sh -c '$(TIMED) wait services && exec $(MAKE_PART) test-production'
	@$(TIMED) run --no-report "embedded run (SQLite, database search)" -- nice -n $(EMBEDDED_NICE) $(MAKE_PART) test-embedded; \
		embedded=$$?; $(TIMED) wait --no-report "production run (PostgreSQL, OpenSearch)"; production=$$?; \
		$(TIMED) report; test $$embedded -eq 0 -a $$production -eq 0

test-embedded: install browser-tools
	env -u DATABASE_URL -u SEARCH_URL -u REDIS_URL $(BIN)/pytest

test-production: install browser-tools services
	DATABASE_URL=$(PROD_DATABASE_URL) SEARCH_URL=$(PROD_SEARCH_URL) REDIS_URL=$(PROD_REDIS_URL) \
		$(BIN)/pytest -m "not same_on_every_stack"

services: postgres search-engine redis

# Debian's Chromium, and axe-core and the Nu Html Checker from npm (package-lock.json), for tests/browser.
browser-tools:
	$(PYTHON) tests/services/browser.py install

postgres:
	$(PYTHON) tests/services/postgres.py start

postgres-stop:
	$(PYTHON) tests/services/postgres.py stop

search-engine:
	$(PYTHON) search/engine/opensearch.py start

search-engine-stop:
	$(PYTHON) search/engine/opensearch.py stop

# The production cache, shared by every app process and the scheduler (Debian's redis-server, in memory only).
redis:
	$(PYTHON) tests/services/redis.py start

redis-stop:
	$(PYTHON) tests/services/redis.py stop

# Go-live and expiry dates take effect when this runs; production runs it every minute (docker-compose: scheduler).
publish-scheduled: install-runtime
	$(MANAGE) publish_scheduled

scheduler: install-runtime
	while true; do $(MANAGE) publish_scheduled; sleep $${SCHEDULER_INTERVAL:-60}; done

test-fast: install
	$(BIN)/pytest -x -q

# ruff (with no project import inside a function) and import-linter's layer contracts (pyproject.toml).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install
	$(MANAGE) makemessages -l nl -l en --ignore=.venv --ignore=static_collected --ignore=tests --ignore=var --ignore=media
	$(MANAGE) compilemessages --ignore=.venv

# Rewrite search/evaluation/baseline.json with the judged queries' ranks on SQLite, PostgreSQL and the engine, from the
# quality gate's own build (tests/search_quality): deliberate, after a change that should move ranks (make test prints
# the queries whose rank changed against it; the file's diff says which).
search-baseline: install services
	SEARCH_WRITE_BASELINE=1 env -u DATABASE_URL -u SEARCH_URL -u REDIS_URL $(BIN)/pytest -q -p no:cacheprovider \
		tests/search_quality -k meets_its_floors
	SEARCH_WRITE_BASELINE=1 DATABASE_URL=$(PROD_DATABASE_URL) SEARCH_URL=$(PROD_SEARCH_URL) REDIS_URL=$(PROD_REDIS_URL) \
		$(BIN)/pytest -q -p no:cacheprovider tests/search_quality -k meets_its_floors

bench-import: install
	$(BIN)/python -m tests.bench.import_bench

bench-pages: install
	$(BIN)/python -m tests.bench.page_bench

clean:
	rm -rf $(VENV) node_modules static_collected .pytest_cache test-artifacts
