"""The sixth mission, the Gradosian Command: the campaign's last, three objectives in order behind two gates."""

from game.content.chain import LEVELS
from game.content.level import load_level

COMMAND = LEVELS / "command.tmx"


def test_the_command_is_new_york_in_the_rain_with_the_mast_then_the_generator_then_the_core():
    level = load_level(COMMAND)
    assert level.title == "New York, Gradosian Command — 1999" and level.next_level == ""
    assert level.weather == "rain" and level.music == "manhattan_rain" and level.time_limit == 300
    mast, generator, core = level.objectives
    assert [o.text for o in level.objectives] == ["Jam the signal mast", "Silence the shield generator",
                                                  "Hold the command core"]
    assert (mast.after, generator.after, core.after) == (0, mast.object_id, generator.object_id)
    assert mast.hold < generator.hold < core.hold
    briefings = [trigger.text for trigger in level.triggers if trigger.action == "message"]
    # Three moments (the hideout, the courtyard's sensors, the core's approach), each in two short lines
    assert len(briefings) == 6 and all(text.startswith("Rei: ") for text in briefings)


def test_each_objective_reached_opens_the_gate_to_the_next_and_brings_machines_down():
    level = load_level(COMMAND)
    mast, generator, core = level.objectives
    assert sorted(gate.opens for gate in level.gates) == sorted([mast.object_id, generator.object_id])
    called = {o.object_id: sorted(s.kind for s in level.arrivals if s.arrives == o.object_id) for o in level.objectives}
    assert called == {mast.object_id: ["dis"], generator.object_id: ["bul"], core.object_id: ["bul", "dis"]}
    at_start = [spawn.kind for spawn in level.enemy_spawns if not spawn.arrives]
    assert at_start.count("bul") == 3 and at_start.count("dis") == 4
    assert any(trigger.action == "alarm" for trigger in level.triggers) and len(level.zones) == 2


def test_the_landing_field_stays_the_largest_level_the_memory_bench_plays():
    """The bench plays the level with the most cells times machines (bench/memory.py)."""
    def size(level):
        return level.width * level.height * len(level.enemy_spawns)
    assert size(load_level(COMMAND)) < size(load_level(LEVELS / "landing_field.tmx"))
