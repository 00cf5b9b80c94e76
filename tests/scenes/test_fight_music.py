"""The play scene tells the music's fight layer when the fight is on, each frame it shows, at any replay speed; it is
gone with the level, on its result page; the title and its pages never ask for it."""

from game.input.actions import Actions
from game.scenes.pause import PauseScene
from game.sim.components import Brain
from game.sim.resources import STEP
from tests.scenes.conftest import until_result
from tests.maps import write_map
from tests.scenes.test_replay_controls import frames, press, watching
from tests.scenes.test_replay_scene import DUEL


def test_back_on_the_title_from_a_fight_the_layer_is_gone_and_the_title_and_its_pages_never_ask_for_it(ctx, play):
    from game.campaign import load_campaign
    from game.scenes.missions import MissionsScene
    from game.scenes.options import OptionsScene
    from game.scenes.play import PlayScene
    title = ctx.stack[-1]
    fight = PlayScene(ctx, play.level_path)  # the two Dis' map, launched from the title
    ctx.open_level(fight)
    for _ in range(60):
        fight.handle(Actions())
        fight.step()
        fight.frame(STEP)
    assert ctx.audio.fights[-1] is True
    ctx.leave()  # Main menu
    assert ctx.stack == [title] and ctx.audio.fights[-1] == "left"
    told = len(ctx.audio.fights)
    for page in (title, MissionsScene(ctx, title, load_campaign(ctx.level_path)), OptionsScene(ctx, title)):
        for _ in range(120):
            page.handle(Actions())
            page.step()
            page.frame(STEP)
    assert len(ctx.audio.fights) == told


def test_machines_that_spot_the_layzner_bring_the_fight_in_and_the_result_page_has_none(play):
    audio = play.ctx.audio
    assert audio.prepared == 1  # its music loaded with the level: the fight's first frame does not wait for it
    play.frame(STEP)
    assert audio.fights == [False]  # the level's first frame: the Dis have not seen the Layzner yet
    for _ in range(60):  # a second: they spot it three tiles off and come at it
        play.handle(Actions())
        play.step()
        play.frame(STEP)
    assert audio.fights[-1] is True
    play.handle(Actions(pause=True))
    assert isinstance(play.ctx.stack[-1], PauseScene)
    told = len(audio.fights)
    play.ctx.stack[-1].frame(STEP)
    assert len(audio.fights) == told  # the pause menu leaves the fight where it stands: the mixer holds it, sunk
    play.ctx.stack[-1].handle(Actions(pause=True))  # resume
    for entity in list(play.game.world.index(Brain)):
        play.game.world.delete(entity)  # every Dis gone: the level is won
    until_result(play.ctx, play)
    assert audio.fights[-1] == "left"  # faded out with the level, not heard under the result page


def test_leaving_a_level_takes_its_fight_layer_with_it(play):
    audio = play.ctx.audio
    for _ in range(60):
        play.handle(Actions())
        play.step()
        play.frame(STEP)
    assert audio.fights[-1] is True
    play.close()
    assert audio.fights[-1] == "left"


def test_a_replay_watched_fast_still_follows_its_fight_as_its_music_plays_on(display, tmp_path):
    fast = watching(300, level=write_map(tmp_path, DUEL))  # a Dis in sight from the start: a fight to follow
    audio = fast.ctx.audio
    press(fast, 3, menu_right=True)  # 8x: the fight goes unheard, the music plays on
    audio.fights.clear()
    frames(fast, 20)
    assert fast.speed == 8 and True in audio.fights
