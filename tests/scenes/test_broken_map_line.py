"""The waiting page's line names the file to save: the map's own mistakes, or a data file's the map is played with."""

from game.content.errors import Problem
from game.scenes.broken_map import save_line


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
    ctx = types.SimpleNamespace(device="keyboard", level_path=level, exit_status=0, bindings=None, settings=None)
    scene = broken_map.BrokenMapScene(ctx, ContentError([Problem(str(units), "line 2, column 1", "valid YAML",
                                                                 "a mistake")]))
    drawn = []
    monkeypatch.setattr(broken_map, "draw_text", lambda surface, text, *args, **kwargs: drawn.append(text))
    monkeypatch.setattr(broken_map, "draw_problems", lambda *args, **kwargs: None)
    monkeypatch.setattr(broken_map, "page_hint", lambda *args: "")
    scene.draw(pygame.Surface((1280, 720)), 1.0)
    assert "Save units.yaml without these problems, and crater_pass.tmx starts here." in drawn
