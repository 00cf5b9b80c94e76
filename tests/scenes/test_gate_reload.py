"""Live reload on a map with gates: a gate the run had worked stands as it stood, as the pilot keeps their place."""

from game.scenes.play import PlayScene
from game.sim.components import Position
from game.sim.systems.gates import work_gates
from tests.maps import GATED, TILE, gate_objects, write_map
from tests.scenes.conftest import make_context

EMPTY = [row.replace("E", ".") for row in GATED]  # no Dis: the pad in the east room's north-east corner is the goal


def gated_play(tmp_path, sensor_rows: int = 4, **gate) -> PlayScene:
    """GATED without its Dis, its gate worked as `gate` says by a trigger `sensor_rows` of the west room's four tall."""
    pad = f'x="{11 * TILE}" y="{3 * TILE}" width="{2 * TILE}" height="{2 * TILE}"'
    objects = gate_objects(pad=True, **gate).replace(pad, f'x="{12 * TILE}" y="{TILE}" width="{TILE}" height="{TILE}"')
    objects = objects.replace(f'height="{4 * TILE}"', f'height="{sensor_rows * TILE}"')
    context = make_context(write_map(tmp_path, EMPTY, more_objects=objects))
    scene = PlayScene(context)
    context.push(scene)
    return scene


def walk_east(scene: PlayScene, ticks: int) -> Position:
    intent = scene.game.player_intent()
    intent.move_x, intent.move_y = 1.0, 0.3  # along the way through the gate, south of the pad
    for _ in range(ticks):
        scene.game.step()
    return scene.game.world.get(scene.game.player, Position)


def test_a_reload_past_a_gate_the_pilot_opened_keeps_it_open_and_the_pilot_where_they_were(tmp_path, display):
    scene = gated_play(tmp_path)  # the gate's trigger lies across the west room, on the way
    past = walk_east(scene, 300)
    assert past.x > 8 * TILE and not scene.game.res.gates[0].shut and scene.game.outcome is None
    scene.reload()
    now = scene.game.world.get(scene.game.player, Position)
    # shut again, with its trigger unfired behind it, it walled the pilot off in the east room
    assert (now.x, now.y) == (past.x, past.y) and not scene.game.res.gates[0].shut


def test_a_reload_keeps_a_gate_the_run_shut_and_one_changed_to_open_instead_starts_as_the_map_says(
        tmp_path, display):
    # a trigger the pilot may walk round: one across the whole way would shut the gate on them, and be refused
    scene = gated_play(tmp_path, sensor_rows=2, switch="shuts")
    state = scene.game.res.gates[0]
    state.worked = True
    work_gates(scene.game.world, scene.game.res)  # its trigger fired, the way clear: it shuts
    assert state.shut
    scene.reload()
    assert scene.game.res.gates[0].shut and scene.game.res.gates[0].worked
    (tmp_path / "test.tmx").write_text((tmp_path / "test.tmx").read_text().replace('name="shuts"', 'name="opens"'))
    scene.reload()  # the same gate, now opened by the trigger: as the map has it, shut and not yet worked
    assert scene.game.res.gates[0].shut and not scene.game.res.gates[0].worked
