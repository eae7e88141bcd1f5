# Kennisbank Buurtplatformen. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=kennisbank.settings.dev

.DEFAULT_GOAL := help
.PHONY: help run test test-fast test-browser install install-test migrate demo lint format check clean bench

help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed-runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements.txt requirements-test.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@ $(VENV)/.installed-runtime

install: $(VENV)/.installed-runtime ## Create .venv and install the runtime requirements

# axe-core for the browser tests, from package-lock.json; reinstalled only when the lock file changes.
node_modules/.installed: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install-test: $(VENV)/.installed-test node_modules/.installed ## Install the test requirements too (pip and npm)

migrate: install ## Apply database migrations (SQLite by default, DATABASE_URL otherwise)
	$(DEV) $(PY) manage.py migrate --noinput

demo: migrate ## Load the demo content and the demo editor login (idempotent)
	$(DEV) $(PY) manage.py load_demo_content

run: demo ## Set up everything and serve the site with demo content on http://127.0.0.1:$(PORT)
	@echo "Site: http://127.0.0.1:$(PORT)/  Admin: http://127.0.0.1:$(PORT)/admin/"
	@# The task worker (form e-mails) runs beside the server on the database queue and stops with it.
	TASKS_BACKEND=db $(DEV) $(PY) manage.py db_worker --no-reload --interval 2 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	TASKS_BACKEND=db $(DEV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install-test ## Run the whole test suite (SQLite, or PostgreSQL when DATABASE_URL is set)
	$(PY) -m pytest

test-fast: install-test ## Run the suite without the real-browser tests
	$(PY) -m pytest -m "not browser"

test-browser: install-test ## Run only the real-browser tests (needs /usr/bin/chromium)
	$(PY) -m pytest -m browser

lint: install-test ## Run ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-test ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install-test ## Django system checks and the migrations check
	$(DEV) $(PY) manage.py check
	$(DEV) $(PY) manage.py makemigrations --check --dry-run

bench: install ## Benchmark against the framework floor (PostgreSQL, Redis, wrk; first run about 20 minutes; not part of test)
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk) \
		|| echo "wrk could not be installed: bench/run.py falls back to its Python load generator"
	$(PY) -m bench.run

clean: ## Remove the virtualenv, the SQLite database and collected files
	rm -rf $(VENV) db.sqlite3 staticfiles media-test
