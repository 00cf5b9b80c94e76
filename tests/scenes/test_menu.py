"""Menus: the keys move the choice even while the mouse pointer rests over another option (the cursor is hidden)."""

import pygame

from game.input.actions import Actions
from game.scenes.menu import Menu


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
