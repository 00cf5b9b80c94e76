"""Sound cues: which simulation events make which sounds, panned by where they happen on screen, plus the
cockpit's repeating warnings (heat), the lock-on ticks and a hold's countdown. Rei chirps before she speaks;
Fouron's voice, its seizing the controls and its letting go are the cockpit's own sounds. A sound asked for
several times in one frame plays once, a little louder, where they happened on average: copies started on the same
sample only add up to a louder click. Nor does a sound start again within RESTART_GAP of its last start: in a big
fight each frame would start another copy of the enemy rifle on top of the last few, 17 ms apart (a phasey, 60 Hz
comb), and the copies' sum drowned the cockpit's warnings."""

import math

from game.sim.components import Heat, Position
from game.sim.events import (AdvisorSpoke, Damaged, Dashed, Deflected, Destroyed, Disabled, Fired, FouronReleased,
                             FouronSeized, LevelEnded, LockAcquired, MissileLaunched, Overheated, PartHit,
                             PilotEjected, PlayerSpotted, Rammed, ShotTelegraphed, Vented, VmaxEnded, VmaxStarted)
from game.sim.resources import TICK_RATE
from game.sim.systems.missiles import lock_progress

# Sounds for events that happen to one machine: whoever it is, the cockpit hears it.
CUES = {Dashed: "dash", VmaxStarted: "vmax_start", VmaxEnded: "vmax_end", Overheated: "overheat",
        Vented: "vented", LockAcquired: "locked", MissileLaunched: "missile_launch"}
# Sounds for things out in the world: panned by where they happen.
PLACED = {Damaged: "hit", Destroyed: "explosion", Deflected: "deflect", Rammed: "ram", PartHit: "part_hit",
          Disabled: "power_down", PilotEjected: "eject"}
# The cockpit's AIs: whoever speaks, and the black box taking the controls and giving them back.
VOICES = {"rei": "rei_chirp", "fouron": "fouron_voice"}
COCKPIT = {FouronSeized: "fouron_seize", FouronReleased: "fouron_release"}
WARNING_EVERY = 1.0  # s between heat warning beeps
LOCK_TICK_EVERY = 0.12  # s between ticks while a lock builds
LOUDER_EACH_DOUBLING = 0.3  # a sound asked for twice in a frame plays this much louder, four times twice this
# s before a sound may start again (every 4th frame at 60 FPS); asked sooner, the copy still ringing stands for it.
# Shorter than any one machine's repeat (the rifle's every 6 ticks, which frames deliver at least 5 ticks' time apart,
# 83 ms; the lock's ticks), so it thins only many machines' sounds.
RESTART_GAP = 0.06


class Cues:
    def __init__(self, audio) -> None:
        self.audio = audio
        self.since_warning = WARNING_EVERY
        self.since_tick = LOCK_TICK_EVERY
        self.seconds_held: list[int] = []  # whole seconds of each objective's hold, as last heard
        self._asked: dict[str, list[float]] = {}  # this frame's sounds, in the order first asked: their pans
        self._clock = 0.0  # s of frames played
        self._started: dict[str, float] = {}  # when each sound last started, on that clock

    def play(self, events, game, camera, dt: float) -> None:
        catalog = game.res.catalog
        for event in events:
            kind = type(event)
            if isinstance(event, Fired):
                self._play(catalog.weapons[event.weapon].sound if event.weapon in catalog.weapons else "",
                           camera, event.x)
            elif kind in PLACED:
                self._play(PLACED[kind], camera, event.x)
            elif kind in CUES and getattr(event, "entity", game.player) == game.player:
                self._play(CUES[kind], camera, None)
            elif kind in COCKPIT:
                self._play(COCKPIT[kind], camera, None)
            elif isinstance(event, AdvisorSpoke):
                self._play(VOICES.get(event.speaker, ""), camera, None)
            elif isinstance(event, ShotTelegraphed):  # only the ones the player can see charging
                pos = game.world.try_get(event.entity, Position)
                if pos is not None and _on_screen(camera, pos.x, pos.y):
                    self._play("telegraph", camera, pos.x)
            elif isinstance(event, PlayerSpotted):
                self._play("alert", camera, None)
            elif isinstance(event, LevelEnded):
                self._play("win" if event.outcome == "won" else "lose", camera, None)
        self._warnings(game, camera, dt)
        self._clock += dt
        for name, pans in self._asked.items():
            if self._clock - self._started.get(name, -RESTART_GAP) < RESTART_GAP:
                continue
            self._started[name] = self._clock
            louder = 1.0 + LOUDER_EACH_DOUBLING * math.log2(len(pans))
            self.audio.play(name, louder, sum(pans) / len(pans))
        self._asked.clear()

    def _warnings(self, game, camera, dt: float) -> None:
        heat = game.world.try_get(game.player, Heat)
        spec = game.res.catalog.units[game.res.catalog.player].heat
        self.since_warning += dt
        if heat is not None and spec is not None and heat.value >= spec.warning and not heat.overheated:
            if self.since_warning >= WARNING_EVERY:
                self.since_warning = 0.0
                self._play("heat_warning", camera, None)
        progress = lock_progress(game.world, game.res, game.player)
        self.since_tick += dt
        if 0 < progress < 1 and self.since_tick >= LOCK_TICK_EVERY:
            self.since_tick = 0.0
            self._play("lock_on", camera, None)
        self._hold_countdown(game, camera)

    def _hold_countdown(self, game, camera) -> None:
        """A pip each time a hold counts another whole second: the player hears the count while watching the fight."""
        seconds = [held // TICK_RATE for held in game.res.objectives_held]
        if any(now > before for now, before in zip(seconds, self.seconds_held)):
            self._play("hold_tick", camera, None)
        self.seconds_held = seconds

    def _play(self, name: str, camera, world_x: float | None) -> None:
        """Ask for `name` this frame, panned by where on screen it happens (None: in the cockpit, centred)."""
        if not name:
            return
        pan = 0.0
        if world_x is not None:
            screen_x, _ = camera.to_screen(world_x, 0)
            pan = max(-1.0, min(1.0, (screen_x / camera.width - 0.5) * 1.6))
        self._asked.setdefault(name, []).append(pan)


def _on_screen(camera, x: float, y: float) -> bool:
    sx, sy = camera.to_screen(x, y)
    return 0 <= sx <= camera.width and 0 <= sy <= camera.height
