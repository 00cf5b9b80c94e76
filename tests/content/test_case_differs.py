"""A file a map names that is missing only because its name's case differs: the line says which file is there."""

import shutil

import pytest

from game.content.errors import ContentError
from game.content.level import load_level
from tests.maps import MARS_TILESET, TILE, write_map

CASE = "is there: the names differ only in case, which Windows and macOS ignore and Linux does not)"
TEMPLATES = MARS_TILESET.parents[2] / "levels" / "templates"


def refused(path) -> list[str]:
    with pytest.raises(ContentError) as error:
        load_level(path)
    return [str(problem) for problem in error.value.problems]


def test_a_tileset_named_in_another_case_is_named_as_it_is_there(tmp_path):
    shutil.copy(MARS_TILESET, tmp_path / "mars.tsx")
    path = write_map(tmp_path, ["#####", "#P.E#", "#####"])
    text = path.read_text()
    start, end = text.index(" <tileset"), text.index("</tileset>") + len("</tileset>")
    path.write_text(text[:start] + '<tileset firstgid="1" source="Mars.tsx"/>' + text[end:])
    [problem] = refused(path)
    assert f"found no file {tmp_path / 'Mars.tsx'} (mars.tsx {CASE}" in problem


def test_a_template_in_a_folder_named_in_another_case_is_named_from_that_folder(tmp_path):
    shutil.copytree(TEMPLATES, tmp_path / "templates")
    guard = f'<object id="9" name="guard" template="Templates/enemy_spawn.tx" x="{3.5 * TILE}" y="{1.5 * TILE}"/>'
    path = write_map(tmp_path, ["######", "#P...#", "######"], more_objects=guard)
    [problem] = refused(path)
    assert f"found no file {tmp_path / 'Templates' / 'enemy_spawn.tx'} (templates/enemy_spawn.tx {CASE}" in problem


def test_a_tileset_image_named_in_another_case_is_named_and_one_truly_missing_is_not(tmp_path):
    path = write_map(tmp_path, ["#####", "#P.E#", "#####"])
    path.write_text(path.read_text().replace('source="test.png"', 'source="TEST.PNG"'))
    [problem] = refused(path)
    assert f"found no file {tmp_path / 'TEST.PNG'} (test.png {CASE}" in problem
    path.write_text(path.read_text().replace('source="TEST.PNG"', 'source="gone.png"'))
    [problem] = refused(path)
    assert f"found no file {tmp_path / 'gone.png'} (" in problem and CASE not in problem
