"""The stress scene: 200 Dis fighting a scripted, invulnerable Layzner in the arena, 300 shots, 2,000 particles.

Only public APIs: load_level, load_catalog, Game, Game.step(), Game.shots_in_flight(), weapons.shoot, Renderer,
SpriteBank and Effects' public methods. A frame is one Game.step(), renderer.update(...) and renderer.draw(...),
as game/scenes/play.py does at 60 FPS with one tick per frame. The scripting and top-ups run between those
calls, so the callers can time the game's own work without them. StressFight is the same fight with no display,
for timing the simulation headless.
"""

import math
import random

import pygame

from bench.arena import arena_path
from game.content.catalog import load_catalog
from game.content.feel import load_feel
from game.content.level import load_level
from game.session import settle_heap
from game.settings import Settings
from game.sim.components import Brain, Gun, Health, Heat, Position
from game.sim.events import ShotStopped
from game.sim.game import Game
from game.sim.resources import STEP
from game.sim.spawn import ENEMY_FACTION
from game.sim.systems.weapons import shoot
from game.view.renderer import Renderer
from game.view.sprites import SpriteBank

VIEW = (1280, 720)
SHOTS = 300
PARTICLES = 2000
UNHURT = 1e9  # hit points nobody can take off in a bench run: the scene stays the same size throughout
CIRCLE = 140.0  # px: radius of the player's lap around its spawn (it crosses the alarm trigger each lap)
ALPHA = 0.5  # interpolation between ticks; the play scene's varies with frame timing, any fixed value costs the same


def open_display(size=VIEW) -> pygame.Surface:
    """A 1280 x 720 window surface on whatever SDL_VIDEODRIVER says (dummy in the bench)."""
    pygame.display.init()
    pygame.font.init()
    return pygame.display.set_mode(size)


def make_unhurt(game: Game, enemies: bool = True) -> None:
    """Very high hit points for the player (and the enemies), so nothing dies and the scene stays steady."""
    for entity in [game.player] + ([e for e, _ in game.world.query(Brain)] if enemies else []):
        health = game.world.try_get(entity, Health)
        if health is not None:
            health.hit_points = health.max_hit_points = UNHURT


class StressFight:
    """The stress scene's game alone, with no display: the arena, the Dis, the scripted Layzner and the shots."""

    def __init__(self, seed: int = 1, path=None) -> None:
        self.game = Game(load_level(path or arena_path()), load_catalog(), seed)
        make_unhurt(self.game)
        self.rng = random.Random(seed)  # the bench's own: the scripted aim scatter (and the scene's particles)
        self.centre = self.game.res.level.player_spawn
        self.events: list = []
        self.aim = self.centre
        self.shooters = [entity for entity, _ in self.game.world.query(Brain)]
        self.next_shooter = 0
        settle_heap()  # as the play scene and a headless run do once their level is loaded

    # -- the bench's hands: untimed work between the game's calls ------------------------------------
    def drive(self) -> None:
        """The player laps a circle round its spawn, aims at the nearest Dis and holds the trigger."""
        world, player = self.game.world, self.game.player
        pos, intent = world.try_get(player, Position), self.game.player_intent()
        if pos is None or intent is None:
            return
        dx, dy = pos.x - self.centre[0], pos.y - self.centre[1]
        distance = math.hypot(dx, dy) or 1.0
        pull = (CIRCLE - distance) / CIRCLE  # back toward the circle when pushed off it
        move_x, move_y = -dy / distance + dx / distance * pull * 2, dx / distance + dy / distance * pull * 2
        size = math.hypot(move_x, move_y) or 1.0
        intent.move_x, intent.move_y = move_x / size, move_y / size
        nearest = min(((p.x - pos.x) ** 2 + (p.y - pos.y) ** 2, p.x, p.y) for _, (p, _) in world.query(Position, Brain))
        self.aim = (nearest[1], nearest[2])
        intent.aim_x, intent.aim_y = self.aim
        intent.fire = True
        heat = world.try_get(player, Heat)
        if heat is not None:
            heat.value = 0.0  # never overheats: it fires the whole run, so every frame has the same kind of load

    def top_up_shots(self) -> None:
        """Dis fire extra bolts (weapons.shoot) round the player until SHOTS are in flight."""
        game = self.game
        world, res = game.world, game.res
        target = world.try_get(game.player, Position)
        missing = SHOTS - game.shots_in_flight()
        for _ in range(max(0, missing)):
            entity = self.shooters[self.next_shooter % len(self.shooters)]
            self.next_shooter += 1
            pos, gun = world.try_get(entity, Position), world.try_get(entity, Gun)
            if pos is None or gun is None or target is None:
                continue
            aim = math.atan2(target.y - pos.y, target.x - pos.x) + self.rng.uniform(-0.5, 0.5)
            shoot(world, res, entity, gun.weapon, pos, aim, ENEMY_FACTION)
        # shoot() appended Fired events to this tick's list: the view sees them like any enemy's shot.

    # -- the game's own work: what the benches time -------------------------------------------------
    def tick(self) -> None:
        self.events = self.game.step()


class StressScene(StressFight):
    """The stress fight drawn: the renderer, the HUD and PARTICLES particles on top."""

    def __init__(self, sprites: SpriteBank | None = None, seed: int = 1, path=None) -> None:
        super().__init__(seed, path)
        self.renderer = Renderer(self.game, VIEW, sprites or SpriteBank(), load_feel())
        self.settings = Settings()
        settle_heap()  # and again with the view loaded

    def top_up_particles(self) -> None:
        """Sparks and dust (a shot hitting a wall), missile smoke and vent steam on screen, until PARTICLES."""
        effects, camera = self.renderer.effects, self.renderer.camera
        missing = PARTICLES - len(effects.particles)
        hits = []
        while missing > 0:
            x, y = camera.left + self.rng.uniform(0, VIEW[0]), camera.top + self.rng.uniform(0, VIEW[1])
            kind = self.rng.random()
            if kind < 0.5:
                hits.append(ShotStopped(x, y, hit_wall=True))  # three sparks and a puff of dust
                missing -= 4
            elif kind < 0.75:
                effects.trail(-1, x, y, 1.0)  # dt past the period: one puff every call
                missing -= 1
            else:
                effects.vent(-2, x, y, 1.0)
                missing -= 1
        if hits:
            effects.on_events(hits, self.game.player)

    def update(self) -> None:
        self.renderer.update(self.game, self.events, self.aim, STEP, self.settings)

    def draw(self, surface: pygame.Surface) -> None:
        self.renderer.draw(surface, self.game, ALPHA, STEP)

    def frame(self, surface: pygame.Surface) -> None:
        """One whole frame with the bench's work in place: for warming up and for advancing between samples."""
        self.drive()
        self.tick()
        self.top_up_shots()
        self.update()
        self.top_up_particles()
        self.draw(surface)

    def counts(self) -> tuple[int, int, int]:
        """(enemies alive, shots in flight, particles) right now."""
        return self.game.enemies_alive(), self.game.shots_in_flight(), len(self.renderer.effects.particles)
