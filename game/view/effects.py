"""Cosmetic effects born from simulation events: flashes, sparks, explosions, smoke, debris, wrecks, shake.

They draw from their own random generator, so they never disturb the simulation's.
"""

import math
import random

import numpy as np
import pygame

from game.sim.events import (Damaged, Deflected, Destroyed, Disabled, Fired, MissileShotDown, NearMiss, PartHit,
                             PilotEjected, PlayerSpotted, Rammed, Reinforced, ShotStopped, VmaxStarted)
from game.view.feedback import landing_near, shake_for
from game.view.particles import DEBRIS, DUST, SMOKE, SPARK, STEAM, ParticleImages, Particles
from game.view.sprites import SpriteBank
from game.view.weather import Weather

EXPLOSION_FRAME = 96
EXPLOSION_TIME = 0.7  # s for the whole fireball strip
FLASH_TIME = 0.05  # s a muzzle flash or hit glow shows: three frames at 60 FPS
AFTERIMAGE_TIME = 0.32  # s a V-MAX afterimage takes to fade
AFTERIMAGE_EVERY = 0.05  # s between afterimages: far enough apart at V-MAX speed to read as copies
PLUME_TIME = 5.0  # s a disabled machine smokes, thinning out
SHORTING_TIME = 1.5  # s it spits sparks as its systems die
WRECKS_KEPT = 60  # wrecks left on the ground; past that the oldest fade away, so a long fight costs no more to draw
WRECK_FADE = 2.0  # s an old wreck takes to fade out
# A wreck reads as dead: its picture drawn grey, CHARRED as light, its embers gone dull (by night their glow made a
# charred Dis look like a live one crouching), and it smoulders, a thin wisp every SMOULDER_EVERY s for SMOULDER_TIME
CHARRED = 0.62
CHARRED_COLOUR = 0.2  # share of the art's own colour kept in the grey
SMOULDER_TIME = 20.0
SMOULDER_EVERY = 0.4
SCALED_KEPT = 256  # scaled flashes and blasts kept (a setting's scale, a blast's size): few are in use at once
CLOCKS_KEPT = 512  # emitters' puff clocks kept: every missile fired gets one, and nothing says when it is gone
LANDING_PUFFS = 20  # puffs in the ring a landing blows out from its spot: enough to read as a ring, not a cloud
STRUCK_TIME = 0.07  # s the Layzner's body flashes white when hit: four frames, long enough to see, short of a blink
# s another machine's body flashes white when hit: two frames at 60 FPS. The rifle fires ten bolts a second, so a
# longer flash would hold a machine under fire white; two frames in six still say each bolt landed.
ENEMY_STRUCK_TIME = 0.04
HIT_MARK_TIME = 0.4  # s a red mark on the Layzner's hull points at the machine whose shot hit it, fading
HIT_MARKS_KEPT = 4  # shooters with a mark at once, the latest: more is more than an eye takes in mid-fight
# px from the Layzner's centre: the mark's arc hugs its hull (60 x 40 px), its triangle standing out from it toward the
# shooter. Set 58 px off as a chevron, two of them read as a lock-on's brackets round the machine
HIT_MARK_RADIUS = 31
EDGE_MARGIN = 28  # px in from the screen's edge the mark for a shooter off screen stands
WORN = 0.35  # share of its armour below which the Layzner smokes and sparks: the bar is not the only place to read it
RING_TIME = 0.6  # s the Layzner's blast ring takes to spread and fade
WHITEOUT_TIME = 0.3  # s the screen takes to fade back from white as the Layzner blows up
HIT_RED = (235, 45, 35)
HIT_MARK_STEPS = 64  # directions a mark is drawn in, made once each
HIT_MARK_SIZE = 2 * (HIT_MARK_RADIUS + 20)  # px square a mark's picture takes, about the Layzner's centre
ARC_SPAN = 0.8  # radians each side of the shooter's line the mark's arc runs along the hull


class Effects:
    def __init__(self, sprites: SpriteBank, feel, seed: int = 0) -> None:
        self.sprites = sprites
        # Whether the ground at a map point is wet (the weather's wet_at, which the renderer gives it): there a landing
        # or a pod's launch throws up spray (STEAM), there being no dust to raise.
        self.wet_at = Weather.wet_at
        self.feel = feel
        self.rng = random.Random(seed ^ 0x5EED)  # cosmetic only
        self.shake_scale = 1.0  # the player's settings, refreshed every frame
        self.flash_scale = 1.0
        self.particles = Particles()
        self.afterimages: list[list] = []  # [sprite, x, y, angle, age]
        self._since_afterimage: dict[int, float] = {}  # entity → s since its last afterimage
        self._since_puff: dict[int, float] = {}  # entity → s since its last steam or smoke puff
        self.flashes: list[list] = []      # [sprite, x, y, angle, age]: a glow for a few frames
        self.explosions: list[list] = []   # [x, y, age, scale]
        self.wrecks: list[tuple] = []      # (x, y, angle, kind) decals that stay, the newest WRECKS_KEPT
        self.fading_wrecks: list[list] = []  # [x, y, angle, kind, age]: the oldest, pushed out, fading away
        self.smouldering: list[list] = []  # [x, y, age] of the wrecks still giving off smoke
        self._charred: dict[pygame.Surface, pygame.Surface] = {}  # a wreck's turned picture → it drawn dead
        self.markers: list[list] = []      # [entity, age]: "spotted!" above an enemy
        self.hurt: dict[int, float] = {}   # entity → s since last hit (health bar shows for a while)
        self.plumes: dict[int, float] = {}  # disabled machine → s since it was disabled (it smokes a while)
        # a machine → [s since it was hit, s its flash lasts, share it dims by as it goes]: its body flashes white
        # (the player's longer, fading; another machine's two frames, white in both)
        self.struck: dict[int, list] = {}
        # (x, y, angle, kind) of the Layzner's wreck once it blew up: drawn over the machines (draw_layzner_wreck) and
        # followed by the camera through the result's delay, not lost under the Dis that killed it
        self.layzner_wreck: tuple | None = None
        self.hits_taken: list[list] = []   # [source, x, y, age]: where shots that hit the player came from
        self.rings: list[list] = []        # [x, y, age]: the shock ring of the Layzner's blast
        self.whiteout: float | None = None  # s since the Layzner blew up, while the screen fades back from white
        self.pending_shake = 0.0
        # The spark is premultiplied because it is drawn as added light.
        images = list(sprites.strip("particles", 16))
        images[SPARK] = images[SPARK].premul_alpha()
        images.append(sprites.image("steam"))
        self._particle_images = ParticleImages(images)
        self._scaled: dict[tuple, pygame.Surface] = {}  # (image, size) → the image smoothscaled to that size
        self._white: dict[pygame.Surface, pygame.Surface] = {}  # a body sprite → it in white, for a hit's flash
        # angle step → a hit's red marks pointing that way: on the hull, and at the screen's edge
        self._hit_marks: dict[int, tuple[pygame.Surface, pygame.Surface]] = {}

    # -- events → effects --------------------------------------------------------------------------
    def on_events(self, events, player: int, layzner=None) -> None:
        """`layzner`: the player's machine's place (px), which a landing near it shakes the screen for."""
        self.pending_shake += shake_for(events, player, self.feel)
        for event in events:
            if isinstance(event, Fired):
                self.flashes.append(["muzzle_flash", event.x, event.y, event.angle, 0.0])
            elif isinstance(event, Damaged):
                self._sparks(event.x, event.y, 6, 220)
                self._glow("spark_hit", event.x, event.y)
                self.hurt[event.entity] = 0.0
                if event.entity == player:
                    self._struck(event)
                else:
                    self.struck[event.entity] = [0.0, ENEMY_STRUCK_TIME, 0.0]
            elif isinstance(event, ShotStopped) and event.hit_wall:
                self._sparks(event.x, event.y, 3, 140)
                self._puff(event.x, event.y, DUST, 1)
            elif isinstance(event, Destroyed):
                if event.entity == player:
                    self._wreck_player(event.x, event.y)
                else:
                    self._explode(event.x, event.y)
                    if self.sprites.has(f"{event.kind}_wreck"):  # smoulders from now (not those a seek lays, long cold)
                        self.smouldering.append([event.x, event.y, 0.0])
                self.lay_wrecks((event,), player)
            elif isinstance(event, PlayerSpotted):
                self.markers.append([event.entity, 0.0])
            elif isinstance(event, Deflected):
                self._glow("deflect", event.x, event.y)
                self._sparks(event.x, event.y, 8, 320)
            elif isinstance(event, Rammed):
                self._sparks(event.x, event.y, 22, 460)
                self._puff(event.x, event.y, SMOKE, 3)
            elif isinstance(event, MissileShotDown):
                self.explosions.append([event.x, event.y, 0.0, 0.4])
                self._sparks(event.x, event.y, 10, 300)
            elif isinstance(event, NearMiss):
                self._sparks(event.x, event.y, 2, 90)
            elif isinstance(event, VmaxStarted):
                self._since_afterimage[event.entity] = AFTERIMAGE_EVERY  # the first afterimage at once
            elif isinstance(event, PartHit):  # a precise hit on an arm or the legs: a hotter, sharper flash
                self._glow("part_spark", event.x, event.y)
                self._sparks(event.x, event.y, 5, 260)
            elif isinstance(event, Disabled):
                self._glow("spark_hit", event.x, event.y)
                self._sparks(event.x, event.y, 16, 320)
                self._puff(event.x, event.y, SMOKE, 4, spread=12.0)
                self.plumes[event.entity] = 0.0
                self.hurt.pop(event.entity, None)
            elif isinstance(event, PilotEjected):  # the pod's launch blows the ground up round it
                self._puff(event.x, event.y, self._ground_puffs(event.x, event.y)[0], 5, spread=6.0)
                self._puff(event.x, event.y, SMOKE, 2, spread=4.0)
                self._sparks(event.x, event.y, 4, 160)
            elif isinstance(event, Reinforced):
                self._landed(event.x, event.y, layzner)

    def _landed(self, x: float, y: float, layzner) -> None:
        """A reinforcement comes down: a flash, a ring of dust (spray on wet ground) blown out from its feet, and
        a jolt the nearer the Layzner is. Without it the ring closed and a Dis simply stood there."""
        puffs = self._ground_puffs(x, y)
        for _ in range(2):  # two stars crossed: one hit's glow is too small for a machine's landing
            self._glow("spark_hit", x, y)
        self._sparks(x, y, 10, 260)
        for at in range(LANDING_PUFFS):  # evenly round, jittered: a ring, not a burst from one side
            a = (at + self.rng.uniform(-0.3, 0.3)) * math.tau / LANDING_PUFFS
            s = self.rng.uniform(150, 230)
            self.particles.add(x + math.cos(a) * 16, y + math.sin(a) * 16, math.cos(a) * s, math.sin(a) * s,
                               self.rng.uniform(0.5, 0.9), puffs[at % len(puffs)], grow=1.8,
                               drag=3.5)
        near = landing_near(layzner, x, y)  # the pad in the player's hands buzzes as much (feedback.rumble_for)
        if near > 0:
            self.pending_shake += self.feel.shake.landed * near

    def _ground_puffs(self, x: float, y: float) -> tuple[int, ...]:
        """What the ground at (x, y) throws up when something strikes it, puff by puff: spray where it is wet, else
        dust, greyed by smoke (dust alone hardly shows on Mars's sand)."""
        return (STEAM,) if self.wet_at(x, y) else (DUST, SMOKE)

    def vent(self, entity: int, x: float, y: float, dt: float) -> None:
        """An overheated machine blows steam from its open hatches."""
        if self._every(self._since_puff, entity, dt, 0.05):
            a = self.rng.uniform(0, math.tau)
            self.particles.add(x + math.cos(a) * 12, y + math.sin(a) * 12, math.cos(a) * 60,
                               math.sin(a) * 60 - 25, self.rng.uniform(0.6, 1.1), STEAM, grow=1.4, drag=1.2)

    def smoke(self, entity: int, x: float, y: float, dt: float) -> None:
        """A disabled machine smokes from its wound, thinning out over PLUME_TIME, and shorts out at first."""
        age = self.plumes.get(entity)
        if age is None or age >= PLUME_TIME:
            return
        thin = age / PLUME_TIME
        if self._every(self._since_puff, entity, dt, 0.06 + 0.22 * thin):
            a = self.rng.uniform(0, math.tau)
            self.particles.add(x + math.cos(a) * 8, y + math.sin(a) * 8, self.rng.uniform(-12, 12),
                               -self.rng.uniform(28, 46), self.rng.uniform(1.0, 1.6) * (1.0 - 0.4 * thin),
                               SMOKE, grow=1.8, drag=0.6)
        if age < SHORTING_TIME and self.rng.random() < dt * 7:
            self._sparks(x + self.rng.uniform(-14, 14), y + self.rng.uniform(-14, 14), 3, 180)

    def worn(self, entity: int, x: float, y: float, armour: float, dt: float) -> None:
        """The player's machine below WORN of its armour (`armour`: the share left) trails thin smoke and now and then
        a spark, thicker the lower it is."""
        if armour >= WORN:
            return
        low = 1.0 - max(0.0, armour) / WORN  # 0 just below WORN, 1 at nothing left
        if self._every(self._since_puff, ("worn", entity), dt, 0.12 - 0.06 * low):
            a = self.rng.uniform(0, math.tau)
            self.particles.add(x + math.cos(a) * 7, y + math.sin(a) * 7, self.rng.uniform(-8, 8),
                               -self.rng.uniform(22, 36), self.rng.uniform(0.8, 1.3), SMOKE, grow=1.6, drag=0.6)
        if self.rng.random() < dt * (0.8 + 2.2 * low):
            self._sparks(x + self.rng.uniform(-12, 12), y + self.rng.uniform(-12, 12), 2, 150)

    def trail(self, entity: int, x: float, y: float, dt: float) -> None:
        """A missile leaves a thin smoke trail."""
        if self._every(self._since_puff, entity, dt, 0.03):
            self.particles.add(x, y, 0.0, 0.0, 0.45, SMOKE, grow=0.9, drag=0.0)

    def afterimage(self, entity: int, sprite: str, x: float, y: float, angle: float, dt: float) -> None:
        """A machine in V-MAX leaves fading copies of itself behind."""
        if self._every(self._since_afterimage, entity, dt, AFTERIMAGE_EVERY):
            self.afterimages.append([sprite, x, y, angle, 0.0])

    @staticmethod
    def _every(clock: dict, entity: int, dt: float, period: float) -> bool:
        if entity not in clock and len(clock) >= CLOCKS_KEPT:
            clock.clear()  # those still emitting start again: each puffs at once, which nobody can tell
        clock[entity] = clock.get(entity, period) + dt
        if clock[entity] < period:
            return False
        clock[entity] = 0.0
        return True

    def _glow(self, sprite: str, x: float, y: float) -> None:
        """A glow of `sprite` at (x, y) for a few frames, turned at random."""
        self.flashes.append([sprite, x, y, self.rng.uniform(0, math.tau), 0.0])

    def _sparks(self, x, y, count, speed):
        for _ in range(count):
            a = self.rng.uniform(0, math.tau)
            s = self.rng.uniform(0.3, 1.0) * speed
            self.particles.add(x, y, math.cos(a) * s, math.sin(a) * s, self.rng.uniform(0.12, 0.3),
                               SPARK, drag=6.0)

    def _puff(self, x, y, kind, count, spread=8.0):
        for _ in range(count):
            a = self.rng.uniform(0, math.tau)
            self.particles.add(x + math.cos(a) * spread, y + math.sin(a) * spread,
                               math.cos(a) * 20, math.sin(a) * 20 - 10, self.rng.uniform(0.5, 1.1),
                               kind, grow=1.6, drag=1.5)

    def lay_wrecks(self, destroyed, player: int) -> None:
        """The wrecks the Destroyed events `destroyed` leave on the ground, without their blasts (a view made anew
        mid-run, as a replay's seek arrives, lays those of the ticks it did not see: they stay for good); the
        `player`'s machine's is kept apart, as layzner_wreck."""
        wrecks = []
        for event in destroyed:
            if not self.sprites.has(f"{event.kind}_wreck"):  # a unit with no wreck picture leaves only the blast
                continue
            wreck = (event.x, event.y, event.angle, event.kind)
            if event.entity == player:
                self.layzner_wreck = wreck
            else:
                wrecks.append(wreck)
        for wreck in wrecks[-WRECKS_KEPT:]:  # those pushed out before have faded away long since
            self._add_wreck(wreck)

    def _add_wreck(self, wreck: tuple) -> None:
        self.wrecks.append(wreck)
        if len(self.wrecks) > WRECKS_KEPT:
            self.fading_wrecks.append([*self.wrecks.pop(0), 0.0])

    def _struck(self, event) -> None:
        """The player's machine was hit: its body flashes, and a mark points back to where the shot came from."""
        self.struck[event.entity] = [0.0, STRUCK_TIME, 0.5]
        # One mark a shooter: its burst keeps its mark fresh rather than stack copies of it
        self.hits_taken = [mark for mark in self.hits_taken if mark[0] != event.source]
        self.hits_taken.append([event.source, event.x, event.y, 0.0])
        if len(self.hits_taken) > HIT_MARKS_KEPT:
            self.hits_taken.pop(0)

    def _wreck_player(self, x, y):
        """The Layzner blows up: a grunt's blast and then more, wider and brighter, a shock ring and a white-out, so
        the end of the player's run never reads as one more kill."""
        self._explode(x, y)
        self.explosions.append([x, y, -0.05, 1.8])
        for _ in range(5):
            self.explosions.append([x + self.rng.uniform(-48, 48), y + self.rng.uniform(-48, 48),
                                    -self.rng.uniform(0.1, 0.45), self.rng.uniform(0.6, 1.0)])
        for _ in range(26):
            a = self.rng.uniform(0, math.tau)
            s = self.rng.uniform(160, 520)
            self.particles.add(x, y, math.cos(a) * s, math.sin(a) * s, self.rng.uniform(0.7, 1.4), DEBRIS, drag=2.5)
        self._sparks(x, y, 30, 620)
        self._puff(x, y, SMOKE, 14, spread=34.0)
        self.rings.append([x, y, 0.0])
        self.whiteout = 0.0

    def _explode(self, x, y):
        self.explosions.append([x, y, 0.0, 1.0])
        for _ in range(3):  # secondary blasts make it read as a machine coming apart
            self.explosions.append([x + self.rng.uniform(-22, 22), y + self.rng.uniform(-22, 22),
                                    -self.rng.uniform(0.08, 0.3), self.rng.uniform(0.45, 0.7)])
        for _ in range(14):
            a = self.rng.uniform(0, math.tau)
            s = self.rng.uniform(120, 360)
            self.particles.add(x, y, math.cos(a) * s, math.sin(a) * s, self.rng.uniform(0.5, 1.0),
                               DEBRIS, drag=3.5)
        self._sparks(x, y, 18, 420)
        self._puff(x, y, SMOKE, 10, spread=18.0)

    # -- time ------------------------------------------------------------------------------------
    def update(self, dt: float, settings) -> None:
        self.shake_scale, self.flash_scale = settings.screen_shake, settings.flashes
        self.afterimages = _aged(self.afterimages, 4, dt, AFTERIMAGE_TIME)
        self.particles.age(dt)
        self.fading_wrecks = _aged(self.fading_wrecks, 4, dt, WRECK_FADE)
        self.smouldering = _aged(self.smouldering, 2, dt, SMOULDER_TIME)
        for x, y, age in self.smouldering:
            if self.rng.random() < dt / SMOULDER_EVERY:  # a wisp now and then, shorter-lived as it burns out
                life = self.rng.uniform(0.9, 1.4) * (1.0 - 0.5 * age / SMOULDER_TIME)
                self.particles.add(x + self.rng.uniform(-10, 10), y + self.rng.uniform(-10, 10),
                                   self.rng.uniform(-6, 6), -self.rng.uniform(18, 30), life, SMOKE, grow=1.5, drag=0.5)
        self.flashes = _aged(self.flashes, 4, dt, FLASH_TIME)
        self.explosions = _aged(self.explosions, 2, dt, EXPLOSION_TIME)
        self.markers = _aged(self.markers, 1, dt, 1.2)
        for entity in list(self.hurt):
            self.hurt[entity] += dt
            if self.hurt[entity] > 2.5:
                del self.hurt[entity]
        self.struck = {entity: [age + dt, lasts, dims] for entity, (age, lasts, dims) in self.struck.items()
                       if age + dt < lasts}
        self.hits_taken = _aged(self.hits_taken, 3, dt, HIT_MARK_TIME)
        self.rings = _aged(self.rings, 2, dt, RING_TIME)
        if self.whiteout is not None:
            self.whiteout = self.whiteout + dt if self.whiteout + dt < WHITEOUT_TIME else None
        for entity in list(self.plumes):
            self.plumes[entity] += dt
            if self.plumes[entity] >= PLUME_TIME:
                del self.plumes[entity]

    def take_shake(self) -> float:
        amount, self.pending_shake = self.pending_shake * self.shake_scale, 0.0
        return amount

    # -- drawing -----------------------------------------------------------------------------------
    def draw_ground(self, surface, camera) -> None:
        """Wrecks lie under everything that moves; the oldest fade away."""
        left, top = camera.left, camera.top
        view = surface.get_rect()
        rotated = self.charred
        for x, y, angle, kind, age in self.fading_wrecks:
            image = rotated(f"{kind}_wreck", angle)
            rect = image.get_rect(center=(x - left, y - top))
            if rect.colliderect(view):
                image.set_alpha(round(255 * (1.0 - age / WRECK_FADE)))
                surface.blit(image, rect)
                image.set_alpha(None)
        for x, y, angle, kind in self.wrecks:
            image = rotated(f"{kind}_wreck", angle)
            rect = image.get_rect(center=(x - left, y - top))
            if rect.colliderect(view):
                surface.blit(image, rect)

    def charred(self, name: str, angle: float) -> pygame.Surface:
        """The wreck picture `name` turned to `angle`, drawn dead: grey and dark, its embers dull (made once a turn)."""
        image = self.sprites.rotated(name, angle)
        dead = self._charred.get(image)
        if dead is None:
            dead = self._charred[image] = image.copy()
            rgb = pygame.surfarray.pixels3d(dead)
            grey = (rgb @ np.array([0.3, 0.59, 0.11]))[..., None]
            rgb[...] = ((grey * (1.0 - CHARRED_COLOUR) + rgb * CHARRED_COLOUR) * CHARRED).astype(np.uint8)
            del rgb  # the surface is locked while the array lives
        return dead

    def draw_layzner_wreck(self, surface, camera) -> None:
        """The Layzner's wreck, once it blew up: over the machines, so the end of the run is seen, not hidden under
        the Dis standing round it."""
        if self.layzner_wreck is None:
            return
        x, y, angle, kind = self.layzner_wreck
        image = self.sprites.rotated(f"{kind}_wreck", angle)
        surface.blit(image, image.get_rect(center=(x - camera.left, y - camera.top)))

    def draw_afterimages(self, surface, camera) -> None:
        """V-MAX afterimages, under the machines that leave them."""
        left, top = camera.left, camera.top
        for name, x, y, angle, age in self.afterimages:
            image = self.sprites.rotated(name, angle)
            image.set_alpha(round(215 * (1.0 - age / AFTERIMAGE_TIME)))
            surface.blit(image, image.get_rect(center=(x - left, y - top)))
            image.set_alpha(None)

    def draw_air(self, surface, camera) -> None:
        """Flashes, fire, smoke and sparks, over the machines."""
        left, top = camera.left, camera.top
        if self.flash_scale > 0:
            for name, x, y, angle, _ in self.flashes:
                image = self.sprites.rotated(name, angle)
                if self.flash_scale < 1:
                    image = self.scaled_by(image, self.flash_scale)
                surface.blit(image, image.get_rect(center=(x - left, y - top)), special_flags=pygame.BLEND_ADD)
        frames = self.sprites.strip("explosion", EXPLOSION_FRAME)
        # The first frames are the white-hot flash; with flashes turned down, the fireball starts later.
        first = 0 if self.flash_scale >= 1 else 1 if self.flash_scale > 0 else 2
        for x, y, age, scale in self.explosions:
            if age < 0:
                continue
            image = frames[max(first, min(len(frames) - 1, int(age / EXPLOSION_TIME * len(frames))))]
            if scale != 1.0:
                image = self.scaled_by(image, scale)
            surface.blit(image, image.get_rect(center=(x - left, y - top)))
        self.particles.draw(surface, self._particle_images, left, top)
        for x, y, age in self.rings:
            self._draw_ring(surface, x - left, y - top, age)
        if self.whiteout is not None and self.flash_scale > 0:
            white = round(190 * self.flash_scale * (1.0 - self.whiteout / WHITEOUT_TIME) ** 2)
            surface.fill((white, white, white), special_flags=pygame.BLEND_RGB_ADD)

    def _draw_ring(self, surface, sx: float, sy: float, age: float) -> None:
        """The shock ring of the Layzner's blast, spreading and fading: added light."""
        spread = age / RING_TIME
        radius, glow = round(24 + 150 * spread ** 0.6), 1.0 - spread
        ring = pygame.Surface((radius * 2 + 2, radius * 2 + 2))
        pygame.draw.circle(ring, (round(255 * glow), round(235 * glow), round(200 * glow)), (radius + 1, radius + 1),
                           radius, max(1, round(7 * glow)))
        surface.blit(ring, ring.get_rect(center=(sx, sy)), special_flags=pygame.BLEND_ADD)

    def draw_struck(self, surface, image: pygame.Surface, topleft, entity: int) -> None:
        """Over a machine's body just drawn: its white flash while it was hit moments ago, as bright as the player's
        Flashes option allows (none with flashes off). The white silhouette is made once per body image."""
        struck = self.struck.get(entity)
        if struck is None or self.flash_scale <= 0:
            return
        age, lasts, dims = struck
        white = self._white.get(image)
        if white is None:
            if len(self._white) >= SCALED_KEPT:
                self._white.clear()
            white = self._white[image] = image.copy()
            white.fill((255, 255, 255), special_flags=pygame.BLEND_RGB_MAX)  # every pixel white, its alpha kept
        white.set_alpha(round(230 * self.flash_scale * (1.0 - dims * age / lasts)))
        surface.blit(white, topleft)

    def draw_hits_taken(self, surface, camera, centre, source_at) -> None:
        """Red marks on the player's machine's hull (on screen at `centre`) pointing at the machines whose shots hit
        it lately, where they are now, fading; for a shooter off screen, one more at the screen's edge on the line to
        it. `source_at`: source entity → its (x, y) in the world, or None once it is gone, when the mark points at
        where the shot struck the machine instead."""
        if not self.hits_taken:
            return
        view = surface.get_rect()
        cx, cy = centre
        drawn = []  # angle steps with a mark this frame: the freshest of those from one way is drawn, once
        for source, x, y, age in reversed(self.hits_taken):
            place = source_at(source)
            sx, sy = camera.to_screen(*(place if place is not None else (x, y)))
            if math.hypot(sx - cx, sy - cy) < 1.0:
                continue
            angle = math.atan2(sy - cy, sx - cx)
            fade = 1.0 - age / HIT_MARK_TIME
            step = round(angle / math.tau * HIT_MARK_STEPS) % HIT_MARK_STEPS
            if step in drawn:
                continue
            drawn.append(step)
            marks = self._hit_marks.get(step)
            if marks is None:
                marks = self._hit_marks[step] = (_hit_mark_image(step, hull=True), _hit_mark_image(step, hull=False))
            on_hull, at_edge = marks
            on_hull.set_alpha(round(235 * fade))
            surface.blit(on_hull, on_hull.get_rect(center=centre))
            if not view.collidepoint(sx, sy):
                at_edge.set_alpha(round(235 * fade))
                surface.blit(at_edge, at_edge.get_rect(center=_edge_point(view, cx, cy, sx, sy, EDGE_MARGIN)))

    def scaled_by(self, image: pygame.Surface, scale: float) -> pygame.Surface:
        """What pygame.transform.smoothscale_by(image, scale) gives, made once per image and size in pixels."""
        size = (int(image.get_width() * scale), int(image.get_height() * scale))
        key = (image, size)
        scaled = self._scaled.get(key)
        if scaled is None:
            if len(self._scaled) >= SCALED_KEPT:
                self._scaled.clear()
            scaled = self._scaled[key] = pygame.transform.smoothscale(image, size)
        return scaled


def _hit_mark_image(step: int, hull: bool) -> pygame.Surface:
    """A hit's red mark pointing at angle step `step` of HIT_MARK_STEPS, (`hull`) on a HIT_MARK_SIZE square about the
    Layzner's centre, an arc against its hull and a solid triangle standing out of it toward the shooter, as a hit reads
    in a shooter game, nothing like a lock's brackets; else (at the screen's edge) the triangle alone, about the middle
    of a 40 px square."""
    angle = step * math.tau / HIT_MARK_STEPS
    size = HIT_MARK_SIZE if hull else 40
    half = size / 2
    base = HIT_MARK_RADIUS + 3 if hull else -6  # px out from the centre the triangle's base stands

    def at(out: float, across: float) -> tuple[float, float]:
        return (half + math.cos(angle) * out - math.sin(angle) * across,
                half + math.sin(angle) * out + math.cos(angle) * across)

    mark = pygame.Surface((size, size), pygame.SRCALPHA)
    pygame.draw.polygon(mark, HIT_RED, [at(base + 16, 0), at(base, 11), at(base, -11)])
    if hull:
        arc = pygame.Rect(0, 0, 2 * HIT_MARK_RADIUS + 10, 2 * HIT_MARK_RADIUS + 10)
        arc.center = (round(half), round(half))
        # pygame's arcs run counter-clockwise with y up: the screen's angle, turned
        pygame.draw.arc(mark, HIT_RED, arc, -angle - ARC_SPAN, -angle + ARC_SPAN, 5)
    return mark


def _edge_point(view: pygame.Rect, cx: float, cy: float, sx: float, sy: float, margin: float) -> tuple:
    """Where the line from (cx, cy) to (sx, sy), which ends off screen, crosses the view shrunk by `margin`."""
    dx, dy = sx - cx, sy - cy
    inner = view.inflate(-2 * margin, -2 * margin)
    reach = min((inner.right - cx) / dx if dx > 0 else (inner.left - cx) / dx if dx < 0 else math.inf,
                (inner.bottom - cy) / dy if dy > 0 else (inner.top - cy) / dy if dy < 0 else math.inf)
    reach = max(0.0, min(1.0, reach))
    return cx + dx * reach, cy + dy * reach


def _aged(items: list[list], at: int, dt: float, lasts: float) -> list[list]:
    """`items`, each a list whose entry `at` is its age, aged by `dt`: those `lasts` s old or more are gone."""
    for item in items:
        item[at] += dt
    return [item for item in items if item[at] < lasts]
