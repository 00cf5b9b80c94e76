"""Fouron's hand-back: a pilot who fights the black box off takes back a machine that can fight. Its V-MAX ends
with it, shots pass through as the controls change hands, and the heat it ran up is blown off in about a second
instead of leaving the pilot crawling, unarmed and taking extra damage for four."""

import pytest

from game.content.catalog import UNITS_PATH, load_catalog
from game.content.errors import ContentError
from game.content.level_data import Objective
from game.sim.components import Brain, Dash, Health, Heat, Position, Vmax
from game.sim.events import AdvisorSpoke, Damaged, FouronReleased, Vented, VmaxEnded, VmaxStarted
from game.sim.resources import STEP
from game.sim.shots import add_bolt
from game.sim.systems.fouron import seize
from game.sim.systems.speech import say_message
from tests.maps import cell_region, game_from_ascii
from tests.sim.test_fouron import ALONE, ARENA, fouron_spec

FAR = Objective(8, "far corner", "objects", cell_region(22, 1), "Reach the far corner")  # the level goes on
GRACE = load_catalog().units["layzner"].fouron.handback_grace


def mine(game, kind):
    return game.world.get(game.player, kind)


def fighting_an_enemy_it_cannot_kill(tmp_path):
    """ARENA with the enemy made unkillable (the danger never passes: only the pilot ends the takeover) and the pilot
    aiming away with every trigger off, armour under the threshold."""
    game = game_from_ascii(tmp_path, ARENA)
    enemy = next(entity for entity, _ in game.world.query(Brain))
    game.world.get(enemy, Health).hit_points = 1e9
    intent = game.player_intent()
    pos = mine(game, Position)
    intent.aim_x, intent.aim_y = pos.x - 200, pos.y
    intent.fire = intent.missile = intent.vmax = False
    health = mine(game, Health)
    health.hit_points = health.max_hit_points * fouron_spec(game).armour_below / 2
    return game


def fight_it_off(game) -> list:
    """Mash dash, ten presses a second, until Fouron lets go: the events of every tick, the last tick's last."""
    ticks = []
    for tick in range(10 * 60):
        game.player_intent().dash = tick % 6 == 0
        ticks.append(list(game.step()))  # a copy: the list is the next tick's too
        if any(isinstance(e, FouronReleased) for e in ticks[-1]):
            return ticks
    raise AssertionError("the controls never came back")


def test_fouron_s_v_max_ends_as_the_pilot_fights_it_off(tmp_path):
    game = fighting_an_enemy_it_cannot_kill(tmp_path)
    mine(game, Vmax).meter = 1.0  # it starts V-MAX the moment it seizes
    ticks = fight_it_off(game)
    assert any(isinstance(e, VmaxStarted) for events in ticks for e in events)
    assert not mine(game, Heat).overheated  # not ended by an overheat: by the controls changing hands
    released = ticks[-1]
    assert [e.reason for e in released if isinstance(e, FouronReleased)] == ["resisted"]
    assert [e.entity for e in released if isinstance(e, VmaxEnded)] == [game.player]
    vmax = mine(game, Vmax)
    assert vmax.active_left == 0 and vmax.meter == 0.0
    assert game.res.catalog.units["layzner"].vmax.cooldown - STEP <= vmax.cooldown  # it cannot be chained either


def test_an_overheated_machine_fought_back_from_fouron_vents_at_the_hand_back_rate(tmp_path):
    game = fighting_an_enemy_it_cannot_kill(tmp_path)
    game.run(seconds=fouron_spec(game).seize_vent)  # past the vent as it seizes
    heat = mine(game, Heat)
    heat.value, heat.overheated = 100.0, True  # whatever heat it holds (its own stays under the warning line)
    fight_it_off(game)
    assert heat.overheated  # still, as the controls come back
    heat_spec = game.res.catalog.units["layzner"].heat
    at_release = heat.value
    fast = (at_release - heat_spec.safe_level) / fouron_spec(game).handback_vent
    assert fast < fouron_spec(game).handback_time  # the tuning vents it within the hand-back
    assert fast < (at_release - heat_spec.safe_level) / heat_spec.vent_rate / 2  # far faster than its own vent
    vented_after = None
    for tick in range(1, 6 * 60):
        if any(isinstance(e, Vented) and e.entity == game.player for e in game.step()):
            vented_after = tick * STEP
            break
    assert vented_after == pytest.approx(fast, abs=2 * STEP)
    assert not heat.overheated


def test_the_hand_back_ends_and_the_machine_heats_and_cools_as_ever(tmp_path):
    game = game_from_ascii(tmp_path, ALONE, extra={"objectives": (FAR,)})
    assert seize(game.world, game.res, "scripted")
    fight_it_off(game)
    spec = fouron_spec(game)
    game.run(seconds=spec.handback_time + 0.1)
    heat = mine(game, Heat)
    heat.value, heat.since_gain = 50.0, 0.0  # the pilot's own heat, just added: it waits its cooling delay
    game.step()
    assert heat.value == 50.0


def test_shots_pass_through_the_machine_as_the_controls_change_hands(tmp_path):
    game = game_from_ascii(tmp_path, ALONE, extra={"objectives": (FAR,)})
    assert seize(game.world, game.res, "scripted")
    fight_it_off(game)
    pos, health = mine(game, Position), mine(game, Health)
    add_bolt(game.res, 0, "grados", "dis_rifle", pos.x + 30, pos.y, -600.0, 0.0, 11.0, 500.0)
    events = game.run(ticks=4)
    assert not any(isinstance(e, Damaged) and e.entity == game.player for e in events)
    assert health.hit_points == health.max_hit_points
    spec = fouron_spec(game)
    assert mine(game, Dash).invulnerable_left == pytest.approx(spec.handback_grace - 5 * STEP, abs=STEP)
    game.run(seconds=spec.handback_grace)  # the grace is brief: then the same shot hits
    pos = mine(game, Position)
    add_bolt(game.res, 0, "grados", "dis_rifle", pos.x + 30, pos.y, -600.0, 0.0, 11.0, 500.0)
    assert any(isinstance(e, Damaged) and e.entity == game.player for e in game.run(ticks=4))


def test_a_hand_back_longer_than_the_rearm_time_is_refused(tmp_path):
    source = load_catalog().units["layzner"].fouron
    assert source.handback_time <= source.rearm
    text = UNITS_PATH.read_text(encoding="utf-8")
    assert "      handback_time: " in text
    path = tmp_path / "units.yaml"
    lines = [f"      handback_time: {source.rearm + 1}    # too long" if line.startswith("      handback_time: ")
             else line for line in text.splitlines()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_catalog(path)
    assert "units.layzner.fouron.handback_time" in str(caught.value)


def test_a_dash_in_the_grace_does_not_cut_it_short(tmp_path):
    game = game_from_ascii(tmp_path, ALONE, extra={"objectives": (FAR,)})
    assert seize(game.world, game.res, "scripted")
    fight_it_off(game)
    dash_spec = game.res.catalog.units["layzner"].dash
    intent = game.player_intent()
    intent.dash, intent.move_y = True, -1.0  # still mashing as the controls come back: a real dash now
    assert any(type(e).__name__ == "Dashed" for e in game.step())
    assert mine(game, Dash).invulnerable_left > dash_spec.invulnerable + STEP


# Four machines round the Layzner, the nearest a kill Fouron makes at once: it lets go while the screen still says
# CONTROL SEIZED, among three machines with it in their sights (the outpost's and New York's hand-backs).
CROWD = ["#########################"] + ["#.......................#"] * 2 + ["#.......E...............#"] + \
    ["#.......................#"] + ["#.P.....E.....E.........#"] + ["#.......................#"] + \
    ["#.......E...............#"] + ["#.......................#"] * 2 + ["#########################"]


def handed_back_among_machines(tmp_path, said_as_it_lets_go: str = "") -> tuple:
    """CROWD, Fouron's kill made at once and the pilot doing nothing once the controls are back (a level's message in
    Fouron's voice, `said_as_it_lets_go`, said in the tick it lets go): (s it let go, s its farewell was said, s the
    machine was first hit after), each None if it never was."""
    game = game_from_ascii(tmp_path, CROWD)
    game.world.get(game.player, Health).hit_points = 1e9  # the machines spot it and open fire first
    game.run(seconds=2.0)
    assert sum(brain.state == "engage" for _, (brain,) in game.world.query(Brain)) == 4
    pos = mine(game, Position)
    nearest = min((entity for entity, _ in game.world.query(Brain)), key=lambda entity: abs(
        game.world.get(entity, Position).x - pos.x) + abs(game.world.get(entity, Position).y - pos.y))
    game.world.get(nearest, Health).hit_points = 1.0  # its one kill, made at once
    health = mine(game, Health)
    health.hit_points = health.max_hit_points * fouron_spec(game).armour_below / 2
    released_at = restored_at = hit_at = None
    for _ in range(8 * 60):
        intent = game.player_intent()
        if intent is None:  # wrecked
            break
        intent.fire = False  # the pilot, back at the controls, does nothing yet
        for event in game.step():
            if isinstance(event, FouronReleased):
                released_at = game.seconds
                if said_as_it_lets_go:
                    assert say_message(game.res, "fouron", said_as_it_lets_go)
            elif isinstance(event, AdvisorSpoke) and (event.speaker, event.situation) == ("fouron", "released"):
                restored_at = game.seconds
            elif isinstance(event, Damaged) and event.entity == game.player and released_at is not None:
                hit_at = hit_at or game.seconds
        if hit_at is not None and restored_at is not None:
            break
    return released_at, restored_at, hit_at


def test_a_pilot_handed_back_the_machine_among_machines_has_the_grace_after_control_restored(tmp_path):
    released_at, restored_at, hit_at = handed_back_among_machines(tmp_path)
    assert released_at is not None and hit_at is not None  # the machines fire, and hit once the grace is over
    assert restored_at is not None, "wrecked before CONTROL RESTORED"
    assert restored_at > released_at  # it let go under the CONTROL SEIZED card
    assert hit_at >= restored_at + GRACE - STEP / 2


# A level's message in Fouron's voice, said as it lets go: its farewell waits for it to be typed and read (4.3 s)
HELD_UP = "Fouron: Sector swept. Residual hostiles below the threshold. Standby."


def test_a_farewell_held_up_by_a_message_in_fouron_s_voice_still_has_the_grace_after_it(tmp_path):
    released_at, restored_at, hit_at = handed_back_among_machines(tmp_path, HELD_UP.partition(": ")[2])
    assert released_at is not None and hit_at is not None
    assert restored_at is not None, "wrecked before CONTROL RESTORED"
    assert restored_at - released_at > 2 * GRACE  # held up well past when it would have come
    assert hit_at >= restored_at + GRACE - STEP / 2  # none of the grace spent before the pilot was told
