# Everyday commands. `make run` serves the demo site; `make test` runs the whole suite.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: help install run migrate demo test test-fast lint format messages bench-import bench-pages clean

help:
	@echo "make run     install, migrate, load the demo content and serve http://127.0.0.1:$(PORT) (SQLite)"
	@echo "make test    the whole test suite"
	@echo "make lint    ruff check and format check"
	@echo "make bench-import / bench-pages   the import and page-speed benchmarks (print figures)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Re-install only when the requirement files change.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo

run: demo
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/pytest

test-fast: install
	$(BIN)/pytest -x -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install
	$(MANAGE) makemessages -l nl -l en --ignore=.venv --ignore=static_collected
	$(MANAGE) compilemessages --ignore=.venv

bench-import: install
	$(BIN)/python -m tests.bench.import_bench

bench-pages: install
	$(BIN)/python -m tests.bench.page_bench

clean:
	rm -rf $(VENV) static_collected .pytest_cache
