"""Sound cues: which simulation events make which sounds, placed by where they happen against the view, plus the
cockpit's repeating warnings (heat), the lock-on ticks and a hold's countdown (its start chimed once until the hold
drains away). Rei chirps before she speaks;
Fouron's voice, its seizing the controls and its letting go are the cockpit's own sounds, and the base's alarm and
the objectives are heard wherever the player is. A sound out in the world pans by where it is across the screen and
fades with its distance past the view's edge (`placement`); too far off, it is not played. A sound asked for several
times in one frame plays once, where they happened (weighted by how loud each is): copies started on the same sample
only add up to a louder click. Many far-off copies play a little louder than the nearest, never more than MAX_BOOST
above it nor above the sound's own level. Audio keeps a sound from starting again too soon after its last start."""

import math

from game.audio.mixer import PAN_LIMIT
from game.sim.components import Heat, Position
from game.sim.events import (AdvisorSpoke, AlarmRaised, Damaged, Dashed, Deflected, Destroyed, Disabled, Fired,
                             FouronReleased, FouronSeized, GateOpened, GateShut, HoldStarted, LevelEnded,
                             LockAcquired, MissileLaunched, MissileShotDown, ObjectiveReached, Overheated, PartHit,
                             PilotEjected, PlayerSpotted, Rammed, Reinforced, ReinforcementsCalled, ShotStopped,
                             ShotTelegraphed, Vented, VmaxCharged, VmaxEnded, VmaxRefused, VmaxStarted)
from game.sim.resources import TICK_RATE
from game.sim.systems.missiles import lock_progress

# Sounds for events that happen to one machine: whoever it is, the cockpit hears it.
# V-MAX's meter filling, and a press it would not start on, are heard as well as seen: the player's eyes are on the
# fight, not on the gauge.
CUES = {Dashed: "dash", VmaxStarted: "vmax_start", VmaxEnded: "vmax_end", Overheated: "overheat",
        Vented: "vented", LockAcquired: "locked", MissileLaunched: "missile_launch", VmaxCharged: "vmax_ready",
        VmaxRefused: "vmax_denied"}
# Sounds for things out in the world: panned and faded by where they happen.
PLACED = {Damaged: "hit", Destroyed: "explosion", Deflected: "deflect", Rammed: "ram", PartHit: "part_hit",
          Disabled: "power_down", PilotEjected: "eject", MissileShotDown: "missile_down",
          Reinforced: "dash",  # a reinforcement lands with a thruster's burst
          GateOpened: "shutter", GateShut: "shutter"}
PLAYER_HIT = "hit_player"  # a hit on the player's own machine: heavier than the hits it deals, heard in the cockpit
WALL_HIT = "ricochet"  # a shot stopped by a wall (Audio spaces them out: walls stop many)
# The cockpit's AIs: whoever speaks, and the black box taking the controls and giving them back.
VOICES = {"rei": "rei_chirp", "fouron": "fouron_voice"}
# Heard wherever the player is, centred: the black box, being spotted, the base's alarm (it calls every enemy), the
# objectives.
CENTRED = {FouronSeized: "fouron_seize", FouronReleased: "fouron_release", PlayerSpotted: "alert",
           AlarmRaised: "base_alarm", ObjectiveReached: "objective", HoldStarted: "hold_start",
           ReinforcementsCalled: "base_alarm"}  # the base's alarm: what an alarm does, calling machines in
WARNING_EVERY = 1.0  # s between heat warning beeps
LOCK_TICK_EVERY = 0.12  # s between ticks while a lock builds
# Distances past the view's edge, in view widths: full volume within FULL_WITHIN (shots landing just off screen, an
# enemy about to come in: the player's rifle reaches 760 px, a quarter view past the edge with the camera's lead),
# fading linearly to silence at SILENT_AT (1.5 views out: a fight the player can neither see nor reach soon).
FULL_WITHIN, SILENT_AT = 0.25, 1.5
QUIETEST = 0.05  # -26 dB: quieter would be lost under anything else playing and only take a channel
LOUDER_EACH_DOUBLING = 0.3  # a sound asked for twice in a frame plays this much louder than the nearest copy...
MAX_BOOST = 10 ** (3 / 20)  # ... but at most 3 dB louder, and never above its own level (volume 1)


class Cues:
    def __init__(self, audio) -> None:
        self.audio = audio
        self.since_warning = WARNING_EVERY
        self.since_tick = LOCK_TICK_EVERY
        self.seconds_held: list[int] = []  # whole seconds of each objective's hold, as last heard
        # Objects whose hold's start has been chimed and has not drained away since: the rules say HoldStarted each
        # time a count climbs back to HOLD_SETTLE, which a Layzner shoved on and off the edge does every other tick
        self.holds_chimed: list[int] = []
        self._asked: dict[str, list[tuple[float, float]]] = {}  # this frame's sounds, first asked first: (volume, pan)s

    def play(self, events, game, camera, dt: float) -> None:
        """Ask for the sound of each of this frame's events and the warnings', then play what was asked."""
        catalog = game.res.catalog
        for event in events:
            kind = type(event)
            if isinstance(event, Fired):
                self._play(catalog.weapons[event.weapon].sound if event.weapon in catalog.weapons else "",
                           camera, (event.x, event.y))
            elif isinstance(event, Damaged) and event.entity == game.player:
                self._play(PLAYER_HIT, camera, None)
            elif kind in PLACED:
                self._play(PLACED[kind], camera, (event.x, event.y))
            elif isinstance(event, ShotStopped):
                self._play(WALL_HIT if event.hit_wall else "", camera, (event.x, event.y))
            elif kind in CUES and getattr(event, "entity", game.player) == game.player:
                self._play(CUES[kind], camera, None)
            elif isinstance(event, HoldStarted):
                if event.object_id not in self.holds_chimed:
                    self.holds_chimed.append(event.object_id)
                    self._play(CENTRED[kind], camera, None)
            elif kind in CENTRED:
                self._play(CENTRED[kind], camera, None)
            elif isinstance(event, AdvisorSpoke):
                self._play(VOICES.get(event.speaker, ""), camera, None)
            elif isinstance(event, ShotTelegraphed):  # only the ones the player can see charging
                pos = game.world.try_get(event.entity, Position)
                if pos is not None and _on_screen(camera, pos.x, pos.y) and event.weapon in catalog.weapons:
                    self._play(catalog.weapons[event.weapon].windup_sound, camera, (pos.x, pos.y))
            elif isinstance(event, LevelEnded):
                self._play("win" if event.outcome == "won" else "lose", camera, None)
        self._warnings(game, camera, dt)
        self._play_asked()

    def _play_asked(self) -> None:
        """Each sound asked for this frame, once: as loud as its nearest copy and a little louder for each doubling of
        the copies (MAX_BOOST at most), panned toward the louder ones."""
        for name, heard in self._asked.items():
            nearest = max(volume for volume, _ in heard)
            louder = min(1.0 + LOUDER_EACH_DOUBLING * math.log2(len(heard)), MAX_BOOST)
            pan = sum(volume * at for volume, at in heard) / sum(volume for volume, _ in heard)
            self.audio.play(name, min(1.0, louder * nearest), pan)
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
        drained = {objective.object_id for objective, held in zip(game.res.level.objectives, game.res.objectives_held)
                   if not held}  # a hold climbing from nothing again starts afresh: its start is chimed again
        self.holds_chimed = [object_id for object_id in self.holds_chimed if object_id not in drained]

    def _play(self, name: str, camera, spot: tuple[float, float] | None) -> None:
        """Ask for `name` this frame, placed by where in the world it happens (None: in the cockpit, centred and
        full); skipped when too far off to be heard."""
        if not name:
            return
        volume, pan = (1.0, 0.0) if spot is None else placement(camera, *spot)
        if volume >= QUIETEST:
            self._asked.setdefault(name, []).append((volume, pan))


def placement(camera, x: float, y: float) -> tuple[float, float]:
    """(volume 0..1, pan) of a sound at world (x, y): full on screen and a little past it, fading to 0 with the
    distance past the view's edge (across or up and down alike); panned by where it is across the screen, never past
    PAN_LIMIT, so a sound far to one side is still heard a little on the other."""
    sx, sy = camera.to_screen(x, y)
    past = math.hypot(max(0.0, -sx, sx - camera.width), max(0.0, -sy, sy - camera.height))
    full, silent = FULL_WITHIN * camera.width, SILENT_AT * camera.width
    volume = max(0.0, min(1.0, (silent - past) / (silent - full)))
    pan = max(-PAN_LIMIT, min(PAN_LIMIT, (sx / camera.width - 0.5) * 2 * PAN_LIMIT))
    return volume, pan


def _on_screen(camera, x: float, y: float) -> bool:
    sx, sy = camera.to_screen(x, y)
    return 0 <= sx <= camera.width and 0 <= sy <= camera.height
