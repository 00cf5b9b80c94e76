"""Live reload watches the files the loader looked for in reading the map (found or missing), as the loader resolved
them, rather than reading the map a second time for them."""

from game.content.errors import ContentError
from game.content.level import load_level
from game.scenes.live_reload import watched_files
from tests.maps import write_map
from tests.scenes.map_read import read
from tests.scenes.test_live_reload import ONE_ENEMY
from tests.scenes.test_live_reload_files import draft, external_tileset


def test_a_refusal_carries_the_missing_files_the_loader_looked_for(tmp_path):
    path, template = draft(tmp_path)  # its beacon's template is not there
    refused = read(path)
    assert isinstance(refused, ContentError)
    assert str(template) in refused.files
    assert template in watched_files(path, refused)


def test_a_missing_tileset_and_a_missing_image_of_one_found_are_on_the_refusal(tmp_path):
    path, _ = draft(tmp_path, beacon=False)
    tileset = external_tileset(path, "rocks.tsx")
    assert str(path.parent / "rocks.tsx") in read(path).files  # not there: nor is anything it names
    (path.parent / "rocks.tsx").write_text(tileset.replace('"test.png"', '"rocks.png"'))
    assert str(path.parent / "rocks.png") in read(path).files  # looked for beside the .tsx


def test_a_level_read_lists_its_missing_next_map_and_not_one_that_is_there(tmp_path):
    path = write_map(tmp_path, ONE_ENEMY)
    text = path.read_text()
    path.write_text(text.replace("<tileset", '<properties><property name="next" type="file" value="after.tmx"/>'
                                             "</properties>\n <tileset", 1))
    assert str(tmp_path / "after.tmx") in load_level(path).files
    (tmp_path / "after.tmx").write_text(text)
    assert str(tmp_path / "after.tmx") not in load_level(path).files
