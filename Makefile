# The two commands of the README.  Each sets up what it needs on a fresh machine with Python 3.11.
PY ?= $(shell command -v python3.11 || command -v python3)
PORT ?= 5000
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run serve test deps chromium postgresql

$(BIN)/flask: requirements.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(BIN)/flask

deps: $(BIN)/flask

# Load the demo library (again is harmless) and serve the app on http://127.0.0.1:$(PORT)
run: deps
	$(BIN)/flask --app wsgi desk demo
	$(BIN)/flask --app wsgi run --port $(PORT)

# The same under gunicorn, as a newsroom would serve it (README: "Running it for a newsroom")
serve: deps
	$(BIN)/flask --app wsgi desk demo
	$(BIN)/flask --app wsgi desk serve --port $(PORT)

# Browser tests drive Debian's Chromium; install it when it is missing (needs root or sudo).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Tests start a throw-away PostgreSQL server of their own (tests/pg.py): they need Debian's
# postgresql package (its initdb and pg_ctl), not a running server; install it when it is missing.
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }

test: deps chromium postgresql
	$(BIN)/python -m pytest
