# Polyvox: the two commands of the quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
POLYVOX := $(VENV)/bin/polyvox
PORT ?= 8000
export PORT

.PHONY: demo test test-only install install-test chromium nginx load migrate messages serve bench-env clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PIP) install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## make demo: install, migrate, compile translations, load the demo data, serve on http://127.0.0.1:$(PORT)
demo: install
	$(POLYVOX) migrate --noinput
	$(POLYVOX) compilemessages
	$(POLYVOX) demo
	$(POLYVOX) serve --port $(PORT)

## make test: install what the tests need (Debian's chromium included) and run the whole suite
test: install-test chromium
	$(POLYVOX) compilemessages
	$(PY) -m pytest $(PYTEST_ARGS)

test-only:
	$(PY) -m pytest $(PYTEST_ARGS)

chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

## make load: the load benchmark (benchmarks/LOAD.md). Needs PostgreSQL on 127.0.0.1:5432 and Redis on
## 127.0.0.1:6379; installs Debian's nginx when missing (the benchmark runs its own on a loopback port).
load: install-test nginx
	$(PY) benchmarks/load.py $(LOAD_ARGS)

nginx:
	@if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then \
		echo "Installing Debian's nginx for the load benchmark"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nginx >/dev/null; \
	fi

migrate: install
	$(POLYVOX) migrate --noinput

messages:
	cd src/polyvox && for app in */; do if [ -d "$$app/locale" ]; then (cd $$app && ../../../$(POLYVOX) manage makemessages -l fr -l nl -l en --no-obsolete -i 'tests/*' >/dev/null); fi; done

serve: install
	$(POLYVOX) serve --port $(PORT)

## the benchmarks' own environment, with the reference tools (pabutools, sortition-algorithms, red-dwarf)
bench-env: .venv-bench/.installed

.venv-bench/.installed: pyproject.toml
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install --quiet --upgrade pip
	.venv-bench/bin/pip install --quiet -e '.[test,bench]'
	touch $@

clean:
	rm -rf $(VENV) .venv-bench var/static
