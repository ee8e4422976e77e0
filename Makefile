# The README's two commands, by name.
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: run test

$(PY):
	python3 -m venv $(VENV)

run: $(PY)
	$(VENV)/bin/pip install . && $(VENV)/bin/netplan-tui

test: $(PY)
	$(VENV)/bin/pip install -e '.[test]' && $(PY) -m pytest

.PHONY: screenshots bench

# Regenerate screenshots/*.svg from the demo plan.
screenshots:
	$(PY) scripts/screenshots.py

# Run every benchmark and print the table.
bench:
	$(PY) benchmarks/run_all.py
