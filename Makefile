# YouthDesk: `make run` to start the desk with demo data, `make test` for the whole suite.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench lint format browser clean pdflibs redis

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,redis]"
	touch $(STAMP)

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing: install Debian's chromium package (sudo apt-get install chromium)"; exit 1; fi; }

# Debian's pango for WeasyPrint (the insight report's PDF); installed only when missing and run as root.
pdflibs:
	@ldconfig -p | grep -q libpangoft2-1.0 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 >/dev/null; \
	  else echo "pango is missing: install Debian's libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"; exit 1; fi; }

# Debian's redis-server, for the test that runs tasks through Redis/RQ workers (several-machine setting).
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	  else echo "redis-server is missing: the Redis worker test will be skipped (sudo apt-get install redis-server)"; fi; }

# The demo switches two-factor off (printed at start); `make run YOUTHDESK_REQUIRE_MFA=1` keeps it on.
run: export YOUTHDESK_REQUIRE_MFA ?= 0
run: $(STAMP)
	$(BIN)/youthdesk migrate --noinput
	$(BIN)/youthdesk demo --if-empty
	$(BIN)/youthdesk serve --port $(PORT) --demo

test: $(STAMP) browser pdflibs redis
	$(BIN)/youthdesk makemigrations --check --dry-run >/dev/null
	$(BIN)/pytest -q $(PYTEST_ARGS)

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not browser and not slow" $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench $(BENCH_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) var
