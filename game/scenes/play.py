"""Playing a level: Actions become the player's Intent, ticks run the Game, the renderer shows it."""

import dataclasses
import logging
import time
from pathlib import Path

import pygame

from game.audio.cues import Cues
from game.audio.fight import FightWatch
from game.best_runs import read_best_run_ahead
from game.content.chain import read_level_ahead
from game.content.errors import ContentError, Problem
from game.content.reach import inside_wall
from game.content.words import counted
from game.files import real_path, write_atomically
from game.loss import LossWatch
from game.replay import Recorder, last_replay_path
from game.result_delay import RESULT_TICKS
from game.saves import remove_save, save_path, write_save
from game.session import new_game, settle_heap, tell_warnings
from game.sim.components import Facing, Position
from game.sim.resources import STEP
from game.scenes.aim import Aim
from game.scenes.base import Scene
from game.scenes.live_reload import LevelWatcher, refused_read, watched_files
from game.scenes.menu import TO_TITLE, leave_word
from game.view.advisor_panel import WIDTH as PANEL_WIDTH
from game.view.camera import HUD_BOTTOM, between
from game.view.controls import control_name, control_names, control_words
from game.view.overlays import TOAST_TOP, debug_lines, draw_debug, draw_get_ready, draw_problem_line, draw_problems, \
    draw_restart_hold, draw_reticle, draw_toast, kept_in_view, problems_heading
from game.view.feedback import hitstop_for, rumble_for
from game.view.renderer import Renderer
from game.view.text import CYAN, PURPLE, RED, GlyphsAhead, draw_text, fit_keeping

VIEW_SIZE = (1280, 720)
TOAST_TIME = 2.5      # s a "reloaded" notice stays
TOAST_GAP = 8         # px between the get-ready count's plate and a notice under it
RESTART_HOLD = 0.7    # s Restart is held before the level starts again (a key brushed by mistake is no restart)
READY_BEAT = 48       # steps (0.8 s) each of a resumed run's get-ready count's 3, 2, 1 stays
# A broken map's problems over play: shown whole this long after the save that brought them, then folded to a line
# (F3, the designer's overlay, shows them whole again), in as many rows at most, right of Rei's panel
PROBLEMS_WHOLE = 6.0  # s
PROBLEM_ROWS = 6
PROBLEMS_LEFT = 16 + PANEL_WIDTH + 12  # px
READY_STEPS = 3 * READY_BEAT  # a resumed run holds still so long before its fight goes on, unless a move or press goes
# The exit status once --record's file could not be written: the run was played, but what was asked of it is missing, as
# --verify's 1 for a replay that parts ways, or --bot's for a level not won (2 is for what is refused before it plays).
NOT_RECORDED = 1

log = logging.getLogger(__name__)


class PlayScene(Scene):
    records = True  # every level played from its start records a replay (saved as last.replay when it ends)
    saves = True  # the pause menu offers Save and quit
    prompts = True  # the HUD names the controls to press ("hold E to lock on"): not to someone watching a replay
    pointer = False
    restart_label = "Restart"  # the pause menu's words for restart()

    @property
    def quit_label(self) -> str:
        """The pause menu's words for quit(): Main menu, or Quit where it closes the game (menu.leave_word)."""
        return leave_word(self.ctx)

    def __init__(self, ctx, level_path=None, seed=None, game=None, taught=()) -> None:
        """Play a level from its file, or carry on with `game` (a resumed save). The scene owns its game: it closes
        it when the scene closes, or here when the level cannot be shown (a tile image broken since the map loaded).
        taught: Rei's lessons the missions before it in this run taught (Next mission's), not taught again."""
        self.ctx = ctx
        self.level_path = level_path or ctx.level_path
        self.seed = ctx.seed if seed is None else seed
        # Options' choice as the level starts; the command line has already refused a --start-at the map lacks
        self.game = game or new_game(self.level_path, self.seed, start_at=ctx.start_at,
                                     difficulty=ctx.settings.difficulty, spawn_if_start_gone=True, taught=taught)
        try:
            self.renderer = Renderer(self.game, VIEW_SIZE, ctx.sprites, ctx.feel, self.control_words)
        except BaseException:
            self.game.close()
            raise
        self.watcher = LevelWatcher(watched_files(self.level_path, self.game.res.level))
        self.reload_problems: list[Problem] = []  # what the checker found while a saved file is broken
        self.problems_seen = 0.0  # s of play they have been shown for (they fold to a line after PROBLEMS_WHOLE)
        gone = _forget_a_start_gone(ctx, self.game)  # before the replay takes down where the level started
        self.toast = (gone[0].upper() + gone[1:], 0.0) if gone else ("", TOAST_TIME)  # (text, age)
        ctx.audio.play_music(self.game.res.level.music)
        ctx.audio.prepare_fight()  # while the level loads: the fight's start does not wait for its music
        self.pending_events: list = []
        self.aim = Aim((VIEW_SIZE[0] / 2 + 120, VIEW_SIZE[1] / 2), self.renderer.camera)
        self.firing = False
        self.missile_unseen = False  # a missile press no tick has seen yet
        self.missile_kept = self._missile_held()  # a lock a save was made with: kept (shown_again says why)
        self.held_over = self._clicking()  # the click on Launch (Next mission, Restart...) is not a shot
        self.restarting = False  # Restart is held (the quick restart: RESTART_HOLD s, and the level starts again)
        self.restart_held = 0.0  # s it has been held
        self.restart_armed = False  # Restart seen let go: a hold carried into this run (the last one's) does not count
        self.hitstop = 0.0  # s
        # How far between its last two ticks the world was last drawn: drawn there again while it is held (`still`:
        # the last tick owed went to the hit-stop or the get-ready count; a page over the level). The frames' own
        # alpha goes on, and drawn at it the machines swept to and fro across their last tick's move at 144 Hz.
        self.alpha = 0.0
        self.still = False
        self.tick_drawn = self.game.tick  # F3 counts the ticks each frame ran (draw)
        self.ready = 0  # steps of the get-ready count left (get_ready): the fight holds still until it is over
        self.cues = Cues(ctx.audio)
        self.fight = FightWatch()  # the music's fight layer: on while the fight is
        self.feel = ctx.feel
        self.ended_tick = None
        self.next_read = None  # the next mission's map read ahead as the level is won (chain.read_level_ahead)
        self.loss_watch = LossWatch()  # how the level was lost, for the result screen
        self.bot = None  # with ctx.bot, the game.bot.Bot writing this game's intent
        self.uses_up_save = False  # resumed from the suspend save: it is removed after the first frame drawn
        # A resumed save starts mid-level, so it has no replay from tick 0 to keep.
        self.recorder = Recorder(self.game, self.level_path, ctx.start_at) \
            if self.records and self.game.tick == 0 else None
        self.replay_saved_at = 0  # ticks recorded when the replay was last saved
        # The replay's file as last saved, set by the writer's thread: the result's job, after it there, keeps it as the
        # best run where it is one
        self.replay_data = b""
        self.no_replay = "" if self.recorder is not None else "the run was resumed from a save"  # said on the result
        if self.recorder is not None:  # a win may be kept as the best run: the one kept is read now, not as it is won
            read_best_run_ahead(self.level_path, self.game.res.level.content_hash)
        # The glyphs of the pages the level opens, rendered a few a frame as it plays: their first frames render none
        self.glyphs_ahead = GlyphsAhead(self.faces_ahead())
        settle_heap()  # the level and its view are loaded: keep them out of the collections during play
        ctx.level_built = True

    def faces_ahead(self) -> tuple:
        """The faces of the pages the level opens, in the order they are warmed (GlyphsAhead): the pause menu's, which
        may come at once, then the result's. Their modules are imported here, as the level loads, not as they open."""
        from game.scenes.pause import FACES as PAUSE_FACES  # not at the top: start-up does not wait for them
        from game.scenes.result import FACES as RESULT_FACES
        return PAUSE_FACES + RESULT_FACES

    def handle(self, actions) -> None:
        # Once the level is decided, the result comes in a moment: no pause to save or quit a finished level from.
        if (actions.pause or actions.pad_lost or actions.focus_lost) and self.game.outcome is None:
            from game.scenes.pause import PAD_LOST, PauseScene  # here, not at the top: start-up does not wait for it
            self.ctx.push(PauseScene(self.ctx, self, reason=PAD_LOST if actions.pad_lost else "",
                                     blip=not actions.focus_lost))  # no blip heard from another window
            return
        if actions.debug:
            self.ctx.show_debug = not self.ctx.show_debug
        # Not once the level is decided (its result is on its way) nor while paused (the pause menu has the choice).
        self.arm_restart(actions, allowed=self.game.outcome is None)
        if not self.ctx.bot:  # the bot aims (_drive)
            self.aim.take(actions)
        # The button that clicked a menu into this level is still down: it fires only once let go and pressed again.
        self.held_over = self.held_over and (actions.fire or actions.missile)
        if self.ready > 0:  # counting down: a move or a press ends the count, and goes on as it would in the fight
            if not _goes(actions, self.held_over):
                return
            self.ready = 0
            actions = dataclasses.replace(actions, dash=False, knuckle=False, vmax=False)  # a press that only says go
        intent = self.game.player_intent()
        if intent is None or self.ctx.bot:  # the bot has the controls: the hands only pause and look
            return
        intent.move_x, intent.move_y = actions.move
        intent.fire = self.firing = actions.fire and not self.held_over
        # Held until a tick has seen it: a tap shorter than a frame, in a frame no tick fell in (at 144 Hz), still
        # holds for a tick and so launches on release.
        self.missile_unseen = self.missile_unseen or actions.missile
        # A lock kept over a pause holds until the button is pressed again: let go then, it launches as ever.
        self.missile_kept = self.missile_kept and not (actions.missile and not self.held_over)
        intent.missile = self.missile_kept or ((actions.missile or self.missile_unseen) and not self.held_over)
        # One-press requests: set here, cleared by the machine once acted on, so a press between
        # two ticks is never lost and never repeated.
        intent.dash |= actions.dash
        intent.knuckle |= actions.knuckle
        intent.vmax |= actions.vmax

    def arm_restart(self, actions, allowed: bool) -> None:
        """Time the quick restart from this frame's hold of Restart (frame: _hold_restart), where `allowed`; a hold
        carried in from before (the last run's, a pause's) counts only once let go and pressed again."""
        self.restart_armed = self.restart_armed or not actions.restart
        self.restarting = actions.restart and self.restart_armed and allowed

    def shown_again(self) -> None:
        """Back from the pause menu: a click on Resume, still held, is not a shot either."""
        super().shown_again()
        self.held_over = self._clicking()
        # A hold begun before the pause starts over, and only once Restart has been let go.
        self.restarting, self.restart_held, self.restart_armed = False, 0.0, False
        # The missiles launch as the button is let go, and no tick runs in the pause: a lock held into it and let go
        # there launched on the first tick back. A pause fires nothing: the lock is kept until the button is pressed
        # again, and a button still held goes on locking.
        self.missile_kept = self._missile_held()

    def _missile_held(self) -> bool:
        """The player's machine is holding its missile button as the game stands (not the bot's: it steers itself)."""
        intent = self.game.player_intent()
        return intent is not None and intent.missile and not self.ctx.bot

    def _clicking(self) -> bool:
        """The left mouse button is down as the level shows (a menu's click); False with no devices (tests, bot)."""
        return self.ctx.devices is not None and self.ctx.devices.clicking

    def get_ready(self) -> None:
        """Open on the get-ready count (a run resumed from its save, maybe mid-fight): READY_STEPS of the world held
        still, 3, 2, 1, before it goes on; a move or a press goes at once."""
        self.ready = READY_STEPS

    def step(self) -> None:
        self.still = self.ready > 0 or self.hitstop > 0
        if self.ready > 0:  # counted in steps, as the fight would have gone on: the pause menu holds it too
            self.ready -= 1
            if self.ready % READY_BEAT == 0:  # a beat as 2 and then 1 show, and one as the fight goes on
                self.ctx.audio.play("ui_move")
            return
        if self.hitstop > 0:  # the action holds still a moment on heavy hits; the rules never see it
            self.hitstop -= STEP
            return
        if self.ctx.bot:
            self._drive()
        else:
            self.aim.point(self.game, self.renderer.camera, self.ctx.settings.pad_aim_assist)
        if self.recorder is not None:
            self.recorder.before_step()
        self.loss_watch.before_step(self.game)
        events = self.game.step()
        self.loss_watch.after_step(self.game, events)
        self.missile_unseen = False
        if self.recorder is not None:
            self.recorder.after_step()
        self.pending_events.extend(events)
        self.hitstop = hitstop_for(events, self.game, self.feel)
        me = self.game.world.try_get(self.game.player, Position)
        pulse = rumble_for(events, self.game.player, self.feel, (me.x, me.y) if me is not None else None)
        if pulse is not None and self.ctx.devices is not None:
            self.ctx.devices.rumble(pulse)
        if self.game.outcome and self.ended_tick is None:
            self.ended_tick = self.game.tick
            following = self.game.res.level.next_level if self.game.outcome == "won" else ""
            if following:  # the result screen names it: read through the result's delay, not in its first frame
                self.next_read = read_level_ahead(real_path(following))
        if self.ended_tick is not None and self.game.tick - self.ended_tick >= RESULT_TICKS:
            self.save_replay()
            from game.scenes.result import ResultScene  # here, not at the top: start-up does not wait for it
            self.ctx.audio.leave_fight()  # the result is a page: no fight under it
            self.ctx.push(ResultScene(self.ctx, self))

    def _drive(self) -> None:
        """--bot: the bot writes the intent (a new bot for a reloaded game); the reticle shows its aim."""
        if self.bot is None or self.bot.game is not self.game:
            from game.bot import Bot
            from game.bot.skill import SKILLS
            self.bot = Bot(self.game, SKILLS[self.ctx.bot_skill])
        self.bot.steer()
        intent = self.game.player_intent()
        if intent is not None:
            self.aim.world, self.firing = (intent.aim_x, intent.aim_y), intent.fire

    def frame(self, dt: float) -> None:
        if self._hold_restart(dt):  # this scene has given way to the level's new run
            return
        self.problems_seen += dt  # timed in play alone: a designer back from Tiled, which paused it, reads them whole
        self.watch(dt)
        self.show(dt)
        self.glyphs_ahead.warm()

    def show(self, dt: float, settings=None, heard: bool = True) -> None:
        """The cosmetics of this frame's ticks: the music's fight layer, their sounds (none unless `heard`), then the
        effects, the panels and the camera, `dt` s of them (the world's time), as `settings` (by default the player's)
        ask."""
        self.ctx.audio.set_fighting(self.fight.fighting(self.game, self.pending_events))
        if heard:
            self.cues.play(self.pending_events, self.game, self.renderer.camera, dt)
        self.renderer.update(self.game, self.pending_events, self.aim.world, dt, settings or self.ctx.settings)
        self.pending_events.clear()

    def _hold_restart(self, dt: float) -> bool:
        """Time Restart held; held RESTART_HOLD s, start the level again as the pause menu's Restart does (its seed,
        replay and settings). True once it has; a map saved with mistakes since it loaded is said, and play goes on."""
        self.restart_held = self.restart_held + dt if self.restarting else 0.0
        if self.restart_held < RESTART_HOLD:
            return False
        self.restarting, self.restart_held, self.restart_armed = False, 0.0, False
        problem = self.restart()
        if problem:
            self.toast = (problem, 0.0)
        return not problem

    def watch(self, dt: float) -> None:
        """Rebuild the level once a file it is built from is saved again; the pause menu calls it too, as a designer
        saving in Tiled has given the game's window up, and it paused."""
        if self.watcher.saved_again(dt):
            self.reload()
        self.toast = (self.toast[0], self.toast[1] + dt)

    def draw_reload_news(self, surface, whole: bool = True, under=None) -> pygame.Rect | None:
        """What the last save did: the problems that keep the last good version in play, or "Reloaded". Over play,
        the problems stand on the HUD's gauges right of Rei's panel, whole for PROBLEMS_WHOLE s of play after the
        save that brought them (or while F3's overlay is on), then folded to a line naming F3. Not `whole` (under the
        pause menu, which has the room), they are counted in a line. The notice goes below `under`, a plate on its
        row (the get-ready count). Returns the problems' plate over play, if any."""
        shown = None
        if self.reload_problems:
            heading, lines = problems_heading(self.reload_problems)
            title = f"{heading}; still playing the last good version"
            # The count and what shows them end the line, kept whole where a long file name cuts the title short
            count, them = len(self.reload_problems), "it" if len(self.reload_problems) == 1 else "them"
            counted_in = f" ({counted(count, 'problem')}"
            foot = surface.get_height() - HUD_BOTTOM
            key = control_name(self.ctx.bindings, "debug", self.device, self.layout)
            if whole and (self.problems_seen < PROBLEMS_WHOLE or self.ctx.show_debug or not key):
                shown = draw_problems(surface, title, lines, most=PROBLEM_ROWS, left=PROBLEMS_LEFT, above=foot)
            elif whole:  # the level plays on: the designer plays it with the problems a key away
                shown = draw_problem_line(surface, title, f"{counted_in}: {key} shows {them})", PROBLEMS_LEFT, foot)
            else:
                line, size = fit_keeping(title, f"{counted_in}: resume to read {them})", 22, surface.get_width() - 64,
                                         16, bold=True)
                draw_text(surface, line, (surface.get_width() / 2, 104), size, RED, anchor="midtop", bold=True)
        if self.toast[1] < TOAST_TIME:
            top = under.bottom + TOAST_GAP if under else TOAST_TOP
            draw_toast(surface, self.toast[0], self.toast[1] / TOAST_TIME, top)
        return shown

    def control_words(self) -> dict[str, str]:
        """The controls a level's message names ("{fire}"), on the device in use: in a replay too, the viewer's own (a
        briefing reads as words whoever watches it)."""
        return control_words(self.ctx.bindings, self.ctx.settings, self.device, self.layout)

    def _prompt_key(self, action: str) -> str | None:
        """The name of `action`'s control on the device in use, for the HUD's prompts; None when there are none."""
        return control_name(self.ctx.bindings, action, self.device, self.layout) if self.prompts else None

    def _prompt_keys(self, action: str) -> tuple[str, ...] | None:
        """The names of every control of `action` on the device in use, in the player's order; None when there are no
        prompts."""
        return tuple(control_names(self.ctx.bindings, action, self.device, self.layout)) if self.prompts else None

    def backdrop(self, surface, alpha: float) -> None:
        """The world as it stands (as it was last drawn: no tick moves it under a page), without the HUD, the markers,
        the AIs' panel or Fouron's frame."""
        self.renderer.draw(surface, self.game, self.alpha, self.ctx.stats.get("dt", 0.0), overlays=False)

    def draw_plates(self, surface) -> None:
        """The HUD's plates alone, solid, as the frame last drawn had them: over the pause menu's dimming. A Restart
        hold carried into the pause starts over on resuming (shown_again): its ring is not shown frozen there."""
        self.renderer.hud.restart = None
        self.renderer.hud.draw_plates(surface, self.game, self.game.seconds, 0.0, solid=True)

    def draw(self, surface, alpha: float) -> None:
        started = time.perf_counter()
        if self.still:  # held still: drawn as it last was
            alpha = self.alpha
        self.alpha = alpha
        self.renderer.fouron.key = self._prompt_key("dash")  # "MASH [SPACE] TO RESIST"
        # While Fouron holds the controls it ignores the pilot's missiles and V-MAX: no prompt invites those presses
        seized = self.game.res.fouron.active
        self.renderer.hud.missile_keys = None if seized else self._prompt_keys("missile")  # "hold E: lock on"
        self.renderer.hud.vmax_key = None if seized else self._prompt_key("vmax")  # "READY - PRESS Q"
        self.renderer.debug = self.ctx.show_debug  # F3 also draws the map's triggers, zones, patrols and spawns
        self.renderer.hud.restart = self._restart_shown()  # the armour plate's title row fills while Restart is held
        # The view leans toward the reticle as this frame draws it, not the tick's point: the mouse's was under the
        # pointer as the view stood before that tick, and leaning toward it the view stepped 1.96 to 2.05 px a frame.
        camera = self.renderer.camera
        self.renderer.aim_world = camera.to_world(*self.aim.on_screen(self.game, camera, alpha))
        # The reticle stands for the pointer where the system's is hidden: over everything, the HUD's plates too. Where
        # the system's shows (a replay), it is the pilot's recorded aim, a part of the picture: under the plates.
        reticle = self._draw_reticle if self.game.outcome is None else None
        self.renderer.draw(surface, self.game, alpha, self.ctx.stats.get("dt", 0.0),
                           under_hud=reticle if self.pointer else None)
        if self.uses_up_save:  # the level has stepped and drawn from it: the save has done its work
            self.uses_up_save = False
            remove_save()
        if reticle is not None and not self.pointer:
            reticle(surface)
        ready = draw_get_ready(surface, -(-self.ready // READY_BEAT)) if self.ready > 0 else None  # 3 at first
        self.draw_reload_news(surface, under=ready)  # a notice as the count runs (a start gone) goes under it
        # the ticks run since the last frame drew: this frame's (none behind a hit-stop; a reload's game starts anew)
        ticks, self.tick_drawn = max(0, self.game.tick - self.tick_drawn), self.game.tick
        if self.ctx.show_debug:
            draw_debug(surface, debug_lines(self.ctx.stats, (time.perf_counter() - started) * 1000, ticks, self.game))

    def _draw_reticle(self, surface) -> None:
        """The reticle where the aim is this frame (self.alpha's), purple while Fouron aims."""
        camera, player = self.renderer.camera, self.game.world.try_get(self.game.player, Position)
        aim = self.aim.on_screen(self.game, camera, self.alpha)
        if player is not None:  # the stick's aim (or the bot's) may lie past the view: it shows the way
            aim = kept_in_view(aim, camera.to_screen(*between(player, self.alpha)), surface.get_size())
        draw_reticle(surface, aim, self.firing, PURPLE if self.game.res.fouron.active else CYAN)

    def _restart_shown(self) -> tuple[float, str | None] | None:
        """(share of the hold, the control's name) while Restart is held, else None. Named even in a replay, whose
        HUD names no pilot's control: Restart is the viewer's own."""
        if self.restart_held <= 0:
            return None
        return self.restart_held / RESTART_HOLD, control_name(self.ctx.bindings, "restart", self.device, self.layout)

    def draw_restart_hold(self, surface) -> None:
        """The quick restart's plate, filling, while Restart is held where the HUD is not drawn (a replay's seek)."""
        if shown := self._restart_shown():
            draw_restart_hold(surface, *shown)

    def reload(self) -> None:
        """Rebuild the level from the file just saved; keep the pilot where they were if that is open ground.
        A broken save leaves the last good version running and shows what is wrong."""
        game = None
        try:
            game = new_game(self.level_path, self.seed, start_at=self.ctx.start_at,
                            difficulty=self.game.res.difficulty, spawn_if_start_gone=True,
                            taught=self.game.res.voice.taught)
            renderer = Renderer(game, VIEW_SIZE, self.ctx.sprites, self.ctx.feel,  # it reads the tile images
                                self.control_words)
        except ContentError as error:
            if game is not None:
                game.close()
            problems = refused_read(self.watcher, self.level_path, error)
            if problems is None:  # a save perhaps still being written: read again once it holds still
                return
            if problems != self.reload_problems:  # the same refusal again (saved again unchanged) is no news
                log.warning("reload of %s refused:\n%s", self.level_path, error)
                self.problems_seen = 0.0  # news: shown whole again
            self.reload_problems = problems
            return
        _keep_gates(self.game, game)  # before the pilot's place is checked: a gate kept shut may stand on it
        old = self.game.world.try_get(self.game.player, Position)
        new = game.world.try_get(game.player, Position)
        radius = game.res.catalog.units[game.res.catalog.player].radius
        if old is not None and not inside_wall(game.res.walls, old.x, old.y, radius):
            new.x, new.y, new.prev_x, new.prev_y = old.x, old.y, old.x, old.y
            game.world.get(game.player, Facing).angle = self.game.world.get(self.game.player, Facing).angle
        camera = self.renderer.camera
        tell_warnings(game.res.level, before=self.game.res.level)  # a save may bring one: a corner sheet painted
        self.recorder = None  # the rebuilt game does not start from the map's start: no replay of this run
        self.no_replay = "the map was reloaded during the run"
        self.game.close()
        self.game, self.renderer = game, renderer
        self.watcher = LevelWatcher(watched_files(self.level_path, game.res.level))  # it may use other files now
        self.renderer.camera.snap(camera.x, camera.y)
        self.pending_events.clear()
        self.ended_tick = None
        self.reload_problems = []
        gone = _forget_a_start_gone(self.ctx, game)
        self.toast = (f"Reloaded {Path(self.level_path).name}" + (f"; {gone}" if gone else ""), 0.0)
        self.ctx.audio.play_music(game.res.level.music)
        self.ctx.audio.prepare_fight()
        settle_heap()
        self.ctx.level_built = True

    def save_replay(self) -> None:
        """Keep this run's replay as last.replay (and in --record's file), as recorded now, compressed and written off
        the frame (ctx.writer, game/writer.py); a failure is logged and said by the page showing, never raised."""
        if self.recorder is None or self.recorder.ticks in (0, self.replay_saved_at):
            return
        self.replay_saved_at = self.recorder.ticks
        encode = self.recorder.encoder()
        self.ctx.writer.put(lambda: self._write_replay(encode()))

    def _write_replay(self, data: bytes) -> str:
        """On the writer's thread: `data`, the replay's file, kept as replay_data (the result's best run, which the
        writer keeps after it) and written; "" or why not, a line for each file it could not be written to."""
        self.replay_data = data
        problems = []
        for path in (last_replay_path(), self.ctx.record_to):
            if path is not None:
                try:
                    write_atomically(Path(path), data)
                    if path == self.ctx.record_to and self.ctx.exit_status == NOT_RECORDED:
                        self.ctx.exit_status = 0  # the file holds the latest run's replay: nothing is missing now
                except OSError as error:
                    problems.append(f"{path}: could not save the replay: {error.strerror or error}")
                    if path == self.ctx.record_to:  # a script that asked for it must be able to tell
                        self.ctx.exit_status = NOT_RECORDED
        return " · ".join(problems)

    def suspend(self) -> str | None:
        """Save and quit's save: the run as it stands in save.json, for Continue; None once saved, else why not in a
        line (an unreadable save there is set aside first: saves.write_save)."""
        told = []  # a save there that could not be resumed, set aside: said on the title, or in the console
        problem = write_save(self.game, self.level_path, self.ctx.start_at, told=told)
        for line in told:
            log.warning("%s", line)
            self.ctx.retell(save_path(), [line])
        return problem

    def window_closing(self) -> None:
        """The window closed on a run under way: kept as Save and quit keeps it, and the title offers Continue next
        time. Not a decided run (nothing to resume), a replay (`saves`) or a playtest (no title): a designer closes
        the window after every try of a map, and its save would take the campaign's place. Between frames, so never
        half a tick."""
        if not self.saves or self.game.outcome is not None or leave_word(self.ctx) != TO_TITLE:
            return
        problem = self.suspend()
        if problem:  # the window is going: the console is the one place left to say it
            log.warning("%s", problem)

    def close(self) -> None:
        self.save_replay()
        self.ctx.audio.stop_effects()  # the fight left behind is not heard over what comes next
        self.ctx.audio.leave_fight()
        self.game.close()  # its esper world stays in esper's own tables until closed

    def quit(self) -> None:
        """Leave the level: back to the title if the game began there, otherwise the game ends."""
        self.ctx.leave()

    def restart(self) -> str:
        """Play the level again from its start; "" once it has, else why not in a line (the map, saved with mistakes
        since it was loaded, is said and nothing changes: the level in play goes on)."""
        try:
            again = PlayScene(self.ctx, self.level_path, self.seed, taught=self.game.res.voice.taught)
        except ContentError as error:
            return str(error).splitlines()[0]
        self.ctx.open_level(again)
        return ""


def _goes(actions, held_over: bool) -> bool:
    """The get-ready count ends: a move, or a press of a control the fight answers (the button still held from the
    menu's choice is not one)."""
    return (actions.move != (0.0, 0.0) or actions.dash or actions.knuckle or actions.vmax or actions.menu_confirm
            or actions.click is not None or ((actions.fire or actions.missile) and not held_over))


def _keep_gates(old, new) -> None:
    """A reload keeps each gate the run had worked as it stood (by its object id, if it still opens, or still shuts):
    the pilot is kept where they were, perhaps past a gate they opened, and shut again with its trigger behind them and
    not fired in the rebuilt game, it walled them off from the way back."""
    worked = {gate.object_id: (gate.starts_shut, state) for gate, state in zip(old.res.level.gates, old.res.gates)
              if state.worked}
    for gate, state in zip(new.res.level.gates, new.res.gates):
        starts_shut, was = worked.get(gate.object_id, (None, None))
        if starts_shut == gate.starts_shut:
            state.shut, state.worked = was.shut, was.worked


def _forget_a_start_gone(ctx, game) -> str:
    """A playtest started at a map object (--start-at) that the map, saved since, no longer has: the game was built
    from the player spawn (new_game's spawn_if_start_gone), and so is every restart from now on. What to tell the
    designer, or "" when the start is still there (or there is none)."""
    if ctx.start_at is None or ctx.start_at in game.res.level.object_points:
        return ""
    gone, ctx.start_at = ctx.start_at, None
    return f"object {gone}, where the playtest started, is gone: restarts begin at the player spawn"
