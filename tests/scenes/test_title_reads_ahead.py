"""The title reads the campaign's maps ahead on a thread of its own (content/chain.read_ahead): its Launch reads none,
and shows the missions page as reading them there showed it."""

import pytest

from game.campaign import load_campaign
from game.content import chain
from game.content.level import load_level
from game.input.actions import Actions
from game.record import record_result
from game.scenes.missions import MissionsScene
from game.scenes.title import TitleScene
from game.sim.resources import Tally
from tests.scenes.conftest import make_context

pytestmark = pytest.mark.usefixtures("config_dir")


def test_launch_reads_no_map_once_the_title_has_read_the_campaign_ahead(display, monkeypatch):
    record_result("mars_base", Tally(), "won", seconds=60.0)  # the outpost open: Launch shows the missions page
    monkeypatch.setattr(chain, "_loaded", {})  # as the game starts: no map read yet
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    title.frame(1 / 60)
    title.frame(1 / 60)  # from its second frame
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
