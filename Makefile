# Two commands do everything on a fresh machine:
#   make run   — virtualenv, dependencies, database, demo content, server at http://127.0.0.1:8000
#   make test  — lint, checks, migrations check, tests on SQLite and PostgreSQL, browser tests
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# PostgreSQL used by `make test` (a test database is created from this name).
TEST_PG_URL ?= postgres://postgres@127.0.0.1:5432/tdkt
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test venv deps dev-deps migrate demo serve lint check test-sqlite test-postgres test-browser browser-deps clean locale

$(VENV)/.deps: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-deps: $(VENV)/.deps requirements-dev.txt
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@

deps: $(VENV)/.deps
dev-deps: $(VENV)/.dev-deps

migrate: deps
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

serve:
	$(PY) manage.py runserver $(HOST):$(PORT)

run: demo
	@echo "Trang web: http://$(HOST):$(PORT)/   Quản trị: http://$(HOST):$(PORT)/admin/"
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: dev-deps
	$(VENV)/bin/ruff check site tests bench manage.py

check: dev-deps
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=config.settings.test $(PY) manage.py makemigrations --check --dry-run

test-sqlite: dev-deps
	$(VENV)/bin/pytest -q tests --ignore=tests/browser

test-postgres: dev-deps
	@if $(PY) -c "import psycopg,sys; psycopg.connect('$(TEST_PG_URL)'.rsplit('/',1)[0]+'/postgres', connect_timeout=3).close()" 2>/dev/null; then \
		DATABASE_URL=$(TEST_PG_URL) $(VENV)/bin/pytest -q tests --ignore=tests/browser; \
	elif [ -n "$$CI" ]; then echo "PostgreSQL is not reachable at $(TEST_PG_URL)"; exit 1; \
	else echo "!! PostgreSQL không kết nối được tại $(TEST_PG_URL): bỏ qua bộ kiểm thử PostgreSQL"; fi

browser-deps: dev-deps
	@test -x $(CHROMIUM) || { \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
		else echo "Cần cài Chromium: sudo apt-get install chromium chromium-driver"; exit 1; fi; }

test-browser: browser-deps
	CHROMIUM=$(CHROMIUM) $(VENV)/bin/pytest -q tests/browser

test: lint check test-sqlite test-postgres test-browser

# Recompile the Vietnamese admin catalogs (the .mo files are committed: a fresh machine may lack
# gettext). --check refuses a translation that breaks a placeholder or the header.
locale:
	@command -v msgfmt >/dev/null || { echo "Cần gettext (msgfmt): sudo apt-get install gettext"; exit 1; }
	find locale -name '*.po' | sort | while read -r po; do \
		msgfmt --check -o "$${po%.po}.mo" "$$po" || exit 1; done
	@echo "Đã biên dịch $$(find locale -name '*.po' | wc -l) tệp bản dịch trong locale/."

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
