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
