"""Live reload watches exactly the files a map names, missing ones too: putting one back starts or reloads the level,
on the waiting page as in play."""

from pathlib import Path

import pytest

from game.content.advisor import ADVISOR_PATH
from game.content.catalog import UNITS_PATH
from game.content.errors import ContentError
from game.scenes.live_reload import POLL, STILL_BEFORE_REFUSING, watched_files
from game.scenes.play import PlayScene
from game.session import new_game
from tests.maps import png, write_map
from tests.scenes.conftest import make_context
from tests.scenes.map_read import read
from tests.scenes.test_live_reload import ONE_ENEMY, touch

OBJECTIVE = ('<?xml version="1.0" encoding="UTF-8"?>\n<template>\n <object type="objective" width="64" height="32">\n'
             '  <properties><property name="hold" type="float" value="0"/></properties>\n </object>\n</template>\n')
BEACON = '<object id="50" template="../templates/objectiv.tx" name="beacon" x="96" y="32"/>'


def draft(tmp_path, beacon: bool = True) -> tuple[Path, Path]:
    """levels/m/live.tmx, a draft in a folder of its own, and where its beacon's template is looked for,
    levels/templates/objectiv.tx: not there (yet). The template folder has others; the map's folder has a template
    of its own that the map does not use."""
    folder, templates = tmp_path / "levels" / "m", tmp_path / "levels" / "templates"
    folder.mkdir(parents=True)
    templates.mkdir()
    touch(templates / "objective.tx", OBJECTIVE)
    touch(folder / "unused.tx", OBJECTIVE)
    path = write_map(folder, ONE_ENEMY, name="live.tmx", more_objects=BEACON if beacon else "")
    return path, templates / "objectiv.tx"


def waiting_page(path: Path):
    """The app as Tiled's F5 opens a map saved with mistakes, and its waiting page."""
    from game.app import App
    with pytest.raises(ContentError) as refused:
        new_game(path, 1)  # as the command line tries it (game/cli.py)
    app = App(path, skip_title=True, audio=False, refused=refused.value)
    return app, app.ctx.stack[-1]


def external_tileset(path: Path, reference: str) -> str:
    """The map's embedded tileset as a .tsx file's text (its image test.png); the map then names it `reference`."""
    text = path.read_text()
    start, end = text.index("<tileset"), text.index("</tileset>") + len("</tileset>")
    path.write_text(text[:start] + f'<tileset firstgid="1" source="{reference}"/>' + text[end:])
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + text[start:end].replace(' firstgid="1"', "")


def test_the_waiting_page_starts_the_level_once_a_missing_template_is_put_back(tmp_path, display, player_files):
    path, template = draft(tmp_path)
    app, waiting = waiting_page(path)
    assert "objectiv.tx" in str(waiting.problems[0])
    waiting.frame(POLL)
    assert app.ctx.stack[-1] is waiting
    touch(template, OBJECTIVE)  # put back in its folder; the map is not saved again
    waiting.frame(POLL)  # a file that appears may be written still: it is read once it has held still a poll
    waiting.frame(POLL)
    play = app.ctx.stack[-1]
    assert isinstance(play, PlayScene) and len(play.game.res.level.objectives) == 1


def test_the_waiting_page_follows_a_missing_tileset_to_its_missing_image(tmp_path, display, player_files):
    path, _ = draft(tmp_path, beacon=False)
    tilesets = tmp_path / "assets" / "tilesets"
    tilesets.mkdir(parents=True)
    tileset = external_tileset(path, "../../assets/tilesets/rocks.tsx").replace('"test.png"', '"rocks.png"')
    app, waiting = waiting_page(path)
    assert "rocks.tsx" in str(waiting.problems[0])
    touch(tilesets / "rocks.tsx", tileset)  # put back; it names an image that is not there either
    # A file that appears may be written still: read once it holds still, and its refusal told once it has held
    # still for longer
    for _ in range(2 + round(STILL_BEFORE_REFUSING / POLL)):
        waiting.frame(POLL)
    assert app.ctx.stack[-1] is waiting and "rocks.png" in str(waiting.problems[0])
    (tilesets / "rocks.png").write_bytes((path.parent / "test.png").read_bytes())
    for _ in range(2):
        waiting.frame(POLL)
    assert isinstance(app.ctx.stack[-1], PlayScene)


def test_a_template_the_map_in_play_now_names_from_another_folder_reloads_once_put_back(tmp_path, display):
    path, template = draft(tmp_path, beacon=False)
    play = PlayScene(make_context(path))
    game = play.game
    assert not any("templates" in str(file) for file in play.watcher.stamps)  # the level used none
    text = path.read_text()
    touch(path, text.replace("</objectgroup>", BEACON + "</objectgroup>"))  # a beacon placed from a lost template
    play.frame(POLL)
    assert play.game is game and "objectiv.tx" in str(play.reload_problems[0])
    touch(template, OBJECTIVE)
    play.frame(POLL)
    play.frame(POLL)
    assert play.game is not game and play.reload_problems == [] and len(play.game.res.level.objectives) == 1


def test_the_files_watched_are_the_map_what_it_names_missing_or_not_and_the_game_data(tmp_path):
    path, template = draft(tmp_path)
    tilesets = tmp_path / "assets" / "tilesets"
    tilesets.mkdir(parents=True)
    touch(tilesets / "rocks.tsx", external_tileset(path, "../../assets/tilesets/rocks.tsx"))
    text = path.read_text()
    two = "".join(f'<object id="{n}" template="../templates/objective.tx" x="{n}" y="96"/>' for n in (51, 52))
    path.write_text(text.replace("</objectgroup>", two + "</objectgroup>"))  # one template, named twice
    # the tileset's image is not there (it is looked for beside the .tsx), nor is the beacon's template
    assert watched_files(path, read(path)) == [path.resolve(), tilesets / "rocks.tsx", tilesets / "test.png", template,
                                   template.with_name("objective.tx"), UNITS_PATH, ADVISOR_PATH]


def test_the_waiting_page_and_play_watch_the_same_files(tmp_path, display, player_files):
    path, template = draft(tmp_path)
    app, waiting = waiting_page(path)
    assert set(waiting.watcher.stamps) == set(watched_files(path, read(path)))
    assert path.parent / "unused.tx" not in waiting.watcher.stamps  # beside the map, but not the map's
    touch(template, OBJECTIVE)
    waiting.frame(POLL)
    waiting.frame(POLL)
    play = app.ctx.stack[-1]
    assert isinstance(play, PlayScene) and set(play.watcher.stamps) == set(waiting.watcher.stamps)


def test_a_picture_the_tileset_does_not_have_is_not_watched_nor_is_an_unreadable_maps_anything(tmp_path):
    path, _ = draft(tmp_path, beacon=False)
    (tmp_path / "levels" / "m" / "other.png").write_bytes(png(4, 4))
    assert watched_files(path, read(path)) == [path.resolve(), path.parent / "test.png", UNITS_PATH, ADVISOR_PATH]
    touch(path, path.read_text()[:200])  # cut short: it names nothing that can be read
    assert watched_files(path, read(path)) == [path.resolve(), UNITS_PATH, ADVISOR_PATH]


def test_the_waiting_page_starts_once_the_missing_next_map_is_put_back_and_an_existing_one_is_not_watched(
        tmp_path, display, player_files):
    path, _ = draft(tmp_path, beacon=False)
    following = '<properties><property name="next" type="file" value="after.tmx"/></properties>\n <tileset'
    path.write_text(path.read_text().replace("<tileset", following, 1))
    app, waiting = waiting_page(path)
    assert "after.tmx" in str(waiting.problems[0])
    touch(path.parent / "after.tmx", path.read_text())  # the next mission, made
    waiting.frame(POLL)
    waiting.frame(POLL)
    play = app.ctx.stack[-1]
    assert isinstance(play, PlayScene) and path.parent / "after.tmx" not in play.watcher.stamps
