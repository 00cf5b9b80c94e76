"""What the play scene draws over the frame: the reticle stays in view, showing the way the aim points."""

import pytest

from game.view.overlays import kept_in_view

SIZE = (1280, 720)


def test_a_reticle_in_view_stays_where_the_aim_is():
    assert kept_in_view((300.0, 200.0), (640.0, 360.0), SIZE, 24) == (300.0, 200.0)


@pytest.mark.parametrize("point, expected", [
    ((-200.0, 360.0), (24.0, 360.0)),  # past the left edge, level with the machine
    ((640.0, 900.0), (640.0, 696.0)),  # past the bottom
    ((-60.0, 290.0), (24.0, 360.0 - 70.0 * 76 / 160)),  # leftward and up a little: along the line, to the margin
])
def test_an_aim_past_the_view_is_drawn_where_the_line_to_it_meets_the_margin(point, expected):
    origin = (100.0, 360.0) if point[0] < 0 else (640.0, 360.0)
    assert kept_in_view(point, origin, SIZE, 24) == pytest.approx(expected)


def test_an_aim_past_the_edge_from_a_machine_inside_the_margin_is_still_drawn_in_view():
    # The Layzner (radius 20) against the edge of a map the camera cannot scroll further: its centre within 24 px.
    assert kept_in_view((-240.0, 360.0), (20.0, 360.0), SIZE, 24) == (24.0, 360.0)
    assert kept_in_view((1500.0, 710.0), (1270.0, 715.0), SIZE, 24) == pytest.approx((1256.0, 696.0))


def test_problems_past_the_panel_are_counted(monkeypatch):
    import pygame

    from game.view import overlays
    from tests.drawn_words import record_drawn_words
    pygame.font.init()
    display = pygame.Surface((1280, 720))
    said = record_drawn_words(monkeypatch, overlays)
    lines = [f"level.tmx: layer \"objects\", object {n}: expected a point, found a rectangle" for n in range(11)]
    overlays.draw_problems(display, "level.tmx has problems", lines, most=8)
    assert said[1:9] == lines[:8] and said[-1] == "... and 3 more problems: run  main.py check  for the full list"


def test_the_waiting_pages_note_of_checks_still_to_come_is_dimmed_and_set_apart_from_the_problem(tmp_path,
                                                                                                 monkeypatch):
    # a map that refers to a tileset that is not there: one problem, and the checks that wait for it under it
    import types

    import pygame

    from game.content.errors import ContentError
    from game.scenes import broken_map
    from game.session import new_game
    from game.settings import Settings
    from game.view import overlays
    from game.view.text import DIM, WHITE
    from tests.maps import write_map
    pygame.font.init()
    path = write_map(tmp_path, ["#####", "#P.E#", "#####"])
    text = path.read_text()
    path.write_text(text[:text.index(" <tileset")] + '<tileset firstgid="1" source="gone.tsx"/>'
                    + text[text.index("</tileset>") + len("</tileset>"):])
    with pytest.raises(ContentError) as refused:
        new_game(path)  # refused as a playtest is, the checks still to come with it
    ctx = types.SimpleNamespace(device="keyboard", pad_layout="xbox", level_path=path, exit_status=0, bindings=None,
                                settings=Settings())
    drawn = []  # (the words, their colour, where they are set)

    def draw_text(surface, words, pos, size, colour, *args, real=overlays.draw_text, **kwargs):
        drawn.append((words, colour, real(surface, words, pos, size, colour, *args, **kwargs)))
        return drawn[-1][2]

    monkeypatch.setattr(overlays, "draw_text", draw_text)
    monkeypatch.setattr(broken_map, "page_hint", lambda *args: "")  # the page's own words are not the plate's
    broken_map.BrokenMapScene(ctx, refused.value).draw(pygame.Surface((1280, 720)), 1.0)
    rows = drawn[1:]  # under the plate's title
    problem = [row for row in rows if row[1] == WHITE]
    note = [row for row in rows if row[1] == DIM]
    assert problem and problem[0][0].startswith('tileset "gone.tsx": expected a tileset file that exists')
    assert " ".join(words.strip() for words, _, _ in note) == (
        "the walls, where each spawn, patrol and area stands, the ways on foot to each objective, trigger and enemy, "
        "the gates and the time limit are checked once the problems above are fixed")
    assert len(problem) + len(note) == len(rows)
    # a row's pitch is 22 px: the note begins further below the problem's last row than a row would
    assert note[0][2].top - problem[-1][2].top >= overlays.PROBLEM_ROW + 8
