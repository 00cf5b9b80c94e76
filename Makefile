# The whole set-up on a fresh machine is `make play` or `make test`: each builds .venv when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
BENCH_INSTALLED := $(VENV)/.bench-installed
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

.PHONY: play test check art sounds classes bench clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(INSTALLED)

play: $(INSTALLED)
	$(PY) main.py $(ARGS)

test: $(INSTALLED)
	$(HEADLESS) $(PY) -m pytest $(ARGS)

# The level checker (docs/level-design.md): every problem in the maps, one line each; status 1 when any.
check: $(INSTALLED)
	$(HEADLESS) $(PY) main.py check $(ARGS)

# The benchmark suite (bench/run.py): one table with budgets, bench/results.json and bench/profile.txt.
# `make bench ARGS=--quick` is a short run for iterating. Its extra (pyscroll, the tile-map yardstick) has a stamp of
# its own, so `make test` never needs it.
$(BENCH_INSTALLED): $(INSTALLED) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	touch $(BENCH_INSTALLED)

bench: $(BENCH_INSTALLED)
	$(HEADLESS) $(PY) -m bench.run $(ARGS)

art: $(INSTALLED)
	$(PY) tools/make_art.py

sounds: $(INSTALLED)
	$(PY) tools/make_sounds.py
	$(PY) tools/make_music.py

# The Tiled project's object classes, from the loader's game/content/level_schema.py (docs/level-design.md).
classes: $(INSTALLED)
	$(PY) tools/make_tiled_classes.py

clean:
	rm -rf $(VENV) .pytest_cache
