"""A broken map's problems, on their own page and over play: a heading that names the file once, lines under it that
do not name it again, and the page's room used."""

import pygame

from game.content.errors import ContentError, Problem
from game.scenes.broken_map import BrokenMapScene
from game.scenes.play import PlayScene
from game.view import overlays
from game.view.overlays import problems_heading
from tests.drawn_words import record_drawn_words
from tests.scenes.conftest import make_context


def typo(n: int, file: str = "level.tmx") -> Problem:
    return Problem(file, f'layer "objects", object {n}', "a type from the list", '"enemy_spwan"',
                   'did you mean "enemy_spawn"?')


def test_a_problem_s_line_without_its_file_is_its_line_after_the_file_s_name():
    for problem in (typo(3), Problem("units.yaml", "", "a mapping", "a list")):
        assert str(problem) == f"{problem.file}: {problem.without_file()}"
        assert not problem.without_file().startswith(problem.file)
    assert typo(3).without_file() == 'layer "objects", object 3: expected a type from the list, found ' \
                                     '"enemy_spwan" (did you mean "enemy_spawn"?)'


def test_problems_in_one_file_name_it_in_the_heading_only_and_in_two_on_every_line():
    title, lines = problems_heading([typo(1), typo(2)])
    assert title == "level.tmx has problems" and lines == [typo(1).without_file(), typo(2).without_file()]
    title, lines = problems_heading([typo(1), typo(2, "mars.tsx")])
    assert title == "level.tmx, mars.tsx have problems" and lines == [str(typo(1)), str(typo(2, "mars.tsx"))]


def test_the_waiting_page_lists_one_file_s_problems_without_its_name_down_to_its_hint(display, monkeypatch):
    ctx = make_context()
    page = BrokenMapScene(ctx, ContentError([typo(n) for n in range(1, 41)]))
    said = record_drawn_words(monkeypatch, overlays)
    page.draw(display, 0.0)
    title, *lines, more = said
    assert title == "level.tmx has problems"
    assert lines == [typo(n).without_file() for n in range(1, len(lines) + 1)]
    assert len(lines) > 20 and more.startswith(f"... and {40 - len(lines)} more problems")  # it stopped at 20


def test_the_plate_of_problems_over_play_names_one_file_once(display, monkeypatch):
    ctx = make_context()
    play = PlayScene(ctx)
    ctx.push(play)
    play.reload_problems = [typo(1), typo(2)]
    said = record_drawn_words(monkeypatch, overlays)
    play.draw_reload_news(pygame.display.get_surface())
    title, *rows = said  # each line wrapped to the plate right of Rei's panel, its later rows indented
    assert title == "level.tmx has problems; still playing the last good version"
    assert " ".join(row.strip() for row in rows) == f"{typo(1).without_file()} {typo(2).without_file()}"


def test_the_plate_of_problems_over_play_stands_under_a_level_s_message_not_over_it(display, monkeypatch):
    # A level's message stands at the top, under the goal and the clock, where the problems' plate begins: both are
    # the designer's to read while a saved map is broken.
    ctx = make_context()
    play = PlayScene(ctx)
    ctx.push(play)
    play.reload_problems = [typo(1), typo(2)]
    play.renderer.hud.message_box = pygame.Rect(200, 106, 880, 64)
    plates = []
    drawn = overlays.draw_problems
    monkeypatch.setattr("game.scenes.play.draw_problems", lambda *a, **k: plates.append(drawn(*a, **k)))
    play.draw_reload_news(pygame.display.get_surface())
    assert plates and not plates[0].colliderect(play.renderer.hud.message_box)
