"""Rei and Fouron in the scenes: their events make their sounds, the pause menu's comms log lists and scrolls what
they said, and the result screen shows how the pilot fought beside the record it has just added to."""

import pygame
import pytest

from game.audio.cues import Cues
from game.input.actions import Actions
from game.record import load_record, record_path
from game.scenes.comms import CommsScene
from game.scenes.pause import PauseScene
from game.scenes.play import PlayScene
from game.scenes.result import ResultScene
from game.sim.events import AdvisorSpoke, Disabled, FouronReleased, FouronSeized, PartHit, PilotEjected
from game.view.camera import Camera
from tests.scenes.conftest import RecordingAudio, make_context


@pytest.fixture
def ctx(display):
    return make_context()


@pytest.fixture
def play(ctx):
    scene = PlayScene(ctx)
    ctx.push(scene)
    return scene


class PanningAudio(RecordingAudio):
    def __init__(self):
        super().__init__()
        self.pans = {}

    def play(self, name, volume=1.0, pan=0.0):
        super().play(name, volume, pan)
        self.pans[name] = pan


# -- sounds ----------------------------------------------------------------------------------------------
def test_each_voice_and_the_takeover_has_its_sound(play):
    audio = PanningAudio()
    Cues(audio).play([AdvisorSpoke("rei", "recommend", "Target marked.", 2),
                      AdvisorSpoke("fouron", "seized", "Pilot control revoked.", 9),
                      FouronSeized("armour"), FouronReleased("resisted")], play.game, play.renderer.camera, 0.0)
    assert audio.played == ["rei_chirp", "fouron_voice", "fouron_seize", "fouron_release"]
    assert set(audio.pans.values()) == {0.0}  # the cockpit's own sounds: not placed


def test_part_hits_disabling_and_ejections_sound_where_they_happen(play):
    audio = PanningAudio()
    camera = Camera((1280, 720), (4000, 4000))
    camera.snap(2000, 2000)
    left, right = camera.to_world(100, 360), camera.to_world(1180, 360)
    Cues(audio).play([PartHit(5, "weapon", *left), Disabled(5, "dis", "weapon", *right, 0.0),
                      PilotEjected(9, *left)], play.game, camera, 0.0)
    assert audio.played == ["part_hit", "power_down", "eject"]
    assert audio.pans["part_hit"] < -0.5 and audio.pans["power_down"] > 0.5 and audio.pans["eject"] < -0.5


# -- the comms log ---------------------------------------------------------------------------------------
LINES = [(3.0, "rei", "Systems nominal. Layzner ready for combat operation."),
         (14.5, "rei", "Contact. Gradosian SPT. It has seen us."),
         (75.2, "fouron", "Destruction of this unit is not permitted. Control transferred.")]


def open_log(ctx, play) -> CommsScene:
    play.handle(Actions(pause=True))
    pause = ctx.stack[-1]
    assert isinstance(pause, PauseScene)
    pause.menu.selected = pause.menu.options.index("Comms log")
    pause.handle(Actions(menu_confirm=True))
    assert isinstance(ctx.stack[-1], CommsScene)
    return ctx.stack[-1]


def test_the_comms_log_lists_every_line_with_its_time_and_speaker_and_goes_back_to_the_pause_menu(ctx, play):
    play.game.res.comms.extend(LINES)
    log = open_log(ctx, play)
    firsts = [(row.time, row.speaker, row.text) for row in log.rows if row.first]
    assert [(time, who) for time, who, _ in firsts] == [("0:03", "rei"), ("0:14", "rei"), ("1:15", "fouron")]
    assert " ".join(row.text for row in log.rows) == " ".join(text for _, _, text in LINES)  # wrapped, not cut
    log.draw(pygame.display.get_surface(), 1.0)  # draws without trouble
    log.handle(Actions(menu_back=True))
    assert isinstance(ctx.stack[-1], PauseScene)


def test_a_click_off_the_log_goes_back_to_the_pause_menu_and_a_click_on_it_does_not(ctx, play):
    play.game.res.comms.extend(LINES)
    log = open_log(ctx, play)
    log.draw(pygame.display.get_surface(), 1.0)
    log.handle(Actions(click=log.box.center))  # on the panel: reading, not leaving
    assert ctx.stack[-1] is log
    log.handle(Actions(click=(log.box.left - 20, log.box.centery)))
    assert isinstance(ctx.stack[-1], PauseScene)


def test_a_long_log_opens_at_the_newest_lines_and_scrolls(ctx, play):
    play.game.res.comms.extend((i * 7.0, "rei" if i % 3 else "fouron", f"Line number {i}.") for i in range(60))
    log = open_log(ctx, play)
    assert len(log.rows) == 60 and log.top == 60 - log.visible  # the newest at the bottom
    assert log.rows[log.top + log.visible - 1].text == "Line number 59."
    log.handle(Actions(menu_up=True))
    assert log.top == 60 - log.visible - 1
    log.handle(Actions(menu_left=True))  # a page
    assert log.top == 60 - log.visible - 1 - (log.visible - 1)
    for _ in range(80):
        log.handle(Actions(menu_up=True))
    assert log.top == 0  # and no further
    log.handle(Actions(menu_down=True))
    assert log.top == 1
    log.draw(pygame.display.get_surface(), 1.0)
    up, down = log.arrows  # the arrows by the list page with a click
    log.handle(Actions(click=down.center))
    assert log.top == 1 + log.visible - 1
    log.handle(Actions(scroll=-1))  # the wheel pulled toward the player: three rows on
    assert log.top == log.visible + 3
    log.handle(Actions(scroll=2))
    assert log.top == log.visible - 3


def test_the_hint_line_names_scrolling_only_when_the_log_is_longer_than_a_page(ctx, play):
    play.game.res.comms.extend(LINES)
    log = open_log(ctx, play)
    log.draw(pygame.display.get_surface(), 1.0)
    assert log.arrows is None  # it fits: no arrows to click, nothing for the keys to scroll
    # not "W S or wheel scroll", "A D or click the arrows..."
    assert log.hint() == "ESCAPE or right-click or click outside back"
    play.game.res.comms.extend((i * 7.0, "rei", f"Line number {i}.") for i in range(60))
    log = CommsScene(ctx, play)  # opened again, longer than a page
    assert "wheel scroll" in log.hint() and "click an arrow turn the page" in log.hint()


def test_an_empty_log_says_so(ctx, play):
    log = open_log(ctx, play)
    assert log.rows == [] and log.top == 0
    log.handle(Actions(menu_down=True))
    assert log.top == 0


# -- the result screen and the record ---------------------------------------------------------------------
def finish(play, destroyed=3, spared=2, takeovers=1, fouron_kills=1, outcome="won") -> ResultScene:
    tally = play.game.res.tally
    tally.destroyed, tally.spared, tally.takeovers, tally.fouron_kills = destroyed, spared, takeovers, fouron_kills
    play.game.res.outcome = outcome
    return ResultScene(play.ctx, play)


def test_the_result_screen_shows_the_tally_and_the_record_it_adds_to(ctx, play):
    result = finish(play)
    assert ("Machines destroyed", "3") in result.lines and ("Pilots spared", "2") in result.lines
    assert ("Fouron takeovers", "1") in result.lines and ("Fouron kills", "1") in result.lines
    assert load_record().level(play.level_path).runs == 1
    result.draw(pygame.display.get_surface(), 1.0)
    again = finish(play, destroyed=4, spared=0, takeovers=0, fouron_kills=0, outcome="lost")
    career = {label: total for label, _, total in again.rows}
    assert career["Machines destroyed"] == "7" and career["Pilots spared"] == "2" and career["Fouron kills"] == "1"
    assert ("Fouron kills", "0") in again.lines  # shown: the career has some
    assert "2 runs, 1 won" in again.summary_rows()[0]
    assert load_record().total.runs == 2 and load_record().total.won == 1


def test_fouron_kills_stay_off_the_screen_until_there_are_any(ctx, play):
    result = finish(play, fouron_kills=0, takeovers=0)
    assert "Fouron kills" not in dict(result.lines) and ("Fouron takeovers", "0") in result.lines


def test_a_broken_record_is_reported_on_the_result_screen_and_left_alone(ctx, play):
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("levels: [this is not, a mapping\n")
    result = finish(play)
    assert str(path) in result.file_problem and result.record is None
    assert path.read_text() == "levels: [this is not, a mapping\n"
    assert ("Pilots spared", "2") in result.lines  # this run's numbers still show
    result.draw(pygame.display.get_surface(), 1.0)


def test_the_bots_runs_are_not_the_players_record(ctx, play):
    ctx.bot = True
    finish(play)
    assert not record_path().exists()


def test_a_long_speakers_name_is_set_smaller_to_fit_its_column_in_the_log(display):
    from game.scenes.comms import NAME_X, TEXT_SIZE, TEXT_X, _name_size
    from game.view.text import font
    assert _name_size("REI") == TEXT_SIZE
    size = _name_size("COMMANDER")
    assert size < TEXT_SIZE and font(size, bold=True).size("COMMANDER")[0] <= TEXT_X - NAME_X - 10
