"""Menus: the keys move the choice even while the mouse pointer rests over another option (the cursor is hidden); the
plate behind the chosen option sits centred on its words."""

import pygame

from game.input.actions import Actions
from game.scenes.menu import Menu
from game.view.text import CYAN, WHITE


def test_a_resting_mouse_pointer_does_not_hold_the_choice_against_the_keys():
    menu = Menu(["Launch", "Options", "Quit"])
    menu.rects = [pygame.Rect(0, 54 * i, 300, 44) for i in range(3)]
    menu.handle(Actions(pointer=(10, 400)))  # where the menu finds the mouse, below the options
    menu.handle(Actions(pointer=(10, 120)))  # the mouse moved onto Quit
    assert menu.selected == 2
    menu.handle(Actions(pointer=(10, 120), menu_up=True))  # it rests there; the key moves the choice
    assert menu.selected == 1
    menu.handle(Actions(pointer=(10, 120)))
    assert menu.selected == 1
    menu.handle(Actions(pointer=(10, 10)))  # the mouse moves again: it chooses again
    assert menu.selected == 0


def test_a_mouse_resting_over_an_option_as_the_menu_opens_does_not_choose_it():
    menu = Menu(["Resume", "Restart", "Quit"])
    menu.rects = [pygame.Rect(0, 54 * i, 300, 44) for i in range(3)]
    menu.handle(Actions(pointer=(10, 60)))  # left over Restart while playing; Esc opened the menu under it
    assert menu.selected == 0
    assert menu.handle(Actions(pointer=(10, 60), menu_confirm=True)) == "Resume"
    menu.handle(Actions(pointer=(12, 61)))  # now it moves: it points
    assert menu.selected == 1


def _rows_with(surface, colour) -> list[int]:
    """The rows of `surface` holding a pixel of exactly `colour`."""
    width, height = surface.get_size()
    return [y for y in range(height) if any(surface.get_at((x, y))[:3] == colour for x in range(width))]


def test_the_plate_behind_the_chosen_option_is_centred_on_its_words(display):
    for size in (30, 38):  # the missions page's options, and every other menu's
        surface = pygame.Surface((400, 120))
        menu = Menu(["Launch"], width=320, size=size)
        menu.draw(surface, 200, 40)
        plate = _rows_with(surface, CYAN)  # its edge, top and bottom rows
        words = _rows_with(surface, WHITE)  # the chosen option's words, at full strength
        gap_above, gap_below = words[0] - plate[0], plate[-1] - words[-1]
        assert abs(gap_above - gap_below) <= 3, (size, gap_above, gap_below)  # it was 5 px above, 16 below
