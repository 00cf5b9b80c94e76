"""Test set-up: SDL's dummy drivers (no screen or sound card needed), and a private folder for player files."""

import os

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


@pytest.fixture(autouse=True)
def player_files(tmp_path_factory, monkeypatch):
    """Each test gets its own empty folder for settings, saves and replays: never the real player's."""
    folder = tmp_path_factory.mktemp("player")
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(folder))
    return folder
