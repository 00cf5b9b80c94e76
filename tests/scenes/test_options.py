"""The options menu: opened from the pause menu and the title, every change applied at once and saved."""

import logging
from pathlib import Path

import pygame
import pytest

from game.input.actions import Actions
from game.scenes import options as options_module
from game.scenes.options import ROWS, OptionsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.scenes.title import TitleScene
from game.session import DEFAULT_LEVEL
from game.settings import Settings, load_settings
from game.sim.damage import DIFFICULTIES
from game.view.text import AMBER, RED, modal_panel
from tests.drawn_words import record_drawn_words
from tests.scenes.conftest import make_context

ROW = {row.key: i for i, row in enumerate(ROWS)} | {"controls": len(ROWS), "back": len(ROWS) + 1}


@pytest.fixture
def ctx(config_dir, display):
    context = make_context()
    context.push(TitleScene(context))
    return context


def press(ctx, **actions) -> None:
    ctx.stack[-1].handle(Actions(**actions))


def draw(ctx) -> pygame.Surface:
    """Draw the screen as the app does: the top scene draws all of it."""
    surface = pygame.display.get_surface()
    ctx.stack[-1].draw(surface, 0.0)
    return surface


def saved(config_dir: Path) -> Settings:
    settings, problems = load_settings(config_dir / "settings.yaml")
    assert problems == []
    return settings


def open_from_pause(ctx) -> OptionsScene:
    press(ctx, menu_confirm=True)  # Launch
    play = ctx.stack[-1]
    assert isinstance(play, PlayScene)
    press(ctx, pause=True)
    press(ctx, menu_down=True)
    press(ctx, menu_down=True)
    press(ctx, menu_confirm=True)  # Resume, Restart, Options
    assert isinstance(ctx.stack[-1], OptionsScene)
    return ctx.stack[-1]


def select(ctx, row: str) -> None:
    for _ in range(ROW[row]):
        press(ctx, menu_down=True)
    assert ctx.stack[-1].selected == ROW[row]


def test_the_pause_menu_lists_options_between_restart_and_the_comms_log(ctx):
    press(ctx, menu_confirm=True)
    press(ctx, pause=True)
    assert ctx.stack[-1].menu.options == ["Resume", "Restart", "Options", "Comms log", "Save and go to Main menu",
                                          "Main menu"]


def test_options_opens_from_the_pause_menu_over_the_paused_game(ctx):
    options = open_from_pause(ctx)
    assert isinstance(ctx.stack[-2], PauseScene) and isinstance(ctx.stack[-3], PlayScene)
    play = ctx.stack[-3]
    tick = play.game.tick
    options.step()
    assert play.game.tick == tick  # the game stays frozen behind the options


def shown_behind(ctx, menu) -> tuple[bytes, bytes]:
    """The screen drawn twice, with `menu` (of the scene under the options) on its first and on its last option."""
    frames = []
    for selected in (0, len(menu.options) - 1):
        menu.selected = selected
        frames.append(pygame.image.tobytes(draw(ctx), "RGB"))
    return frames[0], frames[1]


def margin_colours(frame: bytes) -> int:
    """How many colours the screen shows left of the options' plate (760 px wide, centred): what is behind it."""
    width, margin = 1280, 250
    return len({frame[(y * width + x) * 3:(y * width + x) * 3 + 3] for y in range(720) for x in range(margin)})


def test_the_options_page_shows_the_frozen_game_behind_it_not_the_pause_menu_that_opened_it(ctx, monkeypatch):
    open_from_pause(ctx)
    words = record_drawn_words(monkeypatch, options_module)
    first, last = shown_behind(ctx, ctx.stack[-2].menu)
    assert first == last  # nothing of the pause menu shows through the plate
    assert "OPTIONS" in words and margin_colours(first) > 500  # the page, over the game: a blank frame fails


def test_the_options_page_shows_the_drifting_base_behind_it_not_the_title_and_its_menu(ctx, monkeypatch):
    press(ctx, menu_down=True)
    press(ctx, menu_confirm=True)
    words = record_drawn_words(monkeypatch, options_module)
    first, last = shown_behind(ctx, ctx.stack[-2].menu)
    assert first == last
    # the page, over the darkened base (34 colours at its left, under the title's vignette): a blank frame shows 2
    assert "OPTIONS" in words and margin_colours(first) > 20


def test_changing_screen_shake_cycles_round_off_half_full_and_saves_each_step_to_the_file(ctx, config_dir):
    open_from_pause(ctx)
    assert ctx.settings.screen_shake == 1.0
    seen = []
    for _ in range(3):
        press(ctx, menu_confirm=True)
        seen.append(ctx.settings.screen_shake)
        assert saved(config_dir).screen_shake == ctx.settings.screen_shake
    assert seen == [0.0, 0.5, 1.0]  # Full → (round the end) Off → Half → Full


def test_the_screen_shake_row_shows_full_off_and_half(ctx):
    options = open_from_pause(ctx)
    shown = []
    for _ in range(3):
        shown.append(ROWS[0].text(ctx.settings.screen_shake))
        press(ctx, menu_confirm=True)
    assert shown == ["Full", "Off", "Half"]
    assert options.notice == ""


def test_flashes_cycle_full_off_reduced_and_are_saved(ctx, config_dir):
    open_from_pause(ctx)
    select(ctx, "flashes")
    press(ctx, menu_confirm=True)
    assert ctx.settings.flashes == 0.0 and saved(config_dir).flashes == 0.0
    press(ctx, menu_confirm=True)
    assert ctx.settings.flashes == 0.5 and saved(config_dir).flashes == 0.5


def test_right_means_more_on_every_row():
    for row in ROWS:
        values = [value for value, _ in row.choices]
        more = list(DIFFICULTIES) if row.key == "difficulty" else sorted(values)  # harder, for the difficulty
        assert values == more, row.label


def test_left_and_right_step_the_sound_volume_by_ten_percent_stop_at_the_ends_and_set_the_mixer(ctx, config_dir):
    open_from_pause(ctx)
    select(ctx, "sfx_volume")
    press(ctx, menu_right=True)
    assert ctx.settings.sfx_volume == 0.9 and ctx.audio.volume == 0.9
    press(ctx, menu_right=True)
    press(ctx, menu_right=True)  # already 100%: stays there, no wrap to silence
    assert ctx.settings.sfx_volume == 1.0 and saved(config_dir).sfx_volume == 1.0
    for _ in range(12):
        press(ctx, menu_left=True)
    assert ctx.settings.sfx_volume == 0.0 and ctx.audio.volume == 0.0 and saved(config_dir).sfx_volume == 0.0


def test_the_music_volume_row_sets_the_music_volume_apart_from_the_effects(ctx, config_dir):
    open_from_pause(ctx)
    select(ctx, "music_volume")
    press(ctx, menu_left=True)
    assert ctx.settings.music_volume == 0.5 and ctx.audio.music_volume == 0.5
    assert ctx.audio.volume == 0.8 and saved(config_dir).music_volume == 0.5


def test_a_volume_between_two_steps_moves_to_the_neighbouring_step_either_way():
    music = ROWS[ROW["music_volume"]]
    assert music.text(0.55) == "55%"
    assert music.choices[music.after(0.55, 1)][0] == 0.6
    assert music.choices[music.after(0.55, -1)][0] == 0.5
    assert music.choices[music.after(0.52, 1)][0] == 0.6 and music.choices[music.after(0.58, -1)][0] == 0.5
    shake = ROWS[ROW["screen_shake"]]  # listed Off, Half, Full
    assert shake.text(0.3) == "30%"
    assert shake.choices[shake.after(0.3, 1)][0] == 0.5 and shake.choices[shake.after(0.3, -1)][0] == 0.0


class TunedDevices:
    """Stands in for InputDevices: remembers the settings it was last tuned to."""

    clicking = False  # no mouse button down as the level shows again (the play scene asks)
    pad_connected = True  # the pads being tuned are in (the pause menu asks, to tell one pulled out)

    def __init__(self) -> None:
        self.settings = None

    def tune(self, settings) -> None:
        self.settings = settings

    def stop_rumble(self) -> None:  # the pause menu stills the pads: none here
        pass


def test_the_pad_rows_tune_the_pads_at_once_and_are_saved(ctx, config_dir):
    ctx.devices = TunedDevices()
    open_from_pause(ctx)
    select(ctx, "pad_dead_zone")
    press(ctx, menu_right=True)
    assert ctx.settings.pad_dead_zone == 0.25 and saved(config_dir).pad_dead_zone == 0.25
    assert ctx.devices.settings.pad_dead_zone == 0.25
    press(ctx, menu_down=True)  # Aim assist
    press(ctx, menu_down=True)  # Trigger pull
    press(ctx, menu_left=True)
    assert ctx.devices.settings.pad_trigger_pull == 0.3 and saved(config_dir).pad_trigger_pull == 0.3
    for _ in range(3):
        press(ctx, menu_up=True)  # Aim assist, Stick dead zone, Move stick
    press(ctx, menu_confirm=True)
    assert ctx.devices.settings.pad_move_stick == "right" and saved(config_dir).pad_move_stick == "right"
    assert ROWS[ROW["pad_move_stick"]].text("right") == "Right"
    press(ctx, menu_confirm=True)  # round the end: back to the left stick
    assert ctx.settings.pad_move_stick == "left"


def test_the_aim_assist_row_shows_under_the_game_controller_full_and_steps_to_half_and_off(ctx, config_dir,
                                                                                           monkeypatch):
    from tests.drawn_words import record_drawn_words
    drawn = record_drawn_words(monkeypatch, options_module)
    open_from_pause(ctx)
    select(ctx, "pad_aim_assist")
    draw(ctx)
    assert drawn.index("GAME CONTROLLER") < drawn.index("AIM ASSIST")
    assert drawn[drawn.index("AIM ASSIST") + 1] == "Full"  # the stick's assist is on unless the player turns it off
    press(ctx, menu_left=True)
    assert ctx.settings.pad_aim_assist == 0.5 and saved(config_dir).pad_aim_assist == 0.5
    press(ctx, menu_left=True)
    drawn.clear()
    draw(ctx)
    assert drawn[drawn.index("AIM ASSIST") + 1] == "Off" and saved(config_dir).pad_aim_assist == 0.0


def test_the_pad_rows_stop_at_their_ends_and_offer_the_defaults():
    dead_zone, pull = ROWS[ROW["pad_dead_zone"]], ROWS[ROW["pad_trigger_pull"]]
    assert [value for value, _ in dead_zone.choices][::5] == [0.0, 0.25, 0.5]
    assert (pull.choices[0][0], pull.choices[-1][0]) == (0.1, 0.9)
    defaults = Settings()
    assert dead_zone.text(defaults.pad_dead_zone) == "20%" and pull.text(defaults.pad_trigger_pull) == "35%"
    assert dead_zone.after(0.5, 1) == len(dead_zone.choices)  # past the end: left and right stop there


def test_every_row_and_back_fit_on_the_plate_above_the_hint(ctx):
    options = open_from_pause(ctx)
    draw(ctx)
    plate = pygame.Rect(0, 0, *options_module.PANEL_SIZE)
    plate.center = pygame.display.get_surface().get_rect().center
    assert all(plate.contains(rect) for rect in options.rects)
    assert options.rects[-1].bottom + 12 + 2 * 22 <= plate.bottom - 30  # two lines of notice, then the hint


def test_fullscreen_refused_by_the_window_is_said_not_raised_and_the_row_and_file_stay_off(ctx, config_dir, caplog):
    options = open_from_pause(ctx)
    select(ctx, "fullscreen")
    with caplog.at_level(logging.WARNING):
        press(ctx, menu_confirm=True)  # SDL's dummy driver cannot go fullscreen
    assert "fullscreen" in options.notice
    assert any("fullscreen" in record.getMessage() for record in caplog.records)
    assert ctx.settings.fullscreen is False and not (config_dir / "settings.yaml").exists()  # nothing claims On
    draw(ctx)


def test_a_save_failure_with_a_long_path_is_cut_in_two_rows_with_an_ellipsis(ctx, monkeypatch):
    options = open_from_pause(ctx)
    monkeypatch.setattr(options_module, "save_settings",
                        lambda settings, path: f"{'/very/long/folder' * 20}/settings.yaml: could not save the "
                                               "settings: No space left on device (they apply until the game closes)")
    press(ctx, menu_confirm=True)
    drawn = []
    monkeypatch.setattr(options_module, "draw_lines",
                        lambda surface, text, *rest, **kwargs: drawn.append((text, kwargs)))
    draw(ctx)
    assert drawn == [(options.notice, {"most": 2})]


def test_fullscreen_the_window_takes_is_kept_and_saved(ctx, config_dir, monkeypatch):
    monkeypatch.setattr(options_module, "apply_fullscreen", lambda wanted: None)  # a display that can
    open_from_pause(ctx)
    select(ctx, "fullscreen")
    press(ctx, menu_confirm=True)
    assert ctx.settings.fullscreen is True and saved(config_dir).fullscreen is True


def test_a_click_on_a_row_cycles_its_value_and_a_click_on_its_left_arrow_steps_back(ctx, config_dir):
    options = open_from_pause(ctx)
    draw(ctx)
    press(ctx, click=options.rects[ROW["screen_shake"]].center)
    assert ctx.settings.screen_shake == 0.0 and saved(config_dir).screen_shake == 0.0  # Full, round the end to Off
    press(ctx, click=options.rects[ROW["screen_shake"]].center)
    assert ctx.settings.screen_shake == 0.5 and saved(config_dir).screen_shake == 0.5
    left_arrow = options.arrows[ROW["screen_shake"]][0]
    press(ctx, click=left_arrow.center)
    assert ctx.settings.screen_shake == 0.0 and saved(config_dir).screen_shake == 0.0


def test_back_returns_to_the_pause_menu_by_the_back_row_by_menu_back_and_by_a_click(ctx):
    open_from_pause(ctx)
    pause = ctx.stack[-2]
    press(ctx, menu_up=True)  # wraps round to Back
    press(ctx, menu_confirm=True)
    assert ctx.stack[-1] is pause
    press(ctx, menu_confirm=True)  # the pause menu still has Options selected
    press(ctx, menu_back=True)
    assert ctx.stack[-1] is pause
    press(ctx, menu_confirm=True)
    draw(ctx)
    press(ctx, click=ctx.stack[-1].rects[ROW["back"]].center)
    assert ctx.stack[-1] is pause and ctx.running


def test_the_title_menu_lists_options_between_launch_and_quit_and_opens_it(ctx):
    title = ctx.stack[-1]
    assert title.menu.options == ["Launch", "Options", "Quit"]
    press(ctx, menu_down=True)
    press(ctx, menu_confirm=True)
    assert isinstance(ctx.stack[-1], OptionsScene) and ctx.stack[-2] is title


def test_options_from_the_title_changes_a_setting_and_back_returns_to_the_title(ctx, config_dir):
    title = ctx.stack[-1]
    press(ctx, menu_down=True)
    press(ctx, menu_confirm=True)
    press(ctx, menu_confirm=True)  # screen shake: Full → Off
    assert saved(config_dir).screen_shake == 0.0
    press(ctx, menu_back=True)
    assert ctx.stack == [title] and ctx.running
    assert ctx.settings.screen_shake == 0.0  # the choice holds for the level launched next


def test_a_failed_save_shows_the_error_line_on_the_options_screen_and_the_change_still_applies(ctx, tmp_path,
                                                                                                monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("BLUE_COMET_CONFIG_DIR", str(blocker / "blue-comet"))
    options = open_from_pause(ctx)
    press(ctx, menu_confirm=True)
    assert ctx.settings.screen_shake == 0.0
    assert "could not save the settings" in options.notice and "settings.yaml" in options.notice
    assert options.notice_color == RED  # a failure, in the colour of failures
    surface = draw(ctx)
    assert surface.get_size() == (1280, 720)


def test_changing_a_setting_over_a_broken_file_keeps_that_file_and_says_where(ctx, config_dir):
    text = "screen_shake: 0.5\nmusic_volume: 0.2\nsfx_volume: loud\n"
    (config_dir / "settings.yaml").write_text(text, encoding="utf-8")
    settings, problems = load_settings(config_dir / "settings.yaml")
    ctx.settings, ctx.file_problems = settings, list(problems)  # as the app starts with it
    options = open_from_pause(ctx)
    press(ctx, menu_confirm=True)  # screen shake: half → full
    assert saved(config_dir) == Settings(screen_shake=1.0, music_volume=0.2)
    assert (config_dir / "settings.unreadable.yaml").read_text(encoding="utf-8") == text
    assert options.notice.endswith("had mistakes: your file as it was is kept as settings.unreadable.yaml")
    assert ctx.file_problems == []  # the file the title named reads cleanly now


def test_changing_a_setting_keeps_a_newer_game_s_key_in_the_file_and_on_the_title_and_drops_a_mistake_s_line(
        ctx, config_dir):
    path = config_dir / "settings.yaml"
    path.write_text("screen_shake: 0.5\nsfx_volume: loud\nhdr_glow: true\n", encoding="utf-8")
    settings, problems = load_settings(path)
    ctx.settings, ctx.file_problems = settings, ["another file: a line of its own", *problems]  # as the app starts
    open_from_pause(ctx)
    press(ctx, menu_confirm=True)  # screen shake: half → full
    newer = [line for line in problems if ": hdr_glow: " in line]
    assert len(newer) == 1 and load_settings(path) == (Settings(), newer)  # the key kept, the broken volume aside
    assert ctx.file_problems == ["another file: a line of its own", *newer]  # the title names what is still not read
    press(ctx, menu_confirm=True)  # and back: no second copy kept aside for the key
    assert sorted(p.name for p in config_dir.iterdir() if p.name.startswith("settings")) == [
        "settings.unreadable.yaml", "settings.yaml"]


def test_a_change_that_could_not_be_saved_over_a_broken_file_leaves_the_title_s_word_on_it(ctx, config_dir,
                                                                                           monkeypatch):
    import errno
    from game import settings as settings_module

    def disk_full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    (config_dir / "settings.yaml").write_text("sfx_volume: loud\n", encoding="utf-8")
    settings, problems = load_settings(config_dir / "settings.yaml")
    ctx.settings, ctx.file_problems = settings, list(problems)  # as the app starts with it
    monkeypatch.setattr(settings_module, "write_atomically", disk_full)
    options = open_from_pause(ctx)
    press(ctx, menu_confirm=True)
    assert "could not save the settings" in options.notice
    assert ctx.file_problems == problems  # the file is as broken as the title said


def test_the_options_screen_draws_every_row_inside_the_1280x720_screen_with_the_selected_one_lit(ctx):
    options = open_from_pause(ctx)
    surface = draw(ctx)
    screen = surface.get_rect()
    assert len(options.rects) == len(ROW)
    assert all(screen.contains(rect) for rect in options.rects)
    assert not any(a.colliderect(b) for i, a in enumerate(options.rects) for b in options.rects[i + 1:])  # no overlap
    selected = options.rects[options.selected]
    edge = surface.get_at((selected.left, selected.centery))[:3]
    assert edge == (90, 200, 255)  # the cyan frame the other menus give the chosen option


def test_the_app_loads_the_settings_file_into_the_context_and_applies_the_volumes(config_dir, caplog):
    (config_dir / "settings.yaml").write_text(
        "screen_shake: 0\nflashes: 0.5\nsfx_volume: 0.3\nmusic_volume: 0.2\nfullscreen: true\nbogus: 1\n",
        encoding="utf-8")
    from game.app import App

    with caplog.at_level(logging.WARNING):
        app = App(DEFAULT_LEVEL, seed=1, audio=False)  # fullscreen under the dummy driver: logged, not raised
    try:
        assert app.ctx.settings == Settings(screen_shake=0.0, flashes=0.5, sfx_volume=0.3, music_volume=0.2,
                                            fullscreen=False)  # the window it could not leave, as Options shows
        assert app.ctx.audio.volume == 0.3 and app.ctx.audio.music_volume == 0.2
        messages = [record.getMessage() for record in caplog.records]
        assert any("bogus" in message for message in messages)
        assert any("fullscreen" in message for message in messages)
    finally:
        pygame.quit()


def test_the_real_mixer_plays_music_at_the_music_volume_apart_from_the_effects_volume(config_dir):
    from game.audio import Audio
    from game.audio.mixer import MUSIC_HEADROOM, PAUSED_MUSIC

    audio = Audio.open()
    if not audio.enabled:
        pytest.skip("no audio device, not even SDL's dummy one")
    try:
        audio.set_volume(0.8)
        audio.set_music_volume(0.3)
        audio.play_music("mars_wind")
        assert pygame.mixer.music.get_volume() == pytest.approx(0.3 * MUSIC_HEADROOM, abs=0.01)
        audio.set_music_volume(0.6)  # the options menu changes it while the track plays
        assert pygame.mixer.music.get_volume() == pytest.approx(0.6 * MUSIC_HEADROOM, abs=0.01)
        audio.set_volume(0.1)
        assert pygame.mixer.music.get_volume() == pytest.approx(0.6 * MUSIC_HEADROOM, abs=0.01)
        assert audio.music_volume == 0.6
        audio.pause()  # the pause menu: the music sinks, and comes back with the game
        assert pygame.mixer.music.get_volume() == pytest.approx(0.6 * MUSIC_HEADROOM * PAUSED_MUSIC, abs=0.01)
        audio.resume()
        assert pygame.mixer.music.get_volume() == pytest.approx(0.6 * MUSIC_HEADROOM, abs=0.01)
    finally:
        audio.close()


def test_a_mouse_resting_over_a_row_as_the_page_opens_does_not_choose_it_and_the_pause_key_closes_it(ctx):
    options = open_from_pause(ctx)
    draw(ctx)
    resting = options.rects[ROW["fullscreen"]].center
    press(ctx, pointer=resting)
    assert options.selected == 0
    press(ctx, pointer=(resting[0] + 3, resting[1]))  # it moves: it points
    assert options.selected == ROW["fullscreen"]
    press(ctx, pause=True)
    assert isinstance(ctx.stack[-1], PauseScene)


def test_f11_turns_fullscreen_over_in_any_scene_and_saves_it_as_options_does(config_dir, monkeypatch):
    from game.app import App
    from game.scenes import options as options_module
    switched = []
    monkeypatch.setattr(options_module, "apply_fullscreen", lambda wanted: switched.append(wanted))  # SDL's dummy
    app = App(DEFAULT_LEVEL, seed=1, skip_title=True, audio=False)  # driver refuses it: the switch itself is faked
    switched.clear()  # the start's own (a window, as the settings say)
    try:
        for _ in range(2):
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F11, mod=0, unicode="", scancode=0))
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=pygame.K_F11, mod=0, unicode="", scancode=0))
            app.run(max_frames=1, keep_open=True)
            saved = load_settings(config_dir / "settings.yaml")[0]
            assert app.ctx.settings.fullscreen == switched[-1] == saved.fullscreen
        assert switched == [True, False]
    finally:
        pygame.quit()


def test_difficulty_is_saved_and_a_level_starts_on_it_a_run_under_way_keeps_its_own(ctx, config_dir):
    options = open_from_pause(ctx)
    play = options.back_to.play
    select(ctx, "difficulty")
    press(ctx, menu_left=True)
    assert ctx.settings.difficulty == "easy" and saved(config_dir).difficulty == "easy"
    assert play.game.res.difficulty == "normal"  # the run under way stays as it started
    assert options.notice == "Easy from the next start or restart: this run stays Normal"
    assert options.notice_color == AMBER  # news, not a failure: not in the failures' red
    press(ctx, menu_back=True)  # to the pause menu, Options chosen
    press(ctx, menu_up=True)
    press(ctx, menu_confirm=True)  # Restart
    press(ctx, menu_confirm=True)  # Really restart?
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].game.res.difficulty == "easy"


def test_back_from_controls_the_mouse_where_that_page_left_it_does_not_choose_an_options_row(ctx):
    """Options' own cursor forgets the mouse when it is shown again, as a menu's does: Controls' Back sits over
    another row of Options, and the first sight of the mouse there chose it (with the move's sound)."""
    options = open_from_pause(ctx)
    draw(ctx)
    press(ctx, pointer=options.rects[ROW["fullscreen"]].center)  # first seen: resting
    press(ctx, menu_down=True)
    chosen = options.selected
    left_at = options.rects[ROW["music_volume"]].center  # where the page over it left the mouse
    options.shown_again()
    press(ctx, pointer=left_at)
    assert options.selected == chosen


def test_a_resting_mouse_the_window_changes_under_leaves_the_choice_where_the_keys_put_it(ctx):
    """Fullscreen turned on with the keys: the window changes size under a mouse at rest, and SDL tells the game the
    pointer's new place (a motion with no movement). That must not choose the row that now lies under it, or the next
    press changes another setting (the difficulty, say) than the one the player is looking at."""
    from game.input.bindings import default_bindings
    from game.input.devices import InputDevices
    devices = InputDevices(default_bindings(), Settings(), open_controller=lambda index: None)

    def frame(*events):
        for event in events:
            devices.handle(event)
        ctx.stack[-1].handle(devices.frame_actions())
        draw(ctx)

    def key(k):
        return (pygame.event.Event(pygame.KEYDOWN, key=k, mod=0, unicode="", scancode=0),
                pygame.event.Event(pygame.KEYUP, key=k, mod=0, unicode="", scancode=0))

    frame(*key(pygame.K_DOWN))
    frame(*key(pygame.K_RETURN))  # Options, from the title
    options = ctx.stack[-1]
    assert isinstance(options, OptionsScene)
    frame(pygame.event.Event(pygame.MOUSEMOTION, pos=(10, 700), rel=(-6, 4), buttons=(0, 0, 0), touch=False))
    for _ in range(ROW["fullscreen"]):
        frame(*key(pygame.K_DOWN))
    assert options.selected == ROW["fullscreen"]
    shown = options.rects[ROW["difficulty"]].center  # where a mode change left the resting pointer: over another row
    assert options._row_at(shown) not in (None, ROW["fullscreen"])
    frame(pygame.event.Event(pygame.MOUSEMOTION, pos=shown, rel=(0, 0), buttons=(0, 0, 0), touch=False))
    assert options.selected == ROW["fullscreen"]
    under = options._row_at(shown)
    frame(pygame.event.Event(pygame.MOUSEMOTION, pos=options.rects[under].center, rel=(6, 4), buttons=(0, 0, 0),
                             touch=False))
    assert options.selected == under  # a hand moving the mouse there still points


def test_the_chosen_row_says_under_the_page_what_it_does_in_one_row_and_a_notice_takes_its_place(ctx, monkeypatch):
    """A player who has not read the README meets "Trigger pull 35%" or "Stick dead zone 20%": the page says what the
    row chosen does, in one row over the hint line, and says nothing for Back."""
    from game.view import text
    drawn = record_drawn_words(monkeypatch, text)  # draw_lines sets its rows through the text module's own
    options = open_from_pause(ctx)
    select(ctx, "pad_trigger_pull")
    draw(ctx)
    assert "How far a trigger must be pulled to count as pressed: lower is a lighter touch" in drawn
    for i, row in enumerate(ROWS):  # every row has its words, and they fit one row of the plate
        options.selected = i
        drawn.clear()
        draw(ctx)
        assert row.help and row.help in drawn, row.label
        assert text.font(text.READABLE).size(row.help)[0] <= options_module.PANEL_SIZE[0] - 60, row.label
    options.selected = ROW["back"]
    drawn.clear()
    draw(ctx)
    assert not any(words.startswith("How ") for words in drawn)
    options.selected = ROW["pad_trigger_pull"]
    options.notice = "Could not save /nowhere/settings.yaml: read-only file system"
    drawn.clear()
    draw(ctx)
    assert options.notice in drawn and ROWS[ROW["pad_trigger_pull"]].help not in drawn  # what went wrong comes first


def test_the_help_under_the_page_is_set_as_large_as_the_hint_line_between_the_entries_and_the_hint(ctx, monkeypatch):
    """The help was set at 20 px, the smallest words on a page of 30 px rows: a player read it at a glance no more
    than the question lines, now 24 px (READABLE), were before. At that size, in one row, it keeps clear of Controls
    and Back above it and the hint line under it."""
    from game.view import text
    drawn = []  # (words, where, size) of every string the page sets, its help through draw_lines
    for module in (text, options_module):
        def draw_text(surface, words, pos, size=24, *args, real=module.draw_text, **kwargs):
            drawn.append((words, real(surface, words, pos, size, *args, **kwargs), size))
            return drawn[-1][1]
        monkeypatch.setattr(module, "draw_text", draw_text)
    options = open_from_pause(ctx)
    for i, row in enumerate(ROWS):
        options.selected = i
        drawn.clear()
        draw(ctx)
        [(rect, size)] = [(rect, size) for words, rect, size in drawn if words == row.help]
        hint = next(rect for words, rect, _ in drawn if "choose" in words)
        assert size == text.READABLE, row.label
        assert options.rects[-1].bottom < rect.top and rect.bottom < hint.top, row.label


def test_a_pad_player_is_told_of_no_keyboard_key_on_any_row_and_a_keyboard_player_of_fullscreen_s(ctx, monkeypatch):
    """No pad button switches fullscreen: its row told a pad player, whose hint line names only the pad, of F11 and
    Alt+Enter."""
    from game.view import text
    drawn = record_drawn_words(monkeypatch, text)
    options = open_from_pause(ctx)
    ctx.device = "pad"
    for i, row in enumerate(ROWS):
        options.selected = i
        drawn.clear()
        draw(ctx)
        assert not [words for words in drawn if any(key in words for key in ("F11", "Alt+", "Esc", "ESC"))], row.label
    options.selected = ROW["fullscreen"]
    drawn.clear()
    draw(ctx)
    assert "Fill the screen, or play in a window" in drawn
    ctx.device = "keyboard"
    drawn.clear()
    draw(ctx)
    assert "Fill the screen, or play in a window (F11 or Alt+Enter switches too)" in drawn


def test_a_click_on_a_row_s_dimmed_right_arrow_at_its_end_leaves_the_value_there(ctx, config_dir):
    """The right arrow at 100% is drawn dim, nowhere further to go: a click on it went round to 0%, the game silent."""
    options = open_from_pause(ctx)
    select(ctx, "sfx_volume")
    press(ctx, menu_right=True)
    press(ctx, menu_right=True)
    assert ctx.settings.sfx_volume == 1.0
    draw(ctx)
    right_arrow = options.arrows[ROW["sfx_volume"]][1]
    press(ctx, click=right_arrow.center)
    assert ctx.settings.sfx_volume == 1.0 and saved(config_dir).sfx_volume == 1.0
    press(ctx, click=options.rects[ROW["sfx_volume"]].center)  # the row itself: the next value, round the end
    assert ctx.settings.sfx_volume == 0.0


def test_changing_rumble_with_the_pad_buzzes_it_at_the_new_strength_and_not_when_off_or_from_the_keys(ctx, config_dir):
    """A pad player turning Rumble down feels how strong it is now; Off is still, and a keyboard player changing it
    does not set a pad on the desk buzzing."""
    from game.input.bindings import default_bindings
    from game.input.devices import InputDevices
    from tests.input.test_devices import FakeOpener
    opener = FakeOpener()
    ctx.devices = InputDevices(default_bindings(), Settings(), open_controller=opener)
    ctx.devices.handle(pygame.event.Event(pygame.CONTROLLERDEVICEADDED, device_index=0))  # in use: no key pressed yet
    pad = opener.opened[100]
    open_from_pause(ctx)
    select(ctx, "rumble")
    press(ctx, menu_left=True, device="pad")
    sample = ctx.feel.rumble.destroyed
    assert ctx.settings.rumble == 0.5
    assert pad.rumbles == [(sample.strength * 0.5, sample.strength * 0.25, round(sample.seconds * 1000))]
    press(ctx, menu_left=True, device="pad")
    assert ctx.settings.rumble == 0.0 and len(pad.rumbles) == 1
    ctx.devices.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT, mod=0, unicode="", scancode=0))
    press(ctx, menu_right=True)
    assert ctx.settings.rumble == 0.5 and len(pad.rumbles) == 1


class Devices:
    """The input devices as Options asks them: whether a controller is connected; tuned as settings change."""

    def __init__(self, pad_connected: bool) -> None:
        self.pad_connected = pad_connected

    def tune(self, settings) -> None:
        pass


@pytest.mark.parametrize("pad", [False, True])
def test_with_no_controller_connected_its_six_rows_fold_under_one_which_shows_them(ctx, monkeypatch, pad):
    ctx.devices = Devices(pad_connected=pad)
    page = OptionsScene(ctx, ctx.stack[-1])
    ctx.push(page)
    said = record_drawn_words(monkeypatch, options_module)
    page.draw(pygame.display.get_surface(), 0.0)
    pad_rows = [row.label.upper() for row in ROWS[options_module.FIRST_PAD:]]
    assert all(label in said for label in pad_rows) == pad  # a pad plugged in: its rows, as before
    assert ("CONTROLLER SETTINGS" in said) != pad
    page.selected = ROW["difficulty"]
    press(ctx, menu_down=True)
    assert page.selected == ROW["pad_move_stick"]  # the folded row stands in the first's place
    press(ctx, menu_down=True)
    assert page.selected == (ROW["pad_dead_zone"] if pad else ROW["controls"])  # the keys skip what is folded away
    if pad:
        return
    press(ctx, menu_up=True)
    press(ctx, menu_confirm=True)  # Controller settings: shown, the first of them chosen, and they stay
    said.clear()
    page.draw(pygame.display.get_surface(), 0.0)
    assert all(label in said for label in pad_rows) and "CONTROLLER SETTINGS" not in said
    assert page.selected == ROW["pad_move_stick"]
    press(ctx, menu_down=True)
    assert page.selected == ROW["pad_dead_zone"]


def test_with_the_controller_s_rows_folded_the_page_is_as_much_shorter_as_they_took(ctx, monkeypatch):
    # It kept its full height folded: 210 px of plate stood empty between Back's help and the hint line.
    plates = []
    monkeypatch.setattr(options_module, "modal_panel", lambda surface, size: plates.append(size) or modal_panel(
        surface, size))
    page = OptionsScene(ctx, ctx.stack[-1])
    ctx.push(page)
    room_under = []  # px from Back's foot to the plate's, folded, then shown
    for pad in (False, True):
        ctx.devices = Devices(pad_connected=pad)
        page.draw(pygame.display.get_surface(), 0.0)
        plate = pygame.Rect(0, 0, *plates[-1])
        plate.center = pygame.display.get_surface().get_rect().center
        assert all(plate.contains(rect) for rect in page.rects)
        room_under.append(plate.bottom - page.rects[-1].bottom)
    assert plates[0][1] < plates[1][1] and room_under[0] == room_under[1]
