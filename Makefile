# The whole set-up on a fresh machine is `make play` or `make test`: each builds .venv when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy

.PHONY: play test check art sounds clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(INSTALLED)

play: $(INSTALLED)
	$(PY) main.py $(ARGS)

test: $(INSTALLED)
	$(HEADLESS) $(PY) -m pytest $(ARGS)

art: $(INSTALLED)
	$(PY) tools/make_art.py

sounds: $(INSTALLED)
	$(PY) tools/make_sounds.py
	$(PY) tools/make_music.py

clean:
	rm -rf $(VENV) .pytest_cache
