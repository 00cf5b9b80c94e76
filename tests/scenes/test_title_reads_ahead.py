"""The title reads the campaign's maps ahead on a thread of its own (content/chain.read_ahead), once its first frames
are drawn: its Launch reads none, and shows the missions page as reading them there showed it. Before its first frame
it reads whole only the maps it must."""

from pathlib import Path

import pytest

from game.campaign import load_campaign
from game.content import chain
from game.content.level import load_level
from game.input.actions import Actions
from game.record import record_result
from game.scenes import title as title_module
from game.scenes.missions import MissionsScene
from game.scenes.title import READ_AHEAD_AFTER, TitleScene
from game.session import DEFAULT_LEVEL
from game.sim.resources import Tally
from tests.scenes.conftest import make_context

pytestmark = pytest.mark.usefixtures("config_dir")


def test_launch_reads_no_map_once_the_title_has_read_the_campaign_ahead(display, monkeypatch):
    record_result("mars_base", Tally(), "won", seconds=60.0)  # the outpost open: Launch shows the missions page
    monkeypatch.setattr(chain, "_loaded", {})  # as the game starts: no map read yet
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    for _ in range(READ_AHEAD_AFTER + 1):  # the first frames drawn
        title.frame(1 / 60)
    title.reading.join()  # the title's idle frames, as long as the reading takes
    read = []
    monkeypatch.setattr(chain, "load_level", lambda path: read.append(path.name) or load_level(path))
    title.handle(Actions(menu_confirm=True))  # Launch
    assert isinstance(ctx.stack[-1], MissionsScene)
    assert read == []
    shown = ctx.stack[-1].campaign.missions
    monkeypatch.setattr(chain, "_loaded", {})
    assert shown == load_campaign(ctx.level_path).missions  # as read there and then
    assert len(read) == len(shown) == 6


def test_the_title_reads_the_campaign_ahead_only_once_its_first_frames_are_drawn(display, monkeypatch):
    # It began on the second frame, its reading holding the GIL as the map behind the art was first drawn (30-50 ms)
    started = []
    monkeypatch.setattr(title_module, "read_ahead", lambda first: started.append(first) or "the reading thread")
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    for _ in range(READ_AHEAD_AFTER):
        title.frame(1 / 60)
        title.draw(display, 1.0)
    assert started == [] and title.reading is None
    title.frame(1 / 60)
    assert started == [ctx.level_path]
    for _ in range(3):  # once
        title.frame(1 / 60)
    assert len(started) == 1


def test_the_title_opening_with_missions_won_reads_whole_only_the_first_map_and_the_one_behind_its_art(
        display, monkeypatch):
    # It read the outpost and the storm canyon whole too, before its first frame, to find New York
    for name in ("mars_base", "outpost", "storm_canyon"):
        record_result(DEFAULT_LEVEL.parent / f"{name}.tmx", Tally(), "won")
    monkeypatch.setattr(chain, "_loaded", {})
    read = []
    monkeypatch.setattr(chain, "load_level", lambda path: read.append(path.name) or load_level(path))
    title = TitleScene(make_context())
    assert Path(title.base.level.path).name == "new_york.tmx"
    assert read == ["mars_base.tmx", "new_york.tmx"]  # the first, which the title names if it will not load
