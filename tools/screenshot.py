"""Screenshots of the real game for docs/screenshots: the app runs with scripted input and saves frames.

Run under Xvfb (`xvfb-run -s "-screen 0 1280x720x24" .venv/bin/python tools/screenshot.py`) or with
SDL_VIDEODRIVER=dummy; either way the frames are the game's own window surface. Each frame lasts 1/MAX_FPS s of game
time (game.clock.FixedClock: the frame rate the game is paced to, as an idle machine makes it), however long the
machine takes to make it: the plans below count frames, and a shot is the same picture on a busy machine.
"""

import math
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
import pygame  # noqa: E402

from game.app import App  # noqa: E402
from game.best_runs import keep_best_run, won_in  # noqa: E402
from game.clock import MAX_FPS, FixedClock  # noqa: E402
from game.input.actions import Actions  # noqa: E402
from game.record import record_result  # noqa: E402
from game.replay import Recorder  # noqa: E402
from game.result_delay import RESULT_TICKS  # noqa: E402
from game.scenes.easy_offer import LOSSES_BEFORE_EASY  # noqa: E402
from game.scenes.options import FIRST_PAD  # noqa: E402
from game.scenes.play import PlayScene  # noqa: E402
from game.scenes.replay import ReplayScene  # noqa: E402
from game.session import DEFAULT_LEVEL, new_game  # noqa: E402
from game.sim.components import Brain, Facing, Health, Heat, Position, Vmax  # noqa: E402
from game.sim.resources import TICK_RATE, Tally  # noqa: E402
from game.sim.routes import find_route  # noqa: E402
from game.sim.terrain import line_of_sight  # noqa: E402
from game.sim.weather import storm_at  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
OUTPOST = ROOT / "levels" / "outpost.tmx"
NEW_YORK = ROOT / "levels" / "new_york.tmx"
LANDING_FIELD = ROOT / "levels" / "landing_field.tmx"
STORM_CANYON = ROOT / "levels" / "storm_canyon.tmx"
COMMAND = ROOT / "levels" / "command.tmx"
RELAY_RIDGE = ROOT / "docs" / "level-design" / "relay_ridge.tmx"  # the walk-through's map with a gate
SEED = 3  # every shot's game


class Script:
    """Stands in for InputDevices: returns the Actions a function of the frame number asks for."""

    def __init__(self, app, plan) -> None:
        self.app, self.plan, self.frame = app, plan, 0

    def poll(self) -> Actions:
        self.frame += 1
        return self.plan(self.app, self.frame) or Actions()


def nearest_enemy_screen(app):
    scene = app.ctx.stack[-1]
    if not isinstance(scene, PlayScene):
        return None
    game = scene.game
    me = game.world.try_get(game.player, Position)
    enemies = [pos for _, (pos, _) in game.world.query(Position, Brain)]
    if me is None or not enemies:
        return None
    target = min(enemies, key=lambda p: math.hypot(p.x - me.x, p.y - me.y))
    return scene.renderer.camera.to_screen(target.x, target.y), (target.x - me.x, target.y - me.y)


def fight(app, frame):
    """Find a way to the nearest enemy, then strafe round it and fire."""
    found = nearest_enemy_screen(app)
    if found is None:
        return Actions(move=(0.7, -0.7), aim_screen=(900, 200))
    aim, (dx, dy) = found
    distance = math.hypot(dx, dy)
    game = app.ctx.stack[-1].game
    me = game.world.get(game.player, Position)
    if distance > 330 or not line_of_sight(game.res.walls, me.x, me.y, me.x + dx, me.y + dy):
        route = find_route(game.res.walls, (me.x, me.y), (me.x + dx, me.y + dy))
        if route:
            wx, wy = route[1] if len(route) > 1 else route[0]
            step = math.hypot(wx - me.x, wy - me.y) or 1.0
            return Actions(move=((wx - me.x) / step, (wy - me.y) / step), aim_screen=aim)
    side = 1 if (frame // 90) % 2 else -1
    return Actions(move=(-dy / distance * side * 0.8, dx / distance * side * 0.8), aim_screen=aim, fire=True,
                   dash=frame % 150 == 0)


def until_result(app, frame):
    """Fight until the result screen shows, then wait on it."""
    from game.scenes.result import ResultScene
    if isinstance(app.ctx.stack[-1], ResultScene):
        if app.ctx.stack[-1].age > 1.0:  # faded in
            app.ctx.running = False
        return Actions()
    return fight(app, frame)


def straight_to_the_pad(app, frame):
    """The outpost as a new player first tries it: six seconds straight east toward the pad, firing at the nearest
    machine, then standing and firing there until wrecked; stop once the result screen has faded in (how it was
    lost)."""
    from game.scenes.result import ResultScene
    if isinstance(app.ctx.stack[-1], ResultScene):
        if app.ctx.stack[-1].age > 1.0:
            app.ctx.running = False
        return Actions()
    found = nearest_enemy_screen(app)
    aim = found[0] if found is not None else (900, 360)
    return Actions(move=(1.0, 0.0) if frame < MAX_FPS * 6 else (0.0, 0.0), aim_screen=aim, fire=found is not None)


def third_loss(app, frame):
    """straight_to_the_pad, the player's third try of the outpost in a row: two losses there in the record first, so
    its result screen offers Easy."""
    if frame == 1:
        for _ in range(LOSSES_BEFORE_EASY - 1):
            record_result(OUTPOST, Tally(), "lost")
    return straight_to_the_pad(app, frame)


def easy_taken(app, frame):
    """third_loss, and Easy taken on its result screen (its key): stop 1.5 s into the outpost's run on Easy."""
    from game.scenes.result import ResultScene
    scene = app.ctx.stack[-1]
    if isinstance(scene, ResultScene):
        return Actions(menu_easy=scene.age > 1.0)
    if isinstance(scene, PlayScene) and scene.game.res.difficulty == "easy":
        app.ctx.running = scene.game.tick < 90
        return Actions()
    return third_loss(app, frame)


def broken_save(app, frame):
    """Half a second in, save the map with mistakes, as a designer might in Tiled."""
    if frame == 30:
        path = Path(app.ctx.level_path)
        broken = path.read_text().replace('<property name="patrol" type="object" value="6"/>',
                                          '<property name="patrol" type="object" value="66"/>\n'
                                          '    <property name="holds_psot" type="bool" value="true"/>')
        assert broken != path.read_text(), "the demo map changed: update the mistakes made here"
        path.write_text(broken)
    return Actions(move=(0.4, 0.0), aim_screen=(900, 360))


def held_past(index: int, share: float):
    """A plan: the bot plays; stop once it has held the map's objective `index` for `share` of its hold."""
    def plan(app, frame):
        app.ctx.bot = True
        scene = app.ctx.stack[-1]
        if isinstance(scene, PlayScene):
            res = scene.game.res
            if res.objectives_held[index] >= res.level.objectives[index].hold * TICK_RATE * share:
                app.ctx.running = False
        return Actions()
    return plan


hold_the_pad = held_past(0, 0.55)  # the outpost: over half of the extraction pad's hold stood out
hold_the_core = held_past(2, 0.5)  # the Gradosian Command: half the core's hold, its landers down and fighting


def just_reached(app, frame):
    """New York, the fight left to itself: two seconds in, the Layzner is set down on the uplink with 0.4 s of its
    hold to go; stop a quarter second after it is held, the place answering (markers.done_marks)."""
    scene = app.ctx.stack[-1]
    if isinstance(scene, PlayScene):
        game = scene.game
        uplink = game.res.level.objectives[0]
        if frame == 300:
            pos = game.world.try_get(game.player, Position)
            pos.x, pos.y = pos.prev_x, pos.prev_y = uplink.region.centre
            game.res.objectives_held[0] = round(uplink.hold * TICK_RATE) - 24
        if scene.renderer.finished.get(0, (0.0,))[0] >= 0.25:
            app.ctx.running = False
    return Actions(aim_screen=(900, 360))


def lockdown(app, frame):
    """New York, as a player who reads the briefing before setting off: a step into the hideout, which springs it,
    and still until it has been read; then up the avenue into the scanners' lane, firing at what comes in sight while
    the rifle is cool. The scanners register the Layzner and the gate shuts in its face; stop once Rei's line saying
    so, and where the way in is, is typed out."""
    scene = app.ctx.stack[-1]
    if not isinstance(scene, PlayScene):
        return Actions()
    game = scene.game
    me = game.world.try_get(game.player, Position)
    if me is None:
        return Actions()
    panel, gate = scene.renderer.panel, game.res.level.gates[0]
    line = panel.line
    if line is not None and line.key == "rei.message" and panel.age >= line.typing_time + line.hold:
        app.ctx.stats["briefed"] = True
    if game.res.gates[0].shut and line is not None and "sealing" in line.text and not panel.typing:
        app.ctx.running = False
    hideout = game.res.level.player_spawn[0], game.res.level.player_spawn[1] - 64
    goal = (gate.region.x - 48, gate.region.centre[1]) if app.ctx.stats.get("briefed") else hideout
    found = nearest_enemy_screen(app)
    aim, (dx, dy) = found if found else (scene.renderer.camera.to_screen(*gate.region.centre), (0.0, 0.0))
    fire = (found is not None and player_part(app, Heat).value < 50 and math.hypot(dx, dy) < 350
            and line_of_sight(game.res.walls, me.x, me.y, me.x + dx, me.y + dy))
    route = find_route(game.res.walls, (me.x, me.y), goal)
    if len(route) < 2:
        return Actions(aim_screen=aim, fire=fire)
    wx, wy = route[1]
    step = math.hypot(wx - me.x, wy - me.y) or 1.0
    return Actions(move=((wx - me.x) / step, (wy - me.y) / step), aim_screen=aim, fire=fire)


def next_opened(app, frame):
    """The bot plays the landing field; stop a second after the relay post is silenced, as the landing beacon, which
    comes after it, opens: the notice naming it, its marker, Rei pointing to it."""
    app.ctx.bot = True
    scene = app.ctx.stack[-1]
    if isinstance(scene, PlayScene) and scene.renderer.finished.get(0, (0.0,))[0] >= 1.0:
        app.ctx.running = False
    return Actions()


def wave_inbound(app, frame):
    """The bot plays the outpost; stop as the wave its hold calls is half-way in, the landing marks closing."""
    app.ctx.bot = True
    scene = app.ctx.stack[-1]
    if isinstance(scene, PlayScene) and any(0 <= ticks <= 40 for _, ticks in scene.game.res.arrivals):
        app.ctx.running = False
    return Actions()


def beacon_landing(game) -> bool:
    """The landing field with the relay silenced, the beacon's hold begun: a lander its hold calls half-way in, its
    landing mark closing on its pad."""
    return game.res.objectives_reached[0] and any(0 <= ticks <= 30 for _, ticks in game.res.arrivals)


def landers_inbound(app, frame):
    """The bot plays the landing field; stop as a lander comes down on the beacon's hold (beacon_landing)."""
    app.ctx.bot = True
    scene = app.ctx.stack[-1]
    if isinstance(scene, PlayScene) and beacon_landing(scene.game):
        app.ctx.running = False
    return Actions()


def ambush_in_the_dust(app, frame):
    """The bot plays the storm canyon; stop once it is in a squall's thicker dust, a machine looming within 220 px."""
    app.ctx.bot = True
    scene = app.ctx.stack[-1]
    if isinstance(scene, PlayScene) and scene.game.seconds > 1.0:
        game = scene.game
        me = game.world.try_get(game.player, Position)
        if me is not None and storm_at(game.res.level, me.x, me.y) > game.res.level.storm and any(
                math.hypot(pos.x - me.x, pos.y - me.y) < 220 for _, (pos, _) in game.world.query(Position, Brain)):
            app.ctx.running = False
    return Actions()


def player_part(app, kind):
    scene = app.ctx.stack[-1]
    return scene.game.world.try_get(scene.game.player, kind) if isinstance(scene, PlayScene) else None


def vmax_charge(app, frame):
    """Fight until the V-MAX meter is full, engage it and charge the nearest enemy; stop mid-charge."""
    vmax = player_part(app, Vmax)
    if vmax is None:
        return Actions()
    if vmax.active_left <= 0:
        actions = fight(app, frame)
        if vmax.meter >= 1.0:  # ready: hold fire until cool, so the second of it shown does not end in an overheat
            actions.fire = actions.dash = False
            actions.vmax = player_part(app, Heat).value < 30
        if vmax.cooldown > 0:  # it has been and gone: that was the moment, stop here next time
            app.ctx.running = False
        return actions
    if vmax.active_left < app.ctx.stack[-1].game.res.catalog.units["layzner"].vmax.duration - 1.1:
        app.ctx.running = False  # a second into it: afterimages trailing, barrier up
    found = nearest_enemy_screen(app)
    if found is None:
        return Actions(move=(1.0, 0.0))
    aim, (dx, dy) = found
    size = math.hypot(dx, dy) or 1.0
    return Actions(move=(dx / size, dy / size), aim_screen=aim, fire=True)


def overheat(app, frame):
    """Fire without a break and dash whenever possible until the machine overheats; stop as it vents."""
    heat = player_part(app, Heat)
    if heat is not None and heat.overheated:
        app.ctx.stats["vent_frames"] = app.ctx.stats.get("vent_frames", 0) + 1
        if app.ctx.stats["vent_frames"] > 40:
            app.ctx.running = False
        return Actions(move=(0.3, -1.0), aim_screen=(900, 260), fire=True)
    actions = fight(app, frame)
    if frame > 60 * 4:  # after the title card has gone
        actions.fire, actions.dash = True, frame % 20 == 0
    return actions


def nearest_enemy(scene):
    game = scene.game
    me = game.world.get(game.player, Position)
    enemies = [(entity, pos) for entity, (pos, _) in game.world.query(Position, Brain)]
    return min(enemies, key=lambda e: math.hypot(e[1].x - me.x, e[1].y - me.y)) if enemies else (None, None)


def arm_of(game, entity):
    """A point on the Dis's weapon arm (its front left), where precise bolts disable it."""
    pos, facing = game.world.get(entity, Position), game.world.get(entity, Facing).angle
    return pos.x + math.cos(facing - 0.65) * 14, pos.y + math.sin(facing - 0.65) * 14


def rei(app, frame):
    """Fight in bursts with bolts aimed at the nearest Dis's weapon arm; stop while Rei teaches what a hit on a part
    does, her marker on the quickest kill. All of it by the rules."""
    scene = app.ctx.stack[-1]
    if not isinstance(scene, PlayScene):
        return Actions()
    game = scene.game
    actions = fight(app, frame)
    target, _ = nearest_enemy(scene)
    if target is not None and actions.fire:
        actions.aim_screen = scene.renderer.camera.to_screen(*arm_of(game, target))
        actions.fire = player_part(app, Heat).value < 70  # in bursts, as Rei teaches: no overheat to speak of
    if game.res.advice is not None and _saying(scene, "rei.part_hit", 95):
        app.ctx.running = False
    return actions


def _saying(scene, key: str, typed: int) -> bool:
    """Rei's panel shows the line of this situation key, `typed` characters of it at least."""
    panel = scene.renderer.panel
    return panel.line is not None and panel.line.key == key and panel.typed > typed


FOURON_AT = 60 * 6


def fouron(app, frame):
    """Fight; at FOURON_AT a burst of damage leaves the armour under Fouron's threshold (the rest is the rules:
    it seizes the machine and fights) while the pilot mashes dash to resist."""
    scene = app.ctx.stack[-1]
    if not isinstance(scene, PlayScene) or frame < FOURON_AT:
        return fight(app, frame)
    game = scene.game
    if frame == FOURON_AT:
        health = player_part(app, Health)
        health.hit_points = health.max_hit_points * 0.2
    if frame >= FOURON_AT + 200:  # the banner has gone: the purple-eyed Layzner at work
        app.ctx.running = False
    me = game.world.get(game.player, Position)
    x, y = scene.renderer.camera.to_screen(me.x, me.y)
    return Actions(move=(-0.6, 0.4), aim_screen=(x - 120, y + 80), dash=frame % 24 == 0)


def debug(app, frame):
    """F3 on at once; a few steps north-east toward the base, then still, until the title card has gone (it would
    cover the labels F3 puts on the map): game time, not frames, which come faster than ticks."""
    scene = app.ctx.stack[-1]
    if isinstance(scene, PlayScene) and scene.game.seconds > 4.5:
        app.ctx.running = False
    return Actions(debug=frame == 2, move=(0.6, -0.8) if frame < 150 else (0.0, 0.0), aim_screen=(900, 240))


def missions(app, frame):
    """A pilot who has won the Mars base launches: the missions page, the outpost chosen; one up, the Mars base, its
    best time and its best run to watch. The win is the bot's, kept as the result screen keeps a win: the record
    counts it, and its replay is kept as the level's best run."""
    if frame == 1:
        replay, tally = bot_run(DEFAULT_LEVEL)
        seconds = won_in(replay)  # as the result times it
        record_result(DEFAULT_LEVEL, tally, "won", seconds=seconds)
        problem = keep_best_run(DEFAULT_LEVEL, replay.encode(), replay.level_hash, seconds)
        assert not problem, problem
    return Actions(menu_confirm=frame == 3, menu_up=frame == 5)


def campaign_won(app, frame):
    """A pilot with the landing field won launches the Gradosian Command from the missions page and the bot wins it:
    CAMPAIGN COMPLETE, with Rei's last word. The record keeps no run of the bot's, so it hands the controls back as
    the level is decided and the win is the pilot's."""
    from game.scenes.result import ResultScene
    scene = app.ctx.stack[-1]
    if frame == 1:
        for name, seconds in (("mars_base", 94.6), ("outpost", 121.3), ("storm_canyon", 98.2), ("new_york", 73.9),
                              ("landing_field", 61.0)):
            record_result(ROOT / "levels" / f"{name}.tmx", Tally(destroyed=6, spared=2), "won", seconds=seconds)
    if isinstance(scene, ResultScene):
        if scene.age > 1.0:  # faded in
            app.ctx.running = False
        return Actions()
    app.ctx.bot = isinstance(scene, PlayScene) and scene.game.outcome is None
    return Actions(menu_confirm=frame in (3, 5))  # Launch, then the Command the missions page chose


def options(app, frame):
    """A pad player on the title opens Options and goes down to the stick's dead zone, one step up from the default."""
    steps = {3: "menu_down", 5: "menu_confirm", **{8 + 2 * row: "menu_down" for row in range(7)}, 24: "menu_right"}
    action = steps.get(frame)
    return Actions(device="pad", **({action: True} if action else {}))


# The frame Return opens Controls: after the last step down to it, past the controller's rows folded under one (no
# controller connected, as on the machine taking the shots)
CONTROLS_OPEN = 10 + 2 * (FIRST_PAD + 1)


def controls(app, frame):
    """A keyboard player opens Options > Controls from the title and gives Dash the missiles' key E as its second key:
    the two swap, and the page says so."""
    down_to_controls = {8 + 2 * row: "menu_down" for row in range(FIRST_PAD + 1)}  # Controls is under the rows
    steps = {3: "menu_down", 5: "menu_confirm", **down_to_controls, CONTROLS_OPEN: "menu_confirm",
             **{CONTROLS_OPEN + 4 + 2 * row: "menu_down" for row in range(7)}, CONTROLS_OPEN + 18: "menu_right",
             CONTROLS_OPEN + 20: "menu_confirm"}
    action = steps.get(frame)
    return Actions(captured=("keyboard", "e") if frame == CONTROLS_OPEN + 22 else None,
                   **({action: True} if action else {}))


def bot_run(level):
    """The bot's win of `level` on the shots' seed, recorded as the play scene records one: on past its end to where
    the result screen comes up. (Its replay, its tally.)"""
    from game.bot import Bot
    game = new_game(level, SEED)
    recorder, bot = Recorder(game, level), Bot(game)
    ended = None
    while ended is None or game.tick - ended < RESULT_TICKS:
        bot.steer()
        recorder.before_step()
        game.step()
        recorder.after_step()
        if game.outcome and ended is None:
            ended = game.tick
    game.close()
    assert game.outcome == "won", f"the bot lost {level} on seed {SEED}: pick a shot it wins"
    return recorder.replay(), game.res.tally


def watch_at_2x(app, frame):
    """The bot's win on the landing field watched at 2x (faster at once, which keeps the plate grown: the bar, the
    time watched and in all, the controls); stop as a lander comes down on the beacon's hold (beacon_landing)."""
    scene = app.ctx.stack[-1]
    if isinstance(scene, ReplayScene) and beacon_landing(scene.game):
        app.ctx.running = False
    return Actions(menu_right=frame == 2)


def shoot(name: str, plan, frames: int, skip_title=True, level=DEFAULT_LEVEL, path=None, replay=None) -> Path:
    # A player with no history: no save to continue, no record of earlier runs, default settings (whoever runs this,
    # and whichever shots ran before).
    os.environ["BLUE_COMET_CONFIG_DIR"] = tempfile.mkdtemp(prefix="blue-comet-screenshots-")
    app = App(level, seed=SEED, skip_title=skip_title, audio=False, clock=FixedClock(1 / MAX_FPS), replay=replay)
    app.input = Script(app, plan)
    app.run(max_frames=frames, keep_open=True)
    path = path or OUT / f"{name}.png"
    pygame.image.save(app.window, path)
    pygame.quit()
    print(f"saved {path.relative_to(ROOT)}")
    return path


def main(names) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    shots = {
        "title": (lambda app, f: Actions(pointer=(640, 458)), 90, False),
        "missions": (missions, 60, False),
        "campaign": (campaign_won, MAX_FPS * 240, False),
        "options": (options, 40, False),
        "controls": (controls, CONTROLS_OPEN + 30, False),
        "play": (fight, 480, True),  # a moment of the fight before the heat runs out, the briefing still up
        "pause": (lambda app, f: fight(app, f) if f < 60 * 12 else Actions(pause=f == 60 * 12), 60 * 12 + 20, True),
        "debug": (debug, 60 * 30, True),
        "result": (until_result, 60 * 150, True),
        "loss": (straight_to_the_pad, MAX_FPS * 40, True, OUTPOST),
        "easy_offer": (third_loss, MAX_FPS * 40, True, OUTPOST),
        "easy_taken": (easy_taken, MAX_FPS * 45, True, OUTPOST),
        "vmax": (vmax_charge, 60 * 120, True),
        "overheat": (overheat, 60 * 60, True),
        "rei": (rei, 60 * 60, True, OUTPOST),
        "fouron": (fouron, 60 * 30, True),
        "hold": (hold_the_pad, 60 * 60, True, OUTPOST),
        "reinforcements": (wave_inbound, 60 * 60, True, OUTPOST),
        "newyork": (fight, 60 * 16, True, NEW_YORK),
        "reached": (just_reached, 60 * 10, True, NEW_YORK),
        "lockdown": (lockdown, 60 * 60, True, NEW_YORK),
        "opened": (next_opened, 60 * 120, True, LANDING_FIELD),
        "landing": (landers_inbound, 60 * 180, True, LANDING_FIELD),
        "storm": (ambush_in_the_dust, 60 * 60, True, STORM_CANYON),
        "command": (hold_the_core, MAX_FPS * 240, True, COMMAND),
        # The level-design walk-through's last picture: its finished level a few seconds in.
        "outpost": (lambda app, f: Actions(aim_screen=(900, 360)), 60 * 14, True, OUTPOST,
                    ROOT / "docs" / "level-design" / "outpost-game.png"),
        # Its second map: the compound door shut, F3 saying what opens it.
        "relay_ridge": (debug, 60 * 30, True, RELAY_RIDGE, ROOT / "docs" / "level-design" / "relay-ridge-game.png"),
    }
    plans = [*shots, "reload", "replay"]
    unknown = [name for name in names if name not in plans]
    if unknown:
        sys.exit(f"screenshot.py: no plan named {', '.join(unknown)}; the plans: {', '.join(plans)} (none named: all)")
    for name in names or plans:
        if name == "replay":  # recorded here, on this code: a replay from another version may part ways
            shoot(name, watch_at_2x, MAX_FPS * 60, True, LANDING_FIELD, replay=bot_run(LANDING_FIELD)[0])
            continue
        if name == "reload":
            # A scratch copy beside the real map, so its relative paths to tilesets and templates hold.
            scratch = ROOT / "levels" / "outpost-reload-demo.tmx"
            scratch.write_text(OUTPOST.read_text())
            try:
                shoot(name, broken_save, 700, True, scratch)  # after the title card (3.5 s)
            finally:
                scratch.unlink()
            continue
        shoot(name, *shots[name])


if __name__ == "__main__":
    main(sys.argv[1:])
