"""The checker on gates: one line for each mistake (what works it, its shape, the grid, the map, a machine shut in at
the start or keeping it open, a gate over walls alone), and the ways on foot through every gate the player can
open."""

from game.content.catalog import load_catalog
from game.content import gate_check
from game.content.check import check_map
from game.content.gate_check import reach_through_gates
from tests.content.test_checker_winnable import problems as problems_of, with_map_properties
from tests.maps import ALARM, DIS, GATED, SENSOR_ID, TILE, but_in_sight, gate_objects, objective_xml, write_map


def problems(tmp_path, objects: str, told: str = "problems", **spawns) -> list[str]:
    """The check's lines on GATED with `objects`; `spawns` (patrols, sentries) go to write_map for its Dis. Not the
    warning of its Dis seeing the Layzner through a gate open at the start: these are the gates' own."""
    return [str(problem) for problem in but_in_sight(getattr(check_map(write_map(tmp_path, GATED,
                                                                                 more_objects=objects, **spawns),
                                                                       load_catalog()), told))]


def test_a_pad_behind_a_gate_that_a_trigger_on_the_way_opens_can_be_walked_to(tmp_path):
    assert problems(tmp_path, gate_objects(pad=True)) == []
    # one that shuts starts open; its trigger past it, by the pad, shuts it behind the player
    assert problems(tmp_path, gate_objects(switch="shuts", sensor=(9, 1), pad=True)) == []


def skirted(pad: bool = True) -> str:
    """gate_objects' gate shut by a trigger the player may walk round (a tile wide, two of the west room's four
    rows): across the way, it may shut the gate on the player, or not."""
    return gate_objects(switch="shuts", pad=pad).replace(f'height="{4 * TILE}"', f'height="{2 * TILE}"')


SKIRTED = skirted()


def test_a_gate_that_shuts_between_the_player_and_the_pad_as_its_trigger_fires_is_warned_of(tmp_path):
    # the trigger over half the west room: walked into on the way, it shuts the only way to the pad, for good
    assert problems(tmp_path, SKIRTED) == []  # a warning: the player may walk round it, or reach the pad first
    assert problems(tmp_path, SKIRTED, "warnings") == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 50 "shutter": expected a gate that, shut, leaves the player '
        'a way to object 52 "pad", found object 51 "sensor" shutting it with the player at (128, 64), from where no '
        "way leads there (move what shuts it, or the gate, so it shuts behind the player on the way there; if the "
        "player always gets there first, it traps no one)"]
    # an objective the player must stay in a while to shut it may be crossed on the way: a warning too
    [line] = problems(tmp_path, gate_objects(switch="shuts", pad=True, hold=2), "warnings")
    assert 'a way to object 52 "pad", found object 51 "sensor" shutting it with the player at' in line
    # on a map won by destroying every enemy, one shut off from the player is warned of the same way
    [line] = problems(tmp_path, skirted(pad=False), "warnings")
    assert 'a way to object 2 "enemy 0", found object 51 "sensor" shutting it' in line
    # shut behind the player, by the pad, or opening: nothing to warn of
    for fine in (gate_objects(switch="shuts", sensor=(9, 1), pad=True), gate_objects(pad=True)):
        assert problems(tmp_path, fine, "warnings") == []


def test_a_gate_sure_to_shut_before_the_player_is_through_it_and_cut_it_off_from_the_pad_is_a_problem(tmp_path):
    # The designer's map passed with a warning though its briefing trigger, over the player spawn, shut the gate
    # to the only objective as play started: the bot ran out of time. A trigger across the whole west room, or an
    # objective there with no hold, fires before the player can reach the gate too.
    line = (f'{tmp_path / "test.tmx"}: layer "objects", object 50 "shutter": expected a gate that, shut, leaves the '
            'player a way to object 52 "pad", found object 51 "sensor" shutting it {when}, with the player on the side '
            "from which no way leads there (the level can never be won: move what shuts it past the gate, or the gate "
            "past it, so it shuts behind the player on the way there)")
    crossed = line.format(when="before the player can reach the gate (every way from the player spawn to the gate "
                               "crosses it)")
    for sure in (gate_objects(switch="shuts", pad=True), gate_objects(switch="shuts", pad=True, hold=0)):
        assert problems(tmp_path, sure) == [crossed]
        assert not [told for told in problems(tmp_path, sure, "warnings") if "shutter" in told]  # one line a mistake
    over_spawn = gate_objects(switch="shuts", sensor=(2, 1), pad=True)
    assert problems(tmp_path, over_spawn) == [line.format(when="as play starts (the player spawn is inside it)")]
    # an enemy patrolling through the gate may keep it open as it fires, and the player slip through: a warning
    through = {"patrols": {0: [(11, 2), (5, 2)]}}
    assert problems(tmp_path, over_spawn, **through) == []
    assert [told for told in problems(tmp_path, over_spawn, "warnings", **through) if "leaves the player" in told]


def test_a_pad_behind_a_gate_only_a_trigger_past_it_opens_is_out_of_reach_and_the_line_names_the_gate(tmp_path):
    found = problems(tmp_path, gate_objects(sensor=(9, 1), pad=True))
    assert found == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 52 "pad": expected an objective the player can walk to, '
        'found no way there from the player spawn, behind gate 50 "shutter", which opens only once object 51 "sensor" '
        "is entered, which lies behind this gate too (set the gate's opens to a trigger or objective the player can "
        "get to before it, or move the objective)",
        f'{tmp_path / "test.tmx"}: layer "objects", object 51 "sensor": expected a trigger the player can walk into, '
        'found no way from the player spawn into it, behind gate 50 "shutter", which opens only once this one is '
        "entered, so it never fires (draw it over open ground the player crosses (a machine 40 px across needs a way 2 "
        "tiles wide), or open a way into it)"]


def test_a_gate_opened_by_an_object_that_is_not_there_is_told_in_one_line(tmp_path):
    objects = gate_objects(pad=True).replace('name="opens" type="object" value="51"',
                                             'name="opens" type="object" value="99"')
    assert problems(tmp_path, objects) == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 50 "shutter", property opens: expected the id of a trigger '
        "or objective object, found 99 (no object has id 99) (pick the trigger or objective with the property's "
        "object picker)"]


def test_a_gate_with_nothing_to_work_it_or_two_things_is_told(tmp_path):
    neither = gate_objects(pad=True).replace('<property name="opens" type="object" value="51"/>', "")
    [line] = problems(tmp_path, neither)
    assert line.endswith('object 50 "shutter": expected a gate with one of opens or shuts (the trigger or objective '
                         "that works it), found neither (pick what opens it in opens (it starts shut), or what shuts "
                         "it in shuts (it starts open), with the property's object picker)")
    both = gate_objects(pad=True).replace('value="51"/>', 'value="51"/><property name="shuts" type="object" '
                                          'value="52"/>', 1)
    [line] = problems(tmp_path, both)
    assert "found both (opens 51, shuts 52) (keep one: a gate opens once or shuts once)" in line


def test_a_gate_off_the_tile_grid_is_told_with_its_place(tmp_path):
    [line] = problems(tmp_path, gate_objects(gate=(7.25, 2, 1, 2), pad=True))
    assert line.endswith('object 50 "shutter": expected a gate on the tile grid (x, y, width and height whole '
                         "multiples of 32 x 32 px), found x 232, y 64, 32 x 64 px (turn on View > Snapping > Snap to "
                         "Grid and drag its corners onto the tiles' corners)")


def test_a_gate_drawn_as_an_ellipse_is_told(tmp_path):
    objects = gate_objects(pad=True).replace('height="64"><properties>', 'height="64"><ellipse/><properties>', 1)
    [line] = problems(tmp_path, objects)
    assert line.endswith('object 50 "shutter": expected a rectangle (a gate covers whole tiles), found an ellipse '
                         "(draw it with the Rectangle tool (R))")


def test_a_gate_shut_over_the_player_spawn_is_told_once_and_one_that_shuts_later_is_not(tmp_path):
    over_spawn = (1, 1, 3, 3)  # the spawn is at tile (2, 2)
    [line] = problems(tmp_path, gate_objects(gate=over_spawn, pad=True))
    assert line.endswith('object 50 "shutter": expected a gate clear of the player spawn while it is shut, found the '
                         'player spawn under it (layer "objects", object 1 "start") (it starts shut, so the machine '
                         "would start inside a wall: move the gate or the spawn, or make it a gate that shuts)")
    assert problems(tmp_path, gate_objects(switch="shuts", gate=over_spawn, pad=True)) == []


def test_a_gate_shut_over_an_enemy_spawn_or_reaching_off_the_map_is_told(tmp_path):
    [line] = problems(tmp_path, gate_objects(gate=(10, 1, 3, 3), pad=True))  # the Dis stands at tile (11, 2)
    assert 'expected a gate clear of an enemy spawn while it is shut, found an enemy spawn under it' in line
    [line] = problems(tmp_path, gate_objects(gate=(13, 2, 2, 2), pad=True))
    assert line.endswith(f'object 50 "shutter": expected a gate on the map ({14 * TILE} x {6 * TILE} px), found it at '
                         f"X {13 * TILE}, Y {2 * TILE}, 64 x 64 px, its right half past the map's right edge at "
                         f"{14 * TILE} px (move it onto the map)")


def test_a_reinforcement_s_spawn_under_a_gate_that_shuts_is_told(tmp_path):
    # it arrives on the trigger that shuts the gate, after its warning: in play it landed inside the shut gate
    x, y = 7.5 * TILE, 3 * TILE
    late = (f'<object id="60" name="late" type="enemy_spawn" x="{x:g}" y="{y:g}"><properties>'
            f'{DIS}<property name="arrives" type="object" value="{SENSOR_ID}"/>'
            '</properties><point/></object>')
    [line] = problems(tmp_path, gate_objects(switch="shuts", sensor=(9, 1), pad=True) + late)
    assert line.endswith('object 50 "shutter": expected a gate clear of every reinforcement\'s spawn, found a '
                         'reinforcement\'s spawn under it (layer "objects", object 60 "late") (the machine may land '
                         "after the gate has shut, inside a wall: move the gate or the spawn)")


def test_a_gate_that_shuts_is_worked_out_once_a_map_and_again_once_the_map_changes(tmp_path, monkeypatch):
    """Its flood fills cost a start ~1.6 ms on New York: a restart or the next load of the same map asks again."""
    fills = []
    monkeypatch.setattr(gate_check, "reach_through_gates",
                        lambda *args: fills.append(1) or reach_through_gates(*args))
    first = problems(tmp_path, SKIRTED, "warnings")
    assert problems(tmp_path, SKIRTED, "warnings") == first and len(fills) == 1  # the same map: the same line, no fill
    assert problems(tmp_path, gate_objects(switch="shuts", sensor=(9, 1), pad=True), "warnings") == []
    assert len(fills) == 2  # the map changed: worked out again


def test_an_enemy_standing_in_a_gate_that_shuts_is_a_problem_if_it_holds_its_post_and_a_warning_if_it_may_move(
        tmp_path):
    """The gate shuts only once no machine stands in it: a sentry at its post there keeps it open."""
    over_dis = gate_objects(switch="shuts", gate=(11, 2, 1, 1), pad=True)  # the Dis stands at tile (11, 2)
    assert problems(tmp_path, over_dis, sentries=(0,)) == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 50 "shutter": expected a gate that shuts clear of every '
        'sentry holding its post, found a sentry holding its post under it (layer "objects", object 2 "enemy 0") '
        "(the gate waits until no machine stands in it, and the sentry stays: it may never shut; move the gate or "
        "the spawn, or untick holds_post)"]
    assert problems(tmp_path, over_dis, "warnings", sentries=(0,)) == []
    lingers = ("expected a gate that shuts clear of the machines there as play starts, found {} under it "
               '(layer "objects", object 2 "enemy 0") (the gate waits until no machine stands in it, and this one may '
               "linger there: move the gate or the spawn)")
    for spawns, what in (({}, "an enemy spawn"), ({"patrols": {0: [(11, 2), (11, 4)]}}, "a patroller's spawn"),
                         ({"patrols": {0: [(11, 2), (11, 4)]}, "sentries": (0,)}, "a patroller's spawn")):
        assert problems(tmp_path, over_dis, **spawns) == []
        [line] = problems(tmp_path, over_dis, "warnings", **spawns)
        assert line.endswith('object 50 "shutter": ' + lingers.format(what))
    # a gate that starts shut over it is told as before; a gate that shuts beside it, not at all
    [line] = problems(tmp_path, gate_objects(gate=(11, 2, 1, 1), pad=True), sentries=(0,))
    assert "expected a gate clear of an enemy spawn while it is shut" in line
    beside = gate_objects(switch="shuts", gate=(12, 4, 1, 1), pad=True)
    assert problems(tmp_path, beside, sentries=(0,)) == problems(tmp_path, beside, "warnings") == []


def test_a_gate_drawn_wholly_over_walls_is_warned_of(tmp_path):
    """It blocks nothing the walls do not, and opening it opens nothing."""
    on_walls = gate_objects(gate=(7, 4, 1, 2), pad=True)  # the wall south of the way, not the way
    assert problems(tmp_path, on_walls) == []
    assert problems(tmp_path, on_walls, "warnings") == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 50 "shutter": expected a gate across a way (over open '
        "ground), found all its cells solid walls: shut it blocks nothing the walls do not, and opening it opens "
        "nothing (move it onto the way it should shut)"]
    # one cell of it on open ground is a gate that does something
    assert problems(tmp_path, gate_objects(gate=(7, 3, 1, 2), pad=True), "warnings") == []


def test_a_patrol_leg_across_a_gate_that_shuts_is_warned_of_naming_the_gate_and_the_leg(tmp_path):
    """Once the gate has shut, the patroller turns back at it (game/sim/systems/enemies.py): the designer is told."""
    shuts = gate_objects(switch="shuts", sensor=(9, 1), pad=True)  # shut behind the player, by the pad: no trap
    across = {"patrols": {0: [(11, 2), (3, 2), (3, 4)]}}  # from the east room through the gate to the west one
    assert problems(tmp_path, shuts, **across) == []
    assert problems(tmp_path, shuts, "warnings", **across) == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 2 "enemy 0", property patrol: expected a patrol route no '
        'gate that shuts cuts, found the leg between point 1 and point 2 across gate 50 "shutter", which shuts on '
        'object 51 "sensor" (once it has shut, the machine turns back there and keeps to the legs it can still '
        "reach, or waits: move the path's points, or the gate, if it should walk on)"]
    # a patrol that keeps to the east room, or a gate that opens (the rules' own wall until then), is not told
    assert problems(tmp_path, shuts, "warnings", patrols={0: [(11, 2), (11, 4), (9, 4)]}) == []
    assert problems(tmp_path, gate_objects(sensor=(4, 1), pad=True), "warnings", **across) == []


# GATED's gate, opened by the objective 61 (objective_xml draws it), and the property that puts an objective after 60
SWITCHED = (f'<object id="50" name="shutter" type="gate" x="{7 * TILE}" y="{2 * TILE}" width="{TILE}" '
            f'height="{2 * TILE}"><properties><property name="opens" type="object" value="61"/></properties></object>')
AFTER_RELAY = '<property name="after" type="object" value="60"/>'



def test_the_time_limit_counts_the_wait_for_a_gate_that_opens_on_an_objective_reached_later(tmp_path):
    # The gate to the pad (east room) opens on the switch, which comes after the relay and its hold of 20 s, both in
    # the west room by the Layzner: the pad, 272 px off as the crow flies, is counted no sooner than 20.25 s.
    objects = (SWITCHED + objective_xml(60, "relay", 1, 3, '<property name="hold" type="float" value="20"/>')
               + objective_xml(61, "switch", 4, 3, AFTER_RELAY) + objective_xml(62, "pad", 11, 3))
    path = with_map_properties(write_map(tmp_path, [row.replace("E", ".") for row in GATED], more_objects=objects),
                               '<property name="time_limit" type="float" value="25"/>')
    assert problems_of(path) == []  # 20 s of hold and the dashes between fit in 25
    path.write_text(path.read_text().replace('value="25"', 'value="20.1"'))
    assert problems_of(path) == [  # the switch, done at 20.06 s, fits; the pad, 0.33 s off as the crow flies, not
        f'{path}: layer "objects", object 62 "pad": expected an objective the player can get to within the map\'s '
        'time_limit (20.1 s), found it counted no sooner than 20.25 s: it lies behind gate 50 "shutter", which opens '
        'no sooner than 20.06 s, on object 61 "switch" (got to dashing all the way), then 160 px on from there, '
        "0.20 s more dashing (move it, or what opens the gate, nearer the other, or open the gate sooner on the way, "
        "or lengthen time_limit in Map Properties)"]


def test_an_objective_behind_a_gate_opened_only_by_one_that_comes_after_it_is_out_of_reach(tmp_path):
    """The switch is closed, counting nothing, until the relay behind the gate is reached: the level cannot be won
    (the bot stood 30 s in the west room), and the ways on foot no longer open the gate from it."""
    locked = SWITCHED + objective_xml(60, "relay", 11, 3) + objective_xml(61, "switch", 4, 3, AFTER_RELAY)
    assert problems(tmp_path, locked) == [
        f'{tmp_path / "test.tmx"}: layer "objects", object 60 "relay": expected an objective the player can walk to, '
        'found no way there from the player spawn, behind gate 50 "shutter", which opens only once object 61 "switch" '
        "is reached, and that comes after this one in the order (set the gate's opens to a trigger or objective the "
        "player can get to before it, or move the objective)"]
    # the relay in the west room, by the switch: the gate opens from the switch once the relay is reached
    in_order = (SWITCHED + objective_xml(60, "relay", 1, 3) + objective_xml(61, "switch", 4, 3, AFTER_RELAY)
                + objective_xml(62, "pad", 11, 3))
    assert problems(tmp_path, in_order) == []


# Two ways out of the west room, each behind a gate: the north one (50) to the middle room, the south one (53) along a
# corridor to the east room.
TWO_GATES = [
    "####################",
    "#......#.....#.....#",
    "#.P....G.....#.....#",
    "#......G.....#.....#",
    "#......#######.....#",
    "#......G...........#",
    "#......G...........#",
    "####################",
]


def gate_xml(oid: int, name: str, row: int, opens: int) -> str:
    """<object> XML for a gate two tiles tall in TWO_GATES's column 7 from `row`, opened by object `opens`."""
    return (f'<object id="{oid}" name="{name}" type="gate" x="{7 * TILE}" y="{row * TILE}" width="{TILE}" '
            f'height="{2 * TILE}"><properties><property name="opens" type="object" value="{opens}"/></properties>'
            "</object>")


def test_a_gate_opened_from_behind_another_gate_that_it_opens_itself_is_told_gate_by_gate(tmp_path):
    """The pad (middle room) is behind the north gate, which the relay (east room) opens; the relay is behind the south
    gate, which the sensor opens, in the middle room: neither gate can open, and each line says why, round the ring."""
    sensor = (f'<object id="51" name="sensor" type="trigger" x="{9 * TILE}" y="{TILE}" width="{TILE}" '
              f'height="{3 * TILE}"><properties>{ALARM}</properties></object>')
    objects = (gate_xml(50, "north door", 2, 60) + gate_xml(53, "south door", 5, 51) + sensor
               + objective_xml(52, "pad", 11, 1) + objective_xml(60, "relay", 16, 2))
    path = write_map(tmp_path, TWO_GATES, more_objects=objects)
    assert [str(problem) for problem in check_map(path, load_catalog()).problems] == [
        f'{path}: layer "objects", object 52 "pad": expected an objective the player can walk to, found no way there '
        'from the player spawn, behind gate 50 "north door", which opens only once object 60 "relay" is reached, '
        'which lies behind gate 53 "south door", which opens only once object 51 "sensor" is entered, which lies '
        "behind gate 50 \"north door\" (set the gate's opens to a trigger or objective the player can get to before "
        "it, or move the objective)",
        f'{path}: layer "objects", object 60 "relay": expected an objective the player can walk to, found no way there '
        'from the player spawn, behind gate 53 "south door", which opens only once object 51 "sensor" is entered, '
        'which lies behind gate 50 "north door", which opens only once this one is reached (set the gate\'s opens to '
        "a trigger or objective the player can get to before it, or move the objective)",
        f'{path}: layer "objects", object 51 "sensor": expected a trigger the player can walk into, found no way from '
        'the player spawn into it, behind gate 50 "north door", which opens only once object 60 "relay" is reached, '
        'which lies behind gate 53 "south door", which opens only once this one is entered, so it never fires (draw '
        "it over open ground the player crosses (a machine 40 px across needs a way 2 tiles wide), or open a way "
        "into it)"]


# Four rooms in a row, A (the player's) to D, each way between them behind a gate: 50 "g1", 51 "g2", 52 "g3".
FOUR_ROOMS = [
    "##########################",
    "#.....#.....#.....#......#",
    "#.P...G.....G.....G......#",
    "#.....G.....G.....G......#",
    "#.....#.....#.....#......#",
    "##########################",
]


def test_a_place_behind_two_gates_of_three_shut_is_said_to_lie_behind_those_two_not_the_one_past_it(tmp_path):
    """s1, in room C, lies behind g1 and g2; g3 is on C's far side, between it and D: naming it sends the designer to a
    gate that keeps no one from s1."""
    def gate(oid: int, name: str, column: int, opens: int) -> str:
        return (f'<object id="{oid}" name="{name}" type="gate" x="{column * TILE}" y="{2 * TILE}" width="{TILE}" '
                f'height="{2 * TILE}"><properties><property name="opens" type="object" value="{opens}"/>'
                "</properties></object>")

    def sensor(oid: int, name: str, column: int) -> str:
        return (f'<object id="{oid}" name="{name}" type="trigger" x="{column * TILE}" y="{TILE}" width="{TILE}" '
                f'height="{3 * TILE}"><properties>{ALARM}</properties></object>')
    objects = (gate(50, "g1", 6, 60) + gate(51, "g2", 12, 61) + gate(52, "g3", 18, 62)
               + sensor(60, "s1", 14) + sensor(61, "s2", 21) + sensor(62, "s3", 8))
    path = write_map(tmp_path, FOUR_ROOMS, more_objects=objects)
    lines = [str(problem) for problem in check_map(path, load_catalog()).problems]
    told = next(line for line in lines if 'object 60 "s1": expected' in line)
    assert 'behind gates 50 "g1" and 51 "g2", which nothing the player can reach opens' in told
    assert 'lies behind gates 50 "g1" and 51 "g2", so it never fires' in next(line for line in lines
                                                                              if 'object 62 "s3"' in line)
