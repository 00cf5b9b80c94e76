"""The checker on triggers nobody can walk into: a message never read, an alarm never raised, without a word in play,
so `check` refuses the trigger, naming where the way on foot ends."""

from game.content.catalog import load_catalog
from game.content.check import check_map
from tests.maps import HALL, TILE, drop_down, write_map


def trigger(x: float, y: float, width: float = 2 * TILE, height: float = 2 * TILE, oid: int = 50,
            name: str = "briefing", action: str = "message") -> str:
    text = '<property name="text" value="Rei: Stay sharp."/>' if action == "message" else ""
    return (f'<object id="{oid}" name="{name}" type="trigger" x="{x}" y="{y}" width="{width}" height="{height}">'
            f'<properties>{drop_down("action", action)}{text}</properties></object>')


def problems(tmp_path, *objects) -> list[str]:
    return [str(p) for p in check_map(write_map(tmp_path, HALL, more_objects="".join(objects)),
                                      load_catalog()).problems]


def test_a_trigger_in_the_hall_the_player_walks_passes(tmp_path):
    assert problems(tmp_path, trigger(8 * TILE, TILE)) == []


def test_a_message_in_a_walled_off_room_is_refused_as_never_firing_with_where_the_way_ends(tmp_path):
    [problem] = problems(tmp_path, trigger(4 * TILE, 5 * TILE, name="sealed"))
    assert problem.startswith(f'{tmp_path / "test.tmx"}: layer "objects", object 50 "sealed": expected a trigger the '
                              "player can walk into, found no way from the player spawn into it; on foot it gets no "
                              "nearer than tile")
    assert problem.endswith("so it never fires (draw it over open ground the player crosses (a machine 40 px across "
                            "needs a way 2 tiles wide), or open a way into it)")


def test_an_alarm_drawn_over_the_wall_is_refused_as_having_no_room_to_stand_in(tmp_path):
    [problem] = problems(tmp_path, trigger(10 * TILE, 4 * TILE + 4, height=TILE - 8, action="alarm"))
    assert ('object 50 "briefing": expected a trigger the player can walk into, found no spot in it where a machine '
            "40 px across stands clear of the walls, so it never fires") in problem
