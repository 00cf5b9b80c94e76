"""The checker's warning of a machine that sees the player's spawn as the level starts, held to the game's own sight."""

import dataclasses

from game.content.catalog import load_catalog
from game.content.check import level_warnings
from game.content.level import load_level
from game.sim.components import Brain
from game.sim.game import Game
from tests.maps import GATED, IN_SIGHT, gate_objects, write_map

def hall(gap: int, wall: bool = False) -> list[str]:
    """The Layzner at column 2 and a Dis `gap` tiles east of it on the same row, a rock between them with `wall`."""
    width = gap + 6
    middle = "#." + "P" + "." * (gap - 1) + "E" + "..#"
    if wall:
        middle = middle[:2 + gap // 2] + "#" + middle[3 + gap // 2:]
    return ["#" * width, "#" + "." * (width - 2) + "#", middle, "#" + "." * (width - 2) + "#", "#" * width]


def seen(tmp_path, rows: list[str], storm: float = 0.0, **kwargs) -> tuple[list[str], bool]:
    """The checker's warnings of a machine seeing the spawn, and whether the map's first machine sees the Layzner
    in play within its first look (every pilot looks within THINK_EVERY ticks)."""
    level = dataclasses.replace(load_level(write_map(tmp_path, rows, **kwargs)), storm=storm)
    catalog = load_catalog()
    warnings = [str(warning) for warning in level_warnings(level, catalog) if IN_SIGHT in str(warning)]
    game = Game(level, catalog, 1)
    game.run(ticks=10)
    return warnings, game.world.get(game.enemies()[0], Brain).sees_player


def test_a_guard_in_plain_sight_of_the_spawn_is_warned_of_one_behind_a_rock_or_out_of_sight_range_is_not(tmp_path):
    # 14 tiles apart: 448 px, inside a Dis's 470 px
    warnings, sees = seen(tmp_path, hall(14))
    assert sees
    assert warnings == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 2 "enemy 0": expected a machine that does not see the '
        "player's spawn at the start (it sees 470 px), found the player's spawn 448 px away, no wall between (the "
        "fight starts while the level's name is up, before the briefing is read: move it 23 px or more further away, "
        "or behind a wall)"]
    # the game's own sight agrees each time: no warning where the guard does not see the Layzner as play starts
    assert seen(tmp_path, hall(14, wall=True)) == ([], False)
    assert seen(tmp_path, hall(15)) == ([], False)  # 480 px: 10 px past its sight


def test_a_storm_shortens_the_sight_the_warning_measures_as_it_shortens_the_machines(tmp_path):
    # storm 0.5 cuts sight by 30 %: a Dis sees 329 px. At 320 px it sees the spawn; at 352 px it does not.
    warnings, sees = seen(tmp_path, hall(10), storm=0.5)
    assert sees and len(warnings) == 1
    assert "(it sees 470 px, 329 px in the storm there), found the player's spawn 320 px away" in warnings[0]
    assert "move it 10 px or more further away" in warnings[0]
    assert seen(tmp_path, hall(11), storm=0.5) == ([], False)


def test_a_gate_shut_at_the_start_hides_the_spawn_and_one_open_at_the_start_does_not(tmp_path):
    shut, sees = seen(tmp_path, GATED, more_objects=gate_objects("opens"))
    assert (shut, sees) == ([], False)
    open_, sees = seen(tmp_path, GATED, more_objects=gate_objects("shuts"))
    assert sees and len(open_) == 1 and "found the player's spawn 288 px away, no wall between" in open_[0]
