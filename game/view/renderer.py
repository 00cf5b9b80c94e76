"""The renderer: map, wrecks, machines, pods, shots, effects, markers and HUD for one frame, interpolated between
ticks; Rei's panel and marker, and Fouron's takeover, over it all."""

import math

import numpy as np
import pygame

from game.collector import collector_paused
from game.sim.components import Disabled as DisabledPart
from game.sim.components import Facing, Gun, Health, Heat, Pod, Position, Unit, Velocity, Vmax
from game.sim.events import Destroyed, Fired, ObjectiveReached
from game.sim.spawn import PLAYER_FACTION
from game.sim.systems.missiles import lock_miss
from game.sim.systems.speech import outdated
from game.view.advisor_panel import AdvisorPanel
from game.view.arrivals import arrival_marks, landing_shadows
from game.view.camera import Camera, between
from game.view.controls import messages_named
from game.view.danger import hides_danger
from game.view.effects import Effects
from game.view.fouron import FouronOverlay
from game.view.caches import SupplyCaches
from game.view.gates import GateView
from game.view.hud import Hud
from game.view.hud_plates import named_plates
from game.view.loom import Drawn, Loom
from game.view.markers import (DONE_TIME, done_marks, enemy_health_bars, layzner_body, lock_marker, objective_labels,
                               objective_markers, play_band)
from game.view.lost_health import LostHealth
from game.view.map_view import MapView
from game.view.rain import weather_for
from game.view.regions import LevelMarks
from game.view.rei_marker import ReiMarker
from game.view.see_through import under_plates
from game.view.sensors import SensorFields
from game.view.sprites import ANGLE_STEPS, DAY, SpriteBank, TurnTable
from game.view.text import RED, draw_text

MOVING = 40.0  # px/s above which thrusters show
POD_FADE = 0.6  # s: a pod fades out over its last moments on the field
CULL = 160  # px beyond the view a machine's or shot's centre may be and still show (its barrier, glint, flame)
# The ground's mean light (MapView.ground_light) from which a map is day: its shots are drawn in their <sprite>_day
# images covering the ground (alpha, premultiplied: sprites.DAY), as added light cannot darken and turns any tint
# near white on bright sand. Mars's sand is near 120, New York's night streets near 30, whose shots stay added light.
DAYLIGHT = 75
NONE = np.zeros(0)  # no places on screen


class Renderer:
    def __init__(self, game, view_size: tuple[int, int], sprites: SpriteBank, feel, control_words=dict) -> None:
        level = game.res.level
        self.sprites = sprites
        self.feel = feel
        self.catalog = game.res.catalog
        sprites.shine(weapon.sprite for weapon in self.catalog.weapons.values() if weapon.sprite)  # drawn as light
        self.camera = Camera(view_size, level.pixel_size)
        self.effects = Effects(sprites, feel, seed=game.seed)
        self.lost_health = LostHealth()  # what the hits took just now, pale on the enemies' gauges
        self.hud = Hud(sprites, level, self.camera)
        self.panel = AdvisorPanel(sprites)
        self.rei = ReiMarker()
        self.fouron = FouronOverlay(seed=game.seed)
        self.map = MapView(level)  # its chunks are drawn once they are first seen, overlaid by the weather's haze
        self.daylit = self.map.ground_light() >= DAYLIGHT
        self.weather = weather_for(level, self.effects.rng, view_size, self.daylit)
        self.map.overlay = self.weather.haze_onto
        self.effects.wet_at = self.weather.wet_at  # spray, not dust, where the rain wets the ground
        self.gates = GateView(level, sprites)
        self.sensors = SensorFields(level, self.daylit)  # the alarm triggers, seen on the ground
        self.caches = SupplyCaches(level, sprites)  # the repair triggers, supply pods on their pads
        self.scene_plates: list[pygame.Rect] = []  # plates a scene lays over the view (a replay's): marks keep off
        self._shot_blend = pygame.BLEND_PREMULTIPLIED if self.daylit else pygame.BLEND_ADD  # see sprites.DAY
        self.loom = Loom(self.weather, level, self.catalog, sprites, self._glint)
        self.debug = False  # F3: the scene sets it each frame; on, the map's unseen objects are drawn too
        self.level_marks = LevelMarks(level)  # builds nothing until it first draws
        # objective's index -> (side, faded) its label took last frame (markers.objective_labels): a label keeps
        # its side rather than flip each time a machine passes; this run's, so made with the run's renderer
        self.label_sides: dict[int, tuple[str, bool]] = {}
        # A level's message another voice cut before it was read (Fouron seizing the machine over Rei's briefing):
        # the HUD shows it whole, but not over the takeover, where it read as Rei talking through Fouron; it waits
        # for the hand-back and its banner, and is dropped once the level is decided (`told_cut`: the one shown).
        self.cut = self.told_cut = ""
        # The control words a level's message may write ("{fire}") → the player's controls (controls.control_words),
        # asked only when a message has one: the scene's, read then (by default the words stay as the map wrote them).
        self.control_words = control_words
        # objective's index -> (s of frames since it was reached, the side its label was on): its place answers for
        # DONE_TIME s (markers.done_marks). Aged by update's dt, the frames played: a paused game holds it still.
        self.finished: dict[int, tuple[float, str | None]] = {}
        self.drawn: Drawn | None = None  # the machines this frame drew, where (Rei's numbers keep off them)
        self.shots_drawn = (NONE, NONE)  # (x, y) on screen of the enemy shots this frame drew: plates see through
        # The world point the view leans toward: update's, or the scene's, set as it draws (the reticle's, that frame)
        self.aim_world = (0.0, 0.0)
        self.unfollowed = 0.0  # s of frames updated since the camera last moved (follow: as the next is drawn)
        # the screen point a page holds the Layzner's wreck at (frame_wreck); None: the middle
        self.wreck_at: tuple[float, float] | None = None
        # On the machine where it stands: a resumed save (or --start-at) has it far from the map's spawn, and the view
        # must not swoop in from there during the get-ready count
        player = game.world.try_get(game.player, Position)
        self.camera.snap(*((player.x, player.y) if player is not None else level.player_spawn))
        self.map.prepare(self.camera.left, self.camera.top, view_size, reach=Camera.MAX_LEAD)  # where it looks first
        self.age = 0.0  # s of frames drawn: pulses and glows
        self.flashes = 1.0  # the player's Flashes option, as of the last update: below 1, nothing blinks
        # The bodies of machines and bolts, placed by whole arrays (see _draw_machines and _draw_shots).
        self.turn_table = TurnTable(sprites)
        self._shot_row: dict[tuple, int] = {}  # (weapon, faction) → its sprite's row in turn_table
        self._warm_up(game, view_size)

    def _warm_up(self, game, view_size: tuple[int, int]) -> None:
        """Draw the level's first frame off screen as it loads: the words, sprite turns, plates and map buffer it
        makes on first use are made now, not in the first frame the player sees (15-20 ms: a dropped frame as the
        level begins). Drawn in the window's pixel format, which the map's buffer takes from its first target;
        with no window there is nothing to prepare for."""
        window = pygame.display.get_surface()
        if window is not None:
            self.draw(pygame.Surface(view_size, 0, window), game, 1.0, 0.0)
            self.fouron.prepare(view_size)  # drawn only once Fouron seizes, which it may do in any frame

    def update(self, game, events, aim_world, dt: float, settings) -> None:
        """Advance cosmetics by one frame: feed new events to the effects and move the camera."""
        self.age += dt
        events = messages_named(events, self.control_words)  # "{fire}" in a level's message: the player's key
        me = game.world.try_get(game.player, Position)
        self.effects.on_events(events, game.player, (me.x, me.y) if me is not None else None)
        self.hud.on_events(events)
        self.lost_health.on_events(events, game.world)
        self.lost_health.update(dt, game.world)
        self.gates.on_events(events)
        self.gates.update(dt)
        self._finish(game, events, dt)
        self.cut = self.panel.on_events(events) or self.cut
        if any(type(event) is Destroyed and event.entity == game.player for event in events):
            self.panel.silence()  # the cockpit's voices die with the Layzner: no line of theirs over its wreck
        self.fouron.on_events(events)
        line = self.panel.line
        decided = game.outcome is not None  # the line up then stays as it is until the result: nothing outdates it
        if line is not None and not decided and outdated(game.world, game.res, line.key, line.text):
            self.panel.let_go()
        self.panel.update(dt, game.res.fouron.active, decided)
        self.rei.update(game, dt, line if self.panel.opacity > 0 else None)
        self.fouron.update(game, dt, word_up=self.panel.showing("fouron.seized"))
        if self.fouron.restored_up():  # "Control transferred." under CONTROL RESTORED would say the opposite: fought
            # off, Fouron says no farewell to take its place, and the word goes as the banner comes
            self.panel.take_down("fouron.seized")
        self.hud.held = self.fouron.banner_up()  # the HUD's words wait for its banner to go, not typed out under it
        if decided:  # over: what a cut briefing asked no longer matters, and the result comes up
            self.hud.drop_message(self.told_cut)
            self.cut = self.told_cut = ""
        elif self.cut and not game.res.fouron.active and not self.fouron.banner_up():
            self.hud.show_message(self.cut)  # not lost to the line that cut in: shown whole once the fight is ours
            self.cut, self.told_cut = "", self.cut
        self.flashes = self.fouron.flashes = settings.flashes
        self._emit(game, dt)
        self.effects.update(dt, settings)
        self.weather.update(dt)
        self.camera.add_shake(self.effects.take_shake())
        for event in events:
            if isinstance(event, Fired) and event.entity == game.player:
                self.camera.kick(event.angle + math.pi, self.feel.camera_kick * settings.screen_shake)
        # The camera moves as the frame is drawn (follow), once the share of a tick it is drawn at is known.
        self.aim_world, self.unfollowed = aim_world, self.unfollowed + dt
        self.wreck_at = None  # played on (a replay watched again from its end page): the view's own framing again

    def follow(self, game, alpha: float) -> None:
        """Move the camera by the frames updated since it last moved, after the Layzner where this frame draws it
        (`alpha` of the way between its last two ticks). Following the tick's place, which at 144 frames a second
        moves a tick's length on some frames and not at all on the rest, the view stepped 1.87 to 2.14 px a frame
        and the Layzner wobbled against it, while it was drawn moving 2.01 px each one. A replay's seek calls it
        after each tick it feeds the view undrawn, so the camera arrives as frames drawn there leave it."""
        dt, self.unfollowed = self.unfollowed, 0.0
        if dt <= 0.0:  # a page's backdrop, the warm-up: drawn as it was
            return
        camera, pos = self.camera, game.world.try_get(game.player, Position)
        if pos is not None:
            target = (*between(pos, alpha), *self.aim_world)
        elif self.effects.layzner_wreck is not None:  # lost: the view eases onto its wreck, leaning nowhere (it died
            # leaning toward its aim, at the screen's edge), or to hold it where a page over the run asks (wreck_at)
            x, y = self.effects.layzner_wreck[:2]
            if self.wreck_at is not None:
                x, y = x - self.wreck_at[0] + camera.width / 2, y - self.wreck_at[1] + camera.height / 2
            target = (x, y) * 2
        else:
            target = (camera.x, camera.y) * 2
        camera.follow(*target, dt, self.effects.rng)

    def frame_wreck(self, screen: tuple[float, float], dt: float) -> None:
        """A page over a lost run (the result's, the replay's end) eases the view over `dt`, as a frame played would,
        to hold the Layzner's wreck at `screen` on screen: in the open beside or below its panel, not under it."""
        self.wreck_at = screen
        self.unfollowed += dt

    def wreck_held(self, screen: tuple[float, float]) -> tuple[float, float] | None:
        """Where the Layzner's wreck shows once frame_wreck(`screen`) has held it, as near as the map lets the view
        go; None while there is no wreck."""
        if self.effects.layzner_wreck is None:
            return None
        return self.camera.held_at(*self.effects.layzner_wreck[:2], *screen)

    def _finish(self, game, events, dt: float) -> None:
        """Age the objectives' done marks by this frame, let go of those past DONE_TIME, and start one for each
        objective reached now, on the side its label stood last frame (before the labels forget it)."""
        self.finished = {index: (age + dt, side) for index, (age, side) in self.finished.items()
                         if age + dt < DONE_TIME}
        for event in events:
            if isinstance(event, ObjectiveReached):
                ids = [objective.object_id for objective in game.res.level.objectives]
                if event.object_id in ids:
                    index = ids.index(event.object_id)
                    self.finished[index] = (0.0, self.label_sides.get(index, (None,))[0])

    def _emit(self, game, dt: float) -> None:
        """Cosmetics that machines and missiles give off while in a state: steam, afterimages, smoke."""
        world = game.world
        for entity, (heat, pos) in world.query(Heat, Position):
            if heat.overheated:
                self.effects.vent(entity, pos.x, pos.y, dt)
        for entity, (vmax, pos, facing, unit) in world.query(Vmax, Position, Facing, Unit):
            if vmax.active_left > 0 and self.sprites.has(f"{unit.kind}_vmax"):
                self.effects.afterimage(entity, f"{unit.kind}_vmax", pos.x, pos.y, facing.angle, dt)
        for shot in game.res.missiles:
            self.effects.trail(("shot", shot.id), shot.x - math.cos(shot.angle) * 10,
                               shot.y - math.sin(shot.angle) * 10, dt)
        for entity, (_, pos) in world.query(DisabledPart, Position):
            self.effects.smoke(entity, pos.x, pos.y, dt)
        health, pos = world.try_get(game.player, Health), world.try_get(game.player, Position)
        if health is not None and pos is not None and health.max_hit_points > 0:  # worn down, it smokes
            self.effects.worn(game.player, pos.x, pos.y, health.hit_points / health.max_hit_points, dt)
        for entity, (_, pos, vel) in world.query(Pod, Position, Velocity):
            if math.hypot(vel.x, vel.y) <= 1.0:
                continue
            heading = math.atan2(vel.y, vel.x)
            self.effects.trail(entity, pos.x - math.cos(heading) * 12, pos.y - math.sin(heading) * 12, dt)

    def draw(self, surface: pygame.Surface, game, alpha: float, dt: float, overlays: bool = True,
             under_hud=None) -> None:
        """The frame: the world, then (overlays=True) what is drawn over it: markers, the HUD, the AIs' panel and
        Fouron's frame. Without them it is the backdrop of a page over the game (pause, result). `under_hud`, given
        the surface, draws over the world's marks and under the HUD (a replay's recorded aim)."""
        # A frame makes thousands of short-lived tuples (the blit lists) that reference counting frees at once
        with collector_paused():
            self.follow(game, alpha)  # first: all below is placed from where it puts the view
            self._draw_world(surface, game, alpha)
            if overlays:
                self._draw_overlays(surface, game, alpha, dt, under_hud)

    def _draw_world(self, surface: pygame.Surface, game, alpha: float) -> None:
        camera = self.camera
        left, top = camera.left, camera.top  # once a frame: everything below is placed from this corner
        self.map.draw(surface, left, top)
        self.gates.draw(surface, game.res, left, top)
        self.sensors.draw(surface, game.res.triggers, left, top, self.age, self.flashes)
        self.caches.draw(surface, game.res.triggers, left, top, self.age, self.flashes)
        self.effects.draw_ground(surface, camera)
        self.effects.draw_afterimages(surface, camera)
        landing_shadows(surface, game, camera)  # on the ground, under the machines
        world = game.world
        fouron_flies = game.res.fouron.active
        seen = held = None
        if self.loom.clouds:  # storm zones on the map: machines loom out of their clouds (nothing to do without)
            player = world.try_get(game.player, Position)
            seen = between(player, alpha) if player is not None else None
            # The Layzner near a cloud is drawn after it, over the dust: the pilot never loses sight of it.
            held = [] if seen is not None and self.loom.covers(*seen) else None
        machines = self.drawn = self._draw_machines(surface, game, left, top, alpha, fouron_flies, held)
        for entity, (pos, pod, vel, facing) in world.query(Position, Pod, Velocity, Facing):
            self._draw_pod(surface, pos, pod, vel, facing, alpha, left, top)
        self.effects.draw_layzner_wreck(surface, camera)  # over the machines: the Dis round it never hide its end
        self._draw_shots(surface, game.res.bolts, game.res.missiles, alpha, left, top)
        self.effects.draw_air(surface, camera)
        self.weather.draw_clouds(surface, camera)
        self.loom.draw(surface, machines, game.player, seen, left, top)  # through the cloud, behind the blowing dust
        self.weather.draw_blowing(surface, camera)
        for machine in held or ():
            self._draw_machine(*machine)

    def _draw_overlays(self, surface: pygame.Surface, game, alpha: float, dt: float, under_hud=None) -> None:
        camera, world = self.camera, game.world
        fouron_flies = game.res.fouron.active
        # this frame's: a message goes under one, the title card stands beside one in its rows
        self.hud.message_clear_of = self.hud.card.beside = self.scene_plates
        if not fouron_flies:  # its banner takes the screen's middle: the level's name gives way
            self.hud.card.draw_band(surface, game.seconds)
        # once a frame: the marks in the world keep off (or point past) the HUD's plates, a wreck's dimmed gauges too
        named = named_plates(surface.get_size(), game, self.hud.last_gauges)
        hud = [*named.values(), *self.scene_plates]
        message = [self.hud.message_box] if self.hud.message_box is not None else []  # where it was last frame
        banner = self.fouron.banner_box(surface)
        if banner is not None:  # kept off as a message is: an objective's count is not hidden under Fouron's banner
            message.append(banner)
        labels = objective_labels(game, camera, play_band(surface), hud, self.label_sides, message,  # sides moved on
                                  alpha)  # off the machines where they are drawn
        # F3's marks under the objectives' markers; their labels over every marker, after Rei's (draw_labels)
        debug_labels = self.level_marks.draw_marks(surface, game, camera) if self.debug else None
        marks = objective_markers(surface, game, camera, game.seconds, hud, labels=labels)
        self.hud.card.keep_off = [rect for _, rect in marks[0]] + marks[1]  # the level's name keeps off them
        if self.finished:
            done_marks(surface, game, camera, self.finished, hud, self.flashes)
        player = world.try_get(game.player, Position)
        if player is not None and self.effects.hits_taken:  # where shots that hit it came from, around it, at the edge
            def source_at(source):
                pos = world.try_get(source, Position)
                return (pos.x, pos.y) if pos is not None else None
            self.effects.draw_hits_taken(surface, camera, camera.to_screen(*between(player, alpha)), source_at)
        enemy_health_bars(surface, world, camera, self.effects.hurt, alpha, self.lost_health.tops)
        arrival_marks(surface, game, camera, self.age, hud, self.flashes, message)
        miss = lock_miss(world, game.res, game.player)  # once a frame: the lock's cone and the missiles gauge show it
        lock_marker(surface, game, camera, self.age, miss)
        panel_rect = self.panel.rect(surface, fouron_flies)
        self.panel.look_through(panel_rect is not None and hides_danger(game, camera, panel_rect, alpha), dt)
        # a level's message is drawn over her marks as the plates are, and must not hide the target she names
        self.rei.draw(surface, game, camera, alpha, self.age, hud + message, panel_rect, marks, self.drawn)
        if debug_labels is not None:  # clear of the objectives' words, Rei's marker, the panel and the Layzner
            # the level's name, drawn over them, fades where they lie under it, as over a machine: a designer reads them
            self.hud.card.keep_off += self.level_marks.draw_labels(
                surface, debug_labels, [label.rect for label in labels]
                + [box for box in (self.rei.box, panel_rect) if box is not None] + layzner_body(game, camera, alpha))
        for entity, age in self.effects.markers:
            pos = world.try_get(entity, Position)
            if pos is not None and not world.has(entity, DisabledPart):
                sx, sy = camera.to_screen(*between(pos, alpha))
                draw_text(surface, "!", (sx, sy - 44 - 6 * math.sin(age * 12)), 40, RED, anchor="center", bold=True)
        if under_hud is not None:
            under_hud(surface)
        if not fouron_flies:
            self.hud.card.draw_words(surface, game.seconds)
        self.fouron.draw_edges(surface, self.age)
        self.hud.message_floor = panel_rect.top if panel_rect is not None else None
        self.hud.look_through(under_plates(named, *self._under_plates(game), [self.rei.box] if self.rei.box else []),
                              dt, named)
        self.hud.draw(surface, game, game.seconds, dt, miss)
        self.panel.draw(surface, fouron_flies, self.age)
        self.fouron.draw_over(surface, game, self.age)

    def _under_plates(self, game) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) on screen of what turns a HUD plate see-through where it is (see_through.under_plates): the machines
        and the enemy shots this frame drew, where it drew them, and the spots a reinforcement is inbound to."""
        xs, ys = [self.shots_drawn[0]], [self.shots_drawn[1]]
        if self.drawn is not None:
            xs.append(self.drawn.sx[self.drawn.shown])
            ys.append(self.drawn.sy[self.drawn.shown])
        inbound = [spawn_id for spawn_id, ticks in game.res.arrivals if ticks >= 0]
        for spawn in game.res.level.arrivals:
            if spawn.object_id in inbound:
                spot = self.camera.to_screen(spawn.x, spawn.y)
                xs.append([spot[0]])
                ys.append([spot[1]])
        return np.concatenate(xs), np.concatenate(ys)

    def _draw_machines(self, surface, game, left, top, alpha, fouron_flies, held=None) -> Drawn | None:
        """Every machine in view, then every wind-up glint over them all: the cue to dodge is never hidden under
        another machine. Places, culling and body sprites are worked out on arrays for all machines at once. A machine
        with nothing on it but its body (no thrust, glow, hit flash or state sprite: most, most of the time) joins a run
        of such bodies blitted in one fblits, premultiplied (TurnTable); any other machine ends the run and draws
        itself, so the machines are drawn in the same order as one by one. `held`: a list to put the player's machine in
        (_draw_machine's arguments), drawn later, rather than draw it now. Returns what was drawn for the Loom (Drawn);
        None when none is on screen."""
        world = game.world
        state = disabled, heats, vmaxes = world.index(DisabledPart), world.index(Heat), world.index(Vmax)
        entities, where, positions, facings, units, vels, guns, rows, special = world.kept(
            MACHINES, _machines, self.turn_table, world.index(Gun))
        if not entities:
            return None
        width, height = surface.get_size()
        # The same float operations as placing each machine by hand: the same pixels.
        prev_x, prev_y = np.array([pos.prev_x for pos in positions]), np.array([pos.prev_y for pos in positions])
        sx = prev_x + (np.array([pos.x for pos in positions]) - prev_x) * alpha - left
        sy = prev_y + (np.array([pos.y for pos in positions]) - prev_y) * alpha - top
        shown = np.flatnonzero((-CULL < sx) & (sx < width + CULL) & (-CULL < sy) & (sy < height + CULL))
        if not shown.size:
            return None
        # The machines in a state (or on the player's side) draw themselves; the rest are a body sprite each.
        in_state = [*disabled, *(entity for entity, heat in heats.items() if heat.overheated),
                    *(entity for entity, vmax in vmaxes.items() if vmax.active_left > 0),
                    *self.effects.struck]  # hit just now: its body and its white flash over it, in its turn
        special = special.copy()
        special[[where[entity] for entity in in_state if entity in where]] = True
        angles = np.array([facing.angle for facing in facings])[shown]
        steps = (np.round(angles / math.tau * ANGLE_STEPS) % ANGLE_STEPS).astype(np.intp)  # as placed() picks
        images, dx, dy = self.turn_table.lookup(rows[shown] * ANGLE_STEPS + steps)
        body_x = np.round(sx[shown]).astype(np.intp) + dx
        body_y = np.round(sy[shown]).astype(np.intp) + dy
        images, body_x, body_y = images.tolist(), body_x.tolist(), body_y.tolist()
        # fblits takes its pairs from zip as they are made: no list of them is built and freed.
        run = 0  # the first of the bodies not drawn yet
        for at in np.flatnonzero(special[shown]).tolist():
            if at > run:
                surface.fblits(zip(images[run:at], zip(body_x[run:at], body_y[run:at])), pygame.BLEND_PREMULTIPLIED)
            run = at + 1
            index = shown[at]
            entity = entities[index]
            machine = (surface, state, entity, float(sx[index]), float(sy[index]), facings[index], units[index],
                       vels[index], fouron_flies and entity == game.player)
            if held is not None and entity == game.player:
                held.append(machine)
            else:
                self._draw_machine(*machine)
        if run < len(images):
            surface.fblits(zip(images[run:], zip(body_x[run:], body_y[run:])), pygame.BLEND_PREMULTIPLIED)
        glints = [self._glint(guns[index], facings[index], float(sx[index]), float(sy[index]))
                  for index in shown.tolist() if guns[index] is not None and guns[index].charge > 0
                  and entities[index] not in disabled]
        if glints:
            surface.fblits(glints, pygame.BLEND_ADD)
        return Drawn(shown, sx, sy, steps, entities, units, guns, facings, disabled)

    def _draw_machine(self, surface, state, entity, sx, sy, facing, unit, vel, fouron=False) -> None:
        """A machine at (sx, sy) on screen: its sprite for its state (disabled, Fouron's eyes, overheated), V-MAX
        glow. `state`: this frame's {entity: component} of Disabled, Heat and Vmax. `fouron`: this is the player's
        machine and Fouron has the controls."""
        disabled, heats, vmaxes = state
        centre = x, y = round(sx), round(sy)
        has, placed = self.sprites.has, self.sprites.placed
        if entity in disabled:  # powered down, its pilot gone: no thrust, no glow
            name = f"{unit.kind}_disabled" if has(f"{unit.kind}_disabled") else unit.kind
            image, dx, dy = placed(name, facing.angle)
            surface.blit(image, (x + dx, y + dy))
            return
        heat, vmax = heats.get(entity), vmaxes.get(entity)
        overheated = heat is not None and heat.overheated
        in_vmax = vmax is not None and vmax.active_left > 0
        if unit.faction == PLAYER_FACTION and not overheated and math.hypot(vel.x, vel.y) > MOVING:
            thrust, dx, dy = placed("layzner_thrust", math.atan2(vel.y, vel.x))
            surface.blit(thrust, (x + dx, y + dy), special_flags=pygame.BLEND_ADD)
        name = unit.kind
        if fouron and has(f"{unit.kind}_fouron"):
            name = f"{unit.kind}_fouron"  # the black box's purple eyes
        elif overheated and has(f"{unit.kind}_overheat"):
            name = f"{unit.kind}_overheat"  # hatches open, vents glowing
        image, dx, dy = placed(name, facing.angle)
        surface.blit(image, (x + dx, y + dy))
        self.effects.draw_struck(surface, image, (x + dx, y + dy), entity)  # hit just now: it flashes white
        if in_vmax:
            self._draw_vmax(surface, unit, facing, vel, centre)

    def _glint(self, gun, facing, sx, sy) -> tuple:
        """(image, top-left) of the wind-up glint at the muzzle of a machine at (sx, sy): it is about to fire."""
        weapon = self.catalog.weapons[gun.weapon]
        grow = 0.4 + 0.8 * min(1.0, gun.charge / weapon.windup)
        glint = self.effects.scaled_by(self.sprites.rotated("telegraph", 0.0), grow)
        muzzle = (sx + math.cos(facing.angle) * weapon.muzzle, sy + math.sin(facing.angle) * weapon.muzzle)
        return glint, glint.get_rect(center=muzzle).topleft

    def _draw_vmax(self, surface, unit, facing, vel, centre) -> None:
        """The blue comet: a pulsing glow over the machine and the barrier around it. `centre`: integers."""
        x, y = centre
        if self.sprites.has(f"{unit.kind}_vmax"):
            glow, dx, dy = self.sprites.placed(f"{unit.kind}_vmax", facing.angle)
            glow.set_alpha(round(110 + 60 * math.sin(self.age * 18)))
            surface.blit(glow, (x + dx, y + dy))
            glow.set_alpha(None)
        heading = math.atan2(vel.y, vel.x) if math.hypot(vel.x, vel.y) > MOVING else facing.angle
        barrier, dx, dy = self.sprites.placed("vmax_barrier", heading)
        surface.blit(barrier, (x + dx, y + dy), special_flags=pygame.BLEND_ADD)

    def _draw_pod(self, surface, pos, pod, vel, facing, alpha, left, top) -> None:
        """An escape pod: its thruster flickering behind it, fading as it leaves the field."""
        x, y = between(pos, alpha)
        sx, sy = x - left, y - top
        moving = math.hypot(vel.x, vel.y) > 1.0
        heading = math.atan2(vel.y, vel.x) if moving else facing.angle
        fade = min(1.0, max(0.0, pod.time_left / POD_FADE))
        if moving and fade > 0.1:
            flame = self.sprites.rotated("missile_flame", heading)
            # Added light ignores a surface's alpha: the flame shrinks away instead of fading.
            flame = pygame.transform.smoothscale_by(flame, (0.8 + 0.25 * math.sin(self.age * 47 + sx)) * fade)
            back = (sx - math.cos(heading) * 14, sy - math.sin(heading) * 14)
            surface.blit(flame, flame.get_rect(center=back), special_flags=pygame.BLEND_ADD)
        image = self.sprites.rotated("pilot_pod", heading)
        image.set_alpha(round(255 * fade))
        surface.blit(image, image.get_rect(center=(sx, sy)))
        image.set_alpha(None)

    def _draw_shots(self, surface, bolts, missiles, alpha, left, top) -> None:
        """Bolts, all in one fblits, placed on arrays: added light by night, solid by day (DAYLIGHT); missiles are
        drawn over them."""
        width, height = surface.get_size()
        low_x, low_y, high_x, high_y = -CULL + left, -CULL + top, width + CULL + left, height + CULL + top
        count = len(bolts)
        theirs_x, theirs_y = [], []  # on screen, the enemy's shots drawn: a HUD plate over one turns see-through
        if count:
            prev_x, prev_y = bolts.prev_x[:count], bolts.prev_y[:count]
            x, y = prev_x + (bolts.x[:count] - prev_x) * alpha, prev_y + (bolts.y[:count] - prev_y) * alpha
            # Culled in world pixels: the view's corner is taken off only for the bolts kept.
            shown = np.flatnonzero((low_x < x) & (x < high_x) & (low_y < y) & (y < high_y))
            # The step SpriteBank.placed would pick, and int() as Rect's centre does: the pixel get_rect gave.
            steps = np.round(np.arctan2(bolts.vy[shown], bolts.vx[shown]) / math.tau * ANGLE_STEPS) % ANGLE_STEPS
            rows = self._shot_rows(bolts)[bolts.weapon[shown] * len(bolts.sides.names) + bolts.faction[shown]]
            images, dx, dy = self.turn_table.lookup(rows * ANGLE_STEPS + steps.astype(np.intp))
            screen_x, screen_y = (x[shown] - left).astype(np.intp) + dx, (y[shown] - top).astype(np.intp) + dy
            # fblits takes its pairs from zip as they are made: no list of them is built and freed.
            surface.fblits(zip(images.tolist(), zip(screen_x.tolist(), screen_y.tolist())), self._shot_blend)
            sides = bolts.sides.names
            theirs = bolts.faction[shown] != (sides.index(PLAYER_FACTION) if PLAYER_FACTION in sides else -1)
            theirs_x, theirs_y = [x[shown][theirs] - left], [y[shown][theirs] - top]
        for shot in missiles:
            x, y = between(shot, alpha)
            if low_x < x < high_x and low_y < y < high_y:
                self._draw_missile(surface, shot, x - left, y - top)
                if shot.faction != PLAYER_FACTION:
                    theirs_x.append([x - left])
                    theirs_y.append([y - top])
        self.shots_drawn = (np.concatenate(theirs_x), np.concatenate(theirs_y)) if theirs_x else (NONE, NONE)

    def _shot_rows(self, bolts) -> np.ndarray:
        """The turn table's row of each bolt sprite, at weapon code * len(sides) + side code of these bolts."""
        rows = []
        for weapon in bolts.weapons.names:
            for side in bolts.sides.names:
                row = self._shot_row.get((weapon, side))
                if row is None:
                    row = self._shot_row[weapon, side] = self.turn_table.row(self._shot_sprite(weapon, side))
                rows.append(row)
        return np.array(rows, dtype=np.intp)

    def _shot_sprite(self, weapon: str, faction) -> str:
        sprite = self.catalog.weapons[weapon].sprite
        if faction != PLAYER_FACTION and weapon == "laser_rifle":
            sprite = "bolt_enemy"  # one of the player's bolts turned back by a V-MAX barrier
        sprite = sprite or "bolt_player"
        # By day a bolt is drawn from its _day image, laid with the rest in one fblits covering the ground; a modded
        # weapon's sprite with none is laid so too, as a premultiplied glow: its colour over the ground, unlit
        if self.daylit and self.sprites.has(sprite + DAY):
            return sprite + DAY
        return sprite

    def _draw_missile(self, surface, shot, sx, sy) -> None:
        angle = shot.angle
        # int() as Rect's centre does: the pixel get_rect(center=...) gave.
        flame, dx, dy = self.sprites.placed("missile_flame", angle)
        surface.blit(flame, (int(sx - math.cos(angle) * 14) + dx, int(sy - math.sin(angle) * 14) + dy),
                     special_flags=pygame.BLEND_ADD)
        image, dx, dy = self.sprites.placed("missile", angle)
        surface.blit(image, (int(sx) + dx, int(sy) + dy))


MACHINES = (Position, Facing, Unit, Velocity)


def _machines(rows, turn_table: TurnTable, guns: dict) -> tuple:
    """What _draw_machines needs that stays the same while the same machines live: their ids and where each is in
    the lists, components (the objects, which change in place), guns, each one's body row in the turn table, and
    whether it is on the player's side (drawn by itself, never as a plain body)."""
    entities = [entity for entity, _ in rows]
    units = [unit for _, (_, _, unit, _) in rows]
    return (entities, {entity: index for index, entity in enumerate(entities)}, [pos for _, (pos, _, _, _) in rows],
            [facing for _, (_, facing, _, _) in rows], units, [vel for _, (_, _, _, vel) in rows],
            [guns.get(entity) for entity in entities],
            np.array([turn_table.row(unit.kind) for unit in units], dtype=np.intp),
            np.array([unit.faction == PLAYER_FACTION for unit in units], dtype=bool))
