"""The sixth mission, the Gradosian Command: the campaign's last, three objectives in order behind two gates."""

from game.content.advisor import message_speaker
from game.content.chain import LEVELS
from game.content.level import load_level
from game.session import new_game
from game.sim.events import Damaged, PlayerSpotted
from game.sim.systems.speech import READING

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
    # Three moments (the hideout, the courtyard's sensors, the core's approach), each in two short lines, and her word
    # at each of the three supply caches (the mast, the courtyard, the core's door)
    assert len(briefings) == 9 and all(text.startswith("Rei: ") for text in briefings)
    assert len([trigger for trigger in level.triggers if trigger.action == "repair"]) == 3


def test_each_objective_reached_opens_the_gate_to_the_next_and_the_core_brings_a_machine_down_hard_every_one():
    level = load_level(COMMAND)
    mast, generator, core = level.objectives
    assert sorted(gate.opens for gate in level.gates) == sorted([mast.object_id, generator.object_id])

    def called(on):
        return {o.object_id: sorted(s.kind for s in level.arrivals if s.arrives == o.object_id and s.placed_on(on))
                for o in level.objectives}
    # on Normal one machine on the last hold: the mast's, the generator's and the sensors' landers made each fight a
    # wall for a new pilot; Hard keeps them
    assert called("normal") == called("easy") == {mast.object_id: [], generator.object_id: [], core.object_id: ["dis"]}
    assert called("hard") == {mast.object_id: ["dis"], generator.object_id: ["bul"], core.object_id: ["bul", "dis"]}
    sensors = [s.placed_on("normal") for s in level.arrivals if s.arrives not in called("hard")]
    assert sensors == [False]  # and the sensors' lander
    def at_start(on):
        return sorted(spawn.kind for spawn in level.enemy_spawns if not spawn.arrives and spawn.placed_on(on))
    # Normal has no Bul by the outer gate, on the mast's first fight, nor in line with it, where the gate opening at the
    # mast's hold let it shell the mast: its generator heavy stands by the generator; Hard keeps both as well
    assert at_start("normal") == at_start("easy") == ["bul"] * 2 + ["dis"] * 4
    assert at_start("hard") == ["bul"] * 4 + ["dis"] * 4
    assert any(trigger.action == "alarm" for trigger in level.triggers) and len(level.zones) == 2


def test_a_pilot_reading_the_briefing_at_the_start_is_not_seen_before_rei_s_two_lines_have_been_read():
    # The avenue's patrol walked into sight of the hideout 5 s in and hit the Layzner at 0:06, while the second of
    # Rei's lines had not yet begun: its beat now ends north of where the hideout's mouth looks out on the avenue
    game = new_game(COMMAND, seed=1)
    read_by, seen = 0.0, None
    while game.seconds < 25:  # over twice the 10 s both lines take to read
        game.step()
        voice = game.res.voice
        if voice.holder == "rei.message":
            read_by = max(read_by, voice.read_until)
        shot = any(isinstance(event, Damaged) and event.entity == game.player for event in game.res.events)
        if seen is None and (shot or any(isinstance(event, PlayerSpotted) for event in game.res.events)):
            seen = game.seconds
    hideout = [trigger.text for trigger in game.res.level.triggers if trigger.name.startswith("hideout")]
    words = [message_speaker(text)[1] for text in hideout]  # said without the "Rei: "
    assert len(hideout) == 2 and read_by >= sum(len(said) for said in words) / READING  # both said, and read
    assert seen is None or seen > read_by
    game.close()


def test_the_landing_field_stays_the_largest_level_the_memory_bench_plays():
    """The bench plays the level with the most cells times machines (bench/memory.py)."""
    def size(level):
        return level.width * level.height * len(level.enemy_spawns)
    assert size(load_level(COMMAND)) < size(load_level(LEVELS / "landing_field.tmx"))
