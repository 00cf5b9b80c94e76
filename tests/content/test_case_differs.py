"""A file a map names that is missing only because its name's case differs: the line says which file is there."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.content.errors import ContentError
from game.content.level import load_level
from tests.maps import MARS_TILESET, TILE, write_map

CASE = "is there: the names differ only in case, which Windows and macOS ignore and Linux does not)"
ROOT = MARS_TILESET.parents[2]
TEMPLATES = ROOT / "levels" / "templates"


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
    assert f"found no file Mars.tsx (mars.tsx {CASE}" in problem


def test_a_template_in_a_folder_named_in_another_case_is_named_from_that_folder(tmp_path):
    shutil.copytree(TEMPLATES, tmp_path / "templates")
    guard = f'<object id="9" name="guard" template="Templates/enemy_spawn.tx" x="{3.5 * TILE}" y="{1.5 * TILE}"/>'
    path = write_map(tmp_path, ["######", "#P...#", "######"], more_objects=guard)
    [problem] = refused(path)
    assert f"found no file Templates/enemy_spawn.tx (templates/enemy_spawn.tx {CASE}" in problem


def test_a_tileset_image_named_in_another_case_is_named_and_one_truly_missing_is_not(tmp_path):
    path = write_map(tmp_path, ["#####", "#P.E#", "#####"])
    path.write_text(path.read_text().replace('source="test.png"', 'source="TEST.PNG"'))
    [problem] = refused(path)
    assert f"found no file TEST.PNG (test.png {CASE}" in problem
    path.write_text(path.read_text().replace('source="TEST.PNG"', 'source="gone.png"'))
    [problem] = refused(path)
    assert "found no file gone.png (" in problem and CASE not in problem


def test_the_map_itself_named_in_another_case_is_named_as_it_is_there_to_check_and_to_level(tmp_path, monkeypatch):
    """The map typed on the command line, its folder MyMaps typed mymaps: the line said "found no file there" alone,
    where a tileset or a `next` named so gets the name that is there."""
    (tmp_path / "MyMaps").mkdir()
    write_map(tmp_path / "MyMaps", ["#####", "#P.E#", "#####"], name="Mars_Base.TMX")
    typed = tmp_path / "mymaps" / "Mars_Base.TMX"
    for run in (["check", str(typed)], ["--headless", "--seconds", "1", "--level", str(typed)]):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *run], capture_output=True, text=True, cwd=ROOT,
                                timeout=120)
        assert f"{typed}: expected a Tiled map (.tmx) that can be read, found no file there (MyMaps/Mars_Base.TMX " \
               f"{CASE}" in result.stdout + result.stderr, (run, result.stdout, result.stderr)
    monkeypatch.chdir(tmp_path)  # typed from the folder above: that folder's name is looked at too
    [problem] = refused(Path("myMaps/mars_base.tmx"))
    assert problem.endswith(f"found no file there (MyMaps/Mars_Base.TMX {CASE}")
