"""The music's fight layer: it comes in within a second of a fight's first sign and goes slowly once the fight is over,
with no flapping in a lull; it plays at the music's volume, sinks with it in a pause and under a warning, is gone with
the level, and is never heard on the title or the menus, nor by a muted game."""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.audio import Audio  # noqa: E402
from game.audio.fight import QUIET_AFTER, FightWatch  # noqa: E402
from game.audio.mixer import (FIGHT_DIR, FIGHT_LAYERS, FIGHT_OUT_MS, MUSIC_HEADROOM, NUM_CHANNELS,  # noqa: E402
                              PAUSED_MUSIC)
from game.sim.components import Brain  # noqa: E402
from game.sim.events import Damaged  # noqa: E402
from game.sim.resources import TICK_RATE  # noqa: E402
from tests.audio.fakes import Clock, FakeChannel, FakeSound  # noqa: E402

FRAME_MS = 17


@pytest.fixture(autouse=True)
def fresh_mixer():
    pygame.mixer.quit()
    pygame.mixer.init()  # the bed plays on the dummy driver; the layer's channel is a fake the test reads
    yield
    pygame.mixer.quit()


def fight_audio(track: str = "mars_wind", sounds=()):
    """An Audio whose fight layer plays on a fake channel, on a clock the test moves, music volume full, `track` on."""
    clock, channel, loaded = Clock(), FakeChannel(), []

    def load(path: Path) -> FakeSound:
        loaded.append(path)
        return FakeSound()

    audio = Audio({name: FakeSound() for name in sounds}, clock=clock, layer_channel=channel, load_layer=load,
                  find_channel=lambda: None)
    audio.set_music_volume(1.0)
    audio.play_music(track)
    return audio, clock, channel, loaded


def frames(audio, clock, count: int) -> None:
    for _ in range(count):
        clock.now += FRAME_MS
        audio.update()


def level(channel) -> float:
    """The layer's share of the full music level (the volume the bed plays at)."""
    return channel.volume[0] / MUSIC_HEADROOM if channel.busy else 0.0


def test_a_fight_brings_its_worlds_layer_in_within_a_second_from_its_start_and_it_goes_slowly_once_over():
    audio, clock, channel, loaded = fight_audio()
    frames(audio, clock, 30)
    assert not channel.busy and loaded == []  # no fight: nothing plays, nothing is even loaded
    audio.set_fighting(True)
    heard = []
    for _ in range(70):
        frames(audio, clock, 1)
        heard.append(level(channel))
    assert loaded == [FIGHT_DIR / "mars.wav"] and channel.plays == 1 and channel.loops == -1  # looped, started once
    assert heard[0] < 0.05 and heard[-1] == pytest.approx(1.0)  # from silence to full...
    assert heard.index(1.0) * FRAME_MS <= 1100  # ...within about a second
    audio.set_fighting(False)
    going = []
    for _ in range(int(FIGHT_OUT_MS / FRAME_MS) + 5):
        frames(audio, clock, 1)
        going.append(level(channel))
    assert going[int(3000 / FRAME_MS)] > 0.1  # still heard 3 s on: the fight's music does not drop away
    assert max(a - b for a, b in zip([1.0] + going, going)) < 0.01  # a steady fall, no step
    assert going[-1] == 0.0 and not channel.busy  # and then gone, its channel stopped


def test_the_layer_plays_at_the_music_volume_and_sinks_with_the_track_in_a_pause(monkeypatch):
    bed = []
    monkeypatch.setattr(pygame.mixer.music, "set_volume", bed.append)
    audio, clock, channel, _ = fight_audio()
    audio.set_fighting(True)
    frames(audio, clock, 70)
    assert channel.volume == pytest.approx((bed[-1], bed[-1]))  # as loud as the bed, all the way in
    audio.set_music_volume(0.5)
    assert channel.volume[0] == pytest.approx(0.5 * MUSIC_HEADROOM) == bed[-1]
    audio.pause()
    assert channel.volume[0] == pytest.approx(0.5 * MUSIC_HEADROOM * PAUSED_MUSIC) == pytest.approx(bed[-1])
    assert channel.unpaused and channel.busy  # it plays on under the menu, as the bed does
    audio.set_fighting(False)
    frames(audio, clock, 300)  # five seconds paused: the fight is held as the game is
    assert channel.volume[0] == pytest.approx(0.5 * MUSIC_HEADROOM * PAUSED_MUSIC)
    audio.resume()
    assert channel.volume[0] == pytest.approx(0.5 * MUSIC_HEADROOM)
    audio.set_music_volume(0.0)
    assert channel.volume == (0.0, 0.0)


def test_a_warning_ducks_the_layer_as_far_as_the_track(monkeypatch):
    bed = []
    monkeypatch.setattr(pygame.mixer.music, "set_volume", bed.append)
    warning = FakeChannel()
    audio, clock, channel, _ = fight_audio(sounds=["overheat"])
    audio._find_channel = lambda: warning
    audio.set_fighting(True)
    frames(audio, clock, 70)
    full = channel.volume[0]
    audio.play("overheat")
    frames(audio, clock, 6)
    ducked = bed[-1] / MUSIC_HEADROOM  # the track's share of its full level under the warning
    assert ducked < 0.5 and channel.volume[0] / full == pytest.approx(ducked)


def test_a_level_s_layer_is_loaded_as_it_loads_not_in_the_fight_s_first_frame():
    """Loading it takes 7-30 ms: a hitch the moment the fight starts."""
    audio, clock, channel, loaded = fight_audio()
    audio.prepare_fight()
    assert loaded == [FIGHT_DIR / "mars.wav"] and not channel.busy
    audio.set_fighting(True)
    frames(audio, clock, 1)
    assert channel.busy and len(loaded) == 1


def test_leaving_the_level_fades_the_layer_out_at_once_and_the_next_fight_starts_it_from_its_first_bar():
    audio, clock, channel, loaded = fight_audio()
    audio.set_fighting(True)
    frames(audio, clock, 70)
    audio.leave_fight()
    assert channel.faded and audio.fight_gain == 0.0
    channel.busy = False  # the fade is over
    frames(audio, clock, 120)
    assert not channel.busy  # the title after the level: nothing comes back
    audio.set_fighting(True)
    frames(audio, clock, 1)
    assert channel.plays == 2 and len(loaded) == 1  # from its start again, loaded once


def test_each_world_has_its_own_layer_and_a_track_of_none_has_none():
    audio, clock, channel, loaded = fight_audio("manhattan_rain")
    audio.set_fighting(True)
    frames(audio, clock, 70)
    audio.play_music("mars_wind")  # another world: its fight starts afresh, with its own layer
    assert audio.fight_gain == 0.0 and channel.faded
    channel.busy = False
    audio.set_fighting(True)  # the new level's first frame says whether its fight is on
    frames(audio, clock, 70)
    audio.play_music("")  # a map with no music: no layer either
    channel.busy = False
    audio.set_fighting(True)
    frames(audio, clock, 70)
    assert loaded == [FIGHT_DIR / "manhattan.wav", FIGHT_DIR / "mars.wav"] and not channel.busy
    assert set(FIGHT_LAYERS.values()) == {path.stem for path in FIGHT_DIR.glob("*.wav")}


def test_a_muted_game_plays_no_layer_and_a_layer_that_will_not_load_is_silence_not_a_crash(caplog):
    muted = Audio.open(enabled=False)
    muted.play_music("mars_wind")
    muted.set_fighting(True)
    muted.update()
    assert muted.fight_gain == 0.0

    def broken(path):
        raise pygame.error("not a wav")
    audio, clock, channel, _ = fight_audio()
    audio._load_layer = broken
    audio.set_fighting(True)
    frames(audio, clock, 70)
    assert not channel.busy and audio.fight_gain == 0.0 and "fight music" in caplog.text


def test_on_the_real_mixer_the_layer_has_a_channel_of_its_own_that_the_effects_never_take():
    """Not even while no fight is heard and every other channel is busy: the fight's start would cut that sound."""
    audio = Audio.open()
    try:
        audio.play_music("mars_wind")
        layer = pygame.mixer.Channel(NUM_CHANNELS)
        for _ in range(2):
            for name in sorted(audio.names):
                audio._started_at.clear()  # no restart gap: every sound tries for a channel
                audio.play(name)
                assert not layer.get_busy(), name
        assert all(pygame.mixer.Channel(i).get_busy() for i in range(NUM_CHANNELS))  # the effects had them all
        audio.set_fighting(True)
        audio.update()
        assert layer.get_busy() and layer.get_sound().get_length() == pytest.approx(8 * 4 * 60 / 126, abs=0.01)
    finally:
        audio.close()


# ---------------------------------------------------------------- when the fight is on, read from the game


def scripted(states=("patrol",), tick=0, outcome=None):
    """A game as the watch reads it: machines' Brains in `states`, at `tick`, its outcome."""
    brains = {entity: Brain(state=state) for entity, state in enumerate(states, 1)}
    world = SimpleNamespace(index=lambda kind: brains if kind is Brain else {})
    return SimpleNamespace(world=world, tick=tick, outcome=outcome, brains=brains)


def test_a_machine_aware_of_the_layzner_or_a_hit_is_a_fight_and_it_is_over_quiet_after_seconds_of_neither():
    watch, game = FightWatch(), scripted(("patrol", "patrol"))
    assert not watch.fighting(game, [])  # patrols going their rounds: no fight
    game.brains[2].state = "alert"  # spotted
    assert watch.fighting(game, [])
    game.brains[2].state = "search"  # lost behind a wall
    last = game.tick
    on = []
    while game.tick < last + 2 * QUIET_AFTER * TICK_RATE:
        game.tick += 1
        on.append(watch.fighting(game, []))
    held = round(QUIET_AFTER * TICK_RATE)
    assert all(on[:held - 1]) and not any(on[held:])  # held QUIET_AFTER s through the lull, then over
    game.brains[2].state = "return"
    assert watch.fighting(game, [Damaged(entity=1, amount=5.0, x=0.0, y=0.0, source=9)])  # a hit: a fight again


def test_a_machine_in_and_out_of_sight_keeps_the_fight_on_without_a_break():
    """Engaged, lost, engaged again every second: the layer must not flap with it."""
    watch, game = FightWatch(), scripted(("engage",))
    for tick in range(10 * TICK_RATE):
        game.tick = tick
        game.brains[1].state = "engage" if tick % TICK_RATE < TICK_RATE // 2 else "search"
        assert watch.fighting(game, [])


def test_a_decided_level_is_no_fight_and_another_game_starts_afresh():
    watch, game = FightWatch(), scripted(("engage",), tick=500)
    assert watch.fighting(game, [])
    game.outcome = "won"
    assert not watch.fighting(game, [])
    again = scripted(("patrol",), tick=0)  # the level restarted: the last run's signs count for nothing
    assert not watch.fighting(again, [])
