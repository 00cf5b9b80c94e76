"""A designer's words on screen, however long: set smaller, then cut, never over the HUD or off the screen; line
breaks kept where the words wrap."""

import dataclasses
from types import SimpleNamespace

import numpy as np
import pygame
import pytest

from game.content.level_data import Objective, Region
from game.view.hud_plates import ORDER_MARGIN, plates
from game.view.markers import objective_markers
from game.view.text import SMALLEST, fit, font, wrap

LONG = "Hold the extraction pad until the lander comes down and the survivors are aboard, whatever it costs, " * 2
GREEN = (0, 255, 0)


def drawn(surface) -> pygame.Rect:
    """The box round everything drawn on a surface filled GREEN."""
    surface.set_colorkey(GREEN)
    return pygame.mask.from_surface(surface).get_bounding_rects()[0].unionall(
        pygame.mask.from_surface(surface).get_bounding_rects())


def test_a_line_break_in_the_words_starts_a_new_row_and_a_blank_line_stays():
    pygame.font.init()
    assert wrap("Line one.\nLine two is here.\n\nAfter a gap.", font(24), 1000) == \
        ["Line one.", "Line two is here.", "", "After a gap."]


def test_fit_keeps_the_size_when_it_fits_sets_it_smaller_when_not_and_cuts_only_at_the_smallest():
    pygame.font.init()
    assert fit("Reach the pad", 24, 600, 18) == ("Reach the pad", 24)
    order = "A fairly long order for the top of the screen, in words"
    room = font(24).size(order)[0] - 20
    text, size = fit(order, 24, room, 16)
    assert text == order and 16 <= size < 24 and font(size).size(text)[0] <= room
    text, size = fit(LONG, 24, 400, 16)
    assert size == 16 and text.endswith("…") and font(16).size(text)[0] <= 400 and text[:-1] in LONG


def test_fit_never_sets_words_under_the_smallest_size_a_caller_asks_smaller_cuts_them_there():
    """A floor of 12 asked (the result's NEW BEST had one) set words a window of 1104x621 showed at 10 px."""
    pygame.font.init()
    room = font(14, bold=True).ink_width("NEW BEST") - 4
    text, size = fit("NEW BEST", 18, room, 12, bold=True)
    assert size == SMALLEST and text.endswith("…") and font(size, bold=True).ink_width(text) <= room
    assert fit("NEW BEST", 12, 1000, 12) == ("NEW BEST", SMALLEST)  # nor set smaller where it fits at any size


def test_a_designer_s_thousands_of_characters_are_fitted_and_wrapped_measuring_each_a_few_times(monkeypatch):
    """A 10,000-character objective froze the window for seconds: each character cut off was a new measurement of
    all those before it. The cut and the rows are the same as measuring every run from its start would give."""
    pygame.font.init()
    text = "Hold " + "x" * 3000
    face = font(16)
    measured = []
    real = type(face).advance
    monkeypatch.setattr(type(face), "advance", lambda self, char: (measured.append(char), real(self, char))[1])
    cut, size = fit(text, 24, 400, 16)
    rows = wrap(text, face, 400)
    assert len(measured) < 40 * len(text)  # a few times each, not thousands (the cut alone took ~4.5 million)
    assert size == 16 and cut.endswith("…") and face.size(cut)[0] <= 400 < face.size(text[:len(cut)] + "…")[0]
    assert "".join(rows) == "Hold" + "x" * 3000 and all(face.size(row)[0] <= 400 for row in rows)
    assert all(face.size(row + next_row[0])[0] > 400 for row, next_row in zip(rows[1:], rows[2:]))  # each full


def test_a_long_order_keeps_between_the_armour_and_hostiles_plates(scene):
    game, renderer, screen = scene
    pad = Objective(1, "pad", "objects", Region("rectangle", 100, 100, 64, 64), LONG, 0.0)
    game.res.level = dataclasses.replace(game.res.level, objectives=(pad,))
    game.res.objectives_reached, game.res.objectives_held = [False], [0]
    screen.fill(GREEN)
    renderer.hud._objectives(screen, game)
    box = drawn(screen)
    assert box.left >= ORDER_MARGIN and box.right <= screen.get_width() - ORDER_MARGIN


def test_a_long_title_stays_on_the_screen(scene):
    game, renderer, screen = scene
    renderer.hud.card.title = "Mars, relay outpost and the long road south through the valley of broken hulls — 1996"
    screen.fill(GREEN)
    renderer.hud.card.draw_words(screen, 1.0)
    pixels = pygame.surfarray.array3d(screen)  # the white words must fit
    columns = np.flatnonzero((pixels.min(axis=2) > 200).any(axis=1))
    assert len(columns) and columns[0] > 0 and columns[-1] < screen.get_width() - 1


def markers_of(pad: Objective, held: int) -> pygame.Surface:
    """The objective's marks drawn on a GREEN screen, the camera at the map's corner. Another objective, far off
    and held longer, is the one the HUD's plate names, so this one's label keeps its words; no machine is near."""
    pygame.font.init()
    other = dataclasses.replace(pad, object_id=pad.object_id + 1, region=Region("rectangle", 640, 5000, 10, 10))
    game = SimpleNamespace(res=SimpleNamespace(level=SimpleNamespace(objectives=(other, pad), time_limit=0.0),
                                               advice=None, objectives_reached=[False, False],
                                               objectives_held=[held + 1, held], outcome=None, player=0),
                           world=SimpleNamespace(index=lambda kind: {}, try_get=lambda entity, kind: None), player=0)
    surface = pygame.Surface((1280, 720))
    surface.fill(GREEN)
    objective_markers(surface, game, SimpleNamespace(left=0.0, top=0.0, to_screen=lambda x, y: (x, y)), 0.0,
                      plates(surface.get_size(), game))
    return surface


def test_an_objective_label_near_the_right_edge_stays_whole_on_screen():
    surface = markers_of(Objective(1, "pad", "objects", Region("rectangle", 1220, 400, 50, 50), LONG, 0.0), 0)
    label = drawn(surface.subsurface((0, 360, 1280, 36)).copy())  # the label's row, above the area
    assert label.left >= 0 and label.right <= 1280 and label.width > 200


def test_a_held_objectives_count_and_bar_stay_under_its_label_near_the_edge():
    surface = markers_of(Objective(1, "pad", "objects", Region("rectangle", 1240, 400, 40, 40), "Hold the pad", 12.0),
                         60)
    count_and_bar = drawn(surface.subsurface((0, 370, 1280, 24)).copy())  # "HOLD 11 s" and the bar below it
    assert count_and_bar.right <= 1280 and count_and_bar.width >= 100


def test_words_are_set_at_their_glyphs_advances_with_no_pair_pulled_apart():
    """The bundled font's kerning table set "OUTPOST" as "OUT POST" and "destroyed" as "dest royed"."""
    pygame.init()
    from game.view.text import font
    for size, bold in ((20, False), (30, False), (30, True)):
        face = font(size, bold)
        for word in ("OUTPOST", "destroyed", "still", "spared"):
            assert face.size(word)[0] == sum(face.size(char)[0] for char in word)
            image = face.render(word, (255, 255, 255))
            assert image.get_width() == face.size(word)[0] and image.get_height() == face.get_linesize()
            # No column of the word is empty where two letters meet: glyphs touch or nearly, never a word-gap apart.
            columns = [any(image.get_at((x, y)).a > 60 for y in range(image.get_height()))
                       for x in range(image.get_width())]
            gaps = "".join("#" if lit else "." for lit in columns).strip(".").split("#")
            assert max(map(len, gaps)) < size // 6, (word, size, bold)


@pytest.mark.parametrize("text", ["soft\u00adhyphen", "zero\u200bwidth", "\ufeffBOM", "Heart \u2764\ufe0f", "a\u200db",
                                  "left\u200eto\u200fright", "a\x00b"])
def test_text_with_a_character_of_no_width_draws_and_takes_no_room(text):
    """SDL_ttf refuses to render such a character alone ("Text has zero width"): a designer's pasted words did. And
    pygame refuses NUL, which a player's file may hold and the message naming the mistake quotes."""
    pygame.init()
    pygame.display.set_mode((64, 64))
    from game.view.text import draw_text
    face = font(24)
    draw_text(pygame.Surface((600, 40)), text, (10, 10), 24)
    assert face.size(text)[0] == sum(face.size(char)[0] for char in text if char.isprintable() or char == " ")


@pytest.mark.parametrize("size, bold", [(16, False), (20, False), (28, False), (30, True), (80, True)])
def test_accented_capitals_stand_on_the_line_as_pygame_sets_them_and_none_is_cut(size, bold):
    """Each glyph's image was set at the line's top, but pygame renders a glyph rising above the ascent (É, À, Ñ, Å)
    with its baseline that much lower: they sat 1 to 8 px under E, and at 16 px the line cut off Å's foot. Spaced, so
    no pair is kerned, the line's rows are pygame's own line's, row by row."""
    pygame.init()
    face, reference = font(size, bold), pygame.font.Font(None, size)
    reference.set_bold(bold)
    words = "E É À Ñ Å Ç g"
    mine, pygames = (np.trim_zeros(pygame.surfarray.array_alpha(image).sum(axis=0).astype(int), "b")
                     for image in (face.render(words), reference.render(words, True, (255, 255, 255))))
    assert mine.tolist() == pygames.tolist()


def test_an_accented_line_keeps_a_plain_line_s_baseline_and_plain_words_do_not_move():
    """The accent rises above the place asked for, as in print: the capitals of "EÅ" stand where those of "E" do, in a
    menu's plate as anywhere, and words of plain letters are drawn to the pixel as before (a line's height tall)."""
    pygame.init()
    from game.view.text import draw_text
    face = font(30, bold=True)
    plain, accented = pygame.Surface((200, 100), pygame.SRCALPHA), pygame.Surface((200, 100), pygame.SRCALPHA)
    plain_rect = draw_text(plain, "E", (10, 40), 30, (255, 255, 255), bold=True, shadow=False)
    accented_rect = draw_text(accented, "EÅ", (10, 40), 30, (255, 255, 255), bold=True, shadow=False)
    assert plain_rect == (10, 40, face.advance("E"), face.get_linesize())
    assert accented_rect.top < 40 and accented_rect.bottom == plain_rect.bottom
    e_columns = slice(10, 10 + face.advance("E"))
    ink = pygame.surfarray.array_alpha(accented)
    assert (ink[e_columns] == pygame.surfarray.array_alpha(plain)[e_columns]).all()  # E drawn as it is alone
    e_rows, a_rows = (np.flatnonzero(ink[columns].any(axis=0)) for columns in (e_columns, slice(e_columns.stop, None)))
    assert a_rows[-1] == e_rows[-1] and accented_rect.top <= a_rows[0] < e_rows[0]  # on E's baseline, its ring above
