"""The waiting page's line names the file to save: the map's own mistakes, or a data file's the map is played with."""

from game.content.errors import Problem
from game.scenes.broken_map import save_line
from game.settings import Settings


def problem(file: str) -> Problem:
    return Problem(file, "units.dis", "a number", "a word")


def test_the_waiting_page_names_the_map_when_the_mistakes_are_its_own():
    assert save_line("crater_pass.tmx", [problem("crater_pass.tmx")]) == \
        "Save crater_pass.tmx in Tiled without these problems, and it starts here."


def test_the_waiting_page_names_the_data_file_when_the_mistake_is_in_units_yaml():
    assert save_line("crater_pass.tmx", [problem("units.yaml"), problem("units.yaml")]) == \
        "Save units.yaml without these problems, and crater_pass.tmx starts here."
    assert save_line("crater_pass.tmx", [problem("crater_pass.tmx"), problem("feel.yaml")]) == \
        "Save crater_pass.tmx and feel.yaml without these problems, and crater_pass.tmx starts here."
    assert save_line("a.tmx", [problem(f"{n}.tsx") for n in "bcde"]) == \
        "Save b.tsx, c.tsx, d.tsx and 1 more in Tiled without these problems, and a.tmx starts here."


def test_the_waiting_page_draws_the_data_files_name_over_a_units_yaml_mistake(tmp_path, monkeypatch):
    import types

    import pygame

    from game.content.errors import ContentError
    from game.scenes import broken_map
    level = tmp_path / "crater_pass.tmx"
    level.write_text("<map/>")
    units = tmp_path / "units.yaml"
    units.write_text("units:\n\tdis: 1\n")
    ctx = types.SimpleNamespace(device="keyboard", pad_layout="xbox", level_path=level, exit_status=0, bindings=None,
                                settings=Settings())
    scene = broken_map.BrokenMapScene(ctx, ContentError([Problem(str(units), "line 2, column 1", "valid YAML",
                                                                 "a mistake")]))
    drawn = []
    monkeypatch.setattr(broken_map, "draw_text", lambda surface, text, *args, **kwargs: drawn.append(text))
    monkeypatch.setattr(broken_map, "draw_problems", lambda *args, **kwargs: None)
    monkeypatch.setattr(broken_map, "page_hint", lambda *args: "")
    scene.draw(pygame.Surface((1280, 720)), 1.0)
    assert "Save units.yaml without these problems, and crater_pass.tmx starts here." in drawn


def _waiting_page(path, monkeypatch) -> tuple[list[str], list[str]]:
    """(the words the waiting page draws over the map at `path`, refused as the game refuses it; its problems' lines,
    then the note under them)"""
    import types

    import pygame
    import pytest

    from game.content.errors import ContentError
    from game.scenes import broken_map
    from game.session import new_game
    with pytest.raises(ContentError) as refused:
        new_game(path)
    ctx = types.SimpleNamespace(device="keyboard", pad_layout="xbox", level_path=path, exit_status=0, bindings=None,
                                settings=Settings())
    scene = broken_map.BrokenMapScene(ctx, refused.value)
    drawn, shown = [], []
    monkeypatch.setattr(broken_map, "draw_text", lambda surface, text, *args, **kwargs: drawn.append(text))
    monkeypatch.setattr(broken_map, "draw_problems",
                        lambda surface, title, lines, note="", **kwargs: shown.extend(lines + [note]))
    monkeypatch.setattr(broken_map, "page_hint", lambda *args: "")
    scene.draw(pygame.Surface((1280, 720)), 1.0)
    return drawn, shown


def _waiting_page_line(path, monkeypatch) -> str:
    """The line the waiting page draws over the map at `path`, naming the file to save."""
    return next(text for text in _waiting_page(path, monkeypatch)[0] if text.startswith("Save "))


def test_the_waiting_page_names_the_template_to_save_when_the_mistake_is_in_a_template(tmp_path, monkeypatch):
    from tests.content.test_tmx_diagnoses import edit, outpost
    path = outpost(tmp_path)
    template = path.parent / "templates" / "enemy_spawn.tx"
    edit(template, 'value="dis"', 'value="dsi"')  # a value every guard placed from it has
    assert _waiting_page_line(path, monkeypatch) == \
        "Save enemy_spawn.tx in Tiled without these problems, and outpost.tmx starts here."
    edit(template, "<point/>", "<point>")  # the template's XML broken
    assert _waiting_page_line(path, monkeypatch) == \
        "Save enemy_spawn.tx in Tiled without these problems, and outpost.tmx starts here."


def test_the_waiting_page_names_the_tileset_to_save_when_the_mistake_is_in_a_tileset(tmp_path, monkeypatch):
    from tests.content.test_tmx_diagnoses import edit, outpost
    path = outpost(tmp_path)
    tileset = tmp_path / "assets" / "tilesets" / "mars.tsx"
    edit(tileset, 'name="solid" type="bool" value="true"', 'name="solid" type="string" value="yes"')
    assert _waiting_page_line(path, monkeypatch) == \
        "Save mars.tsx in Tiled without these problems, and outpost.tmx starts here."
    edit(path, 'source="../assets/tilesets/mars.tsx"', 'source="../assets/tilesets/mras.tsx"')  # now the map's too
    assert _waiting_page_line(path, monkeypatch) == \
        "Save outpost.tmx in Tiled without these problems, and it starts here."


def test_the_waiting_page_lists_every_mistake_the_checker_finds_then_what_waits_for_the_map_to_load(tmp_path,
                                                                                                   monkeypatch):
    from tests.content.test_check_every_mistake import WAITING, three_mistakes
    _, shown = _waiting_page(three_mistakes(tmp_path), monkeypatch)
    assert [line.split(": expected")[0] for line in shown[:-1]] == [
        'layer "objects", object 8 "extraction pad", property hold', 'layer "objects", object 9 "north heavy", '
        'property kind', 'layer "objects", object 10 "pad heavy", property kind', "map, property next"]
    assert shown[-1] == WAITING
