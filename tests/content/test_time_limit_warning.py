"""The checker's warning of a time_limit a fighting player would hardly meet: the walk along the game's routes at
cruise speed and the holds, half as long again, against the limit; a certain impossibility stays a problem."""

from pathlib import Path

import pytest

from game.content.catalog import load_catalog
from game.content.chain import LEVELS
from game.content.check import check_map
from game.content.level import load_level
from game.content.route_time import MARGIN, planned_walk
from tests.maps import GATED, PAD_ID, SENSOR_ID, TILE, gate_objects, write_map

CRUISE = 290  # px/s, the Layzner's max_speed in units.yaml, as the warning's numbers use it

# A wall down the middle with one way through at its south end: the pad, east of it, is 10 tiles away in a straight
# line and some 24 tiles away on foot.
DETOUR = ["################",
          "#......#.......#",
          "#.P....#.......#",
          "#......#.......#",
          "#......#.......#",
          "#......#.......#",
          "#......#.......#",
          "#......#.......#",
          "#......#.......#",
          "#..............#",
          "#..............#",
          "################"]


def with_limit(path: Path, seconds: float) -> Path:
    path.write_text(path.read_text().replace(
        "<tileset", f'<properties><property name="time_limit" type="float" value="{seconds:g}"/></properties>\n'
                    " <tileset", 1))
    return path


def pad(column: int, row: int, hold: float = 0) -> str:
    held = f'<properties><property name="hold" type="float" value="{hold:g}"/></properties>' if hold else ""
    return (f'<object id="50" name="pad" type="objective" x="{column * TILE}" y="{row * TILE}" width="{2 * TILE}" '
            f'height="{2 * TILE}">{held}</object>')


def checked(path: Path) -> tuple[list[str], list[str]]:
    """(problems, warnings) as `main.py check` prints them."""
    result = check_map(path, load_catalog())
    return [str(p) for p in result.problems], [str(w) for w in result.warnings]


def time_warnings(path: Path) -> list[str]:
    problems, warnings = checked(path)
    assert problems == []
    return [warning for warning in warnings if "time_limit" in warning]


def test_a_limit_the_walk_round_the_walls_and_the_hold_leave_no_room_to_fight_in_is_warned_of(tmp_path):
    path = with_limit(write_map(tmp_path, DETOUR, more_objects=pad(11, 1, hold=5)), 10)
    walk = planned_walk(load_level(path))
    [(place, px)] = walk
    straight = ((12 * TILE - 2.5 * TILE) ** 2 + (2 * TILE - 2.5 * TILE) ** 2) ** 0.5
    assert place.name == "pad" and px > 2 * straight  # round the wall's south end, not through it
    seconds = px / CRUISE + 5
    assert [f"{path}: map, property time_limit: expected at least {-(-seconds * MARGIN // 1):g} s, room to fight on "
            f'the way (1.5x the route and holds), found 10 s: the route to object 50 "pad" ({px:,.0f} px) and its '
            f"hold (5 s) take {seconds:.1f} s at cruise speed with no fighting (lengthen time_limit, or try it with "
            f"main.py --headless --bot --level {path})"] \
        == time_warnings(path)


def test_a_limit_with_half_as_long_again_as_the_walk_and_hold_is_not_warned_of(tmp_path):
    [(_, px)] = planned_walk(load_level(write_map(tmp_path, DETOUR, more_objects=pad(11, 1, hold=5))))
    enough = (px / CRUISE + 5) * MARGIN
    assert time_warnings(with_limit(write_map(tmp_path, DETOUR, more_objects=pad(11, 1, hold=5)), enough + 0.01)) \
        == []
    assert len(time_warnings(with_limit(write_map(tmp_path, DETOUR, more_objects=pad(11, 1, hold=5)),
                                        enough - 0.5))) == 1


def test_the_walk_goes_first_to_the_trigger_that_opens_the_gate_in_the_way(tmp_path):
    walk = planned_walk(load_level(write_map(tmp_path, GATED, more_objects=gate_objects(pad=True))))
    assert [place.object_id for place, _ in walk] == [SENSOR_ID, PAD_ID]
    walked = sum(px for _, px in walk)
    [line] = time_warnings(with_limit(write_map(tmp_path, GATED, more_objects=gate_objects(pad=True)),
                                      walked / CRUISE * MARGIN - 0.1))
    assert f's: the route to object 51 "sensor", then object 52 "pad" ({walked:,.0f} px) take ' in line


# The DETOUR with a pillar east of the wall, which an objective is drawn round: its centre is in the pillar.
PILLAR = [row[:12] + "##" + row[14:] if 5 <= number <= 6 else row for number, row in enumerate(DETOUR)]


def test_a_limit_too_tight_for_the_walk_to_an_objective_drawn_round_a_pillar_is_warned_of(tmp_path):
    round_the_pillar = (f'<object id="50" name="pad" type="objective" x="{11 * TILE}" y="{4 * TILE}" '
                        f'width="{4 * TILE}" height="{4 * TILE}"/>')
    [(place, px)] = planned_walk(load_level(write_map(tmp_path, PILLAR, more_objects=round_the_pillar)))
    assert place.name == "pad"
    path = with_limit(write_map(tmp_path, PILLAR, more_objects=round_the_pillar), px / CRUISE * MARGIN - 0.5)
    [line] = time_warnings(path)
    assert f's: the route to object 50 "pad" ({px:,.0f} px) take ' in line


def test_a_limit_no_run_can_meet_is_the_problem_alone_not_a_warning_too(tmp_path):
    path = with_limit(write_map(tmp_path, DETOUR, more_objects=pad(11, 1, hold=10)), 10.2)
    problems, warnings = checked(path)
    assert len(problems) == 1 and "even dashing all the way" in problems[0]
    assert [warning for warning in warnings if "time_limit" in warning] == []


@pytest.mark.parametrize("name", sorted(path.name for path in LEVELS.glob("*.tmx")))
def test_no_shipped_level_is_warned_of_and_each_with_a_limit_has_a_walk(name):
    level = load_level(LEVELS / name)
    if level.time_limit:
        assert planned_walk(level), "the warning would stay silent for want of a walk, not for a fair limit"
    assert [str(w) for w in check_map(LEVELS / name, load_catalog()).warnings if "time_limit" in str(w)] == []
