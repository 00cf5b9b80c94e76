"""Save and quit from the pause menu, Continue from the title: the level goes on exactly where it stopped."""

import json
import shutil
from pathlib import Path

import esper
import pytest

import game as game_module
from game.content.chain import LEVELS
from game.input.actions import Actions
from game.saves import SaveError, has_save, read_save, save_path, write_save
from game.scenes.pause import SURE_RESTART
from game.scenes.play import PlayScene
from game.scenes.title import TitleScene
from game.session import DEFAULT_LEVEL, new_game
from tests.scenes.conftest import choose, make_context

ASIDE = "Set it aside to keep it out of the way; nothing is deleted."  # what the title adds to why a save failed


def started(display):
    ctx = make_context()
    ctx.push(TitleScene(ctx))
    choose(ctx, "Launch")
    return ctx


def test_save_and_quit_then_continue_resumes_the_same_tick_and_state(display):
    ctx = started(display)
    play = ctx.stack[-1]
    play.handle(Actions(move=(1.0, -0.4), fire=True))
    for _ in range(300):
        play.step()
    tick, state = play.game.tick, play.game.state_hash()
    play.handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    assert has_save() and isinstance(ctx.stack[-1], TitleScene) and len(ctx.stack) == 1
    back = ctx.stack[-1]
    back.frame(1 / 60)  # the title the player is back on offers it at once, chosen
    assert back.menu.options[0] == "Continue" and back.menu.selected == 0

    title = TitleScene(ctx)  # the title as the next launch of the game would show it
    ctx.stack[:] = [title]
    assert title.menu.options[0] == "Continue"
    choose(ctx, "Continue")
    resumed = ctx.stack[-1]
    assert isinstance(resumed, PlayScene) and resumed.game.tick == tick and resumed.game.state_hash() == state
    assert has_save()  # until the level has run from it
    resumed.step()
    resumed.draw(display, 0.0)
    assert not has_save()  # used up
    title.frame(1 / 60)
    assert "Continue" not in title.menu.options


def test_a_save_that_breaks_the_first_frame_is_kept(display, monkeypatch):
    ctx = started(display)
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    ctx.stack[-1].frame(1 / 60)  # the title offers Continue
    choose(ctx, "Continue")
    resumed = ctx.stack[-1]

    def broken(*args, **kwargs):
        raise RuntimeError("a save the rules let through, that the renderer cannot draw")
    monkeypatch.setattr(resumed.renderer, "draw", broken)
    try:
        resumed.draw(display, 0.0)
    except RuntimeError:
        pass
    assert has_save()  # the game may end there, but the player's save is not lost with it


def test_a_damaged_save_is_reported_on_the_title_as_it_opens_and_left_on_disk(display):
    path = save_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": 1, "level": ', encoding="utf-8")
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    assert title.menu.options[0] == "Set save aside" and "Continue" not in title.menu.options  # never offered
    [line] = [line for line in ctx.file_problems if line.startswith(str(path))]
    assert "damaged" in line and title.saved.startswith("Cannot be resumed: the save is damaged")
    assert path.read_text(encoding="utf-8") == '{"format": 1, "level": '


def continue_an_edited_save(display, component: str, field: str, value):
    """Save and quit, set one machine's `component`.`field` to `value` in the save, and choose Continue on a new
    title; returns (the title, the save's path, the machine's id, the save's text as edited)."""
    ctx = started(display)
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    path = save_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    entity, found = next((e, found) for e, found in data["snapshot"]["entities"] if component in found)
    found[component][field] = value
    edited = json.dumps(data)
    path.write_text(edited, encoding="utf-8")
    title = TitleScene(ctx)
    ctx.stack[:] = [title]
    choose(ctx, "Continue")
    assert ctx.stack[-1] is title
    return title, path, entity, edited


def test_a_save_edited_to_name_a_machine_the_game_lacks_is_reported_on_the_title_and_left_on_disk(display):
    title, path, entity, edited = continue_an_edited_save(display, "Unit", "kind", "zaku")
    assert title.error == f"{path}: entity {entity}, Unit.kind: expected one of the catalog's units, found 'zaku'. " \
        f"{ASIDE}"
    assert path.read_text(encoding="utf-8") == edited


def test_a_save_edited_to_a_radius_the_rules_never_make_is_reported_on_the_title_and_left_on_disk(display):
    title, path, entity, edited = continue_an_edited_save(display, "Body", "radius", -1.0)
    assert title.error == f"{path}: entity {entity}, Body.radius: expected a number above 0, at most the widest " \
        f"unit's radius in units.yaml (26), found -1.0. {ASIDE}"
    assert path.read_text(encoding="utf-8") == edited


def test_save_and_quit_sets_a_save_that_cannot_be_resumed_aside_and_does_not_overwrite_it(display):
    path = save_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": 1, "level": ', encoding="utf-8")  # damaged: the title said it is kept
    ctx = started(display)
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    assert path.with_suffix(".unreadable.json").read_text(encoding="utf-8") == '{"format": 1, "level": '
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == 1  # and the new save is written


def test_a_save_keeps_the_map_s_whole_path_so_continue_works_from_any_folder(display, monkeypatch, tmp_path):
    ctx = started(display)
    play = ctx.stack[-1]
    play.level_path = Path("levels") / "mars_base.tmx"  # as typed after --level, from the repository folder
    play.handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    assert Path(json.loads(save_path().read_text(encoding="utf-8"))["level"]).is_absolute()
    monkeypatch.chdir(tmp_path)  # the game started again from somewhere else
    title = TitleScene(ctx)
    ctx.stack[:] = [title]
    choose(ctx, "Continue")
    assert isinstance(ctx.stack[-1], PlayScene) and title.error == ""


def test_a_save_an_editor_gave_a_byte_order_mark_still_continues(display):
    ctx = started(display)
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    save_path().write_bytes(b"\xef\xbb\xbf" + save_path().read_bytes())  # as some editors save UTF-8
    title = TitleScene(ctx)
    ctx.stack[:] = [title]
    choose(ctx, "Continue")
    assert isinstance(ctx.stack[-1], PlayScene) and title.error == ""


def continue_from(contents: bytes) -> str:
    """What the title says, as it opens, of a save of these bytes, in Continue's place: Set save aside."""
    save_path().parent.mkdir(parents=True, exist_ok=True)
    save_path().write_bytes(contents)
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    assert title.menu.options[0] == "Set save aside"
    [line] = [line for line in ctx.file_problems if line.startswith(str(save_path()))]
    return line


def test_a_save_that_is_not_text_is_told_in_plain_words(display):
    assert continue_from(bytes(range(128, 256))) == f"{save_path()}: the save is damaged: " \
        "expected a Blue Comet save, " \
        f"found a file that is not text. {ASIDE}"


def test_a_save_nested_thousands_deep_is_told_in_plain_words_not_a_traceback(display):
    assert continue_from(b"[" * 200_000) == f"{save_path()}: the save is damaged: expected a Blue Comet save, found " \
        f"lists or objects nested thousands deep. {ASIDE}"


def test_a_save_of_the_wrong_shape_says_what_was_found_where_not_a_contradiction_or_python_words(display):
    damaged = f"{save_path()}: the save is damaged: expected a Blue Comet save, found"
    assert continue_from(b"[1, 2]") == f"{damaged} a list. {ASIDE}"
    assert continue_from(b'{"format": "1"}') == f'{damaged} a format of "1" (text), not a whole number. {ASIDE}'
    # Python takes true for 1: without its own refusal it would pass for this game's format
    assert continue_from(b'{"format": true}') == f"{damaged} a format of true (true/false), not a whole number. {ASIDE}"
    assert continue_from(b'{"format": 1, "snapshot": null}') == \
        f"{damaged} a snapshot of nothing, not an object. {ASIDE}"
    # The title shows one line: a newline written into the save by hand is shown as \n, not as a second line
    assert continue_from(b'{"format": "1\\n2"}') == f'{damaged} a format of "1\\n2" (text), not a whole number. {ASIDE}'


def test_a_save_that_cannot_be_resumed_can_be_set_aside_from_the_title_and_is_kept(display):
    path = save_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    for number, kept_name in ((1, "save.unreadable.json"), (2, "save.unreadable.2.json")):
        path.write_text(f'{{"format": 1, "level": {number}', encoding="utf-8")
        title.frame(0.1)  # the new save is offered: to be set aside, it cannot be resumed
        assert (title.menu.options[0] == "Set save aside" and title.menu.selected == 0
                and "Continue" not in title.menu.options)
        title.frame(0.1)  # the save is still there: the title does not offer Continue again
        assert title.menu.options[0] == "Set save aside"
        title.handle(Actions(menu_confirm=True))
        kept = path.with_name(kept_name)
        assert not path.exists() and kept.read_text(encoding="utf-8") == f'{{"format": 1, "level": {number}'
        assert title.menu.options == ["Launch", "Options", "Quit"] and title.error == ""
        assert title.notice == f"The save that could not be resumed is kept as {kept}."
    choose(ctx, "Options")  # the next choice starts afresh: the notice was about the last one
    assert title.notice == ""


def test_a_resumed_save_restarts_from_where_it_was_started_not_from_the_sessions_start_at(display):
    ctx = started(display)
    play = ctx.stack[-1]
    play.game.run(seconds=0.5)
    play.handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")  # saved with no --start-at
    ctx.start_at = 99  # this session was started to playtest another map from its object 99
    ctx.stack[-1].frame(0.1)  # the title offers Continue
    choose(ctx, "Continue")
    assert ctx.start_at is None
    resumed = ctx.stack[-1]
    resumed.handle(Actions(pause=True))
    choose(ctx, "Restart")
    choose(ctx, SURE_RESTART)  # from the player spawn, not from an object 99 this map does not have
    assert isinstance(ctx.stack[-1], PlayScene) and ctx.stack[-1].game.tick == 0


def test_a_save_whose_start_at_is_not_an_object_id_is_refused_as_damaged(display):
    ctx = started(display)
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    data = json.loads(save_path().read_text(encoding="utf-8"))
    data["start_at"] = "the door"
    save_path().write_text(json.dumps(data), encoding="utf-8")
    ctx.stack[-1].frame(0.1)
    choose(ctx, "Continue")
    title = ctx.stack[-1]
    assert isinstance(title, TitleScene)
    assert title.error.startswith(f"{save_path()}: the save is damaged: expected start_at to be an object id or null, "
                                  'found "the door" (text)')


def a_save_edited(path, edit) -> None:
    """A save of the first map's opening written at `path`, then `edit`ed as JSON data, as by hand."""
    game = new_game(DEFAULT_LEVEL, seed=1)
    try:
        assert write_save(game, DEFAULT_LEVEL, path=path) is None
    finally:
        game.close()
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def refusal(path) -> str:
    with pytest.raises(SaveError) as refused:
        read_save(path)
    return str(refused.value)


@pytest.mark.parametrize("level, found", [(7, "7 (a number)"), (None, "nothing"), ([], "a list"),
                                          ("", '"" (text)')])
def test_a_save_whose_level_is_not_a_map_s_path_says_so_not_in_python_s_words(tmp_path, level, found):
    path = tmp_path / "save.json"
    a_save_edited(path, lambda data: data.update(level=level))
    assert refusal(path) == f"{path}: the save is damaged: expected level to be the map's path, found {found}"


@pytest.mark.parametrize("rng, found", [(7, "7"), (None, "None"),
                                        ({"a": 1, "b": 2, "c": 3}, "{'a': 1, 'b': 2, 'c': 3}")])
def test_a_save_whose_random_generator_is_not_a_list_says_what_it_expected(tmp_path, rng, found):
    path = tmp_path / "save.json"
    a_save_edited(path, lambda data: data["snapshot"].update(rng=rng))
    assert refusal(path) == f"{path}: rng: expected [version, [state words], spare normal], found {found}"


def test_launch_starts_the_campaign_from_the_spawn_whatever_start_at_a_resumed_playtest_left(display):
    ctx = make_context()
    ctx.push(TitleScene(ctx))
    ctx.start_at = 5  # left by a resumed save made while playtesting from object 5
    choose(ctx, "Launch")
    assert ctx.start_at is None and isinstance(ctx.stack[-1], PlayScene)


def _resumed_and_won(display):
    """The result screen of a run saved, continued and won at once."""
    from tests.scenes.conftest import until_result
    ctx = started(display)
    ctx.stack[-1].game.run(seconds=0.5)
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    ctx.stack[-1].frame(0.1)
    choose(ctx, "Continue")
    resumed = ctx.stack[-1]
    resumed.handle(Actions(menu_confirm=True))  # past the get-ready count at once
    resumed.game.res.outcome = "won"
    return until_result(ctx, resumed)


def test_the_result_of_a_resumed_run_says_why_there_is_no_replay_to_watch(display):
    result = _resumed_and_won(display)
    assert "Watch replay" not in result.menu.options
    assert result.summary_rows()[-1] == "No replay: the run was resumed from a save"


def test_levels_left_and_saves_refused_leave_no_world_behind(display):
    """Each game's entities live in an esper world of esper's own, until the game is closed."""
    ctx = started(display)
    worlds = len(esper.list_worlds())
    for _ in range(3):
        ctx.stack[-1].handle(Actions(pause=True))
        choose(ctx, "Restart")
        choose(ctx, SURE_RESTART)
    assert len(esper.list_worlds()) == worlds  # each restart closed the level it replaced
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    assert len(esper.list_worlds()) == worlds - 1  # on the title: no level left open
    data = json.loads(save_path().read_text(encoding="utf-8"))
    for damage in ({"start_at": "the door"}, {"snapshot": {**data["snapshot"], "last_id": "many"}}):
        save_path().write_text(json.dumps({**data, **damage}), encoding="utf-8")
        ctx.stack[:] = [TitleScene(ctx)]  # the game started again, offering to continue
        choose(ctx, "Continue")
        assert isinstance(ctx.stack[-1], TitleScene) and ctx.stack[-1].error  # refused
        assert len(esper.list_worlds()) == worlds - 1, damage


def test_a_game_whose_layzner_is_lost_is_not_saved_and_the_save_there_is_kept(tmp_path):
    path = tmp_path / "save.json"
    game = new_game(DEFAULT_LEVEL, seed=1)
    try:
        assert write_save(game, DEFAULT_LEVEL, path=path) is None
        kept = path.read_bytes()
        game.run(ticks=10)
        game.world.delete(game.player)  # destroyed: a save now would name a player no machine is
        game.step()
        said = write_save(game, DEFAULT_LEVEL, path=path)
    finally:
        game.close()
    assert said == f"{path}: not saved: the Layzner is lost, there is no game to carry on"
    assert path.read_bytes() == kept
    read_save(path).game.close()  # the one there still carries on


def a_copy_of_the_first_map(folder, change=lambda text: text):
    """levels/ copied into `folder`, as a game unpacked there would have it (its tilesets the game's own, a link to
    assets/), and its first map the one returned."""
    shutil.copytree(LEVELS, folder / "levels")
    (folder / "assets").symlink_to(LEVELS.parent / "assets")
    copy = folder / "levels" / DEFAULT_LEVEL.name
    copy.write_text(change(DEFAULT_LEVEL.read_text(encoding="utf-8")), encoding="utf-8")
    return copy


def test_a_save_whose_map_is_gone_from_its_folder_continues_on_the_game_s_own_map_of_that_name(tmp_path):
    # The game unpacked again in another folder, the old one removed: Continue goes on, as a replay does.
    game = new_game(a_copy_of_the_first_map(tmp_path / "old copy"), seed=3)
    for _ in range(90):
        game.step()
    tick, state = game.tick, game.state_hash()
    assert write_save(game, tmp_path / "old copy" / "levels" / DEFAULT_LEVEL.name) is None
    game.close()
    shutil.rmtree(tmp_path / "old copy")
    saved = read_save()
    try:
        assert saved.level_path == LEVELS / DEFAULT_LEVEL.name
        assert (saved.game.tick, saved.game.state_hash()) == (tick, state)
    finally:
        saved.game.close()


def test_a_save_whose_map_is_gone_and_differs_from_the_game_s_own_says_both(tmp_path):
    gone = a_copy_of_the_first_map(tmp_path, lambda text: text.replace('x="176" y="944"', 'x="180" y="944"', 1))
    game = new_game(gone, seed=3)
    assert write_save(game, gone) is None
    game.close()
    shutil.rmtree(tmp_path / "levels")
    with pytest.raises(SaveError) as refused:
        read_save()
    assert f"made on another version of {LEVELS / DEFAULT_LEVEL.name}" in str(refused.value)
    assert str(refused.value).endswith(f"({gone} is no longer there)")


@pytest.mark.parametrize("older", [{"format": 0}, {"snapshot": {"format": 1}}], ids=["save format", "snapshot"])
def test_a_save_another_blue_comet_made_that_this_one_cannot_resume_names_both_versions(older):
    game = new_game(DEFAULT_LEVEL, seed=3)
    assert write_save(game, DEFAULT_LEVEL) is None
    game.close()
    data = json.loads(save_path().read_text(encoding="utf-8"))
    save_path().write_text(json.dumps({**data, "game_version": "0.1.0", **older}), encoding="utf-8")
    with pytest.raises(SaveError) as refused:
        read_save()
    assert str(refused.value).endswith(f" (saved by Blue Comet 0.1.0; this is {game_module.__version__})")
    save_path().write_text(json.dumps({**data, **older}), encoding="utf-8")  # this version's own: no versions named
    with pytest.raises(SaveError) as refused:
        read_save()
    assert "saved by" not in str(refused.value)


def test_continue_opens_on_the_layzner_where_it_was_saved_not_on_the_map_s_start(display):
    """The get-ready count is the player's moment to see where the machine stands: the view must be on it, not
    swooping in from the level's start while the count runs (the Layzner off the screen, then under the plate)."""
    from game.sim.components import Position
    from game.view.overlays import draw_get_ready
    ctx = started(display)
    play = ctx.stack[-1]
    play.handle(Actions(move=(1.0, -0.4)))
    for _ in range(240):  # 4 s toward the base: far from where the level started
        play.step()
        play.frame(1 / 60)
    play.handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    ctx.stack[-1].frame(1 / 60)
    choose(ctx, "Continue")
    resumed = ctx.stack[-1]
    assert resumed.ready > 0  # the get-ready count is up
    resumed.frame(1 / 60)
    resumed.draw(display, 0.0)
    me = resumed.game.world.get(resumed.game.player, Position)
    spawn = resumed.game.res.level.player_spawn
    assert abs(me.x - spawn[0]) + abs(me.y - spawn[1]) > 600  # the test means something: it was saved far away
    x, y = resumed.renderer.camera.to_screen(me.x, me.y)
    plate = draw_get_ready(display.copy(), 3)
    assert display.get_rect().inflate(-80, -80).collidepoint(x, y)  # on the screen, not at its edge
    assert not plate.inflate(40, 40).collidepoint(x, y)  # nor under the get-ready count


def test_the_result_of_a_resumed_run_shows_the_whole_reason_there_is_no_replay(display, monkeypatch):
    """The record's line and the reason together were cut to "No replay: the run was resumed fr…" on the screen."""
    import pygame

    from game.scenes import result as result_module
    from tests.drawn_words import record_drawn_rects
    result = _resumed_and_won(display)
    drawn = record_drawn_rects(monkeypatch, result_module)
    plates = []
    real_backing = result_module.backing
    monkeypatch.setattr(result_module, "backing", lambda surface, *rects: plates.append(rects) or real_backing(
        surface, *rects))
    result.draw(display, 0.0)
    reason = "No replay: the run was resumed from a save"
    assert reason in drawn and display.get_rect().contains(drawn[reason])
    record = next(words for words in drawn if words.startswith("Mars, UN Base Cydonia"))
    assert not record.endswith("…") and not pygame.Rect(drawn[record]).colliderect(drawn[reason])
    menu = plates[-1][-1]  # the menu's area, the last on the page's plate
    assert drawn[reason].bottom <= menu.top  # clear of the menu under it


def test_a_folder_named_as_the_save_is_told_as_the_title_opens_and_again_when_save_and_quit_sets_it_aside(display):
    path = save_path()
    path.mkdir(parents=True)
    (path / "notes.txt").write_text("mine", encoding="utf-8")
    ctx = make_context()
    title = TitleScene(ctx)
    ctx.push(title)
    assert title.menu.options[0] == "Set save aside"  # it was not named at all: no Continue, no line
    assert [line for line in ctx.file_problems if line.startswith(str(path))] == [
        f"{path}: could not read the save: a folder. {ASIDE}"]
    choose(ctx, "Launch")
    ctx.stack[-1].handle(Actions(pause=True))
    choose(ctx, "Save and go to Main menu")
    kept = path.with_name("save.unreadable.json")
    assert ctx.stack[-1] is title and path.is_file() and (kept / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert [line for line in ctx.file_problems if line.startswith(str(path))] == [
        f"{path} could not be resumed (could not read the save: a folder): it is kept as save.unreadable.json, and "
        "this run is saved in its place"]  # it was moved aside with no word
    assert title.menu.options[0] == "Continue" and title.saved.endswith(" in")
    assert title.menu.selected == 0  # chosen, as Continue is back from any Save and quit
